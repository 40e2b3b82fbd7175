"""Everyday speech through the serving path (engine runtime, shipped model, span check,
resolvers): what `POST /v1/parse` answers for the lines of end-to-end rounds 30 to 32 (and of
earlier rounds) that this release's decoding rules were written for, for the look-alikes their
code reviews found, and for look-alikes that must keep their reading."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.model.served import served, served_answers

NOW = datetime(2029, 9, 14, 8, 20, tzinfo=ZoneInfo("Asia/Shanghai"))  # a Friday morning

# text -> (intent, service, time start as "MM-DD HH:MM" or None)
CASES = {
    # an order to drop a booking held calls it off (cancel-14)
    "Forget about the car wash I booked for 9 tonight, I'm stuck in traffic.": (
        "cancel_booking",
        None,
        "09-14 21:00",
    ),
    "Scratch Monday's wash": ("cancel_booking", None, "09-17 00:00"),
    "Cancel my dinner reservation in Sanlitun tonight.": ("unknown", None, None),
    "nah cancel that sanlitun booking fr": ("cancel_booking", None, None),
    # a wash asked for with another thing named only as its time or reason (request-2)
    "Could I book a wash at the airport store for tomorrow morning before my flight?": (
        "book_car_wash",
        "standard",
        "09-15 06:00",
    ),
    "Book a table for dinner at Sanlitun tomorrow before my flight": ("unknown", None, None),
    # round 31: nothing else wanted is no call-off; a wash moved in so many words; "I need the car
    # cleaned" asks for a wash (request-3)
    "亦庄店，明天傍晚，自动洗车就行，别的不用": ("book_car_wash", "automatic", "09-15 17:00"),
    "会议拖堂了，中关村的洗车挪到晚上": ("reschedule_booking", None, "09-14 18:00"),
    "把会议挪到明天": ("unknown", None, None),
    "Dog hair everywhere, ugh. I need the inside of this car cleaned — Zhongguancun, Saturday.": (
        "book_car_wash",
        "interior",
        "09-15 00:00",
    ),
    # ... and look-alikes and variants a code review found
    "Do I need the car detailed before I sell it?": ("unknown", None, None),
    "明天中午三里屯，只要快洗，别的一概不用": ("book_car_wash", "quick", "09-15 11:00"),
    "never mind the Wangjing booking, I'll wash it myself": ("cancel_booking", None, None),
    # a question whether a booking is held, corrected on the way (round 32)
    "Do I have a wash on Thursday, sorry, Friday?": ("query_booking", None, "09-21 00:00"),
    # a time said not to work is the old one of a move (timespan-38)
    "Wednesday doesn't work for me anymore, put my car wash on Thursday evening instead.": (
        "reschedule_booking",
        None,
        "09-20 18:00",
    ),
    # earlier rounds' errors: a store booked by name, another thing only in a later clause of an
    # order to drop, a call taken back before a wash asked for, a booking refused after a retraction
    "book xidan for tomorrow afternoon": ("book_car_wash", "standard", "09-15 12:00"),
    "book the guomao hotel for tonight": ("unknown", None, None),
    "Drop the airport store appointment, my flight got changed.": ("cancel_booking", None, None),
    "Call my wife... actually no, never mind, just book me a wash at Xidan at 5.": (
        "book_car_wash",
        "standard",
        "09-14 17:00",
    ),
    "Book me a car wash... ugh, forget it, it's going to rain, don't book anything": (
        "unknown",
        None,
        None,
    ),
    # a request taken back after "wait"/"on second thought", then a booking refused (refused-26)
    "book an express wash at 10 am. wait, forget that. don't book it": ("unknown", None, None),
    "帮我约个内饰清洗，后天……算了，先不约了": ("unknown", None, None),
    "Can you book a car wash? Never mind": ("unknown", None, None),
    "you know the full detail i made at 12:15pm tomorrow scrap that": (
        "cancel_booking",
        "detailing",
        "09-15 12:15",
    ),
    # another thing's booking at a store's area is not ours (cancel-21)
    "取消三里屯今晚的晚餐预订": ("unknown", None, None),
    "取消周六在五道口的理发预约": ("unknown", None, None),
    "取消国贸的洗车预约": ("cancel_booking", None, None),
    # "un-book" calls off (cancel-15)
    "Can you un-book my touchless wash on Sunday?": ("cancel_booking", "automatic", "09-16 00:00"),
    # a question whether it was called off asks (cancel-16)
    "Did I cancel my full detail at Guomao tomorrow?": (
        "query_booking",
        "detailing",
        "09-15 00:00",
    ),
    "Could you have the basic car wash cancelled?": ("cancel_booking", "standard", None),
    # 别 telling the assistant to stop calls nothing off
    "我不想洗车，别老给我推荐了": ("unknown", None, None),
    # a request corrected into another errand
    "Book a car wash, actually no, book me an oil change at Yizhuang on Monday.": (
        "unknown",
        None,
        None,
    ),
    # a time the speaker cannot make is the old one
    "I can't do Sunday anymore, could we do the detailing on Tuesday morning instead?": (
        "reschedule_booking",
        "detailing",
        "09-18 06:00",
    ),
    # "one of" counts stores; a hyphenated amount is read whole
    "I think I'm right by one of your stores, just book a quick wash at the nearest one.": (
        "book_car_wash",
        "quick",
        None,
    ),
    "Book an express wash forty-five minutes from now at Guomao": (
        "book_car_wash",
        "quick",
        "09-14 09:05",
    ),
    "book a car wash at one o'clock": ("book_car_wash", "standard", "09-14 13:00"),
    # services said in everyday words
    "I'd love to get the inside of my car cleaned at the Zhongguancun branch tomorrow at 2 pm.": (
        "book_car_wash",
        "interior",
        "09-15 14:00",
    ),
    "I need my car detailed at the Wangjing one tomorrow at 4 pm.": (
        "book_car_wash",
        "detailing",
        "09-15 16:00",
    ),
}


@pytest.fixture(scope="module")
def answers() -> dict:
    return served_answers(CASES, NOW)


@pytest.mark.parametrize("text", list(CASES))
def test_everyday_speech_is_answered(answers, text):
    assert answers[text] == CASES[text]


def test_no_span_the_check_refused_stands_where_no_value_passes():
    """五道口那个店今晚八点，啊不，八点半…: the model ranked "no second piece" below every start
    the check refused, and its best (the store name) had been kept as the time's second piece,
    and then 洗车 as the store."""
    text = "五道口那个店今晚八点，啊不，八点半给我排个洗车"
    result, resolved = served([text], NOW)[text]
    assert result.parse.intent == "book_car_wash"
    assert resolved.store is not None and resolved.store.store.id == "wudaokou"
    assert (
        resolved.time is not None and resolved.time.start.strftime("%m-%d %H:%M") == "09-14 20:30"
    )
