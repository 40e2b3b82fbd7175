"""`make bench`: the gateway against vanilla serving of the same model, side by side in one run.

For each scenario, each server is started fresh on this machine and offered open-loop Poisson
traffic (the Rust load generator: blocking sockets on plain threads, GIL released, so it leaves
the cores to the servers) at rising rates. A rate is *sustained* when under 0.1% of the requests
sent failed (refusals, errors, timeouts: anything but 2xx) and the p99 latency, from each
request's due time to its answer, is within the scenario's SLO. ``max_rps`` is the highest rate
sustained: rates grow by ``--growth`` until one fails (or ``--max-rps`` holds: ``capped``), then
the gap is bisected ``--refine`` times; a missed probe is followed by a short pause, so that its
backlog does not weigh on the next. Each probe goes on along the trace where the one before
stopped. Within a scenario the two sides run one after the other, and which goes first
alternates from scenario to scenario. Both get the whole machine: by default each runs one worker
process per usable core (the gateway's engine then takes one ONNX Runtime thread per worker, its
default share). The ratio is gateway over vanilla; it is null when vanilla sustained no rate.

Scenarios:

- ``unique``: held-out utterances (20,000, then the trace repeats), sent with ``Cache-Control:
  no-cache`` so that no response cache can answer them: the engine's own throughput is measured;
- ``zipf``: a fleet's traffic, where a few phrasings dominate (Zipf, s = 1.1, over 20,000
  utterances), with the gateway's response cache on as it ships.

Writes ``loadtest/out/report.json`` (the contract's fields, and every probe) and
``loadtest/out/report.md``. Run from the repository root: ``.venv/bin/python -m loadtest.compare``
(``make bench`` does). Only loopback is used.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from autoglm_gw.bench.http_load import LoadResult, run_open_loop_rust
from autoglm_gw.bench.traces import bodies
from autoglm_gw.engine.loader import usable_cores

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "loadtest" / "out"
SCENARIOS = ("unique", "zipf")
# Failures (refusals, errors, timeouts) a sustained rate may have, as a share of requests sent.
MAX_ERROR_RATE = 0.001
# Below this offered rate a probe says nothing (a handful of requests): the search stops there.
MIN_RPS = 1.0
# Pause after a missed probe, so that its backlog does not weigh on the next one.
SETTLE_S = 2.0
SERVER_START_S = 180.0  # a cold start loads the model and, for the gateway, the database
WARM_REQUESTS = 20  # sent one by one before a search: first calls pay for lazy set-up


@dataclass
class Settings:
    slo_p99_ms: float = 100.0
    probe_s: float = 5.0
    start_rps: float = 50.0
    growth: float = 1.5
    refine: int = 3
    max_rps: float = 20_000.0
    workers: int = 0  # worker processes on each side; 0: one per usable core
    texts: int = 20_000
    connections: int = 256
    timeout_s: float = 10.0


@dataclass
class Probe:
    rate: float
    sent: int
    ok: int
    p50_ms: float | None
    p99_ms: float | None
    error_rate: float
    statuses: dict[str, int]
    sustained: bool


@dataclass
class Search:
    max_rps: float = 0.0
    at_max: Probe | None = None
    probes: list[Probe] = field(default_factory=list)
    capped: bool = False  # the cap itself was held: the server may sustain more


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, {usable_cores()} usable cores, {platform.system()} {platform.machine()}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One server process on a free loopback port, stopped with SIGTERM (then SIGKILL)."""

    def __init__(self, name: str, cmd: list[str], env: dict[str, str], log_path: Path) -> None:
        self.name = name
        self.port = free_port()
        self._log = open(log_path, "ab")  # closed in stop()
        self.proc = subprocess.Popen(
            [*cmd, "--port", str(self.port)],
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO), **env},
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its workers with it, so that a kill reaches them all
        )
        self.log_path = log_path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1/parse"

    def wait_ready(self, path: str = "/healthz", timeout: float = SERVER_START_S) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"{self.name} exited with {self.proc.returncode} while starting; "
                    f"see {self.log_path}"
                )
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=1):
                    return
            except (urllib.error.URLError, OSError):
                time.sleep(0.2)
        raise TimeoutError(f"{self.name} did not answer {path} within {timeout:.0f}s")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self._log.close()


def gateway(s: Settings, tmp: Path) -> Server:
    """The gateway with `make run`'s defaults (CPU engine, SQLite, in-process cache) but
    ``s.workers`` workers, and without the access log, which vanilla serving does not write
    either."""
    env = {
        "AUTOGLM_GW_SERVER_ACCESS_LOG": "false",
        "AUTOGLM_GW_DB_URL": f"sqlite:///{tmp / 'bench.db'}",
    }
    cmd = [sys.executable, "-m", "autoglm_gw.cli", "serve", "--workers", str(s.workers)]
    return Server("gateway", cmd, env, tmp / "gateway.log")


