"""Moves of a booking said relative to the booking itself.

"推迟一个小时", "提前半小时", "往后推一周", "push it back a week", "an hour later", "move it up 30
minutes": the new time is the booking's own start moved by the amount, which the parse of the
utterance alone cannot know (``POST /v1/parse`` has no booking, so it leaves these without a
time). ``PATCH /v1/bookings/{id}`` with such a text applies the shift to the booking it moves.

"改到明天同一时间" / "the same time on Friday": the day said, at the booking's own clock time
(:func:`keeps_the_booking_clock`); "this time tomorrow" is now's clock and stays the resolver's.
"改到当天下午四点" / "9:30 that morning": the clock said, on the booking's own day
(:func:`on_the_booking_day`).

Only amounts of minutes, hours, days, weeks (fortnights), months and years: "a bit later", "a
few hours later" and a range ("an hour or two", 两三天) say no single amount and move nothing
here. A shift asked about, supposed or refused (提前半小时了吗, "what if I push it back", 不要推迟)
is no move either (:func:`says_a_move`), nor one of another thing ("push my flight back").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from .first_chars import speed_up_module
from .service_resolver import service_mention
from .span_check import ResolvableSpans
from .store_resolver import store_mention
from .time_resolver import (
    NUM,
    TimeParseError,
    TimeSpan,
    _add_months,
    _en_int,
    _zh_int,
    may_be_time,
    reads_as_time,
    resolve_time,
)

# -- Chinese ------------------------------------------------------------------------------------
# 晚/早 alone only when not the end of another word (今晚, 明早, 傍晚, 最早, 越早...).
# 晚到/迟到/早到 (我要晚到一个小时): the driver's arrival, which the booking follows.
_ZH_LATER = (
    r"推迟|延后|延迟|延期|推后|往后推|往后挪|往后延|往后移|向后推|向后延|向后挪|顺延|后延|后推"
    r"|迟到|迟来|(?<![今明昨傍夜每当最越尽趁稍较更太])晚(?:到|来)?"
)
_ZH_EARLIER = (
    r"提前|提早|往前挪|往前推|往前移|向前挪|向前推|前移"
    r"|(?<![今明昨每当清最越尽趁稍较更太])早(?:到|来)?"
)
# An amount: 一个小时, 半小时, 一个半小时, 一小时半, 两天, 一天半, 1.5小时, 三十分钟, 一刻钟. Not a
# range (两三天, 一两个小时), which _zh_int would read digit by digit as 23 or 12.
_ZH_AMOUNT = (
    rf"(?P<n>\d+(?:\.\d+)?|{NUM}|半)\s*(?:个)?\s*(?P<half>半)?\s*"
    r"(?P<unit>小时|钟头|个钟|刻钟|分钟|分|天|日|周|星期|礼拜|月|年)(?P<half2>半)?"
)
_ZH_SHIFT = re.compile(
    rf"(?:(?P<later>{_ZH_LATER})|(?P<earlier>{_ZH_EARLIER}))\s*(?:了|个)?\s*{_ZH_AMOUNT}"
)
# A smaller amount said after the first: 一个小时二十分钟, 1小时15分, 一天零两个小时.
_ZH_MORE = re.compile(rf"\s*(?:零|又|加)?\s*{_ZH_AMOUNT}")
# How a unit ranks, so that a second amount only adds a smaller one (not 一天两天).
_ZH_UNIT_RANK = {"年": 6, "月": 5, "周": 4, "星期": 4, "礼拜": 4, "天": 3, "日": 3,
                 "小时": 2, "钟头": 2, "个钟": 2, "刻钟": 1, "分钟": 0, "分": 0}  # fmt: skip
_ZH_RANGE = re.compile(r"[一二两三四五六七八九]{2}")

# -- English ------------------------------------------------------------------------------------
_EN_UNITS_1_9 = r"one|two|three|four|five|six|seven|eight|nine"
_EN_N = (
    r"\d+(?:\.\d+)?|an?|a\s+couple\s+of|couple\s+of"
    rf"|(?:twenty|thirty|forty|fifty)(?:[\s-](?:{_EN_UNITS_1_9}))?|ninety"
    rf"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    rf"|{_EN_UNITS_1_9}"
)
_EN_UNIT = r"minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|years?"
# One amount: "an hour", "30 minutes", "half an hour", "an hour and a half", "one and a half days".
_EN_AMOUNT_PARTS = re.compile(
    rf"(?P<halfhr>half\s+an?\s+hour)"
    rf"|(?P<n1half>an?|one)\s+and\s+a\s+half\s+(?P<unit1>hours?|days?)"
    rf"|(?P<n>{_EN_N})\s+(?P<unit>{_EN_UNIT})(?P<andhalf>\s+and\s+a\s+half)?(?![a-z])",
    re.IGNORECASE,
)
_EN_ONE_AMOUNT = (
    rf"(?:half\s+an?\s+hour|(?:an?|one)\s+and\s+a\s+half\s+(?:hours?|days?)"
    rf"|(?:{_EN_N})\s+(?:{_EN_UNIT})(?:\s+and\s+a\s+half)?)"
)
# One amount, or two ("an hour and 20 minutes", "1 hour 30 minutes", "a day and 2 hours").
_EN_AMOUNT = rf"(?:{_EN_ONE_AMOUNT}(?:\s+(?:and\s+)?{_EN_ONE_AMOUNT})?)"
# An amount starts a number: not the "5" of "1.5" or the "four" of "twenty four".
_EN_AMOUNT_START = r"(?<![a-z0-9.'-])(?<!twenty )(?<!thirty )(?<!forty )(?<!fifty )"
_EN_MOVE = r"push|pushing|move|moving|put|bump|shift|set|slide|knock|bring|pull|reschedule"
_EN_OBJECT = r"(?:[a-z0-9':’]+\s+){0,3}?"  # "it", "my booking", "the car wash"
_EN_SHIFT = re.compile(
    r"(?<![a-z])(?:"
    # "push it back an hour", "move my booking up by 30 minutes", "bring it forward a day"
    # (not when "later"/"earlier" follow the amount: the last alternative reads those)
    rf"(?:{_EN_MOVE})\s+(?P<o1>{_EN_OBJECT})(?:(?P<back>back|later)|(?P<up>up|forward|earlier"
    rf"|ahead))\s+(?:by\s+)?(?P<a1>{_EN_AMOUNT})(?!\s+(?:later|earlier|sooner)(?![a-z]))"
    # "push back my car wash by an hour", "move up the booking 30 minutes"
    rf"|(?:{_EN_MOVE})\s+(?:back|(?P<up0>up|forward))\s+(?P<o0>{_EN_OBJECT})(?:by\s+)?"
    rf"(?P<a0>{_EN_AMOUNT})(?!\s+(?:later|earlier|sooner)(?![a-z]))"
    # "delay it by an hour", "postpone my wash two days"
    rf"|(?:delay|postpone)\s+(?P<o2>{_EN_OBJECT})(?:by\s+)?(?P<a2>{_EN_AMOUNT})"
    # "an hour later", "30 minutes earlier", "a day sooner", "I'll be 20 minutes late"
    # (not "after"/"before": "an hour after my meeting" is another event's time)
    rf"|{_EN_AMOUNT_START}(?P<a3>{_EN_AMOUNT})\s+(?:later|late|(?P<earlier>earlier|sooner|early))"
    r")(?![a-z])",
    re.IGNORECASE,
)
# "the same time" as the booking's, not "this time" (now's): 明天同一时间, "same time Friday".
_SAME_CLOCK = re.compile(
    r"同一(?:个)?时间|同样(?:的)?时间|一样的时间|原(?:来的?)?时间|时间不变|时间照旧|时间一样"
    r"|还是这个(?:点|时间|钟点)|还是(?:这|那)个点|(?:时间|钟点)(?:保持|不动|别动)|保持(?:原来的)?时间"
    r"|(?<![a-z])(?:same\s+(?:time|hour)|keep(?:ing)?\s+the\s+(?:same\s+)?(?:time|hour)"
    r"|the\s+time\s+(?:stays|is\s+fine))(?![a-z])",
    re.IGNORECASE,
)
# "same time next week/month": the booking's day moved by a week or a month.
_SAME_TIME_NEXT = re.compile(
    r"(?:下(?:个)?(?P<zh_week>周|星期|礼拜)|下(?:个)?(?P<zh_month>月))(?:的)?(?:同一(?:个)?时间|同样(?:的)?时间|这个时间)"
    r"|(?<![a-z])same\s+(?:time|day|date)\s+next\s+(?:(?P<en_week>week)|(?P<en_month>month))(?![a-z])"
    r"|下(?:个)?(?:(?P<zh_week2>周|星期|礼拜)|(?P<zh_month2>月))(?:的)?同一天",
    re.IGNORECASE,
)


class ShiftOffCalendarError(TimeParseError):
    """A shift beyond the calendar's years ("push it back 99999999 hours")."""

    def __init__(self, said: str, later: bool) -> None:
        super().__init__(f"{said!r} moves the booking beyond the calendar")
        self.said = said
        self.later = later


