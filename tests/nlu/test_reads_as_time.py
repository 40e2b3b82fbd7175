"""`reads_as_time`: the span check's notion of a whole time phrase."""

from __future__ import annotations

import pytest

from autoglm_gw.nlu.time_resolver import reads_as_time


@pytest.mark.parametrize(
    "phrase",
    [
        "明天下午三点",
        "今晚七点半",
        "下下周六上午十点",
        "2月29号",  # read on a leap-year day: whether a phrase reads never depends on "now"
        "30分钟后",
        "tomorrow at 4",
        "Dec 5th at 2 pm",
        "the day after tomorrow in the evening",
        "7",  # a bare clock number: "at 7" is labelled 7; also time2 of a time said apart
        "in like 45 minutes",  # a hedge inside an offset
        "wednesday of next week at eleven am",
        "下周的周三",
        "seven",
        "eight thirty",
        "today eight thirty",
        # a weekday with a date: whether they agree depends on the month, not the words (the
        # span check's fixed day put the 13th on a Thursday and cut "Saturday the 13th" short)
        "Saturday the 13th in the morning",
        "Monday the 15th at 2pm",
        "周六13号上午",
        "今年3月13号周六下午三点",  # 今年 depends on now as much as no year does
        "half seven tonight",
        "fifteen thirty",
        "半夜十二点",
        "过十分钟后",  # was read as 十分钟后 with 过 left over
        "morning of January 5, 2027",  # "of" after a part of the day was left over
        "再过半小时以后",
        # a day a month counted from now may lack: the month of the check's fixed day (February)
        # had cut 下个月31号 to 31号, today's 31st (a black-box check)
        "下个月31号",
        "下下个月31号下午",
        "这个月30号",
        # possessives typed without their apostrophe (end-to-end round 21)
        "tomorrows",
        "tonights",
        "todays",
        "tomorrows 3pm",
    ],
)
def test_whole_time_phrases_read(phrase):
    assert reads_as_time(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "今晚七",  # cut inside the clock
        "下下周六上午十",
        "一刻",  # the minutes alone
        "周六有",  # runs into other words
        "晚上九点，地点",
        "今天三里屯的普通洗车改到早上六点半",
        "tomorrow preferably eight o'clock",
        "at",  # glue alone: "wash my car at whichever store is closest" has no time
        "pm",
        "45",  # a number that is no clock
        "the day after tomorrow, can we do tomorrow evening at 8:10",  # two different days
        "一个洗车",
        "洗车",
        # a weekday that disagrees with its date excuses only that: the rest must still agree,
        # and a year said settles the month
        "Saturday the 13th at 3pm at 5pm",
        "周六13号14号",
        "周六13号上午下午",
        "Friday December 12, 2026",
        "2月31号",  # no year has it
        "february 30th",
        "twenty five minutes",
        "half 5 days",
        "",
    ],
)
def test_partial_or_overlong_phrases_do_not(phrase):
    assert not reads_as_time(phrase)


def test_service_spans_name_one_service():
    from autoglm_gw.nlu.span_check import names_a_service

    assert names_a_service("洗车")
    assert names_a_service("get my car washed")
    assert not names_a_service("全是泥 帮我约个")
    assert names_a_service("洗车加打蜡") and names_a_service("drive-thru wash")
    # a phrase running into particles, booking verbs or the next clause names nothing
    assert not names_a_service("快速洗吧给我订一下")
    assert not names_a_service("快哪天能洗车")
    assert not names_a_service("精洗，帮")


@pytest.mark.parametrize(
    ("piece", "expected"),
    [("半", True), ("morning", True), ("tonight", True), ("8", True), ("洗", False),
     ("please", False), ("wash", False)],
)  # fmt: skip
def test_may_be_time_is_the_patterns_vocabulary(piece, expected):
    from autoglm_gw.nlu.time_resolver import may_be_time

    assert may_be_time(piece) is expected
