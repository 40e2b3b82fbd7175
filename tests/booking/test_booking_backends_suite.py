"""The same booking suite against SQLite and a real PostgreSQL server (``backend`` fixture).

Every test builds its service inside ``asyncio.run`` on a fresh database. Times are fixed
(``NOW`` is Monday 2030-01-07 10:00 in Beijing) so nothing depends on the wall clock.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from autoglm_gw.booking import (
    AlreadyCancelledError,
    Booking,
    BookingError,
    BookingNotFoundError,
    BookingService,
    IdempotencyMismatchError,
    InvalidTimeError,
    OutsideOpeningHoursError,
    ServiceChangeError,
    SlotUnavailableError,
    StoreChangeError,
    TimeInPastError,
    TooFarAheadError,
    UnknownServiceError,
    UnknownStoreError,
)

Z = ZoneInfo("Asia/Shanghai")
NOW = datetime(2030, 1, 7, 10, 0, tzinfo=Z)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2030, 1, day, hour, minute, tzinfo=Z)


def run(backend, body: Callable[[BookingService], Awaitable[Any]], **kw: Any) -> Any:
    async def main() -> Any:
        svc = backend.service(**kw)
        await svc.start()
        try:
            return await body(svc)
        finally:
            await svc.close()

    return asyncio.run(main())


async def confirmed(backend, store: str, service: str) -> int:
    return await backend.scalar(
        "SELECT count(*) FROM bookings WHERE store_id = ? AND service = ? AND status = 'confirmed'",
        store,
        service,
    )


# -- concurrency ----------------------------------------------------------------------------


def test_2000_concurrent_attempts_on_a_two_bay_slot(backend) -> None:
    slot = at(8, 15)

    async def body(svc: BookingService) -> None:
        results = await asyncio.gather(
            *(svc.book("guomao", "standard", slot, f"car-{i}", now=NOW) for i in range(2000)),
            return_exceptions=True,
        )
        won = [r for r in results if isinstance(r, Booking)]
        lost = [r for r in results if isinstance(r, SlotUnavailableError)]
        others = [r for r in results if not isinstance(r, Booking | SlotUnavailableError)]
        assert others == []
        assert len(won) == 2 and len(lost) == 1998
        assert {b.start for b in won} == {slot}
        assert len({b.id for b in won}) == 2
        assert all(e.code == "slot_unavailable" and e.status == 409 for e in lost)
        assert all(e.alternatives and e.alternatives[0].start == at(8, 15, 30) for e in lost)
        assert await confirmed(backend, "guomao", "standard") == 2
        assert await backend.scalar("SELECT count(*) FROM bookings") == 2

    run(backend, body)


def test_100_concurrent_requests_with_one_idempotency_key_make_one_booking(backend) -> None:
    async def body(svc: BookingService) -> None:
        results = await asyncio.gather(
            *(
                svc.book(
                    "sanlitun",
                    "wax",
                    at(9, 11),
                    "car-1",
                    now=NOW,
                    idempotency_key="key-100",
                    request_hash="h1",
                )
                for _ in range(100)
            )
        )
        assert len({b.id for b in results}) == 1
        assert results[0].idempotency_key == "key-100"
        assert await backend.scalar("SELECT count(*) FROM bookings") == 1

    run(backend, body)


def test_concurrent_bookings_through_two_store_instances(backend) -> None:
    """Two independent stores (two SQLite connections / two PostgreSQL pools) on one database:
    the capacity still holds, so several gateway workers may share it."""

    async def main() -> None:
        a, b = backend.service(), backend.service()
        await asyncio.gather(a.start(), b.start())
        try:
            results = await asyncio.gather(
                *(
                    (a if i % 2 else b).book("xidan", "detailing", at(10, 14), f"c{i}", now=NOW)
                    for i in range(200)
                ),
                return_exceptions=True,
            )
            assert sum(isinstance(r, Booking) for r in results) == 1
            assert sum(isinstance(r, SlotUnavailableError) for r in results) == 199
            assert await confirmed(backend, "xidan", "detailing") == 1
        finally:
            await asyncio.gather(a.close(), b.close())

    asyncio.run(main())


def test_concurrent_reschedules_into_one_free_bay(backend) -> None:
    async def body(svc: BookingService) -> None:
        x = await svc.book("wangjing", "interior", at(8, 12), "x", now=NOW)
        y = await svc.book("wangjing", "interior", at(8, 14), "y", now=NOW)
        results = await asyncio.gather(
            svc.reschedule(x.id, at(8, 18), now=NOW),
            svc.reschedule(y.id, at(8, 18), now=NOW),
            return_exceptions=True,
        )
        moved = [r for r in results if isinstance(r, Booking)]
        assert len(moved) == 1 and moved[0].start == at(8, 18)
        assert sum(isinstance(r, SlotUnavailableError) for r in results) == 1
        loser = y if moved[0].id == x.id else x
        assert (await svc.get(loser.id)).start == loser.start
        assert await confirmed(backend, "wangjing", "interior") == 2

    run(backend, body)


# -- idempotency ----------------------------------------------------------------------------


def test_same_key_other_request_is_a_mismatch(backend) -> None:
    async def body(svc: BookingService) -> None:
        first = await svc.book(
            "guomao", "standard", at(8, 9), "v", now=NOW, idempotency_key="k", request_hash="a"
        )
        with pytest.raises(IdempotencyMismatchError) as info:
            await svc.book(
                "guomao", "standard", at(8, 9), "v", now=NOW, idempotency_key="k", request_hash="b"
            )
        assert (info.value.code, info.value.status) == ("idempotency_mismatch", 409)
        # Without a hash the resolved request is the fingerprint: another store mismatches.
        await svc.book("xidan", "quick", at(8, 9), "v", now=NOW, idempotency_key="k2")
        with pytest.raises(IdempotencyMismatchError):
            await svc.book("guomao", "quick", at(8, 9), "v", now=NOW, idempotency_key="k2")
        # A replay after the slot's time has passed still answers with the original booking.
        later = await svc.book(
            "guomao",
            "standard",
            at(8, 9),
            "v",
            now=at(9, 12),
            idempotency_key="k",
            request_hash="a",
        )
        assert later.id == first.id
        assert await backend.scalar("SELECT count(*) FROM bookings") == 2

    run(backend, body)


def test_one_key_raced_from_two_stores_still_makes_one_booking(backend) -> None:
    """Requests with one key but different stores lock different capacity rows; the unique
    key still lets only one of them insert, and the others see it."""

    async def body(svc: BookingService) -> None:
        stores = ("guomao", "xidan")
        results = await asyncio.gather(
            *(
                svc.book(
                    stores[i % 2],
                    "standard",
                    at(8, 11),
                    "v",
                    now=NOW,
                    idempotency_key="raced",
                    request_hash=stores[i % 2],
                )
                for i in range(40)
            ),
            return_exceptions=True,
        )
        made = {r.id for r in results if isinstance(r, Booking)}
        assert len(made) == 1
        winner = next(r for r in results if isinstance(r, Booking))
        for i, r in enumerate(results):
            if stores[i % 2] == winner.store_id:
                assert isinstance(r, Booking) and r.id == winner.id
            else:
                assert isinstance(r, IdempotencyMismatchError)
        assert await backend.scalar("SELECT count(*) FROM bookings") == 1

    run(backend, body)


# -- cancel and rebook ----------------------------------------------------------------------


def test_book_cancel_book_the_same_slot(backend) -> None:
    async def body(svc: BookingService) -> None:
        first = await svc.book("guomao", "detailing", at(8, 15), "a", now=NOW)
        with pytest.raises(SlotUnavailableError):
            await svc.book("guomao", "detailing", at(8, 15), "b", now=NOW)
        cancelled = await svc.cancel(first.id)
        assert cancelled.status == "cancelled" and cancelled.version == first.version + 1
        again = await svc.book("guomao", "detailing", at(8, 15), "b", now=NOW)
        assert again.start == at(8, 15) and again.id != first.id
        assert await confirmed(backend, "guomao", "detailing") == 1

    run(backend, body)


def test_cancel_twice_and_unknown_ids(backend) -> None:
    async def body(svc: BookingService) -> None:
        b = await svc.book("yizhuang", "quick", at(8, 9), "v", now=NOW)
        await svc.cancel(b.id)
        with pytest.raises(AlreadyCancelledError) as info:
            await svc.cancel(b.id)
        assert (info.value.code, info.value.status) == ("already_cancelled", 409)
        for call in (svc.cancel, svc.get):
            with pytest.raises(BookingNotFoundError) as nf:
                await call("bk_nope")
            assert (nf.value.code, nf.value.status) == ("booking_not_found", 404)
        with pytest.raises(BookingNotFoundError):
            await svc.reschedule("bk_nope", at(8, 12), now=NOW)
        with pytest.raises(AlreadyCancelledError):
            await svc.reschedule(b.id, at(8, 12), now=NOW)

    run(backend, body)


# -- reschedule -----------------------------------------------------------------------------


def test_reschedule_is_atomic(backend) -> None:
    async def body(svc: BookingService) -> None:
        a = await svc.book("guomao", "detailing", at(8, 10), "a", now=NOW)  # 10:00-11:30
        b = await svc.book("guomao", "detailing", at(8, 14), "b", now=NOW)
        with pytest.raises(SlotUnavailableError) as info:
            await svc.reschedule(b.id, at(8, 10, 30), now=NOW)  # overlaps a
        # only this store's slots: a reschedule cannot take another store's
        assert info.value.alternatives
        assert {alt.store.id for alt in info.value.alternatives} == {"guomao"}
        # nor is another store or service named quietly dropped
        with pytest.raises(StoreChangeError):
            await svc.reschedule(b.id, at(8, 16), now=NOW, store_id="xidan")
        with pytest.raises(ServiceChangeError):
            await svc.reschedule(b.id, at(8, 16), now=NOW, service="wax")
        kept = await svc.get(b.id)
        assert (kept.start, kept.version, kept.status) == (at(8, 14), 1, "confirmed")
        with pytest.raises(TimeInPastError):
            await svc.reschedule(b.id, at(7, 9), now=NOW)
        assert (await svc.get(b.id)).start == at(8, 14)

        moved = await svc.reschedule(b.id, at(8, 12), now=NOW)
        assert (moved.id, moved.start, moved.end) == (b.id, at(8, 12), at(8, 13, 30))
        assert moved.version == 2
        # Its old slot is free again, in the same step.
        c = await svc.book("guomao", "detailing", at(8, 14), "c", now=NOW)
        assert c.start == at(8, 14)
        # A booking may move onto a slot that overlaps only itself.
        shifted = await svc.reschedule(a.id, at(8, 10, 30), now=NOW)
        assert shifted.start == at(8, 10, 30)
        # A window books the first free slot in it.
        w = await svc.reschedule(c.id, at(8, 13), window_end=at(8, 18), now=NOW)
        assert w.start == at(8, 13, 30)
        # its own store named is no change of store
        w = await svc.reschedule(c.id, at(8, 16), now=NOW, store_id="guomao")
        assert w.start == at(8, 16)
        assert await confirmed(backend, "guomao", "detailing") == 3

    run(backend, body)


# -- time rules -----------------------------------------------------------------------------


def test_window_books_the_first_free_slot(backend) -> None:
    async def body(svc: BookingService) -> None:
        for v in ("a", "b"):
            await svc.book("wudaokou", "standard", at(8, 13), v, now=NOW)
        got = await svc.book("wudaokou", "standard", at(8, 13), "c", window_end=at(8, 18), now=NOW)
        assert (got.start, got.end) == (at(8, 13, 30), at(8, 14))
        # A window already under way starts at the next slot after now.
        now = at(8, 14, 10)
        got = await svc.book("wudaokou", "standard", at(8, 13), "d", window_end=at(8, 18), now=now)
        assert got.start == at(8, 14, 30)
        # A whole-day window on a day with everything free: opening time.
        got = await svc.book("wudaokou", "standard", at(9, 0), "e", window_end=at(10, 0), now=NOW)
        assert got.start == at(9, 8)
        # Evening window for a 90-minute detail: only 20:00 and 20:30 fit; 20:00 blocks both.
        await svc.book("wudaokou", "detailing", at(9, 20), "f", now=NOW)
        with pytest.raises(SlotUnavailableError):
            await svc.book("wudaokou", "detailing", at(9, 20), "h", window_end=at(9, 23), now=NOW)

    run(backend, body)


def test_no_time_books_the_first_free_slot_from_now(backend) -> None:
    async def body(svc: BookingService) -> None:
        got = await svc.book("zhongguancun", "automatic", None, "a", now=at(7, 10, 10))
        assert (got.start, got.end) == (at(7, 10, 30), at(7, 10, 50))
        # After closing: the next morning.
        got = await svc.book("zhongguancun", "automatic", None, "b", now=at(7, 21, 50))
        assert got.start == at(8, 8)

    run(backend, body)


def test_exact_time_off_the_grid_is_rounded_up(backend) -> None:
    async def body(svc: BookingService) -> None:
        got = await svc.book("guomao", "quick", at(8, 15, 7), "a", now=NOW)
        assert (got.start, got.end) == (at(8, 15, 30), at(8, 15, 45))

    run(backend, body)


def test_capacity_follows_durations(backend) -> None:
    async def body(svc: BookingService) -> None:
        # wax is 45 minutes with 2 bays: two at 15:00 block 15:30, not 16:00.
        for v in ("a", "b"):
            await svc.book("sanlitun", "wax", at(8, 15), v, now=NOW)
        with pytest.raises(SlotUnavailableError):
            await svc.book("sanlitun", "wax", at(8, 15, 30), "c", now=NOW)
        assert (await svc.book("sanlitun", "wax", at(8, 16), "c", now=NOW)).start == at(8, 16)
        # quick is 15 minutes: 15:00 full does not touch 15:30; other services are separate.
        for v in ("a", "b"):
            await svc.book("sanlitun", "quick", at(8, 15), v, now=NOW)
        assert (await svc.book("sanlitun", "quick", at(8, 15, 30), "c", now=NOW)).end == at(
            8, 15, 45
        )
        assert (await svc.book("sanlitun", "standard", at(8, 15), "d", now=NOW)).start == at(8, 15)
        # The last detailing start is 20:30 (ends 22:00).
        assert (await svc.book("sanlitun", "detailing", at(8, 20, 30), "e", now=NOW)).end == at(
            8, 22
        )

    run(backend, body)


@pytest.mark.parametrize(
    ("kwargs", "error", "code", "status"),
    [
        ({"start": at(7, 9, 30)}, TimeInPastError, "time_in_past", 422),
        ({"start": at(8, 7, 30)}, OutsideOpeningHoursError, "outside_opening_hours", 422),
        ({"start": at(8, 21, 45)}, OutsideOpeningHoursError, "outside_opening_hours", 422),
        (
            {"start": at(8, 21), "service": "detailing"},
            OutsideOpeningHoursError,
            "outside_opening_hours",
            422,
        ),
        (
            {"start": at(8, 0), "window_end": at(8, 6)},
            OutsideOpeningHoursError,
            "outside_opening_hours",
            422,
        ),
        ({"start": at(6, 13), "window_end": at(6, 18)}, TimeInPastError, "time_in_past", 422),
        ({"start": at(8, 13), "window_end": at(8, 12)}, InvalidTimeError, "invalid_time", 422),
        ({"start": datetime(2030, 1, 8, 15)}, InvalidTimeError, "invalid_time", 422),
        ({"store_id": "mars"}, UnknownStoreError, "unknown_store", 404),
        ({"service": "oil_change"}, UnknownServiceError, "unknown_service", 422),
    ],
)
def test_booking_errors(backend, kwargs, error, code, status) -> None:
    args = {"store_id": "guomao", "service": "standard", "start": at(8, 15), **kwargs}

    async def body(svc: BookingService) -> None:
        with pytest.raises(error) as info:
            await svc.book(
                args["store_id"],
                args["service"],
                args["start"],
                "car",
                window_end=args.get("window_end"),
                now=NOW,
            )
        err: BookingError = info.value
        assert (err.code, err.status) == (code, status)
        body = err.to_body("en-US")
        assert body["error"]["code"] == code and body["error"]["message"]
        assert await backend.scalar("SELECT count(*) FROM bookings") == 0

    run(backend, body)


def test_today_window_whose_open_part_has_passed_has_no_free_slot(backend) -> None:
    async def body(svc: BookingService) -> None:
        # 晚上 18-23 asked at 22:10: the open slots of the window have all begun. The window is
        # not over, so the time asked for is not in the past: no free slot (409), and the next
        # free ones offered (a black-box check had 422 time_in_past, with nothing to pick).
        with pytest.raises(SlotUnavailableError) as info:
            await svc.book(
                "guomao", "standard", at(7, 18), "a", window_end=at(7, 23), now=at(7, 22, 10)
            )
        first = info.value.alternatives[0]
        assert (first.store.id, first.start) == ("guomao", at(8, 8))
        assert {a.store.id for a in info.value.alternatives} > {"guomao"}  # other stores too
        assert await svc.store.list_for_vehicle("a") == []

    run(backend, body)


def test_a_window_whose_later_slots_are_too_short_for_the_service_has_no_free_slot(backend):
    async def body(svc: BookingService) -> None:
        # 今晚精洗 asked at 20:40: 21:00 and 21:30 have not begun, but 90 minutes of detailing
        # cannot end by 22:00. Not "in the past": the time asked for has not passed.
        with pytest.raises(SlotUnavailableError) as info:
            await svc.book(
                "guomao", "detailing", at(7, 18), "a", window_end=at(7, 23), now=at(7, 20, 40)
            )
        assert info.value.alternatives[0].start == at(8, 8)
        # a quick wash still fits there
        booked = await svc.book(
            "guomao", "quick", at(7, 18), "a", window_end=at(7, 23), now=at(7, 20, 40)
        )
        assert booked.start == at(7, 21)

    run(backend, body)


def test_no_slot_of_a_window_starts_beyond_the_horizon(backend):
    async def body(svc: BookingService) -> None:
        edge = NOW + svc.horizon  # 10:00 a year and a day on: the last start allowed
        day = edge.replace(hour=0)
        for bay in range(2):  # both standard bays of 08:00-10:00 that day, full
            for h, m in ((8, 0), (8, 30), (9, 0), (9, 30), (10, 0)):
                when = edge.replace(hour=h, minute=m)
                await svc.book("guomao", "standard", when, f"x{bay}{h}{m}", now=NOW)
        # The day's window booked 10:30 there, beyond the horizon: now it is full, and no
        # alternative offered starts beyond the horizon either.
        with pytest.raises(SlotUnavailableError) as info:
            await svc.book("guomao", "standard", day, "a", window_end=day + timedelta(1), now=NOW)
        assert all(a.start <= edge for a in info.value.alternatives), info.value.alternatives
        # An exact start rounded up past it is too far ahead too (10:07 would book 10:30).
        odd = NOW + timedelta(minutes=7)
        with pytest.raises(TooFarAheadError):
            await svc.book("guomao", "quick", odd + svc.horizon, "c", now=odd)
        # A window whose every slot lies beyond it is too far ahead.
        later = NOW + timedelta(minutes=15)  # the horizon ends at 10:15, between two slots
        start = later + svc.horizon - timedelta(minutes=1)
        with pytest.raises(TooFarAheadError):
            await svc.book(
                "guomao", "standard", start, "b", window_end=start + timedelta(1), now=later
            )

    run(backend, body)


# -- alternatives ---------------------------------------------------------------------------


def test_alternatives_next_slots_here_then_nearest_stores(backend) -> None:
    async def body(svc: BookingService) -> None:
        await svc.book("guomao", "detailing", at(8, 15), "a", now=NOW)  # 15:00-16:30
        with pytest.raises(SlotUnavailableError) as info:
            await svc.book("guomao", "detailing", at(8, 15), "b", now=NOW)
        got = [(a.store.id, a.service, a.start, a.end) for a in info.value.alternatives]
        assert got == [
            ("guomao", "detailing", at(8, 16, 30), at(8, 18)),
            ("guomao", "detailing", at(8, 17), at(8, 18, 30)),
            ("guomao", "detailing", at(8, 17, 30), at(8, 19)),
            # nearest to Guomao: Sanlitun (~2.8 km), then Xidan (~7.5 km)
            ("sanlitun", "detailing", at(8, 15), at(8, 16, 30)),
            ("xidan", "detailing", at(8, 15), at(8, 16, 30)),
        ]
        body = info.value.to_body("zh-CN")
        assert body["error"]["code"] == "slot_unavailable"
        assert body["alternatives"][0] == {
            "store": {"id": "guomao", "name": "国贸店", "name_en": "Guomao"},
            "service": "detailing",
            "start": "2030-01-08T16:30:00+08:00",
            "end": "2030-01-08T18:00:00+08:00",
        }

    run(backend, body)


def test_alternatives_roll_over_to_the_next_day(backend) -> None:
    async def body(svc: BookingService) -> None:
        await svc.book("guomao", "interior", at(8, 21), "a", now=NOW)  # last start of the day
        await svc.book("sanlitun", "interior", at(8, 21), "b", now=NOW)
        with pytest.raises(SlotUnavailableError) as info:
            await svc.book("guomao", "interior", at(8, 21), "c", now=NOW)
        got = [(a.store.id, a.start) for a in info.value.alternatives]
        assert got == [
            ("guomao", at(9, 8)),
            ("guomao", at(9, 8, 30)),
            ("guomao", at(9, 9)),
            ("sanlitun", at(9, 8)),  # full tonight: its first free slot after 21:00
            ("xidan", at(8, 21)),
        ]

    run(backend, body)


def test_alternatives_look_past_a_full_window(backend) -> None:
    """A window that is full from end to end ("next week") is offered slots after it: the
    search runs ``search_days`` past the window's end, not from its start."""

    async def body(svc: BookingService) -> None:
        for hour in range(8, 22):  # every interior start of the 8th at Guomao (1 bay, 60 min)
            await svc.book("guomao", "interior", at(8, hour), f"v{hour}", now=NOW)
        with pytest.raises(SlotUnavailableError) as info:
            await svc.book("guomao", "interior", at(8, 0), "a", window_end=at(9, 0), now=NOW)
        here = [a.start for a in info.value.alternatives if a.store.id == "guomao"]
        assert here == [at(9, 8), at(9, 8, 30), at(9, 9)]

    run(backend, body, search_days=1)


