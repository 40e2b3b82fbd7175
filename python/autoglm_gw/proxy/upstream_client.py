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
import re
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
# A server that does not accept a connection within this long is failed over (within what is
# left of the route's timeout): a host that drops SYNs would otherwise hold every request sent to
# it until the route gives up.
CONNECT_TIMEOUT_S = 3.0
_CHUNK_SIZE = re.compile(rb"^[0-9A-Fa-f]{1,16}$")

# Not forwarded in either direction (RFC 9110 7.6.1), besides those a Connection header names
# and any Proxy-* header (meant for a proxy, as Proxy-Authorization is).
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


def connection_tokens(values) -> set[bytes]:
    """The lower-case tokens of Connection header values ("close", header names, ...)."""
    return {t.strip().lower() for v in values for t in v.split(b",")}


def end_to_end(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """``headers`` (lower-case names) less the hop-by-hop ones: those of HOP_BY_HOP and those a
    Connection header names. What a proxy passes on, in either direction."""
    named = connection_tokens(v for n, v in headers if n == b"connection")
    return [
        (n, v)
        for n, v in headers
        if n not in HOP_BY_HOP and n not in named and not n.startswith(b"proxy-")
    ]


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
            async with asyncio.timeout(CONNECT_TIMEOUT_S):
                reader, writer = await asyncio.open_connection(
                    self.server.host, self.server.port, ssl=self._ssl, limit=MAX_HEAD_BYTES
                )
        except TimeoutError:
            raise UpstreamError(
                f"connect to {self.server.url}: no answer within {CONNECT_TIMEOUT_S:g} s",
                sent=False,
            ) from None
        except OSError as exc:
            raise UpstreamError(f"connect to {self.server.url}: {exc}", sent=False) from exc
        return _Conn(reader, writer)

    def _give_back(self, conn: _Conn) -> None:
        if len(self._idle) >= MAX_IDLE_PER_SERVER:
            self._idle.popleft().close()  # the oldest: the likeliest to be closed by the server
        conn.idle_since = time.monotonic()
        conn.reused = False
        self._idle.append(conn)

    def close(self) -> None:
        while self._idle:
            self._idle.pop().close()

    async def request(
        self,
        method: str,
        target: bytes,
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
        # The target goes as the client sent it, byte for byte.
        head = [method.encode("ascii") + b" " + target + b" HTTP/1.1"]
        head += [name + b": " + value for name, value in headers]
        try:
            conn.writer.write(b"\r\n".join(head) + b"\r\n\r\n" + body)
            await conn.writer.drain()
        except OSError as exc:
            conn.close()
            raise UpstreamError(
                f"send to {self.server.url}: {exc}", sent=True, stale=conn.reused
            ) from exc
        except BaseException:  # cancelled (the route's timeout, the client gone) mid-send
            conn.close()
            raise
        try:
            status, version, resp_headers, raw = await self._read_head(conn)
        except BaseException:
            conn.close()
            raise
        no_body = method == "HEAD" or status in _NO_BODY_STATUS or 100 <= status < 200
        try:
            kind, length = _framing(raw, no_body)
        except UpstreamError:
            conn.close()
            raise
        body = BodyReader(self, conn, kind, length, _keeps_alive(version, raw), deadline)
        return UpstreamResponse(status, resp_headers, body)

    async def _read_head(self, conn: _Conn) -> tuple[int, bytes, list[tuple[bytes, bytes]], dict]:
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
        if b"transfer-encoding" in raw:
            # Chunked framing is ours to undo; the ASGI server frames the body to the client.
            pairs = [(n, v) for n, v in pairs if n != b"content-length"]
        return status, parts[0], end_to_end(pairs), raw


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


def _keeps_alive(version: bytes, raw: dict[bytes, list[bytes]]) -> bool:
    tokens = connection_tokens(raw.get(b"connection", ()))
    if version == b"HTTP/1.0":  # closes unless it says otherwise
        return b"keep-alive" in tokens
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
        self._chunk_left = 0  # chunked: bytes of the current chunk not read yet

    def __aiter__(self) -> BodyReader:
        return self

    def fits(self, limit: int) -> bool:
        """Whether the body has a Content-Length of at most ``limit`` bytes. (Not a body that is
        absent: the answers to HEAD, 204 and 304 keep their own headers as they are.)"""
        return self._kind == "length" and self._left <= limit

    async def read_all(self) -> bytes:
        return b"".join([chunk async for chunk in self])

    async def __anext__(self) -> bytes:
        if self._done:
            raise StopAsyncIteration
        try:
            async with asyncio.timeout_at(self._deadline):
                chunk = await self._next()
        except (ValueError, asyncio.LimitOverrunError) as exc:  # a line past the reader's limit
            self._finish(reuse=False)
            raise BadResponseError(f"{self._pool.server.url}: {exc}", sent=True) from None
        except BaseException:
            self._finish(reuse=False)
            raise
        if chunk is None:
            self._finish(reuse=self._keep)
            raise StopAsyncIteration
        return chunk

    async def aclose(self) -> None:
        # Unread bytes would be taken for the next response: only a body that has none (HEAD,
        # 204, 304) leaves its connection fit for another request.
        self._finish(reuse=self._keep and self._kind == "none")

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
            if not self._chunk_left:
                line = await reader.readline()
                if not line.endswith(b"\n"):
                    raise UpstreamError(f"{url} ended a chunked body early", sent=True)
                size_text = line.split(b";", 1)[0].strip()
                if not _CHUNK_SIZE.match(size_text):
                    raise BadResponseError(
                        f"{url} sent a bad chunk size {size_text[:20]!r}", sent=True
                    )
                size = int(size_text, 16)
                if size == 0:
                    while (await reader.readline()).strip():  # trailers, dropped
                        pass
                    return None
                self._chunk_left = size
            # A large chunk is passed on in pieces, not held whole.
            data = await reader.read(min(self._chunk_left, READ_CHUNK))
            if not data:
                raise UpstreamError(f"{url} ended a chunk early", sent=True)
            self._chunk_left -= len(data)
            if not self._chunk_left and await reader.readexactly(2) != b"\r\n":
                raise BadResponseError(f"{url} sent a chunk without its CRLF", sent=True)
            return data
        return await reader.read(READ_CHUNK) or None  # until the connection ends