class ShiftLandsNowhereError(TimeParseError):
    """A shift by months onto a day that month lacks ("推迟一个月" from 1月31日)."""

    def __init__(self, said: str, start: datetime) -> None:
        super().__init__(f"{said!r} from {start:%Y-%m-%d} lands on a day the month does not have")
        self.said = said
        self.start = start


@dataclass(frozen=True, slots=True)
class Shift:
    """A move of ``months`` calendar months and ``minutes`` minutes (negative: earlier)."""

    said: str
    minutes: int = 0
    months: int = 0
    # what is moved, when said inside the shift ("my flight" of "push my flight back")
    what: str = ""

    def apply(self, start: datetime) -> datetime:
        """The booking's ``start`` moved, on its own wall clock."""
        moved = start
        try:
            if self.months:
                year, month = _add_months(start.year, start.month, self.months)
                if not 1 <= year <= 9999:
                    raise OverflowError(year)
                try:
                    moved = moved.replace(year=year, month=month)
                except ValueError:  # 1月31日 a month on: the month has no such day
                    raise ShiftLandsNowhereError(self.said, start) from None
            return moved + timedelta(minutes=self.minutes)
        except OverflowError:
            raise ShiftOffCalendarError(self.said, self.months > 0 or self.minutes > 0) from None


# An amount of more digits than this moves any booking past the calendar (a trillion minutes
# are two million years): taken as such without converting it, which long inputs would overflow.
_MAX_AMOUNT_DIGITS = 12
_OFF_THE_CALENDAR = (10**13, 0)


