"""POST /v1/chat/completions: the OpenAI chat-completions shape over the booking model, so that
standard LLM benchmark clients can drive the engine.

The utterance is the last user message. It goes through the scheduler and the engine, never the
response cache (benchmarks measure the engine), and the answer is what the model produced as
compact JSON: ``{"intent":…,"time":…,"time2":…,"store":…,"service":…}``. Decoding is greedy
under the output grammar, so ``temperature``/``top_p``/``stop``/``max_tokens`` are accepted and
have no effect; only ``n = 1`` is served.

The engine finishes a request in one go, so a streamed answer (``stream: true``) is sent once the
model is done: the role, one content delta per JSON field, the finish, the optional usage chunk
and ``[DONE]``. Errors therefore always come before the first byte, as ordinary JSON errors.
"""

from __future__ import annotations

import os
import time
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Annotated, Any, Literal

import msgspec

from ..engine.runtime import EngineResult
from ..http.errors import ApiError
from ..http.message import Request, Response, StreamingResponse, json_response
from ..nlu.resolve import ModelParse
from .decoding import BodyDecoder
from .parser import Parser

if TYPE_CHECKING:
    from ..app import App

# The name answered when a request names no model (any name a client sends is echoed back).
MODEL_ID = "autoglm-booking"
EVENT_STREAM = b"text/event-stream; charset=utf-8"
_DONE = b"data: [DONE]\n\n"

_encode = msgspec.json.Encoder().encode


# ---------------------------------------------------------------------------- request
Role = Literal["system", "developer", "user", "assistant", "tool", "function"]


class ContentPart(msgspec.Struct):
    """One part of a multi-part message; only ``text`` parts are read."""

    type: str
    text: str | None = None


class ChatMessage(msgspec.Struct):
    role: Role
    content: Annotated[
        str | list[ContentPart] | None,
        msgspec.Meta(description="Text, or a list of content parts whose text parts are joined."),
    ] = None
    name: str | None = None


class StreamOptions(msgspec.Struct):
    include_usage: Annotated[
        bool, msgspec.Meta(description="Send a last chunk with the token counts.")
    ] = False


class ChatCompletionRequest(msgspec.Struct):
    """OpenAI-compatible chat request. Unknown fields are ignored. Decoding is greedy:
    ``temperature``, ``top_p``, ``stop`` and the token limits are accepted and have no effect (the
    answer is at most ``MAX_OUTPUT_TOKENS``, 42 tokens)."""

    messages: Annotated[
        list[ChatMessage],
        msgspec.Meta(
            min_length=1,
            description="The conversation; the last user message is the utterance parsed.",
        ),
    ]
    model: Annotated[
        str | None, msgspec.Meta(description="Echoed back; any name is served by the one model.")
    ] = None
    stream: bool | None = None  # null as false: clients send unset fields as null
    stream_options: StreamOptions | None = None
    max_tokens: Annotated[int, msgspec.Meta(ge=1)] | None = None
    max_completion_tokens: Annotated[int, msgspec.Meta(ge=1)] | None = None
    temperature: Annotated[float, msgspec.Meta(ge=0, le=2)] | None = None
    top_p: Annotated[float, msgspec.Meta(ge=0, le=1)] | None = None
    n: Annotated[int | None, msgspec.Meta(description="Only 1 is supported.")] = None
    stop: str | list[str] | None = None
    user: str | None = None


# ---------------------------------------------------------------------------- response
class Usage(msgspec.Struct):
    prompt_tokens: Annotated[int, msgspec.Meta(description="Tokens of the model prompt.")]
    completion_tokens: Annotated[int, msgspec.Meta(description="Tokens the model emitted.")]
    total_tokens: int


class AssistantMessage(msgspec.Struct):
    role: Literal["assistant"]
    content: Annotated[
        str,
        msgspec.Meta(
            description='Compact JSON: {"intent", "time", "time2", "store", "service"}, the '
            "spans decoded from the utterance (null when not said)."
        ),
    ]


class ChatChoice(msgspec.Struct):
    index: int
    message: AssistantMessage
    finish_reason: Literal["stop"]
    logprobs: None


class ModelCard(msgspec.Struct):
    """One served model, as OpenAI's ``GET /v1/models`` lists it."""

    id: str
    object: Literal["model"]
    created: int
    owned_by: str


class ModelList(msgspec.Struct):
    object: Literal["list"]
    data: list[ModelCard]


class ChatCompletion(msgspec.Struct):
    id: str
    object: Literal["chat.completion"]
    created: int
    model: str
    choices: list[ChatChoice]
    usage: Usage
    system_fingerprint: Annotated[str, msgspec.Meta(description="The engine's model version.")]


class ChunkDelta(msgspec.Struct, omit_defaults=True):
    role: Literal["assistant"] | None = None
    content: str | None = None


class ChunkChoice(msgspec.Struct):
    index: int
    delta: ChunkDelta
    finish_reason: Literal["stop"] | None
    logprobs: None


