"""PostgreSQL backend on an asyncpg pool.

Concurrency: a booking write (create, reschedule) first locks the capacity row of its
(store, service) in ``bays`` with ``SELECT ... FOR UPDATE`` and only then reads the overlapping
bookings, checks the bays left and writes, all in one READ COMMITTED transaction. Writers for
the same store and service therefore take turns on exactly the resource they compete for; each
statement after the lock sees every booking committed before it, so capacity can never be
exceeded. Writers for other stores or services never wait. Cancelling only frees capacity, so
it updates the booking row alone. ``idempotency_key`` is UNIQUE: two requests with one key
that lock different rows (a different store in each) still cannot both insert; the loser reads
the winner's booking. Deadlocks (not expected: at most one capacity row is locked per
transaction, before the booking row) and serialisation failures are retried.

Why not SERIALIZABLE: with 2,000 clients on one slot nearly every transaction would abort and
retry, doing the same work many times over; the row lock queues them once. Advisory locks
would work too, but need keys hashed into integers; the capacity row is already there.
"""

from __future__ import annotations

import asyncio
import logging
import math
import random
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import asyncpg

from autoglm_gw.booking.errors import (
    AlreadyCancelledError,
    BackendUnavailableError,
    BookingNotFoundError,
    SlotUnavailableError,
    UnknownServiceError,
)
from autoglm_gw.booking.migrations import (
    POSTGRES_MIGRATIONS,
    bay_rows,
    service_rows,
    store_rows,
)
from autoglm_gw.booking.models import Booking, NewBooking, SlotAvailability, new_booking_id
from autoglm_gw.booking.slots import (
    candidate_starts,
    first_fit,
    free_bays,
    get_service,
    get_store,
    require_aware,
    zone_of,
)
from autoglm_gw.booking.store import (
    BOOKING_COLUMNS as _COLS,
)
from autoglm_gw.booking.store import (
    MAX_BOOKING_SPAN,
    check_replay,
    plan_candidates,
)

T = TypeVar("T")
log = logging.getLogger("autoglm_gw.booking")
# pg_advisory_lock key held while migrating, so that several workers starting together
# apply each migration once ("autoglm" in ASCII).
_MIGRATION_LOCK = 0x6175746F676C6D
_UNAVAILABLE: tuple[type[BaseException], ...] = (
    OSError,
    TimeoutError,
    asyncpg.PostgresConnectionError,
    asyncpg.InterfaceError,
    asyncpg.exceptions.OperatorInterventionError,
    asyncpg.exceptions.InsufficientResourcesError,
    # "cannot switch to state 15; another operation is in progress": a connection broken in the
    # middle of a call (a black-box audit had it answered 500 during a database restart)
    asyncpg.InternalClientError,
)
# How soon a store whose start failed tries again (``_started_pool``).
RESTART_BACKOFF_S = 1.0
_RETRYABLE = (asyncpg.exceptions.SerializationError, asyncpg.exceptions.DeadlockDetectedError)


async def _release(pool: asyncpg.Pool, conn: asyncpg.Connection) -> None:
    """Gives ``conn`` back to the pool. Releasing resets the connection, which fails when the
    connection was lost after the transaction ended: that must not turn a committed booking,
    move or cancellation into an error, whose retry would book twice (a black-box audit, the
    server's connections terminated under load). The pool drops such a connection itself."""
    try:
        await pool.release(conn)
    except Exception as exc:
        log.warning("postgresql: a connection could not be reset after its transaction: %r", exc)


def _row_to_booking(row: asyncpg.Record) -> Booking:
    zone = zone_of(row["store_id"])
    return Booking(
        id=row["id"],
        vehicle_id=row["vehicle_id"],
        store_id=row["store_id"],
        service=row["service"],
        start=row["start_at"].astimezone(zone),
        end=row["end_at"].astimezone(zone),
        status=row["status"],
        idempotency_key=row["idempotency_key"],
        request_hash=row["request_hash"],
        version=row["version"],
        created_at=row["created_at"].astimezone(zone),
        updated_at=row["updated_at"].astimezone(zone),
        locale=row["locale"],
    )