def _zh_minutes(m: re.Match[str]) -> tuple[int, int] | None:
    """(minutes, months) of a Chinese amount; None for a range (两三天) or half a month."""
    raw = m["n"]
    if _ZH_RANGE.fullmatch(raw):
        return None
    if raw == "半":
        n = 0.5
    elif len(raw.partition(".")[0]) > _MAX_AMOUNT_DIGITS:
        return _OFF_THE_CALENDAR
    elif "." in raw:
        n = float(raw)
    else:
        n = float(_zh_int(raw))
    if m["half"] or m["half2"]:
        n += 0.5
    unit = m["unit"]
    if unit in ("月", "年"):
        months = n * (12 if unit == "年" else 1)
        return (0, int(months)) if months == int(months) else None
    per = {
        "小时": 60,
        "钟头": 60,
        "个钟": 60,
        "刻钟": 15,
        "分钟": 1,
        "分": 1,
        "天": 1440,
        "日": 1440,
    }
    return round(n * per.get(unit, 7 * 1440)), 0


def _en_minutes(amount: str) -> tuple[int, int] | None:
    """(minutes, months) of an English amount, one or two of them ("an hour and 20 minutes");
    None for a fraction of a month."""
    folded = re.sub(r"\s+", " ", amount.lower())
    total = (0, 0)
    last = None
    for m in _EN_AMOUNT_PARTS.finditer(folded):
        part = _en_one_amount(m)
        if part is None:
            return None
        size = part[1] * 44640 + part[0]  # a month counted as 31 days, to rank the units
        if last is not None and size >= last and part != (0, 0):
            return None  # "2 days 3 days": two amounts, not one in two parts
        last = size
        total = (total[0] + part[0], total[1] + part[1])
    return total


def _en_one_amount(m: re.Match[str]) -> tuple[int, int] | None:
    if m["halfhr"]:
        return 30, 0
    if m["n1half"]:
        n, unit = 1.5, m["unit1"]
    else:
        raw = m["n"]
        if "couple" in raw:
            n = 2.0
        elif raw[:1].isdigit() and len(raw.partition(".")[0]) > _MAX_AMOUNT_DIGITS:
            return _OFF_THE_CALENDAR
        elif re.fullmatch(r"\d+\.\d+", raw):
            n = float(raw)
        else:
            n = float(_en_int(raw.replace("-", " ")))
        unit = m["unit"]
        if m["andhalf"]:
            n += 0.5
    if unit.startswith(("mo", "y")):
        months = n * (12 if unit.startswith("y") else 1)
        return (0, int(months)) if months == int(months) else None
    if unit.startswith("f"):  # a fortnight
        return round(n * 14 * 1440), 0
    if unit.startswith("h"):
        return round(n * 60), 0
    if unit.startswith("d"):
        return round(n * 1440), 0
    if unit.startswith("w"):
        return round(n * 7 * 1440), 0
    return round(n), 0


# An amount that is one end of a range ("an hour or two", "2 or 3 hours later", 半个小时到一个小时):
# which move is meant is not said.
_RANGE_AFTER = re.compile(
    r"\s*(?:or|to|-|~|到|至|或者?)\s*(?:\d|an?\b|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|half|[一二两三四五六七八九十半])",
    re.IGNORECASE,
)
_RANGE_BEFORE = re.compile(
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|[一二两三四五六七八九十])"
    r"\s*(?:or|to|-|~|到|至|或者?)\s*$",
    re.IGNORECASE,
)


def _a_range(
    text: str, m: re.Match[str], amount_start: int | None = None, end: int | None = None
) -> bool:
    starts = [m.start(g) for g in ("a0", "a1", "a2", "a3", "n") if g in m.re.groupindex and m[g]]
    begin = amount_start if amount_start is not None else (min(starts) if starts else m.start())
    after = m.end() if end is None else end
    return bool(_RANGE_AFTER.match(text, after) or _RANGE_BEFORE.search(text, 0, begin))


def find_shift(text: str) -> Shift | None:
    """The move said relative to the booking, or None when the text says none, or an amount
    that names no single move (两三天, "a month and a half"). Of several, the booking's (not
    "航班推迟了一个小时" before "洗车也推迟一个小时"); when none is the booking's, the first, whose
    ``what`` then says what it moves. A correction right after it gives the move said after it
    ("推迟一个小时,哦不,两个小时"; "推迟一个小时，不，提前半小时" is half an hour earlier), and
    none when that names no single move (推迟一个小时,哦不,两三个小时)."""
    m = _SAME_TIME_NEXT.search(text)
    if m is not None:
        if m["zh_week"] or m["en_week"] or m["zh_week2"]:
            return Shift(m.group(), minutes=7 * 1440)
        return Shift(m.group(), months=1)
    said = [*_ZH_SHIFT.finditer(text)] or [*_EN_SHIFT.finditer(text)]
    first: Shift | None = None
    for m in said:
        zh = "later" in m.re.groupindex
        what = _zh_object(text, m.start()) if zh else _en_object(m)
        if what and not _is_the_booking(what):
            if first is None:
                first = (_zh_shift if zh else _en_shift)(text, m, what)
            continue  # another thing's ("航班推迟了两三个小时"): the booking's may follow
        shift = (_zh_shift if zh else _en_shift)(text, m, what)
        if shift is None or shift.what != _CORRECTED_AWAY:
            return shift  # None: a range or half a month, which names no single move
        return None
    return first


# ``what`` of a shift whose correction names no single move (推迟一个小时,哦不,两三个小时).
_CORRECTED_AWAY = "\x00corrected"


def _en_object(m: re.Match[str]) -> str:
    return (m["o0"] or m["o1"] or m["o2"] or "").strip()


