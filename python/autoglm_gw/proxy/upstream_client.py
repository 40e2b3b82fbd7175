"""A small HTTP/1.1 client for the reverse proxy: keep-alive connections pooled per server, the
request sent whole (the proxy buffers it, so that a retry can send it again), the response head
read before the body, and the body streamed as it arrives (Content-Length, chunked, or up to the
connection's end).

It knows whether any byte of a request reached the upstream, which decides whether a failed
attempt may be retried for a non-idempotent method (CONTRACT.md: "retries: idempotent requests, or
before any byte reached the upstream").
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections import deque
from dataclasses import dataclass

from .settings import ServerSettings

# Idle keep-alive connections kept per server.
MAX_IDLE_PER_SERVER = 32
# An idle connection older than this is closed rather than reused: servers close idle
# keep-alive connections after a few seconds (5 s is common), and a request written into one
# the server is closing fails through no fault of the server.
MAX_IDLE_S = 2.0
READ_CHUNK = 64 * 1024
MAX_HEAD_BYTES = 64 * 1024

# Not forwarded in either direction (RFC 9110 7.6.1), besides those a Connection header names.
HOP_BY_HOP = frozenset(
    {
        b"connection",
        b"keep-alive",
        b"proxy-connection",
        b"proxy-authenticate",
        b"proxy-authorization",
        b"te",
        b"trailer",
        b"transfer-encoding",
        b"upgrade",
    }
)
_NO_BODY_STATUS = (204, 304)


class UpstreamError(Exception):
    """An attempt failed. ``sent``: some byte of the request may have reached the upstream.
    ``stale``: it failed on a reused idle connection before any answer (the server had closed it),
    which says nothing about the server's health."""

    def __init__(self, message: str, *, sent: bool, stale: bool = False) -> None:
        super().__init__(message)
        self.sent = sent
        self.stale = stale


class BadResponseError(UpstreamError):
    """The upstream answered something that is not HTTP/1.x."""


@dataclass(slots=True)
class _Conn:
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    idle_since: float = 0.0
    reused: bool = False

    def close(self) -> None:
        self.writer.close()


@dataclass(slots=True)
class UpstreamResponse:
    status: int
    headers: list[tuple[bytes, bytes]]  # hop-by-hop headers already removed
    body: BodyReader


class ConnectionPool:
    """Idle connections to one server."""

    def __init__(self, server: ServerSettings) -> None:
        self.server = server
        self._idle: deque[_Conn] = deque()
        self._ssl = ssl.create_default_context() if server.scheme == "https" else None

    async def _take(self, fresh: bool) -> _Conn:
        now = time.monotonic()
        while self._idle and not fresh:
            conn = self._idle.pop()  # the most recently used: least likely closed by the server
            if now - conn.idle_since <= MAX_IDLE_S and not conn.reader.at_eof():
                conn.reused = True
                return conn
            conn.close()
        try:
            reader, writer = await asyncio.open_connection(
                self.server.host, self.server.port, ssl=self._ssl, limit=MAX_HEAD_BYTES
            )
        except OSError as exc:
            raise UpstreamError(f"connect to {self.server.url}: {exc}", sent=False) from exc
        return _Conn(reader, writer)

    def _give_back(self, conn: _Conn) -> None:
        if len(self._idle) >= MAX_IDLE_PER_SERVER:
            conn.close()
            return
        conn.idle_since = time.monotonic()
        self._idle.append(conn)

    def close(self) -> None:
        while self._idle:
            self._idle.pop().close()

    async def request(
        self,
        method: str,
        target: str,
        headers: list[tuple[bytes, bytes]],
        body: bytes,
        *,
        fresh: bool = False,
        deadline: float | None = None,
    ) -> UpstreamResponse:
        """Sends one request and reads the response head; the body is then read through
        ``response.body`` (and the connection goes back to the pool once it is read whole).
        ``fresh``: on a new connection, not an idle one. ``deadline`` (the event loop's clock)
        bounds each read of the body; the caller bounds the head."""
        conn = await self._take(fresh)
        head = [f"{method} {target} HTTP/1.1".encode()]
        head += [name + b": " + value for name, value in headers]
        try:
            conn.writer.write(b"\r\n".join(head) + b"\r\n\r\n" + body)
            await conn.writer.drain()
        except OSError as exc:
            conn.close()
            raise UpstreamError(
                f"send to {self.server.url}: {exc}", sent=True, stale=conn.reused
            ) from exc
        try:
            status, resp_headers, raw = await self._read_head(conn)
        except asyncio.CancelledError:
            conn.close()
            raise
        except UpstreamError:
            conn.close()
            raise
        no_body = method == "HEAD" or status in _NO_BODY_STATUS or 100 <= status < 200
        try:
            kind, length = _framing(raw, no_body)
        except UpstreamError:
            conn.close()
            raise
        body = BodyReader(self, conn, kind, length, _keeps_alive(raw), deadline)
        return UpstreamResponse(status, resp_headers, body)

    async def _read_head(self, conn: _Conn) -> tuple[int, list[tuple[bytes, bytes]], dict]:
        while True:
            try:
                head = await conn.reader.readuntil(b"\r\n\r\n")
            except asyncio.IncompleteReadError as exc:
                # Nothing at all back on a reused connection: the server had closed it.
                stale = conn.reused and not exc.partial
                raise UpstreamError(
                    f"{self.server.url} closed the connection before answering",
                    sent=True,
                    stale=stale,
                ) from None
            except asyncio.LimitOverrunError:
                raise BadResponseError(
                    f"{self.server.url} sent a response head over {MAX_HEAD_BYTES} bytes", sent=True
                ) from None
            except OSError as exc:
                raise UpstreamError(
                    f"read from {self.server.url}: {exc}", sent=True, stale=conn.reused
                ) from exc
            lines = head[:-4].split(b"\r\n")
            parts = lines[0].split(b" ", 2)
            if len(parts) < 2 or not parts[0].startswith(b"HTTP/1.") or not parts[1].isdigit():
                raise BadResponseError(
                    f"{self.server.url} answered {lines[0][:80]!r}, not HTTP/1.x", sent=True
                )
            status = int(parts[1])
            if status == 101 or not 100 <= status < 200:
                break
            # 1xx informational answers (103 Early Hints, a stray 100): the real one follows.
        raw: dict[bytes, list[bytes]] = {}
        pairs: list[tuple[bytes, bytes]] = []
        for line in lines[1:]:
            name, sep, value = line.partition(b":")
            if not sep:
                raise BadResponseError(f"{self.server.url} sent a bad header line", sent=True)
            name, value = name.strip().lower(), value.strip()
            raw.setdefault(name, []).append(value)
            pairs.append((name, value))
        named = {t.strip().lower() for v in raw.get(b"connection", ()) for t in v.split(b",")}
        if b"transfer-encoding" in raw:
            # Chunked framing is ours to undo; the ASGI server frames the body to the client.
            pairs = [(n, v) for n, v in pairs if n != b"content-length"]
        out = [(n, v) for n, v in pairs if n not in HOP_BY_HOP and n not in named]
        return status, out, raw


