"""Reference booking service speaking the HTTP protocol of ``HttpBookingStore`` (ASGI).

It exposes any local ``BookingStore`` (SQLite by default) over the protocol in docs/booking.md,
so a gateway with ``[booking] backend = "http"`` can be pointed at it, and the HTTP backend's
tests run against a real server. It applies the store-level rules (grid, opening hours,
capacity, idempotency) but not "now": the caller decides what is in the past.

Run it: ``python -m autoglm_gw.booking.http_server --db sqlite:///var/booking-service.db
--port 8091`` or ``granian --interface asgi --factory
autoglm_gw.booking.http_server:app_from_env`` with ``AUTOGLM_BOOKING_SERVICE_DB_URL`` set.
"""

from __future__ import annotations

import argparse
import hashlib
import os
from datetime import datetime
from typing import Annotated, Any
from urllib.parse import parse_qs, unquote

import msgspec

from autoglm_gw.booking.errors import (
    BookingError,
    BookingNotFoundError,
    InvalidRequestError,
)
from autoglm_gw.booking.models import Booking, NewBooking
from autoglm_gw.booking.store import BookingStore, check_replay, open_store

AwareDatetime = Annotated[datetime, msgspec.Meta(tz=True)]
MAX_BODY = 64 * 1024
# Not AUTOGLM_GW_: the gateway reads every variable of its prefix as a setting, so a shell that
# runs both would stop the gateway with an unknown key.
DB_ENV = "AUTOGLM_BOOKING_SERVICE_DB_URL"
DEFAULT_DB = "sqlite:///var/booking-service.db"


class CreateBody(msgspec.Struct, forbid_unknown_fields=True):
    store_id: str
    service: str
    start: AwareDatetime
    vehicle_id: Annotated[str, msgspec.Meta(min_length=1, max_length=128)]
    window_end: AwareDatetime | None = None
    request_hash: str | None = None


class RescheduleBody(msgspec.Struct, forbid_unknown_fields=True):
    start: AwareDatetime
    window_end: AwareDatetime | None = None


_create_dec = msgspec.json.Decoder(CreateBody)
_reschedule_dec = msgspec.json.Decoder(RescheduleBody)
_enc = msgspec.json.Encoder()


def body_fingerprint(body: CreateBody) -> str:
    parts = (
        body.store_id,
        body.service,
        body.start.isoformat(),
        body.window_end.isoformat() if body.window_end else "",
        body.vehicle_id,
    )
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


