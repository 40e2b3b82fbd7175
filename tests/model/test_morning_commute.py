"""Rounds 33 to 36 of the end-to-end set (a morning commute at a month's end; late on a Saturday,
as speech recognition writes it; a weekday lunch break; everyday speech) through the serving
path: what `POST /v1/parse` answers for the lines this release's decoding rules were written for,
for the errors listed as known before it, and for look-alikes that must keep their reading."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.model.served import pinned_texts, served, served_answers

NOW = datetime(2029, 9, 14, 8, 20, tzinfo=ZoneInfo("Asia/Shanghai"))  # a Friday morning

# text -> (intent, service, time start as "MM-DD HH:MM" or None)
CASES = {
    # a time said last as a clause of its own (timespan-40)
    "Book a wash at Guomao, forty-five minutes from now": (
        "book_car_wash",
        "standard",
        "09-14 09:05",
    ),
    # a bare 取消/算了 drops what was said before it; a wash asked for after it is a booking
    # (cancel-22)
    "导航回家，不对，取消，帮我约明天下午三点国贸洗车": (
        "book_car_wash",
        "standard",
        "09-15 15:00",
    ),
    "打电话给老王，算了，帮我约个后天的快洗": ("book_car_wash", "quick", "09-16 00:00"),
    # a store refused with a booking verb, another asked for (choice-9)
    "别约西单，约国贸店，明天上午十点": ("book_car_wash", "standard", "09-15 10:00"),
    "Don't book Xidan, book Guomao for tomorrow at 10am": (
        "book_car_wash",
        "standard",
        "09-15 10:00",
    ),
    "别给我约洗车，我就是随便问问": ("unknown", None, None),
    "Don't book me a wash at Xidan, book a table at the restaurant": ("unknown", None, None),
    # a bare request beside clauses that only tell why or when (request-7)
    "My daughter dumped a smoothie all over the back seat on the way to school. Interior "
    "cleaning at Wudaokou in an hour and a half, please.": (
        "book_car_wash",
        "interior",
        "09-14 09:50",
    ),
    "Sanlitun, car wash at 9, I'm having dinner over there after work anyway": (
        "book_car_wash",
        "standard",
        "09-14 09:00",
    ),
    "I need a full detail at Yizhuang an hour from now, the car's a disaster after the school "
    "run": ("book_car_wash", "detailing", "09-14 09:20"),
    "My wife got a car wash at Xidan yesterday. Looks great.": ("unknown", None, None),
    "Car wash at Xidan at 9, nah forget it": ("unknown", None, None),
    # a wash held moved in so many words in English (request-8)
    "Can you push the Guomao wash back to 5 pm? This meeting's going to run long": (
        "reschedule_booking",
        None,
        "09-14 17:00",
    ),
    "Don't move my wash to Friday, keep it": ("unknown", None, None),
    "Move the meeting to 5 pm": ("unknown", None, None),
    # a greeting is no time (timespan-41)
    "Morning! Just dropped the kids at school and somebody's juice box exploded in the back. I "
    "need an interior cleaning at Xidan, around 11 am if you can.": (
        "book_car_wash",
        "interior",
        "09-14 11:00",
    ),
    "Good morning, book a wash at Xidan": ("book_car_wash", "standard", None),
    # a bare "no thanks" beside a wash unneeded calls nothing off (cancel-23)
    "不用了不用了，我不想洗车，别再推荐了": ("unknown", None, None),
    "不用了，明天的洗车取消吧": ("cancel_booking", None, "09-15 00:00"),
    # a booking confirmed or looked up in Chinese is a query (request-9)
    "1号那个内饰清洗，帮我确认一下时间": ("query_booking", "interior", "10-01 00:00"),
    "望京那家的预约帮我看看，就洗车那个": ("query_booking", None, None),
    "帮我约个洗车，确认一下时间": ("book_car_wash", "standard", None),
    # "make" with a booking held as its object moves it (request-10); "make that" corrects
    "Let's make tomorrow's car wash next Wednesday morning": (
        "reschedule_booking",
        None,
        "09-19 06:00",
    ),
    "Wudaokou, tomorrow evening, an express wash, hmm, no, make that a wash and wax": (
        "book_car_wash",
        "wax",
        "09-15 18:00",
    ),
    # look-alikes a code review of these rules found
    "I don't want to book Xidan, book Guomao at 3": ("book_car_wash", "standard", "09-14 15:00"),
    "Don't book a car wash, book me a haircut at Guomao": ("unknown", None, None),
    "打电话给老王，算了，改天再约洗车吧": ("unknown", None, None),
    "Car wash at Guomao at 5, my wife already booked it.": ("unknown", None, None),
    "Move my house cleaning to Friday": ("unknown", None, None),
    "Change the laundry wash to cold water": ("unknown", None, None),
    "我确认要明天下午三点在国贸洗车": ("book_car_wash", "standard", "09-15 15:00"),
    "帮我核实一下明天国贸有没有空位，有的话洗个车": ("book_car_wash", "standard", "09-15 00:00"),
    "Book me a wash at Guomao tomorrow, a good morning slot please": (
        "book_car_wash",
        "standard",
        "09-15 06:00",
    ),
    "洗车 不用了 我不想洗了": ("unknown", None, None),
    # round 34 (late on a Saturday, as speech recognition writes it): a clock with its colon left
    # out (timespan-43), 腊 for 蜡 (service-9), "id like"/"lets get" … the inside or the car
    # cleaned or washed asks for a wash, and then no question is a query and no word of moving a
    # move (request-12)
    "get the car waxed friday 5 30 pm at guomao its been months": (
        "book_car_wash",
        "wax",
        "09-21 17:30",
    ),
    "could we squeeze in a quick wash at wudaokou sunday at 10 30 am": (
        "book_car_wash",
        "quick",
        "09-16 10:30",
    ),
    "帮我打个腊 国贸 明天": ("book_car_wash", "wax", "09-15 00:00"),
    "id like to have the inside cleaned wednesday at the airport store the dog shed everywhere": (
        "book_car_wash",
        "interior",
        "09-19 00:00",
    ),
    "ok were heading home from the airport um lets get the car washed monday morning at 8 at "
    "the yizhuang branch": ("book_car_wash", "standard", "09-17 08:00"),
    "I need the car cleaned this afternoon, I'm picking my boss up from the hotel": (
        "book_car_wash",
        "standard",
        "09-14 12:00",
    ),
    "let's get the car washed before we sell it? no, never mind": ("unknown", None, None),
    "lets get the car washed, never mind the weather": ("book_car_wash", "standard", None),
    # look-alikes the code review of round 34's rules found
    "i need the car washed tomorrow when is my booking": ("query_booking", None, "09-15 00:00"),
    "could you get my car wash info for saturday": ("query_booking", None, "09-15 00:00"),
    "wed like the house interior cleaned tomorrow": ("unknown", None, None),
    "id like the car detailed thursday instead of wednesday": (
        "reschedule_booking",
        "detailing",
        "09-20 00:00",
    ),
    "i want my car detailed never mind how much it costs": ("book_car_wash", "detailing", None),
    "lets get the car washed at home ourselves saturday": ("unknown", None, None),
    "id like the car washed but is the guomao store open sunday": ("unknown", None, None),
    "帮我约个打腊，算了，打腊肉去": ("unknown", None, None),
    "never mind the car wash tomorrow": ("cancel_booking", None, "09-15 00:00"),
    # round 35 (a weekday lunch break), read once after all of the above: a booking held called
    # off in a later clause (cancel-26), what washes one has (request-14), whether a store offers
    # a service (refused-27)
    "Something came up with a client, call off tonight's wash at Sanlitun.": (
        "cancel_booking",
        None,
        "09-14 18:00",
    ),
    "Drop the restaurant booking, I'd rather get a quick wash at Guomao at 2 pm": (
        "book_car_wash",
        "quick",
        "09-14 14:00",
    ),
    "Between meetings, just tell me what car washes I have coming up.": (
        "query_booking",
        None,
        None,
    ),
    "机场店有内饰清洗这项服务吗": ("unknown", None, None),
    "do you do detailing at guomao": ("unknown", None, None),
    "国贸店有没有打蜡服务，有的话帮我约一个明天的": ("book_car_wash", "wax", "09-15 00:00"),
    # look-alikes the code review of round 35's rules found
    "scratch that I need a wash at guomao at 3": ("book_car_wash", "standard", "09-14 15:00"),
    "which appointments do I have with the dentist next week": ("unknown", None, None),
    "我明天有洗车服务吗": ("query_booking", None, "09-15 00:00"),
    "有空帮我约个洗车服务吗": ("book_car_wash", "standard", None),
    "能提供明天下午三点的洗车吗": ("book_car_wash", "standard", "09-15 15:00"),
    "do you do a wash at 3 tomorrow at guomao": ("book_car_wash", "standard", "09-15 15:00"),
    # terse opinions and facts asked about a wash or a store ask for nothing (refused-29; round
    # 15, the terse non-requests)
    "touchless wash is useless": ("unknown", None, None),
    "the interior cleaning at Wudaokou was bad": ("unknown", None, None),
    "Sanlitun car wash price": ("unknown", None, None),
    "Guomao car wash hours": ("unknown", None, None),
    "洗车打蜡套餐不划算": ("unknown", None, None),
    "quick wash sanlitun in two hours": ("book_car_wash", "quick", "09-14 10:20"),
    # ... look-alikes its code review found
    "express wash at guomao the usual price": ("book_car_wash", "quick", None),
    "car wash at xidan the car is too dirty": ("book_car_wash", "standard", None),
    "三里屯洗车太贵了取消": ("cancel_booking", None, None),
    "国贸洗车太贵了去三里屯洗": ("book_car_wash", "standard", None),
    "my sanlitun wash booking number": ("query_booking", None, None),
    "三里屯人太多了改到明天": ("reschedule_booking", None, "09-15 00:00"),
    # round 36, read once after all of the above: "the Friday one" is no 1 o'clock (timespan-44)
    "Get rid of my Thursday wash appointment, no sorry, the Friday one, I'll be out of town.": (
        "cancel_booking",
        None,
        "09-21 00:00",
    ),
}

# What a bare 取消 drops when a booking of ours is said before it is that booking: no booking
# of what was called off.
CALLED_OFF_FIRST = [
    "明天国贸的洗车，取消，帮我约后天的快洗",
    "国贸明天下午三点，取消，帮我约望京的洗车",
]


@pytest.fixture(scope="module")
def answers() -> dict:
    return served_answers(CASES, NOW)


# Cases the release reads otherwise than pinned (pinned_texts: strict expected failures).
MISREAD = {
    "Car wash at Guomao at 5, my wife already booked it.": (
        "read as a query since the intent prior was retrained on the held-back rounds 5 to 7 "
        "(docs/model.md): the GLM reads unknown, the prior a query, and no guard covers "
        "someone else's booking said after the wash"
    ),
}


@pytest.mark.parametrize("text", pinned_texts(CASES, MISREAD))
def test_morning_commute_is_answered(answers, text):
    assert answers[text] == CASES[text]


def test_a_booking_of_ours_called_off_first_is_not_booked_again():
    for text, (result, _resolved) in served(CALLED_OFF_FIRST, NOW).items():
        assert result.parse.intent != "book_car_wash", text


def test_a_span_started_on_a_comma_shows_its_words():
    """The model starts ", forty-five minutes from now" on the comma: the answer's time text is
    the words. A refused store gives way to the one asked for."""
    texts = [
        "Book a wash at Guomao, no, forty-five minutes from now",
        "别约西单，约国贸店",
        "No, I don't want to book Xidan, book Guomao tomorrow at 10",
    ]
    out = served(texts, NOW)
    result, resolved = out[texts[0]]
    assert resolved.time is not None and resolved.time.text == "forty-five minutes from now"
    for text in texts[1:]:
        result, resolved = out[text]
        assert result.parse.intent == "book_car_wash"
        assert resolved.store is not None and resolved.store.store.id == "guomao"
