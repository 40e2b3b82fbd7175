"""Pure parts of the booking layer: the slot grid, capacity arithmetic, messages, errors,
configuration dispatch. No database."""

from __future__ import annotations

import asyncio
import socket
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from autoglm_gw.booking import (
    ERRORS_BY_CODE,
    Alternative,
    BackendUnavailableError,
    Booking,
    BookingStore,
    InvalidRequestError,
    SlotUnavailableError,
    booking_payload,
    confirmation_message,
    open_store,
    request_fingerprint,
    store_from_config,
)
from autoglm_gw.booking.http import HttpBookingStore
from autoglm_gw.booking.postgres import PostgresBookingStore
from autoglm_gw.booking.slots import (
    candidate_starts,
    free_bays,
    nearest_other_stores,
    round_down_to_slot,
    round_up_to_slot,
)
from autoglm_gw.booking.sqlite import SQLiteBookingStore
from autoglm_gw.booking.store import sqlite_path
from autoglm_gw.catalog import SERVICES, STORES_BY_ID

Z = ZoneInfo("Asia/Shanghai")


def booking(service: str = "standard", store: str = "guomao", start: datetime | None = None):
    start = start or datetime(2026, 11, 26, 15, 0, tzinfo=Z)
    return Booking(
        id="bk_1",
        vehicle_id="V",
        store_id=store,
        service=service,
        start=start,
        end=start + timedelta(minutes=30),
        status="confirmed",
        idempotency_key=None,
        request_hash=None,
        version=1,
        created_at=start,
        updated_at=start,
    )


def test_confirmation_messages() -> None:
    b = booking()
    assert confirmation_message(b) == "已为您预约在国贸店的洗车服务,时间为11月26日 15:00。"
    assert confirmation_message(b, "zh-CN") == "已为您预约在国贸店的洗车服务,时间为11月26日 15:00。"
    assert (
        confirmation_message(b, "en-US") == "Your car wash at Guomao is booked for Nov 26, 15:00."
    )
    # Shown on the store's clock whatever zone the datetime carries.
    utc = booking(start=datetime(2026, 3, 5, 1, 30, tzinfo=UTC), store="sanlitun")
    assert confirmation_message(utc) == "已为您预约在三里屯店的洗车服务,时间为3月5日 09:30。"
    assert (
        confirmation_message(utc, "en") == "Your car wash at Sanlitun is booked for Mar 5, 09:30."
    )
    # The year is said when it is not now's: 1月2日 booked on December 30th read as gone by
    # (two black-box checks); the contract's example, in now's year, has none.
    dec30 = datetime(2025, 12, 30, 21, 0, tzinfo=Z)
    jan = booking(start=datetime(2026, 1, 2, 10, 0, tzinfo=Z))
    assert confirmation_message(jan, "zh-CN", now=dec30) == (
        "已为您预约在国贸店的洗车服务,时间为2026年1月2日 10:00。"
    )
    assert confirmation_message(jan, "en-US", "cancelled", now=dec30) == (
        "Your car wash at Guomao on Jan 2 2026, 10:00 is cancelled."
    )
    nov = datetime(2026, 11, 25, 10, 0, tzinfo=Z)
    assert confirmation_message(b, now=nov) == "已为您预约在国贸店的洗车服务,时间为11月26日 15:00。"
    names = {s.id: confirmation_message(booking(s.id)) for s in SERVICES}
    assert names["detailing"] == "已为您预约在国贸店的精洗服务,时间为11月26日 15:00。"
    assert names["wax"] == "已为您预约在国贸店的洗车打蜡服务,时间为11月26日 15:00。"
    assert names["interior"] == "已为您预约在国贸店的内饰清洗服务,时间为11月26日 15:00。"
    assert "快洗" in names["quick"] and "自动洗车" in names["automatic"]
    assert (
        confirmation_message(booking("detailing", "capital-airport"), "en-US")
        == "Your full detail at Capital Airport is booked for Nov 26, 15:00."
    )
    assert confirmation_message(b, "zh-CN", "cancelled").startswith("已为您取消在国贸店的洗车服务")
    assert confirmation_message(b, "en-US", "rescheduled") == (
        "Your car wash at Guomao is moved to Nov 26, 15:00."
    )