def _zh_shift(text: str, m: re.Match[str], what: str) -> Shift | None:
    amount = _zh_minutes(m)
    end = m.end()
    rank = _ZH_UNIT_RANK[m["unit"]]
    more = _ZH_MORE.match(text, end)  # 一个小时二十分钟: a smaller amount after it adds
    if amount is not None and more is not None and _ZH_UNIT_RANK[more["unit"]] < rank:
        extra = _zh_minutes(more)
        if extra is not None:
            amount = (amount[0] + extra[0], amount[1] + extra[1])
            end = more.end()
    if amount is None or _a_range(text, m, end=end):
        return None
    sign = -1 if m["earlier"] else 1
    return _with_correction(text, m.start(), end, sign, amount, what)


def _en_shift(text: str, m: re.Match[str], what: str) -> Shift | None:
    if _a_range(text, m, m.start("a0") if m["a0"] else None):
        return None
    amount = _en_minutes(m["a0"] or m["a1"] or m["a2"] or m["a3"])
    if amount is None:
        return None
    sign = -1 if (m["up"] or m["up0"] or m["earlier"]) else 1
    return _with_correction(text, m.start(), m.end(), sign, amount, what)


def _with_correction(
    text: str, start: int, end: int, sign: int, amount: tuple[int, int], what: str
) -> Shift:
    """The shift said from ``start`` to ``end``, or the one its correction says instead: a
    whole shift said after it ("不，提前半小时", "no, move it up 30 minutes"), or an amount, in the
    same direction ("哦不,两个小时", "no wait, make it 30 minutes")."""
    after = text[end : end + _CORRECTION_CHARS]
    if ResolvableSpans.taken_back(after):
        for pattern, read in ((_ZH_SHIFT, _zh_shift), (_EN_SHIFT, _en_shift)):
            again = pattern.search(text, end, end + _CORRECTION_CHARS)
            if again is not None:
                shift = read(text, again, what)
                if shift is None:
                    return Shift(text[start:end], what=_CORRECTED_AWAY)
                return Shift(
                    text[start : again.start() + len(shift.said)],
                    minutes=shift.minutes,
                    months=shift.months,
                    what=what,
                )
        for pattern, read_amount in (
            (_ZH_MORE_ANYWHERE, _zh_whole_amount),
            (_EN_AMOUNT_ANYWHERE, _en_minutes),
        ):
            found = pattern.search(after)
            if found is not None:
                value = read_amount(found.group())
                at = end + found.start()
                if (
                    value is None
                    or _RANGE_AFTER.match(text, end + found.end())
                    or _RANGE_BEFORE.search(text, end, at)
                ):
                    return Shift(text[start:end], what=_CORRECTED_AWAY)
                amount, end = value, end + found.end()
                break
    return Shift(text[start:end], minutes=sign * amount[0], months=sign * amount[1], what=what)


# The amount said right after a correction ("哦不,两个小时", "no wait, make it 30 minutes").
_ZH_MORE_ANYWHERE = re.compile(_ZH_AMOUNT)
_EN_AMOUNT_ANYWHERE = re.compile(rf"{_EN_AMOUNT_START}{_EN_AMOUNT}(?![a-z])", re.IGNORECASE)
# How far after a shift its correction and new amount are looked for ("，哦不对，两个小时").
_CORRECTION_CHARS = 32


def _zh_whole_amount(said: str) -> tuple[int, int] | None:
    m = _ZH_MORE_ANYWHERE.fullmatch(said)
    return None if m is None else _zh_minutes(m)


# Words before a Chinese shift that still name our booking, or nobody in particular: politeness,
# pronouns, adverbs (我也得晚到一个小时, 那个推迟一下, 把车推迟一个小时).
_ZH_NOT_A_THING = re.compile(
    r"要是|如果|假如|万一|所以|因此|然后|那么|于是|另外|那个|这个|那|这|也|就|再|都|得|先|还是|还|一起"
    r"|车|们|会|要|想|大概|估计|可能"
    r"|恐怕|大约|应该|需要|是"
    r"|的话|话|不好意思|抱歉|对不起|能否|是否|麻烦你|您|所有|全部|统统|全都"
)
_CLAUSE_END = re.compile(r"[,，。.;；!！?？、]")


def _zh_object(text: str, start: int) -> str:
    """What a Chinese shift at ``start`` moves when its clause names it before the verb (晚饭 of
    "把晚饭推迟一个小时", 接孩子 of 接孩子推迟了半小时), or "" when it names only our booking or
    nothing (帮我把预约推迟一个小时, 明天的洗车推迟一个小时, 我要晚到一个小时)."""
    clause = _CLAUSE_END.split(text[:start])[-1]
    rest = clause
    for mention in (service_mention, store_mention):
        span = mention(rest)
        if span is not None:
            rest = rest[: span[0]] + rest[span[1] :]
    rest = _SHIFT_GLUE.sub("", _ZH_NOT_A_THING.sub("", rest))
    rest = "".join(ch for ch in rest if not may_be_time(ch))
    return clause.strip() if rest else ""


def keeps_the_booking_clock(text: str) -> bool:
    """Whether the text asks for the booking's own clock time on the day it names
    ("改到明天同一时间", "same time on Friday")."""
    return _SAME_CLOCK.search(text) is not None


