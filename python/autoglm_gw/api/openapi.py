"""GET /openapi.json (OpenAPI 3.1) and GET /docs (a self-contained HTML page), generated from the
routes the router serves and the msgspec Structs of their bodies.

Every served route gets an operation: its description lives in ``OPERATIONS`` below, keyed by
method and route template. A route missing there still appears, marked ``x-undocumented`` (the
tests fail on it), so the document never leaves a route out. Bodies that the handlers build as
dicts are described by the response Structs here; the tests check real answers against them.
The document is built on the first request and kept for the life of the app.
"""

from __future__ import annotations

import html
import inspect
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated, Any, Literal

import msgspec

from .. import __version__
from ..catalog import SERVICES_BY_ID
from ..http.errors import ErrorBody, ErrorDetail
from ..http.message import Request, Response
from .bookings import BookingRequest, RescheduleRequest
from .cache_admin import PurgeResult
from .chat import (
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionRequest,
    ModelCard,
    ModelList,
)
from .types import ParseRequest, ParseResponse

if TYPE_CHECKING:
    from ..app import App

OPENAPI_VERSION = "3.1.0"
HTML = b"text/html; charset=utf-8"
REF = "#/components/schemas/{name}"

ServiceId = Literal[tuple(SERVICES_BY_ID)]  # type: ignore[valid-type]
# Answers always carry an offset: RFC 3339 (`format: date-time`).
AwareTime = Annotated[datetime, msgspec.Meta(tz=True)]


# ---------------------------------------------------------------------------- response bodies
# Bodies that the handlers build as dicts, described as Structs (tests validate real answers).
class BookingStore(msgspec.Struct):
    id: str
    name: str
    name_en: str


class Booking(msgspec.Struct):
    """A booking; ``message`` is the confirmation in the request's language."""

    booking_id: str
    status: Literal["confirmed", "cancelled"]
    store: BookingStore
    service: ServiceId
    start: AwareTime
    end: AwareTime
    vehicle_id: str
    message: str


class BookingList(msgspec.Struct):
    bookings: list[Booking]


class Alternative(msgspec.Struct):
    """A free slot offered instead of a full one."""

    store: BookingStore
    service: ServiceId
    start: AwareTime
    end: AwareTime


class ConflictBody(msgspec.Struct):
    """409: ``slot_unavailable`` (with ``alternatives``), ``idempotency_mismatch`` or
    ``already_cancelled``."""

    error: ErrorDetail
    alternatives: list[Alternative] | None = None


class StoreInfo(msgspec.Struct):
    id: str
    name: str
    name_en: str
    lat: float
    lon: float


class StoreList(msgspec.Struct):
    stores: list[StoreInfo]


class SlotOut(msgspec.Struct):
    start: AwareTime
    end: AwareTime
    free: int


class Availability(msgspec.Struct):
    store_id: str
    date: date
    service: ServiceId
    slots: list[SlotOut]


class Health(msgspec.Struct):
    status: Literal["ok"]


class ReadinessCheck(msgspec.Struct):
    ok: bool
    detail: str


class Readiness(msgspec.Struct):
    status: Literal["ready", "not_ready"]
    checks: dict[str, ReadinessCheck]


class DebugSleep(msgspec.Struct):
    slept_ms: int


# ---------------------------------------------------------------------------- operations
@dataclass(frozen=True)
class Param:
    name: str
    where: Literal["query", "header", "path"]
    description: str
    required: bool = False
    schema: dict[str, Any] = field(default_factory=lambda: {"type": "string"})


@dataclass(frozen=True)
class Op:
    op_id: str
    tag: str
    summary: str
    description: str = ""
    params: tuple[Param, ...] = ()
    body: type | None = None
    body_examples: dict[str, Any] = field(default_factory=dict)
    status: int = 200
    ok: type | None = None  # JSON body of the success answer
    ok_media: str = "application/json"
    ok_examples: dict[str, Any] = field(default_factory=dict)
    ok_headers: tuple[str, ...] = ()
    errors: tuple[int, ...] = ()
    extra: dict[int, tuple[str, type]] = field(default_factory=dict)  # status -> (text, body)
    error_examples: dict[int, Any] = field(default_factory=dict)


