"""Prometheus view of the engine: the Rust scheduler's counters and histograms, the KV pool's
counters, and GPU utilisation through NVML when a GPU backend runs.

Read at scrape time from ``Scheduler.stats()`` (one call, lock-held briefly in Rust), so the hot
path never touches a Python metric object for these.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterator
from typing import TYPE_CHECKING

from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)

if TYPE_CHECKING:
    from .runtime import EngineRuntime

log = logging.getLogger("autoglm_gw.engine")

_HISTOGRAMS = {
    "queue_wait_seconds": "Time from enqueue to taking a KV slot.",
    "batch_size": "Live sequences per engine step.",
    "tokens_per_step": "Tokens fed to the model per engine step.",
    "step_seconds": "Wall time of one engine step (all its model calls).",
}


def _le(bound: float) -> str:
    return "+Inf" if math.isinf(bound) else repr(float(bound))


class EngineCollector:
    def __init__(self, runtime_ref, admission_ref=lambda: None) -> None:
        """``runtime_ref`` returns the current runtime or None (before start-up);
        ``admission_ref`` the worker's admission limiter, or None when it has none."""
        self._runtime_ref = runtime_ref
        self._admission_ref = admission_ref
        self._nvml = _Nvml()

    def describe(self) -> list[Metric]:
        return []  # values only exist once the engine runs

    def collect(self) -> Iterator[Metric]:
        rt: EngineRuntime | None = self._runtime_ref()
        if rt is None:
            return
        s = rt.scheduler.stats()
        p = "autoglm_gw_engine_"
        yield GaugeMetricFamily(p + "queue_depth", "Requests waiting for a slot.", s["queue_depth"])
        yield GaugeMetricFamily(p + "running", "Sequences holding a KV slot.", s["running"])
        c = CounterMetricFamily(p + "requests", "Requests by scheduler stage.", labels=["stage"])
        for stage in ("submitted", "admitted", "completed"):
            c.add_metric([stage], s[f"{stage}_total"])
        yield c
        r = CounterMetricFamily(
            p + "rejected", "Requests refused or dropped, by reason.", labels=["reason"]
        )
        for reason, n in s["rejected_total"].items():
            r.add_metric([reason], n)
        limiter = self._admission_ref()
        if limiter is not None:  # refused before the scheduler: 429 overloaded
            r.add_metric(["overloaded"], limiter.refused)
        yield r
        yield CounterMetricFamily(p + "steps", "Engine steps run.", s["steps_total"])
        yield CounterMetricFamily(p + "model_calls", "Model invocations.", rt.engine_calls)
        yield CounterMetricFamily(
            p + "overlapped_model_calls",
            "Model invocations whose tokens the engine thread picked while the next one ran "
            "(engine.overlap).",
            rt.overlapped_calls,
        )
        yield CounterMetricFamily(p + "restarts", "Engine rebuilds after a failure.", rt.restarts)
        for name, doc in _HISTOGRAMS.items():
            h = s["histograms"][name]
            buckets = [(_le(le), n) for le, n in h["buckets"]]
            if not buckets or buckets[-1][0] != "+Inf":
                buckets.append(("+Inf", h["count"]))
            yield HistogramMetricFamily(p + name, doc, buckets=buckets, sum_value=h["sum"])
        pool = s["pool"]
        q = "autoglm_gw_pool_"
        yield GaugeMetricFamily(q + "slots", "KV slots in the pool.", pool["n_slots"])
        yield GaugeMetricFamily(
            q + "slots_in_use", "KV slots held by sequences.", pool["slots_in_use"]
        )
        yield GaugeMetricFamily(q + "bytes", "Bytes of pool memory.", pool["bytes"])
        yield CounterMetricFamily(
            q + "allocations", "Buffer allocations (constant after start-up).", pool["allocations"]
        )
        yield CounterMetricFamily(
            q + "slot_reuses", "Slots handed out again after a release.", pool["slot_reuses"]
        )
        yield CounterMetricFamily(q + "moves", "Slot compaction moves.", pool["moves"])
        if rt.backend.name != "onnx":
            yield from self._nvml.collect()
        replays = getattr(rt.backend, "graph_replays", None)
        if replays is not None:  # torch-cuda: how much of the work runs from captured graphs
            yield CounterMetricFamily(
                p + "cuda_graph_replays", "Step chunks replayed from a CUDA graph.", replays
            )
            yield CounterMetricFamily(
                p + "eager_chunks", "Step chunks launched eagerly.", rt.backend.eager_chunks
            )


class _Nvml:
    """GPU utilisation and memory via NVML (nvidia-ml-py); absent NVML is logged once."""

    def __init__(self) -> None:
        self._handle = None
        self._failed = False

    def collect(self) -> Iterator[Metric]:
        if self._failed:
            return
        try:
            import pynvml

            if self._handle is None:
                pynvml.nvmlInit()
                self._handle = pynvml.nvmlDeviceGetHandleByIndex(0)
            util = pynvml.nvmlDeviceGetUtilizationRates(self._handle)
            mem = pynvml.nvmlDeviceGetMemoryInfo(self._handle)
        except Exception as exc:
            self._failed = True
            log.warning("GPU metrics unavailable (NVML): %s", exc)
            return
        yield GaugeMetricFamily(
            "autoglm_gw_gpu_utilization_ratio", "GPU busy fraction.", util.gpu / 100
        )
        yield GaugeMetricFamily("autoglm_gw_gpu_memory_used_bytes", "GPU memory in use.", mem.used)
        yield GaugeMetricFamily("autoglm_gw_gpu_memory_total_bytes", "GPU memory.", mem.total)
