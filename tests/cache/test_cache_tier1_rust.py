"""autoglm_gw._core.ResponseCache through its Python API."""

from __future__ import annotations

import asyncio
import math
import time

import pytest

from autoglm_gw._core import ResponseCache

OVERHEAD = ResponseCache.ENTRY_OVERHEAD


def test_get_put_delete_contains_len() -> None:
    c = ResponseCache(1 << 20, 60.0)
    assert c.get(b"k") is None
    assert c.put(b"k", b"value")
    assert c.get(b"k") == b"value"
    assert b"k" in c and b"x" not in c
    assert len(c) == 1
    assert c.put(b"k", b"other")
    assert c.get(b"k") == b"other"
    assert c.delete(b"k") and not c.delete(b"k")
    assert len(c) == 0
    s = c.stats()
    assert (s["hits"], s["misses"], s["inserts"], s["updates"]) == (2, 1, 1, 1)
    assert s["bytes"] == 0 and s["entries"] == 0


def test_byte_bound_and_evictions() -> None:
    max_bytes = 64 * 1024
    c = ResponseCache(max_bytes, 60.0, 4)
    value = b"x" * 300
    for i in range(2000):
        c.put(b"key-%d" % i, value)
        assert c.stats()["bytes"] <= max_bytes
    s = c.stats()
    assert s["evictions"] > 0
    assert s["capacity_bytes"] == max_bytes
    assert s["entries"] * (len(b"key-1000") + 300 + OVERHEAD) <= max_bytes + s["entries"] * 4


def test_too_large_entries_are_not_stored() -> None:
    c = ResponseCache(16 * 1024, 60.0, 1, max_entry_bytes=1024)
    assert not c.put(b"big", b"x" * 2000)
    assert c.get(b"big") is None
    assert c.stats()["rejected"] == 1
    assert c.put(b"small", b"x" * 100)


def test_ttl_expiry_and_per_entry_ttl() -> None:
    c = ResponseCache(1 << 20, 0.05)
    c.put(b"short", b"1")
    c.put(b"long", b"2", ttl_s=math.inf)
    time.sleep(0.1)
    assert c.get(b"short") is None
    assert c.get(b"long") == b"2"
    assert c.stats()["expirations"] == 1


def test_purge_and_arguments() -> None:
    c = ResponseCache(1 << 20, 60.0)
    for i in range(10):
        c.put(b"%d" % i, b"v")
    assert c.purge() == 10
    assert len(c) == 0
    with pytest.raises(ValueError):
        ResponseCache(1 << 20, 0.0)
    with pytest.raises(ValueError):
        ResponseCache(1 << 20, 1.0, 0)
    with pytest.raises(ValueError):
        c.put(b"k", b"v", ttl_s=-1.0)
    with pytest.raises(TypeError):
        c.put("text", b"v")  # type: ignore[arg-type]
    assert (c.max_bytes, c.ttl_s, c.shards) == (1 << 20, 60.0, 16)


def test_claim_protocol() -> None:
    async def main() -> None:
        loop = asyncio.get_running_loop()
        c = ResponseCache(1 << 20, 60.0)
        assert c.claim(b"k", loop) is None  # leader
        f1 = c.claim(b"k", loop)
        f2 = c.claim(b"k", loop)
        assert isinstance(f1, asyncio.Future) and c.in_flight == 1
        assert c.waiting(b"k") == 2
        f2.cancel()
        assert c.waiting(b"k") == 1
        result = (b"out", "marker")
        assert c.fill_done(b"k", result, b"out") == 1  # the cancelled one is skipped
        assert await f1 is result
        assert c.claim(b"k", loop) == b"out"  # now a hit
        assert c.in_flight == 0

        assert c.claim(b"j", loop) is None
        f3 = c.claim(b"j", loop)
        assert c.fill_failed(b"j", "failed") == 1
        assert await f3 == "failed"
        assert c.get(b"j") is None
        assert c.claim(b"j", loop) is None  # a new flight
        assert c.fill_done(b"j", None) == 0  # no value: nothing stored
        assert c.get(b"j") is None
        s = c.stats()
        assert (s["flight_leaders"], s["flight_followers"]) == (3, 3)
        assert (s["flights_done"], s["flights_failed"]) == (2, 1)

    asyncio.run(main())
