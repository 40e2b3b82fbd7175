"""Cache benchmarks, each side by side in one run (issue #6):

1. hit path: POST /v1/parse answered from tier 1, against a bare granian ASGI app that returns
   the same bytes (the physical ceiling of the server stack), same load generator, same
   connections, one after the other; prints both rates and their ratio;
2. shared tier: two gateway instances on one Redis; instance A fills, instance B is then asked
   the same utterances and must answer from the cache without its engine.

Run from the repository root: ``.venv/bin/python -m loadtest.cache_bench [--seconds 8]``.
Needs ``redis-server`` on PATH for part 2 (Debian package); only loopback is used.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx
import uvloop

from autoglm_gw.bench.http_load import run_load
from autoglm_gw.bench.traces import NOW, bodies

from .compare import free_port

REPO = Path(__file__).resolve().parent.parent
HOT_TEXTS = 200  # distinct utterances in the hit-path trace: all cached after the warm-up


def wait_http(url: str, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise TimeoutError(url)


def start(cmd: list[str], env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        cmd,
        cwd=REPO,
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def stop(p: subprocess.Popen) -> None:
    p.send_signal(signal.SIGTERM)
    try:
        p.wait(15)
    except subprocess.TimeoutExpired:
        p.kill()


def gateway(port: int, db: str, **env: str) -> subprocess.Popen:
    base = {
        "AUTOGLM_GW_SERVER_ACCESS_LOG": "false",
        "AUTOGLM_GW_DB_URL": f"sqlite:///{db}",
        "AUTOGLM_GW_ENGINE_INTRA_OP_THREADS": "1",
    }
    cmd = [sys.executable, "-m", "autoglm_gw.cli", "serve", "--port", str(port)]
    return start(cmd, base | env)


def hit_path(seconds: float, concurrency: int, tmp: str) -> dict:
    gw_port, bare_port = free_port(), free_port()
    n, body = bodies("unique", HOT_TEXTS)
    gw = gateway(gw_port, f"{tmp}/hit.db")
    try:
        wait_http(f"http://127.0.0.1:{gw_port}/healthz")
        url = f"http://127.0.0.1:{gw_port}/v1/parse"
        for i in range(n):  # warm: every utterance of the trace is now in tier 1
            httpx.post(url, content=body(i), timeout=30)
        sample = httpx.post(url, content=body(0), timeout=30)
        assert sample.headers["x-cache"] == "hit", sample.headers
        gw_run = uvloop.run(
            run_load(url, body, concurrency=concurrency, duration=seconds, track_header="x-cache")
        )
    finally:
        stop(gw)
    env = {"BARE_BODY": sample.content.decode(), "BARE_HEADERS": "x-cache: hit"}
    bare = start([sys.executable, "-m", "loadtest.bare_app", "--port", str(bare_port)], env=env)
    try:
        wait_http(f"http://127.0.0.1:{bare_port}/")
        bare_url = f"http://127.0.0.1:{bare_port}/v1/parse"
        bare_run = uvloop.run(run_load(bare_url, body, concurrency=concurrency, duration=seconds))
    finally:
        stop(bare)
    g, b = gw_run.summary(), bare_run.summary()
    return {
        "gateway_hit": g | {"x_cache": dict(gw_run.headers_seen)},
        "bare_granian": b,
        "ratio": g["rps"] / b["rps"] if b["rps"] else None,
    }


def shared_tier(tmp: str) -> dict:
    redis = shutil.which("redis-server")
    if redis is None:
        return {"skipped": "redis-server is not installed (apt-get install redis-server)"}
    rport, pa, pb = free_port(), free_port(), free_port()
    rs = start(
        [redis, "--port", str(rport), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    )
    env = {"AUTOGLM_GW_CACHE_REDIS_URL": f"redis://127.0.0.1:{rport}/0"}
    a = gateway(pa, f"{tmp}/a.db", **env)
    b = gateway(pb, f"{tmp}/b.db", **env)
    try:
        for p in (pa, pb):
            wait_http(f"http://127.0.0.1:{p}/healthz")
        n, body = bodies("unique", 300, seed=9)
        fills = Counter()
        for i in range(n):
            r = httpx.post(f"http://127.0.0.1:{pa}/v1/parse", content=body(i), timeout=30)
            fills[r.headers["x-cache"]] += 1
        time.sleep(0.5)  # tier-2 writes are sent in the background
        seen = Counter()
        for i in range(n):
            r = httpx.post(f"http://127.0.0.1:{pb}/v1/parse", content=body(i), timeout=30)
            seen[r.headers["x-cache"]] += 1
        metrics = httpx.get(f"http://127.0.0.1:{pb}/metrics").text
        engine_b = [
            line for line in metrics.splitlines()
            if line.startswith('autoglm_gw_engine_requests_total{stage="submitted"}')
        ]  # fmt: skip
        return {
            "utterances": n,
            "instance_a": dict(fills),
            "instance_b": dict(seen),
            "instance_b_engine": engine_b,
            "tier2_hit_ratio_on_b": seen.get("hit", 0) / n,
        }
    finally:
        for p in (a, b, rs):
            stop(p)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=8.0)
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--out", default="loadtest/out/cache_bench.json")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="autoglm-cache-bench-")
    report = {
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "now": NOW,
        "hit_path": hit_path(args.seconds, args.concurrency, tmp),
        "shared_tier": shared_tier(tmp),
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2, ensure_ascii=False))
    print(json.dumps(report, indent=2, ensure_ascii=False))
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
