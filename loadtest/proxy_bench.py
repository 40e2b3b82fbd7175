"""The reverse proxy against nginx, side by side in one run.

One upstream (a bare granian app answering fixed bytes, ``loadtest/bare_app.py``) is reached three
ways: directly (the ceiling), through the gateway's reverse proxy (``autoglm-gw serve`` with one
route), and through nginx configured as a reverse proxy with keep-alive connections to the
upstream. For each, the same open-loop rate search as ``make bench`` (``loadtest/compare.py``)
finds the highest rate sustained within the SLO. Both proxies run one worker process per usable
core; everything shares this machine's cores.

Run from the repository root: ``.venv/bin/python -m loadtest.proxy_bench [--slo-ms 50]``; needs
``nginx`` on PATH for its column (Debian package nginx-light). Writes
``loadtest/out/proxy_bench.json``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from autoglm_gw.engine.loader import usable_cores

from .compare import OUT, Server, Settings, free_port, machine, search, side_report

BODY = b'{"status":"ok","note":"a small JSON answer from the upstream"}'

NGINX_CONF = """
daemon off;
worker_processes {workers};
pid {tmp}/nginx.pid;
error_log {tmp}/nginx-error.log;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    upstream app {{
        server 127.0.0.1:{upstream};
        keepalive 64;
    }}
    server {{
        listen 127.0.0.1:{port};
        location /healthz {{ return 200 "ok"; }}
        location /app/ {{
            proxy_pass http://app;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        }}
    }}
}}
"""


class _Nginx:
    def __init__(self, tmp: Path, upstream_port: int, workers: int) -> None:
        binary = shutil.which("nginx") or "/usr/sbin/nginx"
        self.port = free_port()
        conf = tmp / "nginx.conf"
        conf.write_text(
            NGINX_CONF.format(tmp=tmp, port=self.port, upstream=upstream_port, workers=workers)
        )
        self.proc = subprocess.Popen(
            [binary, "-c", str(conf), "-p", str(tmp)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.url = f"http://127.0.0.1:{self.port}/app/x"

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def run(s: Settings, say=print) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="autoglm-proxy-bench-"))
    workers = s.workers or usable_cores()
    s = replace(s, workers=workers)
    up_port = free_port()
    upstream = subprocess.Popen(
        [sys.executable, "-m", "loadtest.bare_app", "--port", str(up_port)],
        env={"BARE_BODY": BODY.decode(), "PATH": "/usr/bin:/bin", "PYTHONPATH": "."},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    report = {
        "machine": machine(),
        "started": datetime.now(UTC).astimezone().isoformat(timespec="seconds"),
        "settings": vars(s),
        "results": {},
    }

    def body(_i: int) -> bytes:
        return b"{}"

    try:
        config = tmp / "gw.toml"
        config.write_text(
            f'[[proxy.routes]]\nprefix = "/app/"\nupstream = "app"\n\n'
            f'[proxy.upstreams.app]\nservers = [{{ url = "http://127.0.0.1:{up_port}" }}]\n'
        )
        direct = f"http://127.0.0.1:{up_port}/app/x"
        _wait(direct)
        sides = {"direct": direct}
        for name in ("direct", "gateway", "nginx"):
            say(f"  {name} (SLO p99 {s.slo_p99_ms:g} ms, {s.probe_s:g} s per rate)")
            if name == "direct":
                report["results"][name] = side_report(search(direct, body, s, [], say))
            elif name == "gateway":
                cmd = [sys.executable, "-m", "autoglm_gw.cli", "serve", "--config", str(config)]
                cmd += ["--workers", str(workers)]
                env = {
                    "AUTOGLM_GW_SERVER_ACCESS_LOG": "false",
                    "AUTOGLM_GW_DB_URL": f"sqlite:///{tmp / 'gw.db'}",
                }
                gw = Server("gateway", cmd, env, tmp / "gateway.log")
                try:
                    gw.wait_ready()
                    sides[name] = f"http://127.0.0.1:{gw.port}/app/x"
                    report["results"][name] = side_report(search(sides[name], body, s, [], say))
                finally:
                    gw.stop()
            else:
                if not (shutil.which("nginx") or Path("/usr/sbin/nginx").is_file()):
                    report["results"][name] = {"skipped": "nginx is not installed"}
                    continue
                ngx = _Nginx(tmp, up_port, workers)
                try:
                    _wait(f"http://127.0.0.1:{ngx.port}/healthz")
                    report["results"][name] = side_report(search(ngx.url, body, s, [], say))
                finally:
                    ngx.stop()
    finally:
        upstream.terminate()
        upstream.wait(10)
    r = report["results"]
    if "max_rps" in r.get("nginx", {}) and r["nginx"]["max_rps"]:
        report["gateway_over_nginx"] = r["gateway"]["max_rps"] / r["nginx"]["max_rps"]
    return report


def _wait(url: str) -> None:
    """Until ``url`` answers a POST (the upstream or nginx is listening)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(urllib.request.Request(url, data=b"{}"), timeout=1).read()
            return
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    raise TimeoutError(url)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--slo-ms", type=float, default=50.0)
    ap.add_argument("--probe-seconds", type=float, default=3.0)
    ap.add_argument("--start-rps", type=float, default=500.0)
    ap.add_argument("--workers", type=int, default=0, help="per proxy (default: one per core)")
    ap.add_argument("--out", default=str(OUT / "proxy_bench.json"))
    a = ap.parse_args(argv)
    s = Settings(
        slo_p99_ms=a.slo_ms, probe_s=a.probe_seconds, start_rps=a.start_rps, workers=a.workers
    )
    report = run(s, say=lambda m: print(m, flush=True))
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    print()
    for name, r in report["results"].items():
        if "skipped" in r:
            print(f"{name:8} skipped: {r['skipped']}")
        else:
            p50, p99 = (f"{x:.1f}" if x is not None else "-" for x in (r["p50_ms"], r["p99_ms"]))
            print(f"{name:8} max {r['max_rps']:7.0f}/s  p50 {p50} ms  p99 {p99} ms")
    if "gateway_over_nginx" in report:
        print(f"gateway / nginx: {report['gateway_over_nginx']:.2f}")
    print(f"written: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
