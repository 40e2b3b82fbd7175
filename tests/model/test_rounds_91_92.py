"""Rounds 91 and 92 of the end-to-end set (times said every way; speakers of many backgrounds),
through the serving path: the lines this release's rules were written for, and look-alikes that
must keep their reading."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.model.served import served_answers

NOW = datetime(2026, 12, 19, 10, 25, tzinfo=ZoneInfo("Asia/Shanghai"))  # a Saturday morning

# text -> (intent, service, time start as "MM-DD HH:MM" or None)
CASES = {
    # a day said by name, after words the model began its time on (timespan-51): the time was
    # left out once that start was refused
    "Do I have anything booked day after tomorrow": ("query_booking", None, "12-21 00:00"),
    "do i have anything booked tomorrow": ("query_booking", None, "12-20 00:00"),
    # minutes to an hour said with pm: a clock, not a range from ten to three
    "move the wash and wax at Wudaokou to Friday next week at ten to three pm": (
        "reschedule_booking",
        "wax",
        "12-25 14:50",
    ),
    "book a car wash tomorrow at twenty to six pm": ("book_car_wash", "standard", "12-20 17:40"),
    # look-alikes: a day said where no booking is asked for stays unread
    "what's the weather like tomorrow": ("unknown", None, None),
    "明天天气怎么样": ("unknown", None, None),
}


@pytest.fixture(scope="module")
def answers() -> dict[str, tuple]:
    return served_answers(CASES, NOW)


@pytest.mark.parametrize("text", list(CASES))
def test_served_answer(answers, text):
    assert answers[text] == CASES[text]
