"""INT8 copy of the step graph, quantised statically so that a row's answer never depends on its
batch.

ONNX Runtime's dynamic quantisation scales each MatMul's input by the range of the whole input
tensor, that is of every row the engine batched together: the same utterance could decode
differently next to other utterances, breaking "the batched output equals the unbatched output"
(measured on the model it shipped with: 3 of 600 held-out utterances changed between batched and
one-by-one decoding in the engine). Here every activation scale is fixed once from calibration
data, so each row is computed from its own inputs only.

- Weights: int8, per output channel; activations: uint8 with MinMax scales from calibration.
- Only the MatMuls with a weight operand (q/k/v, o, gate_up, down, lm_head), as the dynamic
  variant did; the attention products (Q·K, P·V) stay fp32.
- QDQ format (QuantizeLinear / DequantizeLinear around each quantised MatMul), which ONNX Runtime
  fuses to integer kernels and TensorRT reads as explicit quantisation.
- Calibration: the fp32 graph's own step inputs (prefill and decode) while it decodes utterances
  of *training* families, never held-out ones, at batch sizes 64, 16 and 1, so that padded and
  unpadded rows and every cache length are seen.

Usage (re-quantise the shipped model without retraining)::

    python -m engines.pipeline.quantize [--model-dir engines/model] [--texts 512]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from autoglm_gw.engine.onnx_backend import spec_from_session
from autoglm_gw.nlu.grammar import Grammar
from engines.pipeline.decode import greedy_parse, ort_session, ort_step

REPO = Path(__file__).resolve().parents[2]
# Utterances decoded for calibration, and the batch sizes they are decoded at.
CALIBRATION_TEXTS = 512
CALIBRATION_BATCHES = (64, 16, 1)
# Batch size 1 is slow and adds little range; it decodes only this many of the texts.
CALIBRATION_SINGLES = 64
# Offset from the training seed for the calibration utterances (a draw of their own).
CALIBRATION_SEED_OFFSET = 123


def calibration_texts(seed: int, n: int = CALIBRATION_TEXTS) -> list[str]:
    """Utterances from the training families only (the held-out ones stay unseen)."""
    from engines.pipeline import datagen

    train_f, _ = datagen.split_families(seed=seed)
    return [
        e.text for e in datagen.generate(n, seed=seed + CALIBRATION_SEED_OFFSET, families=train_f)
    ]


def calibration_feeds(model: Path, grammar: Grammar, texts: Sequence[str]) -> list[dict]:
    """Every input the fp32 graph at ``model`` is fed while it decodes ``texts``."""
    session = ort_session(model, threads=0)
    spec = spec_from_session(session)
    n_layers = spec.n_layers
    step = ort_step(session)
    feeds: list[dict] = []

    def recording(ids, pos, mask, last, pk, pv):
        feed = {"input_ids": ids, "position_ids": pos, "kv_mask": mask, "last_index": last}
        for i in range(n_layers):
            feed[f"past_key_{i}"] = np.ascontiguousarray(pk[i])
            feed[f"past_value_{i}"] = np.ascontiguousarray(pv[i])
        feeds.append(feed)
        return step(ids, pos, mask, last, pk, pv)

    dims = {"n_layers": n_layers, "kv_heads": spec.kv_heads, "head_dim": spec.head_dim}
    for batch in CALIBRATION_BATCHES:
        part = texts if batch > 1 else texts[:CALIBRATION_SINGLES]
        greedy_parse(grammar, recording, list(part), batch_size=batch, **dims)
    return feeds


def weight_matmuls(model: Path) -> tuple[list[str], list[str]]:
    """(names of MatMuls with a weight operand, names of the others)."""
    import onnx

    graph = onnx.load(str(model)).graph
    weights = {i.name for i in graph.initializer}
    with_w, without = [], []
    for node in graph.node:
        if node.op_type == "MatMul":
            (with_w if any(i in weights for i in node.input) else without).append(node.name)
    return with_w, without


def quantize_int8(src: str | Path, dst: str | Path, feeds: Sequence[dict]) -> Path:
    """Writes the statically quantised INT8 copy of the fp32 graph ``src`` to ``dst``."""
    from onnxruntime.quantization import (
        CalibrationDataReader,
        CalibrationMethod,
        QuantFormat,
        QuantType,
        quantize_static,
    )

    if not feeds:
        raise ValueError("static quantisation needs calibration inputs")

    class Reader(CalibrationDataReader):
        def __init__(self) -> None:
            self._it = iter(feeds)

        def get_next(self) -> dict | None:
            return next(self._it, None)

    with_w, without = weight_matmuls(Path(src))
    quantize_static(
        str(src),
        str(dst),
        Reader(),
        quant_format=QuantFormat.QDQ,
        per_channel=True,
        weight_type=QuantType.QInt8,
        activation_type=QuantType.QUInt8,
        op_types_to_quantize=["MatMul"],
        nodes_to_quantize=with_w,
        nodes_to_exclude=without,
        calibrate_method=CalibrationMethod.MinMax,
        # 7-bit weights: without VNNI (AVX2 alone, e.g. AMD Zen 1), ONNX Runtime's u8 x s8 kernels
        # add pairs of products in 16 bits, which 8-bit weights can saturate, so the same file
        # answered 24 of 20,268 evaluation utterances otherwise than on a VNNI Xeon; with 7 bits
        # both machines gave the same answers to every one (docs/model.md, "INT8").
        reduce_range=True,
    )
    return Path(dst)


def quantize_model_dir(model_dir: Path, seed: int, n_texts: int = CALIBRATION_TEXTS) -> Path:
    """model.onnx → model.int8.onnx in ``model_dir``, calibrated with its own tokenizer."""
    grammar = Grammar.from_file(model_dir / "tokenizer.json")
    t0 = time.perf_counter()
    feeds = calibration_feeds(model_dir / "model.onnx", grammar, calibration_texts(seed, n_texts))
    out = quantize_int8(model_dir / "model.onnx", model_dir / "model.int8.onnx", feeds)
    print(
        f"[quantize] {len(feeds)} calibration steps from {n_texts} training-family utterances; "
        f"wrote {out} in {time.perf_counter() - t0:.1f}s",
        flush=True,
    )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="write model.int8.onnx (static INT8) from model.onnx")
    ap.add_argument("--model-dir", default=str(REPO / "engines" / "model"))
    ap.add_argument("--texts", type=int, default=CALIBRATION_TEXTS, help="calibration utterances")
    ap.add_argument("--seed", type=int, help="training seed (default: the shipped model's)")
    a = ap.parse_args(argv)
    model_dir = Path(a.model_dir)
    seed = a.seed
    if seed is None:
        report = model_dir / "eval_report.json"
        seed = json.loads(report.read_text())["training"]["seed"] if report.is_file() else 0
    quantize_model_dir(model_dir, seed, a.texts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
