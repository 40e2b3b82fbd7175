"""HTTP backend: forwards resolved bookings to an existing booking service.

The wire protocol is described in docs/booking.md (the reference server is
``autoglm_gw.booking.http_server``). This module carries its own small HTTP/1.1 client on
asyncio streams (keep-alive pool, Content-Length or chunked bodies) so that serving needs no
extra dependency and runs on whatever loop granian gives it (uvloop).

Reliability: each attempt is limited to ``timeout_s``; connection failures, timeouts and
502/503/504 answers are retried up to ``retries`` times with exponential backoff. Every booking
POST carries an ``Idempotency-Key`` (the caller's, or a fresh one per call), so a retry after a
lost answer returns the booking the first attempt made instead of making a second one. When
every attempt fails the call raises ``BackendUnavailableError`` (503) naming the service and
the last cause.
"""

from __future__ import annotations

import asyncio
import random
import ssl
import uuid
from datetime import datetime
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import msgspec

from autoglm_gw.booking.errors import (
    ERRORS_BY_CODE,
    AlreadyCancelledError,
    BackendError,
    BackendUnavailableError,
    BookingError,
    BookingNotFoundError,
)
from autoglm_gw.booking.models import Booking, NewBooking, SlotAvailability
from autoglm_gw.booking.slots import zone_of

MAX_RESPONSE_BYTES = 8 * 1024 * 1024
RETRY_STATUSES = frozenset({502, 503, 504})


class HttpResponse(msgspec.Struct):
    status: int
    headers: dict[str, str]
    body: bytes


class _StaleConnection(Exception):
    """A pooled keep-alive connection was closed by the server before answering."""