def _framing(raw: dict[bytes, list[bytes]], no_body: bool) -> tuple[str, int]:
    if no_body:
        return ("none", 0)
    te = b",".join(raw.get(b"transfer-encoding", ())).lower()
    if te:
        if te.rsplit(b",", 1)[-1].strip() == b"chunked":
            return ("chunked", 0)
        return ("close", 0)
    lengths = raw.get(b"content-length")
    if lengths:
        values = {v.strip() for v in lengths}
        if len(values) != 1 or not next(iter(values)).isdigit():
            raise BadResponseError("conflicting or bad Content-Length from upstream", sent=True)
        n = int(next(iter(values)))
        return ("length", n) if n else ("none", 0)
    return ("close", 0)


def _keeps_alive(raw: dict[bytes, list[bytes]]) -> bool:
    tokens = {t.strip().lower() for v in raw.get(b"connection", ()) for t in v.split(b",")}
    return b"close" not in tokens


class BodyReader:
    """The response body as an async iterator of chunks. Read whole, its connection goes back to
    the pool; closed before that (``aclose``: the client went away, HEAD, a failure), the
    connection is closed, since the rest of the body would still be on it."""

    def __init__(
        self,
        pool: ConnectionPool,
        conn: _Conn,
        kind: str,
        length: int,
        keep: bool,
        deadline: float | None,
    ) -> None:
        self._pool, self._conn = pool, conn
        self._kind, self._left = kind, length
        self._keep = keep and kind != "close"
        self._deadline = deadline
        self._done = False

    def __aiter__(self) -> BodyReader:
        return self

    async def __anext__(self) -> bytes:
        if self._done:
            raise StopAsyncIteration
        try:
            async with asyncio.timeout_at(self._deadline):
                chunk = await self._next()
        except BaseException:
            self._finish(reuse=False)
            raise
        if chunk is None:
            self._finish(reuse=self._keep)
            raise StopAsyncIteration
        return chunk

    async def aclose(self) -> None:
        self._finish(reuse=False)

    def _finish(self, reuse: bool) -> None:
        if self._done:
            return
        self._done = True
        if reuse:
            self._pool._give_back(self._conn)
        else:
            self._conn.close()

    async def _next(self) -> bytes | None:
        reader, url = self._conn.reader, self._pool.server.url
        if self._kind == "none":
            return None
        if self._kind == "length":
            if not self._left:
                return None
            chunk = await reader.read(min(self._left, READ_CHUNK))
            if not chunk:
                raise UpstreamError(f"{url} ended the body early", sent=True)
            self._left -= len(chunk)
            return chunk
        if self._kind == "chunked":
            line = await reader.readline()
            if not line.endswith(b"\n"):
                raise UpstreamError(f"{url} ended a chunked body early", sent=True)
            size_text = line.split(b";", 1)[0].strip()
            try:
                size = int(size_text, 16)
            except ValueError:
                raise BadResponseError(
                    f"{url} sent a bad chunk size {size_text[:20]!r}", sent=True
                ) from None
            if size == 0:
                while (await reader.readline()).strip():  # trailers, dropped
                    pass
                return None
            data = await reader.readexactly(size + 2)
            return data[:-2]
        return await reader.read(READ_CHUNK) or None  # until the connection ends
