"""Booking errors: one class per machine-readable code, each with its HTTP status.

The HTTP layer maps an error 1:1 to ``{"error": {"code", "message"}}`` with ``err.status``:
``err.to_body(locale)`` builds that body (plus ``alternatives`` for ``slot_unavailable``).
Messages are rendered per request locale (``zh-CN`` by default, ``en-*`` for English), so the
same exception raised deep in a storage backend can be shown in the user's language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from autoglm_gw.booking.models import Alternative


def is_english(locale: str | None) -> bool:
    """True for English locales (``en``, ``en-US``, ``en_GB``...); everything else is Chinese."""
    return bool(locale) and locale.lower().startswith("en")  # type: ignore[union-attr]


class BookingError(Exception):
    """Base class. ``code`` and ``status`` are class constants; ``detail`` adds context."""

    code: ClassVar[str] = "booking_error"
    status: ClassVar[int] = 400
    zh: ClassVar[str] = "预约请求无法处理。"
    en: ClassVar[str] = "The booking request could not be processed."

    def __init__(self, detail: str | None = None) -> None:
        self.detail = detail
        super().__init__(self.message("en-US"))

    def message(self, locale: str | None = "zh-CN") -> str:
        text = self.en if is_english(locale) else self.zh
        if self.detail and is_english(locale):
            return f"{text} ({self.detail})"
        return text

    def to_body(self, locale: str | None = "zh-CN") -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message(locale)}}


class InvalidRequestError(BookingError):
    code = "invalid_request"
    status = 422
    zh = "预约请求缺少必要信息或格式不正确。"
    en = "The booking request is missing a field or has a malformed one."

    def message(self, locale: str | None = "zh-CN") -> str:
        # The request's own shape is the client developer's to fix, not the driver's: in English
        # with what is wrong, whatever the locale (docs/api.md; an audit found an overlong
        # Idempotency-Key refused with the generic Chinese sentence alone).
        return super().message("en-US")


class InvalidTimeError(BookingError):
    code = "invalid_time"
    status = 422
    zh = "预约时间格式不正确。"
    en = "The requested time is not valid."


class TimeInPastError(BookingError):
    code = "time_in_past"
    status = 422
    zh = "预约时间已过,请选择一个将来的时间。"
    en = "The requested time is in the past; please choose a later time."


class TooFarAheadError(BookingError):
    code = "too_far_ahead"
    status = 422
    zh = "只能预约一年以内的时段,请选择更近的时间。"
    en = "Bookings can be made up to a year ahead; please choose an earlier time."


class OutsideOpeningHoursError(BookingError):
    code = "outside_opening_hours"
    status = 422
    zh = "该时间不在营业时间内(08:00–22:00),请重新选择。"
    en = "That time is outside opening hours (08:00-22:00); please choose another time."


class UnknownStoreError(BookingError):
    code = "unknown_store"
    status = 404
    zh = "未找到该门店。"
    en = "Unknown store."


class UnknownServiceError(BookingError):
    code = "unknown_service"
    status = 422
    zh = "不支持该服务项目。"
    en = "Unknown service."


class BookingNotFoundError(BookingError):
    code = "booking_not_found"
    status = 404
    zh = "未找到该预约。"
    en = "No such booking."


class AlreadyCancelledError(BookingError):
    code = "already_cancelled"
    status = 409
    zh = "该预约已取消。"
    en = "This booking is already cancelled."


class StoreChangeError(BookingError):
    """A reschedule names another store: a booking moves in time, never between stores."""

    code = "store_change_not_supported"
    status = 422
    zh = "改约不能更换门店;如需去其他门店,请取消这个预约后重新预约。"
    en = (
        "A reschedule keeps the booking's store; to go to another store, cancel this booking "
        "and book again."
    )


class ServiceChangeError(BookingError):
    """A reschedule names another service: its duration and bays differ, so it is a new booking."""

    code = "service_change_not_supported"
    status = 422
    zh = "改约不能更换服务项目;如需其他服务,请取消这个预约后重新预约。"
    en = (
        "A reschedule keeps the booking's service; for another service, cancel this booking "
        "and book again."
    )


class IdempotencyMismatchError(BookingError):
    code = "idempotency_mismatch"
    status = 409
    zh = "该幂等键已用于另一个不同的请求。"
    en = "This Idempotency-Key was already used with a different request."


class SlotUnavailableError(BookingError):
    """No free bay in the requested slot or window. ``alternatives`` lists other free slots."""

    code = "slot_unavailable"
    status = 409
    zh = "该时段已约满,请选择其他时间或门店。"
    en = "No free slot at that time; please pick one of the alternatives."

    def __init__(
        self, detail: str | None = None, alternatives: list[Alternative] | None = None
    ) -> None:
        super().__init__(detail)
        self.alternatives: list[Alternative] = list(alternatives or ())

    def to_body(self, locale: str | None = "zh-CN") -> dict[str, Any]:
        body = super().to_body(locale)
        body["alternatives"] = [a.to_dict() for a in self.alternatives]
        return body


class BackendUnavailableError(BookingError):
    """The database or the remote booking service cannot be reached (retry later)."""

    code = "booking_backend_unavailable"
    status = 503
    zh = "预约服务暂时不可用,请稍后再试。"
    en = "The booking service is unavailable; please try again later."


class BackendError(BookingError):
    """The remote booking service answered something this gateway does not understand."""

    code = "booking_backend_error"
    status = 502
    zh = "预约服务返回了无法识别的结果。"
    en = "The booking service returned an unexpected answer."


ERRORS_BY_CODE: dict[str, type[BookingError]] = {
    cls.code: cls
    for cls in (
        InvalidRequestError,
        InvalidTimeError,
        TimeInPastError,
        TooFarAheadError,
        OutsideOpeningHoursError,
        UnknownStoreError,
        UnknownServiceError,
        BookingNotFoundError,
        AlreadyCancelledError,
        StoreChangeError,
        ServiceChangeError,
        IdempotencyMismatchError,
        SlotUnavailableError,
        BackendUnavailableError,
        BackendError,
    )
}
