"""Rounds 81 and 82 of the end-to-end set (everyday speech on a Sunday morning; several things
said in one breath on a Friday evening), through the serving path: the lines this release's
rules were written for (a command for the car said after the request, command-13 and
settings-2; a rhetorical tag after someone else's story, refused-38), and look-alikes that must
keep their reading."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.model.served import served_answers

NOW = datetime(2042, 2, 14, 18, 10, tzinfo=ZoneInfo("Asia/Shanghai"))  # a Friday evening

# text -> (intent, service, time start as "MM-DD HH:MM" or None)
CASES = {
    # 一点 after 调小/调高 is "a bit", not one o'clock: the command is cut off the request
    "帮我约附近的洗车店,两个小时以后去洗,顺便把音乐声音调小一点": (
        "book_car_wash",
        "standard",
        "02-14 20:10",
    ),
    "帮我把五道口店的预约撤了,谢谢,顺便把音量调高一点": ("cancel_booking", None, None),
    "帮我约明天上午的快洗,顺便把音量调大一点": ("book_car_wash", "quick", "02-15 09:00"),
    # a question mark ends the request before the command; 空调顺便调到… is a setting, no move
    "我约的自动洗车是哪天?空调顺便调到二十二度": ("query_booking", "automatic", None),
    "我的洗车约在几点?顺便导航回家": ("query_booking", None, None),
    # "play" with words before what is played
    "Book a wash and wax at the Wangjing store tomorrow morning, then play my Valentine's "
    "playlist": ("book_car_wash", "wax", "02-15 06:00"),
    "Book a wash at Xidan at 8, then play some music": ("book_car_wash", "standard", "02-14 20:00"),
    # "show me", "pull up": a question about a booking
    "Show me my upcoming bookings, then play my Valentine's playlist": (
        "query_booking",
        None,
        None,
    ),
    "Can you pull up my detailing appointment, then turn on the seat heater": (
        "query_booking",
        "detailing",
        None,
    ),
    # look-alikes: a command alone, another thing's booking, a time in the request's own clause
    "导航去国贸,顺便把空调调低一点": ("unknown", None, None),
    "Play my road trip playlist": ("unknown", None, None),
    "Cancel my dinner reservation, then play my Valentine's playlist": ("unknown", None, None),
    "Turn the music down a little, I'm on the phone": ("unknown", None, None),
    "把空调调高一点,明天下午一点在国贸洗车": ("book_car_wash", "standard", "02-15 13:00"),
    # from a code review: "tell me", 看一下 and "skip" inside a command keep it one, and the
    # question mark that ends a request stays with it
    "帮我约周六上午的洗车，导航去公司看一下路况": ("book_car_wash", "standard", "02-15 09:00"),
    "Book a car wash tomorrow at 9 and take me to work and tell me the traffic": (
        "book_car_wash",
        "standard",
        "02-15 09:00",
    ),
    "Book a wash, skip the wax and play music": ("book_car_wash", "standard", None),
    "明天洗车吗？音量调小一点": ("query_booking", None, "02-15 00:00"),
    # someone else's wash told, then a rhetorical tag (round 83)
    "My neighbour is having his car detailed at Xidan tomorrow. Isn't that nice for him?": (
        "unknown",
        None,
        None,
    ),
    "My sister got her car waxed at Guomao yesterday, how lovely is that!": ("unknown", None, None),
}


@pytest.fixture(scope="module")
def answers() -> dict:
    return served_answers(CASES, NOW)


@pytest.mark.parametrize("text", list(CASES))
def test_rounds_81_and_82_are_answered(answers, text):
    assert answers[text] == CASES[text]