def test_a_reschedules_alternatives_may_overlap_the_booking_itself(backend) -> None:
    """A reschedule may move onto a slot only its own booking fills, so its 409 offers those too
    (a black-box check: 15:30 and 16:00 were left out, and a PATCH there then succeeded)."""

    async def body(svc: BookingService) -> None:
        ours = await svc.book("guomao", "detailing", at(8, 16), "ours", now=NOW)  # 16:00-17:30
        await svc.book("guomao", "detailing", at(8, 14), "theirs", now=NOW)  # 14:00-15:30
        with pytest.raises(SlotUnavailableError) as info:
            await svc.reschedule(ours.id, at(8, 14), now=NOW)
        got = [a.start for a in info.value.alternatives]
        # not 15:00 (theirs till 15:30), nor 16:00, where it is already
        assert got == [at(8, 15, 30), at(8, 16, 30), at(8, 17)]
        moved = await svc.reschedule(ours.id, got[0], now=NOW)  # and it is bookable
        assert moved.start == at(8, 15, 30)

    run(backend, body)


# -- reading --------------------------------------------------------------------------------


def test_availability_get_list_and_stores(backend) -> None:
    async def body(svc: BookingService) -> None:
        a = await svc.book("guomao", "standard", at(8, 15), "car", now=NOW)
        b = await svc.book("guomao", "standard", at(8, 9), "car", now=NOW)
        await svc.book("guomao", "standard", at(8, 15), "other", now=NOW)
        slots = await svc.availability("guomao", date(2030, 1, 8), "standard")
        assert len(slots) == 28 and slots[0].start == at(8, 8) and slots[-1].start == at(8, 21, 30)
        free = {s.start: s.free for s in slots}
        assert free[at(8, 15)] == 0 and free[at(8, 9)] == 1 and free[at(8, 14, 30)] == 2
        detailing = await svc.availability("guomao", date(2030, 1, 8), "detailing")
        assert len(detailing) == 26 and detailing[-1].end == at(8, 22)
        later = await svc.availability("guomao", date(2030, 1, 8), "standard", now=at(8, 20))
        assert [s.start for s in later] == [at(8, 20), at(8, 20, 30), at(8, 21), at(8, 21, 30)]
        with pytest.raises(UnknownStoreError):
            await svc.availability("mars", date(2030, 1, 8), "standard")
        # Beyond the booking horizon no slot can be booked, so none is offered: the last day
        # inside it ends at the horizon, a day after it is too far ahead.
        edge = NOW + svc.horizon
        last = await svc.availability("guomao", edge.date(), "standard", now=NOW)
        assert last and all(s.start <= edge for s in last) and last[-1].start == edge
        with pytest.raises(TooFarAheadError):
            await svc.availability("guomao", edge.date() + timedelta(days=1), "standard", now=NOW)

        await svc.cancel(b.id)
        listed = await svc.list_for_vehicle("car")
        assert [(x.id, x.status) for x in listed] == [(b.id, "cancelled"), (a.id, "confirmed")]
        got = await svc.get(a.id)
        assert got == a and got.start.utcoffset() == timedelta(hours=8)
        assert await svc.list_for_vehicle("nobody") == []
        assert [s.id for s in svc.stores()][:2] == ["guomao", "sanlitun"]
        await svc.ready()

    run(backend, body)


