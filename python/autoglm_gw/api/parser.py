"""The model half of a parse: response cache, then the scheduler and engine.

Engine-side failures become the contract's overload answers here: a full queue is 429, a passed
deadline, a failed engine or a shutdown is 503, each with Retry-After.
"""

from __future__ import annotations

import asyncio
import logging
import time

import msgspec

from .. import _core, catalog
from ..cache import FillAbandonedError, ParseCache, parse_cache_control
from ..engine.admission import AdmissionLimiter
from ..engine.runtime import EngineResult, EngineRuntime, InputTooLongError
from ..http.errors import ApiError
from ..http.message import Request
from ..nlu.resolve import ModelParse

log = logging.getLogger("autoglm_gw.cache")
_encode = msgspec.msgpack.Encoder().encode
_decode = msgspec.msgpack.Decoder(ModelParse).decode

# Seconds a client should wait before retrying an overloaded or restarting engine.
RETRY_AFTER_QUEUE_FULL = b"1"
RETRY_AFTER_UNAVAILABLE = b"2"


def _readable(raw: bytes, read: str) -> ModelParse | None:
    """The cached ``raw`` as a parse of the text the model reads (``read``), or None when it is
    none: it does not decode, names no intent of ours, or has a span that is not in the text
    (every span the model gives is a piece of it)."""
    try:
        parse = _decode(raw)
    except (msgspec.DecodeError, msgspec.ValidationError):
        return None
    if parse.intent not in catalog.INTENTS:
        return None
    spans = (parse.time, parse.time2, parse.store, parse.service, parse.time_corrected)
    if any(span is not None and span not in read for span in spans):
        return None
    return parse


class ParseResult(msgspec.Struct):
    parse: ModelParse
    cached: bool
    cache_status: str  # hit | miss | coalesced | bypass


# The adaptive limit never goes below this many requests in the engine per worker.
ADMISSION_FLOOR = 4
# With a latency target the limit starts at this many full batches and adapts from there.
ADMISSION_START_BATCHES = 1


