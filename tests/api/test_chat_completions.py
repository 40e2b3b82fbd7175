"""POST /v1/chat/completions in-process (httpx over ASGI), on the configured model: the OpenAI
shapes, real token counts, server-sent events, input errors and the engine's overload answers."""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from autoglm_gw import _core
from autoglm_gw.app import App
from autoglm_gw.config import Config, load_config
from autoglm_gw.engine.loader import MODEL_FILES, model_dir
from autoglm_gw.nlu.grammar import SLOTS

URL = "/v1/chat/completions"
UTTERANCE = "明天下午三点在国贸店精洗"
FIELDS = ["intent", *SLOTS]


def _config(tmp: Path) -> Config:
    return load_config(environ={**os.environ, "AUTOGLM_GW_DB_URL": f"sqlite:///{tmp}/gw.db"})


def _model_file(cfg: Config) -> Path:
    return model_dir(cfg.engine) / MODEL_FILES.get(cfg.engine.precision, "model.onnx")


@dataclass
class Gateway:
    app: App
    loop: asyncio.AbstractEventLoop
    client: httpx.AsyncClient

    def run(self, coro):
        return self.loop.run_until_complete(coro)

    def post(self, body=None, **kw) -> httpx.Response:
        if body is not None:
            kw["json"] = body
        return self.run(self.client.post(URL, **kw))


@pytest.fixture(scope="module")
def gw(tmp_path_factory) -> Iterator[Gateway]:
    cfg = _config(tmp_path_factory.mktemp("chat"))
    if not _model_file(cfg).is_file():
        pytest.skip(f"{_model_file(cfg)} is absent: build or fetch the model to run these tests")
    app = App(cfg)
    loop = asyncio.new_event_loop()
    loop.run_until_complete(app.startup())
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw")
    try:
        yield Gateway(app, loop, client)
    finally:
        loop.run_until_complete(client.aclose())
        loop.run_until_complete(app.shutdown())
        loop.close()


def _user(text: str = UTTERANCE, **extra) -> dict:
    return {"model": "autoglm-booking", "messages": [{"role": "user", "content": text}], **extra}


def _events(resp: httpx.Response) -> list[str]:
    """The data fields of a server-sent event stream, in order."""
    assert resp.text.endswith("\n\n")
    out = []
    for event in resp.text.split("\n\n")[:-1]:
        assert event.startswith("data: "), event
        out.append(event[len("data: ") :])
    return out


def _expected_output_tokens(content: dict) -> int:
    """What the grammar emits: the intent, per slot <|none|> or FIRST LAST, then EOS."""
    return 2 + sum(1 if content[k] is None else 2 for k in SLOTS)


def test_completion_has_the_openai_shape_and_real_token_counts(gw):
    r = gw.post(_user())
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/json"
    body = r.json()
    assert body["id"].startswith("chatcmpl-")
    assert body["object"] == "chat.completion"
    assert isinstance(body["created"], int)
    assert body["model"] == "autoglm-booking"
    assert body["system_fingerprint"] == gw.app.components.runtime.model_version
    [choice] = body["choices"]
    assert choice["index"] == 0 and choice["finish_reason"] == "stop"
    assert choice["message"]["role"] == "assistant"
    raw = choice["message"]["content"]
    content = json.loads(raw)
    assert list(content) == FIELDS
    assert content["intent"] in {
        "book_car_wash",
        "cancel_booking",
        "reschedule_booking",
        "query_booking",
        "unknown",
    }
    # Compact JSON, non-ASCII kept as is; every span is copied from the utterance.
    assert raw == json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    for k in SLOTS:
        assert content[k] is None or content[k] in UTTERANCE
    usage = body["usage"]
    assert usage["prompt_tokens"] == len(gw.app.components.runtime.encode(UTTERANCE).ids)
    assert usage["completion_tokens"] == _expected_output_tokens(content)
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]
    timing = r.headers["server-timing"]
    assert "queue;dur=" in timing and "engine;dur=" in timing
    assert "x-cache" not in r.headers


def test_content_is_what_the_model_produced(gw):
    from autoglm_gw.nlu.resolve import ModelParse

    result = gw.run(gw.app.components.runtime.parse(UTTERANCE))
    parse = ModelParse.from_output(result.output)
    got = json.loads(gw.post(_user()).json()["choices"][0]["message"]["content"])
    assert got == {k: getattr(parse, k) for k in FIELDS}
    assert result.n_output_tokens == _expected_output_tokens(got)


def test_every_request_reaches_the_engine(gw):
    """Chat is how benchmarks measure the engine: an utterance seen before is not served from
    the response cache."""
    runtime = gw.app.components.runtime
    gw.post(_user())
    before = runtime.engine_calls
    assert gw.post(_user()).status_code == 200
    assert runtime.engine_calls > before


def test_the_last_user_message_is_the_utterance(gw):
    plain = gw.post(_user()).json()
    convo = gw.post(
        {
            "model": "m",
            "messages": [
                {"role": "system", "content": "You book car washes."},
                {"role": "user", "content": "你好"},
                {"role": "assistant", "content": "您好,请问需要什么服务?"},
                {"role": "user", "content": [{"type": "text", "text": UTTERANCE}]},
            ],
        }
    ).json()
    assert convo["choices"][0]["message"] == plain["choices"][0]["message"]
    assert convo["usage"] == plain["usage"]


