"""The Rust open-loop client (`bench http --client rust`) against a real gateway process."""

from __future__ import annotations

import json

from autoglm_gw.bench.http_load import poisson_schedule, run_open_loop_rust


def test_poisson_schedule_is_seeded_and_bounded():
    a = poisson_schedule(500.0, 2.0, seed=3)
    assert a == poisson_schedule(500.0, 2.0, seed=3)
    assert all(0 < x < 2.0 for x in a) and a == sorted(a)
    assert 800 < len(a) < 1200  # ~1000 expected


def test_rust_client_drives_the_gateway(gateway):
    texts = ["明天下午三点在国贸店洗车", "cancel my booking", "what's the weather like"]

    def body(i: int) -> bytes:
        return json.dumps({"text": texts[i % 3], "locale": "zh-CN"}).encode()

    res = run_open_loop_rust(
        gateway.url + "/v1/parse", body, rate=50.0, duration=1.0, connections=4, timeout=10.0
    )
    assert res.sent > 20
    assert res.errors == 0 and res.statuses == {200: res.sent}
    assert len(res.latencies) == res.sent and all(x > 0 for x in res.latencies)
    assert len(res.lags) == res.sent
    s = res.summary()
    assert s["ok"] == res.sent and "client_lag_p99_ms" in s


def test_rust_client_reports_refusals_and_transport_errors(gateway):
    # an unknown route answers 404 (neither ok nor refused); a closed port is a transport error
    res = run_open_loop_rust(
        gateway.url + "/nope", lambda i: b"{}", rate=100.0, duration=0.3, connections=2
    )
    assert res.statuses.keys() == {404} and not res.latencies and not res.refusals
    dead = run_open_loop_rust(
        "http://127.0.0.1:9/v1/parse",
        lambda i: b"{}",
        rate=50.0,
        duration=0.2,
        connections=2,
        timeout=1.0,
    )
    assert dead.errors == dead.sent > 0


def test_bench_http_text_output_shows_the_clients_own_lag(gateway, capsys):
    from autoglm_gw.cli import main

    argv = ["bench", "http", "--url", gateway.url, "--client", "rust", "--rate", "50"]
    assert main([*argv, "--duration", "0.5"]) == 0
    assert "client lag p99 " in capsys.readouterr().out
