"""Prometheus metrics of one app instance.

Metrics hang off a registry owned by the app (no module-level state). With several granian
workers, the CLI sets PROMETHEUS_MULTIPROC_DIR so every worker writes its samples there and any
worker's /metrics answers for the whole server.
"""

from __future__ import annotations

import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client import multiprocess as _mp

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"

# HTTP latencies span cache hits (tens of µs) to engine batches under load (hundreds of ms).
LATENCY_BUCKETS = (
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
    5.0, 10.0,
)  # fmt: skip

CONTENT_TYPE = CONTENT_TYPE_LATEST.encode()


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
        # (a bounded set: route templates x methods x statuses).
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
            registry = CollectorRegistry()
            _mp.MultiProcessCollector(registry)
            for collector in self._collectors:
                registry.register(collector)
            return generate_latest(registry)
        return generate_latest(self.registry)
