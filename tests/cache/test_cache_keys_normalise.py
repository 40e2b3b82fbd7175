"""Normalisation: which utterances share a cache entry, and which must not."""

from __future__ import annotations

import pytest

from autoglm_gw.cache.keys import KEY_SCHEMA, KeyMaker, make_key, normalise

BASE = "帮我预约最近的自动洗车服务"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (BASE, BASE),
        # what the model never reads is dropped, as drop_symbols drops it before the model
        ("帮我预约最近的自动洗车服务😊", BASE),
        ("帮我预约最近的自动洗车😀服务", BASE),
        ("明天下午三點在國貿洗車", "明天下午三点在国贸洗车"),
        ("don’t book it", "don't book it"),
        # everything the decoder reads stays as sent
        ("  帮我预约最近的自动洗车服务 ", "  帮我预约最近的自动洗车服务 "),
        ("帮我预约\t最近的\n自动洗车服务", "帮我预约\t最近的\n自动洗车服务"),
        ("帮我预约最近的自动洗车服务？", "帮我预约最近的自动洗车服务？"),
        ("ＡＢＣ１２３", "ＡＢＣ１２３"),
        ("明天下午３：３０", "明天下午３：３０"),
        ("Book a  WASH, please!", "Book a  WASH, please!"),
        ("", ""),
        ("😀", "😀"),  # symbols alone are read as themselves
    ],
)
def test_normalise_table(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("1 2点", "12点"),  # a space between digits carries meaning
        ("3:30", "330"),  # so does a time separator
        ("明天下午三点", "后天下午三点"),
        ("book a wash", "bookawash"),
        # found by the cache check: each pair was answered from the other's entry
        ("明天下午3点-5点在国贸店洗车", "明天下午3点~5点在国贸店洗车"),
        ("明天下午3点-5点在国贸店洗车", "明天下午3点5点在国贸店洗车"),
        ("wash in .5 hours at Guomao", "wash in 5 hours at Guomao"),
        ("在国贸店洗车，时间12月1日~3日", "在国贸店洗车，时间12月1日3日"),
        ("改到-5小时后", "改到5小时后"),
        ("-5小时后洗车", "5小时后洗车"),
        # found by a black-box check: the question was answered from the statement's entry
        # (and booked), "3 + 2 hours" from "3 2 hours"
        ("我约了周六的洗车？", "我约了周六的洗车"),
        ("我明天预约了洗车。", "我明天预约了洗车？"),
        ("book a wash at 3 + 2 hours", "book a wash at 3 2 hours"),
        ("3 . 5", "3.5"),
        # a pause between Chinese characters is read (a bare 不 corrects what is before it)
        ("帮我约周四 不 周五上午洗车", "帮我约周四不周五上午洗车"),
        # found by a black-box audit: the decoder reads width, case and whitespace (a full-width
        # "５ｐｍ" was read as a bare 5, and its entry answered "tomorrow at 5pm" with today)
        ("Ｂｏｏｋ ａ ｃａｒ ｗａｓｈ ａｔ Ｗａｎｇｊｉｎｇ ｔｏｍｏｒｒｏｗ ａｔ ５ｐｍ",
         "Book a car wash at Wangjing tomorrow at 5pm"),
        ("CANCEL MY WASH TOMORROW", "cancel my wash tomorrow"),
        (" 明天洗车", "明天洗车"),
        ("book  a wash", "book a wash"),
    ],
)  # fmt: skip
def test_meaningful_differences_stay_apart(a: str, b: str) -> None:
    assert normalise(a) != normalise(b)


def test_key_includes_schema_and_model_version() -> None:
    k1 = make_key(BASE, "glm-small@1")
    k2 = make_key(BASE, "glm-small@2")
    assert k1 != k2
    assert k1.startswith(KEY_SCHEMA + b"|")
    assert k1.endswith(BASE.encode())
    # The length prefix keeps version and text apart.
    assert make_key("b", "a|") != make_key("|b", "a")


def test_key_maker_matches_make_key_and_memo_is_bounded() -> None:
    km = KeyMaker("v1", memo_size=4, memo_max_len=10)
    texts = [f"洗车{i}" for i in range(10)] + ["x" * 50]
    for t in texts + texts:
        assert km(t) == make_key(t, "v1")
    assert len(km._memo) <= 4
    assert km("洗车1😀") == km("洗车1")
    assert km(" 洗车1") != km("洗车1")
