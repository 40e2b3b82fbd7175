"""The access log: a line per request, and overload refusals summed into one line a second."""

import asyncio
import json
import logging

import httpx

from autoglm_gw.access_log import AccessLog
from autoglm_gw.app import App
from autoglm_gw.config import Config, ServerConfig
from autoglm_gw.http.errors import ApiError
from autoglm_gw.http.message import Request, json_response
from autoglm_gw.logs import JsonFormatter


class _Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def _scope(path="/v1/parse"):
    return {"method": "POST", "path": path, "http_version": "1.1", "client": ("10.0.0.7", 5555)}


def test_each_request_gets_a_line_and_refusals_one_summary_a_second(caplog):
    clock = _Clock()
    access = AccessLog(clock=clock)
    with caplog.at_level(logging.INFO, logger="autoglm_gw.access"):
        access.record(_scope(), 200, 0.0123, refusal=False)
        for _ in range(500):
            access.record(_scope(), 429, 0.0001, refusal=True)
        access.record(_scope(), 503, 0.0002, refusal=True)
        # a 429 without Retry-After (a client error, not load) keeps its own line
        access.record(_scope("/v1/bookings"), 429, 0.001, refusal=False)
        clock.t = 1.5
        access.record(_scope(), 200, 0.010, refusal=False)
    lines = [r.getMessage() for r in caplog.records]
    assert lines[0] == '10.0.0.7 - "POST /v1/parse HTTP/1.1" 200 12.300ms'
    assert lines[1].endswith(" 429 1.000ms")
    assert lines[2].endswith(" 200 10.000ms")
    assert lines[3] == "refused 501 requests under load in the last 1.5s (429: 500, 503: 1)"
    assert len(lines) == 4
    with caplog.at_level(logging.INFO, logger="autoglm_gw.access"):
        access.flush()  # nothing pending: no line
    assert len(caplog.records) == 4


def test_the_tail_of_a_burst_is_summed_up_without_another_refusal(caplog):
    async def burst() -> None:
        access = AccessLog()
        for _ in range(3):
            access.record(_scope(), 429, 0.0001, refusal=True)
        await asyncio.sleep(1.3)  # no more requests: the timer writes the summary

    with caplog.at_level(logging.INFO, logger="autoglm_gw.access"):
        asyncio.run(burst())
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1 and lines[0].startswith("refused 3 requests under load"), lines


def test_a_path_cannot_write_lines_of_its_own(caplog):
    access = AccessLog()
    with caplog.at_level(logging.INFO, logger="autoglm_gw.access"):
        access.record(_scope("/v1/bookings/\r\nX:1\x00"), 404, 0.001, refusal=False)
    line = caplog.records[0].getMessage()
    assert "\n" not in line and "\r" not in line and "\x00" not in line
    assert "\\r\\nX:1\\x00" in line


def test_json_lines_keep_the_fields(caplog):
    access = AccessLog()
    with caplog.at_level(logging.INFO, logger="autoglm_gw.access"):
        access.record(_scope(), 201, 0.002, refusal=False)
        access.record(_scope(), 429, 0.0001, refusal=True)
        access.flush()
    request, summary = (json.loads(JsonFormatter().format(r)) for r in caplog.records)
    assert request["msg"] == "request" and request["status"] == 201
    assert request["path"] == "/v1/parse" and request["dt_ms"] == 2.0
    assert summary["msg"] == "refused" and summary["refused"] == 1
    assert summary["by_status"] == {"429": 1}


def test_the_app_logs_its_requests_and_sums_its_refusals(caplog):
    app = App(Config(server=ServerConfig(access_log=True)), components=False)

    async def busy(req: Request):
        raise ApiError(429, "overloaded", "busy", headers=[(b"retry-after", b"1")])

    async def ok(req: Request):
        return json_response({"ok": True})

    app.router.add("POST", "/busy", busy)
    app.router.add("GET", "/ok", ok)

    async def go():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            for _ in range(3):
                assert (await c.post("/busy")).status_code == 429
            assert (await c.get("/ok")).status_code == 200
        await app.shutdown()

    with caplog.at_level(logging.INFO, logger="autoglm_gw.access"):
        asyncio.run(go())
    lines = [r.getMessage() for r in caplog.records if r.name == "autoglm_gw.access"]
    assert len(lines) == 2
    assert '"GET /ok HTTP/1.1" 200' in lines[0]
    assert lines[1].startswith("refused 3 requests under load")


def test_access_log_off_writes_nothing(caplog):
    app = App(Config(server=ServerConfig(access_log=False)), components=False)
    assert app.access_log is None
