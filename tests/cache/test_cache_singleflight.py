"""ParseCache: hits, coalescing, leader failure and cancellation, bypass (tier 1 only)."""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest

from autoglm_gw.cache import FillAbandonedError, Outcome, ParseCache
from tests.cache.conftest import run_async

TEXT = "帮我预约最近的自动洗车服务"


class Engine:
    """A fill function with its own call counter; each call waits for ``release``."""

    def __init__(self, fail_first: int = 0, value: bytes = b'{"intent":"book"}') -> None:
        self.calls = 0
        self.cancelled = 0
        self.fail_first = fail_first
        self.value = value
        self.release = asyncio.Event()

    async def fill(self) -> bytes:
        self.calls += 1
        n = self.calls
        try:
            await self.release.wait()
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        if n <= self.fail_first:
            raise RuntimeError(f"engine failure {n}")
        return self.value


def new_cache(**kw: object) -> ParseCache:
    return ParseCache(model_version="test@1", max_bytes=1 << 20, ttl_s=600.0, **kw)  # type: ignore[arg-type]


async def settle(cache: ParseCache, key: bytes, followers: int) -> None:
    """Lets every task reach its claim (bounded loop turns, no clock)."""
    for _ in range(10_000):
        if cache.core.waiting(key) >= followers:
            return
        await asyncio.sleep(0)
    raise AssertionError(f"only {cache.core.waiting(key)} followers")


@pytest.mark.parametrize("use_uvloop", [False, True], ids=["asyncio", "uvloop"])
def test_200_concurrent_identical_requests_make_one_fill(use_uvloop: bool) -> None:
    async def main() -> None:
        cache = new_cache()
        engine = Engine()
        tasks = [asyncio.create_task(cache.get_or_fill(TEXT, engine.fill)) for _ in range(200)]
        await settle(cache, cache.key(TEXT), 199)
        engine.release.set()
        results = await asyncio.gather(*tasks)
        assert engine.calls == 1
        assert all(v == engine.value for v, _ in results)
        outcomes = Counter(o for _, o in results)
        assert outcomes[Outcome.MISS] == 1
        assert outcomes[Outcome.COALESCED] + outcomes[Outcome.HIT] == 199
        # Warm: 200 more are all tier-1 hits, still one fill.
        results = await asyncio.gather(*(cache.get_or_fill(TEXT, engine.fill) for _ in range(200)))
        assert engine.calls == 1
        assert {o for _, o in results} == {Outcome.HIT}
        assert all(o.x_cache == "hit" and o.cached and o.tier == "tier1" for _, o in results)
        s = cache.stats()
        assert (s["miss"], s["coalesced"], s["hit"]) == (1, 199, 200)
        assert s["tier1"]["entries"] == 1 and s["fills_in_progress"] == 0

    run_async(main(), use_uvloop=use_uvloop)


def test_normalised_variants_share_an_entry_and_model_version_changes_the_key() -> None:
    async def main() -> None:
        cache = new_cache()
        engine = Engine()
        engine.release.set()
        assert (await cache.get_or_fill(TEXT, engine.fill))[1] is Outcome.MISS
        variant = TEXT + "😊"  # read as TEXT: the model never reads the pictograph
        assert (await cache.get_or_fill(variant, engine.fill))[1] is Outcome.HIT
        cache.model_version = "test@2"
        assert (await cache.get_or_fill(TEXT, engine.fill))[1] is Outcome.MISS
        assert engine.calls == 2

    run_async(main())


def test_failed_leader_followers_retry_once_and_succeed() -> None:
    async def main() -> None:
        cache = new_cache()
        engine = Engine(fail_first=1)
        tasks = [asyncio.create_task(cache.get_or_fill(TEXT, engine.fill)) for _ in range(50)]
        await settle(cache, cache.key(TEXT), 49)
        engine.release.set()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        errors = [r for r in results if isinstance(r, BaseException)]
        # Only the first leader sees its own fill's error; the others got the second fill.
        assert len(errors) == 1 and isinstance(errors[0], RuntimeError)
        assert engine.calls == 2
        good = [r for r in results if not isinstance(r, BaseException)]
        assert all(v == engine.value for v, _ in good)
        assert Counter(o for _, o in good) == {Outcome.MISS: 1, Outcome.COALESCED: 48}
        s = cache.stats()
        assert (s["fill_errors"], s["follower_retries"], s["follower_errors"]) == (1, 49, 0)
        assert cache.core.get(cache.key(TEXT)) == engine.value

    run_async(main())