# What may stand beside a shift in an utterance that says nothing else ("帮我把预约提前半小时吧",
# "can you push my booking back an hour please"): politeness, the booking, its service words.
_SHIFT_GLUE = re.compile(
    r"不好意思|抱歉|对不起|您好|你好|师傅|的话|所有|全部|都"
    r"|能不能|可不可以|帮我|帮忙|请|麻烦|把|将|给我|我的|我|预约|洗车|订单|时间|一下|再|往|能|可以"
    r"|吗|吧|呢|了|的|啊|呀|哦|嗯|好|谢谢|多谢|谢了|如果|要是|方便|有空位?|就好了"
    r"|要|会|可能|改|调|调整|想|去|来|到|行|大概|估计|得|也"
    r"|(?<![a-z])(?:please|pls|can|could|would|will|you|u|my|the|our|booking|appointment|car"
    r"|wash|slot|reservation|it|that|this|make|move|just|a|bit|i|we|want|need|to|like|ok|okay"
    r"|hey|hi|so|then|actually|instead|thanks|thank|ty|if|possible"
    # the driver's own arrival, which the booking follows ("I'd like to come an hour later")
    r"|i'd|i'll|i'm|im|id|come|arrive|be|get|there|show|up|that's|thats|is|fine|alright|cool"
    r"|works?|would|d|ll|s|m|running|about|around|roughly|maybe|probably|gonna|going)(?![a-z])"
    r"|[\s,.!?;:，。！？；：、'’]",
    re.IGNORECASE,
)


# What may lead a new time said alone ("帮我改到", "can you move it to"): politeness, the booking,
# a word of moving it and its "to". Stripped only before the time, never inside it ("ten to five",
# "this Saturday").
_LEADS_TO_A_NEW_TIME = re.compile(
    r"^(?:[\s,，]|帮我|帮忙|请|麻烦|把|将|给我|我的|预约|洗车|订单|一下|再|可以|能不能|能|就"
    r"|改到|改成|改为|换到|换成|挪到|调到|移到|推到|延到|约到|放到"
    r"|(?:please|pls|can\s+you|could\s+you|would\s+you|let'?s|just|ok|okay|actually|but|and"
    r"|then|so)(?![a-z])"
    r"|(?:move|change|switch|reschedule|push|put|make|shift|set)(?:\s+(?:it|that|this\s+one"
    r"|the\s+day|the\s+date"
    r"|my\s+booking|the\s+booking|my\s+(?:car\s+)?wash|the\s+(?:car\s+)?wash"
    r"|my\s+appointment|the\s+appointment))?(?:\s+(?:to|for))?(?![a-z]))+",
    re.IGNORECASE,
)
_TRAILS_A_NEW_TIME = re.compile(
    r"(?:[\s,.!?，。！？]|吧|呢|啊|呀|了|好吗|可以吗|行吗|谢谢|多谢"
    r"|(?<![a-z])(?:please|pls|thanks|thank\s+you|instead|but|and))+$",
    re.IGNORECASE,
)


def new_time_said_alone(text: str) -> str | None:
    """The time of an utterance that says a new time and nothing else ("改到明天这个时候",
    "明天这个点", "move it to tomorrow at 5"): in a PATCH, a reschedule to it, though the model,
    never taught such a bare time, reads ``unknown`` and leaves the time out."""
    # (the booking's own clock or day said beside it is the caller's: 周五同一时间, 同一天上午十点)
    rest = _without_the_booking_words(text)
    rest = re.sub(r"^[\s,，。、]+|[\s,，、]+(?=[\s,，、])", "", rest.strip())
    phrase = _TRAILS_A_NEW_TIME.sub("", _LEADS_TO_A_NEW_TIME.sub("", rest))
    return phrase if phrase and reads_as_time(phrase) else None


def only_a_shift(text: str) -> bool:
    """The utterance says a shift and nothing but glue around it ("提前半小时", "帮我推迟一个
    小时吧"): a reschedule wherever a booking is at hand, whatever the model read."""
    try:
        shift = find_shift(text)
    except TimeParseError:
        return False
    if shift is None or _NOT_ASKED_FOR.search(text):
        return False
    # Only the shift's own clause: the others may give its reason ("路上堵车,我要晚到四十分钟",
    # "Stuck in traffic, I'll be 40 minutes late", "my meeting ran over so I'll be late...").
    at = text.find(shift.said)
    cuts = [m.end() for m in _CLAUSES.finditer(text, 0, at)]
    after = _CLAUSES.search(text, at + len(shift.said))
    clause = text[cuts[-1] if cuts else 0 : after.start() if after else len(text)]
    rest = clause.replace(shift.said, " ", 1)
    rest = _without_the_booking_words(rest)  # 同一天,晚两个小时
    return (
        not _SHIFT_GLUE.sub("", rest).strip()
        and _is_the_booking(shift.what)
        and not _arrival_told_only(text, shift)
    )


# A late arrival told with the booking kept as it is (我可能晚到十分钟，不用改时间, "I'll be 10
# minutes late, don't change anything"): no move asked for. Only for an arrival: beside a move's
# own verb ("push it back an hour, don't change the store") what is kept is something else.
_KEPT_AS_IS = re.compile(
    r"(?:不要|别|不用|不必|无需|不需要)\s*(?:再|帮我|给我)?\s*(?:改|动|换|调|挪)"
    r"|(?<![a-z])(?:don[’']?t|do\s+not|no\s+need\s+to)\s+(?:change|touch|reschedule|move)"
    r"(?![a-z])|(?<![a-z])keep\s+(?:my|the)\s+(?:slot|booking|appointment|reservation|time)"
    r"(?![a-z])",
    re.IGNORECASE,
)
_AN_ARRIVAL = re.compile(
    r"晚到|迟到|早到|晚来|迟来|早来|(?<![a-z])(?:late|early|come|arrive|get\s+there)(?![a-z])",
    re.IGNORECASE,
)


