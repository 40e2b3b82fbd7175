"""`python -m autoglm_gw.bench.ort_calls`: the model graph alone, at the engine's step shapes.

The engine's batch-64 cost per utterance can never fall below what ONNX Runtime itself needs for
one utterance's share of the batched calls. This times the shipped graph on random inputs at the
shapes a parse makes (one prefill call of the prompt, then decode calls of one token), at batch 1
and batch 64, and prints the per-utterance cost with no scheduler, grammar or Python around it:
the ratio there bounds the engine's batch-64/batch-1 ratio from below.
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np

from ..config import EngineConfig
from ..engine.loader import MODEL_FILES, model_dir
from ..engine.onnx_backend import cpu_session

# Shapes of an average held-out parse (engines/model/EVAL.md): prompt tokens, decode calls, and
# the past length a decode call attends to (prompt + a few outputs, rounded as the runtime does).
PROMPT_TOKENS = 20
DECODE_CALLS = 4.9
DECODE_PAST = 32
# The batch-64 prefill is padded to the longest admitted prompt; the runtime's grouping leaves
# about this many tokens per row.
PREFILL_PADDED = 24


def _feeds(session, batch: int, tokens: int, past: int, rng) -> dict:
    pk = next(i for i in session.get_inputs() if i.name == "past_key_0")
    kv_heads, head_dim = pk.shape[1], pk.shape[3]
    vocab = session.get_outputs()[0].shape[-1]
    layers = sum(1 for i in session.get_inputs() if i.name.startswith("past_key_"))
    feed = {
        "input_ids": rng.integers(16, vocab, (batch, tokens)).astype(np.int64),
        "position_ids": np.broadcast_to(np.arange(past, past + tokens), (batch, tokens)).copy(),
        "kv_mask": np.ones((batch, past + tokens), np.float32),
        "last_index": np.full(batch, tokens - 1, np.int64),
    }
    for i in range(layers):
        for kind in ("key", "value"):
            feed[f"past_{kind}_{i}"] = rng.standard_normal(
                (batch, kv_heads, past, head_dim), dtype=np.float32
            )
    return feed


def _ms_per_call(session, feed: dict, seconds: float) -> float:
    for _ in range(5):
        session.run(None, feed)
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        session.run(None, feed)
        n += 1
    return (time.perf_counter() - t0) / n * 1000


def run(precision: str, threads: list[int], seconds: float) -> list[dict]:
    path = model_dir(EngineConfig()) / MODEL_FILES[precision]
    rng = np.random.default_rng(0)
    rows = []
    for th in threads:
        s = cpu_session(path, th)
        b1_pre = _ms_per_call(s, _feeds(s, 1, PROMPT_TOKENS, 0, rng), seconds)
        b1_dec = _ms_per_call(s, _feeds(s, 1, 1, DECODE_PAST, rng), seconds)
        b64_pre = _ms_per_call(s, _feeds(s, 64, PREFILL_PADDED, 0, rng), seconds) / 64
        b64_dec = _ms_per_call(s, _feeds(s, 64, 1, DECODE_PAST, rng), seconds) / 64
        b1 = b1_pre + DECODE_CALLS * b1_dec
        b64 = b64_pre + DECODE_CALLS * b64_dec
        rows.append(
            {
                "threads": th,
                "batch1_prefill_ms": b1_pre,
                "batch1_decode_ms": b1_dec,
                "batch64_prefill_ms_per_row": b64_pre,
                "batch64_decode_ms_per_row": b64_dec,
                "batch1_ms_per_utterance": b1,
                "batch64_ms_per_utterance": b64,
                "ratio": b64 / b1,
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--precision", default="int8", choices=sorted(MODEL_FILES))
    ap.add_argument("--threads", default="1,2", help="comma-separated intra-op thread counts")
    ap.add_argument("--seconds", type=float, default=1.0, help="timing per shape")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    rows = run(a.precision, [int(x) for x in a.threads.split(",")], a.seconds)
    if a.json:
        print(json.dumps({"rows": rows}, indent=2))
        return 0
    print(
        f"ONNX Runtime alone, {a.precision}: a parse = 1 prefill of {PROMPT_TOKENS} tokens + "
        f"{DECODE_CALLS} decode calls"
    )
    print(f"{'threads':>7} {'b1 ms/utt':>10} {'b64 ms/utt':>11} {'b64/b1':>7}")
    for r in rows:
        print(
            f"{r['threads']:>7} {r['batch1_ms_per_utterance']:>10.3f} "
            f"{r['batch64_ms_per_utterance']:>11.3f} {r['ratio']:>7.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