class _HttpError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class BookingServiceApp:
    """ASGI application; starts and closes its store in the lifespan."""

    def __init__(self, store: BookingStore) -> None:
        self.store = store

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
        elif scope["type"] == "http":
            await self._http(scope, receive, send)

    async def _lifespan(self, receive: Any, send: Any) -> None:
        while True:
            msg = await receive()
            if msg["type"] == "lifespan.startup":
                try:
                    await self.store.start()
                except Exception as exc:
                    await send({"type": "lifespan.startup.failed", "message": repr(exc)})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif msg["type"] == "lifespan.shutdown":
                await self.store.close()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _http(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        locale = headers.get("accept-language", "en")
        try:
            body = await self._read_body(receive)
            status, payload = await self._route(scope, headers, body)
        except BookingError as exc:
            status, payload = exc.status, _enc.encode(exc.to_body(locale))
        except _HttpError as exc:
            status = exc.status
            payload = _enc.encode({"error": {"code": exc.code, "message": exc.message}})
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(payload)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": payload})

    @staticmethod
    async def _read_body(receive: Any) -> bytes:
        chunks: list[bytes] = []
        size = 0
        while True:
            msg = await receive()
            if msg["type"] == "http.disconnect":
                break
            chunk = msg.get("body", b"")
            size += len(chunk)
            if size > MAX_BODY:
                raise _HttpError(413, "payload_too_large", "request body too large")
            chunks.append(chunk)
            if not msg.get("more_body"):
                break
        return b"".join(chunks)

    async def _route(
        self, scope: dict[str, Any], headers: dict[str, str], body: bytes
    ) -> tuple[int, bytes]:
        method = scope["method"]
        parts = [unquote(p) for p in scope["path"].strip("/").split("/")]
        query = {k: v[0] for k, v in parse_qs(scope.get("query_string", b"").decode()).items()}
        if parts == ["healthz"] and method == "GET":
            await self.store.ping()
            return 200, b'{"status":"ok"}'
        if parts == ["v1", "bookings"]:
            if method == "POST":
                return await self._create(headers.get("idempotency-key"), body)
            if method == "GET":
                return await self._list(query)
        elif len(parts) == 3 and parts[:2] == ["v1", "bookings"] and method == "GET":
            booking = await self.store.get(parts[2])
            if booking is None:
                raise BookingNotFoundError()
            return 200, _enc.encode(booking)
        elif len(parts) == 4 and parts[:2] == ["v1", "bookings"] and method == "POST":
            if parts[3] == "cancel":
                return 200, _enc.encode(await self.store.cancel(parts[2]))
            if parts[3] == "reschedule":
                req = self._decode(_reschedule_dec, body)
                moved = await self.store.reschedule(parts[2], req.start, req.window_end)
                return 200, _enc.encode(moved)
        elif parts == ["v1", "availability"] and method == "GET":
            return await self._availability(query)
        raise _HttpError(404, "not_found", f"no route for {method} {scope['path']}")

    @staticmethod
    def _decode(dec: msgspec.json.Decoder, body: bytes) -> Any:
        try:
            return dec.decode(body)
        except msgspec.ValidationError as exc:
            raise InvalidRequestError(str(exc)) from exc
        except msgspec.DecodeError as exc:
            raise _HttpError(400, "invalid_json", f"malformed JSON: {exc}") from exc
        except UnicodeDecodeError as exc:  # raw bytes inside a JSON string
            raise _HttpError(400, "invalid_json", f"the body is not valid UTF-8: {exc}") from exc
        except RecursionError:  # thousands of nested arrays or objects
            raise _HttpError(400, "invalid_json", "malformed JSON: nested too deeply") from None

    async def _create(self, key: str | None, body: bytes) -> tuple[int, bytes]:
        req = self._decode(_create_dec, body)
        request_hash = req.request_hash or body_fingerprint(req)
        if key is not None:
            existing = await self.store.find_by_idempotency_key(key)
            if existing is not None:
                return 200, _enc.encode(check_replay(existing, request_hash))
        booking: Booking = await self.store.create(
            NewBooking(
                store_id=req.store_id,
                service=req.service,
                start=req.start,
                window_end=req.window_end,
                vehicle_id=req.vehicle_id,
                idempotency_key=key,
                request_hash=request_hash,
            )
        )
        return 201, _enc.encode(booking)

    async def _list(self, query: dict[str, str]) -> tuple[int, bytes]:
        if "idempotency_key" in query:
            found = await self.store.find_by_idempotency_key(query["idempotency_key"])
            bookings = [found] if found is not None else []
        elif "vehicle_id" in query:
            bookings = await self.store.list_for_vehicle(query["vehicle_id"])
        else:
            raise InvalidRequestError("give vehicle_id or idempotency_key")
        return 200, _enc.encode({"bookings": bookings})

    async def _availability(self, query: dict[str, str]) -> tuple[int, bytes]:
        try:
            store_id, service = query["store_id"], query["service"]
            start = datetime.fromisoformat(query["start"])
            end = datetime.fromisoformat(query["end"])
        except (KeyError, ValueError) as exc:
            raise InvalidRequestError(f"store_id, service, start, end required: {exc}") from exc
        slots = await self.store.availability(store_id, service, start, end)
        return 200, _enc.encode({"slots": slots})


def create_app(store: BookingStore) -> BookingServiceApp:
    return BookingServiceApp(store)


def app_from_env() -> BookingServiceApp:
    """Factory for granian ``--factory``: the store from ``AUTOGLM_BOOKING_SERVICE_DB_URL``."""
    return BookingServiceApp(open_store(os.environ.get(DB_ENV, DEFAULT_DB)))


def main(argv: list[str] | None = None) -> None:
    from granian import Granian
    from granian.constants import Interfaces, Loops

    ap = argparse.ArgumentParser(description="Serve the booking protocol over a local store.")
    ap.add_argument("--db", default=os.environ.get(DB_ENV, DEFAULT_DB))
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8091)
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args(argv)
    os.environ[DB_ENV] = args.db
    Granian(
        "autoglm_gw.booking.http_server:app_from_env",
        address=args.host,
        port=args.port,
        interface=Interfaces.ASGI,
        loop=Loops.uvloop,
        workers=args.workers,
        factory=True,
    ).serve()


if __name__ == "__main__":
    main()
