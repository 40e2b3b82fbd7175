"""Training-time augmentation: context said before the request, other in-car commands and
reference numbers said with it.

Drivers often say why before what ("I just got off work and the car is a mess, can you ..."),
and no template family does: the end-to-end set's rambling lines were misread as a whole (a
booking read as ``unknown``, the store dropped). Prepending a clause of neutral context to some
training utterances teaches the model that the request may come late in the utterance.

The clauses name no time, store, service, booking verb or intent word, so every label stays as
it was (spans only move right); they apply to every intent alike. Only the training data is
augmented: held-out and dev utterances are generated exactly as before, so their figures stay
comparable with earlier models.

Drivers also say a request in one breath with another command for the car ("play some jazz and
book ...", 导航到公司 另外帮我把预约改到今晚九点) or with a plate or order number, and the template
families never do: the eleventh end-to-end round read such requests as ``unknown``. So some
training utterances get such a clause before or after them. Those clauses, too, name no time,
store, service or booking word, and no car-wash intent, so the labels stay as they were: the
utterance's intent is its request's, and a command alone stays ``unknown`` in its own families.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
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


# Other things drivers ask the car for, said in the same breath as the request.
ZH_COMMANDS: tuple[str, ...] = (
    "导航到公司", "导航回家", "把空调调到二十二度", "放首歌", "打开座椅加热", "把车窗关上",
    "给老王打个电话", "音量小一点", "顺便把导航设到公司", "先帮我接一下这单", "打开雨刷",
    "关掉音乐", "空调开大点", "导航去最近的加油站", "提醒我给客户回电话", "把后备箱打开",
    "帮我接单", "放点轻音乐", "打开除雾", "电话先挂了",
)  # fmt: skip
EN_COMMANDS: tuple[str, ...] = (
    "navigate to the office", "take me home after", "turn the AC down", "play some jazz",
    "turn on seat heating", "close the windows", "call my wife", "turn the volume down",
    "set the nav to work", "accept the next ride", "turn on the wipers", "stop the music",
    "put on the radio", "remind me to call the client back", "open the trunk",
    "navigate to the nearest gas station", "turn up the heat", "skip this song",
    "read my messages later", "turn on the defroster",
)  # fmt: skip
# A reference said with the request: a plate or an order number (letters and digits no time
# or store is written with).
ZH_REFERENCES: tuple[str, ...] = (
    "车牌{plate}这台车", "{plate}这辆", "订单号{order}", "我的车牌是{plate}", "车号{plate}",
)  # fmt: skip
EN_REFERENCES: tuple[str, ...] = (
    "plate {plate}", "for plate {plate}", "order number {order}", "my plate is {plate}",
    "reference {order}",
)  # fmt: skip
ZH_PLATE_HEADS = "京津冀沪"
PLATE_LETTERS = "ABCDEFGHJKLMNPQ"
ZH_COMMAND_JOINERS: tuple[str, ...] = ("，", " ", " 另外", "，然后", "。", " 顺便")
EN_COMMAND_JOINERS: tuple[str, ...] = (", ", " and ", ". ", ", then ", ", also ", " ")


def _plate(rng: random.Random, zh: bool) -> str:
    letter = rng.choice(PLATE_LETTERS)
    tail = "".join(rng.choice("0123456789" + PLATE_LETTERS) for _ in range(5))
    if zh:
        return rng.choice(ZH_PLATE_HEADS) + letter + rng.choice(("", "·")) + tail
    return rng.choice(("Jing ", "jing ", "Jing-")) + letter + " " + tail


def _order(rng: random.Random) -> str:
    letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(rng.randint(0, 2)))
    return letters + "".join(rng.choice("0123456789") for _ in range(rng.randint(4, 8)))


def with_command(ex: Example, rng: random.Random) -> Example:
    """``ex`` said with another command or a reference number, before or after it."""
    zh = ex.locale == "zh-CN"
    if rng.random() < 0.3:
        clause = rng.choice(ZH_REFERENCES if zh else EN_REFERENCES).format(
            plate=_plate(rng, zh), order=_order(rng)
        )
    else:
        clause = rng.choice(ZH_COMMANDS if zh else EN_COMMANDS)
    if not zh and rng.random() < 0.5:
        clause = clause.lower()
    joiner = rng.choice(ZH_COMMAND_JOINERS if zh else EN_COMMAND_JOINERS)
    if rng.random() < 0.5:  # after: the request's spans stay where they are
        return replace(ex, text=ex.text + joiner + clause)
    return _said_after(clause + joiner, ex)


def add_commands(examples: Sequence[Example], rate: float, seed: int) -> list[Example]:
    """A share ``rate`` of ``examples`` (drawn with ``seed``) are said with another command."""
    return _augment(examples, rate, random.Random(seed + 1), with_command)


def with_context(ex: Example, rng: random.Random) -> Example:
    """``ex`` with a context clause said before it; spans moved to match."""
    zh = ex.locale == "zh-CN"
    clause = rng.choice(ZH_CONTEXT if zh else EN_CONTEXT)
    if not zh and rng.random() < 0.5:
        clause = clause.lower()
    return _said_after(clause + rng.choice(ZH_JOINERS if zh else EN_JOINERS), ex)


def add_context(examples: Sequence[Example], rate: float, seed: int) -> list[Example]:
    """A share ``rate`` of ``examples`` (drawn with ``seed``) get a context clause."""
    return _augment(examples, rate, random.Random(seed), with_context)


def _said_after(head: str, ex: Example) -> Example:
    """``ex`` said after ``head``: every span moves right by its length."""
    shift = len(head)
    spans = {k: None if v is None else (v[0] + shift, v[1] + shift) for k, v in ex.spans.items()}
    return replace(ex, text=head + ex.text, spans=spans)


def _augment(
    examples: Sequence[Example],
    rate: float,
    rng: random.Random,
    change: Callable[[Example, random.Random], Example],
) -> list[Example]:
    if rate <= 0:
        return list(examples)
    return [change(ex, rng) if rng.random() < rate else ex for ex in examples]