def test_booking_payload_has_the_contract_shape() -> None:
    assert booking_payload(booking(), "en-US") == {
        "booking_id": "bk_1",
        "status": "confirmed",
        "store": {"id": "guomao", "name": "国贸店", "name_en": "Guomao"},
        "service": "standard",
        "start": "2026-11-26T15:00:00+08:00",
        "end": "2026-11-26T15:30:00+08:00",
        "vehicle_id": "V",
        "message": "Your car wash at Guomao is booked for Nov 26, 15:00.",
    }


def test_round_up_to_slot() -> None:
    def r(h: int, m: int, s: int = 0, us: int = 0) -> datetime:
        return round_up_to_slot(datetime(2030, 1, 7, h, m, s, us, tzinfo=Z), Z)

    assert r(15, 0) == datetime(2030, 1, 7, 15, 0, tzinfo=Z)
    assert r(15, 0, 0, 1) == datetime(2030, 1, 7, 15, 30, tzinfo=Z)
    assert r(15, 7) == datetime(2030, 1, 7, 15, 30, tzinfo=Z)
    assert r(15, 30) == datetime(2030, 1, 7, 15, 30, tzinfo=Z)
    assert r(23, 45) == datetime(2030, 1, 8, 0, 0, tzinfo=Z)
    # A UTC instant is placed on the Beijing grid.
    got = round_up_to_slot(datetime(2030, 1, 7, 7, 10, tzinfo=UTC), Z)
    assert got == datetime(2030, 1, 7, 15, 30, tzinfo=Z)


def test_round_down_to_slot() -> None:
    def r(h: int, m: int) -> datetime:
        return round_down_to_slot(datetime(2030, 1, 7, h, m, tzinfo=Z), Z)

    assert r(15, 0) == datetime(2030, 1, 7, 15, 0, tzinfo=Z)
    assert r(14, 45) == datetime(2030, 1, 7, 14, 30, tzinfo=Z)
    assert r(0, 10) == datetime(2030, 1, 7, 0, 0, tzinfo=Z)


def test_candidate_starts_follow_the_grid_and_opening_hours() -> None:
    day = datetime(2030, 1, 7, 0, 0, tzinfo=Z)
    whole = candidate_starts(day, day + timedelta(days=1), 30, Z)
    assert (
        len(whole) == 28 and whole[0].hour == 8 and (whole[-1].hour, whole[-1].minute) == (21, 30)
    )
    assert (
        candidate_starts(day, day + timedelta(days=1), 90, Z)[-1].time().isoformat() == "20:30:00"
    )
    two_days = candidate_starts(day + timedelta(hours=21), day + timedelta(days=1, hours=9), 60, Z)
    assert [(c.day, c.hour, c.minute) for c in two_days] == [(7, 21, 0), (8, 8, 0), (8, 8, 30)]
    exact = day + timedelta(hours=15)
    assert candidate_starts(exact, None, 30, Z) == [exact]
    assert candidate_starts(exact + timedelta(minutes=5), None, 30, Z) == []
    assert candidate_starts(day + timedelta(hours=21, minutes=30), None, 45, Z) == []


def test_free_bays_is_the_busiest_instant() -> None:
    t = datetime(2030, 1, 7, 12, 0, tzinfo=Z)

    def m(x: int) -> datetime:
        return t + timedelta(minutes=x)

    # Two bookings that overlap the candidate but not each other leave one of two bays.
    assert free_bays(m(30), m(120), 2, [(m(0), m(60)), (m(90), m(180))]) == 1
    # Overlapping each other inside the window: none left.
    assert free_bays(m(30), m(120), 2, [(m(40), m(100)), (m(50), m(70))]) == 0
    # Touching intervals do not overlap.
    assert free_bays(m(30), m(60), 1, [(m(0), m(30)), (m(60), m(90))]) == 1
    assert free_bays(m(0), m(30), 1, [(m(0), m(30)), (m(0), m(30))]) == 0