ERROR_TEXT = {
    400: "Malformed JSON or an empty body (`malformed_json`).",
    401: "Credentials missing (`unauthorized`).",
    403: "Credentials wrong, or the operation is disabled.",
    404: "Not found.",
    409: "Conflict.",
    413: "The body is larger than `server.max_body_bytes` (`payload_too_large`).",
    422: "Invalid or not understood input.",
    429: "The engine is overloaded: its queue is full (`queue_full`) or it is at its latency "
    "limit (`overloaded`); retry after `Retry-After` seconds.",
    502: "The booking service answered something unexpected.",
    503: "Deadline passed, engine or booking backend down, or shutting down; retry after "
    "`Retry-After` seconds.",
}
RETRY_AFTER = (429, 503)

ID_BOOKING = Param("id", "path", "Booking id (`bk_` and 16 hex digits).", True)
ID_STORE = Param("id", "path", "Store id, e.g. `guomao`.", True)
LOCALE = Param(
    "locale",
    "query",
    "Language of `message`: `zh-CN` (default) or `en-US`; else from `Accept-Language`.",
    schema={"enum": ["zh-CN", "en-US"]},
)
ACCEPT_LANGUAGE = Param("Accept-Language", "header", "Used when `locale` is not given.")
IDEMPOTENCY_KEY = Param(
    "Idempotency-Key",
    "header",
    "The same key and body return the same booking, never a second one; the same key with "
    "another body is 409 `idempotency_mismatch`.",
)

NOW = "2026-11-25T10:00:00+08:00"
UTTERANCE = "明天下午三点在国贸店精洗"
GUOMAO = {"id": "guomao", "name": "国贸店", "name_en": "Guomao"}
BOOKING_EXAMPLE = {
    "booking_id": "bk_3f9a0c1d2e4b5a69",
    "status": "confirmed",
    "store": GUOMAO,
    "service": "standard",
    "start": "2026-11-26T15:00:00+08:00",
    "end": "2026-11-26T15:30:00+08:00",
    "vehicle_id": "京A12345",
    "message": "已为您预约在国贸店的洗车服务,时间为11月26日 15:00。",
}
NOT_UNDERSTOOD = {
    "error": {"code": "not_understood", "message": "未能识别您的预约请求,请重新说明。"}
}
CHAT_CONTENT = (
    '{"intent":"book_car_wash","time":"明天下午三点","time2":null,"store":"国贸店",'
    '"service":"精洗"}'
)