def _arrival_told_only(text: str, shift: Shift) -> bool:
    return _AN_ARRIVAL.search(shift.said) is not None and _KEPT_AS_IS.search(text) is not None


# Where a clause ends: sentence punctuation, or an English "so"/"because" before the next one.
_CLAUSES = re.compile(
    r"[,，。;；!！?？、]|\.(?!\d)|(?<![a-z])(?:so|because|cause|since)(?![a-z])", re.IGNORECASE
)


# A shift asked about, supposed or refused rather than asked for ("why did you push it back an
# hour?", "what if I push it back an hour?", 如果推迟一个小时呢, 推迟一个小时了吗, "has it been
# pushed back?", 不要推迟, "don't push it back"); not a polite condition
# (如果可以的话,推迟一个小时).
_NOT_ASKED_FOR = re.compile(
    r"(?<![a-z])(?:why|what\s+if|suppose|supposing)(?![a-z])|为什么|为啥"
    r"|(?:如果|要是|假如|万一)[^,，。;；]*?(?:呢|会怎样|会怎么样|怎么办)"
    r"|(?:如果|要是|假如|万一)[^,，。;；]{0,24}?(?:还有|有没有|有)(?:空|位|时间)[^,，。;；]{0,24}?"
    r"(?:吗|么|嘛)"
    # whether there is room, not a request to move ("is there a slot an hour later?", 晚一个小时
    # 有没有空位)
    r"|有没有(?:空|位)|还有(?:空|位)[^,，。;；]{0,24}?(?:吗|么|嘛)"
    r"|(?<![a-z])(?:is|are)\s+there\s+(?:a|an|any)\s+(?:slot|opening|space|room|time)s?(?![a-z])"
    r"|了\s*(?:吗|么|没有?)|(?<![a-z])(?:has|have|was|were|did)\s+(?:it|my|the|you)(?![a-z])"
    r"|(?:不要|别|不用|不必|无需|不需要)\s*(?:再|帮我|给我)?\s*(?:推迟|提前|延后|推后|往后推|往前挪)"
    r"|(?<![a-z])(?:don[’']?t|do\s+not|no\s+need\s+to|never)\s+(?:push|move|bump|shift|delay"
    r"|postpone|bring|make)(?![a-z])",
    re.IGNORECASE,
)


# Our booking named right before a Chinese shift (帮我把洗车推迟两个小时, 我的洗车也提前一个小时):
# the shift is the booking's, whatever else the utterance tells.
_ZH_BOOKING_BEFORE = re.compile(
    r"(?:洗车|预约|订单|精洗|快洗|打蜡|内饰清洗|自动洗车|(?:把|将)(?:我的)?(?:车|时间))(?:的时间)?"
    r"\s*(?:也|就|再|都)?\s*$"
)


def moves_the_booking_by_name(text: str) -> bool:
    """Whether a Chinese shift names our booking as what it moves (把洗车推迟两个小时)."""
    m = _ZH_SHIFT.search(text)
    return m is not None and _ZH_BOOKING_BEFORE.search(text, 0, m.start()) is not None


def says_a_move(text: str) -> bool:
    """Whether the text may move a booking relative to itself (then read the booking)."""
    if _NOT_ASKED_FOR.search(text):
        return False
    try:
        shift = find_shift(text)
    except TimeParseError:  # a numeral no number reads ("推迟十十分钟"): no move said
        return False
    if shift is not None:
        return _is_the_booking(shift.what) and not _arrival_told_only(text, shift)
    return keeps_the_booking_clock(text)


def _is_the_booking(what: str) -> bool:
    """What a shift moves, when it says so, is the booking ("it", "my car wash", "the 3pm one",
    "my detailing", "my Guomao booking", "everything"), not another thing ("my flight", "the
    dentist appointment")."""
    if _HAN.search(what):
        return False  # _zh_object names only another thing
    folded = what.lower()
    for mention in (service_mention, store_mention):
        span = mention(folded)
        if span is not None:
            folded = folded[: span[0]] + " " + folded[span[1] :]
    words = _SHIFT_GLUE.sub(" ", folded).split()
    return all(w in _THE_BOOKING_WORDS or may_be_time(w) for w in words)


_HAN = re.compile(r"[\u3400-\u9fff]")
# Words that name the booking, or its driver, as what a shift moves.
_THE_BOOKING_WORDS = frozenset(
    "one me us everything all both wash washing detail detailing visit service".split()
)


def moved_start(
    text: str, said: TimeSpan | None, booking_start: datetime, zone: tzinfo
) -> datetime | None:
    """The booking's new start when the text moves it relative to itself, else None (the time
    ``said``, resolved from now, stands).

    - A shift ("推迟一个小时", "push it back a week") moves ``booking_start`` on the wall clock
      of ``zone``, unless a time said apart from it wins ("推迟一个小时,到下午四点").
    - "The same time" on a day said ("改到明天同一时间", "same time on Friday") is that day at
      the booking's clock time; with no day, or with a part of a day or a clock, it is None.

    Raises ShiftLandsNowhereError when the shift lands on no day ("推迟一个月" from 1月31日)."""
    local = booking_start.astimezone(zone)
    try:
        shift = find_shift(text)
    except TimeParseError:
        shift = None
    if shift is not None and (
        said is None or said.text in shift.said or _in_the_booking_words(text, said.text)
    ):
        return shift.apply(local)
    return same_clock_on(text, said, booking_start, zone)


