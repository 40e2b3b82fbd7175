"""Prometheus view of the reverse proxy, read from ``Proxy.stats()`` at scrape time. Proxied
requests are also counted with the HTTP metrics, under the route label ``proxy:PREFIX``."""

from __future__ import annotations

from collections.abc import Iterator

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric


class ProxyCollector:
    def __init__(self, proxy) -> None:
        self._proxy = proxy

    def describe(self) -> list[Metric]:
        return []

    def collect(self) -> Iterator[Metric]:
        s = self._proxy.stats()
        p = "autoglm_gw_proxy_"
        attempts = CounterMetricFamily(
            p + "attempts",
            "Attempts sent to upstream servers, by outcome: ok (an answer came back, of any "
            "status), error (connect, send or read failed; counts toward max_fails), "
            "stale_connection (an idle connection the server had closed; sent again).",
            labels=["upstream", "server", "outcome"],
        )
        up = GaugeMetricFamily(
            p + "server_up",
            "1 while the server is eligible: not marked down by max_fails nor by its health check.",
            labels=["upstream", "server"],
        )
        active = GaugeMetricFamily(
            p + "server_active", "Requests in flight to the server.", labels=["upstream", "server"]
        )
        for name, servers in s["upstreams"].items():
            for server in servers:
                for outcome in ("ok", "error", "stale_connection"):
                    attempts.add_metric([name, server["url"], outcome], server[outcome])
                up.add_metric([name, server["url"]], float(server["up"]))
                active.add_metric([name, server["url"]], server["active"])
        yield attempts
        yield up
        yield active
        yield CounterMetricFamily(
            p + "retries", "Attempts made after a failed one (another server).", s["retries"]
        )