OPERATIONS: dict[tuple[str, str], Op] = {
    ("POST", "/v1/parse"): Op(
        "parse",
        "Understanding",
        "Parse an utterance into an intent and resolved slots",
        "Times are resolved against `now` (default: the server clock in the configured zone), "
        "the nearest store against `location`. Answers carry `x-cache: hit|miss|coalesced|"
        "bypass` (an error answer `bypass`); `Cache-Control: no-cache` (or `no-store`) "
        "bypasses the response cache.",
        params=(Param("Cache-Control", "header", "`no-cache` or `no-store` bypasses the cache."),),
        body=ParseRequest,
        body_examples={"zh": {"text": UTTERANCE, "now": NOW}},
        ok=ParseResponse,
        ok_examples={
            "zh": {
                "intent": "book_car_wash",
                "slots": {
                    "service": "detailing",
                    "store": {**GUOMAO, "distance_km": 0.2},
                    "time": {
                        "text": "明天下午三点",
                        "start": "2026-11-26T15:00:00+08:00",
                        "end": None,
                    },
                },
                "text": UTTERANCE,
                "cached": False,
            }
        },
        ok_headers=("x-cache",),
        errors=(400, 413, 422, 429, 503),
    ),
    ("POST", "/v1/bookings"): Op(
        "createBooking",
        "Bookings",
        "Book from an utterance, or from store, service and start",
        "Send either `text` (parsed, then booked) or `store_id`, `service` and `start`, with "
        "`vehicle_id`. A time window books its first free slot; no time books the first free "
        "slot from now. A full slot is 409 `slot_unavailable` with `alternatives`; an utterance "
        "that is not a booking is 422 `not_understood`, and one whose time does not exist "
        "(hour 25, February 30) is 422 `invalid_time`.",
        params=(IDEMPOTENCY_KEY,),
        body=BookingRequest,
        body_examples={
            "text": {"text": "明天下午三点在国贸店洗车", "vehicle_id": "京A12345", "now": NOW},
            "fields": {
                "store_id": "guomao",
                "service": "standard",
                "start": "2026-11-26T15:00:00+08:00",
                "vehicle_id": "京A12345",
            },
        },
        status=201,
        ok=Booking,
        ok_examples={"confirmed": BOOKING_EXAMPLE},
        errors=(400, 404, 409, 413, 422, 429, 502, 503),
        extra={409: ("The slot is full (`slot_unavailable`) or the key was reused.", ConflictBody)},
        error_examples={
            409: {
                "error": {
                    "code": "slot_unavailable",
                    "message": "该时段已约满,请选择其他时间或门店。",
                },
                "alternatives": [
                    {
                        "store": GUOMAO,
                        "service": "standard",
                        "start": "2026-11-26T15:30:00+08:00",
                        "end": "2026-11-26T16:00:00+08:00",
                    }
                ],
            },
            422: NOT_UNDERSTOOD,
        },
    ),
    ("GET", "/v1/bookings"): Op(
        "listBookings",
        "Bookings",
        "A vehicle's bookings",
        params=(
            Param("vehicle_id", "query", "The vehicle whose bookings are listed.", True),
            LOCALE,
            ACCEPT_LANGUAGE,
        ),
        ok=BookingList,
        ok_examples={"one": {"bookings": [BOOKING_EXAMPLE]}},
        errors=(422, 502, 503),
    ),
    ("GET", "/v1/bookings/{id}"): Op(
        "getBooking",
        "Bookings",
        "One booking",
        params=(ID_BOOKING, LOCALE, ACCEPT_LANGUAGE),
        ok=Booking,
        ok_examples={"confirmed": BOOKING_EXAMPLE},
        errors=(404, 502, 503),
    ),
    ("DELETE", "/v1/bookings/{id}"): Op(
        "cancelBooking",
        "Bookings",
        "Cancel a booking",
        "Answers the cancelled booking; cancelling twice is 409 `already_cancelled`.",
        params=(ID_BOOKING, LOCALE, ACCEPT_LANGUAGE),
        ok=Booking,
        errors=(404, 409, 502, 503),
        extra={409: ("Already cancelled (`already_cancelled`).", ConflictBody)},
    ),
    ("PATCH", "/v1/bookings/{id}"): Op(
        "rescheduleBooking",
        "Bookings",
        "Reschedule a booking",
        "Send exactly one of `start` or `text` (an utterance whose time is the new time). A "
        "booking keeps its store and service: a `text` naming another is 422 "
        "`store_change_not_supported` or `service_change_not_supported`, and a `text` that "
        "cancels or asks is 422 `unsupported_intent`. A move said relative to the booking "
        '(推迟一个小时, "push it back a week", 改到明天同一时间) is measured from the booking\'s '
        "start, not from `now`.",
        params=(ID_BOOKING,),
        body=RescheduleRequest,
        body_examples={
            "start": {"start": "2026-11-27T10:00:00+08:00"},
            "text": {"text": "改到后天上午十点", "now": NOW},
            "shift": {"text": "推迟一个小时", "now": NOW},
        },
        ok=Booking,
        errors=(400, 404, 409, 413, 422, 429, 502, 503),
        extra={409: ("The new slot is full (`slot_unavailable`) or cancelled.", ConflictBody)},
    ),
    ("GET", "/v1/stores"): Op(
        "listStores",
        "Stores",
        "The stores",
        ok=StoreList,
        ok_examples={
            "demo": {
                "stores": [{**GUOMAO, "lat": 39.9087, "lon": 116.4605}],
            }
        },
    ),
    ("GET", "/v1/stores/{id}/availability"): Op(
        "storeAvailability",
        "Stores",
        "Free bays per slot on one day",
        "Slots start every 30 minutes within opening hours (08:00-22:00 store time). Slots "
        "that have begun, and slots beyond the booking horizon (a year), are left out; a day "
        "that begins beyond it is 422 `too_far_ahead`.",
        params=(
            ID_STORE,
            Param(
                "date",
                "query",
                "The day, `YYYY-MM-DD`.",
                True,
                {"type": "string", "format": "date"},
            ),
            Param(
                "service",
                "query",
                "The service (default `standard`).",
                schema={"enum": list(SERVICES_BY_ID), "default": "standard"},
            ),
        ),
        ok=Availability,
        ok_examples={
            "day": {
                "store_id": "guomao",
                "date": "2026-11-26",
                "service": "standard",
                "slots": [
                    {
                        "start": "2026-11-26T08:00:00+08:00",
                        "end": "2026-11-26T08:30:00+08:00",
                        "free": 2,
                    }
                ],
            }
        },
        errors=(404, 422, 502, 503),
    ),
    ("POST", "/v1/chat/completions"): Op(
        "chatCompletions",
        "Serving",
        "OpenAI-compatible chat completions on the booking model",
        "The last user message is parsed by the engine (never the response cache); the answer's "
        "content is the model's output as compact JSON `{intent, time, time2, store, service}`. "
        "Decoding is greedy: `temperature`, `top_p`, `stop` and the token limits are accepted and "
        "have no effect; `n` must be 1. `usage` counts the model prompt's tokens and the tokens "
        "the model emitted. With `stream: true` the answer is `text/event-stream`: `data: "
        "{ChatCompletionChunk}` events (role, one content delta per field, the finish, the usage "
        "chunk when `stream_options.include_usage`), then `data: [DONE]`.",
        body=ChatCompletionRequest,
        body_examples={
            "plain": {
                "model": "autoglm-booking",
                "messages": [{"role": "user", "content": UTTERANCE}],
            },
            "stream": {
                "model": "autoglm-booking",
                "messages": [{"role": "user", "content": UTTERANCE}],
                "stream": True,
                "stream_options": {"include_usage": True},
            },
        },
        ok=ChatCompletion,
        ok_examples={
            "plain": {
                "id": "chatcmpl-5d1c0e8f2a4b6c7d8e9f0a1b",
                "object": "chat.completion",
                "created": 1795500000,
                "model": "autoglm-booking",
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": CHAT_CONTENT},
                        "finish_reason": "stop",
                        "logprobs": None,
                    }
                ],
                "usage": {"prompt_tokens": 18, "completion_tokens": 9, "total_tokens": 27},
                "system_fingerprint": "cpspan-4-0123456789abcdef",
            }
        },
        errors=(400, 413, 422, 429, 503),
    ),
    ("GET", "/v1/models"): Op(
        "listModels",
        "Serving",
        "The model chat completions serve (OpenAI-compatible)",
        "One entry, `autoglm-booking`: what benchmark clients look up before they send. Chat "
        "completions answer under any `model` name, echoed back.",
        ok=ModelList,
        ok_examples={
            "list": {
                "object": "list",
                "data": [
                    {
                        "id": "autoglm-booking",
                        "object": "model",
                        "created": 1795500000,
                        "owned_by": "autoglm-gw",
                    }
                ],
            }
        },
    ),
    ("GET", "/v1/models/{id}"): Op(
        "getModel",
        "Serving",
        "One served model (OpenAI-compatible)",
        "404 `model_not_found` for any id but `autoglm-booking`.",
        params=(Param("id", "path", "Model id: `autoglm-booking`.", True),),
        ok=ModelCard,
        errors=(404,),
    ),
    ("POST", "/v1/cache/purge"): Op(
        "purgeCache",
        "Operations",
        "Empty the response cache (tier 1 of this worker and the shared Redis tier)",
        description="Needs `Authorization: Bearer <cache.purge_token>`: 401 without it, 403 with "
        "a wrong one or while no token is configured (`purge_disabled`). Other instances empty "
        "their tier 1 through Redis.",
        params=(Param("Authorization", "header", "`Bearer <cache.purge_token>`", True),),
        ok=PurgeResult,
        ok_examples={"purged": {"tier1": 1200, "tier2": None}},
        errors=(401, 403),
    ),
    ("GET", "/healthz"): Op(
        "healthz",
        "Operations",
        "Liveness: the process answers",
        ok=Health,
        ok_examples={"ok": {"status": "ok"}},
    ),
    ("GET", "/readyz"): Op(
        "readyz",
        "Operations",
        "Readiness: engine loaded and bookings reachable",
        ok=Readiness,
        extra={503: ("Not ready; `checks` says which check failed.", Readiness)},
    ),
    ("GET", "/metrics"): Op(
        "metrics",
        "Operations",
        "Prometheus metrics (text exposition format)",
        ok_media="text/plain",
    ),
    ("GET", "/openapi.json"): Op(
        "openapi", "Documentation", "This OpenAPI 3.1 document", ok_media="application/json"
    ),
    ("GET", "/docs"): Op(
        "docs", "Documentation", "The API reference as an HTML page", ok_media="text/html"
    ),
    ("GET", "/debug/sleep"): Op(
        "debugSleep",
        "Operations",
        "Drill: answer after `ms` milliseconds",
        "Served only when `server.debug_endpoints` is on (shutdown drills).",
        params=(
            Param(
                "ms",
                "query",
                "Milliseconds to wait (default 1000).",
                schema={"type": "integer", "minimum": 0, "maximum": 60000},
            ),
        ),
        ok=DebugSleep,
        errors=(422,),
    ),
}

