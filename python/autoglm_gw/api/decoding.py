"""Request bodies decoded with msgspec into the API Structs, with errors in the contract's shape."""

from __future__ import annotations

import re
from datetime import datetime
from typing import TypeVar

import msgspec

from ..http.errors import ApiError

T = TypeVar("T")

_PATH = re.compile(r" - at `\$\.?([^`]*)`$")
# Field-specific codes for the errors clients most need to tell apart.
_FIELD_CODES = {"now": "invalid_now", "text": "invalid_text", "location": "invalid_location"}


class BodyDecoder:
    """One msgspec decoder per request type, created once (msgspec's own advice)."""

    def __init__(self, type_: type[T]) -> None:
        self._decoder = msgspec.json.Decoder(type_)

    def decode(self, body: bytes):
        if not body:
            raise ApiError(400, "malformed_json", "request body is empty; expected a JSON object")
        try:
            return self._decoder.decode(body)
        except msgspec.ValidationError as exc:
            raise validation_error(str(exc)) from None
        except msgspec.DecodeError as exc:
            reason = _decode_reason(exc)
            raise ApiError(400, "malformed_json", f"malformed JSON: {reason}") from None
        except RecursionError:  # thousands of nested arrays or objects
            raise ApiError(400, "malformed_json", "malformed JSON: nested too deeply") from None
        except UnicodeDecodeError as exc:  # raw bytes inside a JSON string
            reason = f"a JSON string holds bytes that are not UTF-8 ({exc.reason})"
            raise ApiError(400, "malformed_json", f"malformed JSON: {reason}") from None


def parse_timestamp(value: str, code: str) -> datetime:
    """A ``Timestamp`` field's value (already matched against RFC 3339's shape) as an aware
    datetime; an impossible one ("2026-13-01T...") is a 422 with ``code``."""
    try:
        return datetime.fromisoformat(value.upper().replace(" ", "T"))
    except ValueError:
        raise ApiError(422, code, f"{value!r} is not a valid RFC 3339 date-time") from None


# What a field checked against a pattern must look like, in words.
_PATTERN_MEANS = {
    "now": "an RFC 3339 timestamp with its offset, e.g. 2026-11-26T10:00:00+08:00",
    "start": "an RFC 3339 timestamp with its offset, e.g. 2026-11-26T15:00:00+08:00",
}


def validation_error(message: str) -> ApiError:
    match = _PATH.search(message)
    field = match.group(1).split(".")[0].split("[")[0] if match else ""
    if message.startswith("Object missing required field"):
        missing = message.split("`")[1]
        return ApiError(422, "missing_field", f"missing required field '{missing}'")
    if field == "text" and "length <=" in message:
        return ApiError(422, "text_too_long", f"text is too long: {message}")
    if field == "text" and "length >=" in message:
        return ApiError(422, "text_empty", "text must not be empty")
    if field == "text" and "matching regex" in message:
        return ApiError(422, "text_empty", "text must not be blank (white space only)")
    if "matching regex" in message and match:
        # The pattern itself helps nobody: say what is expected instead.
        expected = _PATTERN_MEANS.get(field, "a value of the documented form")
        message = f"{match.group(1)} must be {expected}"
    return ApiError(422, _FIELD_CODES.get(field, "invalid_request"), message)


def _decode_reason(exc: msgspec.DecodeError) -> str:
    reason = str(exc).removeprefix("JSON is malformed: ")
    if reason == "Input data was truncated":  # msgspec's words for a lone \ud800 escape too
        return "truncated, or a string with an invalid \\u escape (a lone surrogate)"
    return reason
