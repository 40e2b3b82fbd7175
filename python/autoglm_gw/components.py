"""The long-lived parts of one worker (engine runtime, parser, bookings), built in the lifespan.

Nothing here is module-level state: the App owns one Components, started at lifespan start-up
and stopped at shutdown, so each granian worker builds its own after the fork.
"""

from __future__ import annotations

import asyncio
import logging

from .api.parser import Parser
from .booking import BookingService, store_from_config
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
        await self.bookings.start()

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
