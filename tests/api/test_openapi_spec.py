"""GET /openapi.json and GET /docs: the document covers exactly the routes served, is valid
OpenAPI 3.1, its examples fit its schemas, and real answers fit it too."""

from __future__ import annotations

import asyncio
import json
import os
import re
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest

from autoglm_gw.api import openapi
from autoglm_gw.app import App
from autoglm_gw.config import Config, ServerConfig, load_config
from autoglm_gw.engine.loader import MODEL_FILES, model_dir

_json_schema = pytest.importorskip(
    "openapi_schema_validator", reason="openapi-spec-validator is not installed (dev extra)"
)
OAS31Validator = _json_schema.OAS31Validator


def _client(app: App) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw")


def _get(app: App, path: str) -> httpx.Response:
    async def go():
        async with _client(app) as c:
            return await c.get(path)

    return asyncio.run(go())


def _spec(app: App) -> dict:
    r = _get(app, "/openapi.json")
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    return r.json()


def _operations(spec: dict) -> set[tuple[str, str]]:
    return {(m.upper(), path) for path, ops in spec["paths"].items() for m in ops}


def _validator(spec: dict, schema: dict) -> OAS31Validator:
    root = {**schema, "components": spec["components"]}
    return OAS31Validator(root, format_checker=OAS31Validator.FORMAT_CHECKER)


@pytest.fixture(scope="module")
def app() -> App:
    return App(Config())  # the document needs the routes only: no model is loaded


@pytest.fixture(scope="module")
def spec(app) -> dict:
    return _spec(app)


@pytest.mark.parametrize("debug", [False, True])
def test_the_document_covers_exactly_the_served_routes(debug):
    app = App(Config(server=ServerConfig(debug_endpoints=debug)))
    spec = _spec(app)
    served = set(openapi.served(app))
    assert _operations(spec) == served
    assert ("POST", "/v1/chat/completions") in served and ("GET", "/docs") in served
    assert (("GET", "/debug/sleep") in served) is debug
    undocumented = [
        f"{m.upper()} {p}"
        for p, ops in spec["paths"].items()
        for m, op in ops.items()
        if op.get("x-undocumented")
    ]
    assert undocumented == [], "add these routes to OPERATIONS in api/openapi.py"


def test_the_document_is_valid_openapi_3_1(spec):
    validator = pytest.importorskip(
        "openapi_spec_validator", reason="openapi-spec-validator is not installed (dev extra)"
    )
    assert spec["openapi"].startswith("3.1")
    validator.validate(spec)


def test_bodies_and_parameters_are_described(spec):
    paths = spec["paths"]
    schemas = spec["components"]["schemas"]

    def body(path, method):
        ref = paths[path][method]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        return schemas[ref.rsplit("/", 1)[-1]]

    assert "text" in body("/v1/parse", "post")["required"]
    assert {"vehicle_id", "text", "store_id", "start"} <= set(
        body("/v1/bookings", "post")["properties"]
    )
    assert "messages" in body("/v1/chat/completions", "post")["required"]
    create = paths["/v1/bookings"]["post"]
    assert {"201", "400", "409", "422"} <= set(create["responses"])
    conflict = create["responses"]["409"]["content"]["application/json"]["schema"]["$ref"]
    assert "alternatives" in schemas[conflict.rsplit("/", 1)[-1]]["properties"]
    assert any(p["name"] == "Idempotency-Key" and p["in"] == "header" for p in create["parameters"])
    for path, ops in paths.items():
        for op in ops.values():
            names = {p["name"] for p in op.get("parameters", []) if p["in"] == "path"}
            assert names == set(re.findall(r"{([^}]+)}", path)), path
    listing = {p["name"]: p for p in paths["/v1/bookings"]["get"]["parameters"]}
    assert listing["vehicle_id"]["in"] == "query" and listing["vehicle_id"]["required"]
    avail = {p["name"] for p in paths["/v1/stores/{id}/availability"]["get"]["parameters"]}
    assert {"id", "date", "service"} <= avail
    for status in ("429", "503"):
        assert "Retry-After" in paths["/v1/parse"]["post"]["responses"][status]["headers"]
    chat = paths["/v1/chat/completions"]["post"]["responses"]["200"]["content"]
    assert {"application/json", "text/event-stream"} <= set(chat)
    assert "ChatCompletionChunk" in schemas


def test_examples_fit_their_schemas(spec):
    checked = 0
    for path, ops in spec["paths"].items():
        for op in ops.values():
            media = [op["requestBody"]["content"]] if "requestBody" in op else []
            media += [r.get("content", {}) for r in op["responses"].values()]
            for content in media:
                for m in content.values():
                    for name, ex in m.get("examples", {}).items():
                        errors = list(_validator(spec, m["schema"]).iter_errors(ex["value"]))
                        assert not errors, f"{path} example {name}: {errors[0].message}"
                        checked += 1
    assert checked >= 10