def test_followers_get_the_error_when_the_retry_fails_too() -> None:
    async def main() -> None:
        cache = new_cache()
        engine = Engine(fail_first=100)
        tasks = [asyncio.create_task(cache.get_or_fill(TEXT, engine.fill)) for _ in range(50)]
        await settle(cache, cache.key(TEXT), 49)
        engine.release.set()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        assert all(isinstance(r, RuntimeError) for r in results)
        assert engine.calls == 2
        assert cache.core.in_flight == 0 and cache.core.get(cache.key(TEXT)) is None
        assert cache.stats()["follower_errors"] == 48

    run_async(main())


def test_cancelled_leader_does_not_cancel_the_fill_for_followers() -> None:
    async def main() -> None:
        cache = new_cache()
        engine = Engine()
        leader = asyncio.create_task(cache.get_or_fill(TEXT, engine.fill))
        await asyncio.sleep(0)
        followers = [asyncio.create_task(cache.get_or_fill(TEXT, engine.fill)) for _ in range(5)]
        await settle(cache, cache.key(TEXT), 5)
        leader.cancel()  # the leader's client disconnects
        with pytest.raises(asyncio.CancelledError):
            await leader
        engine.release.set()
        results = await asyncio.gather(*followers)
        assert engine.calls == 1 and engine.cancelled == 0
        assert {o for _, o in results} == {Outcome.COALESCED}
        assert cache.core.get(cache.key(TEXT)) == engine.value

    run_async(main())


def test_cancelled_leader_alone_cancels_its_fill_and_the_key_is_not_poisoned() -> None:
    async def main() -> None:
        cache = new_cache()
        engine = Engine()
        leader = asyncio.create_task(cache.get_or_fill(TEXT, engine.fill))
        for _ in range(100):
            if engine.calls:
                break
            await asyncio.sleep(0)
        leader.cancel()
        with pytest.raises(asyncio.CancelledError):
            await leader
        for _ in range(100):
            if engine.cancelled:
                break
            await asyncio.sleep(0)
        assert engine.cancelled == 1 and cache.core.in_flight == 0
        assert cache.stats()["fills_abandoned"] == 1
        engine.release.set()
        value, outcome = await cache.get_or_fill(TEXT, engine.fill)
        assert (value, outcome) == (engine.value, Outcome.MISS)

    run_async(main())


def test_fill_task_cancelled_before_it_ran_ends_the_flight() -> None:
    async def main() -> None:
        cache = new_cache()
        engine = Engine()
        leader = asyncio.create_task(cache.get_or_fill(TEXT, engine.fill))
        await asyncio.sleep(0)  # the leader created its fill task, which has not run yet
        assert cache.core.in_flight == 1 and len(cache._fills) == 1
        for fill_task in list(cache._fills):
            fill_task.cancel()
        with pytest.raises(FillAbandonedError):
            await leader
        assert cache.core.in_flight == 0 and engine.calls == 0
        engine.release.set()
        assert (await cache.get_or_fill(TEXT, engine.fill))[1] is Outcome.MISS

    run_async(main())


def test_follower_cancellation_does_not_disturb_the_others() -> None:
    async def main() -> None:
        cache = new_cache()
        engine = Engine()
        tasks = [asyncio.create_task(cache.get_or_fill(TEXT, engine.fill)) for _ in range(10)]
        await settle(cache, cache.key(TEXT), 9)
        for t in tasks[3:6]:
            t.cancel()
        engine.release.set()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        assert sum(isinstance(r, asyncio.CancelledError) for r in results) == 3
        assert sum(isinstance(r, tuple) for r in results) == 7
        assert engine.calls == 1

    run_async(main())


