"""SQLite backend: stdlib ``sqlite3`` on one dedicated worker thread, WAL mode.

Concurrency: every call runs on the store's single worker thread, so within a process the
operations are serialised; every write runs inside ``BEGIN IMMEDIATE``, which takes SQLite's
write lock before the first read, so the capacity check and the insert see and change the same
state even when several processes (granian workers) share the file. ``busy_timeout`` makes a
writer wait for another process's transaction instead of failing; if it still cannot get the
lock the call fails with ``booking_backend_unavailable`` (503).
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import functools
import os
import sqlite3
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from autoglm_gw.booking.errors import (
    AlreadyCancelledError,
    BackendUnavailableError,
    BookingNotFoundError,
    SlotUnavailableError,
    UnknownServiceError,
)
from autoglm_gw.booking.migrations import (
    SQLITE_MIGRATIONS,
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
    CALL_BEGAN,
    MAX_BOOKING_SPAN,
    check_replay,
    plan_candidates,
)

T = TypeVar("T")


def _ts(dt: datetime) -> int:
    return int(dt.timestamp())


def _now_us() -> int:
    return time.time_ns() // 1000


def _row_to_booking(row: tuple[Any, ...]) -> Booking:
    zone = zone_of(row[2])
    return Booking(
        id=row[0],
        vehicle_id=row[1],
        store_id=row[2],
        service=row[3],
        start=datetime.fromtimestamp(row[4], zone),
        end=datetime.fromtimestamp(row[5], zone),
        status=row[6],
        idempotency_key=row[7],
        request_hash=row[8],
        version=row[9],
        created_at=datetime.fromtimestamp(row[10] / 1e6, zone),
        updated_at=datetime.fromtimestamp(row[11] / 1e6, zone),
        locale=row[12],
    )


class SQLiteBookingStore:
    """``BookingStore`` on a SQLite file (``":memory:"`` works for one process)."""

    def __init__(self, path: str, *, busy_timeout_ms: int = 5000) -> None:
        self.path = path
        self.busy_timeout_ms = busy_timeout_ms
        self._executor: ThreadPoolExecutor | None = None
        self._conn: sqlite3.Connection | None = None
        # (device, inode) of the file opened: a file deleted or replaced under a running
        # gateway kept taking bookings into the unlinked copy, lost at the next start.
        self._file_id: tuple[int, int] | None = None

    # -- plumbing -------------------------------------------------------------------------
    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        if self._executor is None:
            raise BackendUnavailableError("SQLite store not started")
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._executor, fn, *args)
        except (sqlite3.OperationalError, OSError) as exc:
            raise BackendUnavailableError(f"sqlite {self.path}: {exc}") from exc

    def _check_file(self) -> None:
        if self._file_id is None:
            return
        try:
            st = os.stat(self.path)
            same = (st.st_dev, st.st_ino) == self._file_id
        except FileNotFoundError:
            same = False
        if not same:
            raise sqlite3.OperationalError(
                "the database file was removed or replaced since the gateway opened it; "
                "restart the gateway"
            )

    def _tx(self, fn: Callable[[sqlite3.Connection], T], *, write: bool) -> T:
        conn = self._conn
        assert conn is not None
        self._check_file()  # before anything is written where nobody will read it again
        conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            result = fn(conn)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        return result

    async def _write(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        began = CALL_BEGAN.get()  # (the whole booking call's, when a service call runs it)
        queued = time.monotonic() if began is None else began
        return await self._run(functools.partial(self._write_within, fn, queued))

    def _write_within(self, fn: Callable[[sqlite3.Connection], T], queued: float) -> T:
        """A write whose wait for the lock counts from when it was asked for. Every operation
        runs on the store's one thread, so while another process holds the write lock each
        queued write used to wait out busy_timeout in turn: the twelfth of twelve got its 503
        after a minute (an audit). Now each waits what is left of busy_timeout, or fails at once
        when the writes before it used it up."""
        conn = self._conn
        assert conn is not None
        left_ms = self.busy_timeout_ms - (time.monotonic() - queued) * 1000
        if left_ms < 1:
            raise sqlite3.OperationalError(
                f"database is locked: the writes queued before this one waited out "
                f"busy_timeout ({self.busy_timeout_ms} ms)"
            )
        shortened = left_ms < self.busy_timeout_ms - 1
        if shortened:
            conn.execute(f"PRAGMA busy_timeout = {int(left_ms)}")
        try:
            return self._tx(fn, write=True)
        finally:
            if shortened:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}")

    async def _read(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        return await self._run(functools.partial(self._tx, fn, write=False))

    # -- lifecycle ------------------------------------------------------------------------
    async def start(self) -> None:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="booking-sqlite")
        await self._run(self._open)

    def _open(self) -> None:
        if self._conn is not None:
            return
        if self.path == ":memory:":
            self._connect()
            return
        parent = os.path.dirname(os.path.abspath(self.path))
        os.makedirs(parent, exist_ok=True)
        # Workers starting together would race on switching a new file to WAL and on the
        # migrations; SQLite answers some of those races "database is locked" at once, without
        # waiting out busy_timeout. A lock file serialises the start-up across processes.
        with open(self.path + ".startup-lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                self._connect()
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _connect(self) -> None:
        conn = sqlite3.connect(self.path, isolation_level=None, timeout=self.busy_timeout_ms / 1000)
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            self._conn = conn
            if self.path != ":memory:":
                st = os.stat(self.path)
                self._file_id = (st.st_dev, st.st_ino)
            self._migrate()
            self._tx(self._seed, write=True)
        except BaseException:
            self._conn = None
            conn.close()
            raise

    def _migrate(self) -> None:
        assert self._conn is not None
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)"
        )
        for version, name, statements in SQLITE_MIGRATIONS:

            def step(c: sqlite3.Connection, v=version, n=name, stmts=statements) -> None:
                done = c.execute("SELECT 1 FROM schema_migrations WHERE version = ?", (v,))
                if done.fetchone():
                    return
                for sql in stmts:
                    c.execute(sql)
                c.execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    (v, n, _now_us()),
                )

            self._tx(step, write=True)

    @staticmethod
    def _seed(c: sqlite3.Connection) -> None:
        c.executemany(
            "INSERT INTO stores (id, name, name_en, lat, lon, zone) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_en = excluded.name_en, "
            "lat = excluded.lat, lon = excluded.lon, zone = excluded.zone",
            store_rows(),
        )
        c.executemany(
            "INSERT INTO services (id, duration_min) VALUES (?, ?) "
            "ON CONFLICT (id) DO UPDATE SET duration_min = excluded.duration_min",
            service_rows(),
        )
        c.executemany(
            "INSERT INTO bays (store_id, service, capacity) VALUES (?, ?, ?) "
            "ON CONFLICT (store_id, service) DO UPDATE SET capacity = excluded.capacity",
            bay_rows(),
        )

    async def close(self) -> None:
        executor, self._executor = self._executor, None
        if executor is None:
            return

        def shut() -> None:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

        await asyncio.get_running_loop().run_in_executor(executor, shut)
        executor.shutdown(wait=True)

    async def ping(self) -> None:
        def q() -> None:
            self._check_file()
            self._conn.execute("SELECT 1").fetchone()  # type: ignore[union-attr]

        await self._run(q)

    async def schema_versions(self) -> list[int]:
        def q() -> list[int]:
            rows = self._conn.execute("SELECT version FROM schema_migrations ORDER BY version")  # type: ignore[union-attr]
            return [r[0] for r in rows]

        return await self._run(q)

    # -- helpers (worker thread) ----------------------------------------------------------
    @staticmethod
    def _capacity(c: sqlite3.Connection, store_id: str, service: str) -> tuple[int, int]:
        get_store(store_id)
        get_service(service)
        row = c.execute(
            "SELECT b.capacity, s.duration_min FROM bays b JOIN services s ON s.id = b.service "
            "WHERE b.store_id = ? AND b.service = ?",
            (store_id, service),
        ).fetchone()
        if row is None:
            raise UnknownServiceError(f"service {service!r} at store {store_id!r}")
        return row[0], row[1]

    @staticmethod
    def _busy(
        c: sqlite3.Connection,
        store_id: str,
        service: str,
        lo: datetime,
        hi: datetime,
        exclude: str | None = None,
    ) -> list[tuple[datetime, datetime]]:
        rows = c.execute(
            "SELECT start_at, end_at FROM bookings WHERE store_id = ? AND service = ? "
            "AND status = 'confirmed' AND start_at < ? AND start_at > ? AND end_at > ? "
            "AND id IS NOT ?",
            (store_id, service, _ts(hi), _ts(lo - MAX_BOOKING_SPAN), _ts(lo), exclude),
        )
        return [(datetime.fromtimestamp(a, UTC), datetime.fromtimestamp(b, UTC)) for a, b in rows]

    @staticmethod
    def _fetch(c: sqlite3.Connection, where: str, arg: Any) -> Booking | None:
        row = c.execute(f"SELECT {_COLS} FROM bookings WHERE {where} = ?", (arg,)).fetchone()
        return _row_to_booking(row) if row else None

    # -- operations -----------------------------------------------------------------------
    async def create(self, req: NewBooking) -> Booking:
        return await self._write(lambda c: self._create(c, req))

    def _create(self, c: sqlite3.Connection, req: NewBooking) -> Booking:
        capacity, duration_min = self._capacity(c, req.store_id, req.service)
        if req.idempotency_key is not None:
            existing = self._fetch(c, "idempotency_key", req.idempotency_key)
            if existing is not None:
                return check_replay(existing, req.request_hash)
        cands = plan_candidates(req.start, req.window_end, duration_min, req.store_id)
        dur = timedelta(minutes=duration_min)
        busy = self._busy(c, req.store_id, req.service, cands[0], cands[-1] + dur)
        start = first_fit(cands, dur, capacity, busy)
        if start is None:
            raise SlotUnavailableError()
        now = _now_us()
        row = c.execute(
            f"INSERT INTO bookings ({_COLS}) "
            "VALUES (?, ?, ?, ?, ?, ?, 'confirmed', ?, ?, 1, ?, ?, ?) "
            f"RETURNING {_COLS}",
            (
                new_booking_id(),
                req.vehicle_id,
                req.store_id,
                req.service,
                _ts(start),
                _ts(start + dur),
                req.idempotency_key,
                req.request_hash,
                now,
                now,
                req.locale,
            ),
        ).fetchone()
        return _row_to_booking(row)

    async def find_by_idempotency_key(self, key: str) -> Booking | None:
        return await self._run(lambda: self._fetch(self._conn, "idempotency_key", key))  # type: ignore[arg-type]

    async def get(self, booking_id: str) -> Booking | None:
        return await self._run(lambda: self._fetch(self._conn, "id", booking_id))  # type: ignore[arg-type]

    async def list_for_vehicle(self, vehicle_id: str) -> list[Booking]:
        def q() -> list[Booking]:
            rows = self._conn.execute(  # type: ignore[union-attr]
                f"SELECT {_COLS} FROM bookings WHERE vehicle_id = ? "
                "ORDER BY start_at, created_at, id",
                (vehicle_id,),
            )
            return [_row_to_booking(r) for r in rows]

        return await self._run(q)

    async def cancel(self, booking_id: str) -> Booking:
        def tx(c: sqlite3.Connection) -> Booking:
            row = c.execute(
                "UPDATE bookings SET status = 'cancelled', version = version + 1, "
                f"updated_at = ? WHERE id = ? AND status = 'confirmed' RETURNING {_COLS}",
                (_now_us(), booking_id),
            ).fetchone()
            if row is not None:
                return _row_to_booking(row)
            if self._fetch(c, "id", booking_id) is None:
                raise BookingNotFoundError()
            raise AlreadyCancelledError()

        return await self._write(tx)

    async def reschedule(
        self, booking_id: str, start: datetime, window_end: datetime | None
    ) -> Booking:
        def tx(c: sqlite3.Connection) -> Booking:
            current = self._fetch(c, "id", booking_id)
            if current is None:
                raise BookingNotFoundError()
            if current.status != "confirmed":
                raise AlreadyCancelledError()
            capacity, duration_min = self._capacity(c, current.store_id, current.service)
            cands = plan_candidates(start, window_end, duration_min, current.store_id)
            dur = timedelta(minutes=duration_min)
            busy = self._busy(
                c, current.store_id, current.service, cands[0], cands[-1] + dur, booking_id
            )
            new_start = first_fit(cands, dur, capacity, busy)
            if new_start is None:
                raise SlotUnavailableError()
            row = c.execute(
                "UPDATE bookings SET start_at = ?, end_at = ?, version = version + 1, "
                f"updated_at = ? WHERE id = ? RETURNING {_COLS}",
                (_ts(new_start), _ts(new_start + dur), _now_us(), booking_id),
            ).fetchone()
            return _row_to_booking(row)

        return await self._write(tx)

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

        def tx(c: sqlite3.Connection) -> list[SlotAvailability]:
            capacity, duration_min = self._capacity(c, store_id, service)
            cands = candidate_starts(start, end, duration_min, zone_of(store_id))
            if not cands:
                return []
            dur = timedelta(minutes=duration_min)
            busy = self._busy(c, store_id, service, cands[0], cands[-1] + dur, exclude)
            return [
                SlotAvailability(s, s + dur, free_bays(s, s + dur, capacity, busy)) for s in cands
            ]

        return await self._read(tx)
