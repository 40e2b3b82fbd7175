"""The reverse proxy end to end: `autoglm-gw serve` with [[proxy.routes]] in front of real HTTP
servers (granian apps that echo what they receive, nginx, and a socket that hangs up)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest

from tests.conftest import REPO, GatewayProcess, free_port

HERE = Path(__file__).resolve().parent


class Upstream:
    def __init__(self, name: str, tmp: Path) -> None:
        self.name = name
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.health_file = tmp / f"{name}.health"
        env = {
            **os.environ,
            "UPSTREAM_NAME": name,
            "UPSTREAM_HEALTH_FILE": str(self.health_file),
            "PYTHONPATH": str(HERE),
        }
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "upstream_app.py"), str(self.port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def wait_ready(self) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                httpx.get(self.url + "/health", timeout=1)
                return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise TimeoutError(self.name)

    def set_health(self, up: bool) -> None:
        self.health_file.write_text("up" if up else "down")

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


class HangUp:
    """A server that reads a request and closes the connection without answering: the request
    reached it, so only an idempotent one may be retried elsewhere."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.requests = 0
        self.held: list[socket.socket] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self._handle(conn)

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(2)
            try:
                if conn.recv(65536):
                    self.requests += 1
            except OSError:
                pass

    def close(self) -> None:
        self.sock.close()


class Silent(HangUp):
    """A server that reads a request and never answers, keeping the connection open."""

    def _handle(self, conn: socket.socket) -> None:
        self.held.append(conn)  # never answered, never closed until the test ends
        self.requests += 1


class HeadThenStall(HangUp):
    """A server that answers a chunked head at once, then stalls 3 s before the first chunk, or
    (``bad``) sends a chunk size that is not one: the body fails before its first byte."""

    def __init__(self, bad: bool = False) -> None:
        self.bad = bad
        super().__init__()

    def _handle(self, conn: socket.socket) -> None:
        threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)
                self.requests += 1
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                    b"Transfer-Encoding: chunked\r\n\r\n"
                )
                if self.bad:
                    conn.sendall(b"zz\r\nabc\r\n0\r\n\r\n")
                    time.sleep(1)
                    return
                time.sleep(3)
                conn.sendall(b"5\r\nhello\r\n0\r\n\r\n")
            except OSError:
                pass


NGINX_CONF = """
daemon off;
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    server {{
        listen 127.0.0.1:{port};
        location /files/ {{ root {www}; }}
        location / {{
            default_type text/plain;
            return 200 "nginx saw $request_uri from $http_x_forwarded_for host $host";
        }}
    }}
}}
"""


