"""The lexical intent prior: its features, file, training, the shipped one, and how the decoder
and the engine loader use it."""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

import numpy as np
import pytest

from autoglm_gw import _core, catalog
from autoglm_gw.config import EngineConfig
from autoglm_gw.engine.backend import EngineUnavailableError
from autoglm_gw.engine.loader import decoding_version, load_intent_prior
from autoglm_gw.nlu.grammar import Grammar
from autoglm_gw.nlu.intent_prior import FILE_NAME, IntentPrior, IntentPriorError, features
from autoglm_gw.nlu.span_check import ResolvableSpans

MODEL = Path(__file__).resolve().parents[2] / "engines" / "model"
INTENTS = catalog.INTENTS


def prior_for(text: str, intent: str, *, bits: int = 12, strength: float = 1.0) -> IntentPrior:
    """A real prior whose every feature of ``text`` votes ``strength`` for ``intent``."""
    rows = np.array(sorted(set(features(text, bits))), dtype=np.int64)
    weights = np.zeros((len(rows), len(INTENTS)), np.float32)
    counts = {r: features(text, bits).count(r) for r in rows.tolist()}
    for k, r in enumerate(rows.tolist()):
        weights[k, INTENTS.index(intent)] = strength / counts[r]
    return IntentPrior.from_arrays(
        bits=bits, intents=INTENTS, rows=rows, weights=weights, bias=np.zeros(len(INTENTS))
    )


def test_features_are_the_rust_ones_and_bounded():
    f = features("Book a WASH  at 国贸", 16)
    assert f == _core.ngram_features("book a wash at 国贸", 16)
    assert all(0 <= r < 1 << 16 for r in f)
    with pytest.raises(ValueError):
        features("x", 0)
    with pytest.raises(ValueError):
        features("x", 25)


def test_prior_follows_its_weights_in_the_contracts_order():
    # Trained in another column order (a rotation, which is not its own inverse): the prior
    # still answers in catalog order, weights and bias alike.
    order = INTENTS[2:] + INTENTS[:2]
    bits = 10
    rows = np.array(sorted(set(features("取消", bits))), dtype=np.int64)
    weights = np.zeros((len(rows), len(order)), np.float32)
    weights[:, order.index("cancel_booking")] = 3.0
    bias = np.arange(len(order), dtype=np.float32)  # distinct per trained column
    p = IntentPrior.from_arrays(bits=bits, intents=order, rows=rows, weights=weights, bias=bias)
    lp = p.log_probs("取消")
    assert INTENTS[int(np.argmax(lp))] == "cancel_booking"
    assert np.exp(lp).sum() == pytest.approx(1.0, abs=1e-5)
    # Text the prior knows nothing of: the bias alone, each intent's own.
    want = np.array([bias[order.index(n)] for n in INTENTS])
    want = want - np.log(np.exp(want).sum())
    assert np.allclose(p.log_probs("zzz"), want, atol=1e-5)


