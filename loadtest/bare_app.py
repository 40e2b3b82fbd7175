"""The physical ceiling of the server stack: a bare ASGI app on granian (uvloop, one worker)
that answers every request with fixed bytes, given by BARE_BODY (and BARE_HEADERS "k: v")."""

from __future__ import annotations

import argparse
import os


def make_app(body: bytes, extra: list[tuple[bytes, bytes]]):
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        *extra,
    ]
    start = {"type": "http.response.start", "status": 200, "headers": headers}
    done = {"type": "http.response.body", "body": body}

    async def app(scope, receive, send):
        if scope["type"] != "http":
            return
        while (await receive()).get("more_body"):
            pass
        await send(start)
        await send(done)

    return app


def app_factory():
    body = os.environ.get("BARE_BODY", '{"status":"ok"}').encode()
    extra = []
    for item in filter(None, os.environ.get("BARE_HEADERS", "").split(";")):
        k, _, v = item.partition(":")
        extra.append((k.strip().lower().encode(), v.strip().encode()))
    return make_app(body, extra)


def main() -> None:
    from granian.constants import Interfaces, Loops
    from granian.server import Server

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--port", type=int, default=8090)
    args = ap.parse_args()
    Server(
        "loadtest.bare_app:app_factory",
        factory=True,
        address="127.0.0.1",
        port=args.port,
        interface=Interfaces.ASGI,
        loop=Loops.uvloop,
        workers=1,
        log_access=False,
    ).serve()


if __name__ == "__main__":
    main()
