"""`make bench` (loadtest/compare.py): vanilla serving answers as the gateway does, and a short run
writes the report the contract fixes. Nothing here asserts a speed."""

from __future__ import annotations

import json
from datetime import datetime

import msgspec
import pytest

from autoglm_gw.api.parse import slots_out
from autoglm_gw.api.types import ParseResponse
from autoglm_gw.bench.traces import NOW
from loadtest import compare
from tests.model.served import served

TEXTS = [
    "明天下午三点在国贸店洗车",
    "book a detailing at Sanlitun on Saturday morning",
    "把我周六的洗车改到周日上午十点",
    "cancel my car wash tomorrow",
    "我的洗车预约是几点",
    "导航去望京",
    "后天早上九点半去西单店做个内饰清洗",
]


@pytest.fixture(scope="module")
def vanilla_server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("vanilla")
    server = compare.vanilla(compare.Settings(), tmp)
    try:
        server.wait_ready()
        yield server
    finally:
        server.stop()


def _post(url: str, payload: dict) -> tuple[int, dict]:
    import urllib.error
    import urllib.request

    req = urllib.request.Request(
        url, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def test_vanilla_serving_answers_as_the_gateway(vanilla_server):
    # The comparison is only fair if both serve the same answers: the same model, grammar, span
    # check and resolvers, without the gateway's batching, pool and cache.
    now = datetime.fromisoformat(NOW)
    for text, (result, resolved) in served(TEXTS, now).items():
        want = msgspec.to_builtins(
            ParseResponse(result.parse.intent, slots_out(result.parse, resolved), text, False)
        )
        status, got = _post(vanilla_server.url, {"text": text, "now": NOW})
        assert status == 200, got
        assert got == want, text


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        ({"text": "  "}, "invalid_text"),
        ({"text": "x" * 513}, "invalid_text"),
        ({"text": "洗车", "now": "2026-11-25T10:00:00"}, "invalid_now"),
        ({"text": "洗车", "location": {"lat": "north"}}, "invalid_location"),
    ],
)
def test_vanilla_serving_refuses_bad_input(vanilla_server, payload, code):
    status, body = _post(vanilla_server.url, payload)
    assert status == 422
    assert body["error"]["code"] == code


def test_a_short_bench_writes_the_contract_report(tmp_path):
    out = tmp_path / "out"
    rc = compare.main(
        [
            "--probe-seconds", "0.5", "--start-rps", "10", "--growth", "2", "--refine", "0",
            "--max-rps", "20", "--texts", "300", "--slo-ms", "2000", "--workers", "1",
            "--out", str(out),
        ]
    )  # fmt: skip
    assert rc == 0
    report = json.loads((out / "report.json").read_text())
    assert isinstance(report["machine"], str) and report["machine"]
    assert datetime.fromisoformat(report["started"]).utcoffset() is not None
    assert report["settings"]["workers"] == 1
    assert [s["name"] for s in report["scenarios"]] == ["unique", "zipf"]
    for sc in report["scenarios"]:
        assert isinstance(sc["slo_p99_ms"], float)
        for side in ("gateway", "vanilla"):
            s = sc[side]
            assert isinstance(s["max_rps"], float)
            assert s["probes"], "every search probes at least one rate"
            for probe in s["probes"]:
                assert probe["sent"] > 0
                # a held rate answered everything it was sent
                assert not probe["sustained"] or probe["ok"] == probe["sent"]
            if s["max_rps"]:
                assert isinstance(s["p50_ms"], float) and isinstance(s["p99_ms"], float)
        v, g = sc["vanilla"]["max_rps"], sc["gateway"]["max_rps"]
        assert sc["ratio"] == (pytest.approx(g / v) if v else None)
    md = (out / "report.md").read_text()
    assert "| unique |" in md and "| zipf |" in md
