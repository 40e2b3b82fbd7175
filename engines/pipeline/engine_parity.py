"""Reads every utterance of an eval file through two engine backends, as the gateway serves them
(scheduler, pool, grammar and span check), and counts where their parses differ.

    python -m engines.pipeline.engine_parity --backend torch-cuda

The reference is the CPU engine (ONNX Runtime, fp32). Both sides run fp32, so their greedy
choices differ only on near-ties; the differing utterances are printed so that each can be read.
Exits 1 when fewer than ``--min-same`` of the parses agree, 2 when a backend cannot run here.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

import msgspec

from autoglm_gw.config import EngineConfig
from autoglm_gw.engine.backend import EngineUnavailableError
from autoglm_gw.engine.loader import load_runtime

REPO = Path(__file__).resolve().parents[2]
DEFAULT_FILE = REPO / "engines" / "eval" / "end_to_end.jsonl"
# Requests in flight at once: well under the scheduler's default queue bound (max_queue).
WAVE = 512


def parse_all(cfg: EngineConfig, texts: list[str]) -> list:
    """Each text's ParseOutput from a runtime built on ``cfg``, in waves of WAVE requests."""
    rt = load_runtime(cfg)
    rt.start()

    async def wave(batch: list[str]) -> list:
        return [r.output for r in await asyncio.gather(*(rt.parse(t) for t in batch))]

    outs: list = []
    t0 = time.perf_counter()
    try:
        for i in range(0, len(texts), WAVE):
            outs += asyncio.run(wave(texts[i : i + WAVE]))
            if sys.stderr.isatty():
                print(f"  {cfg.backend}: {len(outs)}/{len(texts)}", end="\r", file=sys.stderr)
    finally:
        rt.stop()
    dt = time.perf_counter() - t0
    print(f"{cfg.backend:>10} ({cfg.precision}): {len(texts)} parses in {dt:.1f} s", flush=True)
    return outs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--backend", default="torch-cuda", help="the backend checked")
    ap.add_argument("--file", type=Path, default=DEFAULT_FILE, help="JSONL with a text field")
    ap.add_argument("--gpu-streams", type=int, default=2, help="streams (contexts) of the backend")
    ap.add_argument("--min-same", type=float, default=0.99, help="least fraction that must agree")
    ap.add_argument("--show", type=int, default=20, help="differing parses printed")
    args = ap.parse_args(argv)

    lines = args.file.read_text().splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    ref = EngineConfig(backend="onnx", model_dir=str(REPO / "engines" / "model"), precision="fp32")
    checked = msgspec.structs.replace(ref, backend=args.backend, gpu_streams=args.gpu_streams)
    try:
        got = parse_all(checked, texts)
    except EngineUnavailableError as exc:
        print(f"engine_parity: {args.backend} cannot run here: {exc}", file=sys.stderr)
        return 2
    want = parse_all(ref, texts)
    differ = [(t, a, b) for t, a, b in zip(texts, want, got, strict=True) if a != b]
    same = len(texts) - len(differ)
    print(f"{args.backend} vs onnx fp32 on {args.file.name}: {same}/{len(texts)} identical parses")
    for text, a, b in differ[: args.show]:
        print(f"  {text}\n    onnx: {a}\n    {args.backend}: {b}")
    return 0 if same >= args.min_same * len(texts) else 1


if __name__ == "__main__":
    sys.exit(main())
