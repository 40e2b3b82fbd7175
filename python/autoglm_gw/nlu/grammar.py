"""The booking model's output grammar: copy-pointer spans over the input tokens.

Shared by training (labels), evaluation and the serving engines (constrained decoding), so the three
can never disagree.

Prompt (GLM-4 chat template)::

    [gMASK]<sop><|user|>\\n{text}<|assistant|>\\n

Output::

    <|intent:NAME|>  (SLOT)x4  <|endoftext|>      SLOT = <|none|> | START END
    START = END = ANCHOR = TOKEN (TOKEN ...)   at most 1 + MAX_ANCHOR_EXTENSION tokens

for the slots ``time, time2, store, service`` in that order. An anchor names one input position by
copying the token there and, only while that token occurs at more than one candidate position,
the tokens that follow it (the text's end reads as ``<|assistant|>``, which is what follows it in
the prompt). START's candidates are every position of the text; END's are the positions from the
span's start on. So ``帮我约一下下午三点`` points at the second 下 with ``下 午``, and
``十七点十`` ends at its second 十 with ``十 <|assistant|>``. Copying content, not counting
positions, is what a small causal model does well (it is an induction head); the extension only
costs model calls where the input really is ambiguous, and a continuation shared by every
candidate is forced.

A span never starts or ends inside a number: START may not sit right after a digit (or a Chinese
numeral) it continues, END may not sit right before one, where "continues" means adjacent in the
text (no space between) within one script, or across ``:``/``.`` between digits. So ``13th`` can
never come out as ``3th``, nor ``六点五十`` as ``六点五``. Gold spans never do either, so this
only removes wrong choices.

Spans are cut from the original text (start offset of the START token to the end offset of the
END token), so characters the tokenizer maps to [UNK] still come out exactly. A gold span is
unexpressible only when two candidates still agree after MAX_ANCHOR_EXTENSION following tokens;
the first candidate is then taken (rare: measured by ``Grammar.recoverable``).

Constrained decoding (:class:`DecodeState`): intent token from the five intents; START's first token
is any input token or ``<|none|>``; an extension token is one that follows a remaining candidate;
END's first token is any input token at or after the span's start; after the four slots
``<|endoftext|>``. Whenever exactly one token is allowed it is forced
(:meth:`DecodeState.forced_token`) and needs no model call: for intent ``unknown`` the whole rest of
the output is forced.

The module needs only numpy and ``tokenizers``.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

import numpy as np

from .. import catalog
from .first_chars import speed_up_module
from .traditional import fold_traditional

if TYPE_CHECKING:
    from .intent_prior import IntentPrior

# Bump when the prompt, the output grammar or the special-token set changes: the model version
# (and thus the response cache key) includes it.
GRAMMAR_VERSION = "cpspan-4"

# The contract's intents, in catalog order: the order fixes the intent tokens' ids.
INTENTS: tuple[str, ...] = catalog.INTENTS
SLOTS: tuple[str, ...] = ("time", "time2", "store", "service")

PAD = "<pad>"
UNK = "[UNK]"
GMASK = "[gMASK]"
SOP = "<sop>"
SYSTEM = "<|system|>"
USER = "<|user|>"
ASSISTANT = "<|assistant|>"
OBSERVATION = "<|observation|>"
EOS = "<|endoftext|>"
NONE = "<|none|>"
NEWLINE = "\n"
INTENT_TOKENS: tuple[str, ...] = tuple(f"<|intent:{name}|>" for name in INTENTS)

# Fixed order: these take the ids 0..len-1 in every tokenizer this project trains.
SPECIAL_TOKENS: tuple[str, ...] = (
    PAD,
    UNK,
    GMASK,
    SOP,
    SYSTEM,
    USER,
    ASSISTANT,
    OBSERVATION,
    EOS,
    NEWLINE,
    NONE,
    *INTENT_TOKENS,
)

# The contract's longest utterance, 512 characters: a character is at most one token, unless
# NFKC expands it ("㈠" is "(一)"), so every valid utterance fits but such rare expansions. The
# engine refuses longer token sequences (422 input_too_long); ``prompt`` cuts them.
MAX_TEXT_TOKENS = 512
# Following tokens an anchor may add to single out its position; two agree on 4 more only where a
# whole phrase repeats, which the generator's data shows to be rare (see Grammar.recoverable).
MAX_ANCHOR_EXTENSION = 4
# intent, 4 slots x 2 anchors, EOS
MAX_OUTPUT_TOKENS = 1 + 2 * len(SLOTS) * (1 + MAX_ANCHOR_EXTENSION) + 1
# The chat template around the utterance: [gMASK]<sop><|user|>\n ... <|assistant|>\n
PROMPT_PREFIX: tuple[str, ...] = (GMASK, SOP, USER, NEWLINE)
PROMPT_SUFFIX: tuple[str, ...] = (ASSISTANT, NEWLINE)
# Longest prompt the engine admits, and the KV capacity of one sequence: the prompt, the output,
# and the padding a row gets when another row of the same call feeds several forced tokens (at
# most one output's worth). Engines and TensorRT plans are sized from these.
MAX_PROMPT_TOKENS = len(PROMPT_PREFIX) + MAX_TEXT_TOKENS + len(PROMPT_SUFFIX)
KV_CAPACITY = MAX_PROMPT_TOKENS + 2 * MAX_OUTPUT_TOKENS

# Bounds on the span check's work for one utterance, so that a long or adversarial input cannot
# stall the engine step it rides in: spans longer than SPAN_CHECK_MAX_TOKENS are never acceptable
# (the longest gold span is 15 tokens); at most SPAN_CHECK_TOP_K allowed tokens are tried per
# choice; after SPAN_CHECK_BUDGET distinct span checks (the p99 is 15) the remaining choices go
# unchecked, to the model.
SPAN_CHECK_MAX_TOKENS = 24
SPAN_CHECK_TOP_K = 16
SPAN_CHECK_BUDGET = 64
# How much of the text from a time's start is read for its being said not to work ("next
# Wednesday at 3 pm won't work" is 33 characters).
NOT_TO_WORK_CHARS = 96
# Tokens before a time that SpanCheck.marks_new_time reads: its marker and the words before it
# ("from 3 to", "can we make it", "I'd rather go").
NEW_TIME_MARKER_TOKENS = 8
# Words a store span may hold that name no store: never a store said as a correction ("…near
# me. Actually, make it a wash and wax" had taken the nearest store back for "it").
NO_STORE_WORDS = frozenset({"it", "that", "this", "one", "there", "here", "them", "the"})
# How many of the places a chosen token occurs in the prompt are weighed as a span's start: a token
# said more often than this only in degenerate input (不对挪到 said 128 times had the decoder weigh
# 11,000 starts, 0.7 s), which the check's budget alone did not bound.
START_CANDIDATES_CHECKED = 32
# Marks a span's text never starts with (a span the model starts on one is trimmed).
SPAN_LEADING_MARKS = frozenset(" ,，。.!！?？；;:：、")
# "a.m." and "p.m." written with their dots right after a clock, which the tokenizer cuts at the
# dots.
_DOTTED_AM_PM = re.compile(r"\s?[aApP]\.\s?[mM]\.?")
# A cheap check (a string test: SpanCheck.costly False) costs this fraction of a costly one.
SPAN_CHECK_CHEAP_SHARE = 16
# How far past a chosen END, or before a chosen START, a maximal span is looked for ("at 8" +
# "in the morning": 3 tokens; "this coming" + "Sunday").
SPAN_CHECK_LOOKAHEAD = 5
# How much of what follows a token ``SpanCheck.may_start`` sees: enough for a clock's or an
# amount's words ("forty five", "couple of").
AFTER_CHARS = 24
# Distinct texts whose model text (``Grammar.model_text``) is remembered.
MODEL_TEXT_MEMO = 16384
# SpanCheck.continuation answers: a span cannot run on through this token / may, but ending on it
# is not worth a check (glue: "in", "the") / may, and a span ending on it must be checked.
STOP, GLUE, CHECK = "stop", "glue", "check"
# Punctuation a clock is written with ("3:45", "１５：００"): a time phrase runs on through it
# when it sits between two digits.
CLOCK_SEPARATORS = frozenset({":", "："})
# Inside a word: "week's", "o'clock".
APOSTROPHES = frozenset({"'", "’"})
WORD_INNER_MARKS = CLOCK_SEPARATORS | APOSTROPHES
# Inside a date written with them (3/20, 2026-12-03; ``_number_word_at`` decides).
DATE_MARKS = frozenset("/-／－")
INNER_MARKS = WORD_INNER_MARKS | DATE_MARKS
# "March 25, 2027 at 11 am": the comma before a year belongs to the date, so a time phrase runs
# on through it (elsewhere punctuation ends one).
DATE_YEAR_COMMAS = frozenset({",", "，"})
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
# a month said, then perhaps its day: "March 25", "Dec 3rd", "the 3rd of December"
_DATE_BEHIND = re.compile(
    rf"(?<![a-z])(?:{_MONTHS})[a-z]*\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?$", re.IGNORECASE
)
# the year, then the end of the time or of the sentence ("2019 camry" is a car, not the year)
_YEAR_AHEAD = re.compile(
    r"\s*(?:19|20)\d\d(?!\d)(?=\s*(?:$|[^\w\s]|(?:at|on|in|around|about|please)(?![a-z])))",
    re.IGNORECASE,
)
# Tokens before a time that SpanCheck.marks_old_time reads (Chinese markers are one token a
# character: 是不是 is three; "can't make it on" is six).
OLD_TIME_MARKER_TOKENS = 6
# How much text before a number is searched for the car setting it sets ("turn the climate
# control all the way down to" is 35 characters).
SETTING_CHARS = 48
# How many tokens after the value a speaker takes back the corrected value may start ("不对,",
# "no wait make it"; the longest English marker and its pauses are under eight tokens).
CORRECTION_GAP = 8
# The pieces an ellipsis is read as (…… is six of them after NFKC): a run counts once in the gap.
ELLIPSIS_DOTS = frozenset({"…", ".", "...", "……"})
# How many tokens of a second piece are compared with the time it would join; and what, said
# next, goes on with a time (十 of 上午十点, the "th" of "12th").
SECOND_PIECE_REPEAT_TOKENS = 6
_TIME_GOES_ON = frozenset("零一二两三四五六七八九十点半刻分:：")
# The value that corrects one may start on the last few words of the correction before it, which
# the correction's filler words can also be ("the" of "actually, the day after tomorrow").
REPLACEMENT_TOKENS_BACK = 3
# How much is read after a time for a word that keeps its booking ("'s still on", 的照常).
KEPT_CHARS = 24


def _latin_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


# Characters the model never reads: pictographs and other symbols (emoji, ™, ★, skin tones) and
# the joiners and variation selectors that build emoji. No training or evaluation text holds
# one; left in, they became unknown tokens that could turn "洗车😀" into `unknown`, while the
# cache key (cache/keys.py) drops them, so an answer depended on which form came first.
_SYMBOL_CATEGORIES = frozenset({"So", "Sk"})
_EMOJI_GLUE = frozenset("\u200d\ufe0e\ufe0f")


def drop_symbols(text: str) -> str:
    """``text`` without the characters the model never reads (unchanged when nothing else is
    left, so that an utterance of symbols alone is still read as itself), with typographic
    apostrophes as ASCII ones: "don’t" reads as "don't", as the model and the span check were
    written for (a differential check had the two read differently); and with traditional
    Chinese characters as simplified ones (國貿 as 国贸, ``traditional.py``), which is all the
    model and the span check know."""
    if text.isascii():
        return text
    text = fold_traditional(fold_apostrophes(text))
    kept = "".join(
        ch
        for ch in text
        if ord(ch) < 0x80
        or (ch not in _EMOJI_GLUE and unicodedata.category(ch) not in _SYMBOL_CATEGORIES)
    )
    return kept if kept.strip() else text


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def fold_apostrophes(text: str) -> str:
    """``text`` with typographic apostrophes as ASCII ones ("don’t" as "don't"): what the model
    reads (``drop_symbols``) and what the span check's English patterns are written for."""
    return text.translate(_APOSTROPHES)


