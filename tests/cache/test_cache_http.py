"""The response cache through POST /v1/parse, with the real engine (in-process ASGI)."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

import pytest

from autoglm_gw.config import CacheConfig, Config, DbConfig
from tests.conftest import run_in_app

pytestmark = pytest.mark.skipif(
    not Path("engines/model/model.int8.onnx").is_file(), reason="the shipped model is missing"
)
NOW = "2026-11-25T10:00:00+08:00"


def _run(tmp_path, scenario, **cache):
    config = Config(db=DbConfig(url=f"sqlite:///{tmp_path}/b.db"), cache=CacheConfig(**cache))
    return run_in_app(config, scenario)


def _submitted(app) -> int:
    """Requests the engine's own scheduler received."""
    return app.components.runtime.scheduler.stats()["submitted_total"]


def test_200_identical_concurrent_requests_make_one_engine_request(tmp_path):
    async def scenario(c, app):
        before = _submitted(app)
        text = "帮我预约最近的自动洗车服务"
        body = {"text": text, "now": NOW, "location": {"lat": 39.9, "lon": 116.4}}
        answers = await asyncio.gather(*(c.post("/v1/parse", json=body) for _ in range(200)))
        return answers, _submitted(app) - before

    answers, engine_requests = _run(tmp_path, scenario)
    assert engine_requests == 1
    kinds = Counter(a.headers["x-cache"] for a in answers)
    assert kinds["miss"] == 1
    assert kinds["coalesced"] + kinds["hit"] == 199
    assert len({a.content for a in answers if a.headers["x-cache"] != "hit"}) == 1
    assert all(a.json()["cached"] == (a.headers["x-cache"] == "hit") for a in answers)


def test_a_question_mark_is_another_utterance(tmp_path):
    # A black-box check booked from a question: "我约了周六的洗车？" was answered from the entry
    # of "我约了周六的洗车" (a booking) because the key dropped punctuation.
    async def scenario(c, app):
        said = await c.post("/v1/parse", json={"text": "我约了周六的洗车", "now": NOW})
        asked = await c.post("/v1/parse", json={"text": "我约了周六的洗车？", "now": NOW})
        return said, asked

    said, asked = _run(tmp_path, scenario)
    assert said.headers["x-cache"] == "miss" and asked.headers["x-cache"] == "miss"
    assert asked.json()["cached"] is False


def test_a_cached_utterance_is_resolved_again_for_each_now(tmp_path):
    async def scenario(c, app):
        text = "明天下午三点在国贸店洗车"
        first = await c.post("/v1/parse", json={"text": text, "now": NOW})
        # the same text as the model reads it (a pictograph it never reads): one cache key
        other = "明天下午三点在国贸店洗车😀"
        later = await c.post("/v1/parse", json={"text": other, "now": "2026-12-01T09:00:00+08:00"})
        return first, later

    first, later = _run(tmp_path, scenario)
    assert first.headers["x-cache"] == "miss" and later.headers["x-cache"] == "hit"
    assert later.json()["cached"] is True
    assert first.json()["slots"]["time"]["start"] == "2026-11-26T15:00:00+08:00"
    assert later.json()["slots"]["time"]["start"] == "2026-12-02T15:00:00+08:00"


def test_a_full_width_text_is_another_utterance(tmp_path):
    # A black-box audit: the full-width text's entry (read as a bare "５", today at 17:00)
    # answered the plain one, and a text booking was made from it for today, not tomorrow.
    wide = "Ｂｏｏｋ ａ ｃａｒ ｗａｓｈ ａｔ Ｗａｎｇｊｉｎｇ ｔｏｍｏｒｒｏｗ ａｔ ５ｐｍ"
    plain = "Book a car wash at Wangjing tomorrow at 5pm"

    async def scenario(c, app):
        await c.post("/v1/parse", json={"text": wide, "now": NOW})
        cached = await c.post("/v1/parse", json={"text": plain, "now": NOW})
        fresh = await c.post(
            "/v1/parse", json={"text": plain, "now": NOW}, headers={"cache-control": "no-cache"}
        )
        return cached, fresh

    cached, fresh = _run(tmp_path, scenario)
    assert cached.headers["x-cache"] == "miss"
    assert cached.json()["slots"] == fresh.json()["slots"]
    assert cached.json()["slots"]["time"]["start"] == "2026-11-26T17:00:00+08:00"


def test_no_cache_and_no_store_reach_the_engine(tmp_path):
    async def scenario(c, app):
        body = {"text": "后天上午十点三里屯打蜡", "now": NOW}
        await c.post("/v1/parse", json=body)
        before = _submitted(app)
        r1 = await c.post("/v1/parse", json=body, headers={"Cache-Control": "no-cache"})
        r2 = await c.post("/v1/parse", json=body, headers={"Cache-Control": "no-store"})
        r3 = await c.post("/v1/parse", json=body)
        return r1, r2, r3, _submitted(app) - before

    r1, r2, r3, engine_requests = _run(tmp_path, scenario)
    assert [r.headers["x-cache"] for r in (r1, r2, r3)] == ["bypass", "bypass", "hit"]
    assert engine_requests == 2


