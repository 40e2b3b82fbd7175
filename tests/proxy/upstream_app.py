"""A real HTTP server to stand behind the proxy in tests (granian, one worker): it answers every
request with what it received, so the tests see what the proxy forwarded. Its name comes from
UPSTREAM_NAME; /health answers 503 while the file UPSTREAM_HEALTH_FILE holds "down".

- ``/slow...?ms=N``: answers after N milliseconds;
- ``/chunked...``: a body in three chunks, without Content-Length;
- ``/cutbody...?ms=N``: a first chunk, then the rest N milliseconds later;
- ``/big...?n=N``: N bytes of "x";
- ``/status/NNN``: that status.

Run: ``python tests/proxy/upstream_app.py PORT`` with UPSTREAM_NAME set.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path
from urllib.parse import parse_qs


def app_factory():
    name = os.environ.get("UPSTREAM_NAME", "upstream")
    health_file = os.environ.get("UPSTREAM_HEALTH_FILE")

    async def app(scope, receive, send):
        if scope["type"] == "lifespan":
            await receive()
            await send({"type": "lifespan.startup.complete"})
            await receive()
            await send({"type": "lifespan.shutdown.complete"})
            return
        body = b""
        while True:
            msg = await receive()
            body += msg.get("body", b"")
            if not msg.get("more_body"):
                break
        path = scope["path"]
        query = parse_qs(scope.get("query_string", b"").decode())
        head = [(b"content-type", b"application/json"), (b"x-upstream", name.encode())]
        if path == "/health":
            down = health_file and Path(health_file).is_file()
            down = down and Path(health_file).read_text().strip() == "down"
            status = 503 if down else 200
            await send({"type": "http.response.start", "status": status, "headers": head})
            await send({"type": "http.response.body", "body": b'{"health": "%d"}' % status})
            return
        if "/cutbody" in path:  # a first chunk, then a pause of ?ms=, then the rest
            await send({"type": "http.response.start", "status": 200, "headers": head[1:]})
            await send({"type": "http.response.body", "body": b"first,", "more_body": True})
            await asyncio.sleep(int(query.get("ms", ["1000"])[0]) / 1000)
            await send({"type": "http.response.body", "body": b"last"})
            return
        if "/slow" in path:
            await asyncio.sleep(int(query.get("ms", ["1000"])[0]) / 1000)
        if "/chunked" in path:
            await send({"type": "http.response.start", "status": 200, "headers": head[1:]})
            for part in (b"one,", b"two,", b"three"):
                await send({"type": "http.response.body", "body": part, "more_body": True})
            await send({"type": "http.response.body", "body": b""})
            return
        if "/big" in path:
            n = int(query.get("n", ["1000"])[0])
            await send({"type": "http.response.start", "status": 200, "headers": head[1:]})
            await send({"type": "http.response.body", "body": b"x" * n})
            return
        status = 200
        if path.startswith("/status/"):
            status = int(path.rsplit("/", 1)[1])
        echo = {
            "server": name,
            "method": scope["method"],
            "path": path,
            "raw_path": (scope.get("raw_path") or b"").decode("latin-1"),
            "query": scope.get("query_string", b"").decode("latin-1"),
            "headers": {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]},
            "body": body.decode("utf-8", "replace"),
        }
        await send({"type": "http.response.start", "status": status, "headers": head})
        await send({"type": "http.response.body", "body": json.dumps(echo).encode()})

    return app


def main() -> None:
    from granian.constants import Interfaces, Loops
    from granian.server import Server

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    Server(
        "upstream_app:app_factory",
        factory=True,
        address="127.0.0.1",
        port=int(sys.argv[1]),
        interface=Interfaces.ASGI,
        loop=Loops.uvloop,
        workers=1,
        log_access=False,
    ).serve()


if __name__ == "__main__":
    main()
