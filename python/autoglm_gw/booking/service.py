"""The booking service: validation, time rules, idempotency, alternatives, over a BookingStore.

Time rules (all datetimes timezone-aware; the store's wall clock decides the grid and hours):

- exact ``start`` (``window_end=None``): must not be before ``now`` (``time_in_past``); an
  off-grid start is rounded UP to the next slot boundary (15:07 books 15:30); the booking
  ``[start, start + duration)`` must lie within 08:00-22:00 (``outside_opening_hours``).
- window ``[start, window_end)``: the first free slot whose START lies in the window, at or after
  ``now`` (a window that has already ended is ``time_in_past``; one with no slot inside opening
  hours is ``outside_opening_hours``; one not over whose slots have all begun, or are too late
  for the service to end by closing, has no free slot: ``slot_unavailable`` with alternatives).
  A slot may end after the window, never after closing.
- ``start=None``: the first free slot from ``now`` (up to ``window_end`` if given, else within
  ``search_days``).
- a start more than ``HORIZON_DAYS`` after ``now`` is ``too_far_ahead``.
- No free slot: ``SlotUnavailableError`` with alternatives: up to ``alternatives_here`` next
  free slots at the same store, then the first free slot at or after the requested time at each
  of the ``alternative_stores`` nearest other stores (haversine from the requested store).
"""

from __future__ import annotations

import functools
import hashlib
import time
from datetime import UTC, date, datetime, timedelta

from autoglm_gw.booking.errors import (
    AlreadyCancelledError,
    BookingNotFoundError,
    IdempotencyMismatchError,
    InvalidRequestError,
    InvalidTimeError,
    OutsideOpeningHoursError,
    ServiceChangeError,
    SlotUnavailableError,
    StoreChangeError,
    TimeInPastError,
    TooFarAheadError,
)
from autoglm_gw.booking.messages import confirmation_message
from autoglm_gw.booking.models import Alternative, Booking, NewBooking, SlotAvailability
from autoglm_gw.booking.slots import (
    candidate_starts,
    fits_opening_hours,
    get_service,
    get_store,
    local_day_bounds,
    nearest_other_stores,
    require_aware,
    round_up_to_slot,
    zone_of,
)
from autoglm_gw.booking.store import CALL_BEGAN, BookingStore
from autoglm_gw.catalog import SERVICES, STORES, Store

MAX_VEHICLE_ID = 128
MAX_IDEMPOTENCY_KEY = 255
# How far ahead of ``now`` a slot can be booked (a year): dates past it are no bookings anyone
# means, and near year 9999 the slot arithmetic would overflow.
HORIZON_DAYS = 366
# An inclusive last start as an exclusive end: the smallest step of a datetime.
_TICK = timedelta(microseconds=1)
# The shortest service's length: whether any slot of a window is still to begin at all.
SHORTEST_SERVICE_MIN = min(s.duration_min for s in SERVICES)


def request_fingerprint(
    store_id: str,
    service: str,
    start: datetime | None,
    window_end: datetime | None,
    vehicle_id: str,
) -> str:
    """Default ``request_hash`` when the caller gives none: the resolved request, not ``now``."""
    parts = (
        store_id,
        service,
        start.isoformat() if start else "",
        window_end.isoformat() if window_end else "",
        vehicle_id,
    )
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


class _NoSlotLeft(Exception):
    """A window not over yet in which no slot can still be booked (``_plan``): the caller
    answers ``slot_unavailable`` with the free slots from ``after`` on."""

    def __init__(self, after: datetime) -> None:
        super().__init__(after)
        self.after = after


_NO_SLOT_LEFT = "no slot of the window can still be booked"


def _one_wait(method):
    """Has the store's lock waits during ``method`` count from the call's start (CALL_BEGAN)."""

    @functools.wraps(method)
    async def timed(self, *args, **kwargs):
        token = CALL_BEGAN.set(time.monotonic())
        try:
            return await method(self, *args, **kwargs)
        finally:
            CALL_BEGAN.reset(token)

    return timed