def vanilla(s: Settings, tmp: Path) -> Server:
    cmd = [sys.executable, "-m", "loadtest.vanilla_app", "--workers", str(s.workers)]
    return Server("vanilla", cmd, {}, tmp / "vanilla.log")


def probe(
    url: str, body: Callable[[int], bytes], rate: float, s: Settings, headers, seed: int
) -> Probe:
    r: LoadResult = run_open_loop_rust(
        url,
        body,
        rate=rate,
        duration=s.probe_s,
        connections=s.connections,
        timeout=s.timeout_s,
        headers=headers,
        seed=seed,
    )
    summary = r.summary()
    p99 = summary["p99_ms"]
    sustained = (
        r.sent > 0
        and summary["error_rate"] < MAX_ERROR_RATE
        and p99 is not None
        and p99 <= s.slo_p99_ms
    )
    return Probe(
        rate=round(rate, 1),
        sent=r.sent,
        ok=r.ok,
        p50_ms=summary["p50_ms"],
        p99_ms=p99,
        error_rate=summary["error_rate"],
        statuses=summary["statuses"],
        sustained=sustained,
    )


def search(url: str, body, s: Settings, headers, say: Callable[[str], None]) -> Search:
    """The highest sustained rate: grow until a rate fails, then bisect between the last rate
    that held and the first that did not."""
    out = Search()
    seed = 0
    sent = WARM_REQUESTS  # the warm-up took the trace's first requests

    def attempt(rate: float) -> bool:
        nonlocal seed, sent
        seed += 1
        # Each probe goes on along the trace where the last one stopped, as a fleet's traffic
        # does: a Zipf trace keeps bringing rare phrasings the cache has not seen.
        p = probe(url, lambda i, base=sent: body(base + i), rate, s, headers, seed)
        sent += p.sent
        out.probes.append(p)
        p99 = "-" if p.p99_ms is None else f"{p.p99_ms:.1f}"
        say(
            f"    {rate:8.1f}/s  sent {p.sent:6d}  ok {p.ok:6d}  p99 {p99:>7} ms  "
            f"{'held' if p.sustained else 'missed'}"
        )
        if p.sustained and rate >= out.max_rps:
            out.max_rps, out.at_max = rate, p
        else:
            # A missed probe may leave a backlog (vanilla serving goes on computing what its
            # clients gave up on): let it drain before the next probe is timed.
            time.sleep(SETTLE_S)
        return p.sustained

    low, high = 0.0, None
    rate = min(s.start_rps, s.max_rps)
    while True:
        if not attempt(rate):
            high = rate
            break
        low = rate
        if rate >= s.max_rps:
            out.capped = True
            return out  # held at the cap
        rate = min(rate * s.growth, s.max_rps)
    if low == 0.0:  # the first rate already failed: come down until one holds
        while low == 0.0 and rate / s.growth >= MIN_RPS:
            rate /= s.growth
            if attempt(rate):
                low = rate
            else:
                high = rate
    for _ in range(s.refine if low else 0):
        mid = (low + high) / 2
        if attempt(mid):
            low = mid
        else:
            high = mid
    return out


def _warm(url: str, body, headers) -> None:
    """The trace's first requests, one by one, before measuring."""
    for i in range(WARM_REQUESTS):
        req = urllib.request.Request(
            url,
            data=body(i),
            headers={"Content-Type": "application/json", **dict(headers)},
            method="POST",
        )
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                resp.read()
        except urllib.error.HTTPError:  # an error answer warms as well; it is not measured
            pass


def side_report(result: Search) -> dict:
    """One side's figures for a report: the highest rate held, p50/p99 there, every probe."""
    p = result.at_max
    return {
        "max_rps": result.max_rps,
        "p50_ms": p.p50_ms if p else None,
        "p99_ms": p.p99_ms if p else None,
        "capped": result.capped,
        "probes": [vars(x) for x in result.probes],
    }


def run(s: Settings, scenarios: list[str], say: Callable[[str], None] = print) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="autoglm-bench-"))
    if not s.workers:
        s = replace(s, workers=usable_cores())
    report = {
        "machine": machine(),
        "started": datetime.now(UTC).astimezone().isoformat(timespec="seconds"),
        "settings": vars(s) | {"max_error_rate": MAX_ERROR_RATE},
        "scenarios": [],
    }
    say(f"make bench on {report['machine']}, {s.workers} workers a side; server logs in {tmp}")
    try:
        _scenarios(s, scenarios, report, tmp, say)
    except BaseException:
        say(f"the bench stopped; the servers' logs are in {tmp}")
        raise
    shutil.rmtree(tmp, ignore_errors=True)
    return report


