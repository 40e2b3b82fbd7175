"""The engine behind the real server (granian in a subprocess): clients that go away and a
shutdown with a backlog. Both depend on how granian reports them, so they run over HTTP."""

from __future__ import annotations

import asyncio
import time
from collections import Counter

import httpx
from prometheus_client.parser import text_string_to_metric_families

from tests.conftest import GatewayProcess

# One sequence at a time on the fp32 graph, so that a few hundred requests make a queue.
SLOW_ENGINE = {
    "AUTOGLM_GW_ENGINE_MAX_BATCH_SIZE": "1",
    "AUTOGLM_GW_ENGINE_PRECISION": "fp32",
    "AUTOGLM_GW_ENGINE_MAX_QUEUE": "2000",
    "AUTOGLM_GW_CACHE_ENABLED": "false",
}


def _texts(n: int) -> list[str]:
    return [f"明天下午{1 + i % 11}点{i % 60}分在国贸店洗车 第{i}次" for i in range(n)]


def _engine_metrics(url: str) -> dict[str, float]:
    text = httpx.get(url + "/metrics", timeout=10).text
    out: dict[str, float] = {}
    for fam in text_string_to_metric_families(text):
        for s in fam.samples:
            if s.name == "autoglm_gw_engine_rejected_total":
                out["rejected_" + s.labels["reason"]] = s.value
            elif s.name == "autoglm_gw_engine_requests_total":
                out[s.labels["stage"]] = s.value
            elif s.name == "autoglm_gw_engine_queue_depth":
                out["queue_depth"] = s.value
    return out


async def _post_all(url: str, texts: list[str], timeout: float) -> list[object]:
    limits = httpx.Limits(max_connections=len(texts) + 8)
    async with httpx.AsyncClient(limits=limits) as client:

        async def one(text: str) -> object:
            try:
                r = await client.post(url + "/v1/parse", json={"text": text}, timeout=timeout)
                return r.status_code
            except httpx.HTTPError as exc:
                return type(exc).__name__

        return await asyncio.gather(*(one(t) for t in texts))


def test_a_client_that_goes_away_gives_up_its_place():
    # The clients go away once every request is inside the app and most are queued, not
    # after a fixed client timeout: on a loaded machine a 50 ms timeout ran out while
    # connecting, so the requests never reached the app and nothing was there to cancel.
    gw = GatewayProcess(env=SLOW_ENGINE)
    n = 600
    try:
        gw.wait_ready("/readyz")
        state: dict[str, dict[str, float]] = {}

        async def scenario() -> None:
            sending = asyncio.ensure_future(_post_all(gw.url, _texts(n), timeout=60))
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                m = await asyncio.to_thread(_engine_metrics, gw.url)
                if m["submitted"] >= n:
                    break
                await asyncio.sleep(0.05)
            state["at_hang_up"] = m
            sending.cancel()  # every connection closed with its request unanswered
            try:
                await sending
            except asyncio.CancelledError:
                pass

        asyncio.run(scenario())
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # what was still running finishes
            m = _engine_metrics(gw.url)
            if m["queue_depth"] == 0 and m["completed"] + m["rejected_cancelled"] >= n:
                break
            time.sleep(0.1)
    finally:
        gw.terminate(timeout=30)
    at_hang_up = state["at_hang_up"]
    assert at_hang_up["submitted"] >= n and at_hang_up["queue_depth"] > 0, at_hang_up
    # Dropped from the queue (or its slot freed) instead of served to nobody: at least half
    # of what was still queued when the clients went away.
    assert m["rejected_cancelled"] >= at_hang_up["queue_depth"] // 2, (at_hang_up, m)
    assert m["completed"] < n, m
    assert m["completed"] + m["rejected_cancelled"] == m["submitted"], m


def test_shutdown_answers_every_queued_request_and_exits():
    gw = GatewayProcess(env={**SLOW_ENGINE, "AUTOGLM_GW_SERVER_GRACE_PERIOD_S": "20"})
    n = 600
    try:
        gw.wait_ready("/readyz")
        state: dict[str, object] = {}

        async def scenario() -> list[object]:
            sending = asyncio.ensure_future(_post_all(gw.url, _texts(n), timeout=60))
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:  # every request inside the app, most queued
                m = await asyncio.to_thread(_engine_metrics, gw.url)
                if m["submitted"] >= n:
                    break
                await asyncio.sleep(0.05)
            state["at_signal"] = m
            gw.proc.terminate()
            return await sending

        results = asyncio.run(scenario())
        rc = gw.proc.wait(30)
    finally:
        if gw.proc.poll() is None:
            gw.proc.kill()
    counts = Counter(results)
    at_signal = state["at_signal"]
    assert at_signal["submitted"] >= n and at_signal["queue_depth"] > 0, at_signal
    # Each one answered at once: served if it was running, 503 if it was queued (not served
    # one after another until the grace period ends); none cut off.
    assert set(counts) <= {200, 503}, counts
    assert counts[503] > 0, counts
    assert rc == 0


def _burst_refusals(env: dict[str, str], n: int = 200) -> tuple[Counter, dict[str, float]]:
    gw = GatewayProcess(env={**SLOW_ENGINE, **env})
    try:
        gw.wait_ready("/readyz")
        limits = httpx.Limits(max_connections=n + 8)

        async def burst() -> list[tuple[int, str]]:
            async with httpx.AsyncClient(limits=limits, timeout=60) as client:
                rs = await asyncio.gather(
                    *(client.post(gw.url + "/v1/parse", json={"text": t}) for t in _texts(n))
                )
            return [
                (r.status_code, r.json()["error"]["code"] if r.status_code != 200 else "")
                for r in rs
            ]

        results = asyncio.run(burst())
        m = _engine_metrics(gw.url)
    finally:
        gw.terminate(timeout=30)
    return Counter(results), m


def test_without_a_latency_target_a_full_queue_is_queue_full_and_counted():
    counts, m = _burst_refusals({"AUTOGLM_GW_ENGINE_MAX_QUEUE": "20"})
    refused = {k: v for k, v in counts.items() if k[0] != 200}
    assert refused and set(refused) == {(429, "queue_full")}, counts
    assert m["rejected_queue_full"] == refused[(429, "queue_full")], m


def test_refusals_at_the_latency_limit_are_counted_as_overloaded():
    counts, m = _burst_refusals({"AUTOGLM_GW_ENGINE_LATENCY_TARGET_MS": "5"})
    overloaded = counts[(429, "overloaded")]
    assert overloaded > 0, counts
    assert m["rejected_overloaded"] == overloaded, m


def test_a_request_that_waited_past_its_deadline_reports_the_wait():
    gw = GatewayProcess(env={**SLOW_ENGINE, "AUTOGLM_GW_ENGINE_REQUEST_TIMEOUT_S": "0.05"})
    try:
        gw.wait_ready("/readyz")
        limits = httpx.Limits(max_connections=208)

        async def burst() -> list[httpx.Response]:
            async with httpx.AsyncClient(limits=limits, timeout=60) as client:
                return await asyncio.gather(
                    *(client.post(gw.url + "/v1/parse", json={"text": t}) for t in _texts(200))
                )

        late = [r for r in asyncio.run(burst()) if r.status_code == 503]
    finally:
        gw.terminate(timeout=30)
    assert late and all(r.json()["error"]["code"] == "deadline_exceeded" for r in late)
    assert all("queue;dur=" in r.headers["server-timing"] for r in late)
