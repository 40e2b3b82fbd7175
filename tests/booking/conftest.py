"""Booking fixtures: a real PostgreSQL server started for the session, and per-test databases.

PostgreSQL: ``initdb`` into a temporary directory and ``pg_ctl start`` on a free loopback port
(as the ``postgres`` OS user when the tests run as root, since postgres refuses to run as
root). Tests skip only when the server binaries are not installed; any other failure to start
the server fails them.
"""

from __future__ import annotations

import asyncio
import glob
import itertools
import os
import pwd
import shutil
import socket
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from autoglm_gw.booking import BookingService, open_store


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pg_bindir() -> str | None:
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb", path=os.path.dirname(found)):
        return os.path.dirname(os.path.realpath(found))
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2] or 0))
    for d in reversed(dirs):
        if os.path.exists(os.path.join(d, "initdb")) and os.path.exists(os.path.join(d, "pg_ctl")):
            return d
    return None


@dataclass
class PgServer:
    port: int
    bindir: str

    def url(self, db: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{db}"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bindir = _pg_bindir()
    if bindir is None:
        pytest.skip(
            "PostgreSQL server binaries (initdb, pg_ctl) not found: apt-get install postgresql"
        )
    base = tempfile.mkdtemp(prefix="autoglm-booking-pg-")
    as_user: list[str] = []
    if os.geteuid() == 0:
        try:
            pw = pwd.getpwnam("postgres")
        except KeyError:
            pytest.fail("running as root but there is no 'postgres' OS user to run the server as")
        os.chown(base, pw.pw_uid, pw.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    data = os.path.join(base, "data")
    log = os.path.join(base, "server.log")
    port = free_port()
    started = False

    def run(*cmd: str) -> None:
        proc = subprocess.run([*as_user, *cmd], capture_output=True, text=True, timeout=120)
        if proc.returncode != 0:
            tail = Path(log).read_text()[-2000:] if os.path.exists(log) else ""
            raise RuntimeError(f"{cmd[0]} failed:\n{proc.stdout}\n{proc.stderr}\n{tail}")

    try:
        run(
            os.path.join(bindir, "initdb"),
            "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync",
        )  # fmt: skip
        opts = (
            f"-p {port} -c listen_addresses=127.0.0.1 -k {base} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=100"
        )
        run(
            os.path.join(bindir, "pg_ctl"),
            "-D",
            data,
            "-l",
            log,
            "-o",
            opts,
            "-w",
            "-t",
            "60",
            "start",
        )
        started = True
        yield PgServer(port, bindir)
    finally:
        if started:
            subprocess.run(
                [
                    *as_user,
                    os.path.join(bindir, "pg_ctl"),
                    "-D",
                    data,
                    "-m",
                    "immediate",
                    "-w",
                    "stop",
                ],
                capture_output=True,
                timeout=60,
            )
        shutil.rmtree(base, ignore_errors=True)


_db_counter = itertools.count()


def _create_pg_db(server: PgServer) -> str:
    import asyncpg

    name = f"booking_{os.getpid()}_{next(_db_counter)}"

    async def go() -> None:
        conn = await asyncpg.connect(server.url())
        try:
            await conn.execute(f'CREATE DATABASE "{name}"')
        finally:
            await conn.close()

    asyncio.run(go())
    return server.url(name)


class Backend:
    """One fresh database of one kind, with raw row access for assertions."""

    def __init__(self, kind: str, url: str) -> None:
        self.kind = kind
        self.url = url

    def store(self):
        return open_store(self.url)

    def service(self, **kw: Any) -> BookingService:
        return BookingService(self.store(), **kw)

    async def rows(self, sql: str, *args: Any) -> list[tuple]:
        """Run a query straight against the database (``?`` placeholders, times as text)."""
        if self.kind == "sqlite":
            path = self.url[len("sqlite:///") :]
            with sqlite3.connect(path) as conn:
                return [tuple(r) for r in conn.execute(sql, args)]
        import asyncpg

        n = itertools.count(1)
        pg_sql = "".join(f"${next(n)}" if ch == "?" else ch for ch in sql)
        conn = await asyncpg.connect(self.url)
        try:
            return [tuple(r) for r in await conn.fetch(pg_sql, *args)]
        finally:
            await conn.close()

    async def scalar(self, sql: str, *args: Any) -> Any:
        return (await self.rows(sql, *args))[0][0]


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Backend:
    if request.param == "sqlite":
        return Backend("sqlite", f"sqlite:///{tmp_path}/bookings.db")
    server: PgServer = request.getfixturevalue("pg_server")
    return Backend("postgres", _create_pg_db(server))
