"""PostgreSQL: a connection lost after its transaction committed (a failover, a restart, a
pooler's reset) must not turn the committed booking, move or cancellation into an error. A
black-box audit terminated the server's connections under load: 18 committed bookings were
answered 500 or 503, and clients retrying them without an Idempotency-Key booked twice."""

from __future__ import annotations

import asyncio
from datetime import datetime
from zoneinfo import ZoneInfo

import asyncpg

from autoglm_gw.booking import BookingService
from autoglm_gw.booking.store import open_store
from tests.booking.conftest import _create_pg_db

Z = ZoneInfo("Asia/Shanghai")
NOW = datetime(2030, 1, 7, 10, 0, tzinfo=Z)


def test_work_committed_before_the_connection_dies_is_answered_and_kept(pg_server):
    url = _create_pg_db(pg_server)

    async def main() -> None:
        svc = BookingService(open_store(url))
        await svc.start()
        dropped = 0

        async def reset_after_the_server_ended_it(conn: asyncpg.Connection) -> None:
            # Called as the pool takes a connection back, after its transaction committed: the
            # server ends the connection first, so the reset fails as it did in the audit.
            nonlocal dropped
            killer = await asyncpg.connect(url)
            try:
                await killer.execute("SELECT pg_terminate_backend($1)", conn.get_server_pid())
            finally:
                await killer.close()
            dropped += 1
            await conn.execute("SELECT 1")  # raises: the connection is gone

        # The store's own pool, as start() makes it, with that reset.
        await svc.store._pool.close()
        svc.store._pool = await asyncpg.create_pool(
            url, min_size=1, max_size=2, reset=reset_after_the_server_ended_it
        )
        booked = await svc.book(
            "guomao", "standard", datetime(2030, 1, 8, 10, 0, tzinfo=Z), "京A1", now=NOW
        )
        moved = await svc.reschedule(booked.id, datetime(2030, 1, 8, 11, 0, tzinfo=Z), now=NOW)
        cancelled = await svc.cancel(booked.id)
        assert dropped >= 3  # the connections really were lost after each transaction
        assert moved.start.hour == 11 and cancelled.status == "cancelled"

        check = await asyncpg.connect(url)
        try:
            rows = await check.fetch("SELECT status, start_at FROM bookings")
        finally:
            await check.close()
        # booked once, moved, cancelled: as answered
        assert [(r["status"], r["start_at"].astimezone(Z).hour) for r in rows] == [
            ("cancelled", 11)
        ]
        await svc.close()

    asyncio.run(main())