def test_unknown_fields_and_sampling_parameters_are_accepted(gw):
    r = gw.post(
        {
            "messages": [{"role": "user", "content": UTTERANCE, "name": "driver"}],
            "temperature": 0.7,
            "top_p": 0.9,
            "max_tokens": 64,
            "max_completion_tokens": 64,
            "n": 1,
            "stop": ["\n"],
            "user": "bench",
            "seed": 7,
            "ignore_eos": True,
            "logprobs": False,
        }
    )
    assert r.status_code == 200, r.text
    assert r.json()["model"] == "autoglm-booking"  # no model named: the served one


def test_stream_sends_role_content_deltas_finish_and_done(gw):
    plain = gw.post(_user()).json()
    r = gw.post(_user(stream=True))
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/event-stream")
    assert "content-length" not in r.headers
    assert "engine;dur=" in r.headers["server-timing"]
    events = _events(r)
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    assert len({c["id"] for c in chunks}) == 1 and chunks[0]["id"].startswith("chatcmpl-")
    for c in chunks:
        assert c["object"] == "chat.completion.chunk"
        assert c["model"] == "autoglm-booking"
        assert "usage" not in c
        [choice] = c["choices"]
        assert choice["index"] == 0
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant"}
    deltas = [c["choices"][0]["delta"] for c in chunks[1:-1]]
    assert len(deltas) == len(FIELDS)  # one per JSON field
    assert all(set(d) == {"content"} for d in deltas)
    assert "".join(d["content"] for d in deltas) == plain["choices"][0]["message"]["content"]
    assert all(c["choices"][0]["finish_reason"] is None for c in chunks[:-1])
    assert chunks[-1]["choices"][0] == {
        "index": 0,
        "delta": {},
        "finish_reason": "stop",
        "logprobs": None,
    }


def test_stream_with_include_usage_ends_with_a_usage_chunk(gw):
    plain = gw.post(_user()).json()
    r = gw.post(_user(stream=True, stream_options={"include_usage": True}))
    events = _events(r)
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    last = chunks[-1]
    assert last["choices"] == [] and last["usage"] == plain["usage"]
    assert all(c["usage"] is None for c in chunks[:-1])
    assert chunks[-2]["choices"][0]["finish_reason"] == "stop"


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        (b"", 400, "malformed_json"),
        (b"{not json", 400, "malformed_json"),
        ({"model": "m"}, 422, "missing_field"),
        ({"messages": []}, 422, "invalid_request"),
        ({"messages": [{"role": "system", "content": "hi"}]}, 422, "missing_user_message"),
        ({"messages": [{"role": "user", "content": ""}]}, 422, "text_empty"),
        ({"messages": [{"role": "user", "content": "  \n "}]}, 422, "text_empty"),
        ({"messages": [{"role": "user"}]}, 422, "text_empty"),
        ({"messages": [{"role": "robot", "content": "hi"}]}, 422, "invalid_request"),
        ({"messages": [{"role": "user", "content": 5}]}, 422, "invalid_request"),
        ({**_user(), "temperature": "hot"}, 422, "invalid_request"),
        ({**_user(), "temperature": 3}, 422, "invalid_request"),
        ({**_user(), "n": 2}, 422, "unsupported_parameter"),
        ({**_user(), "n": 2, "stream": True}, 422, "unsupported_parameter"),
        (_user("".join(chr(0x4E00 + i) for i in range(1000))), 422, "input_too_long"),
    ],
)
def test_bad_input_is_a_json_error(gw, body, status, code):
    if isinstance(body, bytes):
        r = gw.post(content=body, headers={"content-type": "application/json"})
    else:
        r = gw.post(body)
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/json"
    err = r.json()["error"]
    assert err["code"] == code and err["message"]


@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize(
    ("exc", "status", "code", "retry_after"),
    [
        (_core.QueueFullError, 429, "queue_full", "1"),
        (_core.DeadlineExceededError, 503, "deadline_exceeded", "2"),
        (_core.ShuttingDownError, 503, "shutting_down", "2"),
        (_core.EngineError, 503, "engine_unavailable", "2"),
    ],
)
def test_engine_errors_map_like_parse(gw, monkeypatch, stream, exc, status, code, retry_after):
    async def failing(text, **kw):
        raise exc("boom")

    monkeypatch.setattr(gw.app.components.runtime, "parse", failing)
    r = gw.post(_user(stream=stream))
    assert r.status_code == status
    assert r.headers["content-type"] == "application/json"  # before the first byte: plain JSON
    assert r.headers["retry-after"] == retry_after
    assert r.json()["error"]["code"] == code


def test_null_stream_is_no_stream(gw):
    """Clients that send every unset field as null (``"stream": null``) get the plain answer."""
    r = gw.post({**_user(), "stream": None, "stream_options": None})
    assert r.status_code == 200, r.text
    assert r.json()["object"] == "chat.completion"


def test_the_served_model_is_listed(gw):
    listed = gw.run(gw.client.get("/v1/models"))
    assert listed.status_code == 200
    body = listed.json()
    assert body["object"] == "list"
    assert [(m["id"], m["object"], m["owned_by"]) for m in body["data"]] == [
        ("autoglm-booking", "model", "autoglm-gw")
    ]
    assert isinstance(body["data"][0]["created"], int)
    one = gw.run(gw.client.get("/v1/models/autoglm-booking"))
    assert one.status_code == 200 and one.json() == body["data"][0]
    other = gw.run(gw.client.get("/v1/models/gpt-4o"))
    assert other.status_code == 404 and other.json()["error"]["code"] == "model_not_found"