def same_clock_on(
    text: str, said: TimeSpan | None, booking_start: datetime, zone: tzinfo
) -> datetime | None:
    """ "The same time" on the one day ``said`` names: that day at the booking's clock time
    ("改到明天同一时间", "周五,时间不变"), else None."""
    if said is None or not keeps_the_booking_clock(text) or not _one_day(said, zone):
        return None
    local = booking_start.astimezone(zone)
    day = said.start.astimezone(zone).date()
    return datetime.combine(day, local.time(), tzinfo=zone)


def _without_the_booking_words(text: str) -> str:
    """``text`` with the words of the booking's own clock or day ("同一时间", "当天") blanked."""
    return _THE_BOOKING_DAY.sub(" ", _SAME_CLOCK.sub(" ", text))


def _in_the_booking_words(text: str, said: str) -> bool:
    """Whether the time read is only words of the booking's own clock or day ("当天" of
    "推迟一个小时,还是当天", the "一时" the model took out of 同一时间): a shift beside them
    wins."""
    for words in (_SAME_CLOCK, _THE_BOOKING_DAY):
        if any(said in m.group() for m in words.finditer(text)):
            return True
    return not _without_the_booking_words(said).strip(" ,，")


# What "before"/"after" of "the evening before" is not followed by: what it would then be before.
_NOTHING_AFTER = (
    r"(?!\s+(?:yesterday|last|tomorrow|next|\d|my|the|a|an|i|we|you|it|that|this|noon|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|christmas|xmas|new|easter|valentine'?s|his|her|our|their|your"
    r"|january|february|march|april|may|june|july|august|september|october|november|december)"
    r"(?![a-z]))"
)
# "That day" is the booking's (改到当天下午四点, "9:15 that morning", "same day at 4pm", "keep the
# day, just make it 11am"), and so are the day after it and the day before (第二天下午三点, "same
# time the day after", "the next morning"); a part of the day, when said so, goes with the clock.
_THE_BOOKING_DAY = re.compile(
    r"当天|那天|那一天|同一天|同一日|当日|日期不变|日子不变"
    # (not the day after another day said right before: 周五第二天 is Saturday, no booking's)
    r"|(?<![一二三四五六日天末号节旦的])(?P<after>第二天|次日|隔天|第二日|转天)"
    r"|(?<![提往向一二三四五六日天末号节旦的])(?P<before>前一天|头一天)"
    r"|(?<![a-z])(?:"
    r"(?:that|the\s+same|same)\s+(?:day|(?P<part>morning|afternoon|evening|night))"
    r"|keep(?:ing)?\s+the\s+(?:same\s+)?(?:day|date)|(?:the\s+)?same\s+date"
    r"|(?P<after_en>the\s+(?:next|following)\s+(?:day|(?P<next_part>morning|afternoon|evening"
    rf"|night))|the\s+day\s+after{_NOTHING_AFTER})"
    rf"|(?P<before_en>the\s+day\s+before{_NOTHING_AFTER}|the\s+previous\s+day)"
    # "the evening before", "the morning after" (not "the morning before 10", "after my meeting")
    rf"|(?:the\s+)?(?P<part_before>morning|afternoon|evening|night)\s+before{_NOTHING_AFTER}"
    rf"|(?:the\s+)?(?P<part_after>morning|afternoon|evening|night)\s+after{_NOTHING_AFTER}"
    r")(?![a-z])",
    re.IGNORECASE,
)
# Words that name a day of their own: then "that day" is not the booking's to give.
_A_DAY_SAID = re.compile(
    r"今天|明天|后天|大后天|昨天|前天|周|星期|礼拜|号|日(?!期)|月|年|今晚|明晚|明早"
    r"|(?<![a-z])(?:today|tonight|tomorrow|yesterday|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|weekend|week|month|year|\d{1,2}/\d{1,2})(?![a-z])",
    re.IGNORECASE,
)


def says_the_booking_day(text: str) -> bool:
    """Whether the text puts the new time on the booking's own day, or the day after or before
    it ("改到当天下午四点", 第二天上午十点)."""
    return _THE_BOOKING_DAY.search(text) is not None


def booking_day_offset(text: str) -> int | None:
    """Days from the booking's day to the day the text names by it: 0 for 当天/"that day", 1 for
    第二天/"the day after", -1 for 前一天/"the day before"; None when it names none."""
    found = _THE_BOOKING_DAY.search(text)
    if found is None:
        return None
    if found["after"] or found["after_en"] or found["part_after"]:
        return 1
    return -1 if found["before"] or found["before_en"] or found["part_before"] else 0


def _part_said(found: re.Match[str]) -> str:
    """The part of the day said with the booking's day ("that morning", "the evening before")."""
    part = found["part"] or found["next_part"] or found["part_before"] or found["part_after"]
    return (part or "").lower()


def only_the_booking_day(said: TimeSpan | None) -> bool:
    """Whether no time is said beside the booking's day ("same time the day after", "改到第二天"),
    or the time read is only its words."""
    return said is None or not _without_the_booking_words(said.text).strip(" ,，")


