"""The official ``openai`` Python client against a real ``autoglm-gw serve``: what benchmark
clients see, non-streaming and streaming."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator

import pytest

from autoglm_gw.config import load_config
from autoglm_gw.engine.loader import MODEL_FILES, model_dir
from tests.conftest import GatewayProcess

openai = pytest.importorskip("openai", reason="the openai client is not installed (dev extra)")

UTTERANCE = "明天下午三点在国贸店精洗"
MESSAGES = [
    {"role": "system", "content": "You book car washes."},
    {"role": "user", "content": UTTERANCE},
]
# Forwarded to the server so that a model directory set for the test run is the one it serves.
ENGINE_ENV = ("AUTOGLM_GW_ENGINE_MODEL_DIR", "AUTOGLM_GW_ENGINE_PRECISION")


@pytest.fixture(scope="module")
def client() -> Iterator[openai.OpenAI]:
    cfg = load_config()
    model = model_dir(cfg.engine) / MODEL_FILES.get(cfg.engine.precision, "model.onnx")
    if not model.is_file():
        pytest.skip(f"{model} is absent: build or fetch the model to run these tests")
    gw = GatewayProcess(env={k: os.environ[k] for k in ENGINE_ENV if k in os.environ})
    try:
        gw.wait_ready("/readyz", timeout=120)
        with openai.OpenAI(
            base_url=f"{gw.url}/v1", api_key="unused", max_retries=0, timeout=30
        ) as c:
            yield c
    finally:
        gw.terminate()


def test_non_streaming(client):
    r = client.chat.completions.create(model="autoglm-booking", messages=MESSAGES)
    assert r.object == "chat.completion" and r.model == "autoglm-booking"
    [choice] = r.choices
    assert choice.finish_reason == "stop" and choice.message.role == "assistant"
    content = json.loads(choice.message.content)
    assert list(content) == ["intent", "time", "time2", "store", "service"]
    assert r.usage.prompt_tokens > 0 and r.usage.completion_tokens > 0
    assert r.usage.total_tokens == r.usage.prompt_tokens + r.usage.completion_tokens


def test_streaming_matches_non_streaming(client):
    plain = client.chat.completions.create(model="autoglm-booking", messages=MESSAGES)
    stream = client.chat.completions.create(
        model="autoglm-booking",
        messages=MESSAGES,
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == plain.choices[0].message.content
    assert chunks[0].choices[0].delta.role == "assistant"
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices]
    assert finishes[-1] == "stop" and set(finishes[:-1]) == {None}
    assert chunks[-1].choices == [] and chunks[-1].usage == plain.usage


def test_errors_reach_the_client_as_api_errors(client):
    with pytest.raises(openai.UnprocessableEntityError) as info:
        client.chat.completions.create(model="autoglm-booking", messages=MESSAGES, n=2)
    assert info.value.status_code == 422
    assert info.value.body["code"] == "unsupported_parameter"


def test_the_client_finds_the_served_model(client):
    assert [m.id for m in client.models.list()] == ["autoglm-booking"]
    assert client.models.retrieve("autoglm-booking").owned_by == "autoglm-gw"