# Schemas the document lists beside those of the operations.
EXTRA_SCHEMAS: tuple[type, ...] = (ErrorBody, ChatCompletionChunk)


# ---------------------------------------------------------------------------- the document
def served(app: App) -> list[tuple[str, str]]:
    """(method, template) of every route the router serves; HEAD beside GET is implied."""
    out = []
    for route in app.router.routes():
        for method in route.handlers:
            if method == "HEAD" and "GET" in route.handlers:
                continue
            out.append((method, route.template))
    return out


def _schemas(types: list[type]) -> tuple[dict[type, dict[str, Any]], dict[str, Any]]:
    refs, components = msgspec.json.schema_components(types, ref_template=REF)
    for schema in components.values():
        _clean(schema)
    return dict(zip(types, refs, strict=True)), components


def _clean(node: Any) -> None:
    """Docstring indentation out of descriptions."""
    if isinstance(node, dict):
        if isinstance(node.get("description"), str):
            node["description"] = inspect.cleandoc(node["description"])
        for value in node.values():
            _clean(value)
    elif isinstance(node, list):
        for value in node:
            _clean(value)


def _examples(examples: dict[str, Any]) -> dict[str, Any]:
    return {"examples": {k: {"value": v} for k, v in examples.items()}} if examples else {}


def _operation(method: str, template: str, op: Op | None, refs: dict[type, Any]) -> dict:
    path_params = re.findall(r"{([^}]+)}", template)
    if op is None:
        return {
            "summary": f"{method} {template}",
            "x-undocumented": True,
            "parameters": [
                {"name": p, "in": "path", "required": True, "schema": {"type": "string"}}
                for p in path_params
            ],
            "responses": {"default": {"description": "Not described yet."}},
        }
    out: dict[str, Any] = {"operationId": op.op_id, "tags": [op.tag], "summary": op.summary}
    if op.description:
        out["description"] = op.description
    params = [
        {
            "name": p.name,
            "in": p.where,
            "required": p.required or p.where == "path",
            "description": p.description,
            "schema": p.schema,
        }
        for p in op.params
    ]
    declared = {p.name for p in op.params if p.where == "path"}
    params += [
        {"name": p, "in": "path", "required": True, "schema": {"type": "string"}}
        for p in path_params
        if p not in declared
    ]
    if params:
        out["parameters"] = params
    if op.body is not None:
        out["requestBody"] = {
            "required": True,
            "content": {
                "application/json": {"schema": refs[op.body], **_examples(op.body_examples)}
            },
        }
    timing = {"Server-Timing": {"$ref": "#/components/headers/Server-Timing"}}
    ok: dict[str, Any] = {"description": "OK" if op.status == 200 else "Created"}
    if op.ok is not None:
        content = {op.ok_media: {"schema": refs[op.ok], **_examples(op.ok_examples)}}
        if op.ok is ChatCompletion:
            content["text/event-stream"] = {
                "schema": {
                    "type": "string",
                    "description": "Server-sent events `data: {ChatCompletionChunk}` (see the "
                    "ChatCompletionChunk schema), ending with `data: [DONE]`.",
                }
            }
        ok["content"] = content
    else:
        ok["content"] = {
            op.ok_media: {
                "schema": {"type": "object"} if "json" in op.ok_media else {"type": "string"}
            }
        }
    ok["headers"] = {**timing, **{h: {"$ref": f"#/components/headers/{h}"} for h in op.ok_headers}}
    responses: dict[str, Any] = {str(op.status): ok}
    for status in sorted({*op.errors, *op.extra}):
        text, body = op.extra.get(status, (ERROR_TEXT.get(status, "Error."), ErrorBody))
        media: dict[str, Any] = {"schema": refs[body]}
        if status in op.error_examples:
            media["examples"] = {"example": {"value": op.error_examples[status]}}
        resp = {"description": text, "content": {"application/json": media}, "headers": {**timing}}
        if status in RETRY_AFTER:
            resp["headers"]["Retry-After"] = {"$ref": "#/components/headers/Retry-After"}
        responses[str(status)] = resp
    out["responses"] = responses
    return out


