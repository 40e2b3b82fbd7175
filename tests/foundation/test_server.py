"""The real server: granian + uvloop in a subprocess, driven over HTTP."""

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
from prometheus_client.parser import text_string_to_metric_families

from tests.conftest import GatewayProcess


def test_health_ready_and_json_404(gateway):
    r = httpx.get(gateway.url + "/healthz")
    assert r.status_code == 200 and r.json() == {"status": "ok"}
    assert "total;dur=" in r.headers["server-timing"]

    r = httpx.get(gateway.url + "/readyz")
    assert r.status_code == 200 and r.json()["status"] == "ready"
    assert "db;dur=" in r.headers["server-timing"]  # the bookings store was asked

    r = httpx.get(gateway.url + "/no/such/path")
    assert r.status_code == 404
    assert r.json()["error"]["code"] == "not_found"
    assert "server-timing" in r.headers
    # a trailing slash is another path, for parameterised routes as for exact ones
    for path in ("/v1/bookings/bk_1/", "/v1/stores/guomao/availability/?date=2030-01-02"):
        r = httpx.get(gateway.url + path)
        assert r.status_code == 404 and r.json()["error"]["code"] == "not_found", path

    r = httpx.post(gateway.url + "/healthz")
    assert r.status_code == 405 and r.json()["error"]["code"] == "method_not_allowed"


def _scrape(gateway) -> dict:
    r = httpx.get(gateway.url + "/metrics")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/plain")
    return {f.name: f for f in text_string_to_metric_families(r.text)}


def _request_counts(families) -> dict:
    return {
        (s.labels["route"], s.labels["status"]): s.value
        for s in families["autoglm_gw_http_requests"].samples
        if s.name.endswith("_total")
    }


def test_metrics_parse_and_count_by_route_and_status(gateway):
    before = _request_counts(_scrape(gateway))
    for _ in range(3):
        httpx.get(gateway.url + "/healthz")
    httpx.get(gateway.url + "/missing")
    families = _scrape(gateway)
    counts = _request_counts(families)
    assert counts[("/healthz", "200")] - before.get(("/healthz", "200"), 0) == 3
    assert counts[("unmatched", "404")] - before.get(("unmatched", "404"), 0) == 1
    latency = families["autoglm_gw_http_request_duration_seconds"]
    buckets = [s for s in latency.samples if s.name.endswith("_bucket")]
    assert buckets and {"route", "status", "le"} <= set(buckets[0].labels)


def test_sigterm_when_idle_exits_zero():
    gw = GatewayProcess()
    gw.wait_ready()
    # Bounded wait so that a hang fails the test instead of stalling the suite.
    assert gw.terminate(timeout=5) == 0


def test_sigterm_lets_a_slow_request_finish():
    gw = GatewayProcess(env={"AUTOGLM_GW_SERVER_DEBUG_ENDPOINTS": "true"})
    gw.wait_ready()
    result: dict[str, object] = {}

    def slow() -> None:
        try:
            result["resp"] = httpx.get(gw.url + "/debug/sleep?ms=1500", timeout=30)
        except httpx.HTTPError as exc:  # recorded, then asserted below
            result["error"] = exc

    t = threading.Thread(target=slow)
    t.start()
    # The request must be in flight before the signal: wait until the server has it.
    time.sleep(0.5)
    rc = gw.terminate(timeout=30)
    t.join(30)
    assert "error" not in result, result
    assert result["resp"].status_code == 200
    assert result["resp"].json() == {"slept_ms": 1500}
    assert rc == 0


def test_sigterm_while_the_worker_is_still_starting_stops_it_without_a_kill():
    # An audit: a SIGTERM within two seconds of starting reached the worker before it listened
    # for one; it served on until the grace period ended and granian killed it.
    gw = GatewayProcess(env={"AUTOGLM_GW_SERVER_GRACE_PERIOD_S": "30"})
    assert gw.proc.stdout is not None
    seen = []
    for line in gw.proc.stdout:
        seen.append(line)
        if "Spawning worker-1" in line:
            break
    gw.proc.send_signal(signal.SIGTERM)  # the worker is still importing the app
    rc = gw.proc.wait(60)
    out = "".join(seen) + gw.proc.stdout.read()
    assert rc == 0, out
    assert "did not stop within the grace period" not in out, out
    assert "refused to gracefully stop" not in out, out


def test_debug_routes_are_off_by_default(gateway):
    assert httpx.get(gateway.url + "/debug/sleep?ms=1").status_code == 404


