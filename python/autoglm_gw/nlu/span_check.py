"""Which spans the decoder may choose: those the resolvers can use whole.

The grammar already keeps every output well formed (spans on token boundaries, numbers atomic).
This adds a check on meaning: greedy decoding takes the model's best START or END anchor *among
those that give a span the resolvers accept*, so a span cut inside a time ("今晚七" for
"今晚七点半"), running into other words ("周六有", "tomorrow preferably eight o'clock") or naming
no service ("全是泥 帮我约个") gives way to the model's next choice. When the model offers
nothing acceptable its own choice stands: the check never makes decoding fail.

- ``time``/``time2``: ``time_resolver.reads_as_time``, the whole phrase reads as a time;
- ``service``: the service resolver finds exactly one service in it (a few microseconds);
- ``store`` is not checked: the fuzzy store matcher costs up to 80 µs a span and the check
  measured +0.05 points of held-out exact match.

``DecodeState.pick`` (``grammar.py``) applies them, together with rules of its own: spans of
different slots never overlap, a time span is the whole time said (``maximal``,
``continuation``), and no span ends on the numeral that begins a place name.

The checks are pure functions of the span's text (``reads_as_time`` does not depend on "now"),
so the model's output stays cacheable; ``VERSION`` goes into the model version the cache keys on.
"""

from __future__ import annotations

import functools
import logging

from .grammar import CHECK, GLUE, STOP
from .service_resolver import ServiceResolutionError, resolve_service
from .time_resolver import may_be_time, reads_as_time

log = logging.getLogger("autoglm_gw.nlu")

VERSION = "timespan-3+service"
TIME_SLOTS = frozenset({"time", "time2"})
CHECKED_SLOTS = TIME_SLOTS | {"service"}
# English words a time phrase runs on through ("at 8 in the morning", "on the 3rd", "a quarter
# past"): a span never ends on one, so the decoder does not check one as an end.
TIME_GLUE = frozenset({"at", "the", "in", "on", "a", "of"})
# Words before a time that its span leaves out though the resolver reads them (LABELS.md: a
# leading preposition and approximators stay outside): a span never starts on one.
NOT_LEADING = TIME_GLUE | {
    "by", "to", "for", "until", "till", "from",
    "around", "about", "approximately", "roughly", "say", "like", "maybe",
}  # fmt: skip
# Distinct span texts remembered across requests: time phrases repeat a lot across a fleet.
MEMO_SIZE = 65536


class ResolvableSpans:
    """``check(slot, text)``: may the decoder emit ``text`` as this slot's span?"""

    version = VERSION

    def __init__(self, memo_size: int = MEMO_SIZE) -> None:
        self._time = functools.lru_cache(maxsize=memo_size)(reads_as_time)
        self._service = functools.lru_cache(maxsize=memo_size)(names_a_service)

    @staticmethod
    def checks(slot: str) -> bool:
        return slot in CHECKED_SLOTS

    @staticmethod
    def maximal(slot: str) -> bool:
        return slot in TIME_SLOTS

    @staticmethod
    def may_lead(slot: str, piece: str) -> bool:
        """Whether a time span may start on this token: not on a leading preposition or an
        approximator, which the labels leave out though the resolver reads them ("by 5",
        "around 3")."""
        return piece.lower() not in NOT_LEADING

    @staticmethod
    def continuation(slot: str, piece: str) -> str:
        low = piece.lower()
        if low in TIME_GLUE:
            return GLUE
        return CHECK if may_be_time(low) else STOP

    def __call__(self, slot: str, text: str) -> bool:
        if slot not in CHECKED_SLOTS:
            return True
        try:
            return self._time(text) if slot in TIME_SLOTS else self._service(text)
        except Exception:  # a resolver bug must not fail the engine step: the model decides
            log.exception("span check failed on %r; accepting the span", text)
            return True


def names_a_service(text: str) -> bool:
    """True when the service resolver finds exactly one service in ``text`` (the intent only
    matters for an empty word, which a span never is)."""
    try:
        return resolve_service(text, "book_car_wash") is not None
    except ServiceResolutionError:
        return False
