"""PostgreSQL: a connection lost after its transaction committed (a failover, a restart, a
pooler's reset) must not turn the committed booking, move or cancellation into an error. A
black-box audit terminated the server's connections under load: 18 committed bookings were
answered 500 or 503, and clients retrying them without an Idempotency-Key booked twice."""

from __future__ import annotations

import asyncio
from datetime import datetime
from zoneinfo import ZoneInfo

import asyncpg
import pytest

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


class _Relay:
    """A TCP relay to PostgreSQL that can be switched on and off: off, nothing listens on its
    port (the database is down); on, connections reach the real server."""

    def __init__(self, target_port: int) -> None:
        from tests.conftest import free_port

        self.port, self.target = free_port(), target_port
        self.server: asyncio.Server | None = None

    async def on(self) -> None:
        async def pipe(reader, writer):
            try:
                while data := await reader.read(65536):
                    writer.write(data)
                    await writer.drain()
            except (ConnectionError, asyncio.CancelledError):
                pass
            finally:
                writer.close()

        async def handle(reader, writer):
            up_r, up_w = await asyncio.open_connection("127.0.0.1", self.target)
            await asyncio.gather(pipe(reader, up_w), pipe(up_r, writer))

        self.server = await asyncio.start_server(handle, "127.0.0.1", self.port)

    async def off(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None


def test_a_worker_started_while_its_database_is_down_serves_and_connects_later(
    pg_server, monkeypatch
):
    # An audit: with PostgreSQL down, a worker that died and was respawned failed its start-up,
    # and granian, seeing a crash loop, stopped every worker: parses went dark too, for good.
    # A worker of `autoglm-gw serve` (AUTOGLM_SERVER_PID set) now starts without the database.
    from autoglm_gw.config import Config, DbConfig
    from autoglm_gw.worker_signals import SERVER_PID_ENV
    from tests.conftest import run_in_app

    monkeypatch.setenv(SERVER_PID_ENV, "1")
    url = _create_pg_db(pg_server)
    db = url.rsplit("/", 1)[1]
    relay = _Relay(pg_server.port)
    body = {"store_id": "guomao", "service": "standard", "start": "2030-01-08T10:00:00+08:00",
            "vehicle_id": "京A1", "now": "2030-01-07T10:00:00+08:00"}  # fmt: skip

    async def scenario(c, app):
        down = (await c.get("/readyz"), await c.post("/v1/parse", json={"text": "明天洗车"}),
                await c.post("/v1/bookings", json=body))  # fmt: skip
        await relay.on()
        from autoglm_gw.booking import postgres

        await asyncio.sleep(postgres.RESTART_BACKOFF_S)  # the next try may come only after it
        try:
            up = (await c.get("/readyz"), await c.post("/v1/bookings", json=body))
        finally:
            await app.shutdown()  # (before the relay's connections go)
            await relay.off()
        return down, up

    config = Config(db=DbConfig(url=f"postgresql://postgres@127.0.0.1:{relay.port}/{db}"))
    (ready, parsed, refused), (ready_again, booked) = run_in_app(config, scenario)
    assert ready.status_code == 503 and "bookings" in ready.text
    assert parsed.status_code == 200
    assert refused.status_code == 503 and refused.json()["error"]["code"] == (
        "booking_backend_unavailable"
    )
    assert ready_again.status_code == 200, ready_again.text
    assert booked.status_code == 201, booked.text


def test_elsewhere_a_database_down_at_start_stops_start_up(pg_server, monkeypatch):
    from autoglm_gw.booking.errors import BackendUnavailableError
    from autoglm_gw.config import Config, DbConfig
    from autoglm_gw.worker_signals import SERVER_PID_ENV
    from tests.conftest import run_in_app

    monkeypatch.delenv(SERVER_PID_ENV, raising=False)
    relay = _Relay(pg_server.port)  # never switched on
    config = Config(db=DbConfig(url=f"postgresql://postgres@127.0.0.1:{relay.port}/postgres"))
    with pytest.raises(BackendUnavailableError):
        run_in_app(config, lambda c, app: asyncio.sleep(0))