def test_with_two_workers_metrics_cover_both_engines():
    # Each worker has its own engine; whichever worker answers /metrics reports both (its own
    # figures fresh, the other's from its last snapshot), labelled by worker.
    gw = GatewayProcess(env={"AUTOGLM_GW_CACHE_ENABLED": "false"}, args=["--workers", "2"])
    try:
        gw.wait_ready("/readyz")
        n = 40
        with httpx.Client(timeout=30) as c:
            for i in range(n):
                r = c.post(gw.url + "/v1/parse", json={"text": f"明天下午{1 + i % 11}点洗车 {i}"})
                assert r.status_code == 200
        time.sleep(1.5)  # past the snapshot interval
        for _ in range(4):  # different workers may answer
            completed = {
                s.labels["worker"]: s.value
                for s in _scrape(gw).get("autoglm_gw_engine_requests").samples
                if s.labels.get("stage") == "completed"
            }
            assert len(completed) == 2 and sum(completed.values()) == n, completed
            # The HTTP counters are summed over the workers' multiprocess files (they went
            # missing when the parent imported prometheus_client before setting its directory).
            http = _scrape(gw).get("autoglm_gw_http_requests")
            assert http is not None, "no HTTP request counters with two workers"
            parsed = sum(
                s.value
                for s in http.samples
                if s.name.endswith("_total")
                and s.labels.get("route") == "/v1/parse"
                and s.labels.get("status") == "200"
            )
            assert parsed == n, http.samples
    finally:
        gw.terminate(timeout=30)