class HttpClient:
    """Minimal HTTP/1.1 client with a keep-alive pool, per-attempt timeout and retries."""

    def __init__(
        self,
        base_url: str,
        *,
        timeout_s: float = 5.0,
        retries: int = 2,
        max_connections: int = 32,
        backoff_s: float = 0.05,
    ) -> None:
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(
                f"booking service URL must be http(s)://host[:port][/prefix]: {base_url!r}"
            )
        self.base_url = base_url.rstrip("/")
        self.host = parts.hostname
        self.port = parts.port or (443 if parts.scheme == "https" else 80)
        self.ssl: ssl.SSLContext | None = (
            ssl.create_default_context() if parts.scheme == "https" else None
        )
        self.prefix = parts.path.rstrip("/")
        host_header = self.host if ":" not in self.host else f"[{self.host}]"
        default_port = 443 if parts.scheme == "https" else 80
        self.host_header = (
            host_header if self.port == default_port else f"{host_header}:{self.port}"
        )
        self.timeout_s = timeout_s
        self.retries = retries
        self.backoff_s = backoff_s
        self.max_connections = max_connections
        self._idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
        self._sem: asyncio.Semaphore | None = None

    async def close(self) -> None:
        idle, self._idle = self._idle, []
        for _, writer in idle:
            writer.close()

    async def request(
        self,
        method: str,
        path: str,
        *,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[HttpResponse, int]:
        """Send with retries; returns the response and how many times the request was sent
        (more than 1 means an earlier send may have reached the service)."""
        if self._sem is None:
            self._sem = asyncio.Semaphore(self.max_connections)
        target = self.prefix + path
        head = [
            f"{method} {target} HTTP/1.1",
            f"Host: {self.host_header}",
            "Accept: application/json",
        ]
        for k, v in (headers or {}).items():
            head.append(f"{k}: {v}")
        payload = body or b""
        if body is not None or method in ("POST", "PUT", "PATCH"):
            head.append("Content-Type: application/json")
            head.append(f"Content-Length: {len(payload)}")
        raw = ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + payload

        last: BaseException | HttpResponse | None = None
        sends = [0]
        attempts = self.retries + 1
        for attempt in range(1, attempts + 1):
            if attempt > 1:
                delay = min(self.backoff_s * 2 ** (attempt - 2), 1.0)
                await asyncio.sleep(delay * random.uniform(0.5, 1.0))
            try:
                async with self._sem, asyncio.timeout(self.timeout_s):
                    resp = await self._exchange(method, raw, sends)
            except (OSError, TimeoutError, EOFError, _StaleConnection) as exc:
                last = exc
                continue
            if resp.status in RETRY_STATUSES and attempt < attempts:
                last = resp
                continue
            return resp, sends[0]
        if isinstance(last, HttpResponse):
            return last, sends[0]
        cause = "timed out" if isinstance(last, TimeoutError) else repr(last)
        raise BackendUnavailableError(
            f"booking service {self.base_url} unreachable after {attempts} attempt(s): {cause}"
        )

    async def _connect(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        return await asyncio.open_connection(self.host, self.port, ssl=self.ssl, limit=2**16)

    async def _exchange(self, method: str, raw: bytes, sends: list[int]) -> HttpResponse:
        while True:
            reused = bool(self._idle)
            reader, writer = self._idle.pop() if reused else await self._connect()
            try:
                sends[0] += 1
                writer.write(raw)
                await writer.drain()
                status_line = await reader.readline()
                if not status_line:
                    raise _StaleConnection("connection closed before the response")
            except (OSError, _StaleConnection):
                writer.close()
                if reused:
                    continue  # a stale keep-alive connection: once more on a fresh one
                raise
            except BaseException:
                writer.close()
                raise
            try:
                resp, keep = await self._read_response(method, status_line, reader)
            except BaseException:
                writer.close()
                raise
            if keep and len(self._idle) < self.max_connections:
                self._idle.append((reader, writer))
            else:
                writer.close()
            return resp

    @staticmethod
    async def _read_response(
        method: str, status_line: bytes, reader: asyncio.StreamReader
    ) -> tuple[HttpResponse, bool]:
        try:
            version, status_s, *_ = status_line.decode("latin-1").split(" ", 2)
            status = int(status_s)
        except ValueError as exc:
            raise BackendError(f"malformed status line {status_line[:80]!r}") from exc
        headers: dict[str, str] = {}
        while True:
            line = await reader.readline()
            if not line:
                raise EOFError("connection closed inside the response headers")
            if line in (b"\r\n", b"\n"):
                break
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        keep = version == "HTTP/1.1" and headers.get("connection", "").lower() != "close"
        if method == "HEAD" or status in (204, 304) or status < 200:
            return HttpResponse(status, headers, b""), keep
        if "chunked" in headers.get("transfer-encoding", "").lower():
            chunks: list[bytes] = []
            total = 0
            while True:
                size_line = await reader.readline()
                if not size_line:
                    raise EOFError("connection closed inside a chunked body")
                size = int(size_line.split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    break
                total += size
                if total > MAX_RESPONSE_BYTES:
                    raise BackendError("response body too large")
                chunks.append(await reader.readexactly(size))
                await reader.readexactly(2)
            return HttpResponse(status, headers, b"".join(chunks)), keep
        if "content-length" in headers:
            length = int(headers["content-length"])
            if length > MAX_RESPONSE_BYTES:
                raise BackendError("response body too large")
            return HttpResponse(status, headers, await reader.readexactly(length)), keep
        body = await reader.read(MAX_RESPONSE_BYTES)
        return HttpResponse(status, headers, body), False


class _Bookings(msgspec.Struct):
    bookings: list[Booking]


class _Slots(msgspec.Struct):
    slots: list[SlotAvailability]


class _ErrorInner(msgspec.Struct):
    code: str
    message: str = ""


class _ErrorBody(msgspec.Struct):
    error: _ErrorInner


_booking_dec = msgspec.json.Decoder(Booking)
_bookings_dec = msgspec.json.Decoder(_Bookings)
_slots_dec = msgspec.json.Decoder(_Slots)
_error_dec = msgspec.json.Decoder(_ErrorBody)
_enc = msgspec.json.Encoder()


def _localize(b: Booking) -> Booking:
    zone = zone_of(b.store_id)
    return msgspec.structs.replace(
        b,
        start=b.start.astimezone(zone),
        end=b.end.astimezone(zone),
        created_at=b.created_at.astimezone(zone),
        updated_at=b.updated_at.astimezone(zone),
    )


def _error_for(resp: HttpResponse) -> BookingError:
    try:
        err = _error_dec.decode(resp.body).error
    except (msgspec.DecodeError, UnicodeDecodeError):
        err = None
    if err is not None and err.code in ERRORS_BY_CODE:
        return ERRORS_BY_CODE[err.code]()
    if resp.status in RETRY_STATUSES:
        return BackendUnavailableError(f"booking service answered HTTP {resp.status}")
    code = err.code if err is not None else "-"
    return BackendError(f"booking service answered HTTP {resp.status} ({code})")


def _decode(dec: msgspec.json.Decoder, resp: HttpResponse) -> Any:
    try:
        return dec.decode(resp.body)
    except msgspec.DecodeError as exc:
        raise BackendError(f"undecodable answer from the booking service: {exc}") from exc


class HttpBookingStore:
    """``BookingStore`` that talks to a booking service over HTTP (see docs/booking.md)."""

    def __init__(self, base_url: str, *, timeout_s: float = 5.0, retries: int = 2) -> None:
        self.client = HttpClient(base_url, timeout_s=timeout_s, retries=retries)

    async def start(self) -> None:
        """Nothing to migrate here; the remote owns its schema. Reachability is ``ping``."""

    async def close(self) -> None:
        await self.client.close()

    async def ping(self) -> None:
        resp, _ = await self.client.request("GET", "/healthz")
        if resp.status != 200:
            raise _error_for(resp)

    async def create(self, req: NewBooking) -> Booking:
        key = req.idempotency_key or f"gw-{uuid.uuid4().hex}"
        body = _enc.encode(
            {
                "store_id": req.store_id,
                "service": req.service,
                "start": req.start,
                "window_end": req.window_end,
                "vehicle_id": req.vehicle_id,
                "request_hash": req.request_hash,
            }
        )
        resp, _ = await self.client.request(
            "POST", "/v1/bookings", body=body, headers={"Idempotency-Key": key}
        )
        if resp.status in (200, 201):
            return _localize(_decode(_booking_dec, resp))
        raise _error_for(resp)

    async def _list(self, **query: str) -> list[Booking]:
        resp, _ = await self.client.request("GET", "/v1/bookings?" + urlencode(query))
        if resp.status != 200:
            raise _error_for(resp)
        return [_localize(b) for b in _decode(_bookings_dec, resp).bookings]

    async def find_by_idempotency_key(self, key: str) -> Booking | None:
        found = await self._list(idempotency_key=key)
        return found[0] if found else None

    async def get(self, booking_id: str) -> Booking | None:
        resp, _ = await self.client.request("GET", f"/v1/bookings/{quote(booking_id, safe='')}")
        if resp.status == 200:
            return _localize(_decode(_booking_dec, resp))
        err = _error_for(resp)
        if isinstance(err, BookingNotFoundError):
            return None
        raise err

    async def list_for_vehicle(self, vehicle_id: str) -> list[Booking]:
        return await self._list(vehicle_id=vehicle_id)

    async def cancel(self, booking_id: str) -> Booking:
        path = f"/v1/bookings/{quote(booking_id, safe='')}/cancel"
        resp, sends = await self.client.request("POST", path, body=b"{}")
        if resp.status == 200:
            return _localize(_decode(_booking_dec, resp))
        err = _error_for(resp)
        if isinstance(err, AlreadyCancelledError) and sends > 1:
            # An earlier attempt may have cancelled it before its answer was lost.
            booking = await self.get(booking_id)
            if booking is not None:
                return booking
        raise err

    async def reschedule(
        self, booking_id: str, start: datetime, window_end: datetime | None
    ) -> Booking:
        path = f"/v1/bookings/{quote(booking_id, safe='')}/reschedule"
        body = _enc.encode({"start": start, "window_end": window_end})
        resp, _ = await self.client.request("POST", path, body=body)
        if resp.status == 200:
            return _localize(_decode(_booking_dec, resp))
        raise _error_for(resp)

    async def availability(
        self,
        store_id: str,
        service: str,
        start: datetime,
        end: datetime,
        exclude: str | None = None,
    ) -> list[SlotAvailability]:
        # (``exclude`` is not sent: a remote booking service counts every booking, so a
        # reschedule's alternatives there leave out the slots only the booking itself fills)
        del exclude
        query = urlencode(
            {
                "store_id": store_id,
                "service": service,
                "start": start.isoformat(),
                "end": end.isoformat(),
            }
        )
        resp, _ = await self.client.request("GET", "/v1/availability?" + query)
        if resp.status != 200:
            raise _error_for(resp)
        zone = zone_of(store_id)
        return [
            SlotAvailability(s.start.astimezone(zone), s.end.astimezone(zone), s.free)
            for s in _decode(_slots_dec, resp).slots
        ]