def build_spec(app: App) -> dict[str, Any]:
    routes = served(app)
    ops = {key: OPERATIONS.get(key) for key in routes}
    types: list[type] = []
    for op in ops.values():
        if op is None:
            continue
        for t in (op.body, op.ok, *(body for _, body in op.extra.values())):
            if t is not None and t not in types:
                types.append(t)
    types += [t for t in EXTRA_SCHEMAS if t not in types]
    refs, components = _schemas(types)
    paths: dict[str, dict[str, Any]] = {}
    for method, template in routes:
        paths.setdefault(template, {})[method.lower()] = _operation(
            method, template, ops[(method, template)], refs
        )
    return {
        "openapi": OPENAPI_VERSION,
        "info": {
            "title": "autoglm-gw",
            "version": __version__,
            "summary": "In-car utterances to car-wash bookings, on a small GLM model.",
            "description": 'JSON in and out; errors are `{"error": {"code", "message"}}`. '
            "Times are RFC 3339 with an offset. Every answer carries `Server-Timing`.",
        },
        "tags": [{"name": t} for t in dict.fromkeys(op.tag for op in ops.values() if op)],
        "paths": paths,
        "components": {
            "schemas": components,
            "headers": {
                "Server-Timing": {
                    "description": "The stages the request went through (queue, engine, "
                    "resolve, db) and the total, in milliseconds.",
                    "schema": {"type": "string"},
                },
                "Retry-After": {
                    "description": "Seconds to wait before retrying.",
                    "schema": {"type": "integer"},
                },
                "x-cache": {
                    "description": "Response cache: `hit`, `miss`, `coalesced` or `bypass`.",
                    "schema": {"enum": ["hit", "miss", "coalesced", "bypass"]},
                },
            },
        },
    }