def test_document_is_built_once(monkeypatch):
    calls = []
    real = openapi.build_spec

    def counting(app):
        calls.append(1)
        return real(app)

    monkeypatch.setattr(openapi, "build_spec", counting)
    app = App(Config())
    first, second = _get(app, "/openapi.json"), _get(app, "/openapi.json")
    assert first.content == second.content and _get(app, "/docs").status_code == 200
    assert len(calls) == 1


def test_docs_page_is_self_contained_and_lists_everything(app, spec):
    r = _get(app, "/docs")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    page = r.text
    assert page.startswith("<!doctype html>")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page), "no external assets"
    assert "<script" not in page
    for path in spec["paths"]:
        assert f"<code>{path}</code>" in page
    for name in spec["components"]["schemas"]:
        assert f'id="schema-{name}"' in page
    assert "明天下午三点在国贸店精洗" in page  # the contract's examples


# ---------------------------------------------------------------------------- real answers
def _model_config(tmp: Path) -> Config:
    return load_config(environ={**os.environ, "AUTOGLM_GW_DB_URL": f"sqlite:///{tmp}/gw.db"})


def test_real_answers_fit_the_document(tmp_path):
    cfg = _model_config(tmp_path)
    model = model_dir(cfg.engine) / MODEL_FILES.get(cfg.engine.precision, "model.onnx")
    if not model.is_file():
        pytest.skip(f"{model} is absent: build or fetch the model to run this test")
    app = App(cfg)
    zone = ZoneInfo("Asia/Shanghai")
    day = (datetime.now(zone) + timedelta(days=2)).date()
    start = datetime(day.year, day.month, day.day, 10, 0, tzinfo=zone).isoformat()
    fields = {"store_id": "guomao", "service": "detailing", "start": start}

    async def exchanges() -> tuple[dict, list[tuple[str, str, httpx.Response]]]:
        await app.startup()
        out = []
        try:
            async with _client(app) as c:
                spec = (await c.get("/openapi.json")).json()

                async def call(method, template, path=None, **kw):
                    r = await c.request(method, path or template, **kw)
                    out.append((method, template, r))
                    return r

                utter = {"text": "明天下午三点在国贸店精洗"}
                await call("POST", "/v1/parse", json=utter)
                await call("POST", "/v1/parse", json={"text": ""})
                await call("POST", "/v1/parse", content=b"{", headers={"content-type": "x"})
                chat = {"messages": [{"role": "user", "content": utter["text"]}]}
                await call("POST", "/v1/chat/completions", json=chat)
                await call("POST", "/v1/chat/completions", json={**chat, "stream": True})
                await call("POST", "/v1/chat/completions", json={**chat, "n": 3})
                made = await call("POST", "/v1/bookings", json={**fields, "vehicle_id": "V1"})
                bid = made.json()["booking_id"]
                await call("POST", "/v1/bookings", json={**fields, "vehicle_id": "V2"})  # 409
                await call(
                    "POST", "/v1/bookings", json={"text": "今天天气怎么样", "vehicle_id": "V3"}
                )
                await call("GET", "/v1/bookings", "/v1/bookings?vehicle_id=V1")
                await call("GET", "/v1/bookings/{id}", f"/v1/bookings/{bid}")
                await call("GET", "/v1/bookings/{id}", "/v1/bookings/bk_0000000000000000")
                later = {"start": start.replace("T10:00", "T12:00")}
                await call("PATCH", "/v1/bookings/{id}", f"/v1/bookings/{bid}", json=later)
                await call("DELETE", "/v1/bookings/{id}", f"/v1/bookings/{bid}")
                await call("DELETE", "/v1/bookings/{id}", f"/v1/bookings/{bid}")  # 409
                await call("GET", "/v1/stores")
                avail = f"/v1/stores/guomao/availability?date={day}&service=wax"
                await call("GET", "/v1/stores/{id}/availability", avail)
                await call("GET", "/v1/stores/{id}/availability", "/v1/stores/nope/availability")
                await call("GET", "/healthz")
                await call("GET", "/readyz")
                await call("GET", "/metrics")
                await call("GET", "/docs")
        finally:
            await app.shutdown()
        return spec, out

    spec, out = asyncio.run(exchanges())
    statuses = {(m, t, r.status_code) for m, t, r in out}
    assert ("POST", "/v1/bookings", 409) in statuses and (
        "DELETE",
        "/v1/bookings/{id}",
        409,
    ) in statuses
    assert ("POST", "/v1/bookings", 422) in statuses
    for method, template, r in out:
        op = spec["paths"][template][method.lower()]
        where = f"{method} {template} {r.status_code}"
        assert str(r.status_code) in op["responses"], f"{where}: status not documented"
        content = op["responses"][str(r.status_code)]["content"]
        media = r.headers["content-type"].split(";")[0]
        assert media in content, f"{where}: {media} not documented"
        if media == "application/json":
            errors = list(_validator(spec, content[media]["schema"]).iter_errors(r.json()))
            assert not errors, f"{where}: {errors[0].message} in {json.dumps(r.json())[:300]}"