def the_booking_day_alone(
    text: str, booking_start: datetime, zone: tzinfo, now: datetime
) -> datetime | TimeSpan | None:
    """The new time of a text that names the booking's day (or the day after or before it) and
    no other time: that day's part when said ("the next morning"), else the booking's clock on
    it ("same time the day after", 改到第二天, 前一天同一时间); None for the booking's own day
    without "the same time" (改到当天: no new time said)."""
    found = _THE_BOOKING_DAY.search(text)
    if found is None:
        return None
    offset = booking_day_offset(text) or 0
    if _part_said(found):
        return on_the_booking_day(text, TimeSpan(text="", start=now), booking_start, zone, now)
    if offset or keeps_the_booking_clock(text):
        return booking_start.astimezone(zone) + timedelta(days=offset)
    return None


def on_the_booking_day(
    text: str, said: TimeSpan, booking_start: datetime, zone: tzinfo, now: datetime
) -> TimeSpan | None:
    """The time ``said`` read on the booking's day (or the day after or before it), as "that
    day", 当天, "same day" or 第二天 puts it ("改到当天下午四点", "move it to 9:15 that morning",
    "the next day at 4pm"), or None when the text names a day of its own ("Friday, same day as
    the other one") or the time does not read there."""
    found = _THE_BOOKING_DAY.search(text)
    if found is None or _A_DAY_SAID.search(_THE_BOOKING_DAY.sub(" ", said.text)):
        return None
    phrase = _THE_BOOKING_DAY.sub(" ", said.text).strip() or said.text
    part = _part_said(found)
    if part and part not in phrase.lower():
        phrase = f"{phrase} at night" if part == "night" else f"{phrase} in the {part}"
    offset = booking_day_offset(text) or 0
    day = booking_start.astimezone(zone).date() + timedelta(days=offset)
    try:  # the booking's date said before it: a bare hour is read as on any other day (四点: 16:00)
        return resolve_time(f"{day.year}年{day.month}月{day.day}日 {phrase}", now)
    except TimeParseError:
        return None


# A clock said for the booking being moved, before the new day ("当天下午四点改到周五", "move my
# 3pm to Friday"): the longest phrase read looked for no further back than this.
_OLD_TIME_MAX_CHARS = 40
# Where a clock phrase can start: a number, a part of the day or a day (Chinese), or such a word.
_MAY_START_A_CLOCK = re.compile(
    r"[0-9０-９一二三四五六七八九十两上下中晚早凌傍今明后周星礼本这当半]"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday|midnight"
    r"|half|quarter|morning|afternoon|evening|tonight|today|tomorrow|this|next|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday)(?![a-z])",
    re.IGNORECASE,
)
# ... the phrases read for it at most (each a scan; a PATCH reads them on the event loop)
_OLD_TIME_READS = 16
# What a clock is said with (a number alone is none: "I waited 20 minutes, move it to Friday").
_A_CLOCK_SAID = re.compile(
    r"[点點时時:：]|半|刻|(?<![a-z])(?:am|pm|a\.m|p\.m|o'?clock|noon|midday|midnight|morning"
    r"|afternoon|evening|night|half|quarter)(?![a-z])|[上下中晚早]午|晚上|早上|傍晚|凌晨",
    re.IGNORECASE,
)


def old_clock_said(text: str, new_time: str, now: datetime) -> tuple[int, int] | None:
    """(hour, minute) of a clock said before the new time ``new_time`` (the booking's time as
    the driver names it: 当天下午四点 of "当天下午四点改到周五", 3点 of 把3点的预约改到周五), or
    None when none is said. Not a number alone ("I waited 20 minutes", "booking 2", "3 of us"): a
    clock says so (点, pm, o'clock, a colon, a part of the day). At most ``_OLD_TIME_READS``
    phrases are read."""
    at = text.find(new_time)
    if at <= 0:
        return None
    before = text[max(0, at - _OLD_TIME_MAX_CHARS) : at]
    n = len(before)
    reads = _OLD_TIME_READS
    for k in range(n):
        ascii_word = before[k].isascii() and k and before[k - 1].isascii()
        if not before[k].isalnum() or (ascii_word and before[k - 1].isalnum()):
            continue
        if not _MAY_START_A_CLOCK.match(before, k):
            continue  # (点了个精洗: a clock's words start no clock)
        for end in range(n, k, -1):
            piece = before[k:end]
            if not piece[-1].isalnum() or (
                end < n and before[end].isascii() and before[end].isalnum()
            ):
                continue
            if _A_CLOCK_SAID.search(piece) is None:
                break  # nor does any shorter phrase from here say a clock
            if not may_be_time(piece):
                continue
            if reads <= 0:
                return None
            reads -= 1
            if not reads_as_time(piece):
                continue
            try:
                span = resolve_time(piece, now)
            except TimeParseError:
                continue
            if span.end is None:
                return span.start.hour, span.start.minute
            break  # the longest phrase from here has no clock
    return None


def _one_day(span: TimeSpan, zone: tzinfo) -> bool:
    """A day said alone (a window of one whole day) or a clock the resolver took from now ("明天
    同一时间" reads as now's clock tomorrow): either way the booking's clock is meant. Not a week
    ("next week, same time": which of its days is not said)."""
    if span.end is None:
        return keeps_the_booking_clock(span.text)
    return is_a_whole_day(span, zone)


def is_a_whole_day(span: TimeSpan, zone: tzinfo) -> bool:
    """Whether ``span`` is one whole day (周五, "Friday"), not a part of one or a week."""
    if span.end is None:
        return False
    start = span.start.astimezone(zone)
    return start.time() == datetime.min.time() and span.end - span.start == timedelta(days=1)


# Every pattern above, searched with a lookahead on its first characters (first_chars.py):
# what each matches is unchanged.
speed_up_module(globals())