class BookingService:
    """Async booking API used by the HTTP layer. Construct with a started or unstarted store;
    call ``start()`` once (migrations) and ``close()`` at shutdown."""

    def __init__(
        self,
        store: BookingStore,
        *,
        horizon_days: int = HORIZON_DAYS,
        search_days: int = 7,
        alternatives_here: int = 3,
        alternative_stores: int = 2,
    ) -> None:
        self.store = store
        self.horizon = timedelta(days=horizon_days)
        self.search_days = search_days
        self.alternatives_here = alternatives_here
        self.alternative_stores = alternative_stores

    async def start(self) -> None:
        await self.store.start()

    async def close(self) -> None:
        await self.store.close()

    async def ready(self) -> None:
        """Raise ``BackendUnavailableError`` when the storage cannot be reached (/readyz)."""
        await self.store.ping()

    # -- catalogue ------------------------------------------------------------------------
    def stores(self) -> list[Store]:
        return list(STORES)

    # -- booking --------------------------------------------------------------------------
    @_one_wait
    async def book(
        self,
        store_id: str,
        service: str,
        start: datetime | None,
        vehicle_id: str,
        *,
        window_end: datetime | None = None,
        now: datetime,
        idempotency_key: str | None = None,
        request_hash: str | None = None,
        locale: str | None = "zh-CN",
    ) -> Booking:
        """Book a slot; see the module docstring for the time rules. ``locale`` only matters
        for messages built from the result (``message()``) and errors (``to_body(locale)``)."""
        self._check_vehicle(vehicle_id)
        if idempotency_key is not None and not (0 < len(idempotency_key) <= MAX_IDEMPOTENCY_KEY):
            raise InvalidRequestError("Idempotency-Key must be 1..255 characters")
        require_aware(now, "now")
        get_store(store_id)
        svc = get_service(service)
        if request_hash is None:
            request_hash = request_fingerprint(store_id, service, start, window_end, vehicle_id)
        if idempotency_key is not None:
            # A replay answers with the original booking even once its time has passed.
            existing = await self.store.find_by_idempotency_key(idempotency_key)
            if existing is not None:
                if existing.request_hash != request_hash:
                    raise IdempotencyMismatchError()
                return existing
        try:
            lo, hi = self._plan(store_id, svc.duration_min, start, window_end, now)
        except _NoSlotLeft as left:
            alternatives = await self.alternatives(
                store_id, service, left.after, until=self._last(now)
            )
            raise SlotUnavailableError(_NO_SLOT_LEFT, alternatives) from None
        req = NewBooking(
            store_id=store_id,
            service=service,
            start=lo,
            window_end=hi,
            vehicle_id=vehicle_id,
            idempotency_key=idempotency_key,
            request_hash=request_hash,
            locale=locale,
        )
        try:
            return await self.store.create(req)
        except SlotUnavailableError as exc:
            alternatives = await self.alternatives(
                store_id, service, lo, until=self._last(now), window_end=hi
            )
            raise SlotUnavailableError(exc.detail, alternatives) from None

    def _last(self, now: datetime) -> datetime:
        """The last start that may be booked at ``now``: the horizon, inclusive, counted in
        elapsed time (as ``start - now``), in ``now``'s zone."""
        return (now.astimezone(UTC) + self.horizon).astimezone(now.tzinfo)

    def _plan(
        self,
        store_id: str,
        duration_min: int,
        start: datetime | None,
        window_end: datetime | None,
        now: datetime,
    ) -> tuple[datetime, datetime | None]:
        """Turn the request into the store-level ``[lo, hi)`` (``hi=None``: exactly ``lo``)."""
        zone = zone_of(store_id)
        if window_end is not None:
            require_aware(window_end, "window_end")
        if start is None:
            hi = window_end if window_end is not None else now + timedelta(days=self.search_days)
            if hi <= now:
                raise TimeInPastError()
            lo = round_up_to_slot(now, zone)
            if not candidate_starts(lo, hi, duration_min, zone):
                raise OutsideOpeningHoursError()
            return lo, hi
        require_aware(start, "start")
        last = self._last(now)
        if start > last:
            raise TooFarAheadError()
        if window_end is None:
            if start < now:
                raise TimeInPastError()
            lo = round_up_to_slot(start, zone)
            if lo > last:  # rounded up past it (10:07 a year on books 10:30)
                raise TooFarAheadError()
            if not fits_opening_hours(lo, duration_min, zone):
                raise OutsideOpeningHoursError()
            return lo, None
        if window_end <= start:
            raise InvalidTimeError("window_end must be after start")
        if window_end <= now:
            raise TimeInPastError()
        lo = round_up_to_slot(max(start, now), zone)
        # No slot of the window may start beyond the horizon ("明年5月3号" asked a year less a
        # few hours ahead booked past it when the morning was full).
        limit = last + _TICK
        if window_end > limit:
            if not candidate_starts(lo, limit, duration_min, zone) and candidate_starts(
                lo, window_end, duration_min, zone
            ):
                raise TooFarAheadError()
            window_end = limit
        if not candidate_starts(lo, window_end, duration_min, zone):
            # The window is not over, but no slot of it can still be booked: its open slots have
            # all begun (晚上 asked at 22:10), or those left are too late for this service to end
            # by closing time (今晚精洗 at 20:40 has 21:00 and 21:30, too late for 90 minutes).
            # No free slot, as the contract has it: 409 with the next free ones offered.
            if candidate_starts(lo, window_end, SHORTEST_SERVICE_MIN, zone) or candidate_starts(
                start, window_end, duration_min, zone
            ):
                raise _NoSlotLeft(lo)
            raise OutsideOpeningHoursError()  # the window never opens (凌晨 00-06)
        return lo, window_end

    async def alternatives(
        self,
        store_id: str,
        service: str,
        after: datetime,
        *,
        other_stores: bool = True,
        until: datetime | None = None,
        window_end: datetime | None = None,
        moving: Booking | None = None,
    ) -> list[Alternative]:
        """Free slots to offer instead: the next ones here, then (``other_stores``) one per
        nearest other store; none starting after ``until`` (the booking horizon), which could
        not be booked. The search runs ``search_days`` past the requested window's end: a full
        "next week" is offered the week after, not nothing. ``moving``: the booking a reschedule
        moves, left out of the count as the reschedule leaves it out (it may move onto a slot
        only it fills); its own start is no alternative."""
        look_until = max(after, window_end or after) + timedelta(days=self.search_days)
        if until is not None:  # the last start allowed, inclusive
            look_until = min(look_until, until + _TICK)
        out = [
            Alternative(get_store(store_id), service, s.start, s.end)
            for s in await self._free_slots(
                store_id, service, after, self.alternatives_here, look_until, moving
            )
        ]
        if not other_stores:
            return out
        found = 0
        for other in nearest_other_stores(store_id):
            if found >= self.alternative_stores:
                break
            slots = await self._free_slots(other.id, service, after, 1, look_until)
            if slots:
                out.append(Alternative(other, service, slots[0].start, slots[0].end))
                found += 1
        return out

    async def _free_slots(
        self,
        store_id: str,
        service: str,
        after: datetime,
        limit: int,
        horizon: datetime,
        moving: Booking | None = None,
    ) -> list[SlotAvailability]:
        """Up to ``limit`` free slots starting in ``[after, horizon)``, the booking ``moving``
        left out of the count and its own start left out of the slots."""
        if limit <= 0:
            return []
        zone = zone_of(store_id)
        cursor = round_up_to_slot(after, zone)
        found: list[SlotAvailability] = []
        while cursor < horizon and len(found) < limit:
            _, day_end = local_day_bounds(cursor.astimezone(zone).date(), zone)
            upto = min(day_end, horizon)
            exclude = moving.id if moving is not None else None
            for slot in await self.store.availability(store_id, service, cursor, upto, exclude):
                if moving is not None and slot.start == moving.start:
                    continue  # where it is already: no move
                if slot.free > 0:
                    found.append(slot)
                    if len(found) >= limit:
                        break
            cursor = upto
        return found

    # -- reading --------------------------------------------------------------------------
    async def get(self, booking_id: str) -> Booking:
        booking = await self.store.get(booking_id)
        if booking is None:
            raise BookingNotFoundError()
        return booking

    async def list_for_vehicle(self, vehicle_id: str) -> list[Booking]:
        self._check_vehicle(vehicle_id)
        return await self.store.list_for_vehicle(vehicle_id)

    async def availability(
        self, store_id: str, date: date, service: str, *, now: datetime | None = None
    ) -> list[SlotAvailability]:
        """Every slot of that local day at which ``service`` fits opening hours, with its free
        bays (0 when full). With ``now``, slots that have already started are left out, and so
        are slots beyond the booking horizon, which ``book`` would refuse: a day that begins
        beyond it is ``too_far_ahead``."""
        get_store(store_id)
        get_service(service)
        zone = zone_of(store_id)
        if not date.min < date < date.max:  # a day's slot arithmetic runs past the calendar
            raise InvalidRequestError("date is out of range")
        lo, hi = local_day_bounds(date, zone)
        slots = await self.store.availability(store_id, service, lo, hi)
        if now is not None:
            require_aware(now, "now")
            last = self._last(now)
            if lo > last:
                raise TooFarAheadError()
            slots = [s for s in slots if now <= s.start <= last]
        return slots

    # -- changing -------------------------------------------------------------------------
    @_one_wait
    async def cancel(self, booking_id: str) -> Booking:
        return await self.store.cancel(booking_id)

    @_one_wait
    async def reschedule(
        self,
        booking_id: str,
        start: datetime | None,
        window_end: datetime | None = None,
        *,
        now: datetime,
        locale: str | None = "zh-CN",
        store_id: str | None = None,
        service: str | None = None,
    ) -> Booking:
        """Move a confirmed booking (same store and service) with the same time rules as
        ``book``. Atomic: on any error the booking keeps its old slot. ``store_id`` and
        ``service``: the store and service the request names, if any; another store or service
        than the booking's is refused rather than quietly ignored."""
        del locale
        require_aware(now, "now")
        current = await self.store.get(booking_id)
        if current is None:
            raise BookingNotFoundError()
        if current.status != "confirmed":
            raise AlreadyCancelledError()
        if store_id is not None and store_id != current.store_id:
            raise StoreChangeError()
        if service is not None and service != current.service:
            raise ServiceChangeError()
        svc = get_service(current.service)
        try:
            lo, hi = self._plan(current.store_id, svc.duration_min, start, window_end, now)
        except _NoSlotLeft as left:
            alternatives = await self.alternatives(
                current.store_id,
                current.service,
                left.after,
                other_stores=False,
                until=self._last(now),
                moving=current,
            )
            raise SlotUnavailableError(_NO_SLOT_LEFT, alternatives) from None
        try:
            return await self.store.reschedule(booking_id, lo, hi)
        except SlotUnavailableError as exc:
            # Only this store's slots: a reschedule cannot take the others.
            alternatives = await self.alternatives(
                current.store_id,
                current.service,
                lo,
                other_stores=False,
                until=self._last(now),
                window_end=hi,
                moving=current,
            )
            raise SlotUnavailableError(exc.detail, alternatives) from None

    # -- messages -------------------------------------------------------------------------
    @staticmethod
    def message(booking: Booking, locale: str | None = "zh-CN", action: str = "booked") -> str:
        return confirmation_message(booking, locale, action)  # type: ignore[arg-type]

    @staticmethod
    def _check_vehicle(vehicle_id: str) -> None:
        if not isinstance(vehicle_id, str) or not (0 < len(vehicle_id) <= MAX_VEHICLE_ID):
            raise InvalidRequestError("vehicle_id must be 1..128 characters")
        if not vehicle_id.strip():  # "   " names no vehicle (an audit had it booked)
            raise InvalidRequestError("vehicle_id must not be only white space")
