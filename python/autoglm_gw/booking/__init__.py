"""Bookings: the service API over pluggable storage (SQLite, PostgreSQL, an HTTP service).

Typical use by the HTTP layer::

    store = store_from_config(cfg)          # or open_store("sqlite:///var/autoglm-gw.db")
    bookings = BookingService(store)
    await bookings.start()                  # migrations + catalogue seed
    booking = await bookings.book("guomao", "standard", start, "V1", now=now)
    message = confirmation_message(booking, "zh-CN")

Every failure is a ``BookingError`` with ``code``, ``status`` and ``to_body(locale)``.
"""

from autoglm_gw.booking.errors import (
    ERRORS_BY_CODE,
    AlreadyCancelledError,
    BackendError,
    BackendUnavailableError,
    BookingError,
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
    UnknownServiceError,
    UnknownStoreError,
)
from autoglm_gw.booking.messages import booking_payload, confirmation_message
from autoglm_gw.booking.models import Alternative, Booking, NewBooking, SlotAvailability
from autoglm_gw.booking.service import BookingService, request_fingerprint
from autoglm_gw.booking.store import DEFAULT_DB_URL, BookingStore, open_store, store_from_config

__all__ = [
    "DEFAULT_DB_URL",
    "ERRORS_BY_CODE",
    "AlreadyCancelledError",
    "Alternative",
    "BackendError",
    "BackendUnavailableError",
    "Booking",
    "BookingError",
    "BookingNotFoundError",
    "BookingService",
    "BookingStore",
    "IdempotencyMismatchError",
    "InvalidRequestError",
    "InvalidTimeError",
    "NewBooking",
    "OutsideOpeningHoursError",
    "ServiceChangeError",
    "SlotAvailability",
    "SlotUnavailableError",
    "StoreChangeError",
    "TimeInPastError",
    "TooFarAheadError",
    "UnknownServiceError",
    "UnknownStoreError",
    "booking_payload",
    "confirmation_message",
    "open_store",
    "request_fingerprint",
    "store_from_config",
]