def test_nearest_other_stores_by_distance() -> None:
    order = [s.id for s in nearest_other_stores("guomao")]
    assert order[:3] == ["sanlitun", "xidan", "wangjing"]
    assert "guomao" not in order and len(order) == 7
    assert nearest_other_stores("wudaokou")[0].id == "zhongguancun"


def test_errors_have_codes_statuses_and_localised_bodies() -> None:
    statuses = {code: cls.status for code, cls in ERRORS_BY_CODE.items()}
    assert statuses == {
        "invalid_request": 422,
        "invalid_time": 422,
        "time_in_past": 422,
        "too_far_ahead": 422,
        "outside_opening_hours": 422,
        "unknown_store": 404,
        "unknown_service": 422,
        "booking_not_found": 404,
        "already_cancelled": 409,
        "store_change_not_supported": 422,
        "service_change_not_supported": 422,
        "idempotency_mismatch": 409,
        "slot_unavailable": 409,
        "booking_backend_unavailable": 503,
        "booking_backend_error": 502,
    }
    alt = Alternative(
        STORES_BY_ID["xidan"],
        "quick",
        datetime(2030, 1, 7, 9, 0, tzinfo=Z),
        datetime(2030, 1, 7, 9, 15, tzinfo=Z),
    )
    err = SlotUnavailableError(alternatives=[alt])
    zh = err.to_body("zh-CN")
    assert zh["error"] == {
        "code": "slot_unavailable",
        "message": "该时段已约满,请选择其他时间或门店。",
    }
    assert zh["alternatives"] == [
        {
            "store": {"id": "xidan", "name": "西单店", "name_en": "Xidan"},
            "service": "quick",
            "start": "2030-01-07T09:00:00+08:00",
            "end": "2030-01-07T09:15:00+08:00",
        }
    ]
    assert err.to_body("en-US")["error"]["message"].startswith("No free slot")


def test_request_fingerprint_ignores_nothing_but_now() -> None:
    s = datetime(2030, 1, 7, 15, tzinfo=Z)
    a = request_fingerprint("guomao", "standard", s, None, "V")
    assert a == request_fingerprint("guomao", "standard", s, None, "V")
    assert a != request_fingerprint("guomao", "standard", s, None, "W")
    assert a != request_fingerprint("guomao", "standard", None, None, "V")


def test_open_store_dispatch(tmp_path) -> None:
    assert sqlite_path("sqlite:///var/autoglm-gw.db") == "var/autoglm-gw.db"
    assert sqlite_path("sqlite:////abs/x.db") == "/abs/x.db"
    assert sqlite_path("sqlite:///:memory:") == ":memory:"
    default = open_store()
    assert isinstance(default, SQLiteBookingStore) and default.path == "var/autoglm-gw.db"
    assert isinstance(open_store("postgresql://u@h:5432/db"), PostgresBookingStore)
    http = open_store(backend="http", url="http://127.0.0.1:9/base", timeout_s=1.5, retries=4)
    assert isinstance(http, HttpBookingStore)
    assert (http.client.prefix, http.client.timeout_s, http.client.retries) == ("/base", 1.5, 4)
    for store in (default, http):
        assert isinstance(store, BookingStore)
    with pytest.raises(InvalidRequestError):
        open_store(backend="http")
    with pytest.raises(InvalidRequestError):
        open_store("mysql://x/y")
    cfg = SimpleNamespace(
        db=SimpleNamespace(url=f"sqlite:///{tmp_path}/x.db"),
        booking=SimpleNamespace(backend="local", url=None, timeout_s=5.0, retries=2),
    )
    assert isinstance(store_from_config(cfg), SQLiteBookingStore)


