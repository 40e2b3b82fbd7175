"""The reverse proxy: paths the gateway does not serve go to the upstream their route names.

A request is matched by host (a route with ``host`` before one without) and then by the longest
``prefix``. Its body is read whole (bounded by ``proxy.max_body_bytes``), so that a retry can
send it again. The upstream's server is chosen by the Rust balancer (``_core.Balancer``: the
policy, passive health from ``max_fails``/``fail_timeout``, active health from the checks here).
An attempt that fails is retried on another server, at most ``retries`` times, when the method is
idempotent or no byte of the request reached the upstream. The route's ``timeout`` bounds the
whole request, retries included. The response is streamed back as it arrives, save a small one
(a Content-Length up to WHOLE_BODY_BYTES), which is read whole and sent in one piece.

Errors: no server up, or every attempt failed, gives 502 ``upstream_unavailable``; the timeout
gives 504 ``upstream_timeout``. Both are JSON, like the gateway's own errors.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from urllib.parse import quote

from ..http.errors import ApiError
from ..http.message import Request, Response, StreamAborted, StreamingResponse
from .settings import (
    HEALTH_CHECK_TIMEOUT_S,
    ProxySettings,
    RouteSettings,
    ServerSettings,
    UpstreamSettings,
)
from .upstream_client import (
    BodyReader,
    ConnectionPool,
    UpstreamError,
    UpstreamResponse,
    end_to_end,
)

log = logging.getLogger("autoglm_gw.proxy")

# RFC 9110 9.2.2: a repeat has the same effect as one request, so a retry after the request may
# have reached the upstream is safe.
IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"})
# Request headers the proxy sets itself (the proxy is the edge: what a client claims in the
# X-Forwarded-* headers it sets is replaced, save the addresses X-Forwarded-For adds to).
_REPLACED = frozenset(
    {
        b"host",
        b"content-length",
        b"expect",
        b"x-forwarded-for",
        b"x-forwarded-proto",
        b"x-forwarded-host",
    }
)
# Bodies up to this size (by their Content-Length) are read whole and sent in one piece; larger
# ones, and chunked ones, are streamed.
WHOLE_BODY_BYTES = 64 * 1024
# What a path segment may hold unencoded (RFC 3986 pchar, and the slash).
_PATH_SAFE = "/:@!$&'()*+,;=-._~"


class Upstream:
    """One ``[proxy.upstreams.NAME]``: its servers' connection pools and the balancer."""

    def __init__(self, settings: UpstreamSettings) -> None:
        from .. import _core

        self.settings = settings
        self.servers = settings.servers
        self.pools = [ConnectionPool(s) for s in settings.servers]
        self.balancer = _core.Balancer(
            settings.policy,
            [s.weight for s in settings.servers],
            [s.backup for s in settings.servers],
            # A lone server is never taken out (as in nginx): there is no other to send to, and
            # one slow answer would otherwise refuse every request for fail_timeout.
            settings.max_fails if len(settings.servers) > 1 else 0,
            settings.fail_timeout_s,
        )
        self.outcomes: Counter[tuple[str, str]] = Counter()  # (server url, outcome)

    def close(self) -> None:
        for pool in self.pools:
            pool.close()


