"""Shared fixtures: free ports and a real gateway process."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import weakref
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parent.parent


def run_in_app(config, scenario):
    """Starts an App with ``config`` in-process, runs ``await scenario(client, app)`` against it
    over httpx's ASGI transport, shuts the app down, and returns what the scenario returned."""
    import asyncio

    from autoglm_gw.app import App

    app = App(config)

    async def go():
        await app.startup()
        try:
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://gw") as client:
                return await scenario(client, app)
        finally:
            await app.shutdown()

    return asyncio.run(go())


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class GatewayProcess:
    """`autoglm-gw serve` in a subprocess, on a free port, stopped with SIGTERM."""

    def __init__(self, env: dict[str, str] | None = None, args: list[str] | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("AUTOGLM_GW_")}
        # Each server gets its own database, never the working tree's var/.
        self.tmp = tempfile.mkdtemp(prefix="autoglm-gw-test-")
        # Removed once this object is gone (or at exit), whichever way its test stopped it.
        weakref.finalize(self, shutil.rmtree, self.tmp, True)
        full_env["AUTOGLM_GW_DB_URL"] = f"sqlite:///{self.tmp}/bookings.db"
        full_env["AUTOGLM_GW_SERVER_ACCESS_LOG"] = "false"
        full_env.update(env or {})
        full_env["PYTHONUNBUFFERED"] = "1"
        cmd = [sys.executable, "-m", "autoglm_gw.cli", "serve", "--port", str(self.port)]
        self.proc = subprocess.Popen(
            [*cmd, *(args or [])],
            cwd=REPO,
            env=full_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )

    def wait_ready(self, path: str = "/healthz", timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited early:\n{self.output()}")
            try:
                if httpx.get(self.url + path, timeout=1.0).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise TimeoutError(f"server not ready after {timeout}s")

    def terminate(self, timeout: float = 15.0) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout)

    def output(self) -> str:
        if self.proc.poll() is None:
            return ""
        return self.proc.stdout.read() if self.proc.stdout else ""


@pytest.fixture
def gateway() -> Iterator[GatewayProcess]:
    gw = GatewayProcess()
    try:
        gw.wait_ready()
        yield gw
    finally:
        # SIGTERM, so granian stops its worker processes too (a SIGKILL of the parent would
        # leave the workers running); kill only what does not stop in time.
        try:
            gw.terminate(timeout=20)
        except subprocess.TimeoutExpired:
            gw.proc.kill()
            gw.proc.wait()
