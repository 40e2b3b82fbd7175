"""The generator's gold spans against the shipped tokenizer and the output grammar."""

from __future__ import annotations

from pathlib import Path

import pytest

from autoglm_gw.nlu.grammar import Grammar, GrammarError

MODEL = Path(__file__).resolve().parents[2] / "engines" / "model"
datagen = pytest.importorskip("engines.pipeline.datagen")


@pytest.fixture(scope="module")
def grammar() -> Grammar:
    return Grammar.from_file(MODEL / "tokenizer.json")


@pytest.fixture(scope="module")
def examples():
    return datagen.generate(3000, seed=123)  # every family, held-out ones included


def test_spans_fall_on_token_boundaries(grammar, examples):
    bad = []
    for ex in examples:
        try:
            grammar.labels(grammar.prompt(ex.text), ex.intent, ex.spans)
        except GrammarError as e:
            bad.append((ex.text, ex.spans, str(e)))
    assert not bad, bad[:5]


def test_label_recoverability(grammar, examples):
    ok = sum(grammar.recoverable(grammar.prompt(ex.text), ex.intent, ex.spans) for ex in examples)
    assert ok / len(examples) >= 0.97


def test_outputs_fit_the_bound(grammar, examples):
    from autoglm_gw.nlu.grammar import MAX_OUTPUT_TOKENS

    for ex in examples[:500]:
        p = grammar.prompt(ex.text)
        assert len(grammar.labels(p, ex.intent, ex.spans)) <= MAX_OUTPUT_TOKENS