class Proxy:
    def __init__(self, settings: ProxySettings) -> None:
        self.settings = settings
        self.upstreams = {name: Upstream(u) for name, u in settings.upstreams.items()}
        # Host routes first, then longest prefix first: the first match wins.
        self.routes = sorted(
            settings.routes, key=lambda r: (r.host is None, -len(r.prefix), r.prefix)
        )
        self.retries = 0
        self._checks: list[asyncio.Task] = []

    # ------------------------------------------------------------------ lifecycle
    async def start(self) -> None:
        for up in self.upstreams.values():
            if up.settings.health_check is not None:
                self._checks.append(asyncio.ensure_future(self._check_forever(up)))

    async def stop(self) -> None:
        for task in self._checks:
            task.cancel()
        for task in self._checks:
            try:
                await task
            except asyncio.CancelledError:
                pass
        self._checks.clear()
        for up in self.upstreams.values():
            up.close()

    # ------------------------------------------------------------------ routing
    def match(self, host: str | None, path: str) -> RouteSettings | None:
        host = (host or "").split(":", 1)[0].lower()
        for route in self.routes:
            if route.host is not None and route.host != host:
                continue
            if path.startswith(route.prefix):
                return route
        return None

    # ------------------------------------------------------------------ forwarding
    async def handle(self, req: Request, route: RouteSettings) -> Response:
        up = self.upstreams[route.upstream]
        deadline = asyncio.get_running_loop().time() + route.timeout_s
        try:
            async with asyncio.timeout_at(deadline):
                body = await req.body()
                return await self._attempts(req, route, up, body, deadline)
        except TimeoutError:
            raise _timed_out(route) from None

    async def _attempts(
        self, req: Request, route: RouteSettings, up: Upstream, body: bytes, deadline: float
    ) -> Response:
        target = _target(req, route)
        key = _balance_key(req, up.settings.policy)
        tried: list[int] = []
        last: str = "no server is up"
        t0 = time.perf_counter()
        for attempt in range(1 + up.settings.retries):
            i = up.balancer.pick(key, tried)
            if i is None:
                break
            if attempt:
                self.retries += 1
            up.balancer.acquire(i)
            try:
                resp = await self._request(up, i, req, target, body, deadline)
                if resp.body.fits(WHOLE_BODY_BYTES):
                    # Small bodies (most API answers) are read here and sent in one piece: no
                    # stream to keep open, and the connection is back in the pool at once.
                    data = await resp.body.read_all()
                    return self._answer_whole(req, up, i, resp, data, t0)
            except UpstreamError as exc:
                up.balancer.release(i)
                if not exc.stale:  # a closed idle connection says nothing of the server
                    up.balancer.report(i, False)
                up.outcomes[(up.servers[i].url, "error")] += 1
                log.warning("proxy %s: %s", route.upstream, exc)
                last = str(exc)
                tried.append(i)
                if exc.sent and req.method not in IDEMPOTENT:
                    break  # it may have reached the upstream: a second one could repeat it
                continue
            except BaseException:
                up.balancer.release(i)
                if asyncio.get_running_loop().time() >= deadline:
                    # The route's time ran out waiting on this server: an answer that did not
                    # come is a failure (a server that accepts and never answers is taken out).
                    up.balancer.report(i, False)
                    up.outcomes[(up.servers[i].url, "error")] += 1
                raise
            return self._answer(req, route, up, i, resp, t0)
        if asyncio.get_running_loop().time() >= deadline:
            raise TimeoutError
        raise _unavailable(route, last)

    @staticmethod
    async def _request(
        up: Upstream, i: int, req: Request, target: bytes, body: bytes, deadline: float
    ) -> UpstreamResponse:
        server, pool = up.servers[i], up.pools[i]
        args = (req.method, server.base_path.encode() + target, _headers(req, server, body), body)
        try:
            return await pool.request(*args, deadline=deadline)
        except UpstreamError as exc:
            if not exc.stale or req.method not in IDEMPOTENT:
                # Not again for a POST: the server may have acted on it before closing.
                raise
        # The server had closed an idle connection, which says nothing of its health. Once more,
        # on a new connection; not counted as a retry or a failure.
        up.outcomes[(server.url, "stale_connection")] += 1
        return await pool.request(*args, fresh=True, deadline=deadline)

    def _answer_whole(
        self, req: Request, up: Upstream, i: int, resp: UpstreamResponse, data: bytes, t0: float
    ) -> Response:
        up.balancer.release(i)
        _answered(req, up, i, t0)
        # The gateway sets Content-Length for the bytes it sends.
        content_type, headers = _content_type(resp.headers, drop=b"content-length")
        return Response(data, resp.status, content_type, headers)

    def _answer(
        self,
        req: Request,
        route: RouteSettings,
        up: Upstream,
        i: int,
        resp: UpstreamResponse,
        t0: float,
    ) -> StreamingResponse:
        _answered(req, up, i, t0)  # the server stays acquired until its body ends
        content_type, headers = _content_type(resp.headers)
        return StreamingResponse(
            _ProxiedBody(resp.body, up, i, route),
            status=resp.status,
            content_type=content_type,
            headers=headers,
        )

    # ------------------------------------------------------------------ active health
    async def _check_forever(self, up: Upstream) -> None:
        check = up.settings.health_check
        assert check is not None
        while True:
            results = await asyncio.gather(
                *(self._check(pool, check.path, check.interval_s) for pool in up.pools)
            )
            before = up.balancer.states()
            for i, ok in enumerate(results):
                if ok != before[i][3]:
                    log.warning(
                        "proxy %s: %s is %s (active health check %s)",
                        up.settings.name,
                        up.servers[i].url,
                        "up" if ok else "down",
                        check.path,
                    )
                up.balancer.set_health(i, ok)
            await asyncio.sleep(check.interval_s)

    @staticmethod
    async def _check(pool: ConnectionPool, path: str, interval: float) -> bool:
        server = pool.server
        headers = [
            (b"host", server.netloc.encode()),
            (b"user-agent", b"autoglm-gw-health"),
            (b"connection", b"close"),
        ]
        target = (server.base_path + path).encode()
        try:
            async with asyncio.timeout(min(HEALTH_CHECK_TIMEOUT_S, interval)):
                # A new connection each time: a pooled one the server has just closed would
                # read as the server being down.
                resp = await pool.request("GET", target, headers, b"", fresh=True)
                async for _ in resp.body:
                    pass
        except Exception:  # whatever went wrong, the server did not pass
            return False
        return 200 <= resp.status < 400

    def stats(self) -> dict:
        """For /metrics: per upstream and server, outcomes, active requests and health."""
        out = {}
        for name, up in self.upstreams.items():
            servers = []
            for i, (active, _fails, passive_up, active_up) in enumerate(up.balancer.states()):
                url = up.servers[i].url
                servers.append(
                    {
                        "url": url,
                        "active": active,
                        "up": passive_up and active_up,
                        "ok": up.outcomes[(url, "ok")],
                        "error": up.outcomes[(url, "error")],
                        "stale_connection": up.outcomes[(url, "stale_connection")],
                    }
                )
            out[name] = servers
        return {"upstreams": out, "retries": self.retries}


