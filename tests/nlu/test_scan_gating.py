"""The time scanner skips patterns that cannot match a text's script (``_SKIP_BY_SCRIPT``): an
English pattern where no Latin letter is said, a Chinese one where no Chinese character is. The
skip is judged from each pattern's source, so this checks that it changes no reading: the same
answers, with and without it, on substrings of every utterance the evaluation sets hold (a
sample here; when the skip was written, the substrings of the evaluation sets, tests/nlu/data
and 6,000 generated utterances, 624,522 in all, gave no difference either)."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest

from autoglm_gw.nlu import time_resolver as tr

EVAL = Path("engines/eval")
NOW = datetime.fromisoformat("2026-11-25T10:00:00+08:00")
_CJK = re.compile(r"[\u3400-\u9fff]")
SAMPLE_EVERY = 7  # about 20,000 substrings


def _substrings() -> list[str]:
    texts = []
    for f in sorted(EVAL.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            texts.append(json.loads(line)["text"])
    out = set()
    for t in texts:
        if _CJK.search(t):
            out.update(t[i:j] for i in range(len(t)) for j in range(i + 1, min(len(t), i + 10) + 1))
        else:
            w = t.split()
            out.update(
                " ".join(w[i:j])
                for i in range(len(w))
                for j in range(i + 1, min(len(w), i + 6) + 1)
            )
    return sorted(out)[::SAMPLE_EVERY]


def _readings(texts: list[str]) -> list[tuple]:
    out = []
    for s in texts:
        try:
            span = tr.resolve_time(s, NOW)
            got = (span.start, span.end) if span else None
        except tr.TimeParseError as exc:
            got = type(exc).__name__
        out.append((got, tr.reads_as_time(s), tr.impossible_time(s)))
    return out


@pytest.mark.skipif(not EVAL.is_dir(), reason="the evaluation sets are missing")
def test_skipping_patterns_of_another_script_changes_no_reading(monkeypatch):
    texts = _substrings()
    assert len(texts) > 10_000
    skipped = _readings(texts)
    assert any(tr._SKIP_BY_SCRIPT.values())  # the skip is in force above
    every_pattern = tr._scan_plans({k: frozenset() for k in tr._SKIP_BY_SCRIPT})
    assert any(len(every_pattern[k]) > len(plan) for k, plan in tr._SCAN_PLANS.items())
    monkeypatch.setattr(tr, "_SCAN_PLANS", every_pattern)
    every = _readings(texts)
    assert [t for t, a, b in zip(texts, skipped, every, strict=True) if a != b] == []