def test_fill_cancelled_twice_gives_fill_abandoned() -> None:
    async def main() -> None:
        cache = new_cache()
        engine = Engine()
        key = cache.key(TEXT)
        leader = asyncio.create_task(cache.get_or_fill(TEXT, engine.fill))
        await asyncio.sleep(0)
        followers = [asyncio.create_task(cache.get_or_fill(TEXT, engine.fill)) for _ in range(2)]
        await settle(cache, key, 2)
        # Cancel the fill task itself (as a shutdown would), not any request: the followers
        # retry once (one leads, one follows), then the second fill is cancelled too.
        for round_, expected_followers in enumerate((2, 1), start=1):
            await settle(cache, key, expected_followers)
            for _ in range(1000):
                if engine.calls == round_:
                    break
                await asyncio.sleep(0)
            for fill_task in list(cache._fills):
                fill_task.cancel()
            await asyncio.sleep(0)
        results = await asyncio.gather(leader, *followers, return_exceptions=True)
        assert all(isinstance(r, FillAbandonedError) for r in results), results
        assert engine.calls == 2 and cache.core.in_flight == 0

    run_async(main())


def test_bypass_no_cache_refreshes_and_no_store_does_not_store() -> None:
    async def main() -> None:
        cache = new_cache()
        engine = Engine()
        engine.release.set()
        await cache.get_or_fill(TEXT, engine.fill)
        engine.value = b"fresh"
        v, o = await cache.get_or_fill(TEXT, engine.fill, bypass=True, store=True)
        assert (v, o, o.x_cache, o.cached) == (b"fresh", Outcome.BYPASS, "bypass", False)
        assert (await cache.get_or_fill(TEXT, engine.fill)) == (b"fresh", Outcome.HIT)
        engine.value = b"private"
        v, o = await cache.get_or_fill("别的话", engine.fill, bypass=True, store=False)
        assert (v, o) == (b"private", Outcome.BYPASS)
        assert cache.core.get(cache.key("别的话")) is None
        assert engine.calls == 3 and cache.stats()["bypass"] == 2

    run_async(main())


def test_disabled_cache_always_fills() -> None:
    async def main() -> None:
        cache = new_cache(enabled=False)
        engine = Engine()
        engine.release.set()
        for _ in range(3):
            assert (await cache.get_or_fill(TEXT, engine.fill))[1] is Outcome.BYPASS
        assert engine.calls == 3

    run_async(main())


def test_purge_during_a_fill_keeps_the_stale_result_out() -> None:
    async def main() -> None:
        cache = new_cache()
        engine = Engine()
        task = asyncio.create_task(cache.get_or_fill(TEXT, engine.fill))
        for _ in range(100):
            if engine.calls:
                break
            await asyncio.sleep(0)
        assert (await cache.purge()) == {"tier1": 0, "tier2": None}
        engine.release.set()
        assert (await task)[1] is Outcome.MISS
        assert cache.core.get(cache.key(TEXT)) is None

    run_async(main())


def test_fill_must_return_bytes() -> None:
    async def main() -> None:
        cache = new_cache()

        async def bad() -> bytes:
            return "text"  # type: ignore[return-value]

        async def view() -> bytes:
            return memoryview(b"abc")  # type: ignore[return-value]

        with pytest.raises(TypeError):
            await cache.get_or_fill(TEXT, bad)
        assert cache.core.in_flight == 0
        assert (await cache.get_or_fill(TEXT, view)) == (b"abc", Outcome.MISS)

    run_async(main())


def test_ttl_expiry_refills() -> None:
    async def main() -> None:
        cache = ParseCache(model_version="t", max_bytes=1 << 20, ttl_s=0.05)
        engine = Engine()
        engine.release.set()
        await cache.get_or_fill(TEXT, engine.fill)
        await asyncio.sleep(0.1)
        assert (await cache.get_or_fill(TEXT, engine.fill))[1] is Outcome.MISS
        assert engine.calls == 2

    run_async(main())


def test_a_refused_miss_or_bypass_still_counts_as_one() -> None:
    # An audit: requests the engine refused (429, 503) were in no outcome of
    # autoglm_gw_cache_requests_total, which then undercounted misses under overload.
    async def main() -> None:
        cache = new_cache()
        engine = Engine(fail_first=2)
        engine.release.set()
        with pytest.raises(RuntimeError):
            await cache.get_or_fill(TEXT, engine.fill)
        with pytest.raises(RuntimeError):
            await cache.get_or_fill(TEXT, engine.fill, bypass=True)
        s = cache.stats()
        assert (s["miss"], s["bypass"], s["fill_errors"]) == (1, 1, 1)
        assert s["tier1"]["entries"] == 0

    run_async(main(), use_uvloop=False)