def _latin_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


# Numbers written with punctuation that are one word: a date (3/20, 3/20/2027, 2026/12/3,
# 2026-12-03) or a clock (3:30, 3.30). "2-3天", "10/11点", "12:00/13:00" are two numbers.
_NUMBER_WORD_CHARS = {
    "/": "/／",
    "-": "-－",
    ":": ":：.．",
}
_NUMBER_WORD_SHAPES = {
    "/": re.compile(r"\d{1,2}/\d{1,2}(?:/(?:\d{2}|\d{4}))?|\d{4}/\d{1,2}/\d{1,2}"),
    "-": re.compile(r"\d{4}-\d{1,2}-\d{1,2}"),
    ":": re.compile(r"\d{1,2}[:.]\d{2}"),
}
# after a date, a unit makes its numbers amounts or alternatives ("10/11点", "3/4天")
_UNIT_AFTER_NUMBER = frozenset("点时分天号个小")
_CLOCK_MARKS = frozenset(":：.．")


def _number_word_at(text: str, i: int) -> bool:
    """Whether the joiner at text[i] sits inside one number word (``_NUMBER_WORD_SHAPES``)."""
    kind = next((k for k, chars in _NUMBER_WORD_CHARS.items() if text[i] in chars), None)
    if kind is None:
        return False
    chars = _NUMBER_WORD_CHARS[kind]
    lo, hi = i, i + 1
    while lo > 0 and (text[lo - 1].isdigit() or text[lo - 1] in chars):
        lo -= 1
    while hi < len(text) and (text[hi].isdigit() or text[hi] in chars):
        hi += 1
    while text[hi - 1] in chars:  # "at 3:30." ends at its digits
        hi -= 1
    while text[lo] in chars:
        lo += 1
    word = unicodedata.normalize("NFKC", text[lo:hi])
    if not _NUMBER_WORD_SHAPES[kind].fullmatch(word):
        return False
    if kind == ":":
        return True
    # a clock's mark next to it makes it part of a clock ("12:00/13:00"); a full stop after it
    # only when digits follow ("3/4.5"), else it ends the sentence ("for 03/16.")
    if lo > 0 and text[lo - 1] in _CLOCK_MARKS:
        return False
    if hi < len(text):
        after = text[hi]
        if after in _UNIT_AFTER_NUMBER or after in ":：":
            return False
        if after in ".．" and hi + 1 < len(text) and text[hi + 1].isdigit():
            return False
    return True


def _one_run(text: str, i: int) -> bool:
    """Whether text[i] and text[i + 1] belong to one run: Latin letters and digits, or a number
    word written with punctuation."""
    a, b = text[i], text[i + 1]
    if _latin_word_char(a) and _latin_word_char(b):
        return True
    if a.isdigit() and not b.isdigit():
        return i + 2 < len(text) and text[i + 2].isdigit() and _number_word_at(text, i + 1)
    if b.isdigit() and not a.isdigit():
        return i > 0 and text[i - 1].isdigit() and _number_word_at(text, i)
    return False


def cuts_a_word(text: str, start: int, end: int) -> bool:
    """Whether the span text[start:end] begins or ends inside a run of Latin letters and digits:
    the "3" of a plate number 3M2K1, the "2048" of order WX2048, the "4" of "4pm", the "20" of
    the date 3/20. The span check refuses such spans (a subword piece is never a slot of its
    own)."""
    return bool(
        (start > 0 and _one_run(text, start - 1)) or (end < len(text) and _one_run(text, end - 1))
    )


# After a number these make it a quantity, never a clock or a date ("那台-5度的车", "30%", "50元").
_QUANTITY_UNITS = ("度", "℃", "°", "%", "％", "元", "块钱", "公里", "千米", "岁", "辆", "台")
_LATIN_QUANTITY = re.compile(r"\s*(?:%|percent|degrees?|km|kg|kilometers?|yuan|rmb)(?![a-z])", re.I)


# A length of time after a number makes it an amount, not a clock ("2 days ago", 3天, "two
# weeks"): an offset's span runs on through it ("in two days", 两天后), a clock's never does.
# Not 点, 号, 月 or 年, which make the number a clock or a date.
_DURATION = re.compile(
    r"\s*(?:(?:days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?)(?![a-z])"
    r"|天(?![气晴黑亮])|周(?![一二三四五六日天末1-7])|个月|个小时|小时|分钟|个钟头|钟头|个星期)",
    re.IGNORECASE,
)
_WEEKDAY_BEHIND = re.compile(r"(?:周|星期|礼拜)[一二三四五六日天1-7]$")
_EN_NUMBER_WORD_END = re.compile(
    r"(?<![a-z])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|sixty|ninety)$",
    re.IGNORECASE,
)
# The rest of a range of amounts after its first number ("2-3 days", "two or three days", "an
# hour or two" is not: its number comes last, 1-2小时): that number is no clock either.
_RANGE_TO_DURATION = re.compile(
    r"\s*(?:-|~|–|—|到|至|或|(?<![a-z])(?:or|to)(?![a-z]))\s*"
    r"(?:\d+|[零一二两三四五六七八九十]+|(?:one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty)(?![a-z]))" + _DURATION.pattern,
    re.IGNORECASE,
)
_DURATION_OR_NUMBER_REACH = 24  # characters: "minutes or seven" and its spaces
_DURATION_OR_NUMBER_END = re.compile(
    r"(?<![a-z])(?:days?|weeks?|hours?|hrs?|minutes?|mins?|months?|years?)\s+or\s+"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)$",
    re.IGNORECASE,
)
# Words that begin with a unit's character but are none (周六度假, 台风, 元旦).
_NOT_UNITS = ("度假", "度过", "台风", "台球", "台湾", "台阶", "元旦", "元宵")
# A decimal's point and digits before its unit: 两点五公里, 0.8km.
_DECIMAL_TAIL = re.compile(r"[零一二两三四五六七八九\d]+")


def counts_a_quantity(text: str, end: int) -> bool:
    """Whether a time span ending at ``end`` ends on a number that a unit after it makes a
    quantity (-5度, 30%, 50元, 两点五公里): the span check refuses it as a time."""
    if end == 0:
        return False
    # the 2 of "2-3 days" (or its "2-"), the 1 of 推迟1-2小时, the "two" of "an hour or two"
    core = end
    while core and text[core - 1] in " -~–—":
        core -= 1
    if core and _RANGE_TO_DURATION.match(text, core):
        first = text[core - 1]
        if first.isdigit() or first in _ZH_NUMERALS or _EN_NUMBER_WORD_END.search(text, 0, core):
            return True
    # (the words before the end only: this runs for every end the decoder tries)
    if _DURATION_OR_NUMBER_END.search(text, max(0, end - _DURATION_OR_NUMBER_REACH), end):
        return True
    last, rest = text[end - 1], text[end:]
    decimal = last in "点."
    if decimal:  # 两点 of 两点五公里: the point of a decimal
        tail = _DECIMAL_TAIL.match(rest)
        if tail is None:
            return False
        rest = rest[tail.end() :]
    elif not (last.isdigit() or last in _ZH_NUMERALS):
        # "two" of "two days ago": a number word before a length of time is no clock
        return bool(_EN_NUMBER_WORD_END.search(text, 0, end) and _DURATION.match(rest))
    unit = rest.lstrip()
    if unit.startswith(_NOT_UNITS):
        return False
    if unit.startswith(_QUANTITY_UNITS) or _LATIN_QUANTITY.match(rest):
        return True
    # A length of time after a clock's 点 is the clock and then a duration (十点两个小时), and
    # after a weekday's number the day (周六天气好, 礼拜三天晴).
    return not decimal and not _WEEKDAY_BEHIND.search(text, 0, end) and bool(_DURATION.match(rest))


# Characters of Chinese numbers (a script of their own for the number-boundary rule).
_ZH_NUMERALS = "零〇一二两三四五六七八九十百"

# Decoder phases.
_INTENT = 0
_START = 1  # a slot's START anchor, or <|none|>
_END = 2  # its END anchor
_EXTEND = 3  # a token following the anchor's candidates
_EOS = 4
_DONE = 5