def test_malformed_priors_are_refused(tmp_path):
    z = np.zeros(len(INTENTS))
    with pytest.raises(IntentPriorError, match="contract"):
        IntentPrior.from_arrays(
            bits=4, intents=("a", "b"), rows=np.zeros(0), weights=np.zeros((0, 2)), bias=z[:2]
        )
    with pytest.raises(IntentPriorError, match="outside"):
        IntentPrior.from_arrays(
            bits=4, intents=INTENTS, rows=np.array([16]), weights=np.zeros((1, 5)), bias=z
        )
    with pytest.raises(IntentPriorError, match="do not fit"):
        IntentPrior.from_arrays(
            bits=4, intents=INTENTS, rows=np.array([1]), weights=np.zeros((2, 5)), bias=z
        )
    with pytest.raises(IntentPriorError, match="finite"):
        IntentPrior.from_arrays(
            bits=4, intents=INTENTS, rows=np.array([1]), weights=np.full((1, 5), np.nan), bias=z
        )
    # Refused before a table of 2^40 rows is allocated.
    with pytest.raises(IntentPriorError, match="bits"):
        IntentPrior.from_arrays(
            bits=40, intents=INTENTS, rows=np.zeros(0), weights=np.zeros((0, 5)), bias=z
        )
    bad = tmp_path / FILE_NAME
    bad.write_bytes(b"not a zip")
    with pytest.raises(IntentPriorError, match="not an intent prior"):
        IntentPrior.load(bad)
    np.savez(bad, format=np.array("ngram-other-9"))
    with pytest.raises(IntentPriorError, match="format"):
        IntentPrior.load(bad)
    # The shipped file cut short (a truncated zip) and with its bits as an array.
    shipped = (MODEL / FILE_NAME).read_bytes()
    bad.write_bytes(shipped[: len(shipped) // 2])
    with pytest.raises(IntentPriorError, match="not an intent prior"):
        IntentPrior.load(bad)
    with np.load(MODEL / FILE_NAME) as zf:
        arrays = {k: zf[k] for k in zf.files}
    np.savez(bad, **{**arrays, "bits": np.array([18, 18])})
    with pytest.raises(IntentPriorError, match="bits"):
        IntentPrior.load(bad)


def test_the_decoder_adds_the_prior_to_the_glms_intent_logits():
    g_plain = Grammar.from_file(MODEL / "tokenizer.json")
    text = "帮我看看那个洗车"
    logits = np.zeros(g_plain.vocab_size, np.float32)
    logits[g_plain.intent_ids[INTENTS.index("book_car_wash")]] = 2.0  # the GLM's choice

    def intent(**kw) -> str:
        g = Grammar.from_file(MODEL / "tokenizer.json", **kw)
        st = g.new_state(text)
        return g.intent_by_id[st.pick(logits)]

    prior = prior_for(text, "query_booking", strength=1.0)
    assert intent() == "book_car_wash"
    assert intent(intent_prior=prior, intent_prior_weight=1.0) == "query_booking"
    # Weight 0 is the GLM alone, and a weak prior does not overturn a confident GLM.
    assert intent(intent_prior=prior, intent_prior_weight=0.0) == "book_car_wash"
    weak = prior_for(text, "query_booking", strength=0.05)
    assert intent(intent_prior=weak, intent_prior_weight=1.0) == "book_car_wash"
    # The caller's logits are left as they were (a batch's rows are views of one array).
    assert logits[g_plain.intent_ids].tolist() == [2.0, 0.0, 0.0, 0.0, 0.0]


def test_training_learns_and_is_deterministic(tmp_path):
    pytest.importorskip("torch")
    from engines.pipeline.intent_prior import build

    class Ex:
        def __init__(self, text: str, intent: str) -> None:
            self.text, self.intent = text, intent

    data = []
    for day in ("明天", "后天", "周五", "下周一"):
        for t in ("三点", "十点半", "晚上七点"):
            data += [
                Ex(f"{day}{t}帮我约个洗车", "book_car_wash"),
                Ex(f"把{day}{t}的洗车取消了", "cancel_booking"),
                Ex(f"{day}{t}导航去公司", "unknown"),
            ]
    out1, out2 = tmp_path / "a", tmp_path / "b"
    out1.mkdir()
    out2.mkdir()
    alone = dict(held_back_examples=0, context_rate=0.0, command_rate=0.0)  # these examples only
    rec = build(data, out1, seed=3, bits=12, epochs=3, held=data, **alone)
    build(data, out2, seed=3, bits=12, epochs=3, **alone)
    assert (out1 / FILE_NAME).read_bytes() == (out2 / FILE_NAME).read_bytes()
    assert rec["heldout_intent_accuracy"] == 1.0
    p = IntentPrior.load(out1 / FILE_NAME)
    assert INTENTS[int(np.argmax(p.log_probs("取消周六的洗车")))] == "cancel_booking"


def test_the_shipped_prior():
    p = IntentPrior.load(MODEL / FILE_NAME)
    assert (MODEL / FILE_NAME).stat().st_size < 2_000_000
    best = {
        "取消明天下午的洗车": "cancel_booking",
        "cancel my car wash tomorrow": "cancel_booking",
        "我约的洗车是几点来着": "query_booking",
        "导航到最近的加油站": "unknown",
    }
    for text, intent in best.items():
        assert INTENTS[int(np.argmax(p.log_probs(text)))] == intent, text
    # The report records it, with the weight the gateway serves by default.
    report = json.loads((MODEL / "eval_report.json").read_text())
    assert report["decoding"]["intent_prior"]["digest"] == p.digest
    assert report["decoding"]["intent_prior"]["weight"] == EngineConfig().intent_prior_weight
    conf = json.loads((MODEL / "config.json").read_text())
    assert conf["intent_prior"]["file"] == FILE_NAME
    digest = hashlib.sha256((MODEL / FILE_NAME).read_bytes()).hexdigest()
    assert conf["intent_prior"]["sha256"] == digest
    assert conf["model_version"].endswith(f"-{digest[:6]}")


def test_the_model_version_keys_on_the_prior_and_its_exact_weight():
    check = ResolvableSpans()
    prior = load_intent_prior(MODEL)
    versions = {
        decoding_version(check, None, 1.0),
        decoding_version(check, prior, 1.0),
        decoding_version(check, prior, 1.0000001),
        decoding_version(check, prior, 2.0),
        decoding_version(check, prior_for("x", "unknown"), 1.0),
    }
    assert len(versions) == 5
    # Weight 0 reads the GLM alone: the same answers, so the same key as no prior.
    assert decoding_version(check, prior, 0.0) == decoding_version(check, None, 1.0)


def test_the_loader_reads_the_prior_or_warns_without_it(tmp_path, caplog):
    assert load_intent_prior(MODEL) is not None
    with caplog.at_level(logging.WARNING, logger="autoglm_gw.engine"):
        assert load_intent_prior(tmp_path) is None
    assert "GLM alone" in caplog.text
    (tmp_path / FILE_NAME).write_bytes(b"broken")
    with pytest.raises(EngineUnavailableError, match="not an intent prior"):
        load_intent_prior(tmp_path)


@pytest.mark.parametrize(
    ("text", "refuses"),
    [
        ("别给我约洗车，我就是随便问问", True),
        ("Don't book me a wash, it's going to snow tomorrow.", True),
        ("No need to book an interior cleaning, I'll vacuum it myself.", True),
        ("不用帮我预约了，谢谢", True),
        # a preference refused, or no refusal at all
        ("don't want to wait long, book the earliest one", False),
        ("不想太早，十点以后吧", False),
        ("明天下午三点国贸洗车", False),
        ("帮我约洗车，别太晚", False),
    ],
)
def test_an_utterance_that_opens_by_refusing_a_booking(text, refuses):
    assert ResolvableSpans.opens_with_a_refusal(text) is refuses


def test_the_prior_never_turns_a_refusal_into_a_booking():
    # (end-to-end rounds 15 and 19 at weight 4: "Don't book me a wash, ..." was booked) The GLM
    # reads unknown; a prior that says "book" outweighs it everywhere but after a refusal.
    checked = Grammar.from_file(
        MODEL / "tokenizer.json",
        span_check=ResolvableSpans(),
        intent_prior=None,
    )

    def intent(text: str, g: Grammar) -> str:
        logits = np.zeros(g.vocab_size, np.float32)
        logits[g.intent_ids[INTENTS.index("unknown")]] = 2.0
        return g.intent_by_id[g.new_state(text).pick(logits)]

    for text, refused in (
        ("Don't book me a wash, it's going to snow tomorrow.", True),
        ("别给我约洗车，我就是随便问问", True),
        # (not a bare request, which the span check books whatever the GLM reads:
        # 帮我约个洗车吧明天)
        ("帮我约个洗车吧，明天有空", False),
        # nor one that only tells of the past (end-to-end round 22)
        ("My neighbor got his car detailed at Wudaokou last week, looks great.", True),
        ("上周在国贸洗的车，洗得挺干净", True),
        ("上次在国贸洗的，这次明天下午三点还去那", False),  # a day ahead
        ("I washed it last week, book another one for Saturday", False),  # a request word
    ):
        prior = prior_for(text, "book_car_wash")
        with_check = Grammar.from_file(
            MODEL / "tokenizer.json", span_check=ResolvableSpans(), intent_prior=prior
        )
        without_check = Grammar.from_file(MODEL / "tokenizer.json", intent_prior=prior)
        assert intent(text, checked) == "unknown"
        assert intent(text, with_check) == ("unknown" if refused else "book_car_wash"), text
        assert intent(text, without_check) == "book_car_wash"


def test_the_prior_never_moves_an_intent_the_utterance_says_in_words():
    # (weight 4: 改到三里屯店, a PATCH naming only a store, turned unknown and was answered
    # not_understood; "reschedule ... saturday at nine am" became a new booking)
    def intent(text: str, glm: str, prior_says: str, check: bool = True) -> str:
        prior = prior_for(text, prior_says)
        g = Grammar.from_file(
            MODEL / "tokenizer.json",
            span_check=ResolvableSpans() if check else None,
            intent_prior=prior,
            intent_prior_weight=4.0,
        )
        logits = np.zeros(g.vocab_size, np.float32)
        logits[g.intent_ids[INTENTS.index(glm)]] = 2.0
        return g.intent_by_id[g.new_state(text).pick(logits)]

    said = [
        ("改到三里屯店", "reschedule_booking", "unknown"),
        (
            "reschedule interior cleaning xidan saturday at nine am",
            "reschedule_booking",
            "book_car_wash",
        ),
        ("Kill this evening's express wash at Xidan", "cancel_booking", "book_car_wash"),
    ]
    for text, glm, prior_says in said:
        assert intent(text, glm, prior_says) == glm, text
        assert intent(text, glm, prior_says, check=False) == prior_says, text
    # Not said in words (nor denied: "don't cancel"): the prior may move it.
    assert intent("三里屯店那个", "reschedule_booking", "unknown") == "unknown"
    assert intent("don't cancel it, book xidan", "cancel_booking", "book_car_wash") == (
        "book_car_wash"
    )
    assert ResolvableSpans.states_intent("cancel_booking", "取消明天的")
    assert not ResolvableSpans.states_intent("cancel_booking", "不用取消了")
    assert not ResolvableSpans.states_intent("book_car_wash", "book a wash")


def test_the_prior_trains_on_the_held_back_families_and_on_clauses_around_requests():
    from engines.pipeline import datagen
    from engines.pipeline.intent_prior import prior_examples

    train_f, held_f = datagen.split_families(seed=0)
    base = datagen.generate(300, seed=4, families=train_f)
    out = prior_examples(base, seed=0, held_back_examples=100, context_rate=0.5, command_rate=0.5)
    again = prior_examples(base, seed=0, held_back_examples=100, context_rate=0.5, command_rate=0.5)
    assert [e.text for e in out] == [e.text for e in again]  # deterministic for the seed
    assert len(out) == 400
    added = {e.family for e in out[300:]}
    assert added <= set(datagen.HELD_BACK_FAMILIES)
    assert not {e.family for e in out} & set(held_f)  # never a held-out family
    # The clauses change texts, never intents: a command said with a request is still it.
    assert [e.intent for e in out[:300]] == [e.intent for e in base]
    changed = sum(a.text != b.text for a, b in zip(out, base, strict=False))
    assert 100 < changed < 300
    # Without the additions it is the GLM's own examples.
    plain = prior_examples(base, seed=0, held_back_examples=0, context_rate=0, command_rate=0)
    assert [e.text for e in plain] == [e.text for e in base]
