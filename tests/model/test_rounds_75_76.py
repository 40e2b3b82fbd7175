"""Rounds 75 and 76 of the end-to-end set (ride-hailing and fleet drivers between fares; clock
times said every way on New Year's Eve) and the lines the same rules fixed, through the serving
path: what `POST /v1/parse` answers for the lines this release's decoding rules were written
for, and for look-alikes that must keep their reading."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.model.served import assert_stores_and_nearest, served_answers

NOW = datetime(2029, 9, 14, 8, 20, tzinfo=ZoneInfo("Asia/Shanghai"))  # a Friday morning

# text -> (intent, service, time start as "MM-DD HH:MM" or None)
CASES = {
    # a passenger dropped off is no call-off; another job's shift or a ride-hailing order is not
    # ours; a cancel order opening the utterance is a cancellation
    "Hey, once I drop this guy off: Xidan, wash and wax, tonight at 8.": (
        "book_car_wash",
        "wax",
        "09-14 20:00",
    ),
    "Drop my Guomao booking": ("cancel_booking", None, None),
    "Move my dispatch shift to 5 pm.": ("unknown", None, None),
    "Shift my wash to 5 pm": ("reschedule_booking", None, "09-14 17:00"),
    "乘客不来了，把这个网约车订单取消，订单号5520": ("unknown", None, None),
    "Cancel the Guomao wash, I picked up a long fare.": ("cancel_booking", None, None),
    # a bare "Need …" asks for a wash; an end past the model's first choices that passes the
    # check rather than one cut inside a word
    "Need the inside of the company car cleaned at Wangjing tomorrow morning, passengers left a "
    "mess.": ("book_car_wash", "interior", "09-15 06:00"),
    # a service settled on after a correction that says its time again
    "取消周日的快洗，不对，是周日的精洗，临时要跑个长途": (
        "cancel_booking",
        "detailing",
        "09-16 00:00",
    ),
    "约周日的快洗，不对，周六的快洗": ("book_car_wash", "quick", "09-15 00:00"),
    # ... and the look-alikes the code review of these rules found them misreading
    "Drop tomorrow's interior cleaning in Xidan.": ("cancel_booking", "interior", "09-15 00:00"),
    "Drop the express in Guomao, I'm running late.": ("cancel_booking", "quick", None),
    "Cancel the car wash mode.": ("unknown", None, None),
    "Cancel the Guomao wash reminder.": ("unknown", None, None),
    "Need my car washed? Nah, it rained.": ("unknown", None, None),
    "Want the car waxed? My wife keeps asking.": ("unknown", None, None),
    "取消周日的快洗，哦不对，周日的精洗不用取消": ("cancel_booking", "quick", "09-16 00:00"),
}

STORES = {
    "Cancel the wash at Sanlitun tomorrow, no, my Guomao one is fine.": "sanlitun",
}


@pytest.fixture(scope="module")
def answers() -> dict:
    return served_answers(CASES, NOW)


@pytest.mark.parametrize("text", list(CASES))
def test_rounds_75_and_76_are_answered(answers, text):
    assert answers[text] == CASES[text]


def test_rounds_75_and_76_stores():
    assert_stores_and_nearest(STORES, [], NOW)