class ChatCompletionChunk(msgspec.Struct):
    """One server-sent event of a streamed answer (``data: {chunk}``)."""

    id: str
    object: Literal["chat.completion.chunk"]
    created: int
    model: str
    system_fingerprint: str
    choices: list[ChunkChoice]
    # Absent unless stream_options.include_usage; then null except on the last chunk.
    usage: Usage | msgspec.UnsetType | None = msgspec.UNSET


# ---------------------------------------------------------------------------- the model
async def run_metered(parser: Parser, text: str, req: Request) -> tuple[ModelParse, EngineResult]:
    """The engine's answer (no cache: chat measures the engine) with its token counts."""
    result = await parser.run_engine(text, req)
    return ModelParse.from_output(result.output), result


def utterance(messages: list[ChatMessage]) -> str:
    """The last user message's text; 422 when there is none or it is empty."""
    for msg in reversed(messages):
        if msg.role != "user":
            continue
        content = msg.content
        if isinstance(content, list):
            content = "".join(p.text for p in content if p.type == "text" and p.text)
        if not content or not content.strip():
            raise ApiError(422, "text_empty", "the last user message has no text")
        return content
    raise ApiError(422, "missing_user_message", "messages must contain a user message")


# What the model itself says; ModelParse also carries what was read off the utterance for the
# resolvers (time_corrected, time_impossible), which is no part of the model's answer.
MODEL_FIELDS = ("intent", "time", "time2", "store", "service")


def content_fields(parse: ModelParse) -> list[str]:
    """The answer as JSON pieces, one per field: joined, they are the compact JSON object."""
    pieces = [
        f"{',' if i else '{'}{_encode(k).decode()}:{_encode(v).decode()}"
        for i, (k, v) in enumerate(msgspec.structs.asdict(parse).items())
        if k in MODEL_FIELDS
    ]
    pieces[-1] += "}"
    return pieces


def _sse(chunk: ChatCompletionChunk) -> bytes:
    return b"data: " + _encode(chunk) + b"\n\n"


async def _replay(events: list[bytes]) -> AsyncIterator[bytes]:
    for event in events:
        yield event


def register(app: App) -> None:
    decoder = BodyDecoder(ChatCompletionRequest)

    async def completions(req: Request) -> Response:
        body: ChatCompletionRequest = decoder.decode(await req.body())
        if body.n not in (None, 1):
            raise ApiError(422, "unsupported_parameter", "n must be 1: one greedy answer is served")
        text = utterance(body.messages)
        parse, result = await run_metered(app.components.parser, text, req)
        usage = Usage(
            result.n_prompt_tokens,
            result.n_output_tokens,
            result.n_prompt_tokens + result.n_output_tokens,
        )
        cid = f"chatcmpl-{os.urandom(12).hex()}"
        created = int(time.time())
        model = body.model or MODEL_ID
        fingerprint = app.components.runtime.model_version
        pieces = content_fields(parse)
        if not body.stream:
            choice = ChatChoice(0, AssistantMessage("assistant", "".join(pieces)), "stop", None)
            out = ChatCompletion(
                cid, "chat.completion", created, model, [choice], usage, fingerprint
            )
            return json_response(out)

        with_usage = body.stream_options is not None and body.stream_options.include_usage
        none = None if with_usage else msgspec.UNSET

        def chunk(choices: list[ChunkChoice], usage_: Any = none) -> bytes:
            return _sse(
                ChatCompletionChunk(
                    cid, "chat.completion.chunk", created, model, fingerprint, choices, usage_
                )
            )

        def delta(d: ChunkDelta, finish: Literal["stop"] | None = None) -> list[ChunkChoice]:
            return [ChunkChoice(0, d, finish, None)]

        events = [chunk(delta(ChunkDelta(role="assistant")))]
        events += [chunk(delta(ChunkDelta(content=p))) for p in pieces]
        events.append(chunk(delta(ChunkDelta(), "stop")))
        if with_usage:
            events.append(chunk([], usage))
        events.append(_DONE)
        return StreamingResponse(
            _replay(events), content_type=EVENT_STREAM, headers=[(b"cache-control", b"no-cache")]
        )

    # Benchmark clients look the served model up before they send anything.
    started = int(time.time())

    def card() -> ModelCard:
        return ModelCard(MODEL_ID, "model", started, "autoglm-gw")

    async def models(req: Request) -> Response:
        return json_response(ModelList("list", [card()]))

    async def model(req: Request) -> Response:
        if req.params["id"] != MODEL_ID:
            raise ApiError(
                404, "model_not_found", f"no model {req.params['id']!r}; {MODEL_ID!r} is served"
            )
        return json_response(card())

    app.router.add("POST", "/v1/chat/completions", completions)
    app.router.add("GET", "/v1/models", models)
    app.router.add("GET", "/v1/models/{id}", model)
