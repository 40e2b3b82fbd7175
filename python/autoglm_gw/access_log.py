"""The access log: one line per request, with overload refusals summed up.

Under overload a worker refuses thousands of requests a second (429/503 with Retry-After). A
line for each would cost the event loop more than refusing them does (measured: granian's
per-request access log took 13% of an overloaded worker's samples), and would bury the lines
that matter. So those refusals are counted and written as one summary line at most once per
``REFUSAL_SUMMARY_INTERVAL_S``; every other request gets its line. Each refusal is still counted
in ``/metrics`` (``autoglm_gw_http_requests_total`` by status).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from typing import Any

log = logging.getLogger("autoglm_gw.access")

# One line per request, in the format granian's access log used.
LINE_FORMAT = '%s - "%s %s %s" %d %.3fms'
# Refusals under overload are summed into one line this often at most.
REFUSAL_SUMMARY_INTERVAL_S = 1.0
# Statuses that, with a Retry-After header, mean "refused under load".
REFUSAL_STATUSES = frozenset({429, 503})


class AccessLog:
    def __init__(self, *, clock=time.monotonic) -> None:
        self._clock = clock
        self._refused: Counter[int] = Counter()
        self._since = clock()
        # The summary of a burst's tail must not wait for the next refusal: a timer writes it.
        self._timer: asyncio.TimerHandle | None = None

    def record(self, scope: dict[str, Any], status: int, seconds: float, refusal: bool) -> None:
        """One answered request; ``refusal``: a 429/503 with Retry-After."""
        if refusal and status in REFUSAL_STATUSES:
            self._refused[status] += 1
            if self._timer is None:
                self._flush_later()
        elif log.isEnabledFor(logging.INFO):
            client = scope.get("client")
            fields = {
                "msg": "request",
                "addr": client[0] if client else "-",
                "method": scope.get("method", "-"),
                "path": _printable(scope.get("path", "-")),
                "protocol": f"HTTP/{scope.get('http_version', '1.1')}",
                "status": status,
                "dt_ms": round(seconds * 1000, 3),
            }
            log.info(
                LINE_FORMAT,
                fields["addr"],
                fields["method"],
                fields["path"],
                fields["protocol"],
                status,
                seconds * 1000,
                extra={"access": fields},
            )
        if self._refused and self._clock() - self._since >= REFUSAL_SUMMARY_INTERVAL_S:
            self.flush()

    def _flush_later(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not on an event loop: the next record or shutdown flushes
            return
        due = max(0.0, REFUSAL_SUMMARY_INTERVAL_S - (self._clock() - self._since))
        self._timer = loop.call_later(due, self._on_timer)

    def _on_timer(self) -> None:
        self._timer = None
        if self._refused:
            self.flush()

    def flush(self) -> None:
        """Writes the refusal summary now (also called at shutdown)."""
        now = self._clock()
        if self._refused:
            total = sum(self._refused.values())
            by_status = {str(s): n for s, n in sorted(self._refused.items())}
            seconds = now - self._since
            log.info(
                "refused %d requests under load in the last %.1fs (%s)",
                total,
                seconds,
                ", ".join(f"{s}: {n}" for s, n in by_status.items()),
                extra={
                    "access": {
                        "msg": "refused",
                        "refused": total,
                        "by_status": by_status,
                        "seconds": round(seconds, 3),
                    }
                },
            )
            self._refused.clear()
        self._since = now


def _printable(text: str) -> str:
    """A path as one log line: control characters (a %0d%0a in the URL) escaped, so that a
    request cannot write lines of its own into the log."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode() for ch in text)
