"""What `POST /v1/parse` answers for a list of utterances, through the serving path (engine
runtime, shipped model, span check, resolvers), for tests that hold served answers."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from datetime import datetime

import pytest

from autoglm_gw.api.parser import Parser, ParseResult
from autoglm_gw.config import load_config
from autoglm_gw.engine.loader import load_runtime
from autoglm_gw.nlu.resolve import Resolved, resolve


def served(texts: Iterable[str], now: datetime) -> dict[str, tuple[ParseResult, Resolved]]:
    """Each text's parse and its resolution at ``now``, all parsed on one engine runtime."""
    texts = list(texts)
    runtime = load_runtime(load_config(None).engine)
    runtime.start()
    try:
        parser = Parser(runtime)

        async def run():
            return await asyncio.gather(*(parser.parse(text) for text in texts))

        results = asyncio.run(run())
    finally:
        runtime.stop()
    return {
        text: (result, resolve(result.parse, now, None))
        for text, result in zip(texts, results, strict=True)
    }


def served_answers(texts: Iterable[str], now: datetime) -> dict[str, tuple]:
    """Each text's (intent, service, time start as "MM-DD HH:MM" or None)."""
    out = {}
    for text, (result, resolved) in served(texts, now).items():
        start = resolved.time.start.strftime("%m-%d %H:%M") if resolved.time else None
        out[text] = (result.parse.intent, resolved.service, start)
    return out


def pinned_texts(cases: Iterable[str], misread: dict[str, str]) -> list:
    """``cases`` to parametrize a test with, those in ``misread`` (text -> why the release reads
    it otherwise) as strict expected failures: the answer wanted stays pinned, and a fix shows."""
    return [
        pytest.param(t, marks=pytest.mark.xfail(strict=True, reason=misread[t]))
        if t in misread
        else t
        for t in cases
    ]


# The words of proximity a nearest-store span holds.
NEAREST_WORDS = ("closest", "nearest", "就近")


def assert_stores_and_nearest(
    stores: dict[str, str],
    nearest: list[str],
    now: datetime,
    words: tuple[str, ...] = NEAREST_WORDS,
) -> None:
    """Each of ``stores`` answers with its store id; each of ``nearest`` books the nearest store,
    its span holding one of ``words`` (the nearest needs a location to resolve)."""
    out = served([*stores, *nearest], now)
    for text, store in stores.items():
        _result, resolved = out[text]
        assert resolved.store is not None and resolved.store.store.id == store, text
    for text in nearest:
        result, _resolved = out[text]
        assert result.parse.intent == "book_car_wash"
        assert result.parse.store is not None, text
        assert any(word in result.parse.store for word in words), text
