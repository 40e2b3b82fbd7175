"""Starting the drain at the shutdown signal, in a granian worker.

A granian worker hears SIGTERM/SIGINT through the ``WorkerSignal`` its loop's signal handlers set.
It then stops accepting, waits for the open requests to finish (or for the grace period to kill
it), and only then runs the ASGI lifespan shutdown. Queued requests would be served one after
another until the kill, and whatever was left cut off without an answer. Registering on the same
signal object lets the app close its scheduler at once: queued requests get 503 shutting_down and
running sequences finish, well within the grace period.

This reaches into granian's worker set-up (``granian._signals.set_loop_signals``), which
pyproject.toml pins; without it the drain still happens, later, in the lifespan shutdown.
"""

from __future__ import annotations

import logging
import signal
from collections.abc import Callable

log = logging.getLogger("autoglm_gw.server")


def drain_on_signal(callback: Callable[[], None]) -> bool:
    """Has ``callback`` run on the worker's event loop when the worker is told to stop. Call it
    in the worker, before granian sets up its signals (the app factory runs before that)."""
    try:
        from granian import _signals
    except ImportError:
        return False
    original = getattr(_signals, "set_loop_signals", None)
    if original is None:
        log.warning("granian has no set_loop_signals: queued requests drain at lifespan shutdown")
        return False

    def set_loop_signals(loop):
        event = original(loop)

        # Its signal object takes one callback (the worker's own), so the loop's handlers are
        # replaced by ones that run ours first and then set it, as granian's did.
        def on_signal() -> None:
            try:
                callback()
            except Exception:
                log.exception("draining at the shutdown signal failed")
            finally:
                event.set()

        try:
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(sig, on_signal)
        except (NotImplementedError, RuntimeError) as exc:
            log.warning("cannot hook the shutdown signal (%s): queued requests drain later", exc)
        return event

    _signals.set_loop_signals = set_loop_signals
    return True