class SpanCheck(Protocol):
    """A check on meaning for the decoder (``nlu.span_check``): may ``text`` be ``slot``'s span?"""

    def checks(self, slot: str) -> bool: ...

    def costly(self, slot: str, text: str) -> bool:
        """Whether checking ``text`` as this slot's span is costly (it counts in full against
        the per-utterance budget) rather than a string test."""
        ...

    def __call__(self, slot: str, text: str) -> bool: ...

    def new_time(self, intent: str | None, slot: str) -> bool:
        """Whether this slot, with this intent, is a new time that a marker may point at."""
        ...

    def offset_after_in(self, piece: str, said: str) -> bool:
        """Whether the token ``piece``, said after ``said``, counts an offset after "in" ("in
        30 mins"), whose span starts on the "in"."""
        ...

    def time_heads(self, text: str, intent: str) -> tuple[int, ...]:
        """Character positions in the utterance ``text`` where a time the model tends to leave
        out begins (过二十分钟, 零点): where a whole time starts there, "no time" is no answer."""
        ...

    def special_service_said(self, text: str) -> bool:
        """Whether the utterance ``text`` names a service other than the standard wash beyond
        doubt."""
        ...

    def generic_wash(self, text: str) -> bool:
        """Whether a service span is only an everyday word for a wash ("洗车", "car wash")."""
        ...

    def intent_said(self, intent: str, text: str) -> bool:
        """Whether the utterance ``text`` can carry ``intent`` at all (a cancellation must say
        that something is called off)."""
        ...

    def marks_new_time(self, before: str, said: str = "", after: str = "", piece: str = "") -> bool:
        """Whether a time said right after ``before`` (a token and its trailing whitespace; ``said``
        the few tokens up to it; ``piece`` the time's first token, where known) is marked as the
        new one."""
        ...

    def marks_old_time(self, said: str) -> bool:
        """Whether a time said right after ``said`` (the last few tokens before it, with the
        whitespace after them) is marked as the old one."""
        ...

    def said_not_to_work(self, rest: str) -> bool:
        """Whether the time that starts ``rest`` (the next few words of the utterance from the
        time's first token on) is said not to work in its own clause ("Wednesday doesn't work for
        me anymore"): an old one."""
        ...

    def sets_a_value(self, piece: str, said: str, after: str = "") -> bool:
        """Whether the token ``piece``, said after ``said`` (the text before it) and before
        ``after``, is the value of a setting of the car ("turn the AC down to 22"): no time."""
        ...

    def time_after_lead(self, piece: str, said: str) -> bool:
        """Whether the token ``piece``, said after ``said`` (the tokens before it), is a time
        after a preposition ("at 3", "on Friday", "in the afternoon")."""
        ...

    def service_said(self, text: str) -> bool:
        """Whether the utterance ``text`` names a service beyond doubt: one other than the
        standard wash, or the standard wash by its own name (普通洗车, "regular wash")."""
        ...

    def store_said(self, text: str) -> bool:
        """Whether the utterance ``text`` names one of our stores somewhere."""
        ...

    def nearest_said(self, text: str) -> bool:
        """Whether the utterance ``text`` asks for the nearest store with a noun for it."""
        ...

    def nearest_span(self, text: str) -> bool:
        """Whether the store span ``text`` holds a word of proximity."""
        ...

    def service_declined(self, text: str, start: int) -> bool:
        """Whether the words of the utterance ``text`` right before ``start`` decline a service
        (不用, 别, "no")."""
        ...

    def corrects(self, text: str) -> bool:
        """Whether ``text`` holds a correction anywhere (a cheap test before ``taken_back``)."""
        ...

    def fallback_regions(self, text: str) -> list[tuple[int, int]]:
        """Character ranges of ``text`` that offer another choice for when the first is full
        (五点不行的话六点也可以): no value of the request is said there."""
        ...

    def replaced_after_correction(self, slot: str) -> bool:
        """Whether a value of ``slot`` said before a correction gives way to one said after."""
        ...

    def store_name_length(self, text: str) -> int:
        """How many characters of ``text`` name one of our stores right at its start (国贸 of
        国贸快洗吧), 0 where none does."""
        ...

    def time_of_it_length(self, text: str) -> int:
        """How many characters of ``text`` are a time said with 的 at its start (周日的 of 周日的
        精洗), 0 where none is."""
        ...

    def kept_as_it_is(self, after: str) -> bool:
        """Whether ``after``, said right after a time, says that its booking stays as it is
        ("'s still on", 的照常)."""
        ...

    def cuts_a_service_phrase(self, text: str, start: int, end: int) -> bool:
        """Whether the span text[start:end] begins or ends inside a service phrase."""
        ...

    def cuts_a_store_name(self, text: str, start: int, end: int) -> bool:
        """Whether the span text[start:end] begins or ends inside a store's name."""
        ...

    def denied_after_a_spaced_not(self, said: str, value_on: str) -> bool:
        """Whether the value starting ``value_on`` is one a 不是 set off by spaces at the end of
        ``said`` denies (取消周六的洗车 不是 周日的)."""
        ...

    def negates(self, said: str, value_on: str = "") -> bool:
        """Whether a value said right after ``said`` (the last few tokens), running on into
        ``value_on``, is denied ("not 9")."""
        ...

    def time_kind(self, phrase: str) -> str | None:
        """What a time phrase says: "day", "clock", "part", "both" (a day with a clock or a part
        of it), or None where it reads as no time."""
        ...

    def take_back_kind(self, after: str) -> str | None:
        """How what is said right before ``after`` is taken back by it: "refuse" (only that
        value), "replace" (the last value of its kind before it), or None."""
        ...

    def correction_length(self, after: str) -> int:
        """How many characters of ``after`` (what follows a value) are its correction, pauses,
        fillers and denied values."""
        ...

    def same_time_kind(self, a: str, b: str) -> bool:
        """Whether the time phrase ``b`` can replace ``a``: not the other piece of one time (a
        clock or part of the day after a day alone, or after a part with no clock)."""
        ...

    def last_mention(self, slot: str, text: str) -> str | None:
        """The last word of a value of ``slot`` in ``text`` (a cheap test), or None."""
        ...

    def said_of_it(self, after: str) -> bool:
        """Whether ``after``, said right after a value, says something of it (明天要出差)."""
        ...

    def revises(self, text: str) -> bool:
        """Whether ``text`` may take a value back anywhere (a cheap test before ``taken_back``):
        a correction, or a value replaced, refused or denied."""
        ...

    def taken_back(self, after: str) -> bool:
        """Whether what is said right before ``after`` (the rest of the utterance) is corrected
        by it: ``after`` opens with a correction ("不对", "no wait")."""
        ...

    def may_start(self, slot: str, piece: str, before: str, after: str = "") -> bool:
        """Whether a span may start on the token ``piece`` at all (``before``: the token said
        before it, with the whitespace between; ``after``: a few words said after it)."""
        ...

    def may_lead(self, slot: str, piece: str, before: str, after: str = "") -> bool:
        """Whether a span may start on the token ``piece`` (``before`` and ``after`` as for
        ``may_start``) where a longer one could."""
        ...

    def opens_offset(self, piece: str, after: str) -> bool:
        """Whether ``piece``, glue elsewhere, opens a relative offset here ("in" + an amount), so
        that a longer time may start on it."""
        ...

    def maximal(self, slot: str) -> bool:
        """Whether this slot's span is the longest acceptable one around the model's choice."""
        ...

    def continuation(self, slot: str, piece: str) -> str:
        """STOP, GLUE or CHECK: may a span of this slot run on through the token ``piece``?"""
        ...

    def second_time_piece(
        self,
        intent: str,
        text: str,
        spans: dict[str, tuple[int, int] | None],
        bounds: list[tuple[int, int]],
    ) -> tuple[int, int] | None:
        """The other piece of a time said in two that the model left out, as a [start, end)
        character span of ``text`` (``bounds``: its tokens'), or None."""
        ...

    def request_time(
        self,
        intent: str,
        text: str,
        spans: dict[str, tuple[int, int] | None],
        bounds: list[tuple[int, int]],
    ) -> tuple[int, int] | None:
        """The request's own time, as a span, where the model's time was said as context in a
        clause that asks for nothing; None otherwise."""
        ...

    def time_after_a_reason(
        self,
        intent: str,
        text: str,
        spans: dict[str, tuple[int, int] | None],
        bounds: list[tuple[int, int]],
    ) -> tuple[int, int] | None:
        """The value a correction settles on, as a span, where the model's time is the value
        taken back said again in a reason that asks for nothing; None otherwise."""
        ...

    def context_piece(
        self, intent: str, text: str, spans: dict[str, tuple[int, int] | None]
    ) -> bool:
        """Whether the model's first time piece was said as context and the second alone is the
        request's."""
        ...

    def refused_choice(
        self, slot: str, text: str, spans: dict[str, tuple[int, int] | None], intent: str = ""
    ) -> tuple[int, int] | None:
        """The service or store asked for where the model took one refused right before it."""
        ...

    def adds_nothing(self, text: str, spans: dict[str, tuple[int, int] | None]) -> bool:
        """Whether the model's second time piece is no piece of the first: a clock beside a
        time that holds one, or words that read as no time."""
        ...

    def second_replaces_first(self, text: str, spans: dict[str, tuple[int, int] | None]) -> bool:
        """Whether the model's second time piece, a clock after a clock or a whole time, is said
        after a correction that takes the first one back."""
        ...

    def request_store(
        self, intent: str, text: str, spans: dict[str, tuple[int, int] | None]
    ) -> tuple[int, int] | None:
        """The store of a clause that asks, where the model took one said as context."""
        ...

    def errand_store(
        self, intent: str, text: str, spans: dict[str, tuple[int, int] | None]
    ) -> tuple[bool, tuple[int, int] | None]:
        """Whether the store taken is where something else happens (去机场接人), and the store
        asked for instead (None: no store)."""
        ...

    def moved_to_store(self, intent: str, text: str) -> tuple[int, int] | None:
        """The store a reschedule moves the booking to (从三里屯换到望京: 望京), or None."""
        ...

    def left_by_a_choice(
        self, intent: str, text: str, span: tuple[int, int]
    ) -> tuple[int, int] | None:
        """What is left of the time ``span`` of a query where it holds one of two times the query
        asks between (上午还是下午: nothing; 明天上午还是下午: 明天)."""
        ...

    def opens_with_a_refusal(self, text: str) -> bool:
        """Whether ``text`` begins by refusing a booking (别给我约洗车, "don't book me a wash")."""
        ...

    def states_intent(self, intent: str, text: str) -> bool:
        """Whether ``text`` says ``intent`` in so many words (取消, 改到, "reschedule")."""
        ...

    def the_request_alone(self, text: str) -> str:
        """``text`` without another command for the car said beside the request: what the model
        reads."""
        ...

    def words_as_meant(self, text: str) -> str:
        """``text`` with the words speech recognition wrote with other characters or split as
        they are meant (去消 as 取消): what the model reads, before ``the_request_alone``."""
        ...

    def tells_only_the_past(self, text: str) -> bool:
        """Whether ``text`` tells of the past and asks for nothing ("My neighbor got his car
        detailed at Wudaokou last week, looks great")."""
        ...


# A denial opened in the clause that runs up to here (不是下午, "not 2").
_DENIAL_OPEN = re.compile(r"(?:不是|(?<![a-z])not\s)[^，,。；;!！?？]*$", re.IGNORECASE)


class GrammarError(ValueError):
    """A token outside the grammar, or a label that the grammar cannot express."""


@dataclass(frozen=True, slots=True)
class ParseOutput:
    """What the model said: the intent and, per slot, a ``[start, end)`` char span or None."""

    intent: str
    spans: dict[str, tuple[int, int] | None]
    text: str

    def span_text(self, slot: str) -> str | None:
        s = self.spans.get(slot)
        return None if s is None else self.text[s[0] : s[1]]

    def spans_in(self, said: str) -> dict[str, tuple[int, int] | None]:
        """The spans as offsets into ``said``, the utterance as said, where the model read a
        part of it (a preamble or a command beside the request left unread: ``text`` is then a
        piece of ``said``)."""
        said = fold_traditional(said)  # as the model read it (one character for one)
        at = 0 if self.text == said else said.find(self.text)
        if at <= 0:
            return self.spans
        return {k: None if v is None else (v[0] + at, v[1] + at) for k, v in self.spans.items()}

    def texts(self) -> dict[str, str | None]:
        return {k: self.span_text(k) for k in SLOTS}


