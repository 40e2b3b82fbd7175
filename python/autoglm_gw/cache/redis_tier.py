"""Tier 2 of the response cache: one Redis shared by every gateway instance.

The tier is an optimisation and never an error source: every operation is bounded by a connect
timeout and a command timeout, and any failure turns into "not found" (reads) or "not written"
(writes). The first failure of an outage marks the tier down and logs one warning; while down,
requests skip Redis entirely (no timeout paid) and one background task probes it with
exponential backoff; the first successful probe marks it up again and logs one line.

Purges are shared: ``purge()`` deletes the tier's keys, sets a new purge token in Redis and
publishes it; every instance listens (``start_listener``) and empties its own tier 1 when
another instance purged, including a purge it missed while disconnected (it compares the
generation when it subscribes again).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import secrets
from collections.abc import Callable
from typing import Any

import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError, ResponseError

from ..config import redis_url_numbers

__all__ = ["RedisTier"]

log = logging.getLogger("autoglm_gw.cache")

# A failure of the tier, never the request's: an outage, or a server whose replies the client
# cannot read (redis-py raises ValueError for a malformed integer reply; an audit's fake server
# made every uncached parse a 500).
_OUTAGE_ERRORS = (RedisError, OSError, asyncio.TimeoutError, ValueError, TypeError)


class RedisTier:
    """Async access to the shared tier with timeouts, outage detection and reconnection.

    ``url``: ``redis://[:password@]host:port/db``; ``socket_timeout`` and
    ``socket_connect_timeout`` given as URL query parameters override ``command_timeout_s``
    and ``connect_timeout_s``. ``max_concurrency``: Redis operations in flight at once; beyond
    it a request skips the tier rather than queue behind it.
    """

    def __init__(
        self,
        url: str,
        *,
        prefix: bytes = b"autoglm-gw:parse:",
        connect_timeout_s: float = 0.25,
        command_timeout_s: float = 0.1,
        probe_min_s: float = 0.5,
        probe_max_s: float = 10.0,
        max_concurrency: int = 128,
        max_pending_writes: int = 1024,
    ) -> None:
        self.url = url
        self.prefix = prefix
        self.channel = prefix + b"purge"
        self.generation_key = prefix + b"purge-generation"
        # Timeouts the URL gives (?socket_timeout=…&socket_connect_timeout=…) win, in the
        # deadlines below too: they had been overridden by the built-in 0.45 s (an audit).
        given = redis_url_numbers(url, ("socket_timeout", "socket_connect_timeout"))
        command_timeout_s = given.get("socket_timeout", command_timeout_s)
        connect_timeout_s = given.get("socket_connect_timeout", connect_timeout_s)
        self.connect_timeout_s = connect_timeout_s
        self.command_timeout_s = command_timeout_s
        self.probe_min_s = probe_min_s
        self.probe_max_s = probe_max_s
        self.max_concurrency = max_concurrency
        self.max_pending_writes = max_pending_writes
        self.instance_id = secrets.token_hex(8).encode()
        common: dict[str, Any] = {
            "socket_connect_timeout": connect_timeout_s,
            "retry": Retry(NoBackoff(), 0),
            "retry_on_timeout": False,
        }
        if not url.startswith("unix:"):  # (a Unix socket's connection takes no keep-alive)
            common["socket_keepalive"] = True
        self._client = aioredis.Redis.from_url(
            url,
            socket_timeout=command_timeout_s,
            max_connections=max_concurrency + 4,
            **common,
        )
        # Pub/sub waits for messages with its own timeout and pings now and then.
        self._sub_client = aioredis.Redis.from_url(
            url, socket_timeout=None, health_check_interval=15, max_connections=2, **common
        )
        # Worst case of one request-path operation (connect + command), enforced on top of the
        # socket timeouts.
        self._op_deadline_s = connect_timeout_s + 2 * command_timeout_s
        self._available = True
        self._up = asyncio.Event()
        self._up.set()
        self._closed = False
        self._active = 0
        self._probe_task: asyncio.Task[None] | None = None
        self._listen_task: asyncio.Task[None] | None = None
        self._writes: set[asyncio.Task[None]] = set()
        self._seen_generation: bytes | None = None
        self._subscribed = False
        self._logged_errors: set[str] = set()
        self.counters: dict[str, int] = dict.fromkeys(
            (
                "gets",
                "hits",
                "sets",
                "errors",
                "outages",
                "reconnects",
                "skipped_down",
                "skipped_busy",
                "writes_dropped",
                "purges_received",
            ),
            0,
        )

    # ----------------------------------------------------------------- state

    @property
    def available(self) -> bool:
        """False during an outage (between the first failure and a successful probe)."""
        return self._available

    @property
    def subscribed(self) -> bool:
        """True while the purge listener is subscribed."""
        return self._subscribed

    def _failed(self, exc: BaseException, what: str) -> None:
        self.counters["errors"] += 1
        if isinstance(exc, ResponseError):
            # The server answered: not an outage. Log each kind of refusal once, without the
            # command: a pipeline's error quotes it, and a key holds a user's utterance.
            reason = str(exc).rpartition("caused error: ")[2].strip("()',\"")
            kind = f"{what}:{reason.split(' ', 1)[0]}"
            if kind not in self._logged_errors:
                self._logged_errors.add(kind)
                log.warning("cache tier 2 (redis) refused %s: %s", what, reason)
            return
        if not self._available or self._closed:
            return
        self._available = False
        self._up.clear()
        self.counters["outages"] += 1
        log.warning(
            "cache tier 2 (redis at %s) unavailable (%s: %s); serving from tier 1 and the "
            "engine, reconnecting in the background",
            self._where(),
            type(exc).__name__,
            exc,
        )
        if self._probe_task is None or self._probe_task.done():
            self._probe_task = asyncio.get_running_loop().create_task(self._probe())

    def _where(self) -> str:
        kw = self._client.connection_pool.connection_kwargs
        if "path" in kw:
            return str(kw["path"])
        return f"{kw.get('host', '?')}:{kw.get('port', '?')}/{kw.get('db', 0)}"

    async def _probe(self) -> None:
        delay = self.probe_min_s
        with contextlib.suppress(Exception):
            await self._client.connection_pool.disconnect()
        while not self._closed:
            await asyncio.sleep(delay * random.uniform(0.75, 1.25))
            try:
                async with asyncio.timeout(self._op_deadline_s):
                    ponged = await self._client.ping()
            except asyncio.CancelledError:
                raise
            except Exception:
                ponged = False
            if ponged is not True:  # (a server answering garbage returns something else)
                delay = min(delay * 2, self.probe_max_s)
                continue
            self._available = True
            self._up.set()
            self.counters["reconnects"] += 1
            log.info("cache tier 2 (redis at %s) reachable again", self._where())
            return

    def _enter(self) -> bool:
        if not self._available:
            self.counters["skipped_down"] += 1
            return False
        if self._active >= self.max_concurrency:
            self.counters["skipped_busy"] += 1
            return False
        self._active += 1
        return True

    # ------------------------------------------------------------ operations

    async def get(self, key: bytes) -> tuple[bytes, float | None] | None:
        """``(value, seconds left or None)`` of ``key``, or None (absent, down, or failed)."""
        if not self._enter():
            return None
        self.counters["gets"] += 1
        try:
            async with asyncio.timeout(self._op_deadline_s):
                async with self._client.pipeline(transaction=False) as pipe:
                    pipe.get(self.prefix + key)
                    pipe.pttl(self.prefix + key)
                    value, pttl = await pipe.execute()
        except _OUTAGE_ERRORS as exc:
            self._failed(exc, "GET")
            return None
        finally:
            self._active -= 1
        if value is None:
            return None
        self.counters["hits"] += 1
        return value, (pttl / 1000.0 if isinstance(pttl, int) and pttl > 0 else None)

    async def set(self, key: bytes, value: bytes, ttl_s: float) -> bool:
        """Writes ``key`` for ``ttl_s`` seconds; False when it could not."""
        if not self._enter():
            return False
        try:
            async with asyncio.timeout(self._op_deadline_s):
                await self._client.set(self.prefix + key, value, px=max(1, int(ttl_s * 1000)))
        except _OUTAGE_ERRORS as exc:
            self._failed(exc, "SET")
            return False
        finally:
            self._active -= 1
        self.counters["sets"] += 1
        return True

    def set_soon(self, key: bytes, value: bytes, ttl_s: float) -> None:
        """``set`` in the background: the request never waits for it and never sees it fail."""
        if not self._available:
            self.counters["skipped_down"] += 1
            return
        if len(self._writes) >= self.max_pending_writes:
            self.counters["writes_dropped"] += 1
            return
        task = asyncio.get_running_loop().create_task(self._set_quiet(key, value, ttl_s))
        self._writes.add(task)
        task.add_done_callback(self._writes.discard)

    async def _set_quiet(self, key: bytes, value: bytes, ttl_s: float) -> None:
        with contextlib.suppress(Exception):
            await self.set(key, value, ttl_s)

    async def purge(self) -> int | None:
        """Deletes every key of the tier and tells the other instances; returns how many keys
        were deleted, or None when Redis could not be reached."""
        if not self._available:
            self.counters["skipped_down"] += 1
            return None
        deleted = 0
        try:
            cursor = 0
            while True:
                async with asyncio.timeout(self._op_deadline_s * 4):
                    cursor, keys = await self._client.scan(
                        cursor, match=self.prefix + b"*", count=1000
                    )
                    keys = [k for k in keys if k != self.generation_key]
                    if keys:
                        deleted += await self._client.unlink(*keys)
                if cursor == 0:
                    break
            async with asyncio.timeout(self._op_deadline_s * 2):
                # A new token each purge, not a counter: a counter restarted by FLUSHALL or by a
                # Redis restart without persistence gave a value the others had seen, and they
                # ignored the purge (an audit).
                generation = secrets.token_hex(16).encode()
                await self._client.set(self.generation_key, generation)
                self._seen_generation = generation
                await self._client.publish(self.channel, self.instance_id + b":" + generation)
        except _OUTAGE_ERRORS as exc:
            self._failed(exc, "PURGE")
            return None
        return deleted

    # -------------------------------------------------------- purge listener

    def start_listener(self, on_purge: Callable[[], None]) -> None:
        """Calls ``on_purge()`` whenever another instance purges (or purged while this one
        was disconnected). Idempotent."""
        if self._listen_task is None or self._listen_task.done():
            self._listen_task = asyncio.get_running_loop().create_task(self._listen(on_purge))

    async def _listen(self, on_purge: Callable[[], None]) -> None:
        while not self._closed:
            if not self._available:
                await self._up.wait()
                continue
            pubsub = self._sub_client.pubsub()
            try:
                async with asyncio.timeout(self._op_deadline_s * 4):
                    await pubsub.subscribe(self.channel)
                    # Read the generation only once the subscription is confirmed: a purge
                    # after that read is then always seen as a message.
                    while True:
                        msg = await pubsub.get_message(timeout=self._op_deadline_s)
                        if msg and msg.get("type") == "subscribe":
                            break
                    generation = await self._client.get(self.generation_key)
                if generation != self._seen_generation:
                    if self._seen_generation is not None or generation is not None:
                        # Purged while we were away (or before we started): drop tier 1.
                        self.counters["purges_received"] += 1
                        on_purge()
                    self._seen_generation = generation
                self._subscribed = True
                while not self._closed:
                    msg = await pubsub.get_message(ignore_subscribe_messages=True, timeout=5.0)
                    if not msg or msg.get("type") != "message":
                        continue
                    sender, _, generation = bytes(msg["data"]).partition(b":")
                    if generation == self._seen_generation:
                        continue
                    self._seen_generation = generation
                    if sender != self.instance_id:
                        self.counters["purges_received"] += 1
                        on_purge()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                self._failed(exc, "SUBSCRIBE")
                if self._available:
                    # Not an outage (the server refused): do not spin.
                    await asyncio.sleep(self.probe_max_s)
            finally:
                self._subscribed = False
                with contextlib.suppress(Exception):
                    await pubsub.aclose()

    # ------------------------------------------------------------- lifecycle

    async def close(self, *, drain_s: float = 1.0) -> None:
        """Waits up to ``drain_s`` for background writes, then stops everything."""
        if self._writes:
            with contextlib.suppress(Exception):
                await asyncio.wait(set(self._writes), timeout=drain_s)
        self._closed = True
        self._up.set()
        tasks = [t for t in (self._probe_task, self._listen_task, *self._writes) if t]
        for t in tasks:
            t.cancel()
        for t in tasks:
            with contextlib.suppress(BaseException):
                await t
        for c in (self._client, self._sub_client):
            with contextlib.suppress(Exception):
                await c.aclose()

    def stats(self) -> dict[str, int]:
        out = dict(self.counters)
        out["available"] = int(self._available)
        out["pending_writes"] = len(self._writes)
        out["in_flight"] = self._active
        return out
