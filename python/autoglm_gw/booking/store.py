"""The storage protocol every booking backend implements, and the factory choosing one.

A ``BookingStore`` is deliberately small and atomic: ``create`` books the first free slot of a
window in one transaction (idempotently), ``reschedule`` moves a booking in one transaction,
``availability`` reports free bays. Validation of ``now``, rounding, alternatives and messages
live in ``BookingService`` above it, so every backend behaves the same.
"""

from __future__ import annotations

from contextvars import ContextVar
from datetime import datetime, timedelta
from typing import Protocol, runtime_checkable
from urllib.parse import unquote, urlsplit

from autoglm_gw.booking.errors import (
    IdempotencyMismatchError,
    InvalidRequestError,
    InvalidTimeError,
    OutsideOpeningHoursError,
)
from autoglm_gw.booking.models import Booking, NewBooking
from autoglm_gw.booking.slots import candidate_starts, require_aware, zone_of

DEFAULT_DB_URL = "sqlite:///var/autoglm-gw.db"
# Bookings never span a day (opening hours), so an overlap query may bound start_at below by
# this much: it keeps capacity checks on an index range however long the history grows.
MAX_BOOKING_SPAN = timedelta(days=1)
# The bookings columns in the order both SQL backends read them back (see _row_to_booking).
BOOKING_COLUMNS = (
    "id, vehicle_id, store_id, service, start_at, end_at, status, idempotency_key, "
    "request_hash, version, created_at, updated_at, locale"
)


# When the booking call now running began (``BookingService`` sets it for each call, in the
# caller's own task): a store's wait for a database lock counts from here, so that a call of
# several steps (an idempotency key's lookup queued behind a blocked write, then its own write)
# waits one lock timeout in all, not one per step (an audit had 10 s for a 5 s timeout).
CALL_BEGAN: ContextVar[float | None] = ContextVar("booking_call_began", default=None)


@runtime_checkable
class BookingStore(Protocol):
    """Storage backend. All methods are coroutines; datetimes are timezone-aware."""

    async def start(self) -> None:
        """Connect, apply pending migrations and seed the catalogue (idempotent)."""

    async def close(self) -> None: ...

    async def ping(self) -> None:
        """Raise ``BackendUnavailableError`` when the backend cannot be reached."""

    async def create(self, req: NewBooking) -> Booking:
        """Book the first free slot of ``req`` atomically.

        Same ``idempotency_key`` and ``request_hash`` as an existing booking: return it.
        Same key, other hash: ``IdempotencyMismatchError``. No free bay:
        ``SlotUnavailableError`` (without alternatives). No slot of the window fits opening
        hours: ``OutsideOpeningHoursError``.
        """

    async def find_by_idempotency_key(self, key: str) -> Booking | None: ...

    async def get(self, booking_id: str) -> Booking | None: ...

    async def list_for_vehicle(self, vehicle_id: str) -> list[Booking]:
        """All bookings of a vehicle (cancelled ones too), earliest start first."""

    async def cancel(self, booking_id: str) -> Booking:
        """``BookingNotFoundError`` / ``AlreadyCancelledError``; frees the capacity."""

    async def reschedule(
        self, booking_id: str, start: datetime, window_end: datetime | None
    ) -> Booking:
        """Move a confirmed booking to the first free slot of the window in one transaction;
        on any error the booking is left as it was."""

    async def availability(
        self,
        store_id: str,
        service: str,
        start: datetime,
        end: datetime,
        exclude: str | None = None,
    ) -> list:
        """``SlotAvailability`` for every slot start in ``[start, end)`` (free may be 0), with the
        booking ``exclude`` (one being rescheduled) left out of the count, as ``reschedule``
        leaves it out."""


def plan_candidates(
    req_start: datetime, window_end: datetime | None, duration_min: int, store_id: str
) -> list[datetime]:
    """Candidate starts for a store-level booking request, with the store-level checks."""
    require_aware(req_start, "start")
    if window_end is not None:
        require_aware(window_end, "window_end")
        if window_end <= req_start:
            raise InvalidTimeError("window_end must be after start")
    cands = candidate_starts(req_start, window_end, duration_min, zone_of(store_id))
    if not cands:
        raise OutsideOpeningHoursError()
    return cands


def check_replay(existing: Booking, request_hash: str | None) -> Booking:
    """Idempotent replay: the stored booking when the hashes agree, else a mismatch error."""
    if existing.request_hash != request_hash:
        raise IdempotencyMismatchError()
    return existing


def sqlite_path(url: str) -> str:
    """``sqlite:///rel/path`` (relative to the cwd), ``sqlite:////abs/path`` or
    ``sqlite:///:memory:`` to a filesystem path for ``sqlite3.connect``."""
    if not url.startswith("sqlite://"):
        raise InvalidRequestError(f"not a sqlite URL: {url!r}")
    rest = url[len("sqlite://") :]
    if rest.startswith("/"):
        rest = rest[1:]
    path = unquote(rest.split("?", 1)[0])
    if not path:
        raise InvalidRequestError(f"sqlite URL without a path: {url!r}")
    return path


def open_store(
    db_url: str = DEFAULT_DB_URL,
    *,
    backend: str = "local",
    url: str | None = None,
    timeout_s: float = 5.0,
    retries: int = 2,
    pool_size: int = 10,
) -> BookingStore:
    """Build (not start) the backend named by configuration.

    ``backend="local"``: ``db_url`` picks SQLite (``sqlite:///...``) or PostgreSQL
    (``postgresql://...`` / ``postgres://...``). ``backend="http"``: the existing booking
    service at ``url``, each call limited to ``timeout_s`` and retried ``retries`` times.
    """
    if backend == "http":
        if not url:
            raise InvalidRequestError("booking.backend = 'http' needs booking.url")
        from autoglm_gw.booking.http import HttpBookingStore

        return HttpBookingStore(url, timeout_s=timeout_s, retries=retries)
    if backend != "local":
        raise InvalidRequestError(f"unknown booking backend {backend!r}")
    scheme = urlsplit(db_url).scheme.lower()
    if scheme == "sqlite":
        from autoglm_gw.booking.sqlite import SQLiteBookingStore

        return SQLiteBookingStore(sqlite_path(db_url))
    if scheme in ("postgresql", "postgres"):
        from autoglm_gw.booking.postgres import PostgresBookingStore

        return PostgresBookingStore(db_url, max_size=pool_size)
    raise InvalidRequestError(f"unsupported database URL scheme {scheme!r}")


def store_from_config(cfg: object) -> BookingStore:
    """``open_store`` from the gateway's config object (``cfg.db`` and ``cfg.booking``)."""
    db = cfg.db  # type: ignore[attr-defined]
    bk = cfg.booking  # type: ignore[attr-defined]
    return open_store(
        db.url, backend=bk.backend, url=bk.url, timeout_s=bk.timeout_s, retries=bk.retries
    )