def test_purge_needs_the_token_and_empties_the_cache(tmp_path):
    async def scenario(c, app):
        body = {"text": "明天上午九点望京快洗", "now": NOW}
        await c.post("/v1/parse", json=body)
        no_auth = await c.post("/v1/cache/purge")
        wrong = await c.post("/v1/cache/purge", headers={"Authorization": "Bearer nope"})
        ok = await c.post("/v1/cache/purge", headers={"Authorization": "Bearer s3cret"})
        after = await c.post("/v1/parse", json=body)
        metrics = (await c.get("/metrics")).text
        return no_auth, wrong, ok, after, metrics

    no_auth, wrong, ok, after, metrics = _run(tmp_path, scenario, purge_token="s3cret")
    assert no_auth.status_code == 401 and wrong.status_code == 403
    assert ok.status_code == 200 and ok.json() == {"tier1": 1, "tier2": None}
    assert after.headers["x-cache"] == "miss"
    assert 'autoglm_gw_cache_requests_total{outcome="miss",tier="engine"} 2.0' in metrics


def test_purge_is_refused_while_no_token_is_configured(tmp_path):
    async def scenario(c, app):
        return await c.post("/v1/cache/purge", headers={"Authorization": "Bearer x"})

    r = _run(tmp_path, scenario)
    assert r.status_code == 403 and r.json()["error"]["code"] == "purge_disabled"


def test_an_error_answer_says_the_cache_was_bypassed(tmp_path):
    async def scenario(c, app):
        empty = await c.post("/v1/parse", json={"text": "", "now": NOW})
        bad_now = await c.post("/v1/parse", json={"text": "明天洗车", "now": "tomorrow"})
        broken = await c.post(
            "/v1/parse", content=b'{"text": ', headers={"content-type": "application/json"}
        )
        return empty, bad_now, broken

    for answer in _run(tmp_path, scenario):
        assert answer.status_code in (400, 422), answer.text
        assert answer.headers["x-cache"] == "bypass"
        assert "error" in answer.json()


def test_traditional_and_simplified_characters_share_an_entry(tmp_path):
    async def scenario(c, app):
        first = await c.post("/v1/parse", json={"text": "明天下午三点在国贸店洗车", "now": NOW})
        later = await c.post("/v1/parse", json={"text": "明天下午三點在國貿店洗車", "now": NOW})
        return first, later

    first, later = _run(tmp_path, scenario)
    assert first.headers["x-cache"] == "miss" and later.headers["x-cache"] == "hit"
    assert later.json()["slots"] == first.json()["slots"]
    assert later.json()["text"] == "明天下午三點在國貿店洗車"  # the request's own words


def test_a_wrong_method_and_a_fault_also_say_the_cache_was_bypassed(tmp_path):
    # The contract has every /v1/parse answer carry x-cache, not only those its handler wrote.
    async def scenario(c, app):
        wrong_method = await c.get("/v1/parse")

        async def broken_parser(text, req):
            raise RuntimeError("a fault the handler does not expect")

        app.components.parser.parse = broken_parser
        fault = await c.post("/v1/parse", json={"text": "明天洗车", "now": NOW})
        other_path = await c.get("/v1/stores/nowhere")
        return wrong_method, fault, other_path

    wrong_method, fault, other_path = _run(tmp_path, scenario)
    assert wrong_method.status_code == 405 and wrong_method.headers["x-cache"] == "bypass"
    assert wrong_method.headers["allow"] == "POST"
    assert fault.status_code == 500 and fault.headers["x-cache"] == "bypass"
    assert fault.json()["error"]["code"] == "internal_error"
    assert other_path.status_code == 404 and "x-cache" not in other_path.headers


@pytest.mark.parametrize(
    "stored",
    [
        b"garbage",
        b"",
        # decodes, but names no intent of ours
        b"\x91\xa6hacked",
        # decodes, but is another utterance's answer: its spans are not in this text
        b"\x97\xadbook_car_wash\xa9\xe4\xb8\x8b\xe5\x91\xa8\xe4\xba\x94\xc0\xc0\xc0\xc0\xc0",
    ],
)
def test_a_cached_value_that_is_no_answer_to_the_text_is_replaced_not_served(tmp_path, stored):
    # An audit: a value in the shared Redis that did not decode answered 500 on every instance
    # (copied into each tier 1) until it expired; one that decoded but was another utterance's
    # answer was served as this one's.
    text = "明天下午三点在国贸店精洗"

    async def scenario(c, app):
        fresh = await c.post("/v1/parse", json={"text": text, "now": NOW},
                             headers={"cache-control": "no-store"})  # fmt: skip
        cache = app.components.cache
        cache.core.put(cache.key(text), stored)  # as a damaged tier-2 value is promoted
        first = await c.post("/v1/parse", json={"text": text, "now": NOW})
        again = await c.post("/v1/parse", json={"text": text, "now": NOW})
        return fresh, first, again

    fresh, first, again = _run(tmp_path, scenario)
    assert first.status_code == 200 and again.status_code == 200, first.text
    assert first.json()["slots"] == fresh.json()["slots"]
    assert first.json()["intent"] == fresh.json()["intent"] == "book_car_wash"
    assert again.headers["x-cache"] == "hit" and again.json()["slots"] == fresh.json()["slots"]
