"""Request and Response objects over raw ASGI scope/receive."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterable, Awaitable, Callable
from typing import Any
from urllib.parse import parse_qsl

import msgspec

from .errors import ApiError

_json_encode = msgspec.json.Encoder().encode

JSON = b"application/json"


class Timing:
    """Stages a request went through, rendered as one Server-Timing header."""

    __slots__ = ("stages", "t0")

    def __init__(self) -> None:
        self.t0 = time.perf_counter()
        self.stages: list[tuple[str, float]] = []

    def add(self, stage: str, seconds: float) -> None:
        """Time spent in ``stage``; a stage gone through twice (two database calls) is summed, so
        that each name stands once in the header."""
        for k, (name, secs) in enumerate(self.stages):
            if name == stage:
                self.stages[k] = (name, secs + seconds)
                return
        self.stages.append((stage, seconds))

    def header(self) -> bytes:
        total = time.perf_counter() - self.t0
        parts = [f"{name};dur={secs * 1000:.3f}" for name, secs in self.stages]
        parts.append(f"total;dur={total * 1000:.3f}")
        return ", ".join(parts).encode()


# Reads after the body before the client's going away is reported: granian answers the first
# with an empty chunk and holds the next until the connection closes.
DISCONNECT_READS = 3


class Request:
    __slots__ = (
        "_body",
        "_headers",
        "body_timeout",
        "gone",
        "max_body",
        "params",
        "receive",
        "scope",
        "timing",
    )

    def __init__(
        self,
        scope: dict[str, Any],
        receive: Callable[[], Awaitable[dict[str, Any]]],
        max_body: int,
        body_timeout: float | None = None,
    ) -> None:
        self.scope = scope
        self.receive = receive
        self.max_body = max_body
        self.body_timeout = body_timeout
        self.params: dict[str, str] = {}
        self.timing = Timing()
        self._body: bytes | None = None
        self._headers: dict[bytes, bytes] | None = None
        self.gone = False  # the client went away while we worked on its request

    @property
    def method(self) -> str:
        return self.scope["method"]

    @property
    def path(self) -> str:
        return self.scope["path"]

    @property
    def headers(self) -> dict[bytes, bytes]:
        """Lower-case header names; the last value wins for repeated names."""
        if self._headers is None:
            self._headers = {k.lower(): v for k, v in self.scope["headers"]}
        return self._headers

    def header(self, name: bytes) -> str | None:
        value = self.headers.get(name)
        return None if value is None else value.decode("latin-1")

    @property
    def query(self) -> dict[str, str]:
        """The query's parameters, decoded as UTF-8 whether sent raw or %-escaped (a plate
        number such as 京A·12345 comes either way); 400 ``invalid_query`` when they are not
        UTF-8, rather than a lookup of mojibake that finds nothing."""
        raw = self.scope.get("query_string", b"")
        if not raw:
            return {}
        try:
            return dict(parse_qsl(raw.decode("utf-8"), errors="strict"))
        except UnicodeDecodeError:
            raise ApiError(400, "invalid_query", "the query string is not UTF-8") from None

    async def body(self) -> bytes:
        """Reads the whole body, refusing with 413 once it passes the configured limit."""
        if self._body is not None:
            return self._body
        declared = self.headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body:
            raise _too_large(self.max_body)
        try:
            async with asyncio.timeout(self.body_timeout):
                self._body = await self._read_body()
        except TimeoutError:
            raise ApiError(
                408,
                "body_timeout",
                f"the request body did not arrive within {self.body_timeout:g} s",
                headers=[(b"connection", b"close")],
            ) from None
        return self._body

    async def _read_body(self) -> bytes:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await self.receive()
            if message["type"] == "http.disconnect":
                raise ClientDisconnected
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                raise _too_large(self.max_body)
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    async def wait_disconnect(self) -> None:
        """Returns when the client goes away; call it only once the body is read. A server that
        keeps answering reads with empty chunks instead is not watched (this never returns)."""
        for _ in range(DISCONNECT_READS):
            if (await self.receive())["type"] == "http.disconnect":
                self.gone = True
                return
        await asyncio.get_running_loop().create_future()


class ClientDisconnected(Exception):
    """The client went away before we read its request."""


def _too_large(limit: int) -> ApiError:
    # The rest of the body is never read, so the connection cannot carry another request: say so,
    # or a keep-alive client sends its next request into a socket the server then closes.
    return ApiError(
        413,
        "payload_too_large",
        f"request body exceeds {limit} bytes",
        headers=[(b"connection", b"close")],
    )


class Response:
    __slots__ = ("body", "content_type", "headers", "status")

    def __init__(
        self,
        body: bytes = b"",
        status: int = 200,
        content_type: bytes | None = JSON,  # None: no Content-Type (a proxied answer had none)
        headers: list[tuple[bytes, bytes]] | None = None,
    ) -> None:
        self.body = body
        self.status = status
        self.content_type = content_type
        self.headers = headers if headers is not None else []


class StreamAborted(Exception):
    """A streamed body's producer could not finish it (a proxied upstream failed or the route's
    time ran out). The body must end as cut, not as complete: the connection is dropped rather
    than closed with the final empty chunk, so that the client sees a truncated response.
    ``error`` is what to answer instead when no byte of the body has been produced yet."""

    def __init__(self, message: str, error: ApiError | None = None) -> None:
        super().__init__(message)
        self.error = error


class StreamingResponse(Response):
    """A response whose body is produced while it is sent (server-sent events): no
    content-length, one ASGI body message per chunk."""

    __slots__ = ("chunks",)

    def __init__(
        self,
        chunks: AsyncIterable[bytes],
        status: int = 200,
        content_type: bytes | None = JSON,
        headers: list[tuple[bytes, bytes]] | None = None,
    ) -> None:
        super().__init__(b"", status, content_type, headers)
        self.chunks = chunks


def json_response(
    obj: Any, status: int = 200, headers: list[tuple[bytes, bytes]] | None = None
) -> Response:
    return Response(_json_encode(obj), status, JSON, headers)
