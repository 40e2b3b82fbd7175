"""Rounds 45 to 48 of the end-to-end set (everyday speech on a Monday morning; late at night;
bookings already made; everyday speech on a Saturday morning) through the serving path: what
`POST /v1/parse` answers for the lines this release's decoding rules were written for, and for
look-alikes that must keep their reading."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.model.served import assert_stores_and_nearest, pinned_texts, served_answers

NOW = datetime(2034, 5, 27, 7, 20, tzinfo=ZoneInfo("Asia/Shanghai"))  # a Saturday morning

# text -> (intent, service, time start as "MM-DD HH:MM" or None)
CASES = {
    # a refused wash followed only by an aside asks nothing (refused-32) ...
    "别帮我约洗车啊，我就是随口抱怨一句车脏": ("unknown", None, None),
    "No thanks, I don't need a car wash, I just had one yesterday.": ("unknown", None, None),
    "no, I don't want a car wash tonight, just get me home": ("unknown", None, None),
    # ... but not where a later clause asks again
    "No, I don't want a car wash tonight, book one tomorrow at 3 pm": (
        "book_car_wash",
        "standard",
        "05-28 15:00",
    ),
    "I don't need a car wash, just the interior": ("book_car_wash", "interior", None),
    # "stop recommending" said with 不用 calls nothing off (cancel-31)
    "不用给我推荐洗车了，我自己在家洗": ("unknown", None, None),
    "不用给我推荐了，直接约明天国贸洗车": ("book_car_wash", "standard", "05-28 00:00"),
    # 推掉 calls a booking off (cancel-31); 推到 still moves it
    "要出差，周日五道口那个洗车帮我推掉": ("cancel_booking", None, "05-28 00:00"),
    "明天的洗车推到周五": ("reschedule_booking", None, "06-02 00:00"),
    # an order to drop the wash held, with where or when it is (cancel-31); not an offer
    # declined
    "Forget about the wash at Wudaokou the day after tomorrow, I'll just do it myself at home.": (
        "cancel_booking",
        None,
        "05-29 00:00",
    ),
    "get rid of my Sanlitun wash on Friday next week": ("cancel_booking", None, "06-02 00:00"),
    "forget about the wash, I'll do it myself": ("unknown", None, None),
    # "make it ... instead" is a move the n-grams may not outvote (refused-32); not after a
    # booking asked for
    "The car wash at Sanlitun clashes with my dentist appointment, make it Wednesday next week "
    "at 3 pm instead.": ("reschedule_booking", None, "05-31 15:00"),
    "Book me a wash at 3 pm... never mind, it's going to rain, make it a wash and wax tomorrow "
    "morning instead": ("book_car_wash", "wax", "05-28 06:00"),
    # a span that folds to nothing names no service ("-" of "in-laws"; service-13)
    "My in-laws are visiting, so I want the car detailed. Yizhuang, Friday at 2 pm.": (
        "book_car_wash",
        "detailing",
        "06-02 14:00",
    ),
    # 算了 with a part dropped, then the value settled on (revise-20)
    "明天下午去望京洗车打蜡，算了，蜡不打了，普通洗车就行": (
        "book_car_wash",
        "standard",
        "05-28 13:00",
    ),
    "明天下午去望京打蜡，算了，普通洗车就行": ("book_car_wash", "standard", "05-28 13:00"),
    # a day said as the name of the booking moved is the old one (timespan-47)
    "Could I do my Sunday car wash on Monday instead?": ("reschedule_booking", None, "05-29 00:00"),
    "Can we make it a Monday wash instead?": ("reschedule_booking", None, "05-29 00:00"),
    "明天的洗车去不了了，帮我往后挪一挪": ("reschedule_booking", None, None),
    "明天的洗车去不了了，改到后天": ("reschedule_booking", None, "05-29 00:00"),
    # the inside of the car asked to be cleaned is a booking (request-19)
    "Can I get the inside of my car cleaned tomorrow morning at Wudaokou? The kids spilled juice "
    "everywhere.": ("book_car_wash", "interior", "05-28 06:00"),
    # a question about a kind of wash, a comparison, a service offered: nothing asked
    # (refused-32)
    "Does a touchless wash actually get the car clean, or is it just a gimmick?": (
        "unknown",
        None,
        None,
    ),
    "Honestly the automatic wash at Wangjing is way better than the one in Sanlitun": (
        "unknown",
        None,
        None,
    ),
    "你们的洗车能上门吗": ("unknown", None, None),
    "Book the automatic wash at Wangjing, it's way better than the one in Sanlitun": (
        "book_car_wash",
        "automatic",
        None,
    ),
}

# text -> the store the answer names
STORES = {
    # "wait, it's the … one" and a store after a filler set off by pauses take the store back
    # (revise-20)
    "cancel the touchless wash at Wudaokou, wait, it's the Wangjing one": "wangjing",
    "uh, I don't need the interior cleaning at Zhongguancun, er, Wudaokou anymore, cancel it": (
        "wudaokou"
    ),
}
# a store taken back for the nearest one: the span is the nearest's (nearest-5)
NEAREST = [
    "Book a wash at Guomao, actually no, just the closest one to me, tomorrow afternoon.",
    "Get me booked at the Sanlitun store — actually no, just whichever one's closest — for a "
    "touchless wash at 10.",
    "帮我约国贸洗车，哦不对，就近找一家吧，明天下午",
]


# Cases the release reads otherwise than pinned (pinned_texts: strict expected failures).
MISREAD = {
    "I don't need a car wash, just the interior": (
        "read as a cancellation by the INT8 graph with 7-bit weights (docs/model.md, INT8), "
        "which gives every CPU the same answers; the fp32 graph and the 8-bit one read a booking"
    ),
}


@pytest.fixture(scope="module")
def answers() -> dict:
    return served_answers(CASES, NOW)


@pytest.mark.parametrize("text", pinned_texts(CASES, MISREAD))
def test_rounds_45_to_48_are_answered(answers, text):
    assert answers[text] == CASES[text]


def test_a_store_taken_back_gives_way_to_the_one_or_the_nearest_said_after():
    assert_stores_and_nearest(STORES, NEAREST, NOW)
