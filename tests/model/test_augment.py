"""Training-time augmentation keeps every label: a span's text is the same after it."""

from __future__ import annotations

import pytest

from engines.pipeline import augment, datagen


@pytest.fixture(scope="module")
def examples() -> list[datagen.Example]:
    train_f, _ = datagen.split_families(seed=0)
    return datagen.generate(600, seed=7, families=train_f)


def _span_texts(ex: datagen.Example) -> dict[str, str | None]:
    return {k: None if v is None else ex.text[v[0] : v[1]] for k, v in ex.spans.items()}


@pytest.mark.parametrize("add", [augment.add_context, augment.add_commands])
def test_augmentation_moves_spans_with_the_text_and_keeps_the_intent(examples, add):
    out = add(examples, 0.5, seed=3)
    assert out == add(examples, 0.5, seed=3)  # seeded
    changed = [(a, b) for a, b in zip(examples, out, strict=True) if a.text != b.text]
    assert 200 < len(changed) < 400
    for a, b in changed:
        assert a.text in b.text and b.intent == a.intent
        assert _span_texts(b) == _span_texts(a)
    assert add(examples, 0.0, seed=3) == examples


def test_commands_come_before_or_after_and_carry_plate_and_order_numbers(examples):
    out = augment.add_commands(examples, 1.0, seed=3)
    before = sum(not b.text.startswith(a.text) for a, b in zip(examples, out, strict=True))
    assert 0.3 < before / len(out) < 0.7
    joined = " ".join(b.text for b in out)
    assert any(p in joined for p in ("plate ", "车牌", "车号", "order number", "订单号"))