@dataclass(slots=True)
class Prompt:
    """One utterance, tokenised and wrapped in the chat template."""

    text: str
    ids: np.ndarray  # int64 [L]: the whole prompt
    text_ids: np.ndarray  # int64 [n]: the utterance's tokens alone
    offsets: np.ndarray  # int64 [n, 2]: char offsets of text_ids in ``text``
    text_start: int  # index in ``ids`` of text_ids[0]
    sentinel: int = -1  # the token read after the text's last one (<|assistant|>)
    # lazily built: token id -> its positions in text_ids (ascending); allowed START tokens
    _positions: dict[int, list[int]] | None = field(default=None, repr=False)
    _start_allowed: np.ndarray | None = field(default=None, repr=False)
    _ext: list[int] | None = field(default=None, repr=False)
    # positions where a span may start / end (not inside a number); set by Grammar.bounds
    _start_ok: np.ndarray | None = field(default=None, repr=False)
    _end_ok: np.ndarray | None = field(default=None, repr=False)
    # the span check's answers for this prompt's spans: (slot, i, j) -> the text passes
    _span_memo: dict | None = field(default=None, repr=False)
    _span_spent: int = field(default=0, repr=False)  # in 1/SPAN_CHECK_CHEAP_SHARE of a check
    # what the span check reads off the whole utterance, once (DecodeState._utterance): the
    # tokens right before a correction, whether a service or a store is named, where a time
    # follows a preposition
    _utterance_facts: dict | None = field(default=None, repr=False)

    @property
    def positions(self) -> dict[int, list[int]]:
        if self._positions is None:
            pos: dict[int, list[int]] = {}
            for k, tid in enumerate(self.text_ids.tolist()):
                pos.setdefault(tid, []).append(k)
            self._positions = pos
        return self._positions

    @property
    def ext(self) -> list[int]:
        """The text's ids followed by the sentinel: what an anchor extension copies from."""
        if self._ext is None:
            self._ext = [*self.text_ids.tolist(), self.sentinel]
        return self._ext

    # The candidate rules, shared by labelling and decoding so the two cannot drift apart; both
    # need Grammar.bounds(prompt) to have run.
    def start_candidates(self, token: int) -> list[int]:
        """Positions a START anchor beginning with ``token`` may name."""
        ok = self._start_ok
        return [q for q in self.positions[token] if ok[q]]

    def end_candidates(self, token: int, start: int) -> list[int]:
        """Positions an END anchor beginning with ``token`` may name, for a span from ``start``."""
        ok = self._end_ok
        return [q for q in self.positions[token] if q >= start and ok[q]]

    def narrow(self, candidates: list[int], k: int, token: int) -> list[int]:
        """The candidates whose k-th following token (text end = sentinel) is ``token``."""
        ext = self.ext
        return [c for c in candidates if c + k < len(ext) and ext[c + k] == token]


def _first_two_ids(tokenizer, words) -> frozenset[tuple[int, int]]:
    """The token ids of each word's first two characters, where both are tokens."""
    return frozenset(
        (a, b)
        for word in words
        for a, b in [(tokenizer.token_to_id(word[0]), tokenizer.token_to_id(word[1]))]
        if a is not None and b is not None
    )


class Grammar:
    """Prompting, labels, span recovery and constrained-decoding states for one tokenizer."""

    def __init__(
        self,
        tokenizer,
        max_text_tokens: int = MAX_TEXT_TOKENS,
        span_check: SpanCheck | None = None,
        intent_prior: IntentPrior | None = None,
        intent_prior_weight: float = 1.0,
    ) -> None:
        self.tokenizer = tokenizer
        # Decoding only: labels never consult it (see DecodeState.pick).
        self.span_check = span_check
        # Decoding only: the intent is chosen on the GLM's logits plus this weight times the
        # lexical prior's log-probabilities (None or a weight of 0: the GLM's alone).
        self.intent_prior = intent_prior if intent_prior_weight > 0 else None
        self.intent_prior_weight = float(intent_prior_weight)
        # What the model reads of a text, remembered: a response-cache hit asks it again (the
        # parser looks for an impossible time there) and pays a few µs per Chinese text unread.
        self._read = functools.lru_cache(maxsize=MODEL_TEXT_MEMO)(self._read_text)
        # The traditional-character table is read now, so a missing one stops start-up rather
        # than the first Chinese request.
        fold_traditional("國")
        # User text must never turn into control tokens ("<|assistant|>" typed by a user).
        tokenizer.encode_special_tokens = True
        self.max_text_tokens = max_text_tokens
        self.vocab_size = tokenizer.get_vocab_size(with_added_tokens=True)
        ids = {}
        for tok in SPECIAL_TOKENS:
            tid = tokenizer.token_to_id(tok)
            if tid is None:
                raise GrammarError(f"tokenizer lacks special token {tok!r}")
            ids[tok] = tid
        self.special_ids = ids
        self.pad_id = ids[PAD]
        self.unk_id = ids[UNK]
        self.eos_id = ids[EOS]
        self.none_id = ids[NONE]
        self.intent_ids = np.array([ids[t] for t in INTENT_TOKENS], dtype=np.int64)
        self.intent_by_id = {int(i): name for i, name in zip(self.intent_ids, INTENTS, strict=True)}
        self.unknown_id = int(self.intent_ids[INTENTS.index("unknown")])
        self.prefix = np.array([ids[t] for t in PROMPT_PREFIX], dtype=np.int64)
        self.suffix = np.array([ids[t] for t in PROMPT_SUFFIX], dtype=np.int64)
        self._eos_only = np.array([self.eos_id], dtype=np.int64)
        self._none_only = np.array([self.none_id], dtype=np.int64)
        self.sentinel_id = ids[ASSISTANT]
        # Numbers are atomic for span boundaries: a script (digits, Chinese numerals) per token id.
        self._script: dict[int, int] = {}
        for script, chars in ((1, "0123456789"), (2, _ZH_NUMERALS)):
            for c in chars:
                tid = tokenizer.token_to_id(c)
                if tid is not None:
                    self._script[tid] = script
        self._num_seps = frozenset(
            t for t in (tokenizer.token_to_id(c) for c in ":.") if t is not None
        )
        self.number_ids = frozenset(self._script) | self._num_seps
        # Place names that begin with a numeral (三里屯, 五道口) are words, not the end of a number:
        # "六点十三里屯" is 六点十 and 三里屯. Their first two characters, as token ids.
        self._numeral_words = _first_two_ids(
            tokenizer,
            (st.name for st in catalog.STORES if len(st.name) >= 2 and st.name[0] in _ZH_NUMERALS),
        )
        # Parts of the day written with 上 after a character that names one alone (晚上, 早上): no
        # time ends between the two ("收车后晚上八点" is no 后晚, the evening after tomorrow).
        self._part_of_day_words = _first_two_ids(tokenizer, ("晚上", "早上"))

    @classmethod
    def from_file(cls, path, **kw) -> Grammar:
        from tokenizers import Tokenizer

        return cls(Tokenizer.from_file(str(path)), **kw)

    # ---------------------------------------------------------------- prompting
    def _wrap(self, text: str, enc) -> Prompt:
        ids = enc.ids[: self.max_text_tokens]
        offs = enc.offsets[: self.max_text_tokens]
        text_ids = np.asarray(ids, dtype=np.int64)
        offsets = np.asarray(offs, dtype=np.int64).reshape(-1, 2)
        full = np.concatenate([self.prefix, text_ids, self.suffix])
        return Prompt(text, full, text_ids, offsets, len(self.prefix), self.sentinel_id)

    def model_text(self, text: str) -> str:
        """The text the model reads: the one place that decides what of an utterance reaches it
        (``drop_symbols``; with a span check, without another command for the car said beside
        the request). Spans are offsets into it."""
        return self._read(text)

    def _read_text(self, text: str) -> str:
        text = drop_symbols(text)
        if self.span_check is not None:
            text = self.span_check.the_request_alone(self.span_check.words_as_meant(text))
        return text

    def encode_text(self, text: str):
        """(the text the model reads, its tokenizer encoding)."""
        text = self.model_text(text)
        return text, self.tokenizer.encode(text, add_special_tokens=False)

    def prompt(self, text: str) -> Prompt:
        return self._wrap(*self.encode_text(text))

    def prompts(self, texts: list[str]) -> list[Prompt]:
        texts = [self.model_text(t) for t in texts]
        encs = self.tokenizer.encode_batch(texts, add_special_tokens=False)
        return [self._wrap(t, e) for t, e in zip(texts, encs, strict=True)]

    def new_state(self, prompt: Prompt | str) -> DecodeState:
        if isinstance(prompt, str):
            prompt = self.prompt(prompt)
        return DecodeState(self, prompt)

    # ---------------------------------------------------------------- number boundaries
    def bounds(self, prompt: Prompt) -> tuple[np.ndarray, np.ndarray]:
        """(start_ok, end_ok): bool [n], False where a span would start/end inside a number."""
        if prompt._start_ok is None:
            ids = prompt.text_ids.tolist()
            offs = prompt.offsets.tolist()
            n = len(ids)
            script, seps = self._script, self._num_seps

            def joined(a: int, b: int) -> bool:  # tokens a, a+1 = b adjacent in the text
                return offs[a][1] == offs[b][0]

            words = self._numeral_words

            def continues(a: int, b: int) -> bool:  # token b continues the number ending at a
                sa = script.get(ids[a])
                if sa is None or not joined(a, b) or script.get(ids[b]) != sa:
                    return False
                return not (b + 1 < n and (ids[b], ids[b + 1]) in words)

            cont = [False] * n  # cont[k]: token k continues the number before it
            for k in range(1, n):
                if continues(k - 1, k):
                    cont[k] = True
                elif (
                    k >= 2
                    and script.get(ids[k]) == 1
                    and ids[k - 1] in seps
                    and script.get(ids[k - 2]) == 1
                    and joined(k - 2, k - 1)
                    and joined(k - 1, k)
                ):
                    cont[k - 1] = cont[k] = True  # "3:30": neither ":" nor "30" starts a span
            start_ok = np.array([not c for c in cont], dtype=bool)
            end_ok = np.array([not cont[k + 1] for k in range(n - 1)] + [True], dtype=bool)
            if n == 0:
                end_ok = np.zeros(0, dtype=bool)
            prompt._start_ok, prompt._end_ok = start_ok, end_ok
        return prompt._start_ok, prompt._end_ok

    # ---------------------------------------------------------------- labels
    @staticmethod
    def anchor(prompt: Prompt, pos: int, candidates: list[int]) -> tuple[list[int], int]:
        """The tokens that name ``pos`` among ``candidates`` (ascending positions holding the
        token at ``pos``), and the position they name (``pos`` unless MAX_ANCHOR_EXTENSION runs
        out)."""
        ext = prompt.ext
        out = [ext[pos]]
        k = 0
        while len(candidates) > 1 and k < MAX_ANCHOR_EXTENSION:
            k += 1
            out.append(ext[pos + k])
            candidates = prompt.narrow(candidates, k, ext[pos + k])
        return out, candidates[0]

    def labels(
        self, prompt: Prompt, intent: str, spans: dict[str, tuple[int, int] | None]
    ) -> list[int]:
        """The output token ids for gold (intent, spans); GrammarError if not expressible.

        A span must start and end on token boundaries of the (possibly cut) input.
        """
        if intent not in INTENTS:
            raise GrammarError(f"unknown intent {intent!r}")
        out = [int(self.intent_ids[INTENTS.index(intent)])]
        starts: dict[int, int] = {}
        for k, s in enumerate(prompt.offsets[:, 0].tolist()):
            starts.setdefault(s, k)  # first token starting at s
        ends = {e: k for k, e in enumerate(prompt.offsets[:, 1].tolist())}  # last ending at e
        ext = prompt.ext
        start_ok, end_ok = self.bounds(prompt)
        for slot in SLOTS:
            span = spans.get(slot)
            if span is None or intent == "unknown":
                if span is not None:
                    raise GrammarError("intent unknown carries no slots")
                out.append(self.none_id)
                continue
            a, b = span
            i = starts.get(a)
            j = ends.get(b)
            if i is None or j is None or j < i:
                raise GrammarError(f"{slot} span {span} is not on token boundaries")
            if not (start_ok[i] and end_ok[j]):
                raise GrammarError(f"{slot} span {span} starts or ends inside a number")
            toks, i = self.anchor(prompt, i, prompt.start_candidates(ext[i]))
            out += toks
            toks, _ = self.anchor(prompt, j, prompt.end_candidates(ext[j], i))
            out += toks
        out.append(self.eos_id)
        return out

    def decode_output(self, prompt: Prompt, out_ids) -> ParseOutput:
        """Parse a complete (or truncated) output id sequence without enforcing the grammar."""
        st = DecodeState(self, prompt)
        for t in out_ids:
            t = int(t)
            if st.done:
                break
            if not st.allows(t):
                break
            st.advance(t)
        return st.result()

    def recoverable(
        self, prompt: Prompt, intent: str, spans: dict[str, tuple[int, int] | None]
    ) -> bool:
        """True when the gold labels decode back to exactly the gold spans."""
        try:
            out = self.labels(prompt, intent, spans)
        except GrammarError:
            return False
        got = self.decode_output(prompt, out)
        want = {k: (None if intent == "unknown" else spans.get(k)) for k in SLOTS}
        return got.intent == intent and got.spans == want