class PostgresBookingStore:
    """``BookingStore`` on PostgreSQL (``postgresql://user:pass@host:port/db``)."""

    def __init__(
        self,
        dsn: str,
        *,
        min_size: int = 1,
        max_size: int = 10,
        acquire_timeout_s: float = 30.0,
        command_timeout_s: float = 10.0,
        max_retries: int = 5,
    ) -> None:
        self.dsn = dsn
        self.min_size = min_size
        self.max_size = max_size
        self.acquire_timeout_s = acquire_timeout_s
        self.command_timeout_s = command_timeout_s
        self.max_retries = max_retries
        self._pool: asyncpg.Pool | None = None
        # A store whose start failed is started by the next call that needs it (_started_pool);
        # not more often than RESTART_BACKOFF_S, and never once closed.
        self._closed = False
        self._start_lock: asyncio.Lock | None = None
        self._start_failed_at = -math.inf
        self._start_error = ""

    # -- lifecycle ------------------------------------------------------------------------
    async def start(self) -> None:
        if self._pool is not None:
            return
        try:
            pool = await asyncpg.create_pool(
                self.dsn,
                min_size=self.min_size,
                max_size=self.max_size,
                command_timeout=self.command_timeout_s,
            )
        except _UNAVAILABLE as exc:
            raise BackendUnavailableError(f"postgresql: {exc}") from exc
        try:
            async with pool.acquire() as conn:
                await self._migrate(conn)
        except BaseException:
            await pool.close()
            raise
        self._pool = pool

    @staticmethod
    async def _migrate(conn: asyncpg.Connection) -> None:
        await conn.execute("SELECT pg_advisory_lock($1)", _MIGRATION_LOCK)
        try:
            await conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, "
                "name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())"
            )
            for version, name, statements in POSTGRES_MIGRATIONS:
                async with conn.transaction():
                    done = await conn.fetchval(
                        "SELECT 1 FROM schema_migrations WHERE version = $1", version
                    )
                    if done:
                        continue
                    for sql in statements:
                        await conn.execute(sql)
                    await conn.execute(
                        "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
                        version,
                        name,
                    )
            async with conn.transaction():
                await conn.executemany(
                    "INSERT INTO stores (id, name, name_en, lat, lon, zone) "
                    "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO UPDATE SET "
                    "name = excluded.name, name_en = excluded.name_en, lat = excluded.lat, "
                    "lon = excluded.lon, zone = excluded.zone",
                    store_rows(),
                )
                await conn.executemany(
                    "INSERT INTO services (id, duration_min) VALUES ($1, $2) "
                    "ON CONFLICT (id) DO UPDATE SET duration_min = excluded.duration_min",
                    service_rows(),
                )
                await conn.executemany(
                    "INSERT INTO bays (store_id, service, capacity) VALUES ($1, $2, $3) "
                    "ON CONFLICT (store_id, service) DO UPDATE SET capacity = excluded.capacity",
                    bay_rows(),
                )
        finally:
            await conn.execute("SELECT pg_advisory_unlock($1)", _MIGRATION_LOCK)

    async def close(self) -> None:
        self._closed = True
        pool, self._pool = self._pool, None
        if pool is not None:
            await pool.close()

    async def _started_pool(self) -> asyncpg.Pool:
        """The pool; started now when the server's database was down when this worker started
        (a worker respawned during an outage serves on, not ready, rather than failing start-up
        and taking the whole server down with it: a black-box audit)."""
        if self._pool is not None:
            return self._pool
        if self._closed:
            raise BackendUnavailableError("PostgreSQL store closed")
        if time.monotonic() - self._start_failed_at < RESTART_BACKOFF_S:
            raise BackendUnavailableError(f"postgresql: {self._start_error}")
        if self._start_lock is None:
            self._start_lock = asyncio.Lock()
        async with self._start_lock:
            if self._pool is None:
                try:
                    await self.start()
                except (BackendUnavailableError, *_UNAVAILABLE) as exc:
                    self._start_failed_at = time.monotonic()
                    self._start_error = str(exc.__cause__ or exc)
                    raise BackendUnavailableError(f"postgresql: {self._start_error}") from exc
                log.info("postgresql: connected")
        assert self._pool is not None
        return self._pool

    async def ping(self) -> None:
        await self._tx(lambda c: c.fetchval("SELECT 1"), readonly=True)

    async def schema_versions(self) -> list[int]:
        rows = await self._tx(
            lambda c: c.fetch("SELECT version FROM schema_migrations ORDER BY version"),
            readonly=True,
        )
        return [r[0] for r in rows]

    # -- plumbing -------------------------------------------------------------------------
    async def _tx(
        self, fn: Callable[[asyncpg.Connection], Awaitable[T]], *, readonly: bool = False
    ) -> T:
        pool = self._pool if self._pool is not None else await self._started_pool()
        attempt = 0
        while True:
            try:
                conn = await pool.acquire(timeout=self.acquire_timeout_s)
                try:
                    async with conn.transaction(readonly=readonly):
                        result = await fn(conn)
                finally:
                    await _release(pool, conn)
                return result
            except _RETRYABLE as exc:
                attempt += 1
                if attempt > self.max_retries:
                    raise BackendUnavailableError(f"postgresql: {exc}") from exc
                await asyncio.sleep(random.uniform(0, 0.005 * 2**attempt))
            except _UNAVAILABLE as exc:
                raise BackendUnavailableError(f"postgresql: {exc}") from exc

    @staticmethod
    async def _lock_capacity(c: asyncpg.Connection, store_id: str, service: str) -> tuple[int, int]:
        row = await c.fetchrow(
            "SELECT b.capacity, s.duration_min FROM bays b JOIN services s ON s.id = b.service "
            "WHERE b.store_id = $1 AND b.service = $2 FOR UPDATE OF b",
            store_id,
            service,
        )
        if row is None:
            raise UnknownServiceError(f"service {service!r} at store {store_id!r}")
        return row[0], row[1]

    @staticmethod
    async def _busy(
        c: asyncpg.Connection,
        store_id: str,
        service: str,
        lo: datetime,
        hi: datetime,
        exclude: str | None = None,
    ) -> list[tuple[datetime, datetime]]:
        rows = await c.fetch(
            "SELECT start_at, end_at FROM bookings WHERE store_id = $1 AND service = $2 "
            "AND status = 'confirmed' AND start_at < $3 AND start_at > $4 AND end_at > $5 "
            "AND id IS DISTINCT FROM $6::text",
            store_id,
            service,
            hi,
            lo - MAX_BOOKING_SPAN,
            lo,
            exclude,
        )
        return [(r[0], r[1]) for r in rows]

    @staticmethod
    async def _fetch(c: asyncpg.Connection, column: str, value: Any, lock: bool = False):
        sql = f"SELECT {_COLS} FROM bookings WHERE {column} = $1"
        row = await c.fetchrow(sql + (" FOR UPDATE" if lock else ""), value)
        return _row_to_booking(row) if row is not None else None

    # -- operations -----------------------------------------------------------------------
    async def create(self, req: NewBooking) -> Booking:
        get_store(req.store_id)
        get_service(req.service)

        async def tx(c: asyncpg.Connection) -> Booking:
            capacity, duration_min = await self._lock_capacity(c, req.store_id, req.service)
            if req.idempotency_key is not None:
                existing = await self._fetch(c, "idempotency_key", req.idempotency_key)
                if existing is not None:
                    return check_replay(existing, req.request_hash)
            cands = plan_candidates(req.start, req.window_end, duration_min, req.store_id)
            dur = timedelta(minutes=duration_min)
            busy = await self._busy(c, req.store_id, req.service, cands[0], cands[-1] + dur)
            start = first_fit(cands, dur, capacity, busy)
            if start is None:
                raise SlotUnavailableError()
            now = datetime.now(UTC)
            row = await c.fetchrow(
                f"INSERT INTO bookings ({_COLS}) VALUES "
                f"($1, $2, $3, $4, $5, $6, 'confirmed', $7, $8, 1, $9, $9, $10) RETURNING {_COLS}",
                new_booking_id(),
                req.vehicle_id,
                req.store_id,
                req.service,
                start,
                start + dur,
                req.idempotency_key,
                req.request_hash,
                now,
                req.locale,
            )
            return _row_to_booking(row)

        for _ in range(3):
            try:
                return await self._tx(tx)
            except asyncpg.UniqueViolationError as exc:
                if "idempotency" in (exc.constraint_name or "") and req.idempotency_key:
                    existing = await self.find_by_idempotency_key(req.idempotency_key)
                    if existing is not None:
                        return check_replay(existing, req.request_hash)
                # else: a booking id collided (64 random bits): try again with a new id
        raise BackendUnavailableError("postgresql: could not allocate a booking id")

    async def find_by_idempotency_key(self, key: str) -> Booking | None:
        return await self._tx(lambda c: self._fetch(c, "idempotency_key", key), readonly=True)

    async def get(self, booking_id: str) -> Booking | None:
        return await self._tx(lambda c: self._fetch(c, "id", booking_id), readonly=True)

    async def list_for_vehicle(self, vehicle_id: str) -> list[Booking]:
        rows = await self._tx(
            lambda c: c.fetch(
                f"SELECT {_COLS} FROM bookings WHERE vehicle_id = $1 "
                "ORDER BY start_at, created_at, id",
                vehicle_id,
            ),
            readonly=True,
        )
        return [_row_to_booking(r) for r in rows]

    async def cancel(self, booking_id: str) -> Booking:
        async def tx(c: asyncpg.Connection) -> Booking:
            row = await c.fetchrow(
                "UPDATE bookings SET status = 'cancelled', version = version + 1, "
                f"updated_at = $2 WHERE id = $1 AND status = 'confirmed' RETURNING {_COLS}",
                booking_id,
                datetime.now(UTC),
            )
            if row is not None:
                return _row_to_booking(row)
            if await self._fetch(c, "id", booking_id) is None:
                raise BookingNotFoundError()
            raise AlreadyCancelledError()

        return await self._tx(tx)

    async def reschedule(
        self, booking_id: str, start: datetime, window_end: datetime | None
    ) -> Booking:
        async def tx(c: asyncpg.Connection) -> Booking:
            peek = await c.fetchrow(
                "SELECT store_id, service FROM bookings WHERE id = $1", booking_id
            )
            if peek is None:
                raise BookingNotFoundError()
            # Lock order: capacity row, then the booking row (as create/cancel do).
            capacity, duration_min = await self._lock_capacity(c, peek[0], peek[1])
            current = await self._fetch(c, "id", booking_id, lock=True)
            if current is None:
                raise BookingNotFoundError()
            if current.status != "confirmed":
                raise AlreadyCancelledError()
            cands = plan_candidates(start, window_end, duration_min, current.store_id)
            dur = timedelta(minutes=duration_min)
            busy = await self._busy(
                c, current.store_id, current.service, cands[0], cands[-1] + dur, booking_id
            )
            new_start = first_fit(cands, dur, capacity, busy)
            if new_start is None:
                raise SlotUnavailableError()
            row = await c.fetchrow(
                "UPDATE bookings SET start_at = $2, end_at = $3, version = version + 1, "
                f"updated_at = $4 WHERE id = $1 RETURNING {_COLS}",
                booking_id,
                new_start,
                new_start + dur,
                datetime.now(UTC),
            )
            return _row_to_booking(row)

        return await self._tx(tx)

    async def availability(
        self,
        store_id: str,
        service: str,
        start: datetime,
        end: datetime,
        exclude: str | None = None,
    ) -> list[SlotAvailability]:
        require_aware(start, "start")
        require_aware(end, "end")
        get_store(store_id)
        get_service(service)

        async def tx(c: asyncpg.Connection) -> list[SlotAvailability]:
            row = await c.fetchrow(
                "SELECT b.capacity, s.duration_min FROM bays b "
                "JOIN services s ON s.id = b.service WHERE b.store_id = $1 AND b.service = $2",
                store_id,
                service,
            )
            if row is None:
                raise UnknownServiceError(f"service {service!r} at store {store_id!r}")
            capacity, duration_min = row[0], row[1]
            cands = candidate_starts(start, end, duration_min, zone_of(store_id))
            if not cands:
                return []
            dur = timedelta(minutes=duration_min)
            busy = await self._busy(c, store_id, service, cands[0], cands[-1] + dur, exclude)
            return [
                SlotAvailability(s, s + dur, free_bays(s, s + dur, capacity, busy)) for s in cands
            ]

        return await self._tx(tx, readonly=True)
