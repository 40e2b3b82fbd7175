"""Booking routes: book from an utterance or from fields, read, list, cancel, reschedule; stores and
their availability. The booking rules live in ``booking/``; this module maps HTTP onto them."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
import time
from collections.abc import Awaitable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Annotated, Any, TypeVar
from zoneinfo import ZoneInfo

import msgspec

from ..booking import Booking, BookingError, BookingService, booking_payload
from ..booking.errors import (
    AlreadyCancelledError,
    ServiceChangeError,
    StoreChangeError,
    TimeInPastError,
    TooFarAheadError,
    is_english,
)
from ..booking.slots import round_down_to_slot, zone_of
from ..catalog import SERVICES_BY_ID, STORES, STORES_BY_ID
from ..http.errors import ApiError
from ..http.message import Request, Response, json_response
from ..nlu.resolve import IMPOSSIBLE_TIME, ModelParse, Resolved, detect_locale, resolve
from ..nlu.service_resolver import is_generic_wash
from ..nlu.store_resolver import resolve_store
from ..nlu.time_resolver import ImpossibleTimeError, TimeParseError, TimeSpan, resolve_time
from ..nlu.time_shift import (
    ShiftLandsNowhereError,
    ShiftOffCalendarError,
    is_a_whole_day,
    keeps_the_booking_clock,
    moved_start,
    moves_the_booking_by_name,
    new_time_said_alone,
    old_clock_said,
    on_the_booking_day,
    only_a_shift,
    only_the_booking_day,
    same_clock_on,
    says_a_move,
    says_the_booking_day,
    the_booking_day_alone,
)
from ..nlu.traditional import fold_traditional
from .decoding import BodyDecoder, parse_timestamp
from .parse import request_now
from .types import Locale, Location, Text, Timestamp

if TYPE_CHECKING:
    from ..app import App

NOT_UNDERSTOOD_ZH = "未能识别您的预约请求,请重新说明。"
NOT_UNDERSTOOD_EN = "Sorry, we could not understand your booking request. Please say it again."
T = TypeVar("T")
# The language of an answer nothing else decides (a structured request, a booking made before
# its language was kept): the gateway's default.
DEFAULT_LOCALE = "zh-CN"
VehicleId = Annotated[str, msgspec.Meta(min_length=1, max_length=128)]


# The availability query's day, exactly as the contract writes it.
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class BookingRequest(msgspec.Struct, forbid_unknown_fields=True):
    """Either ``text`` (parse, then book) or ``store_id`` + ``service`` + ``start``."""

    vehicle_id: VehicleId
    text: Text | None = None
    now: Timestamp | None = None
    location: Location | None = None
    store_id: str | None = None
    service: str | None = None
    start: Timestamp | None = None
    locale: Locale | None = None


class RescheduleRequest(msgspec.Struct, forbid_unknown_fields=True):
    start: Timestamp | None = None
    text: Text | None = None
    now: Timestamp | None = None
    location: Location | None = None
    locale: Locale | None = None


async def _db(req: Request, call: Awaitable[T]) -> T:
    """Awaits a booking-store call, timed as the Server-Timing "db" stage."""
    t0 = time.perf_counter()
    try:
        return await call
    finally:
        req.timing.add("db", time.perf_counter() - t0)


log = logging.getLogger("autoglm_gw.bookings")


def _fail(err: BookingError, locale: str | None, failures: _FailureLog) -> Response:
    # A booking backend that is down or failing is worth retrying, like an overloaded engine.
    headers = None
    if err.status in (502, 503):
        headers = [(b"retry-after", RETRY_AFTER_BACKEND)]
        failures.note(err)
    return json_response(err.to_body(locale), err.status, headers)


class _FailureLog:
    """Says why the booking backend failed, in the log: the client's answer has only the code
    (an audit found a full disk, a locked database and a deleted file nowhere in the log). At
    most one line per ``every_s``, with how many failed since the last one."""

    def __init__(self, every_s: float) -> None:
        self.every_s = every_s
        self._last = -every_s
        self._since = 0

    def note(self, err: BookingError) -> None:
        self._since += 1
        now = time.monotonic()
        if now - self._last >= self.every_s:
            log.warning(
                "booking backend unavailable (%d since the last line): %s",
                self._since,
                err.detail or err.code,
            )
            self._last, self._since = now, 0


# How often, at most, a booking backend failure is logged.
BACKEND_FAILURE_LOG_EVERY_S = 5.0


# Seconds a client should wait before retrying when the booking backend is unavailable.
RETRY_AFTER_BACKEND = b"2"


def _store_required(locale: str) -> ApiError:
    return ApiError(
        422,
        "store_required",
        "Which store? Name one or send a location."
        if is_english(locale)
        else "请说明要预约的门店,或提供您的位置。",
    )


# The engine's refusals (api/parser.py) said in Chinese, for a text booking's Chinese speaker.
_ENGINE_REFUSALS_ZH = {
    "queue_full": "服务繁忙,请稍后重试。",
    "overloaded": "服务繁忙,请稍后重试。",
    "deadline_exceeded": "请求等待超时,请稍后重试。",
    "shutting_down": "服务正在重启,请稍后重试。",
    "engine_unavailable": "语音理解服务暂时不可用,请稍后重试。",
    "input_too_long": "这句话太长了,请说得简短一些。",
}


def _in_language(err: ApiError, locale: str) -> ApiError:
    """An engine refusal of a text booking, in the speaker's language (the engine's own
    messages are English)."""
    zh = _ENGINE_REFUSALS_ZH.get(err.code)
    if zh is None or is_english(locale):
        return err
    return ApiError(err.status, err.code, zh, headers=err.headers)


# What an utterance asks, as a driver would be told it (an unsupported_intent refusal is read out
# to the driver, so it names no HTTP route: docs/api.md says which route serves each intent).
_ASKS_TO = {
    "cancel_booking": ("取消预约", "cancel a booking"),
    "query_booking": ("查询预约", "check on a booking"),
    "reschedule_booking": ("改约", "move a booking"),
    "book_car_wash": ("新的预约", "make a new booking"),
}


def _unsupported_intent(intent: str, locale: str, here: str) -> ApiError:
    """An utterance this route does not serve (a cancellation sent to book, say): what it
    asks, against what the route does (``here``: an intent)."""
    said_zh, said_en = _ASKS_TO.get(intent, ("别的事", "do something else"))
    here_zh, here_en = _ASKS_TO[here]
    if is_english(locale):
        message = f"That sounds like a request to {said_en}, not to {here_en}."
        return ApiError(422, "unsupported_intent", message)
    return ApiError(422, "unsupported_intent", f"这句话是要{said_zh},不是{here_zh}。")


def _shift_lands_nowhere(exc: ShiftLandsNowhereError, locale: str) -> ApiError:
    if is_english(locale):
        return ApiError(
            422,
            "invalid_time",
            f"“{exc.said}” from {exc.start:%b} {exc.start.day} lands on a day that month does not "
            "have: please say another time.",
        )
    return ApiError(
        422,
        "invalid_time",
        f"从{exc.start.month}月{exc.start.day}日“{exc.said}”后的日期不存在,请换一个时间。",
    )


def _time_said_alone(text: str, now: datetime, locale: str) -> TimeSpan | None:
    phrase = new_time_said_alone(text)
    if phrase is None:
        return None
    try:
        return resolve_time(phrase, now)
    except ImpossibleTimeError as exc:
        raise _impossible_time(exc.said or phrase, locale) from None
    except TimeParseError:
        return None


def _not_understood(locale: str) -> ApiError:
    message = NOT_UNDERSTOOD_EN if is_english(locale) else NOT_UNDERSTOOD_ZH
    return ApiError(422, "not_understood", message)


def _refuse_impossible_time(resolved: Resolved, locale: str) -> None:
    """A time no clock or calendar has ("明天25点"): refused rather than booked at another. The
    message quotes the driver's own words, so it reads the same in either language."""
    problem = resolved.problems.get("time")
    if problem is None or problem[0] != IMPOSSIBLE_TIME:
        return
    raise _impossible_time(problem[1], locale)