def _raw_exchange(port: int, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(request)
        return s.recv(65536)


def test_a_body_that_never_arrives_is_408_and_a_too_large_one_closes_the_connection():
    gw = GatewayProcess(env={"AUTOGLM_GW_SERVER_BODY_TIMEOUT_S": "0.5"})
    try:
        gw.wait_ready()
        head = b"POST /v1/parse HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        # Content-Length promises 100 bytes; 8 come, then nothing.
        late = _raw_exchange(gw.port, head + b'Content-Length: 100\r\n\r\n{"text":')
        body = b'{"text": "' + b"a" * 70_000 + b'"}'
        big = _raw_exchange(gw.port, head + b"Content-Length: %d\r\n\r\n" % len(body) + body)
    finally:
        gw.terminate(timeout=20)
    assert late.startswith(b"HTTP/1.1 408") and b"body_timeout" in late
    assert big.startswith(b"HTTP/1.1 413") and b"connection: close" in big.lower()


def _children(pid: int) -> set[int]:
    with open(f"/proc/{pid}/task/{pid}/children") as f:
        return {int(p) for p in f.read().split()}


def _two_workers(gw: GatewayProcess) -> set[int]:
    """The pids of a two-worker server's workers, once both are spawned."""
    deadline = time.monotonic() + 30
    while len(workers := _children(gw.proc.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(workers) == 2, workers
    return workers


def test_a_worker_that_dies_is_replaced_and_the_others_go_on_serving():
    gw = GatewayProcess(env={"AUTOGLM_GW_CACHE_ENABLED": "false"}, args=["--workers", "2"])
    try:
        gw.wait_ready("/readyz")
        workers = _two_workers(gw)
        victim = min(workers)
        os.kill(victim, signal.SIGKILL)
        killed_at = time.monotonic()
        answers = []
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                answer: object = httpx.get(gw.url + "/healthz", timeout=2).status_code
            except httpx.HTTPError as exc:
                answer = type(exc).__name__
            # A connection the dead worker had taken (or the kernel was handing it) is lost
            # with it; every one after that is answered.
            if time.monotonic() - killed_at > 0.5:
                answers.append(answer)
            now = _children(gw.proc.pid)
            if len(now) == 2 and victim not in now and len(answers) >= 10:
                break
            time.sleep(0.2)
        assert gw.proc.poll() is None, gw.output()
        assert len(now) == 2 and victim not in now, (workers, now)
        # The surviving worker answered throughout (before the fix the server shut down).
        assert answers and answers.count(200) == len(answers), answers
        gw.wait_ready("/readyz")
    finally:
        rc = gw.terminate(timeout=30)
    assert rc == 0


def test_a_second_server_on_a_port_in_use_refuses_to_start(gateway):
    # granian binds with SO_REUSEPORT: the second gateway used to start and share the traffic.
    proc = subprocess.run(
        [sys.executable, "-m", "autoglm_gw.cli", "serve", "--port", str(gateway.port)],
        capture_output=True,
        text=True,
        timeout=60,
        env={k: v for k, v in os.environ.items() if not k.startswith("AUTOGLM_GW_")},
    )
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Address already in use" in lines[0], proc.stderr


def test_workers_stop_when_their_parent_is_killed():
    gw = GatewayProcess(env={"AUTOGLM_GW_CACHE_ENABLED": "false"}, args=["--workers", "2"])
    workers: set[int] = set()
    try:
        gw.wait_ready("/readyz")
        workers = _two_workers(gw)
        gw.proc.kill()  # SIGKILL: the parent cannot tell its workers anything
        gw.proc.wait(10)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and any(_alive(p) for p in workers):
            time.sleep(0.2)
        # Before, they lived on as orphans, still serving the port.
        assert not any(_alive(p) for p in workers), workers
    finally:
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ", 1)[1][0] != "Z"
    except (FileNotFoundError, IndexError):
        return False


def test_a_worker_that_cannot_start_says_why_in_one_line_not_a_traceback(tmp_path):
    gw = GatewayProcess(env={"AUTOGLM_GW_ENGINE_MODEL_DIR": str(tmp_path)})
    rc = gw.proc.wait(60)
    out = gw.output()
    assert rc != 0
    assert "startup failed: no tokenizer.json in" in out, out
    assert "Traceback" not in out, out


def test_a_model_file_cut_short_stops_start_up_in_one_line(tmp_path):
    model = Path("engines/model")
    for f in model.iterdir():
        if f.is_file():
            (tmp_path / f.name).write_bytes(f.read_bytes())
    (tmp_path / "model.int8.onnx").write_bytes((model / "model.int8.onnx").read_bytes()[:5000])
    gw = GatewayProcess(env={"AUTOGLM_GW_ENGINE_MODEL_DIR": str(tmp_path)})
    rc = gw.proc.wait(60)
    out = gw.output()
    assert rc != 0
    assert f"startup failed: {tmp_path / 'model.int8.onnx'}: ONNX Runtime cannot load it" in out
    assert "Traceback" not in out, out


def test_a_booking_database_down_at_start_stops_the_server_in_one_line(tmp_path):
    # Checked once by the server before its workers start (a worker respawned later during an
    # outage starts without it: tests/booking/test_postgres_connection_loss.py).
    from tests.conftest import free_port

    for url in (f"postgresql://postgres@127.0.0.1:{free_port()}/x", f"sqlite:///{tmp_path}"):
        gw = GatewayProcess(env={"AUTOGLM_GW_DB_URL": url})
        rc = gw.proc.wait(60)
        out = gw.output()
        assert rc != 0, out
        assert "db.url: the booking database is unavailable" in out, out
        assert "Traceback" not in out and "Spawning worker" not in out, out


def test_many_idle_connections_do_not_stop_the_server_answering(gateway):
    # A black-box audit: 1,100 sockets that never sent a byte took a one-worker gateway off the
    # air (granian's default backpressure, 1,024 connections a worker, held by idle ones too).
    idle = []
    try:
        for _ in range(1_100):
            idle.append(socket.create_connection(("127.0.0.1", gateway.port), timeout=5))
        time.sleep(0.5)  # let the worker accept them all
        answer = _raw_exchange(
            gateway.port, b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        )
    finally:
        for s in idle:
            s.close()
    assert answer.startswith(b"HTTP/1.1 200")


def test_the_connection_budget_fits_the_open_file_limit(monkeypatch):
    import logging
    import resource

    from autoglm_gw.server import SPARE_FILES, connection_budget

    limits = {"now": (1024, 4096)}
    monkeypatch.setattr(resource, "getrlimit", lambda _which: limits["now"])
    monkeypatch.setattr(resource, "setrlimit", lambda _which, value: limits.update(now=value))
    # the soft limit is raised to fit what is asked
    assert connection_budget(2048) == 2048
    assert limits["now"] == (2048 + SPARE_FILES, 4096)
    # a hard limit below it lowers the budget, and says so
    limits["now"] = (1024, 4096)
    warned = []
    log = logging.getLogger("test-budget")
    monkeypatch.setattr(log, "warning", lambda *a: warned.append(a))
    assert connection_budget(16384, log) == 4096 - SPARE_FILES
    assert limits["now"] == (4096, 4096) and len(warned) == 1


def test_a_killed_servers_metrics_directory_is_removed_by_the_next_start(tmp_path):
    # An audit: a server killed with SIGKILL (no `finally`) left its directory in /tmp for good
    from autoglm_gw.server import METRICS_DIR_PREFIX, remove_stale_metrics_dirs

    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    stale = tmp_path / f"{METRICS_DIR_PREFIX}{gone.pid}-abc"
    live = tmp_path / f"{METRICS_DIR_PREFIX}{os.getpid()}-def"
    unnamed = tmp_path / f"{METRICS_DIR_PREFIX}xyz"
    for d in (stale, live, unnamed):
        d.mkdir()
    assert remove_stale_metrics_dirs(str(tmp_path)) == [str(stale)]
    assert not stale.exists() and live.exists() and unnamed.exists()