# ---------------------------------------------------------------------------- the HTML page
_CSS = """
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h2{border-bottom:1px solid #ccc;margin-top:2.5rem}
h3{margin:1.8rem 0 .3rem}
code,pre{font:13px ui-monospace,monospace;background:#f4f4f4}
pre{padding:.6rem;overflow-x:auto}
table{border-collapse:collapse;margin:.4rem 0}
td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left;vertical-align:top}
.m{display:inline-block;min-width:4.2rem;font-weight:bold;color:#fff;padding:0 .3rem;
 border-radius:3px;text-align:center}
.get{background:#2f7d32}.post{background:#1f5fa8}.patch{background:#a86b1f}.delete{background:#a8321f}
.put{background:#6b1fa8}.undoc{color:#a8321f}
"""


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _md(text: str) -> str:
    """Escaped text with its `code` and ``code`` spans (CommonMark's two forms)."""
    return re.sub(r"``(.+?)``|`([^`]+)`", _code, _e(text))


def _code(m: re.Match[str]) -> str:
    return f"<code>{m.group(1) or m.group(2)}</code>"


def _type(s: dict[str, Any]) -> str:
    if "$ref" in s:
        name = s["$ref"].rsplit("/", 1)[-1]
        return f'<a href="#schema-{_e(name)}">{_e(name)}</a>'
    if "anyOf" in s:
        return " | ".join(_type(x) for x in s["anyOf"])
    if "enum" in s:
        return " | ".join(
            f"<code>{_e(json.dumps(v, ensure_ascii=False))}</code>" for v in s["enum"]
        )
    kind = s.get("type", "any")
    if kind == "array":
        return f"array[{_type(s.get('items', {}))}]"
    if kind == "object" and isinstance(s.get("additionalProperties"), dict):
        return f"object[string, {_type(s['additionalProperties'])}]"
    if "format" in s:
        return f"{_e(kind)} ({_e(s['format'])})"
    return _e(kind)


_LIMITS = {
    "minLength": "min length",
    "maxLength": "max length",
    "minimum": "≥",
    "maximum": "≤",
    "exclusiveMinimum": ">",
    "minItems": "min items",
}


def _notes(s: dict[str, Any]) -> str:
    text, limits = [], []
    for sub in [s, *s.get("anyOf", [])]:
        if sub.get("description"):
            text.append(_md(sub["description"]))
        limits += [f"{label} {_e(sub[k])}" for k, label in _LIMITS.items() if k in sub]
    if "default" in s:
        limits.append(f"default <code>{_e(json.dumps(s['default'], ensure_ascii=False))}</code>")
    if limits:
        text.append(f"({'; '.join(limits)})")
    return " ".join(text)


