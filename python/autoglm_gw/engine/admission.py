"""Admission control: keep admitted requests fast by refusing the excess at once.

A bounded queue alone lets every admitted request wait behind the whole queue. This limiter caps
the requests a worker has in the engine (queued + running) and, when a latency target is set,
adapts the cap by AIMD on the latency of recent requests: above the target the cap shrinks by a
factor, below it grows by a step. By Little's law the cap then settles near
throughput x target, so admitted requests keep their latency and the rest get 429 within a
millisecond instead of a slow 503. A burst is also cut at admission, before any window closes:
when the oldest request inside has waited more than ``SOJOURN_FACTOR`` targets, the cap shrinks
at once.
"""

from __future__ import annotations

import collections
import time

# On a window whose high percentile missed the target the cap is scaled by target/observed (at
# most halved: one noisy window must not empty the engine); otherwise it grows additively. The
# window is about one cap's worth of completions.
MAX_DECREASE = 0.5
INCREASE_FRACTION = 0.05
WINDOW_QUANTILE = 0.95
MIN_WINDOW = 16
# Never adapt more often than this: one engine step's worth of completions is too few.
MIN_ADJUST_INTERVAL_S = 0.02
# A window of completions comes too late for a sudden burst: the requests admitted before it
# closes all wait behind the whole cap. So, at admission, when the oldest request in the engine
# has already been there this many targets, the cap shrinks at once (by target/age, at most
# halved) and the newcomer is refused.
SOJOURN_FACTOR = 2.0
# ... and only with this many requests inside: one slow request under light load is a slow step,
# not a burst, and must not close the door on the next few arrivals.
SOJOURN_MIN_INFLIGHT = 16


class AdmissionLimiter:
    def __init__(
        self,
        *,
        ceiling: int,
        floor: int,
        target_s: float | None,
        initial: int | None = None,
        clock=time.monotonic,
    ) -> None:
        self._clock = clock
        self.ceiling = max(1, ceiling)
        self.floor = max(1, min(floor, self.ceiling))
        self.target_s = target_s
        # With a target, start from a cap the engine can plausibly serve in time (a batch or two)
        # and grow: starting at the ceiling lets a sudden burst queue thousands of requests before
        # the first window can react.
        start = self.ceiling if target_s is None or initial is None else initial
        self.limit = float(max(self.floor, min(self.ceiling, start)))
        self.inflight = 0
        self.refused = 0
        self._window: list[float] = []
        self._last_adjust = 0.0
        # Admission times of the requests in the engine, oldest first. Completion order is
        # taken as admission order (iteration-level batching finishes requests in about that
        # order), so the left end approximates the oldest request still inside.
        self._admitted: collections.deque[float] = collections.deque()

    def try_acquire(self) -> bool:
        if self.target_s is not None:
            now = self._clock()
            if (
                self.inflight >= SOJOURN_MIN_INFLIGHT
                and self._admitted
                and now - self._admitted[0] > SOJOURN_FACTOR * self.target_s
            ):
                self._shrink_on_sojourn(now, now - self._admitted[0])
        if self.inflight >= int(self.limit):
            self.refused += 1
            return False
        self.inflight += 1
        if self.target_s is not None:
            self._admitted.append(now)
        return True

    def _shrink_on_sojourn(self, now: float, age: float) -> None:
        if now - self._last_adjust < MIN_ADJUST_INTERVAL_S:
            return
        assert self.target_s is not None
        factor = max(MAX_DECREASE, self.target_s / age)
        self.limit = max(self.floor, min(self.limit, float(self.inflight)) * factor)
        self._window.clear()
        self._last_adjust = now

    def release(self, latency_s: float | None) -> None:
        """``latency_s`` of a request that was served (None for one that failed)."""
        self.inflight -= 1
        if self._admitted:
            self._admitted.popleft()
        if self.target_s is None or latency_s is None:
            return
        window = self._window
        window.append(latency_s)
        if len(window) < max(MIN_WINDOW, int(self.limit)):
            return
        now = self._clock()
        if now - self._last_adjust < MIN_ADJUST_INTERVAL_S:
            return
        window.sort()
        high = window[int(WINDOW_QUANTILE * (len(window) - 1))]
        if high > self.target_s:
            factor = max(MAX_DECREASE, self.target_s / high)
            self.limit = max(self.floor, self.limit * factor)
        else:
            self.limit = min(self.ceiling, self.limit + max(1.0, self.limit * INCREASE_FRACTION))
        window.clear()
        self._last_adjust = now
