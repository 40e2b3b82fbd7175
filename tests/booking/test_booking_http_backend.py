"""The HTTP backend against a real booking service: the reference server
(``python -m autoglm_gw.booking.http_server``, granian + SQLite) in a subprocess, plus small
misbehaving servers (down, silent, garbage, a proxy that loses answers) started in-test."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from autoglm_gw.booking import (
    AlreadyCancelledError,
    BackendError,
    BackendUnavailableError,
    Booking,
    BookingNotFoundError,
    BookingService,
    IdempotencyMismatchError,
    NewBooking,
    OutsideOpeningHoursError,
    SlotUnavailableError,
    confirmation_message,
    open_store,
)
from autoglm_gw.booking.http import HttpBookingStore


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


REPO = Path(__file__).resolve().parents[2]
Z = ZoneInfo("Asia/Shanghai")
NOW = datetime(2030, 3, 4, 10, 0, tzinfo=Z)  # a Monday


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2030, 3, day, hour, minute, tzinfo=Z)


@dataclass
class RemoteService:
    url: str
    port: int
    db: Path

    def count(self, sql: str, *args: Any) -> int:
        with sqlite3.connect(self.db) as conn:
            return conn.execute(sql, args).fetchone()[0]


@pytest.fixture(scope="module")
def remote(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RemoteService]:
    db = tmp_path_factory.mktemp("booking-service") / "service.db"
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("AUTOGLM_GW_")}
    env["PYTHONUNBUFFERED"] = "1"
    cmd = [sys.executable, "-m", "autoglm_gw.booking.http_server", "--db", f"sqlite:///{db}"]
    log_path = db.with_name("server.log")
    log = log_path.open("w")
    proc = subprocess.Popen(
        [*cmd, "--port", str(port)], cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"booking service exited early:\n{log_path.read_text()}")
            try:
                with urllib.request.urlopen(url + "/healthz", timeout=1) as r:
                    if r.status == 200:
                        break
            except (urllib.error.URLError, OSError):
                pass
            if time.monotonic() > deadline:
                raise TimeoutError("booking service did not become ready")
            time.sleep(0.1)
        yield RemoteService(url, port, db)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        log.close()


def run_with(url: str, body: Callable[[BookingService], Awaitable[Any]], **kw: Any) -> Any:
    async def main() -> Any:
        svc = BookingService(open_store(backend="http", url=url, **kw))
        await svc.start()
        try:
            return await body(svc)
        finally:
            await svc.close()

    return asyncio.run(main())


# -- against the reference service ---------------------------------------------------------


def test_http_book_get_list_cancel(remote: RemoteService) -> None:
    async def body(svc: BookingService) -> None:
        await svc.ready()
        b = await svc.book("guomao", "standard", at(5, 15), "http-car-1", now=NOW)
        assert (b.store_id, b.start, b.end, b.status) == (
            "guomao",
            at(5, 15),
            at(5, 15, 30),
            "confirmed",
        )
        assert b.start.tzinfo == Z
        assert confirmation_message(b) == "已为您预约在国贸店的洗车服务,时间为3月5日 15:00。"
        assert await svc.get(b.id) == b
        assert [x.id for x in await svc.list_for_vehicle("http-car-1")] == [b.id]
        cancelled = await svc.cancel(b.id)
        assert cancelled.status == "cancelled" and cancelled.version == 2
        with pytest.raises(AlreadyCancelledError):
            await svc.cancel(b.id)
        with pytest.raises(BookingNotFoundError):
            await svc.get("bk_missing")
        with pytest.raises(BookingNotFoundError):
            await svc.cancel("bk_missing")

    run_with(remote.url, body)


def test_http_capacity_holds_under_concurrency(remote: RemoteService) -> None:
    async def body(svc: BookingService) -> None:
        results = await asyncio.gather(
            *(
                svc.book("xidan", "standard", at(6, 9), f"http-rush-{i}", now=NOW)
                for i in range(300)
            ),
            return_exceptions=True,
        )
        assert sum(isinstance(r, Booking) for r in results) == 2
        assert sum(isinstance(r, SlotUnavailableError) for r in results) == 298

    run_with(remote.url, body)
    rush = "SELECT count(*) FROM bookings WHERE vehicle_id LIKE 'http-rush-%' AND status = ?"
    assert remote.count(rush, "confirmed") == 2


def test_http_idempotency_key(remote: RemoteService) -> None:
    async def body(svc: BookingService) -> None:
        results = await asyncio.gather(
            *(
                svc.book(
                    "wangjing", "wax", at(6, 11), "http-idem", now=NOW, idempotency_key="http-key-1"
                )
                for _ in range(100)
            )
        )
        assert len({b.id for b in results}) == 1
        with pytest.raises(IdempotencyMismatchError):
            await svc.book(
                "wangjing", "wax", at(6, 12), "http-idem", now=NOW, idempotency_key="http-key-1"
            )

    run_with(remote.url, body)
    assert remote.count("SELECT count(*) FROM bookings WHERE idempotency_key = 'http-key-1'") == 1
    assert remote.count("SELECT count(*) FROM bookings WHERE vehicle_id = 'http-idem'") == 1


def test_http_slot_unavailable_alternatives_and_reschedule(remote: RemoteService) -> None:
    async def body(svc: BookingService) -> None:
        a = await svc.book("yizhuang", "detailing", at(7, 15), "http-a", now=NOW)
        with pytest.raises(SlotUnavailableError) as info:
            await svc.book("yizhuang", "detailing", at(7, 15), "http-b", now=NOW)
        alts = [(x.store.id, x.start) for x in info.value.alternatives]
        assert alts[:3] == [
            ("yizhuang", at(7, 16, 30)),
            ("yizhuang", at(7, 17)),
            ("yizhuang", at(7, 17, 30)),
        ]
        assert len(alts) == 5 and all(s != "yizhuang" for s, _ in alts[3:])
        b = await svc.book("yizhuang", "detailing", at(7, 18), "http-b", now=NOW)
        with pytest.raises(SlotUnavailableError):
            await svc.reschedule(b.id, at(7, 15, 30), now=NOW)
        assert (await svc.get(b.id)).start == at(7, 18)
        moved = await svc.reschedule(b.id, at(7, 11), window_end=at(7, 13), now=NOW)
        assert (moved.start, moved.version) == (at(7, 11), 2)
        free = {
            s.start: s.free
            for s in await svc.availability("yizhuang", at(7, 0).date(), "detailing")
        }
        assert free[at(7, 18)] == 1 and free[at(7, 11)] == 0 and free[at(7, 15)] == 0
        assert a.id != b.id

    run_with(remote.url, body)


def test_http_store_level_errors_come_back_typed(remote: RemoteService) -> None:
    async def main() -> None:
        store = HttpBookingStore(remote.url)
        try:
            with pytest.raises(OutsideOpeningHoursError):
                await store.create(
                    NewBooking("guomao", "standard", at(6, 1), "http-night", window_end=at(6, 5))
                )
        finally:
            await store.close()

    asyncio.run(main())


def test_http_protocol_rejects_bad_bodies(remote: RemoteService) -> None:
    def post(data: bytes) -> tuple[int, dict]:
        req = urllib.request.Request(remote.url + "/v1/bookings", data=data, method="POST")
        try:
            with urllib.request.urlopen(req, timeout=5) as r:
                return r.status, json.loads(r.read())
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read())

    naive = {
        "store_id": "guomao",
        "service": "standard",
        "start": "2030-03-06T15:00:00",
        "vehicle_id": "x",
    }
    status, body = post(json.dumps(naive).encode())
    assert status == 422 and body["error"]["code"] == "invalid_request"
    status, body = post(b"{not json")
    assert status == 400 and body["error"]["code"] == "invalid_json"
    unknown = {**naive, "start": "2030-03-06T15:00:00+08:00", "store_id": "mars"}
    status, body = post(json.dumps(unknown).encode())
    assert status == 404 and body["error"]["code"] == "unknown_store"


# -- failure handling ----------------------------------------------------------------------


class FlakyProxy:
    """HTTP/1.1 proxy in front of the service; ``action(n, method, path)`` says per request
    whether to forward ("ok"), forward but lose the answer ("drop") or answer 503 ("503")."""

    def __init__(self, upstream_port: int, action: Callable[[int, str, str], str]) -> None:
        self.upstream_port = upstream_port
        self.action = action
        self.seen: list[tuple[str, str, dict[str, str]]] = []

    async def __aenter__(self) -> FlakyProxy:
        self.server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.server.close()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, path, _ = lines[0].split(" ", 2)
                headers = {
                    k.strip().lower(): v.strip()
                    for k, _, v in (line.partition(":") for line in lines[1:] if line)
                }
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                self.seen.append((method, path, headers))
                action = self.action(len(self.seen), method, path)
                if action == "503":
                    msg = b'{"error":{"code":"booking_backend_unavailable","message":"busy"}}'
                    writer.write(
                        b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                        + f"Content-Length: {len(msg)}\r\n\r\n".encode()
                        + msg
                    )
                    await writer.drain()
                    continue
                ur, uw = await asyncio.open_connection("127.0.0.1", self.upstream_port)
                uw.write(head + body)
                await uw.drain()
                rhead = await ur.readuntil(b"\r\n\r\n")
                length = 0
                for line in rhead.decode("latin-1").split("\r\n"):
                    if line.lower().startswith("content-length:"):
                        length = int(line.split(":", 1)[1])
                rbody = await ur.readexactly(length)
                uw.close()
                if action == "drop":
                    return  # the service did the work; the answer is lost
                writer.write(rhead + rbody)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


def test_http_retry_after_a_lost_answer_reuses_the_idempotency_key(remote: RemoteService) -> None:
    def action(n: int, method: str, path: str) -> str:
        return "drop" if n == 1 else "ok"  # the first booking POST loses its answer

    async def main() -> None:
        async with FlakyProxy(remote.port, action) as proxy:
            svc = BookingService(open_store(backend="http", url=proxy.url, retries=2))
            try:
                b = await svc.book("wudaokou", "interior", at(8, 10), "http-lost", now=NOW)
            finally:
                await svc.close()
            posts = [h for m, p, h in proxy.seen if m == "POST"]
            assert len(posts) == 2
            assert posts[0]["idempotency-key"] == posts[1]["idempotency-key"]
            assert posts[0]["idempotency-key"].startswith("gw-")
            assert b.start == at(8, 10)

    asyncio.run(main())
    assert remote.count("SELECT count(*) FROM bookings WHERE vehicle_id = 'http-lost'") == 1


def test_http_retries_503_and_recovers_a_lost_cancel(remote: RemoteService) -> None:
    state = {"cancel_posts": 0}

    def action(n: int, method: str, path: str) -> str:
        if n == 1:
            return "503"
        if path.endswith("/cancel"):
            state["cancel_posts"] += 1
            return "drop" if state["cancel_posts"] == 1 else "ok"
        return "ok"

    async def main() -> None:
        async with FlakyProxy(remote.port, action) as proxy:
            svc = BookingService(open_store(backend="http", url=proxy.url, retries=2))
            try:
                b = await svc.book("guomao", "automatic", at(8, 12), "http-503", now=NOW)
                cancelled = await svc.cancel(b.id)
                assert cancelled.status == "cancelled" and cancelled.id == b.id
            finally:
                await svc.close()
            (m1, _, h1), (m2, _, h2) = proxy.seen[:2]  # answered 503, then retried
            assert m1 == m2 == "POST" and h1["idempotency-key"] == h2["idempotency-key"]
            assert state["cancel_posts"] == 2

    asyncio.run(main())


async def _serve(handler: Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]):
    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    return server, f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"


def test_http_service_down_is_a_clear_503() -> None:
    async def main() -> None:
        accepted = 0

        async def slam(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            nonlocal accepted
            accepted += 1
            writer.close()

        server, url = await _serve(slam)
        svc = BookingService(open_store(backend="http", url=url, retries=2))
        try:
            with pytest.raises(BackendUnavailableError) as info:
                await svc.book("guomao", "standard", at(9, 15), "down", now=NOW)
            assert (info.value.code, info.value.status) == ("booking_backend_unavailable", 503)
            assert url in str(info.value) and "3 attempt" in str(info.value)
            assert accepted == 3
        finally:
            await svc.close()
            server.close()

        refused = f"http://127.0.0.1:{free_port()}"
        svc = BookingService(open_store(backend="http", url=refused, retries=1))
        try:
            with pytest.raises(BackendUnavailableError):
                await svc.ready()
            with pytest.raises(BackendUnavailableError) as info:
                await svc.get("bk_x")
            assert info.value.to_body("zh-CN")["error"]["code"] == "booking_backend_unavailable"
        finally:
            await svc.close()

    asyncio.run(main())


def test_http_silent_service_times_out() -> None:
    async def main() -> None:
        async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await reader.read()  # never answers; returns when the client hangs up
            writer.close()

        server, url = await _serve(silent)
        store = HttpBookingStore(url, timeout_s=0.2, retries=1)
        try:
            with pytest.raises(BackendUnavailableError) as info:
                await store.get("bk_x")
            assert "timed out" in str(info.value)
        finally:
            await store.close()
            server.close()

    asyncio.run(main())


def test_http_garbage_answer_is_a_502() -> None:
    async def main() -> None:
        async def garbage(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await reader.readuntil(b"\r\n\r\n")
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello")
            await writer.drain()
            writer.close()

        server, url = await _serve(garbage)
        store = HttpBookingStore(url, retries=0)
        try:
            with pytest.raises(BackendError) as info:
                await store.get("bk_x")
            assert (info.value.code, info.value.status) == ("booking_backend_error", 502)
        finally:
            await store.close()
            server.close()

    asyncio.run(main())