def _example(value: Any) -> str:
    return f"<pre>{_e(json.dumps(value, ensure_ascii=False, indent=2))}</pre>"


def _media_html(content: dict[str, Any]) -> str:
    out = []
    for media, m in content.items():
        out.append(f"<p><code>{_e(media)}</code>: {_type(m.get('schema', {}))}</p>")
        if "description" in m.get("schema", {}):
            out.append(f"<p>{_md(m['schema']['description'])}</p>")
        for name, ex in m.get("examples", {}).items():
            out.append(f"<p>Example <i>{_e(name)}</i>:</p>{_example(ex['value'])}")
    return "".join(out)


def render_html(spec: dict[str, Any]) -> str:
    info = spec["info"]
    toc, body = [], []
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            anchor = f"op-{method}-{re.sub(r'[^a-z0-9]+', '-', path.lower()).strip('-')}"
            badge = f'<span class="m {method}">{method.upper()}</span>'
            undoc = ' <span class="undoc">(undocumented)</span>' if op.get("x-undocumented") else ""
            toc.append(
                f'<li><a href="#{anchor}">{badge} <code>{_e(path)}</code></a> '
                f"{_e(op.get('summary', ''))}{undoc}</li>"
            )
            part = [f'<h3 id="{anchor}">{badge} <code>{_e(path)}</code></h3>']
            part.append(f"<p><b>{_e(op.get('summary', ''))}</b>{undoc}</p>")
            if op.get("description"):
                part.append(f"<p>{_md(op['description'])}</p>")
            if op.get("parameters"):
                rows = "".join(
                    f"<tr><td><code>{_e(p['name'])}</code></td><td>{_e(p['in'])}</td>"
                    f"<td>{'yes' if p.get('required') else ''}</td><td>{_type(p['schema'])}</td>"
                    f"<td>{_md(p.get('description', ''))}</td></tr>"
                    for p in op["parameters"]
                )
                part.append(
                    "<h4>Parameters</h4><table><tr><th>name</th><th>in</th><th>required</th>"
                    f"<th>type</th><th>description</th></tr>{rows}</table>"
                )
            if "requestBody" in op:
                part.append("<h4>Request body</h4>" + _media_html(op["requestBody"]["content"]))
            part.append("<h4>Responses</h4>")
            for status, resp in op["responses"].items():
                part.append(f"<p><b>{_e(status)}</b> {_md(resp.get('description', ''))}</p>")
                part.append(_media_html(resp.get("content", {})))
            body.append("".join(part))
    schemas = []
    for name, s in spec["components"]["schemas"].items():
        req = set(s.get("required", []))
        rows = "".join(
            f"<tr><td><code>{_e(k)}</code></td><td>{_type(v)}</td>"
            f"<td>{'yes' if k in req else ''}</td><td>{_notes(v)}</td></tr>"
            for k, v in s.get("properties", {}).items()
        )
        desc = f"<p>{_md(s['description'])}</p>" if s.get("description") else ""
        schemas.append(
            f'<h3 id="schema-{_e(name)}">{_e(name)}</h3>{desc}<table><tr><th>field</th>'
            f"<th>type</th><th>required</th><th>notes</th></tr>{rows}</table>"
        )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{_e(info['title'])} API</title><style>{_CSS}</style></head><body>"
        f"<h1>{_e(info['title'])} {_e(info['version'])}</h1><p>{_md(info['summary'])}</p>"
        f"<p>{_md(info['description'])}</p>"
        '<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI '
        f"{_e(spec['openapi'])}).</p>"
        f"<h2>Routes</h2><ul>{''.join(toc)}</ul>{''.join(body)}"
        f"<h2>Schemas</h2>{''.join(schemas)}</body></html>"
    )


def register(app: App) -> None:
    built: dict[str, bytes] = {}  # this app's document and page, built on first request

    def document() -> dict[str, bytes]:
        if not built:
            spec = build_spec(app)
            built["json"] = msgspec.json.encode(spec)
            built["html"] = render_html(spec).encode()
        return built

    async def openapi(req: Request) -> Response:
        return Response(document()["json"])

    async def docs(req: Request) -> Response:
        return Response(document()["html"], content_type=HTML)

    app.router.add("GET", "/openapi.json", openapi)
    app.router.add("GET", "/docs", docs)
