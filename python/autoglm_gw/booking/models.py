"""Value types of the booking layer (msgspec Structs, timezone-aware datetimes)."""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any, Literal

import msgspec

from autoglm_gw.catalog import STORES_BY_ID, Store

Status = Literal["confirmed", "cancelled"]


def new_booking_id() -> str:
    """``bk_`` and 16 random hex digits (64 bits); the primary key rejects the odd collision."""
    return "bk_" + secrets.token_hex(8)


class Booking(msgspec.Struct, frozen=True):
    """One booking row. ``start``/``end`` are aware datetimes in the store's zone."""

    id: str
    vehicle_id: str
    store_id: str
    service: str
    start: datetime
    end: datetime
    status: Status
    idempotency_key: str | None
    request_hash: str | None
    version: int
    created_at: datetime
    updated_at: datetime
    # The language the booking was made in ("zh-CN" / "en-US"), for messages read back later;
    # None for bookings made before it was kept, and by a remote booking service.
    locale: str | None = None

    @property
    def store(self) -> Store:
        return STORES_BY_ID[self.store_id]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (RFC 3339 times with offset)."""
        return msgspec.to_builtins(self)


class NewBooking(msgspec.Struct, frozen=True):
    """What a storage backend is asked to book: the first free slot whose start lies in
    ``[start, window_end)`` on the slot grid, inside opening hours. ``window_end=None`` means
    exactly ``start``. The service layer has already applied ``now`` and rounding."""

    store_id: str
    service: str
    start: datetime
    vehicle_id: str
    window_end: datetime | None = None
    idempotency_key: str | None = None
    request_hash: str | None = None
    locale: str | None = None


class SlotAvailability(msgspec.Struct, frozen=True):
    """A slot start at a store for a service, with how many bays are still free for it."""

    start: datetime
    end: datetime
    free: int


class Alternative(msgspec.Struct, frozen=True):
    """A free slot offered when the requested one is full."""

    store: Store
    service: str
    start: datetime
    end: datetime

    def to_dict(self) -> dict[str, Any]:
        return {
            "store": {"id": self.store.id, "name": self.store.name, "name_en": self.store.name_en},
            "service": self.service,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
        }
