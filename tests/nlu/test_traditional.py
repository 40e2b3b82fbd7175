"""Traditional Chinese characters are read as their simplified forms (nlu/traditional.py)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from autoglm_gw.cache.keys import normalise
from autoglm_gw.nlu import traditional
from autoglm_gw.nlu.grammar import drop_symbols
from autoglm_gw.nlu.resolve import detect_locale
from autoglm_gw.nlu.traditional import fold_traditional

REPO = Path(__file__).resolve().parents[2]
EVAL = REPO / "engines" / "eval"


def test_folds_the_characters_of_a_booking_one_for_one():
    said = "明天下午三點在國貿店洗車打蠟，下週六內飾清洗，兩小時後首都機場店"
    folded = fold_traditional(said)
    assert folded == "明天下午三点在国贸店洗车打蜡，下周六内饰清洗，两小时后首都机场店"
    assert len(folded) == len(said)


# Table keys that simplified Chinese (GB2312) also writes: rare there, and read as their
# traditional sense here (乾 as 干, 後 as 后). A table that folds any other simplified character
# would change simplified utterances, which the model already reads.
SIMPLIFIED_TOO = set("乾於後麽夥徵摺菸醣麴甯薹吒捱榘")


def test_the_table_folds_no_other_simplified_character():
    table = traditional.table()
    assert len(table) > 3000  # OpenCC's table holds about four thousand
    also_simplified = set()
    for trad in table:
        try:
            chr(trad).encode("gb2312")
        except UnicodeEncodeError:
            continue
        also_simplified.add(chr(trad))
    assert also_simplified == SIMPLIFIED_TOO


def test_compatibility_ideographs_fold_as_the_cache_key_reads_them():
    """車 U+F902 and 蠟 U+F927 are 車 and 蠟 after NFKC: the cache key (NFKC first) and the model
    (NFKC in its tokenizer, after the fold) must both read 车 and 蜡."""
    said = "明天下午三点洗\uf902打\uf927"
    assert drop_symbols(said) == "明天下午三点洗车打蜡"
    assert normalise(said) == normalise("明天下午三点洗车打蜡")


def test_a_store_named_in_traditional_characters_keeps_an_english_request_english():
    assert detect_locale("Wash at 國貿 at 5pm") == detect_locale("Wash at 国贸 at 5pm") == "en-US"


def test_simplified_and_latin_text_is_unchanged():
    for text in (
        "明天下午三点在国贸店洗车",
        "Book a wash at Guomao at 3pm",
        "帮我book一个car wash",
    ):
        assert fold_traditional(text) == text


def test_the_evaluation_sets_are_simplified():
    """The fold changes nothing the evaluation sets hold: their figures stand as they were."""
    for path in EVAL.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            assert fold_traditional(text) == text, (path.name, text)


def test_the_model_reads_the_folded_text():
    assert drop_symbols("明天下午三點在國貿洗車！😀") == "明天下午三点在国贸洗车！"


def test_both_scripts_share_a_cache_key():
    assert normalise("明天下午三點在國貿洗車") == normalise("明天下午三点在国贸洗车")


def test_a_missing_table_says_what_to_install(monkeypatch):
    traditional.table.cache_clear()
    monkeypatch.setattr(traditional, "PACKAGE", "no_such_package_for_the_table")
    try:
        with pytest.raises(traditional.TraditionalTableError, match="opencc-python-reimplemented"):
            traditional.table()
    finally:
        monkeypatch.undo()
        traditional.table.cache_clear()
    assert traditional.table()


def test_a_traditional_utterance_is_served_as_its_simplified_twin():
    """Through the serving path (model, span check, resolvers): each traditional utterance gets
    the answer its simplified form gets (a black-box check had 洗車打蠟 booked as the standard
    wash, and 國貿, 西單, 下週六 read as no booking at all)."""
    from tests.model.served import served

    now = datetime.fromisoformat("2026-12-02T10:00:00+08:00")
    pairs = {
        "明天下午三點在望京店洗車打蠟": "明天下午三点在望京店洗车打蜡",
        "明天下午三點在國貿洗車": "明天下午三点在国贸洗车",
        "下週六去西單店做內飾清洗": "下周六去西单店做内饰清洗",
        "兩小時後在首都機場店洗車": "两小时后在首都机场店洗车",
        "把明天的預約取消": "把明天的预约取消",
        "我的洗車改到後天上午十點": "我的洗车改到后天上午十点",
    }
    out = served([*pairs, *pairs.values()], now)
    for trad, simplified in pairs.items():
        (t_result, t_resolved), (s_result, s_resolved) = out[trad], out[simplified]
        assert t_result.parse == s_result.parse, trad
        assert t_resolved == s_resolved, trad
        assert t_result.parse.intent != "unknown", trad
