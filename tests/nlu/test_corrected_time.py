"""A time the speaker corrects: what the correction does not say again is kept from it."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from autoglm_gw.nlu.grammar import ParseOutput
from autoglm_gw.nlu.resolve import ModelParse, resolve
from autoglm_gw.nlu.span_check import time_taken_back
from autoglm_gw.nlu.time_resolver import resolve_time

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 12, 30, 14, 10, tzinfo=SH)  # a Wednesday afternoon


@pytest.mark.parametrize(
    ("text", "value", "corrected"),
    [
        ("明天下午三点,哦不对,四点,在国贸店精洗", "四点", "明天下午三点"),
        ("帮我约周四,不,周五上午去望京洗车", "周五上午", "周四"),
        ("明天上午 不对 下午", "下午", "明天上午"),
        ("book a wash at Guomao tomorrow at 5 pm no wait make it 6", "6", "tomorrow at 5 pm"),
        (
            "tomorrow at half past five, no wait, six thirty",
            "six thirty",
            "tomorrow at half past five",
        ),
        # the time taken back need not end where the correction begins
        ("明天上午十点在国贸洗车，呃不对，下午三点吧", "下午三点", "明天上午十点"),
        # ... and the one that names the day is kept, past a bare clock or a denied one
        ("Saturday at 9 am. Hmm, 9 is a bit early, make it 10.", "10", "Saturday at 9 am"),
        ("tomorrow at 2 pm, not 2, I mean 3 pm", "3 pm", "tomorrow at 2 pm"),
        ("周六上午九点，望京店，哦九点太早了，十点吧", "十点吧", "周六上午九点"),
        # ... but not a day said apart from it, nor after something else is said (a code review)
        ("I'm away tomorrow, so book a car wash at 3 pm, no wait, 4 pm", "4 pm", "at 3 pm"),
        ("Book a car wash tomorrow at 10 am, actually I'm free until noon", "noon", None),
        ("帮我约明天上午十点洗车，哦，今天是周五吧", "今天", None),
        # after a question, and "... is better" (round 28)
        ("for Sunday at 8 am? Actually no, 9 am is better", "9 am", "Sunday at 8 am"),
        # "in the" may stand between the correction and the value
        (
            "Book a car wash tomorrow, no, not in the morning, in the afternoon",
            "afternoon",
            "tomorrow",
        ),
        # a time taken back that took one back itself keeps that one's day
        ("a wash for tomorrow, let's say 10 am... actually 10:30", "10:30", "tomorrow 10 am"),
        # no correction, or a correction of something else
        ("明天下午三点或者四点", "四点", None),
        ("明天下午三点不行的话四点", "四点", None),
        ("国贸店 不对 三里屯 四点", "四点", None),
    ],
)
def test_the_time_taken_back_before_a_value(text, value, corrected):
    assert time_taken_back(text, text.index(value)) == corrected


@pytest.mark.parametrize(
    ("phrase", "corrected", "start", "end"),
    [
        ("四点", "明天下午三点", "2026-12-31T16:00", None),  # the day and the part kept
        ("下午", "明天上午", "2026-12-31T13:00", "2026-12-31T18:00"),
        ("6", "tomorrow at 5 pm", "2026-12-31T18:00", None),  # pm kept
        ("6 am", "tomorrow at 5 pm", "2026-12-31T06:00", None),  # said again: not kept
        ("周五上午", "周四", "2027-01-01T09:00", "2027-01-01T12:00"),  # a day said again
        ("后天四点", "明天下午三点", "2027-01-01T16:00", None),
        ("两小时后", "明天下午三点", "2026-12-30T16:10", None),  # an offset stands alone
        ("四点", None, "2026-12-30T16:00", None),  # nothing corrected: today, still ahead
        # no morning hour: the afternoon's (明天上午十点,不对,四点 had been 04:00)
        ("四点", "明天上午十点", "2026-12-31T16:00", None),
        ("九点", "明天晚上八点", "2026-12-31T21:00", None),
        # ... an hour of the morning before its window stays the morning's, one after a part
        # of the evening is the evening's (a second code review)
        ("八点", "明天上午十点", "2026-12-31T08:00", None),
        ("十点", "明天早上七点", "2026-12-31T10:00", None),
        ("八点", "明天傍晚六点", "2026-12-31T20:00", None),
        ("十一点", "明天下午两点", "2026-12-31T11:00", None),  # not 23:00 (a third review)
    ],
)
def test_a_correction_keeps_what_it_does_not_say_again(phrase, corrected, start, end):
    span = resolve_time(phrase, NOW, corrected=corrected)
    assert span is not None
    assert span.start.isoformat()[:16] == start
    assert (span.end.isoformat()[:16] if span.end else None) == end


def test_the_parse_carries_the_corrected_time_to_resolution():
    text = "明天下午三点,哦不对,四点,在国贸店精洗"
    s = text.index("四点")
    out = ParseOutput(
        "book_car_wash",
        {"time": (s, s + 2), "time2": None, "store": None, "service": None},
        text,
    )
    parse = ModelParse.from_output(out)
    assert parse.time == "四点" and parse.time_corrected == "明天下午三点"
    assert resolve(parse, NOW, None).time.start.isoformat() == "2026-12-31T16:00:00+08:00"


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Cantonese 听日 (tomorrow), 上昼/下昼 (morning/afternoon), 听朝; Wu 明朝, 今朝
        ("听日下昼三点", "2026-12-31T15:00", None),
        ("听日上昼十点", "2026-12-31T10:00", None),
        ("听朝", "2026-12-31T06:00", "2026-12-31T09:00"),
        ("明朝下午两点", "2026-12-31T14:00", None),
        ("今朝夜里", "2026-12-30T18:00", "2026-12-30T23:00"),
    ],
)
def test_regional_day_words(phrase, start, end):
    span = resolve_time(phrase, NOW)
    assert span is not None
    assert span.start.isoformat()[:16] == start
    assert (span.end.isoformat()[:16] if span.end else None) == end


def test_a_booking_whose_service_word_names_no_service_books_the_standard_wash():
    # A long run of 洗 outlasts the span check's budget; the model's service span then names
    # nothing. A booking still has a service (the contract's default), and the problem is kept
    # for the booking route, which asks again instead of booking it.
    now = datetime(2026, 11, 26, 10, 0, tzinfo=SH)
    r = resolve(ModelParse("book_car_wash", None, None, None, "洗洗洗洗"), now, None)
    assert r.service == "standard" and "service" in r.problems
    r = resolve(ModelParse("cancel_booking", None, None, None, "洗洗洗洗"), now, None)
    assert r.service is None
