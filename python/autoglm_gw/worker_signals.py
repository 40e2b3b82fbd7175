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

import ctypes
import logging
import os
import signal
import sys
from collections.abc import Callable

log = logging.getLogger("autoglm_gw.server")


def drain_on_signal(callback: Callable[[], None]) -> bool:
    """Has ``callback`` run on the worker's event loop when the worker is told to stop, also
    when that was before this worker listened for it. Call it in the worker, before granian
    sets up its signals (the app factory runs before that).

    Told before its app has started, a worker must not start serving: granian's stop signal,
    set then, is lost (granian's server is not yet waiting on it), so the worker would serve
    until it was killed. The app ends its start-up instead (``App.begin_shutdown``)."""
    try:
        from granian import _signals
    except ImportError:
        return False
    original = getattr(_signals, "set_loop_signals", None)
    if original is None:
        log.warning("granian has no set_loop_signals: queued requests drain at lifespan shutdown")
        return False

    def set_loop_signals(loop):
        # Read before granian replaces the handler the worker inherited from the server.
        told_already = stop_came_before_the_worker_listened()
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
        if told_already:
            loop.call_soon(on_signal)
        return event

    _signals.set_loop_signals = set_loop_signals
    return True


def stop_came_before_the_worker_listened() -> bool:
    """Whether SIGTERM/SIGINT reached this worker before it hooked its own handlers. A worker
    is a fork of the server process and starts with the server's handler, which only notes the
    signal on the worker's own copy of the server (``interrupt_signal``): a worker told to stop
    while still importing the app never heard of it, served on, and was killed when the grace
    period ended."""
    for sig in (signal.SIGTERM, signal.SIGINT):
        server = getattr(signal.getsignal(sig), "__self__", None)
        if getattr(server, "interrupt_signal", False) is True:
            return True
    return False


# prctl(2) option: the signal this process gets when the thread that forked it ends.
PR_SET_PDEATHSIG = 1
# Not AUTOGLM_GW_: every variable of that prefix is read as a setting.
SERVER_PID_ENV = "AUTOGLM_SERVER_PID"


def stop_with_parent() -> bool:
    """Has this worker end when its granian parent dies: after a kill -9 of the parent the
    workers went on serving the port as orphans, and a gateway restarted beside them shared it.

    The kernel kills it at once (prctl PR_SET_PDEATHSIG, Linux). SIGKILL, not a drain: the
    parent is already gone without one, and a worker that granian is still starting can miss a
    SIGTERM (its stop event set before granian waits on it) and then hang, holding the GIL, so
    that no thread of its own could end it either. Returns False where prctl is unavailable."""
    if not sys.platform.startswith("linux"):
        return False
    # The server's pid, set by serve() before granian starts: a worker still starting when its
    # parent died has already been handed to another parent by now.
    parent = int(os.environ.get(SERVER_PID_ENV) or os.getppid())
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) != 0:
            return False
    except (OSError, AttributeError):
        return False
    if os.getppid() != parent:  # the parent died before the request took effect
        log.warning("the server process is gone: this worker ends")
        os.kill(os.getpid(), signal.SIGKILL)
    return True
