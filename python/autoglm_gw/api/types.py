"""Request and response Structs at the HTTP edge (field names and shapes fixed by the contract)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

import msgspec

# The contract bounds utterances to 1..512 characters.
MAX_TEXT_CHARS = 512

Locale = Literal["zh-CN", "en-US"]
# At least one character that is not white space: a blank utterance (" ", a full-width space) says
# nothing, and is refused as an empty one is rather than read as "unknown".
Text = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_TEXT_CHARS, pattern=r"\S")]
# An RFC 3339 date-time (section 5.6): seconds required, the offset "Z" or "+hh:mm" (msgspec's own
# datetime decoding also takes "+0800", which RFC 3339 does not); "T" may be a space (its note).
RFC3339_PATTERN = r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$"
Timestamp = Annotated[str, msgspec.Meta(pattern=RFC3339_PATTERN)]


class Location(msgspec.Struct, forbid_unknown_fields=True):
    lat: Annotated[float, msgspec.Meta(ge=-90, le=90)]
    lon: Annotated[float, msgspec.Meta(ge=-180, le=180)]


class ParseRequest(msgspec.Struct, forbid_unknown_fields=True):
    text: Text
    now: Timestamp | None = None
    location: Location | None = None
    vehicle_id: str | None = None
    locale: Locale | None = None


class StoreOut(msgspec.Struct):
    id: str
    name: str
    name_en: str
    distance_km: float | None = None


class TimeOut(msgspec.Struct):
    text: str
    start: datetime
    end: datetime | None


class Slots(msgspec.Struct):
    service: str | None
    store: StoreOut | None
    time: TimeOut | None


class ParseResponse(msgspec.Struct):
    intent: str
    slots: Slots
    text: str
    cached: bool = False
