"""The slot grid and capacity arithmetic shared by every backend (pure functions, no I/O).

- Slots start every ``SLOT_MINUTES`` on the store's local wall clock (08:00, 08:30, ...).
- A booking of duration ``d`` starting at ``s`` occupies ``[s, s + d)``; it must start at or
  after opening (08:00) and end at or before closing (22:00) on the same local day.
- Capacity: at no instant may more bookings of one service at one store overlap than it has
  bays. ``free_bays`` computes, for a candidate interval, the bays left at its busiest instant.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from autoglm_gw.booking.errors import InvalidTimeError, UnknownServiceError, UnknownStoreError
from autoglm_gw.catalog import (
    CLOSE_HOUR,
    DEFAULT_ZONE,
    OPEN_HOUR,
    SERVICES_BY_ID,
    SLOT_MINUTES,
    STORES,
    STORES_BY_ID,
    Service,
    Store,
)

SLOT = timedelta(minutes=SLOT_MINUTES)
DAY = timedelta(days=1)


@cache
def zone_of(store_id: str) -> ZoneInfo:
    """The IANA zone of a store (all demo stores are in ``DEFAULT_ZONE``)."""
    return ZoneInfo(DEFAULT_ZONE)


def get_store(store_id: str) -> Store:
    store = STORES_BY_ID.get(store_id)
    if store is None:
        raise UnknownStoreError(f"store {store_id!r}")
    return store


def get_service(service: str) -> Service:
    svc = SERVICES_BY_ID.get(service)
    if svc is None:
        raise UnknownServiceError(f"service {service!r}")
    return svc


def require_aware(dt: datetime, name: str) -> datetime:
    if not isinstance(dt, datetime):
        raise InvalidTimeError(f"{name} must be a datetime")
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise InvalidTimeError(f"{name} must carry a UTC offset")
    return dt


def round_up_to_slot(dt: datetime, zone: ZoneInfo) -> datetime:
    """The first slot boundary at or after ``dt`` (local wall clock of ``zone``)."""
    local = dt.astimezone(zone)
    midnight = datetime.combine(local.date(), time(0), tzinfo=zone)
    # Count in wall-clock minutes so that zones with odd offsets keep a local grid.
    wall = local.replace(tzinfo=None) - midnight.replace(tzinfo=None)
    steps = wall // SLOT + (1 if wall % SLOT else 0)
    return _wall(local.date(), timedelta(minutes=steps * SLOT_MINUTES), zone)


def round_down_to_slot(dt: datetime, zone: ZoneInfo) -> datetime:
    """The last slot boundary at or before ``dt`` (local wall clock of ``zone``)."""
    up = round_up_to_slot(dt, zone)
    return up if up == dt else round_up_to_slot(up - SLOT, zone)


def _wall(day: date, offset: timedelta, zone: ZoneInfo) -> datetime:
    naive = datetime.combine(day, time(0)) + offset
    return naive.replace(tzinfo=zone)


def day_starts(day: date, duration_min: int, zone: ZoneInfo) -> list[datetime]:
    """Every slot start on local ``day`` at which a ``duration_min`` booking fits opening hours."""
    first = timedelta(hours=OPEN_HOUR)
    last = timedelta(hours=CLOSE_HOUR) - timedelta(minutes=duration_min)
    out: list[datetime] = []
    offset = first
    while offset <= last:
        out.append(_wall(day, offset, zone))
        offset += SLOT
    return out


def fits_opening_hours(start: datetime, duration_min: int, zone: ZoneInfo) -> bool:
    local = start.astimezone(zone)
    opening = _wall(local.date(), timedelta(hours=OPEN_HOUR), zone)
    closing = _wall(local.date(), timedelta(hours=CLOSE_HOUR), zone)
    return opening <= local and local + timedelta(minutes=duration_min) <= closing


def is_on_grid(start: datetime, zone: ZoneInfo) -> bool:
    return round_up_to_slot(start, zone) == start


def candidate_starts(
    start: datetime, window_end: datetime | None, duration_min: int, zone: ZoneInfo
) -> list[datetime]:
    """Slot starts in ``[start, window_end)`` (or exactly ``start`` when ``window_end`` is None)
    that lie on the grid and fit opening hours, earliest first, in the store's zone."""
    start = start.astimezone(zone)
    if window_end is None:
        if is_on_grid(start, zone) and fits_opening_hours(start, duration_min, zone):
            return [start]
        return []
    end = window_end.astimezone(zone)
    out: list[datetime] = []
    day = start.date()
    while True:
        day_begin = _wall(day, timedelta(0), zone)
        if day_begin >= end:
            break
        for s in day_starts(day, duration_min, zone):
            if start <= s < end:
                out.append(s)
        day += DAY
    return out


def local_day_bounds(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    return _wall(day, timedelta(0), zone), _wall(day + DAY, timedelta(0), zone)


def free_bays(
    start: datetime, end: datetime, capacity: int, busy: Sequence[tuple[datetime, datetime]]
) -> int:
    """Bays left for ``[start, end)`` given the ``busy`` intervals of the same store/service.

    The busiest instant of ``[start, end)`` is ``start`` or the start of some busy interval
    inside it, so checking those points is exact for arbitrary (even off-grid) intervals.
    """
    overlapping = [(a, b) for a, b in busy if a < end and b > start]
    if not overlapping:
        return capacity
    points = [start, *(a for a, _ in overlapping if a > start)]
    peak = max(sum(1 for a, b in overlapping if a <= p < b) for p in points)
    return max(capacity - peak, 0)


def first_fit(
    candidates: Iterable[datetime],
    duration: timedelta,
    capacity: int,
    busy: Sequence[tuple[datetime, datetime]],
) -> datetime | None:
    for s in candidates:
        if free_bays(s, s + duration, capacity, busy) > 0:
            return s
    return None


def haversine_km(a: Store, b: Store) -> float:
    r = 6371.0088
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * r * math.asin(math.sqrt(h))


def nearest_other_stores(store_id: str) -> list[Store]:
    """Other stores ordered by great-circle distance from ``store_id`` (ties by id)."""
    origin = get_store(store_id)
    others = [s for s in STORES if s.id != store_id]
    return sorted(others, key=lambda s: (haversine_km(origin, s), s.id))
