"""`impossible_time`: a time said that no clock or calendar has, which no other reading of the
utterance may stand in for."""

from __future__ import annotations

import pytest

from autoglm_gw.nlu.time_resolver import impossible_time


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("明天25点在国贸店洗车", "25点"),
        ("明天二十五点洗车", "二十五点"),
        ("明天廿五点洗车", "廿五点"),
        ("下午三十点去国贸", "三十点"),
        ("下午3点70分洗车", "3点70分"),
        ("明天24点30分洗车", "24点30分"),
        ("13月5号去国贸洗车", "13月5号"),
        ("十三月五号洗车", "十三月五号"),
        ("0月5号洗车", "0月5号"),
        ("2月0号洗车", "2月0号"),
        ("2月30号洗车", "2月30号"),
        ("二月三十号洗车", "二月三十号"),
        ("11月31号精洗", "11月31号"),
        ("2027年2月29号洗车", "2027年2月29号"),
        ("改到-5小时后", "-5小时"),
        ("在国贸店洗车，-5小时后", "-5小时"),
        ("book a wash at guomao in -5 hours", "-5 hours"),
        ("book a wash at guomao in minus 5 hours", "minus 5 hours"),
        ("book a wash in negative two days", "negative two days"),
        ("book a car wash at guomao on february 30", "february 30"),
        ("feb 30th at 3pm please", "feb 30th"),
        ("the 31st of june at noon", "31st of june"),
        ("wash my car on 2/30", "2/30"),
        ("wash my car on 2026-02-30", "2026-02-30"),
        ("wash my car at 25:00 tomorrow", "25:00"),
        ("wash my car tomorrow at 24:30", "24:30"),
        ("detailing tomorrow at 10:75", "10:75"),
        # past the calendar (a second black-box check: the booking was made now), quoted as
        # written
        ("car wash at Guomao in 8000 Years", "in 8000 Years"),
        ("car wash at Guomao in 99999999 hours", "99999999"),
        ("car wash at Guomao on December 31, 9999", "9999"),
        ("国贸洗车 100000000天后", "100000000天后"),
        ("明天洗车在国贸 10000年后", "10000年后"),
        ("book a car wash at Guomao on February 30", "February 30"),
        # the words that said it, not another number of the utterance (a second review)
        ("my phone is 13800138000, car wash at Guomao in 99999999 hours", "in 99999999 hours"),
        ("plate 12345, car wash on December 31, 9999", "December 31, 9999"),
        ("国贸洗车 " + "9" * 400 + "小时后", "9" * 400 + "小时后"),  # was an OverflowError
    ],
)
def test_times_that_cannot_exist_are_named_in_the_drivers_words(text, said):
    found = impossible_time(text)
    assert found is not None and said in found, found


@pytest.mark.parametrize(
    "text",
    [
        "明天下午三点在国贸店洗车",
        "明天晚上24点",  # midnight, said the 24-hour way
        "2月29号洗车",  # some year has it: said without one, never impossible
        "12月31号下午洗车",
        "book for dec 31 at 11:59 pm",
        "帮我问问张三十四点半要不要一起去洗车",  # 张三 at 十四点半, not 三十四点
        "我有25点积分想洗车",  # points, not a clock
        "在国贸店35号工位洗车",  # a bay number
        "订个洗车，车牌京A12345",
        "20000分钟后洗车",  # a fortnight: no calendar's end
        "9999年12月31日下午3点洗车",  # the calendar's last day, at a clock: it exists
        "book a wash in 100000 weeks",  # 3945: the booking horizon's to refuse
        "在-5度也能洗车吗",
        "it is -5 degrees outside, can i still get a wash",
        "1/2 price wash tomorrow",
        "wash my car on 2026-12-05 at 3pm",
        "call 010-12345678 about the wash",
        "13pm",  # lenient: read as 13:00
        # ranges and dashes, not minus signs (from the code review)
        "12月5号-12月7号之间洗车",
        "洗车要30分钟-1小时吗",
        "5日-7日都行",
        "in 2 - 3 hours",
        "arrive 5 -10 minutes early",
        "full wash at guomao - today at 3pm",
        "guomao store - monday 3pm",
        "洗车——3天后去",
        "洗车—3天后去",  # an em dash is punctuation
        "i left negative feedback last week",
        # fractions, not dates
        "在国贸店洗车,50/50",
        "tire pressure 32/35",
        # a February 29th relative to now: the resolver checks it with the real now
        "后年2月29号洗车",
    ],
)
def test_times_that_exist_and_other_numbers_are_left_alone(text):
    assert impossible_time(text) is None


def test_no_generated_or_natural_utterance_is_flagged():
    """The check may refuse a booking: it must not fire on what drivers say (every natural and
    end-to-end utterance, and held-out and training utterances of the generator)."""
    import json
    from pathlib import Path

    from engines.pipeline import datagen

    texts = []
    for f in ("natural_utterances.jsonl", "natural_utterances_2.jsonl", "end_to_end.jsonl"):
        for line in (Path("engines/eval") / f).read_text(encoding="utf-8").splitlines():
            texts.append(json.loads(line)["text"])
    train, held = datagen.split_families(0)
    texts += [ex.text for ex in datagen.generate(2000, seed=2, families=held)]
    texts += [ex.text for ex in datagen.generate(4000, seed=1, families=train)]
    flagged = [(t, why) for t in texts if (why := impossible_time(t))]
    assert flagged == []
