"""Writes the booking model as one ONNX graph for prefill and decode (built node by node).

Contract (the serving engines are built against it; keep it exactly):

inputs
  ``input_ids``     int64   [B, T]
  ``position_ids``  int64   [B, T]
  ``kv_mask``       float32 [B, P+T]   1 = real key, 0 = padding; keys are the P cached ones, then
                                       the T new ones; the graph adds the causal mask among the T
  ``last_index``    int64   [B]        which of the T positions' logits to return
  ``past_key_{l}``, ``past_value_{l}``  float32 [B, kv_heads, P, head_dim], l = 0..L-1
outputs
  ``logits``        float32 [B, V]     at ``last_index``
  ``new_key_{l}``, ``new_value_{l}``   float32 [B, kv_heads, T, head_dim]  the T new tokens' K/V,
                                       RoPE already applied to keys; the host writes them into its
                                       cache
B, T and P are dynamic (P may be 0). Opset 17, plain ops only (TensorRT-friendly).

Built by hand rather than traced, so that the graph is small and fixed: the q/k/v projections, the
RoPE "rotate pairs" partners and the 1/sqrt(d) scale are folded into one MatMul per layer
(``rot(x) = x @ R`` is linear, so ``W @ R`` is precomputed), and RoPE is applied over the whole head
with frequency 0 (cos 1, sin 0) on the pass-through dims.

Usage: ``python -m engines.pipeline.export_onnx CKPT_DIR OUT.onnx [--int8 OUT.int8.onnx]``
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

import numpy as np
import onnx
import torch
from onnx import TensorProto, helper, numpy_helper

from engines.pipeline.architecture import MASK_VALUE, GlmForCausalLM

OPSET = 17


class _G:
    """Tiny graph builder: unique names, initializers, nodes."""

    def __init__(self) -> None:
        self.nodes: list[onnx.NodeProto] = []
        self.inits: list[onnx.TensorProto] = []
        self._n = 0
        self._consts: dict[tuple, str] = {}

    def name(self, base: str) -> str:
        self._n += 1
        return f"{base}_{self._n}"

    def init(self, name: str, arr: np.ndarray) -> str:
        self.inits.append(numpy_helper.from_array(np.array(arr, order="C"), name))
        return name

    def const(self, values, dtype=np.int64) -> str:
        arr = np.asarray(values, dtype=dtype)
        key = (arr.dtype.str, arr.shape, arr.tobytes())
        if key not in self._consts:
            self._consts[key] = self.init(self.name("c"), arr)
        return self._consts[key]

    def op(
        self, op_type: str, inputs: list[str], n_out: int = 1, out: list[str] | None = None, **attrs
    ) -> str | list[str]:
        outs = out or [self.name(op_type.lower()) for _ in range(n_out)]
        self.nodes.append(helper.make_node(op_type, inputs, outs, name=self.name(op_type), **attrs))
        return outs[0] if n_out == 1 else outs


def _np(t: torch.Tensor) -> np.ndarray:
    return t.detach().to(torch.float32).cpu().numpy()


def _rot_matrix(head_dim: int, rot: int) -> np.ndarray:
    """R with x @ R = interleaved rotate-half: (x0, x1) -> (-x1, x0) on the first ``rot`` dims."""
    r = np.zeros((head_dim, head_dim), dtype=np.float32)
    for i in range(0, rot, 2):
        r[i + 1, i] = -1.0
        r[i, i + 1] = 1.0
    return r


def build_graph(model: GlmForCausalLM) -> onnx.ModelProto:
    cfg = model.config
    g = _G()
    L, nh, nkv, d = (
        cfg.num_hidden_layers,
        cfg.num_attention_heads,
        cfg.num_key_value_heads,
        cfg.head_dim,
    )
    grp = nh // nkv
    h, V, rot = cfg.hidden_size, cfg.vocab_size, cfg.rotary_dim
    f32 = TensorProto.FLOAT

    inputs = [
        helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["B", "T"]),
        helper.make_tensor_value_info("position_ids", TensorProto.INT64, ["B", "T"]),
        helper.make_tensor_value_info("kv_mask", f32, ["B", "S"]),
        helper.make_tensor_value_info("last_index", TensorProto.INT64, ["B"]),
    ]
    outputs = [helper.make_tensor_value_info("logits", f32, ["B", V])]
    for i in range(L):
        for kind in ("key", "value"):
            inputs.append(
                helper.make_tensor_value_info(f"past_{kind}_{i}", f32, ["B", nkv, "P", d])
            )
    for i in range(L):
        for kind in ("key", "value"):
            outputs.append(
                helper.make_tensor_value_info(f"new_{kind}_{i}", f32, ["B", nkv, "T", d])
            )

    # ---- RoPE tables over the whole head: [B, T, 1, d]
    inv = _np(model.inv_freq)  # [rot/2]
    inv_full = np.zeros(d, dtype=np.float32)
    inv_full[:rot] = np.repeat(inv, 2)
    posf = g.op("Cast", ["position_ids"], to=f32)
    freqs = g.op(
        "Mul", [g.op("Unsqueeze", [posf, g.const([-1])]), g.init("rope_inv_freq", inv_full)]
    )
    freqs = g.op("Unsqueeze", [freqs, g.const([2])])  # [B, T, 1, d]
    cos = g.op("Cos", [freqs])
    sin = g.op("Sin", [freqs])

    # ---- attention bias [B, 1, grp*T, S]: kv_mask x (past: all, new: causal), repeated per group
    shp_ids = g.op("Shape", ["input_ids"])
    t_len = g.op("Gather", [shp_ids, g.const(1)], axis=0)  # scalar T
    p_len = g.op("Gather", [g.op("Shape", ["past_key_0"]), g.const(2)], axis=0)  # scalar P
    ar_t = g.op("Range", [g.const(0), t_len, g.const(1)])
    causal = g.op(
        "LessOrEqual",
        [g.op("Unsqueeze", [ar_t, g.const([0])]), g.op("Unsqueeze", [ar_t, g.const([1])])],
    )  # [T, T]: s <= t
    causal = g.op("Cast", [causal], to=f32)
    tp = g.op(
        "Concat",
        [g.op("Unsqueeze", [t_len, g.const([0])]), g.op("Unsqueeze", [p_len, g.const([0])])],
        axis=0,
    )
    ones_tp = g.op(
        "ConstantOfShape", [tp], value=numpy_helper.from_array(np.array([1.0], dtype=np.float32))
    )
    allowed = g.op("Concat", [ones_tp, causal], axis=1)  # [T, S]
    allowed = g.op(
        "Mul",
        [g.op("Unsqueeze", [allowed, g.const([0])]), g.op("Unsqueeze", ["kv_mask", g.const([1])])],
    )  # [B, T, S]
    bias = g.op(
        "Mul", [g.op("Sub", [allowed, g.const(1.0, np.float32)]), g.const(-MASK_VALUE, np.float32)]
    )
    if grp > 1:
        bias = g.op("Concat", [bias] * grp, axis=1)  # [B, grp*T, S]
    bias = g.op("Unsqueeze", [bias, g.const([1])])  # [B, 1, grp*T, S]

    def rms(x: str, w: torch.Tensor, tag: str) -> str:
        ms = g.op("ReduceMean", [g.op("Mul", [x, x])], axes=[-1], keepdims=1)
        inv_rms = g.op(
            "Reciprocal", [g.op("Sqrt", [g.op("Add", [ms, g.const(cfg.rms_norm_eps, np.float32)])])]
        )
        return g.op("Mul", [g.op("Mul", [x, inv_rms]), g.init(tag, _np(w))])

    r_head = _rot_matrix(d, rot)
    x = g.op(
        "Gather",
        [g.init("embed_tokens", _np(model.model.embed_tokens.weight)), "input_ids"],
        axis=0,
    )
    scale = 1.0 / math.sqrt(d)
    for li, layer in enumerate(model.model.layers):
        at = layer.self_attn
        xn = rms(x, layer.input_layernorm.weight, f"l{li}_ln1")
        wq, wk, wv = (
            _np(at.q_proj.weight).T * scale,
            _np(at.k_proj.weight).T,
            _np(at.v_proj.weight).T,
        )
        bq = (
            _np(at.q_proj.bias) * scale
            if at.q_proj.bias is not None
            else np.zeros(nh * d, np.float32)
        )
        bk = _np(at.k_proj.bias) if at.k_proj.bias is not None else np.zeros(nkv * d, np.float32)
        bv = _np(at.v_proj.bias) if at.v_proj.bias is not None else np.zeros(nkv * d, np.float32)
        rq, rk = (
            np.kron(np.eye(nh, dtype=np.float32), r_head),
            np.kron(np.eye(nkv, dtype=np.float32), r_head),
        )
        w_all = np.concatenate([wq, wq @ rq, wk, wk @ rk, wv], axis=1)
        b_all = np.concatenate([bq, bq @ rq, bk, bk @ rk, bv])
        y = g.op("MatMul", [xn, g.init(f"l{li}_qkv_w", w_all)])
        if at.q_proj.bias is not None:
            y = g.op("Add", [y, g.init(f"l{li}_qkv_b", b_all)])
        q, q2, k, k2, v = g.op(
            "Split", [y, g.const([nh * d, nh * d, nkv * d, nkv * d, nkv * d])], n_out=5, axis=-1
        )

        def heads(t: str, n: int) -> str:
            return g.op("Reshape", [t, g.const([0, 0, n, d])])  # [B, T, n, d]

        q = g.op("Add", [g.op("Mul", [heads(q, nh), cos]), g.op("Mul", [heads(q2, nh), sin])])
        k = g.op("Add", [g.op("Mul", [heads(k, nkv), cos]), g.op("Mul", [heads(k2, nkv), sin])])
        q = g.op("Transpose", [q], perm=[0, 2, 1, 3])  # [B, nh, T, d]
        g.op("Transpose", [k], perm=[0, 2, 1, 3], out=[f"new_key_{li}"])
        g.op("Transpose", [heads(v, nkv)], perm=[0, 2, 1, 3], out=[f"new_value_{li}"])
        keys = g.op("Concat", [f"past_key_{li}", f"new_key_{li}"], axis=2)  # [B, nkv, S, d]
        vals = g.op("Concat", [f"past_value_{li}", f"new_value_{li}"], axis=2)
        qg = g.op("Reshape", [q, g.const([0, nkv, -1, d])])  # [B, nkv, grp*T, d]
        scores = g.op("MatMul", [qg, g.op("Transpose", [keys], perm=[0, 1, 3, 2])])
        probs = g.op("Softmax", [g.op("Add", [scores, bias])], axis=-1)
        att = g.op("MatMul", [probs, vals])  # [B, nkv, grp*T, d]
        att = g.op("Reshape", [att, g.const([0, nh, -1, d])])
        att = g.op(
            "Reshape", [g.op("Transpose", [att], perm=[0, 2, 1, 3]), g.const([0, 0, nh * d])]
        )
        a = g.op("MatMul", [att, g.init(f"l{li}_o_w", _np(at.o_proj.weight).T)])
        if cfg.sandwich_norms:
            a = rms(a, layer.post_self_attn_layernorm.weight, f"l{li}_ln_post_attn")
        x = g.op("Add", [x, a])
        xn = rms(x, layer.post_attention_layernorm.weight, f"l{li}_ln2")
        gu = g.op("MatMul", [xn, g.init(f"l{li}_gate_up_w", _np(layer.mlp.gate_up_proj.weight).T)])
        gate, up = g.op("Split", [gu, g.const([cfg.intermediate_size] * 2)], n_out=2, axis=-1)
        act = g.op("Mul", [g.op("Mul", [gate, g.op("Sigmoid", [gate])]), up])
        m = g.op("MatMul", [act, g.init(f"l{li}_down_w", _np(layer.mlp.down_proj.weight).T)])
        if cfg.sandwich_norms:
            m = rms(m, layer.post_mlp_layernorm.weight, f"l{li}_ln_post_mlp")
        x = g.op("Add", [x, m])

    # ---- logits at last_index only
    b_len = g.op("Gather", [shp_ids, g.const(0)], axis=0)
    idx_shape = g.op("Concat", [g.op("Unsqueeze", [b_len, g.const([0])]), g.const([1, h])], axis=0)
    idx = g.op("Expand", [g.op("Unsqueeze", ["last_index", g.const([1, 2])]), idx_shape])
    xl = g.op("Squeeze", [g.op("GatherElements", [x, idx], axis=1), g.const([1])])  # [B, H]
    xl = rms(xl, model.model.norm.weight, "final_norm")
    head_w = _np(model.lm_head.weight).T
    g.op("MatMul", [xl, g.init("lm_head", head_w)], out=["logits"])

    graph = helper.make_graph(g.nodes, "glm_booking", inputs, outputs, g.inits)
    m = helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="autoglm-gw"
    )
    m.ir_version = 8
    onnx.checker.check_model(m, full_check=True)
    return m


def export(model: GlmForCausalLM, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    onnx.save_model(build_graph(model), str(path))
    return path


def main(argv: list[str] | None = None) -> int:
    from engines.pipeline.architecture import load_checkpoint

    ap = argparse.ArgumentParser(description="export the booking model to ONNX")
    ap.add_argument("checkpoint")
    ap.add_argument("out")
    a = ap.parse_args(argv)
    export(load_checkpoint(a.checkpoint), a.out)
    print(f"wrote {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
