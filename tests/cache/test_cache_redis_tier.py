"""Tier 2 against a real redis-server started by the tests: sharing, outages, purges."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

import pytest

from autoglm_gw.cache import Outcome, ParseCache
from tests.cache.conftest import RedisServer, run_async, wait_until

TEXT = "帮我预约最近的自动洗车服务"


class CountingFill:
    def __init__(self, prefix: bytes = b"out:") -> None:
        self.calls = 0
        self.prefix = prefix

    def for_text(self, text: str) -> Any:
        async def fill() -> bytes:
            self.calls += 1
            await asyncio.sleep(0)
            return self.prefix + text.encode()

        return fill


def make_cache(url: str, **tier_kw: Any) -> ParseCache:
    from autoglm_gw.cache.redis_tier import RedisTier

    kw: dict[str, Any] = {"probe_min_s": 0.05, "probe_max_s": 0.2}
    kw.update(tier_kw)
    return ParseCache(
        model_version="test@1", max_bytes=1 << 20, ttl_s=600.0, redis=RedisTier(url, **kw)
    )


async def drain(cache: ParseCache) -> None:
    assert cache.redis is not None
    pending = set(cache.redis._writes)
    if pending:
        await asyncio.wait(pending)


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [
        r for r in caplog.records if r.name == "autoglm_gw.cache" and r.levelno >= logging.WARNING
    ]


def test_two_instances_share_tier2(redis_server: RedisServer) -> None:
    async def main() -> None:
        a, b = make_cache(redis_server.url), make_cache(redis_server.url)
        fa, fb = CountingFill(), CountingFill()
        try:
            await a.start()
            await b.start()
            assert (await a.get_or_fill(TEXT, fa.for_text(TEXT)))[1] is Outcome.MISS
            await drain(a)
            value, outcome = await b.get_or_fill(TEXT, fb.for_text(TEXT))
            assert (value, outcome) == (b"out:" + TEXT.encode(), Outcome.HIT_TIER2)
            assert outcome.cached and outcome.tier == "tier2" and outcome.x_cache == "hit"
            # Promoted to b's tier 1.
            assert (await b.get_or_fill(TEXT, fb.for_text(TEXT)))[1] is Outcome.HIT
            assert (fa.calls, fb.calls) == (1, 0)
            # Coalesced requests behind a tier-2 hit.
            other = "明天下午三点洗车"
            await a.get_or_fill(other, fa.for_text(other))
            await drain(a)
            results = await asyncio.gather(
                *(b.get_or_fill(other, fb.for_text(other)) for _ in range(20))
            )
            outcomes = [o for _, o in results]
            assert outcomes.count(Outcome.HIT_TIER2) == 1
            assert set(outcomes) <= {Outcome.HIT_TIER2, Outcome.COALESCED_TIER2, Outcome.HIT}
            assert fb.calls == 0
            sb = b.stats()
            assert sb["hit_tier2"] == 2 and sb["tier2"]["hits"] == 2
        finally:
            await a.close()
            await b.close()

    run_async(main())


@contextlib.asynccontextmanager
async def two_listening(url: str) -> AsyncIterator[tuple[ParseCache, ParseCache, Any]]:
    """Two instances on one Redis, both subscribed to purges, and a client of its own."""
    import redis.asyncio as aioredis

    a, b = make_cache(url), make_cache(url)
    direct = aioredis.Redis.from_url(url)
    try:
        await a.start()
        await b.start()
        # Both listeners subscribed before a purge is published.
        await wait_until(lambda: a.redis.subscribed and b.redis.subscribed, "subscriptions")  # type: ignore[union-attr]
        yield a, b, direct
    finally:
        await direct.aclose()
        await a.close()
        await b.close()


def test_purge_reaches_every_instance(redis_server: RedisServer) -> None:
    async def main() -> None:
        fill = CountingFill()
        async with two_listening(redis_server.url) as (a, b, direct):
            await a.get_or_fill(TEXT, fill.for_text(TEXT))
            await drain(a)
            await b.get_or_fill(TEXT, fill.for_text(TEXT))
            assert len(b.core) == 1
            result = await a.purge()
            assert result == {"tier1": 1, "tier2": 1}
            assert await direct.get(a.redis.prefix + a.key(TEXT)) is None  # type: ignore[union-attr]
            await wait_until(lambda: len(b.core) == 0, "b's tier 1 purged")
            assert b.stats()["remote_purges"] == 1
            assert a.stats()["remote_purges"] == 0  # its own message is ignored
            assert (await b.get_or_fill(TEXT, fill.for_text(TEXT)))[1] is Outcome.MISS

    run_async(main())


def test_a_purge_after_redis_was_flushed_still_reaches_every_instance(
    redis_server: RedisServer,
) -> None:
    # An audit: the purge generation was a counter; FLUSHALL (or a restart without persistence)
    # restarted it at a value the others had seen, and they ignored the next purge.
    async def main() -> None:
        fill = CountingFill()
        async with two_listening(redis_server.url) as (a, b, direct):
            await a.purge()  # both have seen one purge now
            await wait_until(lambda: b.stats()["remote_purges"] == 1, "first purge")
            await direct.flushall()
            await b.get_or_fill(TEXT, fill.for_text(TEXT))
            assert len(b.core) == 1
            await a.purge()
            await wait_until(lambda: len(b.core) == 0, "b's tier 1 purged after the flush")
            assert b.stats()["remote_purges"] == 2

    run_async(main())


def test_redis_killed_mid_run_gives_no_errors_logs_once_and_reconnects(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="autoglm_gw.cache")

    async def main() -> None:
        import redis.asyncio as aioredis

        cache = make_cache(redis_server.url)
        fill = CountingFill()
        texts = [f"第{i}号店洗车" for i in range(60)]
        errors: list[BaseException] = []

        async def request(text: str) -> None:
            try:
                value, _ = await cache.get_or_fill(text, fill.for_text(text))
                assert value == b"out:" + text.encode()
            except BaseException as exc:
                errors.append(exc)

        try:
            await cache.start()
            # Wave 1 with Redis up.
            await asyncio.gather(*(request(t) for t in texts[:20] * 3))
            await drain(cache)
            # Wave 2: Redis is killed while requests are in flight.
            tasks = [asyncio.create_task(request(t)) for t in texts[20:40] * 3]
            await asyncio.sleep(0)
            redis_server.kill()
            tasks += [asyncio.create_task(request(t)) for t in texts[40:60] * 3]
            await asyncio.gather(*tasks)
            assert errors == []
            await wait_until(lambda: cache.redis is not None and not cache.redis.available, "down")
            # Wave 3 during the outage: served from tier 1 and the engine, no Redis calls.
            more = [f"停电期间{i}" for i in range(10)]
            await asyncio.gather(*(request(t) for t in texts + more * 2))
            assert errors == []
            tier2 = cache.stats()["tier2"]
            assert tier2["outages"] == 1 and tier2["available"] == 0
            assert tier2["skipped_down"] > 0
            outage_logs = warnings_of(caplog)
            assert len(outage_logs) == 1, [r.getMessage() for r in outage_logs]
            assert "unavailable" in outage_logs[0].getMessage()
            # Redis comes back: the tier reconnects and is written again.
            redis_server.start()
            await wait_until(lambda: cache.redis is not None and cache.redis.available, "up")
            new_text = "重新连上以后的新请求"
            await request(new_text)
            await drain(cache)
            direct = aioredis.Redis.from_url(redis_server.url)
            try:
                stored = await direct.get(cache.redis.prefix + cache.key(new_text))  # type: ignore[union-attr]
            finally:
                await direct.aclose()
            assert stored == b"out:" + new_text.encode()
            assert errors == []
            assert cache.stats()["tier2"]["reconnects"] == 1
            assert any("reachable again" in r.getMessage() for r in caplog.records)
        finally:
            await cache.close()

    run_async(main())


def test_hung_redis_hits_the_command_timeout_without_client_errors(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="autoglm_gw.cache")

    async def main() -> None:
        cache = make_cache(redis_server.url, command_timeout_s=0.05, connect_timeout_s=0.05)
        fill = CountingFill()
        try:
            await cache.start()
            await cache.get_or_fill(TEXT, fill.for_text(TEXT))
            await drain(cache)
            redis_server.pause()  # accepts connections, answers nothing
            results = await asyncio.gather(
                *(cache.get_or_fill(f"{TEXT}{i}", fill.for_text(f"{TEXT}{i}")) for i in range(30))
            )
            assert [o for _, o in results] == [Outcome.MISS] * 30
            assert cache.stats()["tier2"]["outages"] == 1
            assert len(warnings_of(caplog)) == 1
            redis_server.resume()
            await wait_until(lambda: cache.redis is not None and cache.redis.available, "up")
        finally:
            redis_server.resume()
            await cache.close()

    run_async(main())


def test_unreachable_redis_from_the_start(caplog: pytest.LogCaptureFixture) -> None:
    pytest.importorskip("redis")
    from tests.cache.conftest import _free_port

    caplog.set_level(logging.INFO, logger="autoglm_gw.cache")

    async def main() -> None:
        cache = make_cache(f"redis://127.0.0.1:{_free_port()}/0")
        fill = CountingFill()
        try:
            await cache.start()
            for _ in range(3):
                results = await asyncio.gather(
                    *(cache.get_or_fill(TEXT, fill.for_text(TEXT)) for _ in range(10))
                )
                assert all(v == b"out:" + TEXT.encode() for v, _ in results)
            assert fill.calls == 1
            assert len(warnings_of(caplog)) == 1
            assert (await cache.purge())["tier2"] is None
        finally:
            await cache.close()

    run_async(main())


def test_a_server_answering_garbage_is_a_failure_of_the_tier_not_of_the_request() -> None:
    # An audit: a server that speaks the protocol but answers a malformed integer made every
    # uncached parse a 500 (redis-py's ValueError escaped), while the tier counted as up.
    async def main() -> None:
        async def garbage(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            try:
                while await reader.read(65536):
                    writer.write(b":notanumber\r\n")  # for every command, PING included
                    await writer.drain()
            except ConnectionError:
                pass
            finally:
                writer.close()

        server = await asyncio.start_server(garbage, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        cache = make_cache(f"redis://127.0.0.1:{port}/0")
        fill = CountingFill()
        try:
            await cache.start()
            value, outcome = await cache.get_or_fill(TEXT, fill.for_text(TEXT))
            assert (value, outcome) == (b"out:" + TEXT.encode(), Outcome.MISS)
            assert cache.redis is not None and not cache.redis.available
            await asyncio.sleep(0.3)  # a few probes (probe_max_s 0.2): PING never answers PONG
            assert not cache.redis.available
        finally:
            await cache.close()
            server.close()

    run_async(main())


def test_a_refusal_is_logged_without_the_users_utterance(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    # An audit: a pipeline's refusal quoted its command, whose key is the utterance.
    async def main() -> None:
        import redis.asyncio as aioredis

        cache = make_cache(redis_server.url)
        direct = aioredis.Redis.from_url(redis_server.url)
        try:
            await cache.start()
            assert cache.redis is not None
            await direct.lpush(cache.redis.prefix + cache.key(TEXT), b"not a string")
            assert (await cache.get_or_fill(TEXT, CountingFill().for_text(TEXT)))[1] is (
                Outcome.MISS
            )
        finally:
            await direct.aclose()
            await cache.close()

    with caplog.at_level(logging.WARNING, logger="autoglm_gw.cache"):
        run_async(main())
    refused = [r.getMessage() for r in warnings_of(caplog) if "refused" in r.getMessage()]
    assert refused and all(TEXT not in m and "WRONGTYPE" in m for m in refused), refused
