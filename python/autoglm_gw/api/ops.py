"""Operations routes: liveness, readiness, metrics, and opt-in drill endpoints."""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING

from ..http.errors import ApiError
from ..http.message import Request, Response, json_response
from ..metrics import CONTENT_TYPE

if TYPE_CHECKING:
    from ..app import App

# Bounds the drill endpoint so that it can never pin a worker for long.
MAX_DEBUG_SLEEP_MS = 60_000


def register(app: App) -> None:
    async def healthz(req: Request) -> Response:
        return json_response({"status": "ok"})

    async def readyz(req: Request) -> Response:
        t0 = time.perf_counter()
        checks = await app.readiness()
        # The checks are the bookings store's round trip; the engine's is a flag.
        req.timing.add("db", time.perf_counter() - t0)
        ready = all(ok for ok, _ in checks.values())
        body = {
            "status": "ready" if ready else "not_ready",
            "checks": {name: {"ok": ok, "detail": detail} for name, (ok, detail) in checks.items()},
        }
        return json_response(body, 200 if ready else 503)

    async def metrics(req: Request) -> Response:
        return Response(app.metrics.render(), content_type=CONTENT_TYPE)

    app.router.add("GET", "/healthz", healthz)
    app.router.add("GET", "/readyz", readyz)
    app.router.add("GET", "/metrics", metrics)

    if app.config.server.debug_endpoints:

        async def debug_sleep(req: Request) -> Response:
            raw = req.query.get("ms", "1000")
            if not raw.isdigit() or int(raw) > MAX_DEBUG_SLEEP_MS:
                raise ApiError(422, "invalid_parameter", f"ms must be 0..{MAX_DEBUG_SLEEP_MS}")
            await asyncio.sleep(int(raw) / 1000)
            return json_response({"slept_ms": int(raw)})

        app.router.add("GET", "/debug/sleep", debug_sleep)
