"""The ASGI application: routing, lifespan, errors, Server-Timing and HTTP metrics."""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from . import __version__
from .access_log import AccessLog
from .config import Config, ConfigError, load_config
from .http.errors import ApiError, not_found
from .http.message import (
    ClientDisconnected,
    Request,
    Response,
    StreamAborted,
    StreamingResponse,
    json_response,
)
from .http.routing import Router
from .metrics import Metrics

log = logging.getLogger("autoglm_gw")

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
# A readiness check answers (ok, detail); /readyz is ready when all are ok.
ReadinessCheck = Callable[[], Awaitable[tuple[bool, str]]]
# Startup/shutdown hooks of the components that later issues plug in (engine, db, cache).
Hook = Callable[[], Awaitable[None]]

SERVER_TIMING = b"server-timing"
UNMATCHED_ROUTE = "unmatched"
# Metrics label of a proxied request: this and the route's prefix.
PROXY_ROUTE_PREFIX = "proxy:"
# How long /readyz waits for one check (the bookings store's round trip) before it counts as failed.
READINESS_CHECK_TIMEOUT_S = 2.0


class App:
    def __init__(self, config: Config, *, components: bool = True) -> None:
        """``components=False`` gives the bare HTTP shell (routing, errors, ops routes), which the
        toolkit's own tests use without loading a model."""
        self.config = config
        self.router = Router()
        self.metrics = Metrics()
        self._snapshots: asyncio.Future | None = None
        self.readiness_checks: dict[str, ReadinessCheck] = {}
        self.on_startup: list[Hook] = []
        self.on_shutdown: list[Hook] = []
        self.started = False
        # Set by the shutdown signal (begin_shutdown), which may come before start-up ends.
        self.stop_requested = False
        self.access_log = AccessLog() if config.server.access_log else None
        from .api import ops

        ops.register(self)
        self.proxy = self._make_proxy()
        if components:
            self._add_components()

    def _make_proxy(self):
        from .proxy import check_proxy

        settings = check_proxy(self.config)
        if settings is None:
            return None
        from .proxy.forward import Proxy
        from .proxy.metrics import ProxyCollector

        proxy = Proxy(settings)
        self.on_startup.append(proxy.start)
        self.on_shutdown.append(proxy.stop)
        self.metrics.add_collector(ProxyCollector(proxy))
        return proxy

    def _add_components(self) -> None:
        from .api import bookings, cache_admin, chat, openapi, parse
        from .components import Components

        self.components = Components(self.config)
        self.on_startup.append(self.components.start)
        self.on_shutdown.append(self.components.stop)
        from .cache.metrics import CacheCollector
        from .engine.metrics import EngineCollector

        self.metrics.add_collector(
            EngineCollector(
                lambda: self.components.runtime,
                lambda: self.components.parser.limiter if self.components.parser else None,
            )
        )
        self.metrics.add_collector(CacheCollector(lambda: self.components.cache))
        self.readiness_checks["engine"] = self.components.engine_ready
        self.readiness_checks["bookings"] = self.components.bookings_ready
        parse.register(self)
        bookings.register(self)
        chat.register(self)
        cache_admin.register(self)
        openapi.register(self)

    async def readiness(self) -> dict[str, tuple[bool, str]]:
        results = {"startup": (self.started, "complete" if self.started else "starting")}
        for name, check in self.readiness_checks.items():
            try:
                results[name] = await asyncio.wait_for(check(), READINESS_CHECK_TIMEOUT_S)
            except TimeoutError:
                # A database that hangs (stopped, not down) held /readyz for 20 s, past any
                # probe's own timeout (a black-box audit): not answering in time is not ready.
                results[name] = (False, f"no answer within {READINESS_CHECK_TIMEOUT_S:g} s")
            except Exception as exc:  # a failing check means not ready, never a 500
                results[name] = (False, f"{type(exc).__name__}: {exc}")
        return results

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind == "http":
            await self._http(scope, receive, send)
        elif kind == "lifespan":
            await self._lifespan(receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    await self.startup()
                except Exception as exc:
                    if isinstance(exc, StoppedWhileStarting):
                        log.info("%s", exc)
                    elif _explains_itself(exc):  # no model, no database: one line says it all
                        log.error("startup failed: %s", exc)
                    else:
                        log.exception("startup failed")
                    await send({"type": "lifespan.startup.failed", "message": str(exc)})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.shutdown()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def startup(self) -> None:
        from . import _core

        log.info(
            "autoglm-gw %s starting; Rust core %s (%s build)",
            __version__,
            _core.__version__,
            _core.BUILD_PROFILE,
        )
        for hook in self.on_startup:
            await hook()
        if self.metrics.multiprocess:  # the other workers' /metrics read this one's figures
            self._snapshots = asyncio.ensure_future(self.metrics.keep_snapshot())
        # What start-up built (model, tokenizer, grammar tables, resolvers) lives as long as the
        # worker: out of the collector's sight, a full collection under load no longer walks it
        # (it stopped the worker, event loop and engine alike, for 22-29 ms at a time).
        gc.collect()
        gc.freeze()
        if self.stop_requested:
            raise StoppedWhileStarting("told to stop while starting: this worker ends unserved")
        self.started = True

    def begin_shutdown(self) -> None:
        """The worker was told to stop: refuse new engine work and answer the queue now; told
        while starting, the start-up ends without serving (StoppedWhileStarting)."""
        self.stop_requested = True
        components = getattr(self, "components", None)
        if components is not None and components.runtime is not None:
            n = components.runtime.begin_drain()
            log.info("stopping: %d queued requests answered 503, running ones finish", n)

    async def shutdown(self) -> None:
        self.started = False
        if self._snapshots is not None:
            self._snapshots.cancel()
            self.metrics.remove_snapshot()
        for hook in reversed(self.on_shutdown):
            try:
                await hook()
            except Exception:
                log.exception("shutdown hook failed")
        if self.access_log is not None:
            self.access_log.flush()

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        server = self.config.server
        req = Request(scope, receive, server.max_body_bytes, server.body_timeout_s)
        route_label = UNMATCHED_ROUTE
        route = None
        try:
            found = self.router.resolve(scope["path"])
            if found is None:
                proxy_route = self._proxy_route(req)
                if proxy_route is None:
                    raise not_found(scope["path"])
                route_label = PROXY_ROUTE_PREFIX + proxy_route.prefix
                req.max_body = self.config.proxy.max_body_bytes
                resp = await self.proxy.handle(req, proxy_route)  # type: ignore[union-attr]
                resp = await _primed(req, resp)
            else:
                route, req.params = found
                route_label = route.template
                handler = route.handlers.get(scope["method"])
                if handler is None:
                    allowed = ", ".join(sorted(route.handlers)).encode()
                    raise ApiError(
                        405,
                        "method_not_allowed",
                        f"{scope['method']} is not allowed on {route.template}",
                        headers=[(b"allow", allowed)],
                    )
                resp = await handler(req)
        except ApiError as exc:
            resp = json_response(exc.body(), exc.status, exc.headers)
        except ClientDisconnected:
            self._client_gone(req, route_label)
            return
        except asyncio.CancelledError:
            if not req.gone:
                raise
            # Cancelled because the client went away (Parser): nobody is left to answer.
            task = asyncio.current_task()
            if task is not None:
                task.uncancel()
            self._client_gone(req, route_label)
            return
        except Exception:
            log.exception("unhandled error on %s %s", scope["method"], scope["path"])
            err = ApiError(500, "internal_error", "internal server error")
            resp = json_response(err.body(), 500)
        if resp.status >= 400 and route is not None and route.error_headers:
            _add_missing(resp.headers, route.error_headers)
        try:
            await self._send(req, resp, send)
        except StreamAborted:
            self.metrics.observe_http(route_label, scope["method"], resp.status, _since(req))
            raise
        elapsed = _since(req)
        self.metrics.observe_http(route_label, scope["method"], resp.status, elapsed)
        if self.access_log is not None:
            refusal = any(name == b"retry-after" for name, _ in resp.headers)
            self.access_log.record(scope, resp.status, elapsed, refusal)

    def _proxy_route(self, req: Request):
        """The reverse proxy's route for a path the gateway does not serve, if any."""
        if self.proxy is None:
            return None
        return self.proxy.match(req.header(b"host"), req.path)

    def _client_gone(self, req: Request, route_label: str) -> None:
        self.metrics.observe_http(route_label, req.method, 499, _since(req))
        if self.access_log is not None:
            self.access_log.record(req.scope, 499, _since(req), refusal=False)

    @staticmethod
    async def _send(req: Request, resp: Response, send: Send) -> None:
        streaming = isinstance(resp, StreamingResponse)
        headers = [(b"content-type", resp.content_type)] if resp.content_type is not None else []
        if not streaming:
            headers.append((b"content-length", str(len(resp.body)).encode()))
        headers += [(SERVER_TIMING, req.timing.header()), *resp.headers]
        try:
            await send({"type": "http.response.start", "status": resp.status, "headers": headers})
        except BaseException:
            if streaming:
                await _close(resp.chunks)
            raise
        if streaming:
            if req.method != "HEAD":
                await _stream(resp, send)
            else:
                await _close(resp.chunks)
                await send({"type": "http.response.body", "body": b""})
            return
        body = b"" if req.method == "HEAD" else resp.body
        await send({"type": "http.response.body", "body": body})


def _add_missing(headers: list[tuple[bytes, bytes]], extra: list[tuple[bytes, bytes]]) -> None:
    names = {name for name, _ in headers}
    headers.extend((name, value) for name, value in extra if name not in names)


async def _primed(req: Request, resp: Response) -> Response:
    """A streamed answer with its first chunk already produced, so that a producer that fails
    before its first byte (a proxied body that stalls past the route's timeout or breaks) is
    answered with its error, not with granian's own bare 500 in place of headers never flushed
    (an audit); after the first byte a failure can only cut the body."""
    if not isinstance(resp, StreamingResponse) or req.method == "HEAD":
        return resp
    chunks = aiter(resp.chunks)
    try:
        first = await anext(chunks)
    except StopAsyncIteration:
        first = None
    except StreamAborted as exc:
        await _close(chunks)
        if exc.error is None:
            raise
        raise exc.error from exc
    resp.chunks = _after(first, chunks)
    return resp


async def _after(first: bytes | None, rest):
    """``first`` (when there is one), then the rest of the stream, which is closed at the end."""
    try:
        if first is not None:
            yield first
        async for chunk in rest:
            yield chunk
    finally:
        await _close(rest)


async def _stream(resp: StreamingResponse, send: Send) -> None:
    """Sends a streamed body chunk by chunk. The headers are out, so a failure can only end the
    body early; a client that went away ends it too. The producer is closed either way, so
    that what it holds (a proxied connection) is let go now, not when it is collected."""
    try:
        async for chunk in resp.chunks:
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
    except OSError:  # the server's way to say that the client is gone
        return
    except StreamAborted as exc:
        log.warning("streamed response cut: %s", exc)
        raise  # out of the ASGI call, unfinished: the server drops the connection
    except Exception:
        log.exception("streamed response failed after its first byte")
    finally:
        await _close(resp.chunks)
    await send({"type": "http.response.body", "body": b""})


async def _close(chunks) -> None:
    aclose = getattr(chunks, "aclose", None)
    if aclose is not None:
        try:
            await aclose()
        except Exception:
            log.exception("closing a streamed response failed")


class StoppedWhileStarting(RuntimeError):
    """The worker was told to stop before its start-up ended: it ends without serving."""


def _explains_itself(exc: Exception) -> bool:
    """A start-up failure whose message is the whole story (a missing model, an unreachable
    database, a bad setting): logged in one line, not a traceback per worker attempt."""
    from .booking.errors import BackendUnavailableError
    from .engine.backend import EngineUnavailableError

    return isinstance(exc, BackendUnavailableError | EngineUnavailableError | ConfigError)


def _since(req: Request) -> float:
    return time.perf_counter() - req.timing.t0


def create_app(config: Config | None = None) -> App:
    """Factory used by granian in each worker: config comes from the file and environment."""
    in_worker = config is None
    config = load_config() if config is None else config
    app = App(config)  # checks the proxy's settings too (ConfigError)
    if in_worker:  # in a granian worker: drain as soon as the worker is told to stop
        from .worker_signals import drain_on_signal, stop_with_parent

        drain_on_signal(app.begin_shutdown)
        stop_with_parent()
    return app
