"""`autoglm-gw bench engine`: the engine alone (scheduler + model, no HTTP).

Two measurements, on held-out utterances of the shipped model:
- closed loop at fixed batch sizes (exactly B requests in flight): utterances/s and the engine cost
  per utterance, whose ratio to batch 1 shows what batching buys;
- open loop, Poisson arrivals at a given rate: latency percentiles and refusals.
"""

from __future__ import annotations

import asyncio
import json
import math
import random
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from ..config import EngineConfig
from ..engine.loader import load_runtime
from ..engine.runtime import EngineRuntime
from .stats import quantile


@dataclass
class Row:
    mode: str
    batch: int
    rate: float | None
    requests: int
    seconds: float
    per_s: float
    cost_ms: float  # wall time per utterance at this batch size
    p50_ms: float
    p99_ms: float
    refused: int


def load_texts(n: int, seed: int = 11) -> list[str]:
    """Distinct utterances from held-out template families (phrasings training never saw)."""
    repo = str(Path(__file__).resolve().parents[3])  # the generator lives in engines/
    if repo not in sys.path:
        sys.path.append(repo)
    from engines.pipeline.datagen import generate, split_families

    _, held = split_families(0)
    out: dict[str, None] = {}
    k = seed
    while len(out) < n:
        for ex in generate(n, seed=k, families=held):
            out.setdefault(ex.text)
        k += 1
    return list(out)[:n]


def _pct(xs: list[float], q: float) -> float:
    return quantile(xs, q) * 1000  # milliseconds


async def closed_loop(rt: EngineRuntime, texts: list[str], batch: int) -> Row:
    lat: list[float] = []
    it = iter(texts)

    async def worker() -> None:
        for t in it:
            t0 = time.perf_counter()
            await rt.parse(t)
            lat.append(time.perf_counter() - t0)

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(batch)))
    secs = time.perf_counter() - t0
    n = len(lat)
    return Row("closed", batch, None, n, secs, n / secs, secs / n * 1000, _pct(lat, 0.5),
               _pct(lat, 0.99), 0)  # fmt: skip


async def poisson(rt: EngineRuntime, texts: list[str], rate: float, seconds: float) -> Row:
    rng = random.Random(5)
    lat: list[float] = []
    refused = 0
    tasks = []

    async def one(text: str, t_arr: float) -> None:
        nonlocal refused
        try:
            await rt.parse(text)
        except Exception:
            refused += 1
            return
        lat.append(time.perf_counter() - t_arr)

    t0 = time.perf_counter()
    t_next = t0
    i = 0
    while True:
        t_next += rng.expovariate(rate)
        if t_next - t0 >= seconds:
            break
        delay = t_next - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.ensure_future(one(texts[i % len(texts)], t_next)))
        i += 1
    await asyncio.gather(*tasks)
    secs = time.perf_counter() - t0
    n = len(lat)
    cost = secs / max(1, n) * 1000
    return Row(
        "poisson", rt.max_batch_size, rate, n, secs, n / secs, cost, _pct(lat, 0.5),
        _pct(lat, 0.99), refused,
    )  # fmt: skip


def run(
    cfg: EngineConfig,
    *,
    batches: list[int],
    per_batch: int,
    rate: float | None,
    seconds: float,
) -> tuple[list[Row], dict]:
    """The rows, and what they ran on (``setup`` of the first runtime)."""
    rows: list[Row] = []
    engine: dict = {}
    warm = 64
    texts = load_texts(max(warm + per_batch * len(batches), 2000))
    for i, b in enumerate(batches):
        # A runtime per batch size: max_batch_size caps what the scheduler puts in one step.
        rt = load_runtime(_with(cfg, max_batch_size=b))
        engine = engine or setup(rt, cfg)
        rt.start()
        try:
            asyncio.run(closed_loop(rt, texts[:warm], b))  # warm-up: sessions, allocators
            # Utterances no earlier row parsed: the decoder's memos (span texts, time pieces)
            # outlive a runtime, and would make later rows look cheaper than they are.
            mine = texts[warm + i * per_batch : warm + (i + 1) * per_batch]
            rows.append(asyncio.run(closed_loop(rt, mine, b)))
        finally:
            rt.stop()
    if rate:
        rt = load_runtime(cfg)
        rt.start()
        try:
            rows.append(asyncio.run(poisson(rt, texts, rate, seconds)))
        finally:
            rt.stop()
    return rows, engine


def setup(rt: EngineRuntime, cfg: EngineConfig) -> dict:
    """What the rows ran on: the runtime as it was built (its backend, the precision its weights
    run in, whether it overlaps). Intra-op threads are ONNX Runtime's alone, so a GPU backend's
    header leaves them out rather than print a setting it never read."""
    from ..engine.loader import usable_cores

    said: dict = {
        "backend": rt.backend.name,
        "precision": getattr(rt.backend, "precision", cfg.precision),
    }
    if rt.backend.name == "onnx":
        said["intra_op_threads"] = cfg.intra_op_threads or usable_cores()
    return said | {
        "overlap": rt.overlapping,
        "span_check": rt.grammar.span_check is not None,
        "cores": usable_cores(),
    }


def _with(cfg: EngineConfig, **changes) -> EngineConfig:
    import msgspec

    return msgspec.structs.replace(cfg, **changes)


def render(rows: list[Row], as_json: bool, engine: dict | None = None) -> str:
    if as_json:
        base = next((r.cost_ms for r in rows if r.mode == "closed" and r.batch == 1), None)
        out = []
        for r in rows:
            # A percentile of nothing (a run too short for any arrival) is null, not NaN.
            d = {k: _no_nan(v) for k, v in asdict(r).items()}
            if base and r.mode == "closed":
                d["cost_vs_batch1"] = r.cost_ms / base
            out.append(d)
        return json.dumps({"engine": engine, "rows": out} if engine else {"rows": out}, indent=2)
    base = next((r.cost_ms for r in rows if r.mode == "closed" and r.batch == 1), None)
    head = (
        f"{'mode':8} {'batch':>5} {'rate/s':>7} {'reqs':>6} {'utt/s':>8} {'cost ms':>8} "
        f"{'vs b1':>6} {'p50 ms':>7} {'p99 ms':>8} {'refused':>7}"
    )
    lines = [head, "-" * len(head)]
    if engine:
        said = ", ".join(f"{k} {'on' if v is True else 'off' if v is False else v}"
                         for k, v in engine.items())  # fmt: skip
        lines.insert(0, f"engine: {said}")
    for r in rows:
        ratio = f"{r.cost_ms / base:.3f}" if base and r.mode == "closed" else "-"
        rate = f"{r.rate:.0f}" if r.rate else "-"
        lines.append(
            f"{r.mode:8} {r.batch:>5} {rate:>7} {r.requests:>6} {r.per_s:>8.0f} "
            f"{r.cost_ms:>8.3f} {ratio:>6} {r.p50_ms:>7.2f} {r.p99_ms:>8.2f} {r.refused:>7}"
        )
    return "\n".join(lines)


def _no_nan(value):
    return None if isinstance(value, float) and math.isnan(value) else value
