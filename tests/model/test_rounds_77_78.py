"""Rounds 77 and 78 of the end-to-end set (stores named every way on a Friday commute; a holiday
afternoon, long and chatty) and the lines the same rules fixed, through the serving path: what
`POST /v1/parse` answers for the lines this release's decoding rules were written for, and for
look-alikes that must keep their reading (most of them from the evaluation sets' lines the
rules' first versions misread)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.model.served import assert_stores_and_nearest, pinned_texts, served_answers

NOW = datetime(2029, 9, 14, 8, 20, tzinfo=ZoneInfo("Asia/Shanghai"))  # a Friday morning

# text -> (intent, service, time start as "MM-DD HH:MM" or None): preambles and afterwords left
# unread (command-11), a move said with "for", and look-alikes
CASES = {
    "小G，今天放假一家人都在家闲着，老婆说下午想去颐和园转转，我看车上全是灰"
    "，先帮我约今晚在国贸那家洗个车吧": ("book_car_wash", "standard", "09-14 18:00"),
    "这天儿也太热了，俩孩子在后座吃了一路冰淇淋，座椅上黏糊糊的，明天上午在望"
    "京店帮我把内饰清洗一下，不然没法坐人": ("book_car_wash", "interior", "09-15 09:00"),
    "昨天吃完火锅到现在车里还一股味儿，下周二傍晚帮我在国贸把内饰洗洗": (
        "book_car_wash",
        "interior",
        "09-18 17:00",
    ),
    "We're taking the car up to the lake on Saturday and I'd love it shiny "
    "for the photos. Wash and wax at Yizhuang, Thursday evening.": (
        "book_car_wash",
        "wax",
        "09-20 18:00",
    ),
    "It's so hot today the AC can barely keep up. While I think of it, I'd "
    "like the automatic wash at Zhongguancun on Sunday, around 9 in the "
    "morning.": ("book_car_wash", "automatic", "09-16 09:00"),
    "下周一的快洗是几点的，我得看看能不能赶上接孩子放学": ("query_booking", "quick", "09-17 00:00"),
    "What time did I book the automatic wash at Yizhuang next Tuesday? I "
    "need to plan around my dentist.": ("query_booking", "automatic", "09-18 00:00"),
    "Show me the details of my wash and wax on Sunday, I want to check the "
    "time before I promise my mom I'll come over.": ("query_booking", "wax", "09-16 00:00"),
    "My father wants to borrow the car tomorrow and drive it to Tianjin, so "
    "please cancel tomorrow's express wash at Yizhuang.": (
        "cancel_booking",
        "quick",
        "09-15 00:00",
    ),
    "We might visit my uncle on Friday, so I need to know: do I have a car "
    "wash booked for Friday?": ("query_booking", None, "09-21 00:00"),
    "Quick question while we're stuck in this jam: what car wash bookings do I have coming up?": (
        "query_booking",
        None,
        None,
    ),
    "reschedule my ZGC interior cleaning for next Wednesday at 2 pm": (
        "reschedule_booking",
        "interior",
        "09-19 14:00",
    ),
    "我周日要带家里人出门，车得弄干净点，帮我在望京约个精洗，周六下午两点": (
        "book_car_wash",
        "detailing",
        "09-15 14:00",
    ),
    "嗯……那个,给车洗洗澡吧,下午去三里屯那家": ("book_car_wash", "standard", "09-14 13:00"),
    "周日要带全家出去玩，出发前想把车洗干净，周日早上八点半，国贸": (
        "book_car_wash",
        "standard",
        "09-16 08:30",
    ),
    "我就问问，不是要洗车，五道口店周末人多吗": ("unknown", None, None),
    "不用了，下着雨呢，我不洗车": ("unknown", None, None),
    "早晓得昨天会下雨，就不洗车了": ("unknown", None, None),
    "升起所有车窗，要过隧道洗车了": ("unknown", None, None),
    "退掉吧,就是那个我下礼拜一十三点一刻订的洗车": ("cancel_booking", None, "09-17 13:15"),
    "我约的深度清洗在国贸店吧？哪天的": ("query_booking", "detailing", None),
    "Can I get a touchless wash tonight? maybe six o'clock": (
        "book_car_wash",
        "automatic",
        "09-14 18:00",
    ),
    "Car wash. this morning. did that go through?": ("query_booking", None, "09-14 06:00"),
    "At 12:30 pm tomorrow I'd like a wash with wax at the Wudao Kou one, cheers": (
        "book_car_wash",
        "wax",
        "09-15 12:30",
    ),
    "就近找一家，三十分钟后给我安排自动洗车": ("book_car_wash", "automatic", "09-14 08:50"),
    # a preamble whose only time is another thing's clock or today's (command-12)
    "Okay so the plan is dinner at my parents' at 7 and I really want the car looking decent "
    "when my dad inspects it. Book me a car wash at Guomao at 5.": (
        "book_car_wash",
        "standard",
        "09-14 17:00",
    ),
    "Saturday works for me, so put me down for an express wash at Xidan at 4.": (
        "book_car_wash",
        "quick",
        "09-15 16:00",
    ),
}

# text -> store id: store names heard as other characters (三里吞, 五道扣), pinyin
STORES = {
    "三里吞那家店给我安排个普通洗车，两个小时以后": "sanlitun",
    "五道扣那家3月12号上午十点给我精洗": "wudaokou",
    "Could you grab me a slot at the Shoudu Jichang store Monday morning": "capital-airport",
}


@pytest.fixture(scope="module")
def answers() -> dict:
    return served_answers(CASES, NOW)


# Cases the release reads otherwise than pinned (pinned_texts: strict expected failures).
MISREAD = {
    "嗯……那个,给车洗洗澡吧,下午去三里屯那家": (
        "read as unknown since the intent prior was retrained on the held-back rounds 5 to 7 "
        "(docs/model.md): 洗澡 is now evidence for a pet's bath (the new rounds' hard negatives), "
        "and the GLM alone reads unknown"
    ),
}


@pytest.mark.parametrize("text", pinned_texts(CASES, MISREAD))
def test_rounds_77_and_78_are_answered(answers, text):
    assert answers[text] == CASES[text]


def test_rounds_77_and_78_stores():
    assert_stores_and_nearest(STORES, [], NOW)
