"""Prometheus metrics of one app instance.

Metrics hang off a registry owned by the app (no module-level state). With several granian
workers, the CLI sets PROMETHEUS_MULTIPROC_DIR so every worker writes its samples there and any
worker's /metrics answers for the whole server:

- the HTTP counters and histograms through prometheus_client's multiprocess files, summed;
- the collectors read at scrape time (engine, pool, cache), which live in each worker's memory,
  through a snapshot each worker writes next to them every ``SNAPSHOT_INTERVAL_S`` (and at each
  scrape it answers), labelled ``worker`` with its pid. The scraped worker's own figures are
  fresh, the others' at most that old; sum over ``worker`` for the server.
"""

from __future__ import annotations

import asyncio
import contextlib
import glob
import logging
import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client import multiprocess as _mp
from prometheus_client.core import Metric
from prometheus_client.parser import text_string_to_metric_families

from .config import MULTIPROC_ENV

log = logging.getLogger("autoglm_gw")


# HTTP latencies span cache hits (tens of µs) to engine batches under load (hundreds of ms).
LATENCY_BUCKETS = (
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
    5.0, 10.0,
)  # fmt: skip

CONTENT_TYPE = CONTENT_TYPE_LATEST.encode()
# How often each worker writes its collectors' figures for the other workers' /metrics.
SNAPSHOT_INTERVAL_S = 1.0
SNAPSHOT_GLOB = "collectors-*.prom"


# The methods counted by name in autoglm_gw_http_requests_total; others are counted as OTHER.
HTTP_METHODS = frozenset(
    {"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "CONNECT", "TRACE"}
)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.multiprocess = bool(os.environ.get(MULTIPROC_ENV))
        self._collectors: list = []
        self._children: dict[tuple[str, str, int], tuple[Counter, Histogram]] = {}
        self.http_requests = Counter(
            "autoglm_gw_http_requests",
            "HTTP requests answered, by route template, method and status.",
            ("route", "method", "status"),
            registry=self.registry,
        )
        self.http_latency = Histogram(
            "autoglm_gw_http_request_duration_seconds",
            "Time from request start to the response being handed to the server.",
            ("route", "status"),
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )

    def add_collector(self, collector) -> None:
        """A collector read at scrape time (engine, cache); per worker in multiprocess mode."""
        self._collectors.append(collector)
        self.registry.register(collector)

    def observe_http(self, route: str, method: str, status: int, seconds: float) -> None:
        # labels() costs more than the increment itself: keep the children per label set
        # (a bounded set: route templates x known methods x statuses; any other method a client
        # sends is OTHER, or each made-up one would add series for good).
        if method not in HTTP_METHODS:
            method = "OTHER"
        key = (route, method, status)
        children = self._children.get(key)
        if children is None:
            code = str(status)
            children = (
                self.http_requests.labels(route, method, code),
                self.http_latency.labels(route, code),
            )
            self._children[key] = children
        children[0].inc()
        children[1].observe(seconds)

    def render(self) -> bytes:
        if self.multiprocess:
            self.write_snapshot()
            registry = CollectorRegistry()
            _mp.MultiProcessCollector(registry)
            registry.register(_WorkerSnapshots(os.environ[MULTIPROC_ENV]))
            return generate_latest(registry)
        return generate_latest(self.registry)

    # -- several workers: each one's collectors, shared through files
    def _snapshot_path(self) -> str:
        return os.path.join(os.environ[MULTIPROC_ENV], f"collectors-{os.getpid()}.prom")

    def write_snapshot(self) -> None:
        """This worker's collectors, labelled with its pid, written atomically."""
        registry = CollectorRegistry(auto_describe=False)
        registry.register(_Labelled(self._collectors, str(os.getpid())))
        path = self._snapshot_path()
        tmp = f"{path}.tmp"
        with open(tmp, "wb") as f:
            f.write(generate_latest(registry))
        os.replace(tmp, path)

    async def keep_snapshot(self) -> None:
        """Runs for the worker's life when there are several workers."""
        while True:
            try:
                self.write_snapshot()
            except Exception:  # a bad scrape must not end the snapshots for the worker's life
                log.exception("cannot write the metrics snapshot")
            await asyncio.sleep(SNAPSHOT_INTERVAL_S)

    def remove_snapshot(self) -> None:
        with contextlib.suppress(OSError):
            os.remove(self._snapshot_path())


class _Labelled:
    """Collectors' metrics with a ``worker`` label added to every sample."""

    def __init__(self, collectors: list, worker: str) -> None:
        self._collectors, self._worker = collectors, worker

    def collect(self):
        for collector in self._collectors:
            for metric in collector.collect():
                out = Metric(metric.name, metric.documentation, metric.type, metric.unit)
                for s in metric.samples:
                    out.add_sample(s.name, {**s.labels, "worker": self._worker}, s.value)
                yield out


class _WorkerSnapshots:
    """Every live worker's snapshot, one family per metric name."""

    def __init__(self, directory: str) -> None:
        self._dir = directory

    def collect(self):
        families: dict[str, Metric] = {}
        for path in sorted(glob.glob(os.path.join(self._dir, SNAPSHOT_GLOB))):
            pid = path.rsplit("-", 1)[-1].removesuffix(".prom")
            if not _alive(pid):
                with contextlib.suppress(OSError):
                    os.remove(path)  # a worker that died without removing its own
                continue
            try:
                with open(path, encoding="utf-8") as f:
                    text = f.read()
            except OSError:
                continue
            for fam in text_string_to_metric_families(text):
                into = families.get(fam.name)
                if into is None:
                    into = families[fam.name] = Metric(
                        fam.name, fam.documentation, fam.type, fam.unit
                    )
                into.samples.extend(fam.samples)
        yield from families.values()


def _alive(pid: str) -> bool:
    try:
        os.kill(int(pid), 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return True
