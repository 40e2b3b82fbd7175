"""The language a text booking is answered in (nlu/resolve.py, detect_locale)."""

from __future__ import annotations

import pytest

from autoglm_gw.nlu.resolve import detect_locale


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("明天下午三点在国贸店洗车", "zh-CN"),
        ("book a wash at Guomao tomorrow", "en-US"),
        # our stores' Chinese names do not make an English request Chinese
        ("Car wash at 国贸 tomorrow at 5pm", "en-US"),
        ("book a detailing at 三里屯店 on Saturday morning", "en-US"),
        # English words in a Chinese sentence do not make it English (a review)
        ("明天在Guomao洗车", "zh-CN"),
        ("帮我book一个car wash", "zh-CN"),
        ("约个car wash", "zh-CN"),
        ("在Wangjing Store洗车", "zh-CN"),
        # no letters of either language: the default; other scripts: English
        ("12345", "zh-CN"),
        ("!!!", "zh-CN"),
        ("мойка завтра", "en-US"),
    ],
)
def test_detect_locale(text, locale):
    assert detect_locale(text) == locale
