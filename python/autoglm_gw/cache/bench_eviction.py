"""Hit ratio of tier 1's S3-FIFO against LRU on Zipf traces.

    python -m autoglm_gw.cache.bench_eviction [--keys 100000] [--requests 1000000]
        [--alphas 0.8,1.0,1.2] [--sizes 0.01,0.05,0.10] [--scan 0.0] [--shards 16] [--seed 1]

Each request reads its key and, on a miss, stores it (as the gateway does after a fill). Values
are 64..447 bytes (fixed per key) and both policies charge ``len(key) + len(value) +
ResponseCache.ENTRY_OVERHEAD`` bytes per entry against the same byte budget, so only the
eviction policy differs. ``--sizes`` are cache budgets as a fraction of the distinct keys (at
the mean entry size). ``--scan F`` mixes in a fraction F of one-time keys (a fleet's unique
utterances). The LRU is a reference ``OrderedDict``; the S3-FIFO is the real
``autoglm_gw._core.ResponseCache``. Hashing differs per process but ratios barely move.
"""

from __future__ import annotations

import argparse
import sys
from collections import OrderedDict
from collections.abc import Sequence

import numpy as np

from .._core import ResponseCache

MEAN_VALUE = 256


def zipf_trace(
    n_keys: int, n_requests: int, alpha: float, scan: float, rng: np.random.Generator
) -> np.ndarray:
    """Ranks drawn from a bounded Zipf(alpha) over ``n_keys`` keys; a fraction ``scan`` of the
    requests replaced by keys never seen before (ids ``n_keys``, ``n_keys + 1``, ...)."""
    weights = 1.0 / np.arange(1, n_keys + 1, dtype=np.float64) ** alpha
    cdf = np.cumsum(weights)
    cdf /= cdf[-1]
    trace = np.searchsorted(cdf, rng.random(n_requests), side="left").astype(np.int64)
    if scan > 0:
        mask = rng.random(n_requests) < scan
        trace[mask] = n_keys + np.arange(int(mask.sum()), dtype=np.int64)
    # Shuffle the rank → key mapping so that popular keys are not the small ids.
    perm = rng.permutation(n_keys)
    body = trace < n_keys
    trace[body] = perm[trace[body]]
    return trace


def value_size(k: int) -> int:
    return 64 + (k * 2654435761 % 384)


class LruReference:
    """Byte-bounded LRU with the same accounting as ``ResponseCache``."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.bytes = 0
        self.od: OrderedDict[bytes, int] = OrderedDict()

    def get(self, key: bytes) -> bool:
        if key in self.od:
            self.od.move_to_end(key)
            return True
        return False

    def put(self, key: bytes, charge: int) -> None:
        self.od[key] = charge
        self.bytes += charge
        while self.bytes > self.max_bytes:
            _, c = self.od.popitem(last=False)
            self.bytes -= c


def run(trace: np.ndarray, max_bytes: int, shards: int) -> tuple[float, float, dict[str, int]]:
    """(S3-FIFO hit ratio, LRU hit ratio, S3-FIFO stats) on ``trace``."""
    s3 = ResponseCache(max_bytes, float("inf"), shards, max_entry_bytes=max_bytes)
    lru = LruReference(max_bytes)
    overhead = ResponseCache.ENTRY_OVERHEAD
    blob = b"v" * 512
    hits_s3 = hits_lru = 0
    for k in trace.tolist():
        key = b"k%d" % k
        if s3.get(key) is not None:
            hits_s3 += 1
        else:
            s3.put(key, blob[: value_size(k)])
        if lru.get(key):
            hits_lru += 1
        else:
            lru.put(key, len(key) + value_size(k) + overhead)
    n = len(trace)
    return hits_s3 / n, hits_lru / n, s3.stats()


def _floats(s: str) -> list[float]:
    return [float(x) for x in s.split(",") if x.strip()]


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m autoglm_gw.cache.bench_eviction")
    p.add_argument("--keys", type=int, default=100_000)
    p.add_argument("--requests", type=int, default=1_000_000)
    p.add_argument("--alphas", type=_floats, default=[0.8, 1.0, 1.2])
    p.add_argument("--sizes", type=_floats, default=[0.01, 0.05, 0.10])
    p.add_argument("--scan", type=float, default=0.0)
    p.add_argument("--shards", type=int, default=16)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args(argv)
    rng = np.random.default_rng(a.seed)
    print(
        f"keys={a.keys} requests={a.requests} scan={a.scan} shards={a.shards} "
        f"entry≈{MEAN_VALUE}+{ResponseCache.ENTRY_OVERHEAD} B"
    )
    print(f"{'alpha':>5} {'cache':>6} {'s3fifo':>8} {'lru':>8} {'delta':>7}")
    for alpha in a.alphas:
        trace = zipf_trace(a.keys, a.requests, alpha, a.scan, rng)
        for size in a.sizes:
            entry = MEAN_VALUE + 8 + ResponseCache.ENTRY_OVERHEAD
            max_bytes = max(1, int(a.keys * size)) * entry
            s3, lru, _ = run(trace, max_bytes, a.shards)
            print(f"{alpha:>5.2f} {size:>6.1%} {s3:>8.4f} {lru:>8.4f} {s3 - lru:>+7.4f}")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