class _ProxiedBody:
    """The upstream's body as the client gets it: the server's active count is released once,
    when the body ends, fails, or is closed unread (HEAD, a client gone); a body still coming at
    the route's timeout is cut there."""

    def __init__(self, body: BodyReader, up: Upstream, i: int, route: RouteSettings) -> None:
        self._body, self._up, self._i, self._route = body, up, i, route
        self._open = True

    def __aiter__(self) -> _ProxiedBody:
        return self

    async def __anext__(self) -> bytes:
        try:
            return await self._body.__anext__()
        except StopAsyncIteration:
            await self.aclose()
            raise
        except TimeoutError:
            await self.aclose()
            route = self._route
            raise StreamAborted(
                f"proxy {route.upstream}: response body cut at the route's "
                f"{route.timeout_s:g} s timeout",
                _timed_out(route),
            ) from None
        except BaseException as exc:
            await self.aclose()
            if isinstance(exc, Exception):
                raise StreamAborted(
                    f"proxy {self._route.upstream}: {exc}", _unavailable(self._route, exc)
                ) from exc
            raise

    async def aclose(self) -> None:
        if self._open:
            self._open = False
            self._up.balancer.release(self._i)
            await self._body.aclose()


def _timed_out(route: RouteSettings) -> ApiError:
    return ApiError(
        504,
        "upstream_timeout",
        f"upstream {route.upstream!r} did not answer within {route.timeout_s:g} s",
    )


def _unavailable(route: RouteSettings, why: object) -> ApiError:
    return ApiError(
        502,
        "upstream_unavailable",
        f"upstream {route.upstream!r}: {why}",
        headers=[(b"retry-after", b"1")],
    )


def _answered(req: Request, up: Upstream, i: int, t0: float) -> None:
    """Books an attempt that got an answer: passive health, metrics, Server-Timing."""
    up.balancer.report(i, True)
    up.outcomes[(up.servers[i].url, "ok")] += 1
    req.timing.add("upstream", time.perf_counter() - t0)


def _content_type(
    headers: list[tuple[bytes, bytes]], drop: bytes | None = None
) -> tuple[bytes | None, list[tuple[bytes, bytes]]]:
    """The answer's Content-Type (the gateway's Response carries it apart), and the other
    headers, less ``drop``."""
    content_type = None
    rest = []
    for name, value in headers:
        if name == b"content-type":
            content_type = value
        elif name != drop:
            rest.append((name, value))
    return content_type, rest


def _target(req: Request, route: RouteSettings) -> bytes:
    """The request target for the upstream: the path as the client sent it (percent-encoding and
    all), less the route's prefix with ``strip_prefix``, and the query."""
    path = req.path
    if any(seg in (".", "..") for seg in path.split("/")):
        # Matched on "/legacy/" but meaning "/admin" once the upstream resolves it: a prefix
        # must bound what reaches the upstream.
        raise ApiError(400, "invalid_path", "the path has '.' or '..' segments")
    raw = req.scope.get("raw_path") or quote(path).encode()
    raw = raw.split(b"?", 1)[0]
    if route.strip_prefix:
        prefix = route.prefix.encode()
        if raw.startswith(prefix):
            raw = raw[len(prefix) :]
        else:  # the prefix was written percent-encoded: cut the decoded path, encode the rest
            raw = quote(path[len(route.prefix) :], safe=_PATH_SAFE).encode()
        if not raw.startswith(b"/"):
            raw = b"/" + raw
    query = req.scope.get("query_string", b"")
    return raw + (b"?" + query if query else b"")


def _balance_key(req: Request, policy: str) -> str | None:
    if policy == "ip_hash":
        client = req.scope.get("client")
        return client[0] if client else None
    if policy == "consistent_hash":
        query = req.scope.get("query_string", b"")
        return req.path + ("?" + query.decode("latin-1") if query else "")
    return None


def _headers(req: Request, server: ServerSettings, body: bytes) -> list[tuple[bytes, bytes]]:
    sent = end_to_end([(name.lower(), value) for name, value in req.scope["headers"]])
    out = [(name, value) for name, value in sent if name not in _REPLACED]
    out.append((b"host", server.netloc.encode()))
    if body or req.method in ("POST", "PUT", "PATCH"):
        out.append((b"content-length", str(len(body)).encode()))
    client = req.scope.get("client")
    # every X-Forwarded-For line the client sent, in order: repeated lines are one list
    said = [v for n, v in req.scope["headers"] if n.lower() == b"x-forwarded-for"]
    forwarded_for = b", ".join(said) if said else None
    if client:
        ip = client[0].encode()
        forwarded_for = forwarded_for + b", " + ip if forwarded_for else ip
    if forwarded_for:
        out.append((b"x-forwarded-for", forwarded_for))
    out.append((b"x-forwarded-proto", req.scope.get("scheme", "http").encode()))
    if b"host" in req.headers:
        out.append((b"x-forwarded-host", req.headers[b"host"]))
    return out