def test_a_database_of_the_previous_schema_is_upgraded(backend, monkeypatch) -> None:
    """A database made before bookings kept their language (schema 2) gains the column at the
    next start, and bookings then keep it."""
    from autoglm_gw.booking import migrations, postgres, sqlite

    async def main() -> None:
        old = {
            "sqlite": (sqlite, "SQLITE_MIGRATIONS", migrations.SQLITE_MIGRATIONS[:2]),
            "postgres": (postgres, "POSTGRES_MIGRATIONS", migrations.POSTGRES_MIGRATIONS[:2]),
        }[backend.kind]
        with monkeypatch.context() as m:
            m.setattr(old[0], old[1], old[2])
            first = backend.store()
            await first.start()
            assert await first.schema_versions() == [1, 2]
            await first.close()
        store = backend.store()
        await store.start()
        try:
            assert await store.schema_versions() == [1, 2, 3]
            svc = BookingService(store)
            made = await svc.book("guomao", "standard", at(8, 15), "car", now=NOW, locale="en-US")
            assert (await store.get(made.id)).locale == "en-US"  # type: ignore[union-attr]
        finally:
            await store.close()

    asyncio.run(main())


def test_migrations_are_idempotent_and_seed_the_catalogue(backend) -> None:
    async def main() -> None:
        first = backend.store()
        await first.start()
        await first.start()  # a second start on the same instance is a no-op
        svc = BookingService(first)
        kept = await svc.book("guomao", "standard", at(8, 15), "car", now=NOW)
        await first.close()
        # Restart, and several workers starting together.
        stores = [backend.store() for _ in range(3)]
        await asyncio.gather(*(s.start() for s in stores))
        try:
            for s in stores:
                assert await s.schema_versions() == [1, 2, 3]
                assert await s.get(kept.id) == kept
        finally:
            await asyncio.gather(*(s.close() for s in stores))
        assert await backend.scalar("SELECT count(*) FROM schema_migrations") == 3
        assert await backend.scalar("SELECT count(*) FROM stores") == 8
        assert await backend.scalar("SELECT count(*) FROM services") == 6
        assert await backend.scalar("SELECT count(*) FROM bays") == 48
        assert (
            await backend.scalar(
                "SELECT capacity FROM bays WHERE store_id = 'guomao' AND service = 'detailing'"
            )
            == 1
        )

    asyncio.run(main())


def test_a_reschedule_into_a_window_with_no_slot_left_offers_this_stores_next_slots(backend):
    async def body(svc: BookingService) -> None:
        booked = await svc.book("guomao", "standard", at(8, 10), "a", now=at(7, 9))
        # moved to 晚上 18-23 asked at 22:10: no slot of it can still start
        with pytest.raises(SlotUnavailableError) as info:
            await svc.reschedule(booked.id, at(7, 18), at(7, 23), now=at(7, 22, 10))
        alternatives = info.value.alternatives
        assert alternatives and {a.store.id for a in alternatives} == {"guomao"}
        assert alternatives[0].start == at(8, 8)
        assert (await svc.store.get(booked.id)).start == at(8, 10)  # kept its slot

    run(backend, body)
