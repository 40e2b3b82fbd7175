"""first_chars: the decoder's patterns with a lookahead on their first characters match exactly
what they matched before, and the lookahead is added only where it can be stated exactly."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from autoglm_gw.nlu import (
    first_chars,
    grammar,
    service_resolver,
    span_check,
    store_resolver,
    time_resolver,
    time_shift,
)

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "engines" / "eval"
MODULES = (span_check, time_resolver, service_resolver, store_resolver, grammar, time_shift)
PREFIX = "(?=["


def _ops(pattern: re.Pattern[str], text: str):
    """What a caller can see of a pattern on a text: every match with its groups, at every start
    the decoder uses, and what sub and split make of it."""
    matches = [(m.span(), m.groups(), m.lastindex) for m in pattern.finditer(text)]
    starts = range(0, len(text) + 1, max(1, len(text) // 7))
    at = [
        (m.span() if (m := pattern.match(text, k)) else None, pattern.search(text, k) is not None)
        for k in starts
    ]
    whole = pattern.fullmatch(text)
    return matches, at, pattern.sub("#", text), pattern.split(text), whole and whole.span()


CASES = [
    # (pattern, flags, texts)
    (
        r"(?<![a-z])(?:book|wash)(?![a-z])|洗车|预约",
        0,
        ["please book a wash", "rebook", "洗车预约", ""],
    ),
    (r"(?<![a-z])cancel\w*|取消", re.IGNORECASE, ["CANCEL it", "Cancelled", "uncancel", "取消吧"]),
    (r"(?:\s*,\s*)?(?P<day>周[一二三四五六日]|明天)", 0, ["明天, 周三", " , 周日", "周"]),
    (r"(?<=\d)\s*(?:点|时)(?:半|一刻)?", 0, ["3点半", "十点", "3 时"]),
    (r"[\d一二三]+(?:分钟|小时)后", 0, ["20分钟后", "三小时后吧", "分钟后"]),
    (r"(?:a|an)?\s*hour", 0, ["an hour", " hour", "hours"]),
    (r"(?:(?<![a-z])k|ſ)s", re.IGNORECASE, ["KS", "\u212as", "ſs", "Ks"]),
]


@pytest.mark.parametrize(("source", "flags", "texts"), CASES)
def test_rewritten_patterns_match_the_same(source: str, flags: int, texts: list[str]) -> None:
    original = re.compile(source, flags)
    rewritten = first_chars.with_first_chars(original)
    for text in texts:
        assert _ops(rewritten, text) == _ops(original, text), (source, text)


@pytest.mark.parametrize(
    "source",
    [
        r"a?",  # may match the empty string
        r"(?:[^a-z]|b)c",  # a negated class among the first items
        r".x|y",  # any character
        r"(?i:a)|(?<!q)b",  # case folding for part of the pattern only
        r"^(?:ab|cd)",  # tried at the start only
        r"abc|abd",  # the engine's own literal prefix
        r"[ab]c",  # ... or its own leading class
        r"(?#a comment)(?i)\bab|\bcd",  # inline flags after a comment must stay first
    ],
)
def test_patterns_left_as_they_are(source: str) -> None:
    pattern = re.compile(source)
    assert first_chars.with_first_chars(pattern) is pattern


@pytest.mark.parametrize(
    ("source", "flags", "text"),
    [
        # a letter outside the BMP folds alone but not inside a class (CPython 3.11)
        ("x?\U00010400|9", re.IGNORECASE, "\U00010400"),
        # a group with Unicode rules inside an ASCII pattern: the lookahead would be ASCII
        (r"(?u:\d)|x", re.ASCII, "\u0663"),
        (r"(?<!-)(?u:k)|(?<!-)x", re.ASCII | re.IGNORECASE, "\u212a"),
    ],
)
def test_where_a_class_would_read_otherwise(source: str, flags: int, text: str) -> None:
    pattern = re.compile(source, flags)
    assert pattern.search(text)
    assert first_chars.with_first_chars(pattern) is pattern


def test_a_verbose_pattern_ending_in_a_comment() -> None:
    pattern = re.compile(r"\bab|\bcd  # two words", re.VERBOSE)
    rewritten = first_chars.with_first_chars(pattern)
    assert rewritten is not pattern
    for text in ("cd", "xab", "ab cd"):
        assert _ops(rewritten, text) == _ops(pattern, text)


def test_a_lookbehind_led_alternation_gets_its_first_characters() -> None:
    pattern = re.compile(r"(?<![a-z])(?:wash|wax)(?![a-z])|洗车|(?<!不)取消")
    assert first_chars.first_chars(pattern) == "[w取洗]"


def _originals(module) -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    out = []
    for name, value in vars(module).items():
        if isinstance(value, re.Pattern) and value.pattern.startswith(PREFIX):
            # the class escapes every ( and ), so its end is the first unescaped ")(?:"
            inner = value.pattern[value.pattern.index("])(?:") + len("])(?:") : -1]
            out.append((f"{module.__name__}.{name}", re.compile(inner, value.flags), value))
    return out


def _texts() -> list[str]:
    texts = []
    for path in sorted(EVAL.glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f][:1500]
    folded = [unicodedata.normalize("NFKC", t).lower() for t in texts]
    return texts + folded


def test_the_decoders_patterns_match_the_same_on_the_eval_texts() -> None:
    rewritten = [row for module in MODULES for row in _originals(module)]
    # the speed-up is in place (most of the span check's word lists start with a lookbehind)
    assert len(rewritten) > 150
    texts = _texts()
    for name, original, fast in rewritten:
        for text in texts:
            found = [(m.span(), m.groups()) for m in fast.finditer(text)]
            assert found == [(m.span(), m.groups()) for m in original.finditer(text)], (name, text)
            assert bool(fast.match(text)) == bool(original.match(text)), (name, text)


def test_the_time_scan_patterns_are_sped_up() -> None:
    assert sum(p.pattern.startswith(PREFIX) for p, _ in time_resolver._COMPILED) > 20
