"""Training is deterministic for a seed (a few steps of a tiny model, twice)."""

from __future__ import annotations

import argparse

import pytest

torch = pytest.importorskip("torch")
datagen = pytest.importorskip("engines.pipeline.datagen")

from autoglm_gw.nlu.grammar import Grammar  # noqa: E402
from engines.pipeline import train  # noqa: E402
from engines.pipeline.tokenizer import train_tokenizer  # noqa: E402


def _args(**over) -> argparse.Namespace:
    d = dict(train.DEFAULTS)
    d.update(
        steps=12,
        batch_size=16,
        warmup=3,
        log_every=100,
        hidden_size=32,
        intermediate_size=48,
        head_dim=8,
    )
    d.update(over)
    return argparse.Namespace(**d)


def _run(examples):
    args = _args()
    train.set_determinism(args.seed, 1)
    tok = train_tokenizer((e.text for e in examples), vocab_size=300)
    g = Grammar(tok)
    data, stats = train.encode_examples(g, examples)
    assert stats["recoverable"] == len(data) > 0
    model, info = train.train_model(args, g, data)
    return model.state_dict(), info


def test_training_is_deterministic():
    train_f, _ = datagen.split_families(seed=0)
    examples = datagen.generate(400, seed=0, families=train_f)
    sd1, info1 = _run(examples)
    sd2, info2 = _run(examples)
    assert info1["steps"] == info2["steps"] == 12
    assert sd1.keys() == sd2.keys()
    for k in sd1:
        assert torch.equal(sd1[k], sd2[k]), k
