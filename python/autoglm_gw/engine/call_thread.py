"""A thread that runs bound model calls while the engine thread does the grammar work of the call
before it: with two cores, ONNX Runtime's matrix work and the decoder's Python then overlap.

ONNX Runtime releases the GIL while it runs, so the two threads only meet at the hand-over.
``submit`` returns once the call has *started*: a thread that merely wants the GIL to begin a run
would otherwise wait out the interpreter's switch interval (5 ms) behind the engine thread's
Python, and the two would take turns instead of overlapping.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable


class PendingCall:
    __slots__ = ("_done", "_error", "_started")

    def __init__(self) -> None:
        self._started = threading.Event()
        self._done = threading.Event()
        self._error: BaseException | None = None

    def wait(self) -> None:
        """Blocks until the call has returned; raises what it raised."""
        self._done.wait()
        if self._error is not None:
            raise self._error


class CallThread:
    """Runs submitted calls one after another, in submission order, on one thread."""

    def __init__(self, name: str) -> None:
        self._queue: queue.SimpleQueue[tuple[Callable[[int], None], int, PendingCall] | None] = (
            queue.SimpleQueue()
        )
        self._thread = threading.Thread(target=self._serve, name=name, daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[[int], None], arg: int) -> PendingCall:
        """Queues ``fn(arg)`` and returns once it has started (after every call before it has
        returned)."""
        call = PendingCall()
        self._queue.put((fn, arg, call))
        call._started.wait()
        return call

    def close(self, wait: bool = True) -> None:
        """Ends the thread after the calls already submitted; ``wait`` for them to return."""
        self._queue.put(None)
        if wait:
            self._thread.join()

    def _serve(self) -> None:
        while (item := self._queue.get()) is not None:
            fn, arg, call = item
            call._started.set()
            try:
                fn(arg)
            except BaseException as exc:  # handed to the waiter, which re-raises it
                call._error = exc
            finally:
                call._done.set()