def _impossible_time(said: str, locale: str) -> ApiError:
    if is_english(locale):
        return ApiError(
            422, "invalid_time", f"The time “{said}” does not exist: please say another one."
        )
    return ApiError(422, "invalid_time", f"您说的时间“{said}”不存在,请换一个时间。")


def _request_hash(body: BookingRequest) -> str:
    """Same Idempotency-Key and same body: same booking; another body: idempotency_mismatch.
    The same body means the same request, not the same bytes: key order, spacing and how an
    instant is written (Z or +08:00) do not count."""
    fields = msgspec.to_builtins(body)
    for name in ("start", "now"):
        if fields.get(name):
            instant = parse_timestamp(fields[name], "invalid_request")
            with contextlib.suppress(OverflowError):  # year 9999 in UTC: kept as written
                fields[name] = instant.astimezone(UTC)
    canonical = msgspec.json.encode(msgspec.to_builtins(fields), order="sorted")
    return hashlib.sha256(canonical).hexdigest()


def register(app: App) -> None:
    book_decoder = BodyDecoder(BookingRequest)
    patch_decoder = BodyDecoder(RescheduleRequest)
    zone = ZoneInfo(app.config.server.timezone)

    def service() -> BookingService:
        return app.components.bookings

    failures = _FailureLog(BACKEND_FAILURE_LOG_EVERY_S)  # one per app: its own log throttle

    def fail(err: BookingError, locale: str | None) -> Response:
        return _fail(err, locale, failures)

    trust_client_now = app.config.booking.trust_client_now

    def rules_now(now: datetime) -> datetime:
        """The time the booking rules count from (no slot before it, none a year after it): the
        request's ``now``, or the server's clock where the request's is only trusted to resolve
        the text's times (``booking.trust_client_now = false``)."""
        return now if trust_client_now else datetime.now(zone)

    async def understand(
        req: Request,
        text: str,
        now: datetime,
        location: tuple[float, float] | None,
        locale: str,
    ) -> tuple[ModelParse, Resolved]:
        try:
            result = await app.components.parser.parse(text, req)
        except ApiError as err:
            raise _in_language(err, locale) from None
        t0 = time.perf_counter()
        resolved = resolve(result.parse, now, location)
        req.timing.add("resolve", time.perf_counter() - t0)
        return result.parse, resolved

    async def create(req: Request) -> Response:
        raw = await req.body()
        body = book_decoder.decode(raw)
        key = req.header(b"idempotency-key")
        now = request_now(body.now, zone)
        if body.text is not None:
            locale = body.locale or _asked_locale(req) or detect_locale(body.text)
            if body.store_id or body.service or body.start:
                raise ApiError(
                    422, "invalid_request", "give either text or store_id/service/start, not both"
                )
            location = (body.location.lat, body.location.lon) if body.location else None
            parse, resolved = await understand(req, body.text, now, location, locale)
            if parse.intent == "unknown":
                raise _not_understood(locale)
            if parse.intent != "book_car_wash":
                raise _unsupported_intent(parse.intent, locale, "book_car_wash")
            _refuse_impossible_time(resolved, locale)
            if "time" in resolved.problems or "service" in resolved.problems:
                raise _not_understood(locale)
            if "store" in resolved.problems:
                code, message = resolved.problems["store"]
                if code == "location_required":  # "the nearest store", and no location sent
                    raise _store_required(locale)
                zh = "没有找到您说的门店,请换个说法或说出门店名。"
                raise ApiError(422, code, message if is_english(locale) else zh)
            store_match = resolved.store
            if store_match is None and location is not None:
                # No store said, but the car is somewhere: the nearest store is the sane choice.
                store_match = resolve_store("nearest", location)
            if store_match is None:
                raise _store_required(locale)
            store_id = store_match.store.id
            svc = resolved.service or "standard"
            start = window_end = None
            if resolved.time is not None:
                start, window_end = resolved.time.start, resolved.time.end
        else:
            locale = body.locale or _asked_locale(req) or DEFAULT_LOCALE
            if body.store_id is None or body.service is None or body.start is None:
                raise ApiError(
                    422,
                    "missing_field",
                    "give text, or all of store_id, service and start",
                )
            store_id, svc, window_end = body.store_id, body.service, None
            start = parse_timestamp(body.start, "invalid_request")
            if start.tzinfo is None:
                raise ApiError(422, "invalid_time", "start must be RFC 3339 with an offset")
        try:
            booking = await _db(
                req,
                service().book(
                    store_id,
                    svc,
                    start,
                    body.vehicle_id,
                    window_end=window_end,
                    now=rules_now(now),
                    idempotency_key=key,
                    request_hash=_request_hash(body) if key else None,
                    locale=locale,
                ),
            )
        except BookingError as err:
            return fail(err, locale)
        # A replay of a booking cancelled since says so, not "booked".
        return json_response(booking_payload(booking, locale, _action(booking), now), 201)

    async def _held(req: Request) -> Booking:
        """The booking the request's path names, read (timed as "db")."""
        return await _db(req, service().get(req.params["id"]))

    async def get_one(req: Request) -> Response:
        asked = _asked_locale(req)
        try:
            booking = await _held(req)
        except BookingError as err:
            return fail(err, asked or DEFAULT_LOCALE)
        locale = _reply_locale(asked, booking)
        return json_response(booking_payload(booking, locale, _action(booking), datetime.now(zone)))

    async def list_for_vehicle(req: Request) -> Response:
        vehicle = req.query.get("vehicle_id")
        if not vehicle:
            raise ApiError(422, "missing_field", "vehicle_id query parameter is required")
        asked = _asked_locale(req)
        try:
            bookings = await _db(req, service().list_for_vehicle(vehicle))
        except BookingError as err:
            return fail(err, asked or DEFAULT_LOCALE)
        today = datetime.now(zone)
        return json_response(
            {
                "bookings": [
                    booking_payload(b, _reply_locale(asked, b), _action(b), today) for b in bookings
                ]
            }
        )

    async def cancel(req: Request) -> Response:
        asked = _asked_locale(req)
        try:
            booking = await _db(req, service().cancel(req.params["id"]))
        except BookingError as err:
            return fail(err, await _locale_of(req, asked))
        return json_response(
            booking_payload(booking, _reply_locale(asked, booking), "cancelled", datetime.now(zone))
        )

    async def _locale_of(req: Request, asked: str | None) -> str:
        """The language of a refusal about a booking: the one asked for, else the booking's."""
        if asked is not None:
            return asked
        try:
            booking = await _held(req)
        except BookingError:
            return DEFAULT_LOCALE
        return booking.locale or DEFAULT_LOCALE

    async def _relative_to_the_booking(
        req: Request,
        text: str,
        parse: ModelParse,
        resolved: Resolved,
        now: datetime,
        locale: str,
        shift_alone: bool,
    ) -> tuple[datetime | None, TimeSpan | None]:
        """(the new exact start of a move relative to the booking, the time said otherwise).

        - A shift ("推迟一个小时") moves the booking's start, in a reschedule or said alone, and
          not when asked about, refused or of another thing (says_a_move).
        - A new time said alone (改到明天这个时候) is read, though the model reads it unknown.
        - "The same time" on a day said keeps the booking's clock (周五同一时间); "that day"
          puts the time said on the booking's day (改到当天下午四点, "9:30 that morning")."""
        current: Booking | None = None

        async def booking() -> Booking:
            nonlocal current
            if current is None:
                current = await _held(req)
            return current

        moving = parse.intent == "reschedule_booking" or shift_alone
        if moving and says_a_move(text):
            try:
                moved = moved_start(text, resolved.time, (await booking()).start, zone)
            except ShiftLandsNowhereError as exc:
                raise _shift_lands_nowhere(exc, locale) from None
            except ShiftOffCalendarError as exc:  # years on: as any time that far ahead
                raise TooFarAheadError() if exc.later else TimeInPastError() from None
            if moved is not None:
                held = await booking()
                if moved < held.start:
                    # "提前一刻钟" is earlier: the slot before, not 14:45 rounded back up to the
                    # booking's own 15:00
                    moved = round_down_to_slot(moved, zone_of(held.store_id))
                return moved, None
        time_said = resolved.time
        if parse.intent == "unknown" or time_said is None:
            time_said = _time_said_alone(text, now, locale) or time_said
        if says_the_booking_day(text) and only_the_booking_day(time_said):
            # "same time the day after", 改到第二天, "the next morning": the day named by the
            # booking's, at its clock or the part of the day said
            alone = the_booking_day_alone(text, (await booking()).start, zone, now)
            if isinstance(alone, datetime):
                return alone, None
            time_said = alone or time_said
        if (
            parse.intent == "reschedule_booking"
            and time_said is not None
            and is_a_whole_day(time_said, zone)
        ):
            # "当天下午四点改到周五", "move my 3pm to Friday": the new day at the clock said for
            # the booking
            clock = old_clock_said(text, time_said.text, now)
            if clock is not None:
                day = time_said.start.astimezone(zone)
                return day.replace(hour=clock[0], minute=clock[1]), None
        if time_said is None or not (keeps_the_booking_clock(text) or says_the_booking_day(text)):
            return None, time_said  # a time of its own: the booking need not be read here
        held = await booking()
        same_clock = same_clock_on(text, time_said, held.start, zone)
        if same_clock is not None:
            return same_clock, None
        if says_the_booking_day(text):
            time_said = on_the_booking_day(text, time_said, held.start, zone, now) or time_said
        return None, time_said

    async def _change_refused(
        req: Request, store_id: str | None, service_id: str | None
    ) -> BookingError | None:
        """The refusal of a text that names another store or service than the booking's and
        no time: what it asks is a change no reschedule makes."""
        if store_id is None and service_id is None:
            return None
        try:
            current = await _held(req)
        except BookingError as err:
            return err
        if current.status != "confirmed":  # as a move with a time is told
            return AlreadyCancelledError()
        if store_id is not None and store_id != current.store_id:
            return StoreChangeError()
        if service_id is not None and service_id != current.service:
            return ServiceChangeError()
        return None

    async def reschedule(req: Request) -> Response:
        body = patch_decoder.decode(await req.body())
        now = request_now(body.now, zone)
        if (body.start is None) == (body.text is None):
            raise ApiError(422, "invalid_request", "give exactly one of start or text")
        asked = body.locale or _asked_locale(req)
        if body.text is not None:
            # The words as the model reads them (國貿 as 国贸): the helpers below look for the
            # model's span texts in them (當天下午四點改到週五 had lost the booking's clock).
            said = fold_traditional(body.text)
            locale = asked or detect_locale(said)
            location = (body.location.lat, body.location.lon) if body.location else None
            parse, resolved = await understand(req, said, now, location, locale)
            # a shift said alone (提前半小时, which the model reads as unknown), or of our booking
            # by name (帮我把洗车推迟两个小时)
            shift_alone = only_a_shift(said) or moves_the_booking_by_name(said)
            if parse.intent in ("cancel_booking", "query_booking") and not shift_alone:
                # "取消我明天的洗车" sent here moved the booking to tomorrow
                raise _unsupported_intent(parse.intent, locale, "reschedule_booking")
            try:
                moved, time_said = await _relative_to_the_booking(
                    req, said, parse, resolved, now, locale, shift_alone
                )
            except BookingError as err:
                return fail(err, locale)
            store_id = resolved.store.store.id if resolved.store is not None else None
            # Only a service the text names: a booking's default (standard) or the everyday 洗车
            # says nothing of which service the booking has.
            named = parse.service is not None and not is_generic_wash(parse.service)
            service_id = resolved.service if named else None
            if moved is not None:
                start, window_end = moved, None
            else:
                _refuse_impossible_time(resolved, locale)  # never set for an unknown intent
                if time_said is None:
                    # "make it a full detail instead", 改成洗车打蜡: a change it cannot make,
                    # said as such rather than as not understood
                    refusal = await _change_refused(req, store_id, service_id)
                    if refusal is not None:
                        return fail(refusal, locale)
                    raise _not_understood(locale)
                start, window_end = time_said.start, time_said.end
        else:
            store_id = service_id = None
            locale = asked or DEFAULT_LOCALE
            start, window_end = parse_timestamp(body.start, "invalid_request"), None
            if start.tzinfo is None:
                raise ApiError(422, "invalid_time", "start must be RFC 3339 with an offset")
        try:
            booking = await _db(
                req,
                service().reschedule(
                    req.params["id"],
                    start,
                    window_end,
                    now=rules_now(now),
                    locale=locale,
                    store_id=store_id,
                    service=service_id,
                ),
            )
        except BookingError as err:
            return fail(err, locale if body.text is not None else await _locale_of(req, asked))
        if body.text is None:  # a structured move answers in the booking's own language
            locale = _reply_locale(asked, booking)
        return json_response(booking_payload(booking, locale, "rescheduled", now))

    async def stores(req: Request) -> Response:
        return json_response({"stores": [_store_dict(s) for s in STORES]})

    async def availability(req: Request) -> Response:
        store_id = req.params["id"]
        if store_id not in STORES_BY_ID:
            raise ApiError(404, "unknown_store", f"unknown store {store_id!r}")
        q = req.query
        raw = q.get("date", "")
        try:
            if not _ISO_DAY.fullmatch(raw):  # fromisoformat also takes "20261211"
                raise ValueError(raw)
            day = date.fromisoformat(raw)
        except ValueError:
            raise ApiError(422, "invalid_date", "date must be YYYY-MM-DD") from None
        if not date.min < day < date.max:  # its slots would run past the calendar
            raise ApiError(422, "invalid_date", "date is out of range")
        svc = q.get("service", "standard")
        if svc not in SERVICES_BY_ID:
            raise ApiError(422, "unknown_service", f"unknown service {svc!r}")
        try:
            slots = await _db(
                req, service().availability(store_id, day, svc, now=datetime.now(zone))
            )
        except BookingError as err:
            return fail(err, _query_locale(req))
        return json_response(
            {
                "store_id": store_id,
                "date": day.isoformat(),
                "service": svc,
                "slots": [
                    {"start": s.start.isoformat(), "end": s.end.isoformat(), "free": s.free}
                    for s in slots
                ],
            }
        )

    app.router.add("POST", "/v1/bookings", create)
    app.router.add("GET", "/v1/bookings", list_for_vehicle)
    app.router.add("GET", "/v1/bookings/{id}", get_one)
    app.router.add("DELETE", "/v1/bookings/{id}", cancel)
    app.router.add("PATCH", "/v1/bookings/{id}", reschedule)
    app.router.add("GET", "/v1/stores", stores)
    app.router.add("GET", "/v1/stores/{id}/availability", availability)


def _action(booking) -> Any:
    return "cancelled" if booking.status == "cancelled" else "booked"


def _query_locale(req: Request) -> str:
    return _asked_locale(req) or DEFAULT_LOCALE


def _reply_locale(asked: str | None, booking: Booking) -> str:
    """The language of a booking read back: the one asked for, else the one it was made in."""
    return asked or booking.locale or DEFAULT_LOCALE


def _asked_locale(req: Request) -> str | None:
    """The locale asked for by ``?locale=`` or ``Accept-Language``, if any."""
    lang = req.query.get("locale") or req.header(b"accept-language")
    if not lang:
        return None
    return "en-US" if is_english(lang) else "zh-CN"


def _store_dict(s) -> dict[str, Any]:
    return {"id": s.id, "name": s.name, "name_en": s.name_en, "lat": s.lat, "lon": s.lon}