@pytest.fixture(scope="module")
def nginx(tmp_path_factory):
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(binary).is_file():
        pytest.skip("nginx is not installed (Debian package nginx-light; .ci/run installs it)")
    tmp = tmp_path_factory.mktemp("nginx")
    # nginx's workers drop to an unprivileged user when started as root: the files they serve
    # live where that user can read them (pytest's own directories are private).
    www = Path(tempfile.mkdtemp(prefix="autoglm-nginx-www-"))
    (www / "files").mkdir()
    (www / "files" / "hello.txt").write_text("hello from a static file\n")
    for p in (www, www / "files"):
        p.chmod(0o755)
    (www / "files" / "hello.txt").chmod(0o644)
    port = free_port()
    conf = tmp / "nginx.conf"
    conf.write_text(NGINX_CONF.format(tmp=tmp, www=www, port=port))
    proc = subprocess.Popen([binary, "-c", str(conf), "-p", str(tmp)], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/", timeout=1)
            break
        except httpx.HTTPError:
            if proc.poll() is not None:
                pytest.fail(f"nginx did not start: {proc.stderr.read().decode()}")
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    proc.send_signal(signal.SIGQUIT)
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
    shutil.rmtree(www, ignore_errors=True)


@pytest.fixture(scope="module")
def world(tmp_path_factory, nginx):
    tmp = tmp_path_factory.mktemp("proxy")
    ups = {name: Upstream(name, tmp) for name in ("a", "b", "c")}
    hang = HangUp()
    silent = Silent()
    stall, bad = HeadThenStall(), HeadThenStall(bad=True)
    dead = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    for u in ups.values():
        u.wait_ready()
    a, b, c = (ups[k].url for k in "abc")
    config = tmp / "gw.toml"
    config.write_text(
        f"""
[[proxy.routes]]
prefix = "/legacy/"
upstream = "weighted"

[[proxy.routes]]
prefix = "/legacy/special/"
upstream = "only_c"

[[proxy.routes]]
prefix = "/strip/"
upstream = "only_a"
strip_prefix = true

[[proxy.routes]]
prefix = "/slow/"
upstream = "only_a"
timeout = "700ms"

[[proxy.routes]]
prefix = "/api/"
host = "api.example"
upstream = "only_b"

[[proxy.routes]]
prefix = "/hashed/"
upstream = "hashed"

[[proxy.routes]]
prefix = "/failover/"
upstream = "failover"

[[proxy.routes]]
prefix = "/hangup/"
upstream = "hangup"

[[proxy.routes]]
prefix = "/silent/"
upstream = "silent_then_a"
timeout = "500ms"

[[proxy.routes]]
prefix = "/stall/"
upstream = "stall"
timeout = "700ms"

[[proxy.routes]]
prefix = "/badchunk/"
upstream = "badchunk"

[[proxy.routes]]
prefix = "/down/"
upstream = "all_dead"

[[proxy.routes]]
prefix = "/checked/"
upstream = "checked"

[[proxy.routes]]
prefix = "/web/"
upstream = "nginx"
strip_prefix = true

[proxy.upstreams.weighted]
policy = "round_robin"
servers = [{{ url = "{a}", weight = 2 }}, {{ url = "{b}" }}]

[proxy.upstreams.only_a]
servers = [{{ url = "{a}" }}]

[proxy.upstreams.only_b]
servers = [{{ url = "{b}" }}]

[proxy.upstreams.only_c]
servers = [{{ url = "{c}" }}]

[proxy.upstreams.hashed]
policy = "consistent_hash"
servers = [{{ url = "{a}" }}, {{ url = "{b}" }}, {{ url = "{c}" }}]

[proxy.upstreams.failover]
policy = "round_robin"
servers = [{{ url = "{dead}" }}, {{ url = "{b}" }}, {{ url = "{c}", backup = true }}]
max_fails = 1
fail_timeout = "60s"
retries = 2

[proxy.upstreams.hangup]
policy = "round_robin"
servers = [{{ url = "{hang.url}" }}, {{ url = "{a}" }}]
max_fails = 0
retries = 1

[proxy.upstreams.silent_then_a]
policy = "round_robin"
servers = [{{ url = "{silent.url}" }}, {{ url = "{a}" }}]
max_fails = 1
fail_timeout = "60s"

[proxy.upstreams.stall]
servers = [{{ url = "{stall.url}" }}]

[proxy.upstreams.badchunk]
servers = [{{ url = "{bad.url}" }}]

[proxy.upstreams.all_dead]
servers = [{{ url = "{dead}" }}]
retries = 0

[proxy.upstreams.checked]
policy = "least_conn"
servers = [{{ url = "{a}" }}, {{ url = "{b}" }}]
health_check = {{ path = "/health", interval = "200ms" }}

[proxy.upstreams.nginx]
servers = [{{ url = "{nginx}" }}]
"""
    )
    env = {"AUTOGLM_GW_SERVER_LOG_LEVEL": "error"}
    gw = GatewayProcess(env=env, args=["--config", str(config)])
    try:
        gw.wait_ready()
        yield {"gw": gw.url, "ups": ups, "hang": hang}
    finally:
        try:
            gw.terminate(timeout=20)
        except subprocess.TimeoutExpired:
            gw.proc.kill()
        for u in ups.values():
            u.stop()
        hang.close()
        silent.close()
        stall.close()
        bad.close()


def test_paths_are_forwarded_with_their_query_and_the_forwarding_headers(world):
    r = httpx.get(world["gw"] + "/legacy/items/7?q=1&x=%20y", headers={"x-custom": "kept"})
    assert r.status_code == 200
    echo = r.json()
    assert echo["path"] == "/legacy/items/7"
    assert echo["query"] == "q=1&x=%20y"
    h = echo["headers"]
    assert h["x-custom"] == "kept"
    assert h["x-forwarded-for"] == "127.0.0.1"
    assert h["x-forwarded-proto"] == "http"
    assert h["x-forwarded-host"] == world["gw"].removeprefix("http://")
    assert h["host"] == world["ups"][echo["server"]].url.removeprefix("http://")
    assert r.headers["x-upstream"] == echo["server"]
    assert "upstream;dur=" in r.headers["server-timing"]


def test_the_longest_prefix_wins(world):
    assert httpx.get(world["gw"] + "/legacy/special/x").json()["server"] == "c"
    assert httpx.get(world["gw"] + "/legacy/plain").json()["server"] in ("a", "b")


def test_smooth_weighted_round_robin_spreads_by_weight(world):
    seen = Counter(httpx.get(world["gw"] + "/legacy/rr").json()["server"] for _ in range(30))
    assert seen == {"a": 20, "b": 10}


def test_strip_prefix(world):
    assert httpx.get(world["gw"] + "/strip/a/b?z=1").json()["path"] == "/a/b"
    assert httpx.get(world["gw"] + "/strip/").json()["path"] == "/"


def test_bodies_go_up_and_come_back_whole(world):
    payload = "é" * 100_000
    r = httpx.post(world["gw"] + "/strip/echo", content=payload.encode())
    assert r.status_code == 200 and r.json()["body"] == payload
    assert r.json()["method"] == "POST"
    big = httpx.get(world["gw"] + "/strip/big?n=3000000")
    assert big.status_code == 200 and big.content == b"x" * 3_000_000
    chunked = httpx.get(world["gw"] + "/strip/chunked")
    assert chunked.content == b"one,two,three"


def test_upstream_statuses_pass_through(world):
    r = httpx.delete(world["gw"] + "/strip/status/418")
    assert r.status_code == 418 and r.json()["method"] == "DELETE"
    head = httpx.head(world["gw"] + "/strip/head")
    assert head.status_code == 200 and head.content == b""


def test_host_routes(world):
    r = httpx.get(world["gw"] + "/api/v2", headers={"host": "api.example"})
    assert r.json()["server"] == "b"
    other = httpx.get(world["gw"] + "/api/v2")
    assert other.status_code == 404 and other.json()["error"]["code"] == "not_found"


def test_the_gateways_own_paths_are_not_proxied(world):
    assert httpx.get(world["gw"] + "/healthz").json()["status"] == "ok"
    assert httpx.get(world["gw"] + "/nowhere").status_code == 404


def test_the_route_timeout_gives_504(world):
    r = httpx.get(world["gw"] + "/slow/slow?ms=5000", timeout=30)
    assert r.status_code == 504
    assert r.json()["error"]["code"] == "upstream_timeout"
    assert httpx.get(world["gw"] + "/slow/slow?ms=10").status_code == 200


def test_a_dead_server_is_retried_past_and_marked_down(world):
    gw = world["gw"]
    for method in ("GET", "POST"):  # nothing reached the dead one: POST is retried too
        r = httpx.request(method, gw + "/failover/x", content=b"{}")
        assert r.status_code == 200 and r.json()["server"] == "b"
    # Marked down for fail_timeout: every request now goes to b, the backup stays unused.
    assert {httpx.get(gw + "/failover/y").json()["server"] for _ in range(6)} == {"b"}
    metrics = httpx.get(gw + "/metrics").text
    dead_up = [
        line for line in metrics.splitlines()
        if line.startswith("autoglm_gw_proxy_server_up") and 'upstream="failover"' in line
        and "0.0" in line.split()[-1]
    ]  # fmt: skip
    assert len(dead_up) == 1, metrics


def test_a_request_that_reached_a_server_is_retried_only_if_idempotent(world):
    gw, hang = world["gw"], world["hang"]
    # round robin over [hang-up, a]: whichever comes first, a GET gets a's answer
    for _ in range(4):
        r = httpx.get(gw + "/hangup/x")
        assert r.status_code == 200 and r.json()["server"] == "a"
    before = hang.requests
    statuses = Counter(httpx.post(gw + "/hangup/x", content=b"{}").status_code for _ in range(4))
    # the POSTs sent to the hang-up server are not repeated elsewhere: 502 for those
    assert statuses[502] >= 1 and statuses[502] + statuses[200] == 4
    assert hang.requests > before


def test_a_server_that_never_answers_is_taken_out(world):
    # The route's timeout passes on the silent server: 504 for that request, and the server is
    # counted as failed (max_fails = 1), so the next ones go to the other server.
    statuses = [httpx.get(world["gw"] + "/silent/x", timeout=30).status_code for _ in range(6)]
    assert statuses.count(504) == 1 and statuses.count(200) == 5, statuses


def test_a_body_cut_by_the_timeout_reaches_the_client_as_cut(world):
    with pytest.raises(httpx.HTTPError):
        # /slow/ has a 700 ms timeout; the upstream pauses 3 s inside the body
        httpx.get(world["gw"] + "/slow/cutbody?ms=3000", timeout=30).read()


def test_a_body_that_fails_before_its_first_byte_is_answered_with_the_error(world):
    # An audit: the head was not flushed yet, and granian put its own bare 500 in its place
    stalled = httpx.get(world["gw"] + "/stall/x", timeout=30)
    broken = httpx.get(world["gw"] + "/badchunk/x", timeout=30)
    assert stalled.status_code == 504
    assert stalled.json()["error"]["code"] == "upstream_timeout"
    assert broken.status_code == 502
    assert broken.json()["error"]["code"] == "upstream_unavailable"
    assert "server-timing" in stalled.headers and "server-timing" in broken.headers


def _raw_get(gw: str, target: str) -> tuple[int, bytes]:
    host, port = gw.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as s:
        s.sendall(f"GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split(b" ")[1]), body


def test_dot_segments_are_refused(world):
    status, body = _raw_get(world["gw"], "/legacy/../admin")
    assert status == 400 and b"invalid_path" in body
    status, body = _raw_get(world["gw"], "/legacy/%2e%2e/admin")
    assert status == 400 and b"invalid_path" in body


def test_the_path_goes_up_as_it_was_sent(world):
    r = httpx.get(world["gw"] + "/strip/caf%C3%A9/a%2Fb")
    assert r.json()["raw_path"] == "/caf%C3%A9/a%2Fb"
    # a prefix written percent-encoded still matches, and is still cut
    status, body = _raw_get(world["gw"], "/%73trip/x")
    assert status == 200 and b'"raw_path": "/x"' in body


def test_forwarding_headers_from_the_client_are_replaced(world):
    r = httpx.get(
        world["gw"] + "/strip/h",
        headers={
            "x-forwarded-proto": "https",
            "x-forwarded-host": "evil",
            "x-forwarded-for": "1.2.3.4",
        },
    )
    h = r.json()["headers"]
    assert h["x-forwarded-proto"] == "http"
    assert h["x-forwarded-host"] == world["gw"].removeprefix("http://")
    assert h["x-forwarded-for"] == "1.2.3.4, 127.0.0.1"


def test_every_forwarded_for_line_is_kept_and_proxy_headers_stay_behind(world):
    # An audit: of two X-Forwarded-For lines only the last went up, and Proxy-Foo went up
    host, port = world["gw"].removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as s:
        s.sendall(
            b"GET /strip/h HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 1.2.3.4\r\n"
            b"X-Forwarded-For: 5.6.7.8\r\nProxy-Foo: y\r\nConnection: close\r\n\r\n"
        )
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    import json

    h = json.loads(data.partition(b"\r\n\r\n")[2])["headers"]
    assert h["x-forwarded-for"] == "1.2.3.4, 5.6.7.8, 127.0.0.1"
    assert "proxy-foo" not in h


def test_no_server_up_gives_502(world):
    r = httpx.get(world["gw"] + "/down/x")
    assert r.status_code == 502
    assert r.json()["error"]["code"] == "upstream_unavailable"
    assert r.headers["retry-after"]


def test_active_health_checks_take_a_server_out_and_back(world):
    gw, b = world["gw"], world["ups"]["b"]

    def servers(n=8):
        return {httpx.get(gw + "/checked/x").json()["server"] for _ in range(n)}

    assert servers() == {"a", "b"}
    b.set_health(False)
    try:
        deadline = time.monotonic() + 15
        while servers() != {"a"}:
            assert time.monotonic() < deadline, "b was never taken out"
            time.sleep(0.2)
    finally:
        b.set_health(True)
    deadline = time.monotonic() + 15
    while "b" not in servers():
        assert time.monotonic() < deadline, "b never came back"
        time.sleep(0.2)


def test_consistent_hash_keeps_a_path_on_one_server(world):
    gw = world["gw"]
    owners = {
        p: {httpx.get(f"{gw}/hashed/{p}").json()["server"] for _ in range(3)} for p in range(12)
    }
    assert all(len(s) == 1 for s in owners.values())
    assert len({next(iter(s)) for s in owners.values()}) >= 2  # 12 paths do not all land on one


def test_in_front_of_nginx(world, nginx):
    r = httpx.get(world["gw"] + "/web/files/hello.txt")
    assert r.status_code == 200 and r.text == "hello from a static file\n"
    assert r.headers["content-type"].startswith("text/plain")
    r = httpx.get(world["gw"] + "/web/page?x=1")
    assert r.text.startswith("nginx saw /page?x=1 from 127.0.0.1 host 127.0.0.1")
    assert httpx.get(world["gw"] + "/web/files/missing").status_code == 404


def test_proxy_metrics(world):
    httpx.get(world["gw"] + "/strip/m")
    text = httpx.get(world["gw"] + "/metrics").text
    assert 'autoglm_gw_proxy_attempts_total{outcome="ok",server="' in text
    assert 'route="proxy:/strip/"' in text
    assert "autoglm_gw_proxy_retries_total" in text


def test_serve_starts_without_a_model_dependency_on_routes():
    # Routes that cannot be served are refused at start, in one line (see settings tests).
    proc = subprocess.run(
        [sys.executable, "-m", "autoglm_gw.cli", "config"],
        cwd=REPO,
        env={
            "PATH": "/usr/bin:/bin",
            "AUTOGLM_GW_PROXY_ROUTES": '[{"prefix": "/x/", "upstream": "u"}]',
            "AUTOGLM_GW_PROXY_UPSTREAMS": '{"u": {"servers": [{"url": "ftp://h"}]}}',
        },
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2
    assert "proxy.upstreams.u.servers[0].url" in proc.stderr
