"""From what the model said to the contract's slots: times, stores and services resolved for a
request's ``now`` and ``location``.

What the model produced (:class:`ModelParse`) depends on the utterance alone, so it is what the
response cache keeps; resolution runs again for every request, which keeps a cached
"明天下午三点" right tomorrow too.
"""

from __future__ import annotations

import functools
import logging
import re
from datetime import datetime

import msgspec

from ..catalog import STORES
from .grammar import ParseOutput
from .service_resolver import ServiceResolutionError, resolve_service
from .span_check import time_taken_back
from .store_resolver import StoreMatch, StoreResolutionError, resolve_store
from .time_resolver import (
    ImpossibleTimeError,
    TimeParseError,
    TimeSpan,
    impossible_time,
    resolve_time,
)
from .traditional import fold_traditional

log = logging.getLogger("autoglm_gw.nlu")

_CJK = re.compile(r"[\u3400-\u9fff]")
# Our stores' Chinese names (国贸店, 国贸): an English request may name a store so.
_STORE_NAMES_ZH = re.compile(
    "|".join(
        sorted({n for s in STORES for n in (s.name, s.name.removesuffix("店"))}, key=len)[::-1]
    )
)
# A word of letters that are not Chinese characters ("wash", "Guomao", "pm").
_OTHER_WORD = re.compile(r"[^\W\d_\u3400-\u9fff]+")


class ModelParse(msgspec.Struct, array_like=True, frozen=True):
    """The model's output as text spans: compact, and independent of now and location."""

    intent: str
    time: str | None = None
    time2: str | None = None
    store: str | None = None
    service: str | None = None
    # Not the model's: the time the speaker took back right before ``time`` ("明天下午三点" in
    # "明天下午三点,不对,四点"), whose day the corrected time keeps. Read off the utterance here
    # so that resolution stays a function of this struct.
    time_corrected: str | None = None
    # Not the model's either, and never cached: the words of a time said that no clock or
    # calendar has ("25点" of "明天25点"), which no span of the utterance may stand in for
    # (time_resolver.impossible_time). Set per request by ``checked_against``, from the request's
    # own text: the cache key drops what it hangs on ("-5小时后" and "5小时后" share a key).
    time_impossible: str | None = None

    @classmethod
    def from_output(cls, out: ParseOutput) -> ModelParse:
        t = out.texts()
        span = out.spans.get("time")
        corrected = time_taken_back(out.text, span[0]) if span is not None else None
        return cls(out.intent, t["time"], t["time2"], t["store"], t["service"], corrected)

    def checked_against(self, text: str) -> ModelParse:
        """This parse with ``time_impossible`` read off ``text``, the utterance it answers."""
        said = impossible_time(text) if self.intent != "unknown" else None
        if said == self.time_impossible:
            return self
        return msgspec.structs.replace(self, time_impossible=said)


# The problem code of a time that cannot exist, as against one merely not understood.
IMPOSSIBLE_TIME = "impossible_time"


class Resolved(msgspec.Struct):
    """Slots resolved for one request; ``problems`` says what could not be resolved and why."""

    service: str | None
    store: StoreMatch | None
    time: TimeSpan | None
    problems: dict[str, tuple[str, str]]  # slot -> (error code, message)


def detect_locale(text: str) -> str:
    """The language to answer in: Chinese when the text holds Chinese words other than our
    stores' names, unless its words are mostly English (over two English words for each such
    Chinese character); English when it holds letters of any other script (the gateway speaks
    those two); else Chinese, the gateway's default language (as for a structured request):
    "12345" and "?" say nothing of their speaker's language.

    So "Car wash at 国贸 tomorrow at 5pm" is English, while 帮我book一个car wash and
    在Wangjing Store洗车 are Chinese."""
    text = fold_traditional(text)  # our stores' names in traditional characters (國貿) too
    han = len(_CJK.findall(_STORE_NAMES_ZH.sub("", text)))
    words = len(_OTHER_WORD.findall(text))
    if han:
        return "en-US" if words > 2 * han else "zh-CN"
    return "en-US" if words else "zh-CN"


# Resolution is a pure function of (model output, now, location); fleets repeat utterances, and
# a cache hit should not pay the regex scan again. Bounded, and the results are never mutated.
RESOLVE_MEMO_SIZE = 16384


@functools.lru_cache(maxsize=RESOLVE_MEMO_SIZE)
def resolve(parse: ModelParse, now: datetime, location: tuple[float, float] | None) -> Resolved:
    """Resolves every slot; a slot that cannot be resolved becomes None with its reason.

    The result is shared between callers with equal arguments: treat it as read-only."""
    problems: dict[str, tuple[str, str]] = {}
    service = store = time = None
    if parse.intent == "unknown":
        return Resolved(None, None, None, problems)
    try:
        service = resolve_service(parse.service, parse.intent)
    except ServiceResolutionError as exc:
        problems["service"] = (exc.code, exc.message)
        # What the model pointed at names no service (a long run of 洗, past the span check's
        # budget): for a booking that is no service named, and a booking always has one.
        service = resolve_service(None, parse.intent)
    try:
        store = resolve_store(parse.store, location)
    except StoreResolutionError as exc:
        problems["store"] = (exc.code, str(exc))
    if parse.time_impossible is not None:
        problems["time"] = (IMPOSSIBLE_TIME, parse.time_impossible)
    elif parse.time is not None or parse.time2 is not None:
        phrase, extra = (parse.time, parse.time2) if parse.time is not None else (parse.time2, None)
        try:
            corrected = parse.time_corrected if parse.time is not None else None
            time = resolve_time(phrase, now, extra=extra, corrected=corrected)
        except ImpossibleTimeError as exc:  # said with a year ("2月29号" when none is near)
            problems["time"] = (IMPOSSIBLE_TIME, exc.said or phrase)
        except TimeParseError as exc:
            problems["time"] = ("invalid_time", str(exc))
    return Resolved(service, store, time, problems)
