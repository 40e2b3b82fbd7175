"""``ParseCache``: what the model produced for an utterance, cached and coalesced.

One instance per gateway worker (one event loop). ``get_or_fill(text, fill)`` answers with

1. tier 1 (``autoglm_gw._core.ResponseCache``, in-process, Rust memory) on a hit;
2. else, if an identical request is already being filled, that fill's result (``coalesced``);
3. else this request leads a *flight*: it asks tier 2 (Redis, if configured) and, on a miss,
   calls ``fill()`` once; the result goes to tier 1, to Redis (in the background), and to every
   request that joined the flight meanwhile.

The fill runs as its own task: a leader whose client goes away does not cancel it while others
wait for it (it is cancelled only when nobody waits any more). A failed or cancelled fill does
not poison its followers: each retries once (one of them leads a new fill), and gets the error
if that fails too.

Only the model's output is cached (bytes the caller serialises), keyed by the text as the model
reads it and the model version (``keys.py``); times and stores are resolved again per request.
"""

from __future__ import annotations

import asyncio
import enum
import functools
import hmac
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from .._core import ResponseCache
from .keys import KeyMaker

if TYPE_CHECKING:
    from ..config import CacheConfig
    from .redis_tier import RedisTier

__all__ = [
    "FillAbandonedError",
    "Outcome",
    "ParseCache",
    "check_purge_token",
    "parse_cache_control",
]

Fill = Callable[[], Awaitable[bytes]]


class Outcome(enum.Enum):
    """How a request was answered. ``x_cache`` is the ``x-cache`` header value, ``tier`` the
    tier that had the entry (None when the engine produced it), ``cached`` the response's
    ``cached`` field (the model output was not produced for this request or a request it
    waited on)."""

    HIT = ("hit", "tier1", True)
    HIT_TIER2 = ("hit", "tier2", True)
    MISS = ("miss", None, False)
    COALESCED = ("coalesced", None, False)
    COALESCED_TIER2 = ("coalesced", "tier2", True)
    BYPASS = ("bypass", None, False)

    def __init__(self, x_cache: str, tier: str | None, cached: bool) -> None:
        self.x_cache = x_cache
        self.tier = tier
        self.cached = cached


class FillAbandonedError(RuntimeError):
    """The fill this request led or waited on was cancelled (a follower: twice) without this
    request being cancelled, e.g. at shutdown (map to HTTP 503)."""


class _Failed:
    """What followers receive when the fill they wait on failed or was cancelled."""

    __slots__ = ("exc",)

    def __init__(self, exc: BaseException) -> None:
        self.exc = exc

    def error(self) -> BaseException:
        if isinstance(self.exc, asyncio.CancelledError):
            return FillAbandonedError("the request filling this cache entry was cancelled")
        return self.exc


class _Flight:
    """Whether a fill task ended its flight (a task cancelled before it ever ran did not)."""

    __slots__ = ("ended",)

    def __init__(self) -> None:
        self.ended = False


def parse_cache_control(value: str | None) -> tuple[bool, bool]:
    """``(bypass, store)`` for a request's ``Cache-Control`` header: ``no-store`` bypasses the
    cache and keeps the answer out of it; ``no-cache`` bypasses the lookup but stores the fresh
    answer."""
    if not value:
        return False, True
    directives = {d.split("=", 1)[0].strip().lower() for d in value.split(",")}
    if "no-store" in directives:
        return True, False
    if "no-cache" in directives:
        return True, True
    return False, True


def check_purge_token(authorization: str | None, purge_token: str | None) -> bool:
    """True when ``authorization`` is ``Bearer <purge_token>``; always False while no token is
    configured (purging is refused)."""
    if not purge_token or not authorization:
        return False
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(token.strip().encode(), purge_token.encode())


