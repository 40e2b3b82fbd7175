"""POST /v1/parse: utterance in, intent and resolved slots out."""

from __future__ import annotations

import time
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from ..http.errors import ApiError
from ..http.message import Request, Response, json_response
from ..nlu.resolve import ModelParse, Resolved, resolve
from .decoding import BodyDecoder, parse_timestamp
from .types import ParseRequest, ParseResponse, Slots, StoreOut, TimeOut

if TYPE_CHECKING:
    from ..app import App


# The years a request's ``now`` may fall in.
NOW_YEARS = (1970, 9000)


def request_now(now: str | datetime | None, zone: ZoneInfo) -> datetime:
    """The request's clock in the stores' zone (``now`` as sent: an RFC 3339 string); naive
    times are not RFC 3339 and are refused."""
    if isinstance(now, str):
        now = parse_timestamp(now, "invalid_now")
    if now is None:
        # Whole seconds: "now" is the server's clock to the second, which also lets identical
        # requests within a second share one resolution.
        return datetime.now(zone).replace(microsecond=0)
    if now.tzinfo is None or now.utcoffset() is None:
        raise ApiError(422, "invalid_now", "now must be RFC 3339 with an offset")
    if not NOW_YEARS[0] <= now.year <= NOW_YEARS[1]:
        # Times are resolved and booked days and a year ahead of it: near the calendar's ends
        # that arithmetic overflows.
        raise ApiError(
            422, "invalid_now", f"now must fall in the years {NOW_YEARS[0]}-{NOW_YEARS[1]}"
        )
    return now.astimezone(zone)


def slots_out(parse: ModelParse, resolved: Resolved) -> Slots:
    store = None
    if resolved.store is not None:
        s = resolved.store.store
        store = StoreOut(s.id, s.name, s.name_en, resolved.store.distance_km)
    time_out = None
    if resolved.time is not None:
        t = resolved.time
        time_out = TimeOut(t.text, t.start, t.end)
    return Slots(resolved.service, store, time_out)


def register(app: App) -> None:
    decoder = BodyDecoder(ParseRequest)
    zone = ZoneInfo(app.config.server.timezone)

    async def answer(req: Request) -> Response:
        body = decoder.decode(await req.body())
        now = request_now(body.now, zone)
        location = (body.location.lat, body.location.lon) if body.location else None
        result = await app.components.parser.parse(body.text, req)
        t0 = time.perf_counter()
        resolved = resolve(result.parse, now, location)
        req.timing.add("resolve", time.perf_counter() - t0)
        out = ParseResponse(
            result.parse.intent, slots_out(result.parse, resolved), body.text, result.cached
        )
        return json_response(out, headers=[(b"x-cache", result.cache_status.encode())])

    # The contract has every /v1/parse answer say what the cache did; an error answer (a bad
    # body, a refusal, a method the path does not serve, a fault) was neither taken from the cache
    # nor stored in it.
    app.router.add("POST", "/v1/parse", answer, error_headers=[(b"x-cache", b"bypass")])