def test_unreachable_databases_are_backend_unavailable(tmp_path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again: nothing listens there

    async def main() -> None:
        pg = open_store(f"postgresql://postgres@127.0.0.1:{port}/x")
        with pytest.raises(BackendUnavailableError) as info:
            await pg.start()
        assert info.value.status == 503
        with pytest.raises(BackendUnavailableError):
            await pg.ping()  # never started
        blocked = tmp_path / "file"
        blocked.write_text("")
        sq = open_store(f"sqlite:///{blocked}/sub/x.db")  # parent is a file: cannot open
        with pytest.raises(BackendUnavailableError):
            await sq.start()
        await sq.close()

    asyncio.run(main())


def test_a_sqlite_file_removed_under_the_gateway_is_unavailable_not_written(tmp_path):
    # The gateway used to stay ready and confirm bookings into the unlinked file, which the
    # next start no longer had.
    from autoglm_gw.booking.errors import BackendUnavailableError
    from autoglm_gw.booking.sqlite import SQLiteBookingStore

    path = tmp_path / "b.db"

    async def scenario() -> None:
        store = SQLiteBookingStore(str(path))
        await store.start()
        try:
            await store.ping()
            for f in tmp_path.glob("b.db*"):
                f.unlink()
            with pytest.raises(BackendUnavailableError, match="removed or replaced"):
                await store.ping()
            with pytest.raises(BackendUnavailableError, match="removed or replaced"):
                await store.cancel("bk_0000000000000000")  # a write: refused before it starts
        finally:
            await store.close()

    asyncio.run(scenario())


def test_a_booking_call_waits_one_busy_timeout_in_all(tmp_path):
    # An audit: with an Idempotency-Key, the key's lookup waited behind blocked writes, and then
    # the booking's own write waited a fresh busy_timeout: 10 s for a 5 s timeout. A call's
    # writes now count their wait from the call's start (CALL_BEGAN, set for each call).
    import sqlite3

    from autoglm_gw.booking import BookingService
    from autoglm_gw.booking.errors import BackendUnavailableError
    from autoglm_gw.booking.store import CALL_BEGAN

    path = tmp_path / "b.db"
    z = ZoneInfo("Asia/Shanghai")
    seen: list[float | None] = []

    class Recording(SQLiteBookingStore):
        async def find_by_idempotency_key(self, key):
            seen.append(CALL_BEGAN.get())
            return await super().find_by_idempotency_key(key)

        async def create(self, req):
            seen.append(CALL_BEGAN.get())
            return await super().create(req)

    async def scenario() -> str:
        svc = BookingService(Recording(str(path), busy_timeout_ms=300))
        await svc.start()
        await svc.book("guomao", "standard", datetime(2030, 1, 8, 10, 0, tzinfo=z), "v",
                       now=datetime(2030, 1, 7, 10, 0, tzinfo=z), idempotency_key="k")  # fmt: skip
        holder = sqlite3.connect(str(path), isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # another process's writer
        token = CALL_BEGAN.set(0.0)  # a call that began long ago: its wait is used up
        try:
            with pytest.raises(BackendUnavailableError) as err:
                await svc.store.cancel("bk_0000000000000000")
        finally:
            CALL_BEGAN.reset(token)
            holder.execute("ROLLBACK")
            holder.close()
            await svc.close()
        return str(err.value)

    message = asyncio.run(scenario())
    # the key's lookup and the write of one call share the call's start
    assert len(seen) == 2 and seen[0] is not None and seen[0] == seen[1]
    assert "queued before this one" in message  # failed at once, no second wait


def test_writes_queued_behind_a_held_lock_fail_within_one_busy_timeout(tmp_path):
    # An audit: while another process held SQLite's write lock, twelve queued writes waited out
    # busy_timeout one after another, the last getting its 503 after a minute.
    import sqlite3

    from autoglm_gw.booking.errors import BackendUnavailableError

    path = tmp_path / "b.db"

    async def scenario() -> list[str]:
        store = SQLiteBookingStore(str(path), busy_timeout_ms=300)
        await store.start()
        holder = sqlite3.connect(str(path), isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # another process's writer, held throughout
        try:
            writes = [store.cancel(f"bk_{i:016d}") for i in range(4)]
            results = await asyncio.gather(*writes, return_exceptions=True)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
            await store.close()
        assert all(isinstance(r, BackendUnavailableError) for r in results), results
        return [str(r) for r in results]

    messages = asyncio.run(scenario())
    # the first waited busy_timeout for the lock; those queued behind it used that wait up
    assert "queued before this one" not in messages[0]
    assert all("queued before this one" in m for m in messages[1:])