class Parser:
    def __init__(
        self,
        runtime: EngineRuntime,
        cache: ParseCache | None = None,
        *,
        latency_target_ms: float = 0.0,
    ) -> None:
        self.runtime = runtime
        self.cache = cache
        # Without a latency target the scheduler's own queue bound is the only one (its refusals
        # are 429 queue_full, counted by the scheduler).
        self.limiter = (
            AdmissionLimiter(
                ceiling=runtime.scheduler.max_queue + runtime.max_batch_size,
                floor=ADMISSION_FLOOR,
                target_s=latency_target_ms / 1000,
                initial=ADMISSION_START_BATCHES * runtime.max_batch_size,
            )
            if latency_target_ms > 0
            else None
        )

    async def run_model(
        self, text: str, req: Request | None = None, owner: asyncio.Task | None = None
    ) -> ModelParse:
        """The model's answer for one utterance (scheduler and engine, no cache)."""
        return ModelParse.from_output((await self.run_engine(text, req, owner)).output)

    async def run_engine(
        self, text: str, req: Request | None = None, owner: asyncio.Task | None = None
    ) -> EngineResult:
        """One trip through the scheduler and engine, timed as queue and engine stages; engine
        failures become the contract's 422/429/503 answers.

        ``owner``: the task serving ``req`` (the current one by default), cancelled if the
        client goes away meanwhile, so that its queue place or KV slot goes to someone else.
        Watched only here, where a request waits: a cache hit never pays for the watch."""
        limiter = self.limiter
        if limiter is not None and not limiter.try_acquire():
            raise ApiError(
                429,
                "overloaded",
                "the engine is at its latency limit; retry shortly",
                headers=[(b"retry-after", RETRY_AFTER_QUEUE_FULL)],
            )
        t0 = time.perf_counter()
        served = False
        watch: _DisconnectWatch | None = None
        if req is not None:
            watch = _DisconnectWatch(req, owner if owner is not None else asyncio.current_task())
        try:
            out = await self.runtime.parse(text)
            served = True
        except InputTooLongError as exc:
            raise ApiError(422, "input_too_long", str(exc)) from None
        except _core.QueueFullError:
            raise ApiError(
                429,
                "queue_full",
                "the engine queue is full; retry shortly",
                headers=[(b"retry-after", RETRY_AFTER_QUEUE_FULL)],
            ) from None
        except _core.DeadlineExceededError:
            _waited(req, t0)
            raise _unavailable("deadline_exceeded", "the request waited past its deadline") from (
                None
            )
        except _core.ShuttingDownError:
            _waited(req, t0)
            raise _unavailable("shutting_down", "the gateway is shutting down") from None
        except _core.EngineError:
            # The cause is the server's log's (the engine logs it); a client gets no internals
            # of ONNX Runtime (an audit found its node names in answers).
            raise _unavailable(
                "engine_unavailable", "the engine failed on this step and is restarting"
            ) from None
        finally:
            if watch is not None:
                watch.stop()
            if limiter is not None:
                limiter.release(time.perf_counter() - t0 if served else None)
        if req is not None:
            done = time.perf_counter()
            admitted = out.admitted_at if out.admitted_at else t0
            req.timing.add("queue", max(0.0, admitted - t0))
            req.timing.add("engine", max(0.0, done - admitted))
        return out

    async def parse(self, text: str, req: Request | None = None) -> ParseResult:
        """The model's answer through the response cache: a repeat never reaches the engine
        queue, and concurrent identical misses share one engine run."""
        if self.cache is None:
            parse = await self.run_model(text, req)
            return ParseResult(parse.checked_against(self._read(text)), False, "bypass")
        control = req.header(b"cache-control") if req is not None else None
        bypass, store = parse_cache_control(control)
        me = asyncio.current_task()

        async def fill() -> bytes:
            # Runs in the cache's own task: a client going away cancels its request (me), and
            # the cache keeps the fill for whoever else waits on it.
            return _encode(await self.run_model(text, req, me))

        read = self._read(text)
        try:
            raw, outcome = await self.cache.get_or_fill(text, fill, bypass=bypass, store=store)
            parse = _readable(raw, read) if outcome.cached else _decode(raw)
            if parse is None:
                # A cached value that is no answer to this text (bytes that do not decode, or
                # spans that are not in it: written to the shared Redis by something else, or
                # damaged there): never served, and replaced by the engine's (an audit had one
                # bad value answer 500 on every instance until it expired).
                log.warning("a cached parse did not fit its text: replaced by the engine's")
                raw, outcome = await self.cache.get_or_fill(text, fill, bypass=True, store=True)
                parse = _decode(raw)
        except FillAbandonedError:
            raise _unavailable("shutting_down", "the request's engine run was abandoned") from None
        # What is read off the text itself is not cached: texts sharing a key may differ in it.
        return ParseResult(parse.checked_against(read), outcome.cached, outcome.x_cache)

    def _read(self, text: str) -> str:
        """What of ``text`` the model reads (without a command for the car said beside the
        request): a time that cannot exist is looked for there, not in the command (播放2月30号的
        节目,帮我约明天的洗车 books tomorrow; a code review)."""
        return self.runtime.grammar.model_text(text)


def _waited(req: Request | None, t0: float) -> None:
    """A request refused after waiting in the queue reports that wait in Server-Timing."""
    if req is not None:
        req.timing.add("queue", time.perf_counter() - t0)


def _unavailable(code: str, message: str) -> ApiError:
    return ApiError(503, code, message, headers=[(b"retry-after", RETRY_AFTER_UNAVAILABLE)])


# A request is watched for its client going away only once it has waited this long: most are
# answered sooner and need no watch (a task and a pending read on the event loop; a timer costs
# less). Saturated HTTP runs could not tell the two apart within their noise (about 8%).
DISCONNECT_WATCH_AFTER_S = 0.05


class _DisconnectWatch:
    """Cancels ``task`` if the client of ``req`` goes away while the engine works on it."""

    __slots__ = ("_req", "_task", "_timer", "_watch")

    def __init__(self, req: Request, task: asyncio.Task | None) -> None:
        self._req, self._task = req, task
        self._watch: asyncio.Future | None = None
        loop = asyncio.get_running_loop()
        self._timer = loop.call_later(DISCONNECT_WATCH_AFTER_S, self._start)

    def _start(self) -> None:
        self._watch = asyncio.ensure_future(self._req.wait_disconnect())
        self._watch.add_done_callback(self._gone)

    def _gone(self, watch: asyncio.Future) -> None:
        if self._task is not None and not watch.cancelled() and watch.exception() is None:
            self._task.cancel()

    def stop(self) -> None:
        self._timer.cancel()
        if self._watch is not None:
            self._watch.cancel()
