"""A small, fast HTTP/1.1 load generator on uvloop: keep-alive connections, closed-loop
(fixed concurrency) or open-loop (Poisson arrivals at a fixed rate) traffic, latency percentiles.

It speaks just enough HTTP/1.1 for JSON APIs (Content-Length bodies, keep-alive), so a client core
can drive several thousand requests per second against a loopback server. Requests and loops are
bounded by count and time; it only ever targets the URL it is given.
"""

from __future__ import annotations

import asyncio
import math
import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .stats import quantile


@dataclass
class LoadResult:
    sent: int = 0
    latencies: list[float] = field(default_factory=list)  # seconds, successful requests only
    refusals: list[float] = field(default_factory=list)  # seconds to a 429/503 answer
    statuses: Counter = field(default_factory=Counter)
    errors: int = 0  # transport errors (connection refused/reset, timeouts)
    duration: float = 0.0
    lags: list[float] = field(default_factory=list)  # rust client: send time - due time
    headers_seen: Counter = field(default_factory=Counter)  # e.g. x-cache values

    @property
    def ok(self) -> int:
        return sum(n for s, n in self.statuses.items() if 200 <= s < 300)

    @property
    def failed(self) -> int:
        return self.errors + sum(n for s, n in self.statuses.items() if s >= 400)

    def pct(self, q: float, refusals: bool = False) -> float:
        return quantile(self.refusals if refusals else self.latencies, q)

    def summary(self) -> dict:
        """Plain JSON values: a percentile of nothing (no refusals) is None, not NaN."""
        return {
            "sent": self.sent,
            "ok": self.ok,
            "rps": self.ok / self.duration if self.duration else 0.0,
            "p50_ms": _ms(self.pct(0.50)),
            "p99_ms": _ms(self.pct(0.99)),
            "error_rate": self.failed / self.sent if self.sent else 0.0,
            "statuses": {str(k): v for k, v in sorted(self.statuses.items())},
            "transport_errors": self.errors,
            "refused": len(self.refusals),
            "refusal_p99_ms": _ms(self.pct(0.99, refusals=True)),
        } | ({"client_lag_p99_ms": quantile(self.lags, 0.99) * 1000} if self.lags else {})


class _Conn:
    """One keep-alive HTTP/1.1 connection."""

    def __init__(self, host: str, port: int, timeout: float) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(self, raw: bytes, want_header: bytes | None) -> tuple[int, bytes | None]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(raw)
        head = await asyncio.wait_for(self.reader.readuntil(b"\r\n\r\n"), self.timeout)
        lines = head.split(b"\r\n")
        status = int(lines[0].split(b" ", 2)[1])
        length = 0
        seen = None
        close = False
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"connection" and value.strip().lower() == b"close":
                close = True
            elif want_header is not None and name == want_header:
                seen = value.strip()
        if length:
            await asyncio.wait_for(self.reader.readexactly(length), self.timeout)
        if close:
            self.close()
        return status, seen

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


def build_request(url: str, body: bytes, headers: Sequence[tuple[str, str]] = ()) -> bytes:
    parts = urlsplit(url)
    path = parts.path or "/"
    head = [
        f"POST {path} HTTP/1.1",
        f"Host: {parts.netloc}",
        "Content-Type: application/json",
        f"Content-Length: {len(body)}",
        *(f"{k}: {v}" for k, v in headers),
    ]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


async def run_load(
    url: str,
    bodies: Callable[[int], bytes],
    *,
    concurrency: int = 32,
    rate: float | None = None,
    duration: float = 10.0,
    max_requests: int = 1_000_000,
    timeout: float = 10.0,
    headers: Sequence[tuple[str, str]] = (),
    track_header: str | None = None,
    seed: int = 0,
) -> LoadResult:
    """Closed loop when ``rate`` is None (``concurrency`` requests always in flight), else open
    loop: Poisson arrivals at ``rate``/s served by up to ``concurrency`` connections, where an
    arrival that finds every connection busy waits for one (so overload shows as latency)."""
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    want = track_header.lower().encode() if track_header else None
    result = LoadResult()
    conns: asyncio.Queue[_Conn] = asyncio.Queue()
    for _ in range(concurrency):
        conns.put_nowait(_Conn(host, port, timeout))
    t_end = time.perf_counter() + duration
    counter = iter(range(max_requests))

    async def one(i: int, t_sched: float) -> None:
        conn = await conns.get()
        raw = build_request(url, bodies(i), headers)
        t_sent = time.perf_counter()
        try:
            status, seen = await conn.request(raw, want)
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError):
            result.errors += 1
            conn.close()
        else:
            result.statuses[status] += 1
            if 200 <= status < 300:
                result.latencies.append(time.perf_counter() - t_sched)
            elif status in (429, 503):
                # measured from sending: how fast the server says no
                result.refusals.append(time.perf_counter() - t_sent)
            if seen is not None:
                result.headers_seen[seen.decode()] += 1
        finally:
            conns.put_nowait(conn)

    t0 = time.perf_counter()
    if rate is None:

        async def worker() -> None:
            for i in counter:
                if time.perf_counter() >= t_end:
                    return
                result.sent += 1
                await one(i, time.perf_counter())

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    else:
        rng = random.Random(seed)
        tasks: set[asyncio.Task] = set()
        next_t = time.perf_counter()
        for i in counter:
            next_t += rng.expovariate(rate)
            if next_t >= t_end:
                break
            delay = next_t - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            result.sent += 1
            task = asyncio.ensure_future(one(i, next_t))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        if tasks:
            await asyncio.wait(tasks, timeout=timeout + 5)
    result.duration = time.perf_counter() - t0
    while not conns.empty():
        conns.get_nowait().close()
    return result


def poisson_schedule(rate: float, duration: float, seed: int = 0) -> list[float]:
    """Due times (seconds from the start) of Poisson arrivals at ``rate``/s."""
    rng = random.Random(seed)
    out: list[float] = []
    t = rng.expovariate(rate)
    while t < duration:
        out.append(t)
        t += rng.expovariate(rate)
    return out


def run_open_loop_rust(
    url: str,
    bodies: Callable[[int], bytes],
    *,
    rate: float,
    duration: float,
    connections: int = 256,
    timeout: float = 10.0,
    headers: Sequence[tuple[str, str]] = (),
    seed: int = 0,
) -> LoadResult:
    """Open-loop Poisson load from the Rust client (``_core.open_loop``): blocking sockets on
    plain threads, GIL released, so the client leaves the CPU to the server. Latency runs from
    each request's due time; refusals (429/503) are timed from the moment they were sent."""
    from .. import _core

    parts = urlsplit(url)
    schedule = poisson_schedule(rate, duration, seed)
    payload = [bodies(i) for i in range(len(schedule))]
    statuses, latency, lag, service, wall = _core.open_loop(
        parts.hostname or "127.0.0.1",
        parts.port or 80,
        parts.path or "/",
        payload,
        schedule,
        connections,
        timeout,
        list(headers),
    )
    result = LoadResult(sent=len(schedule), duration=wall, lags=lag)
    for st, lat, svc in zip(statuses, latency, service, strict=True):
        if st == 0:
            result.errors += 1
            continue
        result.statuses[st] += 1
        if 200 <= st < 300:
            result.latencies.append(lat)
        elif st in (429, 503):
            result.refusals.append(svc)
    return result


def _ms(seconds: float) -> float | None:
    return None if math.isnan(seconds) else seconds * 1000
