"""A place of another thing booked (停车位, 停车场, 充电位: a parking space or lot, a charging
spot), moved, called off or made is that thing's booking, not a car wash of ours (`other-5`;
end-to-end round 69's 帮我把停车位的预约改到下午两点 had read as a move), through the serving path.
A wash bay (洗车位) and a wash moved beside another thing's booking stay ours."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.model.served import served_answers

NOW = datetime(2029, 9, 14, 8, 20, tzinfo=ZoneInfo("Asia/Shanghai"))  # a Friday morning

# text -> (intent, service, time start as "MM-DD HH:MM" or None)
CASES = {
    "帮我把停车位的预约改到下午两点": ("unknown", None, None),
    "取消充电位的预约": ("unknown", None, None),
    "国贸的停车位预约改到三点": ("unknown", None, None),
    "帮我把停车场的预约改到下午两点": ("unknown", None, None),
    "机场停车位预约取消": ("unknown", None, None),
    # ours: a wash bay, and our wash moved with another thing's booking said after it
    "帮我把洗车位的预约改到下午两点": ("reschedule_booking", None, "09-14 14:00"),
    "把我国贸的洗车改到下午两点，停车位的预约也顺便改一下": (
        "reschedule_booking",
        None,
        "09-14 14:00",
    ),
    # another thing's booking without 位, as before
    "帮我把停车的预约改到下午两点": ("unknown", None, None),
}


@pytest.fixture(scope="module")
def answers() -> dict:
    return served_answers(CASES, NOW)


@pytest.mark.parametrize("text", list(CASES))
def test_another_things_place_is_not_ours(answers, text):
    assert answers[text] == CASES[text]
