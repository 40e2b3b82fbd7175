"""User-facing confirmation messages, in Chinese (default) and English.

zh: ``已为您预约在国贸店的洗车服务,时间为11月26日 15:00。``
en: ``Your car wash at Guomao is booked for Nov 26, 15:00.``

Times are shown on the store's wall clock. Month names are spelled here rather than taken from
``strftime`` so that the process locale cannot change them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from autoglm_gw.booking.errors import is_english
from autoglm_gw.booking.models import Booking
from autoglm_gw.booking.slots import get_store, zone_of

SERVICE_NAMES_ZH: dict[str, str] = {
    "standard": "洗车",
    "quick": "快洗",
    "automatic": "自动洗车",
    "detailing": "精洗",
    "interior": "内饰清洗",
    "wax": "洗车打蜡",
}
SERVICE_NAMES_EN: dict[str, str] = {
    "standard": "car wash",
    "quick": "express wash",
    "automatic": "automatic wash",
    "detailing": "full detail",
    "interior": "interior cleaning",
    "wax": "wash and wax",
}
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

Action = Literal["booked", "rescheduled", "cancelled"]


def _zh_when(dt: datetime, with_year: bool) -> str:
    year = f"{dt.year}年" if with_year else ""
    return f"{year}{dt.month}月{dt.day}日 {dt:%H:%M}"


def _en_when(dt: datetime, with_year: bool) -> str:
    year = f" {dt.year}" if with_year else ""
    return f"{_MONTHS_EN[dt.month - 1]} {dt.day}{year}, {dt:%H:%M}"


def confirmation_message(
    booking: Booking,
    locale: str | None = "zh-CN",
    action: Action = "booked",
    now: datetime | None = None,
) -> str:
    """The sentence told to the driver after booking, rescheduling or cancelling. The year is
    said when it is not ``now``'s (12月1日 booked on December 30th would read as gone by)."""
    store = get_store(booking.store_id)
    zone = zone_of(booking.store_id)
    local = booking.start.astimezone(zone)
    with_year = now is not None and now.astimezone(zone).year != local.year
    if is_english(locale):
        what = SERVICE_NAMES_EN.get(booking.service, booking.service)
        when = _en_when(local, with_year)
        if action == "cancelled":
            return f"Your {what} at {store.name_en} on {when} is cancelled."
        if action == "rescheduled":
            return f"Your {what} at {store.name_en} is moved to {when}."
        return f"Your {what} at {store.name_en} is booked for {when}."
    what = SERVICE_NAMES_ZH.get(booking.service, booking.service)
    when = _zh_when(local, with_year)
    if action == "cancelled":
        return f"已为您取消在{store.name}的{what}服务,原定时间为{when}。"
    if action == "rescheduled":
        return f"已为您将在{store.name}的{what}服务改约至{when}。"
    return f"已为您预约在{store.name}的{what}服务,时间为{when}。"


def booking_payload(
    booking: Booking,
    locale: str | None = "zh-CN",
    action: Action = "booked",
    now: datetime | None = None,
) -> dict[str, Any]:
    """The contract's booking body: ``{"booking_id", "status", "store": {...}, "service",
    "start", "end", "vehicle_id", "message"}`` (times RFC 3339 in the store's zone; the
    message's year as ``confirmation_message`` says)."""
    store = get_store(booking.store_id)
    zone = zone_of(booking.store_id)
    return {
        "booking_id": booking.id,
        "status": booking.status,
        "store": {"id": store.id, "name": store.name, "name_en": store.name_en},
        "service": booking.service,
        "start": booking.start.astimezone(zone).isoformat(),
        "end": booking.end.astimezone(zone).isoformat(),
        "vehicle_id": booking.vehicle_id,
        "message": confirmation_message(booking, locale, action, now),
    }
