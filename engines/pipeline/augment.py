"""Training-time augmentation: context said before the request.

Drivers often say why before what ("I just got off work and the car is a mess, can you ..."),
and no template family does: the end-to-end set's rambling lines were misread as a whole (a
booking read as ``unknown``, the store dropped). Prepending a clause of neutral context to some
training utterances teaches the model that the request may come late in the utterance.

The clauses name no time, store, service, booking verb or intent word, so every label stays as
it was (spans only move right); they apply to every intent alike. Only the training data is
augmented: held-out and dev utterances are generated exactly as before, so their figures stay
comparable with earlier models.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace

from engines.pipeline.datagen import Example

ZH_CONTEXT: tuple[str, ...] = (
    "我刚下班", "跟你说个事", "是这样的", "我在开车呢", "我在路上", "车上全是灰", "车太脏了",
    "下了场雨 车上都是泥点子", "孩子把果汁洒在座位上了", "刚从高速下来",
    "我朋友借了我的车", "哎 累死了", "等一下啊", "那个 我想想", "我跟你讲", "老跑工地",
    "车顶上全是鸟屎", "刚拉完货", "嗯 帮个忙", "我问一下啊", "路上堵得要命", "老婆说车太脏",
    "车底全是盐", "刚送完孩子", "领导要坐我的车", "车里有股味儿",
)  # fmt: skip
EN_CONTEXT: tuple[str, ...] = (
    "so I just got off work", "okay so listen", "hey, got a question", "I'm driving",
    "ugh the car is filthy", "so the kids spilled juice all over the back seat",
    "we just drove back from the mountains", "my buddy borrowed the car", "man, I'm tired",
    "okay um", "so uh here's the thing", "the birds got my hood again", "I'm on the highway",
    "it rained and the car is covered in mud", "my boss is riding with me",
    "so yeah", "hang on", "alright so", "you know what", "I've got a client with me",
    "there's sand everywhere after the beach", "the dog rode in the back the whole trip",
    "sorry, hold on", "listen", "okay here's what I need",
)  # fmt: skip
ZH_JOINERS: tuple[str, ...] = ("，", " ", "，那个", " 嗯 ", "。", " 然后")
EN_JOINERS: tuple[str, ...] = (", ", " ", " so ", ". ", ", um, ", " and ")


def with_context(ex: Example, rng: random.Random) -> Example:
    """``ex`` with a context clause said before it; spans moved to match."""
    zh = ex.locale == "zh-CN"
    clause = rng.choice(ZH_CONTEXT if zh else EN_CONTEXT)
    if not zh and rng.random() < 0.5:
        clause = clause.lower()
    head = clause + rng.choice(ZH_JOINERS if zh else EN_JOINERS)
    shift = len(head)
    spans = {k: None if v is None else (v[0] + shift, v[1] + shift) for k, v in ex.spans.items()}
    return replace(ex, text=head + ex.text, spans=spans)


def add_context(examples: Sequence[Example], rate: float, seed: int) -> list[Example]:
    """A share ``rate`` of ``examples`` (drawn with ``seed``) get a context clause."""
    if rate <= 0:
        return list(examples)
    rng = random.Random(seed)
    return [with_context(ex, rng) if rng.random() < rate else ex for ex in examples]
