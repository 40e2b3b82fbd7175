"""Prometheus view of the response cache, read from ``ParseCache.stats()`` at scrape time."""

from __future__ import annotations

from collections.abc import Iterator

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric

# stats key -> (outcome, tier) of autoglm_gw_cache_requests_total
_OUTCOMES = {
    "hit": ("hit", "tier1"),
    "hit_tier2": ("hit", "tier2"),
    "miss": ("miss", "engine"),
    "coalesced": ("coalesced", "engine"),
    "coalesced_tier2": ("coalesced", "tier2"),
    "bypass": ("bypass", "none"),
}
_COUNTERS = {
    "fill_errors": "Engine fills that failed.",
    "fills_abandoned": "Fills cancelled with nobody waiting.",
    "follower_retries": "Followers that retried after a failed fill.",
    "follower_errors": "Followers whose retry failed too.",
    "purges": "Purges run by this worker.",
    "remote_purges": "Purges received from other instances.",
}


class CacheCollector:
    def __init__(self, cache_ref) -> None:
        self._cache_ref = cache_ref

    def describe(self) -> list[Metric]:
        return []

    def collect(self) -> Iterator[Metric]:
        cache = self._cache_ref()
        if cache is None:
            return
        s = cache.stats()
        p = "autoglm_gw_cache_"
        req = CounterMetricFamily(
            p + "requests", "Parse requests by cache outcome and tier.", labels=["outcome", "tier"]
        )
        for key, (outcome, tier) in _OUTCOMES.items():
            req.add_metric([outcome, tier], s[key])
        yield req
        for key, doc in _COUNTERS.items():
            yield CounterMetricFamily(p + key, doc, s[key])
        t1 = s["tier1"]
        yield CounterMetricFamily(p + "evictions", "Tier-1 evictions (S3-FIFO).", t1["evictions"])
        yield CounterMetricFamily(
            p + "expirations", "Tier-1 entries past their TTL.", t1["expirations"]
        )
        yield GaugeMetricFamily(p + "bytes", "Bytes held by tier 1.", t1["bytes"])
        yield GaugeMetricFamily(p + "entries", "Entries in tier 1.", t1["entries"])
        yield GaugeMetricFamily(p + "capacity_bytes", "Tier-1 byte budget.", t1["capacity_bytes"])
        t2 = s["tier2"]
        if t2 is not None:
            yield GaugeMetricFamily(
                p + "tier2_up", "1 while Redis answers.", float(bool(t2["available"]))
            )
            yield CounterMetricFamily(p + "tier2_outages", "Redis outages seen.", t2["outages"])
            yield CounterMetricFamily(p + "tier2_errors", "Redis command errors.", t2["errors"])