class ParseCache:
    """Tier 1 + optional tier 2 + singleflight, for one event loop."""

    def __init__(
        self,
        *,
        model_version: str,
        max_bytes: int = 64 * 1024 * 1024,
        ttl_s: float = 3600.0,
        enabled: bool = True,
        redis: RedisTier | None = None,
        shards: int = 16,
        max_entry_bytes: int | None = None,
    ) -> None:
        self.enabled = enabled
        self.ttl_s = ttl_s
        self.redis = redis
        self.core = ResponseCache(max_bytes, ttl_s, shards, max_entry_bytes=max_entry_bytes)
        self._keys = KeyMaker(model_version)
        # Bumped by every purge: a fill that started before a purge is not stored.
        self._epoch = 0
        self._fills: set[asyncio.Task[Any]] = set()
        self._n_hit = 0
        self._n_hit_tier2 = 0
        self._n_miss = 0
        self._n_coalesced = 0
        self._n_coalesced_tier2 = 0
        self._n_bypass = 0
        self._n_fill_errors = 0
        self._n_fills_abandoned = 0
        self._n_follower_retries = 0
        self._n_follower_errors = 0
        self._n_purges = 0
        self._n_remote_purges = 0

    @classmethod
    def from_config(cls, cfg: CacheConfig, *, model_version: str, **kwargs: Any) -> ParseCache:
        """From the ``[cache]`` section; tier 2 only when ``redis_url`` is set."""
        redis = None
        if cfg.enabled and cfg.redis_url:
            from .redis_tier import RedisTier

            redis = RedisTier(cfg.redis_url)
        return cls(
            model_version=model_version,
            max_bytes=cfg.max_bytes,
            ttl_s=cfg.ttl_s,
            enabled=cfg.enabled,
            redis=redis,
            **kwargs,
        )

    # -------------------------------------------------------------- lifecycle

    async def start(self) -> None:
        """Starts the shared-purge listener (when tier 2 is on)."""
        if self.redis is not None:
            self.redis.start_listener(self._remote_purge)

    async def close(self) -> None:
        if self.redis is not None:
            await self.redis.close()

    # ------------------------------------------------------------------ keys

    @property
    def model_version(self) -> str:
        return self._keys.model_version

    @model_version.setter
    def model_version(self, value: str) -> None:
        """A new model version: later requests use new keys (old entries age out)."""
        self._keys = KeyMaker(value)

    def key(self, text: str) -> bytes:
        return self._keys(text)

    # ---------------------------------------------------------------- serving

    async def get_or_fill(
        self, text: str, fill: Fill, *, bypass: bool = False, store: bool = True
    ) -> tuple[bytes, Outcome]:
        """The model's output for ``text`` and how it was obtained.

        ``fill()`` runs the model and returns its output as bytes; it is called at most once
        per flight of identical requests (twice when the first call failed). ``bypass``
        (``Cache-Control: no-cache``/``no-store``) calls ``fill()`` directly; the fresh output is
        stored unless ``store`` is False. Raises what ``fill()`` raised, or
        ``FillAbandonedError``.
        """
        if not self.enabled:
            self._n_bypass += 1
            return _as_bytes(await fill()), Outcome.BYPASS
        key = self._keys(text)
        if bypass:
            epoch = self._epoch
            self._n_bypass += 1  # counted as asked, answered or refused alike
            value = _as_bytes(await fill())
            if store and epoch == self._epoch:
                self.core.put(key, value)
                if self.redis is not None:
                    self.redis.set_soon(key, value, self.ttl_s)
            return value, Outcome.BYPASS
        loop = asyncio.get_running_loop()
        retried = False
        while True:
            got = self.core.claim(key, loop)
            if got.__class__ is bytes:
                self._n_hit += 1
                return got, Outcome.HIT
            if got is None:
                return await self._lead(key, fill, loop)
            res = await got
            if res.__class__ is tuple:
                if res[1] is Outcome.COALESCED:
                    self._n_coalesced += 1
                else:
                    self._n_coalesced_tier2 += 1
                return res
            if retried:
                self._n_follower_errors += 1
                raise res.error()
            retried = True
            self._n_follower_retries += 1

    async def _lead(
        self, key: bytes, fill: Fill, loop: asyncio.AbstractEventLoop
    ) -> tuple[bytes, Outcome]:
        flight = _Flight()
        task = loop.create_task(self._fill(key, fill, flight))
        self._fills.add(task)
        task.add_done_callback(functools.partial(self._fill_finished, key, flight))
        try:
            return await asyncio.shield(task)
        except asyncio.CancelledError:
            me = asyncio.current_task()
            if task.cancelled() and me is not None and me.cancelling() == 0:
                # The fill itself was cancelled (shutdown), not this request.
                raise FillAbandonedError("the fill of this cache entry was cancelled") from None
            # Our client went away. Keep filling for the others; stop if nobody waits.
            if not task.done() and self.core.waiting(key) == 0:
                self._n_fills_abandoned += 1
                task.cancel()
            raise

    def _fill_finished(self, key: bytes, flight: _Flight, task: asyncio.Task[Any]) -> None:
        self._fills.discard(task)
        if not flight.ended:
            # Cancelled before its first step: the body never ran, so end the flight here.
            flight.ended = True
            self.core.fill_failed(key, _Failed(asyncio.CancelledError()))
        if not task.cancelled():
            # The leader may be gone; keep asyncio from logging "never retrieved".
            task.exception()

    async def _fill(self, key: bytes, fill: Fill, flight: _Flight) -> tuple[bytes, Outcome]:
        epoch = self._epoch
        try:
            if self.redis is not None and self.redis.available:
                got = await self.redis.get(key)
                if got is not None:
                    value, ttl = got
                    self._n_hit_tier2 += 1
                    fresh = epoch == self._epoch
                    flight.ended = True
                    self.core.fill_done(
                        key,
                        (value, Outcome.COALESCED_TIER2),
                        value if fresh else None,
                        min(ttl, self.ttl_s) if ttl else None,
                    )
                    return value, Outcome.HIT_TIER2
            # Counted as the engine is asked: a refusal (429, 503) was a miss too.
            self._n_miss += 1
            value = _as_bytes(await fill())
            fresh = epoch == self._epoch
            flight.ended = True
            self.core.fill_done(key, (value, Outcome.COALESCED), value if fresh else None)
            if fresh and self.redis is not None:
                self.redis.set_soon(key, value, self.ttl_s)
            return value, Outcome.MISS
        except BaseException as exc:
            if not isinstance(exc, asyncio.CancelledError):
                self._n_fill_errors += 1
            if not flight.ended:
                flight.ended = True
                self.core.fill_failed(key, _Failed(exc))
            raise

    # ---------------------------------------------------------------- control

    async def purge(self) -> dict[str, int | None]:
        """Empties tier 1 and tier 2 and tells the other instances (through Redis).
        ``tier2`` is None when tier 2 is off or unreachable."""
        self._epoch += 1
        self._n_purges += 1
        n1 = self.core.purge()
        n2 = await self.redis.purge() if self.redis is not None else None
        return {"tier1": n1, "tier2": n2}

    def _remote_purge(self) -> None:
        self._epoch += 1
        self._n_remote_purges += 1
        self.core.purge()

    def stats(self) -> dict[str, Any]:
        """Flat counters (outcomes, fills, purges) plus ``tier1`` (``ResponseCache.stats()``) and
        ``tier2`` (``RedisTier.stats()`` or None)."""
        return {
            "hit": self._n_hit,
            "hit_tier2": self._n_hit_tier2,
            "miss": self._n_miss,
            "coalesced": self._n_coalesced,
            "coalesced_tier2": self._n_coalesced_tier2,
            "bypass": self._n_bypass,
            "fill_errors": self._n_fill_errors,
            "fills_abandoned": self._n_fills_abandoned,
            "follower_retries": self._n_follower_retries,
            "follower_errors": self._n_follower_errors,
            "purges": self._n_purges,
            "remote_purges": self._n_remote_purges,
            "fills_in_progress": len(self._fills),
            "tier1": self.core.stats(),
            "tier2": self.redis.stats() if self.redis is not None else None,
        }


def _as_bytes(value: Any) -> bytes:
    if value.__class__ is bytes:
        return value
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    raise TypeError(f"fill() must return bytes, not {type(value).__name__}")
