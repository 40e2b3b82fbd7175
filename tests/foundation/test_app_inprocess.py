"""The ASGI app called in-process: limits and error shapes that need no server."""

import asyncio

import httpx

from autoglm_gw.app import App
from autoglm_gw.config import Config, ServerConfig
from autoglm_gw.http.message import Request, json_response


def _run(coro):
    return asyncio.run(coro)


def _client(app: App) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t")


def test_body_limit_gives_413_json():
    app = App(Config(server=ServerConfig(max_body_bytes=1024)), components=False)

    async def echo(req: Request):
        return json_response({"n": len(await req.body())})

    app.router.add("POST", "/echo", echo)

    async def go():
        async with _client(app) as c:
            ok = await c.post("/echo", content=b"x" * 1024)
            big = await c.post("/echo", content=b"x" * 1025)
            return ok, big

    ok, big = _run(go())
    assert ok.status_code == 200 and ok.json() == {"n": 1024}
    assert big.status_code == 413 and big.json()["error"]["code"] == "payload_too_large"


def test_unhandled_error_is_a_json_500_with_timing():
    app = App(Config(), components=False)

    async def boom(req: Request):
        raise RuntimeError("kaput")

    app.router.add("GET", "/boom", boom)

    async def go():
        async with _client(app) as c:
            return await c.get("/boom")

    r = _run(go())
    assert r.status_code == 500
    assert r.json() == {"error": {"code": "internal_error", "message": "internal server error"}}
    assert "server-timing" in r.headers


def test_path_parameters_and_head():
    app = App(Config(), components=False)

    async def item(req: Request):
        return json_response({"id": req.params["id"]})

    app.router.add("GET", "/v1/things/{id}", item)

    async def go():
        async with _client(app) as c:
            return await c.get("/v1/things/abc"), await c.head("/v1/things/abc")

    got, head = _run(go())
    assert got.json() == {"id": "abc"}
    assert head.status_code == 200 and head.content == b""


def _readyz_with(check) -> httpx.Response:
    """/readyz of an app whose one readiness check is ``check``."""
    app = App(Config(), components=False)
    app.readiness_checks["db"] = check

    async def go():
        await app.startup()
        async with _client(app) as c:
            return await c.get("/readyz")

    return _run(go())


def test_readiness_reports_failing_check():
    async def failing():
        raise ConnectionError("db down")

    r = _readyz_with(failing)
    assert r.status_code == 503
    assert r.json()["checks"]["db"] == {"ok": False, "detail": "ConnectionError: db down"}


def test_readiness_does_not_wait_on_a_check_that_hangs():
    # A black-box audit: a stopped (hung, not down) PostgreSQL held /readyz for 20 s.
    from autoglm_gw.app import READINESS_CHECK_TIMEOUT_S

    async def hangs():
        await asyncio.Event().wait()

    r = _readyz_with(hangs)
    assert r.status_code == 503
    assert r.json()["checks"]["db"] == {
        "ok": False,
        "detail": f"no answer within {READINESS_CHECK_TIMEOUT_S:g} s",
    }


def test_startup_moves_what_it_built_out_of_the_collectors_sight():
    import gc

    gc.unfreeze()
    app = App(Config(), components=False)
    kept = [app]  # stands for the model, tokenizer and tables start-up builds
    try:
        _run(app.startup())
        # Frozen objects are skipped by every later collection (a full one under load paused
        # the worker for 22-29 ms); they are never freed, which suits what lives as long as it.
        assert gc.get_freeze_count() > 0
        assert not any(o is kept for o in gc.get_objects(generation=2))
    finally:
        gc.unfreeze()


async def _raw_get(app: App, path: str, query: bytes) -> tuple[int, bytes]:
    """A GET whose query string reaches the app as these bytes (as granian passes a raw UTF-8
    query), which an HTTP client would have %-escaped."""
    sent: list[dict] = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    scope = {
        "type": "http",
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query,
        "headers": [(b"host", b"t")],
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
    }
    await app(scope, receive, send)
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return sent[0]["status"], body


def test_a_query_is_utf8_sent_raw_or_escaped_and_refused_when_not():
    # A black-box audit: a plate number sent raw (?vehicle_id=京A·12345) was read as mojibake,
    # and the vehicle's list came back empty.
    app = App(Config(), components=False)

    async def echo(req: Request):
        return json_response(req.query)

    app.router.add("GET", "/q", echo)

    async def go():
        plate = "京A·12345".encode()
        raw = await _raw_get(app, "/q", b"vehicle_id=" + plate)
        escaped = await _raw_get(app, "/q", b"vehicle_id=%E4%BA%ACA%C2%B712345")
        bad_raw = await _raw_get(app, "/q", b"vehicle_id=a\xffb")
        bad_escaped = await _raw_get(app, "/q", b"vehicle_id=a%ffb")
        return raw, escaped, bad_raw, bad_escaped

    raw, escaped, bad_raw, bad_escaped = _run(go())
    assert raw == (200, '{"vehicle_id":"京A·12345"}'.encode())
    assert escaped == raw
    for status, body in (bad_raw, bad_escaped):
        assert status == 400 and b'"invalid_query"' in body


def test_a_made_up_method_adds_no_metric_series():
    # A black-box audit: 3,000 made-up methods grew /metrics sevenfold, two series each
    from autoglm_gw.metrics import Metrics

    m = Metrics()
    for i in range(50):
        m.observe_http("/v1/stores", f"M{i:04X}", 405, 0.001)
    m.observe_http("/v1/stores", "GET", 200, 0.001)
    text = m.render().decode()
    assert 'method="OTHER"' in text and 'method="GET"' in text
    assert "M0001" not in text
    assert len(m._children) == 2