class DecodeState:
    """Constrained greedy decoding for one sequence.

    Use: ``while not st.done: t = st.forced_token(); if t is None: t = pick(logits,
    st.allowed_ids); st.advance(t)``. Tokens that ``advance`` accepted must be fed to the model
    (except the final EOS) before the next model call; forced tokens can be fed in the same call as
    the next model step (jump-forward).
    """

    __slots__ = (
        "_allowed",
        "_anchor_end",
        "_cands",
        "_k",
        "_marked",
        "_slot",
        "_start",
        "_time_cut",
        "g",
        "intent",
        "out",
        "phase",
        "prompt",
        "spans",
    )

    def __init__(self, grammar: Grammar, prompt: Prompt) -> None:
        self.g = grammar
        self.prompt = prompt
        self.phase = _INTENT
        self._slot = 0
        self._start = -1  # the current slot's start position, once its START anchor is done
        self._anchor_end = False  # which anchor _EXTEND is extending
        self._cands: list[int] = []
        self._k = 0
        self._marked: set[int] | None = None  # starts of new-time spans, once looked for
        self._time_cut = False  # this pick refused a start that cuts a longer time short
        self.intent: str | None = None
        self.spans: dict[str, tuple[int, int] | None] = {}  # slot -> token positions (i, j)
        self.out: list[int] = []
        self._allowed: np.ndarray = grammar.intent_ids

    # -- queries
    @property
    def done(self) -> bool:
        return self.phase == _DONE

    @property
    def allowed_ids(self) -> np.ndarray:
        """Sorted int64 ids that may come next (empty once done)."""
        return self._allowed

    def allowed_mask(self) -> np.ndarray:
        m = np.zeros(self.g.vocab_size, dtype=bool)
        m[self._allowed] = True
        return m

    def allows(self, token: int) -> bool:
        a = self._allowed
        k = int(np.searchsorted(a, token))
        return k < len(a) and int(a[k]) == token

    def forced_token(self) -> int | None:
        """The next token when the grammar leaves exactly one choice (no model call needed)."""
        if self.phase != _DONE and len(self._allowed) == 1:
            return int(self._allowed[0])
        return None

    def pick(self, logits: np.ndarray) -> int:
        """Greedy choice among the allowed tokens from a [V] logits row.

        With a span check, an anchor token is taken only if some span it can still lead to passes
        the check; otherwise the next best one. The grammar's transitions are unchanged (the
        check only chooses among allowed tokens), so a checked output is one the model was
        trained to emit. If none of the model's first choices passes, an end further down that
        does; a start: "no value" where it passes; else the model's best stands.
        """
        a = self._allowed
        if len(a) == 1:
            return int(a[0])
        self._time_cut = False
        if self.phase == _INTENT and self.g.intent_prior is not None:
            logits = self._with_intent_prior(logits)
        best = int(a[int(logits[a].argmax())])
        if self.phase == _INTENT and self.g.span_check is not None:
            return self._pick_intent(logits, best)
        if (
            self.g.span_check is None
            or self.phase not in (_START, _END, _EXTEND)
            or self._acceptable(best)
        ):
            return best
        ranked = a[np.argsort(-logits[a], kind="stable")].tolist()
        for tok in ranked[:SPAN_CHECK_TOP_K]:
            if self._acceptable(tok):
                return tok
        if self.phase == _START and self._marked:
            # A reschedule whose marked new time ("from 3 to 4") the model ranks too low to
            # reach: start there rather than on the old time.
            ids, allowed = self.prompt.text_ids, set(a.tolist())
            for i in sorted(self._marked):
                tok = int(ids[i])
                if tok in allowed and self._acceptable(tok):
                    return tok
        none = self.g.none_id
        if self.phase == _START and none in a and self._acceptable(none):
            # No start the model ranks high enough passes, but "no value" does: that, rather
            # than a span the check refused (五道口那个店今晚八点，啊不，八点半… had taken the store
            # name as the time's second piece, and then 洗车 as the store)
            return none
        p = self.prompt
        if self.phase in (_START, _END):
            # No end the model ranks high enough passes: the first that does, rather than one
            # the check refused ("Need the inside of the company car cleaned…" had ended its
            # service on "clean" of "cleaned", read as the standard wash; round 75); and no
            # start, where "no value" is no answer either (the store of 三里吞那家店给我安排…,
            # which the utterance names; round 77). Not once the check's budget is spent, where
            # an unchecked span would pass.
            for tok in ranked[SPAN_CHECK_TOP_K:]:
                if p._span_spent >= SPAN_CHECK_BUDGET * SPAN_CHECK_CHEAP_SHARE:
                    break
                if tok != none and self._acceptable(tok):
                    return tok
        return best

    def _with_intent_prior(self, logits: np.ndarray) -> np.ndarray:
        """The logits with the intent prior added to the intent tokens' (the allowed ids are the
        intent ids in catalog order, as are the prior's columns; logits and log-probabilities
        differ by a constant per row, which no ranking sees). Not where the prior alone would
        turn an utterance that opens by refusing a booking, or that only tells of the past, into
        one: a bag of n-grams cannot see what 别 or "don't" negates, nor a tense, and a booking
        made from a refusal is the worst error.
        (Both guards need the span check, whose patterns they use.)"""
        a, g, text = self._allowed, self.g, self.prompt.text
        fused = logits.copy()
        fused[a] += g.intent_prior_weight * g.intent_prior.log_probs(text)
        glm = int(a[int(logits[a].argmax())])
        best = int(a[int(fused[a].argmax())])
        if best == glm or g.span_check is None:
            return fused
        check = g.span_check
        if best == int(a[INTENTS.index("book_car_wash")]) and (
            check.opens_with_a_refusal(text) or check.tells_only_the_past(text)
        ):
            return logits
        # Nor away from a cancellation or a reschedule the utterance says in words (改到三里屯店,
        # "reschedule interior cleaning xidan saturday"): there the GLM's reading has the
        # utterance's own word, and the prior only the count of the slot words around it.
        if check.states_intent(g.intent_by_id[glm], text):
            return logits
        return fused

    def _pick_intent(self, logits: np.ndarray, best: int) -> int:
        """The best intent the utterance can carry (``SpanCheck.intent_said``): a cancellation
        says that something is called off. The model's best stands if none can."""
        check, text, g = self.g.span_check, self.prompt.text, self.g
        a = self._allowed
        for tok in a[np.argsort(-logits[a], kind="stable")].tolist():
            intent = g.intent_by_id[tok]
            if self._utterance(f"intent:{intent}", lambda i=intent: check.intent_said(i, text)):
                return tok
        return best

    # -- the span check
    def _acceptable(self, token: int) -> bool:
        p = self.prompt
        if self.phase == _START:
            if token == self.g.none_id:
                # Not when a better-ranked start was refused only for cutting a longer time
                # short: the time is there, and the model's start stands if nothing else passes.
                return not (
                    self._time_cut
                    or self._clock_said()
                    or self._new_time_said()
                    or self._service_said()
                    or self._store_said()
                    or self._nearest_said()
                    or self._correction_said()
                )
            starts = p.start_candidates(token)[:START_CANDIDATES_CHECKED]
            return any(self._start_ok(i) for i in starts)
        if self.phase == _END:
            return any(self._end_ok(q) for q in p.end_candidates(token, self._start))
        cands = p.narrow(self._cands, self._k + 1, token)  # _EXTEND
        if self._anchor_end:
            return any(self._end_ok(q) for q in cands)
        return any(self._start_ok(i) for i in cands[:START_CANDIDATES_CHECKED])

    def _start_ok(self, i: int) -> bool:
        """Whether the span may start at token i: the check lets a span start there at all
        (``may_start``), it can end somewhere acceptable and, for a slot whose span must be
        maximal (a time), it does not cut off the head of a time said from an earlier token
        (半小时后 of 一个半小时后, 周一 of 下周一)."""
        check = self.g.span_check
        slot = SLOTS[self._slot]
        p = self.prompt
        if not check.may_start(slot, self._piece(i), self._before(i), self._after(i)):
            return False
        if slot == "time2" and self._repeats_the_time(i):
            return False
        if slot in ("time", "time2") and (self._sets_a_value(i) or self._in_a_fallback(i)):
            return False
        if check.replaced_after_correction(slot) and self._taken_back_from(i):
            return False
        if self._after_a_spaced_denial(i):
            return False
        marked_here = False
        if check.new_time(self.intent, slot):
            if check.marks_old_time(self._said_before(i, OLD_TIME_MARKER_TOKENS)):
                return False
            at = int(self.prompt.offsets[i, 0])
            if check.said_not_to_work(self.prompt.text[at : at + NOT_TO_WORK_CHARS]):
                return False
            marked = self._new_time_starts()
            if marked and i not in marked:
                return False
            marked_here = bool(marked)
        if not self._has_end(i):
            return False
        if not check.maximal(slot) or marked_here:
            # A marked new time starts at its marker: "from 3 to 4" is no range here.
            return True
        start_ok, end_ok = p._start_ok, p._end_ok
        for i2, piece, how in self._run_on(self._nearby(i, -1), slot):
            # A span never starts on glue or a leading preposition ("at 3 pm" is labelled
            # "3 pm"), though the resolver reads it.
            before, after = self._before(i2), self._after(i2)
            if how == GLUE and check.opens_offset(piece, after):
                how = CHECK
            if how != CHECK or not start_ok[i2] or not check.may_lead(slot, piece, before, after):
                continue
            last = min(len(end_ok), i2 + SPAN_CHECK_MAX_TOKENS)
            if any(end_ok[j] and self._span_ok(i2, j, unknown=False) for j in range(i, last)):
                self._time_cut = True
                return False
        return True

    def _new_time_starts(self) -> set[int]:
        """Starts of time spans said right after a marker of the new time (改到, "to"): where a
        reschedule's ``time`` (the new time) is, when the utterance marks one."""
        if self._marked is None:
            check = self.g.span_check
            slot = SLOTS[self._slot]
            marked = {
                i
                for i in range(len(self.prompt.offsets))
                if check.marks_new_time(
                    self._before(i),
                    self._said_before(i, NEW_TIME_MARKER_TOKENS),
                    self._after(i),
                    self._piece(i),
                )
                and check.may_start(slot, self._piece(i), self._before(i), self._after(i))
                and not self._sets_a_value(i)  # "turn the AC down to 22": no new time
                and self._has_end(i)
            }
            # A marked new time the speaker corrects (改到明天下午四点,不对,五点): the value said
            # after the correction is the new time too.
            for j in self._taken_back_ends():
                if any(m <= j for m in marked):
                    after = self._after_correction(j)
                    # (not a value denied there: 改到明天下午两点，不是两点，是三点;
                    # …，不是下午两点，是上午十点)
                    k = next(
                        (
                            k
                            for k in after
                            if self._opens_what_is_settled(j, k)
                            and self._may_start_at(k)
                            and not self._denied(k)
                            and not self._in_a_denial(k)
                            and self._has_end(k)
                        ),
                        None,
                    )
                    if k is not None:
                        marked.add(k)
            self._marked = marked
        return self._marked

    def _opens_what_is_settled(self, j: int, k: int) -> bool:
        """Token k may be the value settled on after token j's value is taken back
        (``SpanCheck.settled_value_opens``)."""
        p = self.prompt
        end = int(p.offsets[j, 1])
        return self.g.span_check.settled_value_opens(p.text[end:], int(p.offsets[k, 0]) - end)

    def _after_correction(self, j: int) -> list[int]:
        """The CORRECTION_GAP tokens after token j, a run of ellipsis dots counted once: the
        tokenizer reads …… as six dots (嗯……还是大后天吧 had put 大后天 out of reach)."""
        out: list[int] = []
        counted, last = 0, ""
        for k in range(j + 1, len(self.prompt.offsets)):
            piece = self._piece(k)
            if not (piece in ELLIPSIS_DOTS and last in ELLIPSIS_DOTS):
                if counted == CORRECTION_GAP:
                    break
                counted += 1
            out.append(k)
            last = piece
        return out

    def _in_a_denial(self, k: int) -> bool:
        """Token k is inside a phrase its clause denies (the 两点 of 不是下午两点)."""
        p = self.prompt
        before = p.text[: p.offsets[k, 0]]
        return _DENIAL_OPEN.search(before) is not None

    def _sets_a_value(self, i: int) -> bool:
        """Whether token i is the number a setting of the car is set to ("the AC down to 22")."""
        p = self.prompt
        start = int(p.offsets[i, 0])
        said = p.text[max(0, start - SETTING_CHARS) : start]
        return self.g.span_check.sets_a_value(self._piece(i), said, self._after(i))

    def _may_start_at(self, k: int) -> bool:
        """A span of this slot may start on token k: a word or number (not a pause) where the
        grammar and the check let one start."""
        piece = self._piece(k)
        return (
            bool(self.prompt._start_ok[k])
            and piece[:1].isalnum()
            and self.g.span_check.may_start(
                SLOTS[self._slot], piece, self._before(k), self._after(k)
            )
        )

    def _piece(self, k: int) -> str:
        """The text of utterance token k ("" past the utterance: the sentinel)."""
        p = self.prompt
        return p.text[p.offsets[k, 0] : p.offsets[k, 1]] if k < len(p.offsets) else ""

    def _said_before(self, k: int, n: int) -> str:
        """The n tokens said before token k, with the whitespace up to it."""
        p = self.prompt
        if k <= 0:
            return ""
        end = p.offsets[k, 0] if k < len(p.offsets) else len(p.text)
        return p.text[p.offsets[max(0, k - n), 0] : end]

    def _before(self, k: int) -> str:
        """The token said before token k, with the whitespace between them ("" at the start)."""
        return self._said_before(k, 1)

    def _after(self, k: int) -> str:
        """What is said after token k, whitespace first: a few words, not one token, since a
        number word is cut into several ("for" + "ty", "twe" + "nt" + "y")."""
        p = self.prompt
        if k + 1 >= len(p.offsets):
            return ""
        end = int(p.offsets[k, 1])
        return p.text[end : end + AFTER_CHARS]

    def _utterance(self, fact: str, find):
        """A fact about the whole utterance (no decoding state in it), found once per prompt."""
        p = self.prompt
        if p._utterance_facts is None:
            p._utterance_facts = {}
        if fact not in p._utterance_facts:
            p._utterance_facts[fact] = find()
        return p._utterance_facts[fact]

    def _end_ok(self, q: int) -> bool:
        """Whether the span may end at token q: it passes the check and, for a slot whose span
        must be maximal (a time), no longer span running on through the next few tokens does
        ("this coming Sunday at 8" stops short of "in the morning")."""
        i = self._start
        if self._splits_place(q) or not self._span_ok(i, q):
            return False
        check = self.g.span_check
        slot = SLOTS[self._slot]
        if slot in ("time", "time2") and self._cuts_part_of_day(q):
            return False
        if not check.maximal(slot):
            return True
        end_ok = self.prompt._end_ok
        for q2, _, how in self._run_on(self._nearby(q, 1), slot):
            if self._splits_place(q2):
                break
            if how == CHECK and end_ok[q2] and self._span_ok(i, q2, unknown=False):
                return False
        return True

    def _run_on(self, positions: range, slot: str):
        """(position, text, continuation) of the tokens at ``positions`` that a time phrase may
        run on through, in order, until punctuation or a token no time is written with."""
        p = self.prompt
        off, text, check = p.offsets, p.text, self.g.span_check
        for k in positions:
            if not 0 <= k < len(off):
                return
            piece = text[off[k, 0] : off[k, 1]].strip()
            if piece in INNER_MARKS and self._joins(k) and self._joins(k + 1):
                yield k, piece, GLUE  # the colon of "3:45", the apostrophe of "week's", 3/20
                continue
            if piece in DATE_YEAR_COMMAS and self._year_comma(k):
                yield k, piece, GLUE
                continue
            if not any(ch.isalnum() for ch in piece):
                return  # punctuation ends the phrase
            # A word cut into pieces ("for" + "ty") is judged whole: "for" alone is glue.
            piece = self._word_at(k)
            how = check.continuation(slot, piece)
            if how == STOP:
                return
            yield k, piece, how

    def _year_comma(self, k: int) -> bool:
        """Token k is the comma between a day of the month and its year ("March 25, 2027")."""
        text, off = self.prompt.text, self.prompt.offsets
        return bool(
            _DATE_BEHIND.search(text[: off[k, 0]]) and _YEAR_AHEAD.match(text, int(off[k, 1]))
        )

    def _nearby(self, k: int, step: int):
        """Positions after (step 1) or before (step -1) token k, up to SPAN_CHECK_LOOKAHEAD words
        away. A number's further digits, a clock's colon and the further pieces of a word are one
        word with what comes before them: numbers are tokenised digit by digit, so "at 3:45" is
        five tokens but two words."""
        p = self.prompt
        n, words, j = len(p.offsets), 0, k + step
        while 0 <= j < n and words < SPAN_CHECK_LOOKAHEAD:
            yield j
            inner = self._joins(j if step > 0 else j + 1)
            if not inner:
                words += 1
            j += step

    def _joins(self, k: int) -> bool:
        """Token k continues the word said right before it, with nothing between them: the
        second digit of "45", the colon and minutes of "3:45", the "ty" of "for" + "ty"."""
        p = self.prompt
        off, text = p.offsets, p.text
        if not 0 < k < len(off) or off[k - 1, 1] != off[k, 0]:
            return False
        first = text[off[k, 0]]
        before = text[off[k, 0] - 1]
        if _latin_letter(before) and (_latin_letter(first) or first in APOSTROPHES):
            return True
        if before in APOSTROPHES and _latin_letter(first):
            return True
        if (before.isdigit() and (first.isdigit() or first in CLOCK_SEPARATORS)) or (
            before in CLOCK_SEPARATORS and first.isdigit()
        ):
            return True
        # the slash or dash of a date written with them (3/20, 2026-12-03), and what follows it
        at = int(off[k, 0])
        if before.isdigit() and first in DATE_MARKS:
            return _number_word_at(text, at)
        return before in DATE_MARKS and first.isdigit() and _number_word_at(text, at - 1)

    def _word_at(self, k: int) -> str:
        """The whole word token k is part of (tokens joined with nothing between them)."""
        p = self.prompt
        first, last = k, k
        while self._joins(first):
            first -= 1
        while self._joins(last + 1):
            last += 1
        return p.text[p.offsets[first, 0] : p.offsets[last, 1]].strip()

    def _splits_place(self, q: int) -> bool:
        """Token q is the numeral that begins a place name (the 五 of 五道口): no span ends
        there, though a time read up to it ("两点五") would pass."""
        return self._begins(q, self.g._numeral_words)

    def _cuts_part_of_day(self, q: int) -> bool:
        """Token q is the 晚 of 晚上 (or the 早 of 早上): a time ending there cuts the word."""
        return self._begins(q, self.g._part_of_day_words)

    def _begins(self, q: int, words: frozenset[tuple[int, int]]) -> bool:
        """Tokens q and q + 1 are the first two of one of ``words`` (``_first_two_ids``)."""
        ext = self.prompt.ext
        return q + 1 < len(ext) and (ext[q], ext[q + 1]) in words

    def _has_end(self, i: int, unknown: bool = True, charge: bool = True) -> bool:
        """Whether a span starting at token i can end somewhere acceptable (``unknown``: the
        answer for a span left unchecked once the budget is spent)."""
        end_ok = self.prompt._end_ok
        last = min(len(end_ok), i + SPAN_CHECK_MAX_TOKENS)
        return any(end_ok[j] and self._span_ok(i, j, unknown, charge) for j in range(i, last))

    def _span_ok(self, i: int, j: int, unknown: bool = True, charge: bool = True) -> bool:
        """``unknown``: the answer once the utterance's check budget is spent. True lets the
        model decide; the maximality rules pass False, so that an unchecked longer span never
        vetoes the model's choice. ``charge`` False: a check that spends none of the budget
        (bounded by its caller), so that the model's own choices are still checked after it."""
        return not self._overlaps(i, j) and self._text_ok(i, j, unknown, charge)

    def _service_said(self) -> bool:
        """For ``service``: the utterance names a service other than the standard wash beyond
        doubt (车里面吸一吸, 做个全套, "wash and wax"), which the model may still leave out; then
        "no service" (which a booking reads as the standard wash) is no answer."""
        if SLOTS[self._slot] != "service" or self.intent == "unknown":
            return False
        return self._utterance("service", lambda: self.g.span_check.service_said(self.prompt.text))

    def _special_said(self) -> bool:
        """The utterance names a service other than the standard wash beyond doubt."""
        text = self.prompt.text
        return self._utterance("special", lambda: self.g.span_check.special_service_said(text))

    def _store_said(self) -> bool:
        """For ``store``: the utterance names one of our stores ("car wash at wang jing"), which
        the model may still leave out; then "no store" is no answer."""
        if SLOTS[self._slot] != "store" or self.intent == "unknown":
            return False
        return self._utterance("store", lambda: self.g.span_check.store_said(self.prompt.text))

    def _nearest_said(self) -> bool:
        """For ``store``: the utterance asks for the nearest store with a noun for it ("find the
        closest place and book…", which the model read with no store); then "no store" is no
        answer either, though the span may be the nearest word alone (LABELS.md)."""
        if SLOTS[self._slot] != "store" or self.intent == "unknown":
            return False
        check = self.g.span_check
        return self._utterance("nearest", lambda: check.nearest_said(self.prompt.text))

    def _correction_said(self) -> bool:
        """The utterance takes a value of this slot back and says the one it settles on right
        after the correction (上午十点,不对,四点,国贸洗车, whose 上午十点 is taken back): "no value"
        is then no answer (the model, its first choice refused, had read no time)."""
        # (a time only: any words may be shaped as a store, and a cancellation names no service)
        if SLOTS[self._slot] != "time" or self.intent == "unknown":
            return False
        return bool(self._replaced_ends())

    def _new_time_said(self) -> bool:
        """For a reschedule's ``time``: the utterance marks a new time (换到五点半, "to 5:30 pm"),
        so "no time" is no answer."""
        check = self.g.span_check
        return check.new_time(self.intent, SLOTS[self._slot]) and bool(self._new_time_starts())

    def _clock_said(self) -> bool:
        """For ``time``: the utterance says a time after a preposition ("car wash at 3 at
        Guomao", "in the afternoon"), which the model may still leave out. Then "no time" is
        not an answer while a span starting there can be used."""
        if SLOTS[self._slot] != "time" or self.intent == "unknown":
            return False
        check = self.g.span_check

        def find() -> list[int]:
            led = []
            for i in range(len(self.prompt.offsets)):
                # a word cut into pieces ("twe" + "nt" + "y") is judged whole, at its start
                piece = self._piece(i) if self._joins(i) else self._word_at(i)
                said = self._said_before(i, 2)
                if check.time_after_lead(piece, said):
                    led.append(i)
                elif check.offset_after_in(piece, said):
                    led.append(i - 1)  # "in 30 mins" starts on "in"
            return led

        def heads() -> list[int]:
            starts = self.prompt.offsets[:, 0].tolist()
            wanted = set(check.time_heads(self.prompt.text, self.intent or ""))
            return [i for i, s in enumerate(starts) if s in wanted]

        led = self._utterance("time_after_lead", find)
        if any(self._start_ok(i) for i in led):
            return True
        # Only where the check really ran: once the utterance's budget is spent an unchecked
        # span passes, and a long message would get a time made of whatever the model chose.
        return any(
            self._start_ok(i) and self._has_end(i, unknown=False)
            for i in self._utterance(f"time_heads:{self.intent}", heads)
        )

    def _taken_back_ends(self) -> list[int]:
        """Tokens right before a correction ("明天 不对 后天", "6 pm, no wait, 6:30"): a value
        said up to one of them may be taken back by the speaker."""
        return list(self._take_back_kinds())

    def _take_back_kinds(self) -> dict[int, str]:
        """``_taken_back_ends`` with how each takes a value back (``take_back_kind``)."""
        p = self.prompt
        check, off, text = self.g.span_check, p.offsets, p.text

        def find() -> dict[int, str]:
            if not check.revises(text):  # one search; most utterances correct nothing
                return {}
            kinds = {}
            for j in range(len(off) - 1):
                kind = check.take_back_kind(text[off[j, 1] :])
                if kind is not None:
                    kinds[j] = kind
            return kinds

        return self._utterance("taken_back", find)

    def _replaced_ends(self) -> list[int]:
        """The tokens right before a correction (``_take_back_kinds``) that a value of this slot
        follows at once, in order: found once per utterance and slot, so that each start the
        decoder weighs costs a search, not a walk over every correction (a 512-character
        utterance of repeated corrections had taken 0.7 s)."""
        slot = SLOTS[self._slot]

        def find() -> list[int]:
            return [j for j in self._take_back_kinds() if self._replacement_after(j) is not None]

        return self._utterance(f"replaced_ends:{slot}", find)

    def _taken_back_from(self, i: int) -> bool:
        """A span starting at token i would be a value the speaker takes back: a correction
        follows it, and right after the correction a value of the same slot is said (明天上午十点
        在国贸洗车,呃不对,下午三点吧; "a regular wash, actually no, a full detail"). The labels hold
        the value said after it (the generator's self-correction families), so the span starts
        there instead. The value taken back is the one said right before the correction, or the
        last of its kind before it (or one that the last repeats: "Saturday at 9 am. Hmm, 9 is a
        bit early, make it 10"); one that only says a value will not do (明天不行) takes back only
        the value said right there. Nothing is taken back where no value of the slot follows the
        correction at once ("the day after tomorrow, uh, no, at Wudaokou" keeps its day; "at 3
        pm, wait, do you open at 8" its time). A denied value ("Sorry, 10 am, not 9") is never
        one to start on."""
        kinds = self._take_back_kinds()
        if not kinds:
            return False
        if self._denied(i):
            return True
        # the first correction after the value that another value follows at once
        ends = self._replaced_ends()
        at = bisect.bisect_left(ends, i)
        if at == len(ends):
            return False
        j = ends[at]
        end = self._value_end(i, j)
        if end is None:
            return False
        if end == j:
            # the value said right before the correction; after a hesitation, a day only for
            # another day (take_back_kind "day": not the clock of "at 3 pm, er, tomorrow")
            return kinds[j] != "day" or (
                self._time_kind(i, end) == "day"
                and (replacement := self._replacement_after(j)) is not None
                and self._time_kind(*replacement) == "day"
                # (not the same day said again, in agreement: 周六上午，嗯，周六)
                and self._words(i, end) != self._words(*replacement)
            )
        if not self._replaces(i, end, self._replacement_after(j)):
            return False  # "for tomorrow, let's say 10 am": a clock said for the day, no correction
        last = self._last_before(i, end, j)
        return last == "repeated" or (last == "last" and kinds[j] == "replace")

    def _words(self, first: int, last: int) -> str:
        """The text of tokens first..last, folded (NFKC, lower case, no spaces)."""
        off = self.prompt.offsets
        said = self.prompt.text[off[first, 0] : off[last, 1]]
        return "".join(unicodedata.normalize("NFKC", said).lower().split())

    def _time_kind(self, first: int, last: int) -> str | None:
        """``SpanCheck.time_kind`` of the text of tokens first..last."""
        off = self.prompt.offsets
        return self.g.span_check.time_kind(self.prompt.text[off[first, 0] : off[last, 1]])

    def _value_end(self, i: int, j: int, longest: bool = True) -> int | None:
        """The last token of the longest (or shortest) value of this slot starting at token i and
        ending at token j at the latest, or None. (Checked off the budget: once per value the
        model proposes before a correction.)"""
        end_ok = self.prompt._end_ok
        last = min(j, i + SPAN_CHECK_MAX_TOKENS - 1)
        for e in range(last, i - 1, -1) if longest else range(i, last + 1):
            if end_ok[e] and self._span_ok(i, e, unknown=False, charge=False):
                return e
        return None

    def _replaces(self, i: int, end: int, replacement: tuple[int, int]) -> bool:
        """Whether the value at tokens ``replacement`` (start, end) can replace the one at tokens
        i..end: for a time, not as its other piece (``same_time_kind``); a store or a service
        always can."""
        if SLOTS[self._slot] not in ("time", "time2"):
            return True
        (k, k_end), text, off = replacement, self.prompt.text, self.prompt.offsets
        return self.g.span_check.same_time_kind(
            text[off[i, 0] : off[end, 1]], text[off[k, 0] : off[k_end, 1]]
        )

    def _last_before(self, i: int, end: int, j: int) -> str | None:
        """ "last" where the value said at tokens i..end is the last of its kind before the
        correction after token j, "repeated" where the last one said there repeats part of it
        (九点 of 周六上午九点), else None. Read off the words between, not checked as spans (the
        check's budget is the decoding's)."""
        text, off = self.prompt.text, self.prompt.offsets
        slot = SLOTS[self._slot]
        said = self.g.span_check.last_mention(slot, text[off[end, 1] : off[j, 1]])
        if said is None:
            return "last"
        value = unicodedata.normalize("NFKC", text[off[i, 0] : off[end, 1]]).lower()
        return "repeated" if said in value else None

    def _replacement_after(self, j: int) -> tuple[int, int] | None:
        """The value of this slot, not a denied one, said right after the correction that
        follows token j, with nothing but the correction before it ("，呃不对，下午三点", ", make it
        10", ", not Sunday, Monday"), as its first and last token; None where something else is
        said first (", wait, do you open at 8")."""
        slot = SLOTS[self._slot]
        p, check = self.prompt, self.g.span_check

        def find() -> tuple[int, int] | None:
            off = p.offsets
            at = int(off[j, 1])
            stop = at + check.correction_length(p.text[at:])
            if slot == "service":
                # (还是国贸快洗吧: the store said with the service settled on comes first; not
                # for a time, which may be said of the store: 国贸店三点没位置，四点吧)
                stop += check.store_name_length(p.text[stop:])
                stop += check.time_of_it_length(p.text[stop:])  # (不对，是周日的精洗)
            # the value starts where the correction ends, or on a word the correction's words
            # could also be ("the" of "the day after tomorrow")
            near = [k for k in range(j + 1, len(off)) if at <= off[k, 0] <= stop]
            for k in near[-REPLACEMENT_TOKENS_BACK:]:
                if self._may_start_at(k) and not self._denied(k):
                    k_end = self._value_end(k, min(len(off) - 1, k + SPAN_CHECK_MAX_TOKENS))
                    if k_end is not None:
                        # (明天不行,明天要出差: a day only talked about; also after its shortest
                        # reading: 周日的精洗不用取消, whose 精洗不用取消 reads as a service too)
                        shortest = self._value_end(k, k_end, longest=False)
                        said_of_it = check.said_of_it(p.text[off[k_end, 1] :]) or (
                            shortest is not None and check.said_of_it(p.text[off[shortest, 1] :])
                        )
                        if slot == "store" and self._words(k, k_end) in NO_STORE_WORDS:
                            continue  # the "it" of "Actually, make it a wash and wax"
                        return None if said_of_it else (k, k_end)
            return None

        return self._utterance(f"replacement:{slot}:{j}", find)

    def _repeats_the_time(self, i: int) -> bool:
        """A second piece starting at token i that only says part of the time again (五点 of 明天
        下午五点…，五点不行的话六点也可以; read together, 五点五点 was 17:05): the words from it
        that the time holds too are followed by nothing that goes on with a time (not 上午十点
        after 周六上午, whose 十点 is new)."""
        first = self.spans.get("time")
        if first is None:
            return False
        text, off = self.prompt.text, self.prompt.offsets
        held = text[off[first[0], 0] : off[first[1], 1]]
        start, said = int(off[i, 0]), ""
        for k in range(i, min(len(off), i + SECOND_PIECE_REPEAT_TOKENS)):
            piece = text[start : off[k, 1]]
            if piece not in held:
                break
            said = piece
        if len(said) < 2:
            return False
        after = text[start + len(said) : start + len(said) + 1]
        goes_on = (
            after.isdigit()
            or after in _TIME_GOES_ON
            or (after.isascii() and after.isalpha() and said[-1].isdigit())
        )
        return not goes_on

    def _in_a_fallback(self, i: int) -> bool:
        """Token i lies where another choice is offered for when the first is full (for a
        move, only as its time's second piece: a move offered there is the new time, "I have a
        wash booked for Saturday, if Saturday is full, move it to Sunday")."""
        if self.intent == "reschedule_booking" and SLOTS[self._slot] == "time":
            return False
        p = self.prompt
        regions = self._utterance("fallbacks", lambda: self.g.span_check.fallback_regions(p.text))
        return any(a <= p.offsets[i, 0] < b for a, b in regions)

    def _after_a_spaced_denial(self, k: int) -> bool:
        """Token k opens a value that a 不是 set off by spaces denies (取消周六的洗车 不是 周日的;
        ``SpanCheck.denied_after_a_spaced_not``)."""
        p = self.prompt
        on = p.text[p.offsets[k, 0] :] if k < len(p.offsets) else ""
        return self.g.span_check.denied_after_a_spaced_not(
            self._said_before(k, OLD_TIME_MARKER_TOKENS), on
        )

    def _denied(self, k: int) -> bool:
        p = self.prompt
        on = p.text[p.offsets[k, 0] :] if k < len(p.offsets) else ""
        return self.g.span_check.negates(self._said_before(k, OLD_TIME_MARKER_TOKENS), on)

    def _overlaps(self, i: int, j: int) -> bool:
        """Structure the training data always has: slot spans never overlap, and the second
        piece of a time (time2) comes after the first."""
        for span in self.spans.values():
            if span is not None and i <= span[1] and span[0] <= j:
                return True
        if SLOTS[self._slot] == "time2":
            first = self.spans.get("time")
            return first is not None and i <= first[1]
        return False

    def _text_ok(self, i: int, j: int, unknown: bool = True, charge: bool = True) -> bool:
        slot = SLOTS[self._slot]
        check = self.g.span_check
        if not check.checks(slot):
            return True
        if j - i >= SPAN_CHECK_MAX_TOKENS:
            return False
        p = self.prompt
        memo = p._span_memo
        if memo is None:
            memo = p._span_memo = {}
        key = (slot, i, j)
        ok = memo.get(key)
        if ok is None:
            off = p.offsets
            text = p.text[off[i, 0] : off[j, 1]]
            cost = (SPAN_CHECK_CHEAP_SHARE if check.costly(slot, text) else 1) if charge else 0
            if charge and p._span_spent + cost > SPAN_CHECK_BUDGET * SPAN_CHECK_CHEAP_SHARE:
                return unknown  # out of budget
            ok = check(slot, text) and not cuts_a_word(p.text, off[i, 0], off[j, 1])
            if ok and slot in ("time", "time2"):
                ok = not counts_a_quantity(p.text, int(off[j, 1])) and not (
                    # "Cancel my Saturday car wash, uh, I mean the Sunday one, Saturday's still
                    # on": a booking kept (a question may ask whether it is)
                    self.intent != "query_booking"
                    and check.kept_as_it_is(p.text[off[j, 1] : off[j, 1] + KEPT_CHARS])
                )
            elif ok and slot == "service":
                # (not 贸精洗 of 国贸精洗: a piece of a store's name)
                ok = not check.cuts_a_store_name(p.text, int(off[i, 0]), int(off[j, 1]))
            elif ok and slot == "store":
                # (not 国贸洗 of 在国贸洗车: a piece of a service phrase)
                ok = not check.cuts_a_service_phrase(p.text, int(off[i, 0]), int(off[j, 1]))
            if ok and slot == "store" and self._store_said():
                # The utterance names one of our stores ("at Wang Jing"): the store span is
                # that name, not another word the model pointed at ("me", "Kou").
                ok = check.store_said(text)
            elif ok and slot == "store" and self._nearest_said():
                # It asks for the nearest store: the span holds the word of proximity, not
                # another the model pointed at ("the closest one to me, a regular wash...
                # actually make it an express wash" had the store "actually").
                ok = check.nearest_span(text)
            elif ok and slot == "service" and self._special_said() and check.generic_wash(text):
                # "Nearest car wash, please. Book me a wash and wax": the service is the wax,
                # not the everyday "car wash" said before it.
                ok = False
            elif (
                ok
                and slot == "service"
                and self.intent == "book_car_wash"
                and check.service_declined(p.text, int(off[i, 0]))
            ):
                # 不用打蜡直接洗车就行: a service declined is not the one booked (a cancellation's
                # 不需要精洗了 still names what it calls off).
                ok = False
            memo[key] = ok
            p._span_spent += cost
        return ok

    # -- transitions
    def advance(self, token: int, *, checked: bool = False) -> None:
        """Appends ``token``; GrammarError if the grammar does not allow it. ``checked=True``
        skips that test for a token that came from ``pick`` or ``forced_token`` (allowed by
        construction): the engine thread makes millions of these calls."""
        token = int(token)
        if not checked and (self.phase == _DONE or not self.allows(token)):
            raise GrammarError(f"token {token} not allowed in phase {self.phase}")
        self.out.append(token)
        g = self.g
        phase = self.phase
        if phase == _INTENT:
            self.intent = g.intent_by_id[token]
            if token == g.unknown_id:
                self.phase = _START
                self._slot = 0
                self._allowed = g._none_only
            else:
                self._enter_start(0)
        elif phase == _START:
            if token == g.none_id:
                self.spans[SLOTS[self._slot]] = None
                self._next_slot()
            else:
                self._begin_anchor(self.prompt.start_candidates(token), end=False)
        elif phase == _END:
            self._begin_anchor(self.prompt.end_candidates(token, self._start), end=True)
        elif phase == _EXTEND:
            self._k += 1
            self._cands = self.prompt.narrow(self._cands, self._k, token)
            self._after_anchor_token()
        elif phase == _EOS:
            self.phase = _DONE
            self._allowed = np.empty(0, dtype=np.int64)

    def _filters_anchors(self) -> bool:
        """Whether anchors said at several places are narrowed to those the check accepts before
        the extension tokens: every start, and the end of a store or a service (not a time's,
        whose end the model may take at a repeated part of the day on purpose: 周六下午…约下午
        三点 keeps 周六下午 with 下午三点 as its second piece)."""
        return not self._anchor_end or SLOTS[self._slot] not in ("time", "time2")

    def _begin_anchor(self, cands: list[int], end: bool) -> None:
        self._cands = cands
        self._k = 0
        self._anchor_end = end
        self._after_anchor_token()

    def _after_anchor_token(self) -> None:
        cands = self._cands
        if len(cands) > 1 and self._k == 0 and self.g.span_check and self._filters_anchors():
            # A token said at several places (下 of 下周二 呃下周三): the extension tokens may go
            # only where the check accepts the start (or a store's or service's end), not to
            # one it refused (the model's next tokens had steered back to the 下周二 taken back).
            ok = self._end_ok if self._anchor_end else self._start_ok
            accepted = [c for c in cands if ok(c)]
            if accepted:
                cands = self._cands = accepted
        if len(cands) > 1 and self._k < MAX_ANCHOR_EXTENSION:
            ext, k = self.prompt.ext, self._k + 1
            self.phase = _EXTEND
            self._allowed = _sorted_ids(ext[c + k] for c in cands)
            return
        pos = cands[0]
        if len(cands) > 1 and self.g.span_check is not None:
            # The extensions ran out on a phrase said twice (改到大后天下午三点，不对，改到
            # 大后天下午两点): the first occurrence the check accepts, not the first outright.
            ok = self._end_ok if self._anchor_end else self._start_ok
            pos = next((c for c in cands if ok(c)), pos)
        if not self._anchor_end:
            self._start = pos
            self.phase = _END
            p = self.prompt
            self._allowed = _sorted_ids(p.text_ids[pos:][p._end_ok[pos:]])
        else:
            self.spans[SLOTS[self._slot]] = (self._start, pos)
            self._next_slot()

    def _next_slot(self) -> None:
        if self._slot + 1 < len(SLOTS):
            if self.intent == "unknown":
                self._slot += 1
                self.phase = _START
                self._allowed = self.g._none_only
            else:
                self._enter_start(self._slot + 1)
        else:
            self.phase = _EOS
            self._allowed = self.g._eos_only

    def _enter_start(self, slot: int) -> None:
        self._slot = slot
        self.phase = _START
        p = self.prompt
        if p._start_allowed is None:  # the same for every slot: computed once per prompt
            start_ok, _ = self.g.bounds(p)
            p._start_allowed = _sorted_ids(np.append(p.text_ids[start_ok], self.g.none_id))
        self._allowed = p._start_allowed

    def result(self) -> ParseOutput:
        offsets = self.prompt.offsets
        spans: dict[str, tuple[int, int] | None] = dict.fromkeys(SLOTS)
        text = self.prompt.text
        for slot, ij in self.spans.items():
            if ij is not None:
                a, b = int(offsets[ij[0], 0]), int(offsets[ij[1], 1])
                # A span the model started on the comma before its words (", forty-five minutes
                # from now") is its words: the resolvers read it alike, the answer shows them.
                while a < b - 1 and text[a] in SPAN_LEADING_MARKS:
                    a += 1
                if slot in ("time", "time2") and (dotted := _DOTTED_AM_PM.match(text, b)):
                    b = dotted.end()  # "at 10 a.m.": the model stops at the dot; the clock is
                    # the morning's, not 22:00
                spans[slot] = (a, b)
        check, intent = self.g.span_check, self.intent or "unknown"
        if check is not None and intent != "unknown":
            errand, asked = check.errand_store(intent, self.prompt.text, spans)
            if errand:  # 明天下午去首都机场接我妈 …: the airport is where the driver goes
                spans["store"] = asked
            moved = check.moved_to_store(intent, self.prompt.text)
            if moved is not None:  # 从三里屯换到望京: where the booking goes
                spans["store"] = moved
            for slot in ("service", "store"):
                asked = check.refused_choice(slot, self.prompt.text, spans, intent)
                if asked is not None:  # 不需要打蜡，只要普通洗车: the one asked for
                    spans[slot] = asked
            asked = check.request_store(intent, self.prompt.text, spans)
            if asked is not None:  # "picking them up at the airport …, so book … at Xidan"
                spans["store"] = asked
            if check.context_piece(intent, self.prompt.text, spans) or check.second_replaces_first(
                self.prompt.text, spans
            ):
                spans["time"], spans["time2"] = spans["time2"], None  # 我四点开完会，五点半…
            elif check.adds_nothing(self.prompt.text, spans):
                spans["time2"] = None  # 明天早上八点…，我九点半的航班: the flight's clock
        if check is not None and spans["time"] is not None and spans["time2"] is None:
            bounds = [(a, b) for a, b in offsets.tolist()]
            own = check.request_time(intent, self.prompt.text, spans, bounds)
            if own is None:  # (…，哦不对，明天下午我要开会，改成明天晚上七点吧)
                own = check.time_after_a_reason(intent, self.prompt.text, spans, bounds)
            if own is not None:  # the model took a time said as context
                spans["time"] = own
            other = check.second_time_piece(intent, self.prompt.text, spans, bounds)
            if other is not None:  # time is the first piece in text order, time2 the second
                first = spans["time"]
                spans["time"], spans["time2"] = sorted((first, other))
        if check is not None and spans["time"] is not None:
            for slot in ("time2", "time"):
                span = spans[slot]
                if span is not None:
                    # 我约的打蜡是上午还是下午啊: a time asked about is none
                    spans[slot] = check.left_by_a_choice(intent, self.prompt.text, span)
            if spans["time"] is None:
                spans["time"], spans["time2"] = spans["time2"], None
        return ParseOutput(intent, spans, self.prompt.text)


def _sorted_ids(ids) -> np.ndarray:
    """The distinct token ids, sorted (as np.unique gives them): a prompt holds a few dozen, for
    which sorted() of a set costs a fraction of np.unique."""
    if isinstance(ids, np.ndarray):
        ids = ids.tolist()
    return np.array(sorted(set(ids)), dtype=np.int64)


# Every pattern above, searched with a lookahead on its first characters (first_chars.py):
# what each matches is unchanged.
speed_up_module(globals())
