"""Rounds 61 to 64 of the end-to-end set (planning the week ahead on a Sunday evening; terse speech
while driving; bookings already made; everyday speech on a Tuesday late morning) and the lines of
earlier rounds that the same rules fixed, through the serving path: what `POST /v1/parse` answers
for the lines this release's decoding rules were written for, and for look-alikes that must keep
their reading (most of them from the two code reviews of these rules)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.model.served import pinned_texts, served_answers

NOW = datetime(2029, 9, 14, 8, 20, tzinfo=ZoneInfo("Asia/Shanghai"))  # a Friday morning

# text -> (intent, service, time start as "MM-DD HH:MM" or None)
CASES = {
    # the clock of a part of the day said after it, as the time itself (pieces-9)
    "嗯……那个，今晚想去望京店洗一下车，七点半左右吧": ("book_car_wash", "standard", "09-14 19:30"),
    "我下午接完孩子想洗车，五点半吧，三里屯那边": ("book_car_wash", "standard", "09-14 17:30"),
    "我下午要去接人，想先把车洗了，就约机场那家吧，三点钟": (
        "book_car_wash",
        "standard",
        "09-14 15:00",
    ),
    "客户会议改到下午了 我四点半的自动洗车去不了 帮我取消": (
        "cancel_booking",
        "automatic",
        "09-14 16:30",
    ),
    "Just double-checking, the touchless wash tonight is at 8, right?": (
        "query_booking",
        "automatic",
        "09-14 20:00",
    ),
    "我下午见完客户 五点一刻 国贸那家 洗车": ("book_car_wash", "standard", "09-14 17:15"),
    # ... and not a clock of something else, a fallback's, 一点 ("a little"), or one said before;
    # a part's day still found after another thing's clock
    "今晚去洗车，我八点有个会": ("book_car_wash", "standard", "09-14 18:00"),
    "今晚帮我约个洗车，八点呢，我要去接孩子": ("book_car_wash", "standard", "09-14 18:00"),
    "今晚洗车 八点 去机场接人": ("book_car_wash", "standard", "09-14 18:00"),
    "book a car wash since the concert tonight is at 7": (
        "book_car_wash",
        "standard",
        "09-14 18:00",
    ),
    "下午帮我约个洗车，我三点有会，周六吧": ("book_car_wash", "standard", "09-15 13:00"),
    "取消今晚的快洗，八点的精洗照常": ("cancel_booking", "quick", "09-14 18:00"),
    "my dentist appointment this afternoon is at 3, can you book a wash after": (
        "book_car_wash",
        "standard",
        "09-14 12:00",
    ),
    "book an express wash tomorrow morning, I have a meeting at 10": (
        "book_car_wash",
        "quick",
        "09-15 06:00",
    ),
    "今晚帮我约个洗车，满了的话明天八点也行": ("book_car_wash", "standard", "09-14 18:00"),
    "今晚洗车，便宜一点的": ("book_car_wash", "standard", "09-14 18:00"),
    "把空调调低一点，然后帮我预约明早在望京快洗": ("book_car_wash", "quick", "09-15 06:00"),
    "我周四下午两点的飞机，帮我查一下周四上午在亦庄约的快洗是几点": (
        "query_booking",
        "quick",
        "09-20 09:00",
    ),
    # a day said as context, then the request's whole time in its own sentence (context-7)
    "I work Saturday. Please book a wash at Guomao for Sunday at 10 am.": (
        "book_car_wash",
        "standard",
        "09-16 10:00",
    ),
    # 算了, a reason, then 还是 and the value settled on; not one put off (revise-24)
    "三里屯精洗，算了精洗太贵，还是快洗吧，今天傍晚": ("book_car_wash", "quick", "09-14 17:00"),
    "周六上午十点国贸精洗，算了周六人多，还是周日吧": ("book_car_wash", "detailing", "09-16 00:00"),
    "明天的精洗算了，太贵了，还是下周再说吧": ("cancel_booking", "detailing", "09-15 00:00"),
    # ... keeping the day of the value taken back
    "明天下午三点国贸精洗，算了，无所谓，还是三点吧": ("book_car_wash", "detailing", "09-15 15:00"),
    "明天下午两点快洗，算了两点太热，还是傍晚吧": ("book_car_wash", "quick", "09-15 17:00"),
    # a hesitation, then a value settled on with 好了 (revise-24)
    "快洗吧，嗯……还是自动洗车好了，明天早上八点西单": ("book_car_wash", "automatic", "09-15 08:00"),
    # a wash thought wasted and refused asks nothing; beside a call-off or a request it stands
    # (refused-35)
    "Is it going to rain tomorrow? I don't want to wash the car for nothing.": (
        "unknown",
        None,
        None,
    ),
    "今天下雨，洗了也白洗，我就不约洗车了": ("unknown", None, None),
    "下雨天洗了也白洗，把明天的洗车取消吧": ("cancel_booking", None, "09-15 00:00"),
    "下雨洗了也白洗 周日上午洗车吧": ("book_car_wash", "standard", "09-16 09:00"),
    "周日约个快洗吧，下雨白洗，不约精洗了": ("book_car_wash", "quick", "09-16 00:00"),
    "明早快洗不洗了 白洗": ("cancel_booking", "quick", "09-15 06:00"),
    "明天下雨白洗，周六上午十点的不洗了": ("cancel_booking", None, "09-15 10:00"),
    "i dont want to wash the car for nothing sunday at 10 works": (
        "book_car_wash",
        "standard",
        "09-16 10:00",
    ),
    # "bump it to" after a bare request moves one held; a move said of another thing is context
    # (context-7)
    "Sanlitun interior cleaning, bump it to Thursday 3 pm": (
        "reschedule_booking",
        "interior",
        "09-20 15:00",
    ),
    "Express wash at Guomao tonight, the game got postponed": (
        "book_car_wash",
        "quick",
        "09-14 18:00",
    ),
    "Guomao car wash tomorrow at 3, bump it to 4 if it's full": (
        "book_car_wash",
        "standard",
        "09-15 15:00",
    ),
    "Guomao car wash tomorrow at 3, bump it to 4 should they be full": (
        "book_car_wash",
        "standard",
        "09-15 15:00",
    ),
    "Car wash at Xidan Sunday at 10, the AC is weak, bump it up to 22": (
        "book_car_wash",
        "standard",
        "09-16 10:00",
    ),
    "Book a touchless wash at the airport store tomorrow afternoon, my shift starts after that.": (
        "book_car_wash",
        "automatic",
        "09-15 12:00",
    ),
}


# Cases the release reads otherwise than pinned (pinned_texts: strict expected failures).
MISREAD = {
    "i dont want to wash the car for nothing sunday at 10 works": (
        "read as a cancellation by the fp32 graph and by the INT8 graph with 7-bit weights "
        "(docs/model.md, INT8); the 8-bit INT8 graph read the booking where the earlier test "
        "runs went, and a cancellation on an AVX2-only EPYC"
    ),
}


@pytest.fixture(scope="module")
def answers() -> dict:
    return served_answers(CASES, NOW)


@pytest.mark.parametrize("text", pinned_texts(CASES, MISREAD))
def test_rounds_61_to_64_are_answered(answers, text):
    assert answers[text] == CASES[text]
