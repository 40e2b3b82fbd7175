"""Reference batched greedy decoding under the output grammar, over the ONNX step contract.

One loop drives any backend that implements the contract of ``export_onnx.py`` (PyTorch's
``GlmForCausalLM.step`` or an ONNX Runtime session), so parity tests compare like with like. It
keeps a preallocated KV cache per batch (capacity = longest prompt + the longest output), writes
each call's new K/V into it at the tokens' positions, masks unwritten slots with ``kv_mask``, and
feeds grammar-forced tokens together with the next model step (jump-forward) instead of calling the
model for them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

import numpy as np

from autoglm_gw.nlu.grammar import MAX_OUTPUT_TOKENS, Grammar, ParseOutput

# step(input_ids, position_ids, kv_mask, last_index, past_keys, past_values)
#   -> (logits [B, V], new_keys [L x [B, kv, T, d]], new_values)
StepFn = Callable[..., tuple[np.ndarray, list[np.ndarray], list[np.ndarray]]]


def torch_step(model) -> StepFn:
    import torch

    @torch.inference_mode()
    def step(ids, pos, mask, last, pk, pv):
        logits, nk, nv = model.step(
            torch.from_numpy(ids),
            torch.from_numpy(pos),
            torch.from_numpy(mask),
            torch.from_numpy(last),
            [torch.from_numpy(a) for a in pk],
            [torch.from_numpy(a) for a in pv],
        )
        return logits.numpy(), [a.numpy() for a in nk], [a.numpy() for a in nv]

    return step


def ort_session(path, threads: int = 2):
    import onnxruntime as ort

    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    so.inter_op_num_threads = 1
    so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    return ort.InferenceSession(str(path), so, providers=["CPUExecutionProvider"])


def ort_step(session) -> StepFn:
    n_layers = sum(1 for i in session.get_inputs() if i.name.startswith("past_key_"))
    out_names = (
        ["logits"]
        + [f"new_key_{i}" for i in range(n_layers)]
        + [f"new_value_{i}" for i in range(n_layers)]
    )

    def step(ids, pos, mask, last, pk, pv):
        feed = {"input_ids": ids, "position_ids": pos, "kv_mask": mask, "last_index": last}
        for i in range(n_layers):
            feed[f"past_key_{i}"] = pk[i]
            feed[f"past_value_{i}"] = pv[i]
        outs = session.run(out_names, feed)
        return outs[0], outs[1 : 1 + n_layers], outs[1 + n_layers :]

    return step


def greedy_parse(
    grammar: Grammar,
    step: StepFn,
    texts: Sequence[str],
    *,
    n_layers: int,
    kv_heads: int,
    head_dim: int,
    batch_size: int = 64,
    stats: dict | None = None,
) -> list[ParseOutput]:
    out: list[ParseOutput] = []
    for s in range(0, len(texts), batch_size):
        out.extend(
            _batch(grammar, step, texts[s : s + batch_size], n_layers, kv_heads, head_dim, stats)
        )
    return out


def _batch(grammar, step, texts, n_layers, kv_heads, head_dim, stats) -> list[ParseOutput]:
    prompts = grammar.prompts(list(texts))
    states = [grammar.new_state(p) for p in prompts]
    b = len(prompts)
    cap = max(len(p.ids) for p in prompts) + MAX_OUTPUT_TOKENS
    keys = [np.zeros((b, kv_heads, cap, head_dim), np.float32) for _ in range(n_layers)]
    vals = [np.zeros((b, kv_heads, cap, head_dim), np.float32) for _ in range(n_layers)]
    valid = np.zeros((b, cap), np.float32)
    cur = np.zeros(b, np.int64)
    pending: list[list[int]] = [p.ids.tolist() for p in prompts]
    while True:
        for i, st in enumerate(states):  # jump-forward over forced tokens
            while not st.done and (t := st.forced_token()) is not None:
                st.advance(t, checked=True)
                if st.done:
                    pending[i] = []  # the final EOS is never fed
                else:
                    pending[i].append(t)
        rows = [i for i, st in enumerate(states) if not st.done]
        if not rows:
            break
        ridx = np.array(rows)
        t_max = max(len(pending[i]) for i in rows)
        n = len(rows)
        ids = np.full((n, t_max), grammar.pad_id, np.int64)
        new_mask = np.zeros((n, t_max), np.float32)
        for r, i in enumerate(rows):
            ids[r, : len(pending[i])] = pending[i]
            new_mask[r, : len(pending[i])] = 1.0
        pos = cur[ridx, None] + np.arange(t_max)[None, :]
        mask = np.concatenate([valid[ridx], new_mask], axis=1)
        last = np.array([len(pending[i]) - 1 for i in rows], np.int64)
        t0 = time.perf_counter()
        logits, nk, nv = step(
            ids, pos, mask, last, [k[ridx] for k in keys], [v[ridx] for v in vals]
        )
        if stats is not None:
            stats["calls"] = stats.get("calls", 0) + 1
            stats["model_s"] = stats.get("model_s", 0.0) + time.perf_counter() - t0
            stats["row_calls"] = stats.get("row_calls", 0) + n
            stats["tokens_fed"] = stats.get("tokens_fed", 0) + int(new_mask.sum())
        for r, i in enumerate(rows):
            m = len(pending[i])
            c = int(cur[i])
            for layer in range(n_layers):
                keys[layer][i, :, c : c + m] = nk[layer][r, :, :m]
                vals[layer][i, :, c : c + m] = nv[layer][r, :, :m]
            valid[i, c : c + m] = 1.0
            cur[i] = c + m
            st = states[i]
            tok = st.pick(logits[r])
            st.advance(tok, checked=True)
            pending[i] = [] if st.done else [tok]
    return [st.result() for st in states]