def _scenarios(s: Settings, scenarios: list[str], report: dict, tmp: Path, say) -> None:
    for k, name in enumerate(scenarios):
        n, body = bodies(name, s.texts)
        headers = [("Cache-Control", "no-cache")] if name == "unique" else []
        sides = {}
        order = [("gateway", gateway), ("vanilla", vanilla)]
        for who, make in order if k % 2 == 0 else order[::-1]:  # take turns going first
            say(f"  {name}: {who} (SLO p99 {s.slo_p99_ms:g} ms, {s.probe_s:g} s per rate)")
            server = make(s, tmp)
            try:
                server.wait_ready("/readyz" if who == "gateway" else "/healthz")
                _warm(server.url, body, headers)
                sides[who] = search(server.url, body, s, headers, say)
            finally:
                server.stop()
        g, v = sides["gateway"].max_rps, sides["vanilla"].max_rps
        report["scenarios"].append(
            {
                "name": name,
                "slo_p99_ms": s.slo_p99_ms,
                "distinct_texts": n,
                "gateway": side_report(sides["gateway"]),
                "vanilla": side_report(sides["vanilla"]),
                # None when vanilla sustained no rate at all (no ratio to give).
                "ratio": g / v if v else None,
            }
        )
        ratio = f", ratio {g / v:.2f}" if v else ""
        say(f"  {name}: gateway {g:.0f}/s, vanilla {v:.0f}/s{ratio}")


def render_md(report: dict) -> str:
    lines = [
        "# make bench: the gateway against vanilla serving",
        "",
        f"- machine: {report['machine']}",
        f"- started: {report['started']}",
        f"- workers on each side: {report['settings']['workers']}",
        f"- probe: {report['settings']['probe_s']} s of Poisson arrivals per rate; sustained = "
        f"under {MAX_ERROR_RATE:.1%} of requests failed (not 2xx) and p99 within the SLO",
        "",
        "| scenario | SLO p99 ms | gateway max rps | p50 / p99 ms | vanilla max rps | "
        "p50 / p99 ms | ratio |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]

    def ms(x):
        return "-" if x is None else f"{x:.1f}"

    for sc in report["scenarios"]:
        g, v = sc["gateway"], sc["vanilla"]
        ratio = "-" if sc["ratio"] is None else f"{sc['ratio']:.2f}"
        lines.append(
            f"| {sc['name']} | {sc['slo_p99_ms']:g} | {g['max_rps']:.0f} | "
            f"{ms(g['p50_ms'])} / {ms(g['p99_ms'])} | {v['max_rps']:.0f} | "
            f"{ms(v['p50_ms'])} / {ms(v['p99_ms'])} | {ratio} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    d = Settings()
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scenarios", default=",".join(SCENARIOS), help="comma-separated")
    ap.add_argument("--slo-ms", type=float, default=d.slo_p99_ms, help="p99 SLO, milliseconds")
    ap.add_argument("--probe-seconds", type=float, default=d.probe_s, help="seconds per rate")
    ap.add_argument("--start-rps", type=float, default=d.start_rps)
    ap.add_argument("--growth", type=float, default=d.growth, help="rate factor between probes")
    ap.add_argument("--refine", type=int, default=d.refine, help="bisection probes after a miss")
    ap.add_argument("--max-rps", type=float, default=d.max_rps, help="stop growing here")
    ap.add_argument(
        "--workers",
        type=int,
        default=d.workers,
        help="worker processes on each side (default 0: one per usable core)",
    )
    ap.add_argument("--texts", type=int, default=d.texts, help="distinct utterances per trace")
    ap.add_argument("--out", default=str(OUT))
    a = ap.parse_args(argv)
    scenarios = [x for x in a.scenarios.split(",") if x]
    unknown = [x for x in scenarios if x not in SCENARIOS]
    if unknown or a.growth <= 1 or a.start_rps <= 0:
        ap.error(f"scenarios from {SCENARIOS}; --growth > 1; --start-rps > 0 (got {unknown})")
    s = Settings(
        slo_p99_ms=a.slo_ms,
        probe_s=a.probe_seconds,
        start_rps=a.start_rps,
        growth=a.growth,
        refine=a.refine,
        max_rps=a.max_rps,
        workers=a.workers,
        texts=a.texts,
    )
    report = run(s, scenarios, say=lambda m: print(m, flush=True))
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    md = render_md(report)
    (out / "report.md").write_text(md)
    print()
    print(md)
    print(f"written: {out / 'report.json'}, {out / 'report.md'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
