"""The long-lived parts of one worker (engine runtime, parser, bookings), built in the lifespan.

Nothing here is module-level state: the App owns one Components, started at lifespan start-up
and stopped at shutdown, so each granian worker builds its own after the fork.
"""

from __future__ import annotations

import asyncio
import logging
import os

from .api.parser import Parser
from .booking import BookingService, store_from_config
from .booking.errors import BackendUnavailableError
from .cache import ParseCache
from .config import Config
from .engine.loader import load_runtime
from .engine.runtime import EngineRuntime

log = logging.getLogger("autoglm_gw")


class Components:
    def __init__(self, config: Config) -> None:
        self.config = config
        self.runtime: EngineRuntime | None = None
        self.parser: Parser | None = None
        self.bookings: BookingService | None = None
        self.cache: ParseCache | None = None

    async def start(self) -> None:
        # Loading the model reads files and builds an ONNX session: off the event loop.
        self.runtime = await asyncio.to_thread(
            load_runtime, self.config.engine, self.config.server.workers
        )
        self.runtime.start()
        self.cache = ParseCache.from_config(
            self.config.cache, model_version=self.runtime.model_version
        )
        await self.cache.start()
        self.parser = Parser(
            self.runtime, self.cache, latency_target_ms=self.config.engine.latency_target_ms
        )
        self.bookings = BookingService(store_from_config(self.config))
        try:
            await self.bookings.start()
        except BackendUnavailableError as exc:
            if not self.bookings_may_start_later():
                raise
            log.warning(
                "bookings unavailable at start (%s): booking routes answer 503 and /readyz says"
                " so until the database is back",
                exc,
            )

    def bookings_may_start_later(self) -> bool:
        """A worker of ``autoglm-gw serve`` whose PostgreSQL is down starts without it: the
        server checked the database before its first workers started (``server.serve``), so this
        is a worker respawned during an outage, which serves parses on and connects later; its
        failing start-up had made granian stop every worker (a crash loop). Elsewhere (tests,
        one app in-process) a database that cannot be reached stops start-up."""
        from .booking.postgres import PostgresBookingStore
        from .worker_signals import SERVER_PID_ENV

        store = self.bookings.store if self.bookings is not None else None
        return isinstance(store, PostgresBookingStore) and bool(os.environ.get(SERVER_PID_ENV))

    async def stop(self) -> None:
        if self.cache is not None:
            await self.cache.close()
        if self.runtime is not None:
            await asyncio.to_thread(self.runtime.stop)
        if self.bookings is not None:
            await self.bookings.close()

    async def engine_ready(self) -> tuple[bool, str]:
        rt = self.runtime
        if rt is None:
            return False, "not loaded"
        if not rt.alive:
            return False, "engine thread not running"
        if rt.broken is not None:
            return False, f"engine down ({rt.broken})"
        return True, f"{rt.backend.name} {rt.model_version}"

    async def bookings_ready(self) -> tuple[bool, str]:
        if self.bookings is None:
            return False, "not started"
        await self.bookings.ready()
        return True, "reachable"
