"""Cache-Control parsing, the purge token check, config wiring and the eviction benchmark."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from autoglm_gw.cache import ParseCache, check_purge_token, parse_cache_control
from autoglm_gw.cache.bench_eviction import run, zipf_trace
from autoglm_gw.config import CacheConfig


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, (False, True)),
        ("", (False, True)),
        ("max-age=60", (False, True)),
        ("no-cache", (True, True)),
        ("No-Cache", (True, True)),
        ("no-store", (True, False)),
        ("max-age=0, no-store", (True, False)),
        ("no-cache, no-store", (True, False)),
        ('no-cache="set-cookie"', (True, True)),
    ],
)
def test_parse_cache_control(header: str | None, expected: tuple[bool, bool]) -> None:
    assert parse_cache_control(header) == expected


def test_check_purge_token() -> None:
    assert check_purge_token("Bearer s3cret", "s3cret")
    assert check_purge_token("bearer   s3cret ", "s3cret")
    assert not check_purge_token("Bearer wrong", "s3cret")
    assert not check_purge_token("Basic s3cret", "s3cret")
    assert not check_purge_token(None, "s3cret")
    assert not check_purge_token("Bearer ", "")
    assert not check_purge_token("Bearer anything", None)  # no token configured: refused


def test_from_config() -> None:
    cache = ParseCache.from_config(
        CacheConfig(max_bytes=1 << 20, ttl_s=30.0), model_version="m@1", shards=4
    )
    assert cache.enabled and cache.redis is None
    assert (cache.core.max_bytes, cache.core.ttl_s, cache.core.shards) == (1 << 20, 30.0, 4)
    assert cache.model_version == "m@1"
    assert cache.stats()["tier2"] is None
    off = ParseCache.from_config(
        CacheConfig(enabled=False, redis_url="redis://127.0.0.1:1/0"), model_version="m"
    )
    assert not off.enabled and off.redis is None
    pytest.importorskip("redis")
    on = ParseCache.from_config(CacheConfig(redis_url="redis://127.0.0.1:1/0"), model_version="m")
    assert on.redis is not None and on.redis.available


def test_s3fifo_beats_lru_on_zipf_and_scans() -> None:
    rng = np.random.default_rng(3)
    for scan in (0.0, 0.3):
        trace = zipf_trace(5_000, 60_000, 1.0, scan, rng)
        s3, lru, stats = run(trace, 50 * (256 + 8 + 128), shards=1)
        assert s3 >= lru, (scan, s3, lru)
        assert stats["bytes"] <= 50 * (256 + 8 + 128)


def test_bench_module_prints_both_ratios() -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "autoglm_gw.cache.bench_eviction",
            "--keys",
            "2000",
            "--requests",
            "20000",
            "--alphas",
            "1.0",
            "--sizes",
            "0.05",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    row = out.strip().splitlines()[-1].split()
    assert len(row) == 5
    assert 0.0 < float(row[2]) <= 1.0 and 0.0 < float(row[3]) <= 1.0
