"""Deterministic resolution of a spoken time phrase (Chinese or English) into a `TimeSpan`.

The model only extracts the span ("明天下午三点", "next Saturday at 10am"); this module turns it
into concrete datetimes exactly by the contract's `slots.time` rules. It is pure: the result
depends only on the phrase and `now`, so the same request always resolves the same way (and
responses can be cached).

How it works: the phrase is normalised (NFKC, lower case, a few traditional characters folded),
then an ordered list of patterns is scanned over it. Each pattern that matches records a
*component* (a day, a weekday, a part of the day, a clock time, an offset, ...) and masks the
text it consumed, so later, looser patterns cannot re-read it (e.g. "两小时后" is an offset, so
its "时" must not be read as a clock). The components are then combined by the rules below.

Rule choices the contract leaves open (documented in the module so the docs can quote them):

* Exact clock time -> ``end is None``; part of day, day, week, weekend, month, year -> window
  ``[start, end)``. Past results are returned as computed: rejecting them is the booking layer's
  call.
* A part of day alone ("下午", "evening") is today's window when its end is still ahead of
  `now`, else tomorrow's. The window is not clipped to `now`.
* A clock time without a day is today when still ahead (or now, to the second), else
  tomorrow. A bare hour 1-11 (no part of day, no am/pm, not zero-padded like "08:00") that has
  passed today is the afternoon hour when that is still ahead, else tomorrow's morning hour.
  The same two-step rule applies when the day said *is* today ("今天三点" at 10:00 is 15:00).
  On any other day a bare hour 1-7 is the afternoon/evening hour (people book daytime services:
  "明天三点" is 15:00 tomorrow, "Friday at 4" is 16:00) and 8-11 is the morning hour as said.
* Hours inside a part of day: 凌晨 12 -> 00; 中午 1-5 -> 13-17; 下午/傍晚/afternoon 1-11 -> +12;
  晚上/evening/tonight 5-11 -> +12, 12 -> midnight at the end of that day, 1-4 -> the small
  hours after that day. 24-hour hours (13-23) are kept; a 24-hour hour with a morning part or
  "am" is an error. "12 am" = 00:00, "12 pm" = 12:00, "midnight" = 00:00 after the day said.
* "noon"/"中午" alone are the 11-13 window; "12 noon" is exactly 12:00. 零点/午夜/"midnight"
  alone are the coming 00:00; 半夜/深夜/午夜 before a clock read like 晚上 (半夜两点 is 02:00 after
  that evening). British "half seven" is 7:30; 24-hour clocks in words ("fifteen thirty",
  "thirteen hundred hours") are read as said.
* Weekdays: alone -> next occurrence strictly after today; 下周X/"next X"/"next week's X"/"X next
  week" -> X of the next Monday-based week; 下下周X/"X after next" -> two weeks on; 这周X/本周X/
  "this X" -> X of the current week, even when that day has already passed; 上周X/"last X" -> the
  previous week's; "this coming X"/"coming X" -> same as alone.
* 下周/"next week" alone -> the Monday-to-Monday window; 周末/"weekend" -> this week's Saturday
  00:00 to Monday 00:00 (on a Sunday that is the current weekend); with a part of day or a clock
  ("周末上午") its first day not before today whose result is not yet over (else Sunday).
  下个月/"next month"/"12月" -> the month window (a month name alone: this year's unless that
  month is over); 明年/"next year" -> the year window.
* Dates: "12月3号"/"Dec 3rd"/"3 December" without a year -> this year, or next year when already
  past (today counts as not past). "3号"/"the 3rd" -> this month, or the next month that has that
  day when already past. Numeric "12/3" is month/day (Chinese and US order); when the first number
  cannot be a month (e.g. "25/12") it is read day/month. "2026-12-03" is ISO. An impossible date
  ("2月30号") raises `TimeParseError`.
* Relative offsets in hours/minutes are exact instants ("两小时后", "in 30 minutes"); offsets in
  days/weeks/months ("三天后", "in 2 days") name a day, so they give that whole day (or combine
  with a clock: "三天后下午三点").
* Clock ranges ("下午三点到五点", "3-5pm", "between 3 and 5") give the window ``[start, end)``;
  an end hour without am/pm is the first reading after the start.
* "现在"/"马上"/"now"/"asap" -> exactly `now`; "明天这个时候"/"this time tomorrow" -> now + 1 day.
* A weekday said with a date only confirms it ("12月4号周五"); whether it does depends on now, so
  `reads_as_time` (which must not) reads "Saturday the 13th" whole unless a year settles it.
  Two components of the same kind
  that disagree (two different days, two different parts of day, a date and a weekday that do
  not match) raise `TimeParseError` rather than guessing; ranges of days ("周一到周五") are not
  supported and raise too.
* A phrase with no recognisable time returns ``None``; one with time-like tokens that cannot be
  read ("25点", "周八") raises `TimeParseError`.
"""

from __future__ import annotations

import calendar
import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TypeVar

import msgspec

from .first_chars import speed_up_module, with_first_chars

__all__ = [
    "ImpossibleTimeError",
    "TimeParseError",
    "TimeSpan",
    "impossible_time",
    "reads_as_time",
    "resolve_time",
]


class TimeParseError(ValueError):
    """The phrase looks like a time but cannot be resolved to one (e.g. "2月30号")."""

    code = "invalid_time"


class ImpossibleTimeError(TimeParseError):
    """A value no clock or calendar has: hour 25, minute 70, month 13, 2月30日."""

    said: str | None = None  # the words that said it, as read (normalised)


class BeyondCalendarError(ImpossibleTimeError):
    """A time past the calendar's years ("in 8000 years", "in 99999999 hours")."""

    def __init__(self, said: str) -> None:
        super().__init__(f"{said!r} falls outside the calendar")
        self.said = said


class _DayNotInYearError(ImpossibleTimeError):
    """A month and day that the one year read has not (2月29日 of 2027); another year may."""


class _WeekdayMismatchError(TimeParseError):
    """A weekday said with a date it does not fall on ("Saturday the 28th" in a month where the
    28th is a Friday): which it is depends on the month "now" puts the date in."""


class TimeSpan(msgspec.Struct, frozen=True):
    """A resolved time: an exact instant (`end` is None) or a window ``[start, end)``."""

    text: str
    start: datetime
    end: datetime | None = None


# --------------------------------------------------------------------------------------------
# Parts of the day: canonical name -> (start hour, end hour, how an hour inside it is read).
# The windows are the contract's; the reading class decides e.g. that 下午三点 is 15:00.
# --------------------------------------------------------------------------------------------
_PARTS: dict[str, tuple[int, int, str]] = {
    "凌晨": (0, 6, "small"),
    "早上": (6, 9, "early"),
    "上午": (9, 12, "am"),
    "中午": (11, 13, "noon"),
    "下午": (13, 18, "pm"),
    "傍晚": (17, 19, "dusk"),
    "晚上": (18, 23, "evening"),
    "morning": (6, 12, "am"),
    "noon": (11, 13, "noon"),
    "afternoon": (12, 18, "pm"),
    "evening": (18, 23, "evening"),
}
# Parts whose hours are before noon / after noon, to catch "上午15点" or "tonight at 8am".
_AM_READINGS = {"small", "early", "am"}
_PM_READINGS = {"pm", "dusk", "evening"}

_ZH_PART_WORDS: dict[str, str] = {
    "凌晨": "凌晨",
    "早上": "早上",
    "早晨": "早上",
    "清早": "早上",
    "清晨": "早上",
    "一早": "早上",
    "大早": "早上",
    "一大早": "早上",  # regional and colloquial names of the contract's parts of day
    "大清早": "早上",
    "上半天": "上午",
    "前半晌": "上午",
    "上半晌": "上午",
    "中午头": "中午",
    "晌午头": "中午",
    "下半天": "下午",
    "后半晌": "下午",
    "下半晌": "下午",
    "傍黑": "傍晚",
    "上昼": "上午",  # Cantonese
    "下昼": "下午",
    "朝早": "早上",
    "擦黑": "傍晚",
    "早间": "早上",
    "上午": "上午",
    "午前": "上午",
    "中午": "中午",
    "正午": "中午",
    "晌午": "中午",
    "午间": "中午",
    "下午": "下午",
    "午后": "下午",
    "傍晚": "傍晚",
    "黄昏": "傍晚",
    "晚上": "晚上",
    "晚间": "晚上",
    "夜里": "晚上",
    "夜间": "晚上",
    "夜晚": "晚上",
}
_EN_PART_WORDS: dict[str, str] = {
    "morning": "morning",
    "mornings": "morning",
    "afternoon": "afternoon",
    "evening": "evening",
    "night": "evening",
    "noon": "noon",
    "midday": "noon",
    "lunchtime": "noon",
    "lunch time": "noon",
}

# --------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------
_CN_DIGIT: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "俩": 2,  # 俩/仨 are 两个/三个 in northern speech: 俩小时后
    "三": 3,
    "仨": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_CHARS = "零〇一二两俩三仨四五六七八九十廿卅"
NUM = rf"(?:\d{{1,4}}|[{_CN_CHARS}]{{1,4}})"
# what follows 半夜/深夜/午夜 when they only set the part of the night for a clock
_NIGHT_CLOCK_AHEAD = rf"(?:{NUM}\s*(?:点|时|:|：))"

_EN_UNITS: dict[str, int] = {
    "zero": 0,
    "oh": 0,
    "o": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_EN_TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    # Only an amount goes past 59 ("in ninety minutes"); clock minutes stop at fifty-nine.
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_EN_ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}
for _tens_word, _tens in (("twenty", 20), ("thirty", 30)):
    for _unit_word, _unit in (
        ("first", 1),
        ("second", 2),
        ("third", 3),
        ("fourth", 4),
        ("fifth", 5),
        ("sixth", 6),
        ("seventh", 7),
        ("eighth", 8),
        ("ninth", 9),
    ):
        if _tens + _unit <= 31:
            _EN_ORDINALS[f"{_tens_word}-{_unit_word}"] = _tens + _unit
            _EN_ORDINALS[f"{_tens_word} {_unit_word}"] = _tens + _unit


def _alt(words: list[str] | tuple[str, ...] | set[str]) -> str:
    """Regex alternation, longest first so that "seventeen" wins over "seven"."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_UNITS_1_9 = "one|two|three|four|five|six|seven|eight|nine"
_EN_NUM = (
    rf"(?:(?:twenty|thirty|forty|fifty)(?:[\s-](?:{_UNITS_1_9}))?"
    rf"|{_alt([w for w in _EN_UNITS if w not in ('oh', 'o')])})"
)
_EN_HOUR_W = _alt(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
    ]
)
# 24-hour hours said as words ("fifteen thirty", "thirteen hundred"): only with minutes after them.
_EN_HOUR24_W = (
    r"(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|twenty(?:[\s-](?:one|two|three))?)"
)
# Minutes 10-59 said as words, or "oh five": after a 24-hour hour word a lone "one" is no minute
# ("twenty one" is 21, not 20:01).
_EN_MIN_2D_W = (
    rf"(?:(?:oh|o)\s+(?:{_UNITS_1_9})|(?:twenty|thirty|forty|fifty)(?:[\s-](?:{_UNITS_1_9}))?"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
# A unit after a number makes it an amount, not a clock ("twenty five minutes", "half 5 days").
_UNIT_AHEAD = r"(?:minutes?|mins?|seconds?|secs?|hours?|hrs?|days?|weeks?|months?|years?)(?![a-z])"
# Minutes said as words: "thirty", "forty-five", "oh five".
_EN_MIN_W = rf"(?:(?:oh|o)\s+(?:{_UNITS_1_9})|{_EN_NUM})"
_EN_ORD_W = _alt(list(_EN_ORDINALS))

# Word boundaries that treat CJK as a boundary: Python's \b counts Han characters as word
# characters, so "明天3pm" would have no boundary before the 3.
LB = r"(?<![a-z0-9])"
RB = r"(?![a-z0-9])"
MER = r"(?:a\.?\s?m(?![a-z0-9])\.?|p\.?\s?m(?![a-z0-9])\.?)"


def _zh_int(text: str) -> int:
    """Parse digits or a Chinese numeral (三, 十二, 二十三, 两, 零五, 二〇二六) into an int."""
    s = text.strip()
    if s.isdigit():
        return int(s)
    s = s.replace("廿", "二十").replace("卅", "三十")
    try:
        if "十" in s:
            tens_part, _, ones_part = s.partition("十")
            if "十" in ones_part or len(tens_part) > 1 or len(ones_part) > 1:
                raise KeyError(s)
            tens = _CN_DIGIT[tens_part] if tens_part else 1
            ones = _CN_DIGIT[ones_part] if ones_part else 0
            return tens * 10 + ones
        # Digit-by-digit reading: years ("二〇二六") and zero-led minutes ("零五").
        return int("".join(str(_CN_DIGIT[ch]) for ch in s))
    except KeyError:
        raise TimeParseError(f"cannot read the number {text!r}") from None


def _en_int(text: str) -> int:
    """Parse digits or English number words ("twenty-five", "oh five", "an") into an int."""
    s = text.strip()
    if s.isdigit():
        return int(s)
    if s in ("a", "an"):
        return 1
    total = 0
    for word in re.split(r"[\s-]+", s):
        if word in _EN_UNITS:
            total += _EN_UNITS[word]
        elif word in _EN_TENS:
            total += _EN_TENS[word]
        else:
            raise TimeParseError(f"cannot read the number {text!r}")
    return total


def _any_int(text: str) -> int:
    """A number in either language, as the shared patterns accept both."""
    s = text.strip()
    if s and (s[0].isdigit() or s[0] in _CN_CHARS):
        return _zh_int(s)
    return _en_int(s)


# --------------------------------------------------------------------------------------------
# Components found in a phrase
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Clock:
    hour: int  # as said: 0-24 (24 = midnight at the end of the day)
    minute: int = 0
    meridiem: str | None = None  # "am" / "pm"
    explicit24: bool = False  # 24-hour notation ("08:00", "0点", 13-23): never flipped to pm
    part: str | None = None  # a part of day said right with this clock (inside a range)


@dataclass
class _Found:
    dates: list[date] = field(default_factory=list)
    weekdays: list[tuple[int, int | None]] = field(default_factory=list)  # (0=Mon, week offset)
    weeks: list[int] = field(default_factory=list)  # week offsets said without a weekday
    weekends: list[int | None] = field(default_factory=list)
    windows: list[tuple[date, date]] = field(default_factory=list)  # month / year windows
    parts: list[str] = field(default_factory=list)
    clocks: list[_Clock] = field(default_factory=list)
    ranges: list[tuple[_Clock, _Clock]] = field(default_factory=list)
    offsets: list[timedelta] = field(default_factory=list)
    instants: list[datetime] = field(default_factory=list)
    # The words that said each offset and date, in order (for impossible_time to quote).
    offset_words: list[str] = field(default_factory=list)
    date_words: list[str] = field(default_factory=list)

    def empty(self) -> bool:
        return not any(getattr(self, k) for k in _KINDS)


@dataclass
class _Ctx:
    now: datetime
    today: date
    found: _Found

    @property
    def monday(self) -> date:
        return self.today - timedelta(days=self.today.weekday())


# A handler reads a match into ctx.found; returning False declines it (text stays unmasked).
_Handler = Callable[[re.Match[str], _Ctx], bool]


# --------------------------------------------------------------------------------------------
# Date helpers
# --------------------------------------------------------------------------------------------
def _add_months(year: int, month: int, k: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + k
    return idx // 12, idx % 12 + 1


def _make_date(year: int, month: int, day: int) -> date:
    if not 1 <= month <= 12:
        raise ImpossibleTimeError(f"there is no month {month}")
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise _DayNotInYearError(f"{month}月{day}日 does not exist in {year} (no day {day})")
    return date(year, month, day)


def _month_day(ctx: _Ctx, month: int, day: int, year: int | None) -> date:
    """A month/day: the year said, else this year, or next year when it has already passed."""
    if year is not None:
        return _make_date(year, month, day)
    if not 1 <= month <= 12:
        raise ImpossibleTimeError(f"there is no month {month}")
    if not 1 <= day <= 31:
        raise ImpossibleTimeError(f"there is no day {day} in a month")
    this_year = ctx.today.year
    if day <= calendar.monthrange(this_year, month)[1] and date(this_year, month, day) >= ctx.today:
        return date(this_year, month, day)
    if (
        day > calendar.monthrange(this_year, month)[1]
        and day > calendar.monthrange(this_year + 1, month)[1]
    ):
        # Impossible in any year near now (e.g. 2月30号, 4月31号): say so rather than roll on.
        raise ImpossibleTimeError(f"{month}月{day}日 does not exist")
    return _make_date(this_year + 1, month, day)


def _day_of_month(ctx: _Ctx, day: int, month_offset: int | None) -> date:
    """A day of the month ("3号", "the 3rd"): this month, else the next month having it."""
    if not 1 <= day <= 31:
        raise TimeParseError(f"there is no day {day} in a month")
    if month_offset is not None:
        y, m = _add_months(ctx.today.year, ctx.today.month, month_offset)
        return _make_date(y, m, day)
    for k in range(13):
        y, m = _add_months(ctx.today.year, ctx.today.month, k)
        if day <= calendar.monthrange(y, m)[1] and (k > 0 or day >= ctx.today.day):
            return date(y, m, day)
    raise TimeParseError(f"no month has day {day}")  # unreachable for 1..31


def _month_window(year: int, month: int) -> tuple[date, date]:
    ny, nm = _add_months(year, month, 1)
    return date(year, month, 1), date(ny, nm, 1)


def _at(day: date, minute_of_day: int, tz: tzinfo | None) -> datetime:
    """`day` at minute_of_day (may exceed 24h: it then rolls onto the following days)."""
    days, minutes = divmod(minute_of_day, 24 * 60)
    return datetime.combine(day + timedelta(days=days), time(minutes // 60, minutes % 60), tz)


# --------------------------------------------------------------------------------------------
# Handlers
# --------------------------------------------------------------------------------------------
# How many 下 (or 上) a week or a month said relative to this one may stack: 下周 is the next,
# 下下周 the one after, and so on (下下下周六 is three weeks on: a black-box check had it read as
# 下下周六, a week early).
_ZH_MOST_STACKED = 4
# A week said relative to this one; 上… counts back.
_ZH_WEEK_MOD = rf"下{{1,{_ZH_MOST_STACKED}}}个?|这个?|本|上{{1,{_ZH_MOST_STACKED}}}个?"
# This month or one ahead (下个月, 下下下月), as the span check's day-of-month patterns read them.
ZH_THIS_OR_NEXT_MONTH = rf"(?:下{{1,{_ZH_MOST_STACKED}}}个?|这个?|本)月"


def _zh_weeks_on(mod: str) -> int:
    """How many weeks from this one a week modifier (``_ZH_WEEK_MOD``) says."""
    mod = mod.removesuffix("个")
    if mod in ("这", "本"):
        return 0
    return len(mod) if mod[0] == "下" else -len(mod)


_ZH_WEEKDAY: dict[str, int] = {
    "一": 0,
    "二": 1,
    "三": 2,
    "四": 3,
    "五": 4,
    "六": 5,
    "日": 6,
    "天": 6,
    "1": 0,
    "2": 1,
    "3": 2,
    "4": 3,
    "5": 4,
    "6": 5,
    "7": 6,
}
_EN_WEEKDAY: dict[str, int] = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tues": 1,
    "tue": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thurs": 3,
    "thur": 3,
    "thu": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}
_EN_MONTH: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_ZH_REL_DAY: dict[str, int] = {
    "大大后天": 4,
    "大后天": 3,
    "后天": 2,
    "后日": 2,
    "明天": 1,
    "明日": 1,
    "明儿个": 1,
    "明儿": 1,
    "今天": 0,
    "今日": 0,
    "今儿个": 0,
    "今儿": 0,
    "后儿个": 2,  # northern forms of 今天/明天/后天
    "后儿": 2,
    "听日": 1,  # Cantonese 明天, 昨天
    "琴日": -1,
    "今朝": 0,  # Wu (Shanghai) 今天, 明天
    "明朝": 1,
    "当天": 0,
    "昨天": -1,
    "昨日": -1,
    "昨儿": -1,
    "大前天": -3,
    "前天": -2,
}
# Words that name a day and a part of it at once.
_ZH_DAY_PART: dict[str, tuple[int, str]] = {
    "今早": (0, "早上"),
    "今晨": (0, "早上"),
    "明早": (1, "早上"),
    "明晨": (1, "早上"),
    "今晚": (0, "晚上"),
    "今夜": (0, "晚上"),
    "明晚": (1, "晚上"),
    "明夜": (1, "晚上"),
    "后晚": (2, "晚上"),
    "听朝": (1, "早上"),  # Cantonese 明早, 明晚
    "听晚": (1, "晚上"),
}
_EN_REL_DAY: dict[str, int] = {
    "the day after tomorrow": 2,
    "day after tomorrow": 2,
    "the day after tmr": 2,
    "the day before yesterday": -2,
    "day before yesterday": -2,
    "tomorrow": 1,
    "tmrw": 1,
    "tmr": 1,
    "tomorow": 1,
    "tommorow": 1,
    "tommorrow": 1,
    "2morrow": 1,
    "today": 0,
    "tdy": 0,
    "yesterday": -1,
}
_EN_DAY_PART: dict[str, tuple[int, str]] = {
    "tonight": (0, "evening"),
    "tonite": (0, "evening"),
    "this evening": (0, "evening"),
    "this morning": (0, "morning"),
    "this afternoon": (0, "afternoon"),
}
_EN_WEEK_MOD: dict[str, int | None] = {
    "next": 1,
    "this coming": None,
    "coming": None,
    "upcoming": None,
    "this": 0,
    "last": -1,
    "following": 1,
    "the following": 1,
}


def _h_offset(ctx: _Ctx, delta: timedelta) -> None:
    ctx.found.offsets.append(delta)


def _day_offset(ctx: _Ctx, days: int = 0, months: int = 0) -> None:
    if months:
        y, m = _add_months(ctx.today.year, ctx.today.month, months)
        d = min(ctx.today.day, calendar.monthrange(y, m)[1])
        ctx.found.dates.append(date(y, m, d) + timedelta(days=days))
    else:
        ctx.found.dates.append(ctx.today + timedelta(days=days))


def _on_zh_offset(m: re.Match[str], ctx: _Ctx) -> bool:
    g = m.groupdict()
    if g.get("d"):
        _day_offset(ctx, days=_zh_int(g["d"]))
    elif g.get("w"):
        _day_offset(ctx, days=7 * _zh_int(g["w"]))
    elif g.get("mo"):
        _day_offset(ctx, months=_zh_int(g["mo"]))
    elif g.get("y"):  # 一年后, as "in a year": that day a year on
        _day_offset(ctx, months=12 * _zh_int(g["y"]))
    elif g.get("h"):
        raw = g["h"]
        hours = float(raw) if "." in raw else float(_zh_int(raw))
        minutes = hours * 60 + (30 if g.get("hh") else 0)
        if g.get("hm"):
            minutes += _zh_int(g["hm"])
        _h_offset(ctx, timedelta(minutes=minutes))
    elif g.get("half"):
        _h_offset(ctx, timedelta(minutes=30))
    elif g.get("q"):
        _h_offset(ctx, timedelta(minutes=15 * _zh_int(g["q"])))
    elif g.get("m"):
        _h_offset(ctx, timedelta(minutes=_zh_int(g["m"])))
    else:
        return False
    return True


def _on_en_offset(m: re.Match[str], ctx: _Ctx) -> bool:
    g = m.groupdict()
    if g.get("halfhr"):
        _h_offset(ctx, timedelta(minutes=30))
        return True
    if g.get("qhr"):
        _h_offset(ctx, timedelta(minutes=15))
        return True
    qty_text = re.sub(r"\s+", " ", g["n"])
    if "couple" in qty_text:
        qty = 2.0
    elif re.fullmatch(r"\d+\.\d+", qty_text):
        qty = float(qty_text)
    else:
        qty = float(_en_int(qty_text))
    if g.get("andhalf1") or g.get("andhalf2"):
        qty += 0.5
    unit = g["unit"]
    extra_min = _en_int(g["n2"]) if g.get("n2") else 0
    if unit.startswith("mo") or unit.startswith("y"):  # a month or a year on: that day
        months = qty * (12 if unit.startswith("y") else 1)
        if months != round(months):  # "a month and a half" names no day
            raise TimeParseError(f"{m.group().strip()!r} is not a whole number of months")
        _day_offset(ctx, months=round(months))
        return True
    if unit.startswith("h"):
        _h_offset(ctx, timedelta(minutes=qty * 60 + extra_min))
    elif unit.startswith("m"):
        _h_offset(ctx, timedelta(minutes=qty + extra_min))
    elif unit.startswith("d"):
        _day_offset(ctx, days=round(qty))
    else:  # weeks
        _day_offset(ctx, days=round(qty * 7))
    return True


def _on_vague(m: re.Match[str], ctx: _Ctx) -> bool:
    return True


def _on_now(m: re.Match[str], ctx: _Ctx) -> bool:
    ctx.found.instants.append(ctx.now)
    return True


def _on_same_time_tomorrow(m: re.Match[str], ctx: _Ctx) -> bool:
    # Wall-clock "same time tomorrow", so built from the date rather than +24h.
    local = ctx.now
    ctx.found.instants.append(
        datetime.combine(
            ctx.today + timedelta(days=1), local.timetz().replace(tzinfo=None), local.tzinfo
        )
    )
    return True


def _rel_year(word: str | None, ctx: _Ctx) -> int | None:
    if not word:
        return None
    return (
        ctx.today.year
        + {
            "今年": 0,
            "明年": 1,
            "后年": 2,
            "去年": -1,
            "this year": 0,
            "next year": 1,
            "last year": -1,
        }[word]
    )


def _on_iso_date(m: re.Match[str], ctx: _Ctx) -> bool:
    ctx.found.dates.append(_make_date(int(m["y"]), int(m["mo"]), int(m["d"])))
    return True


def _on_slash_date(m: re.Match[str], ctx: _Ctx) -> bool:
    a, b = int(m["a"]), int(m["b"])
    year = int(m["y"]) if m["y"] else None
    if year is not None and year < 100:
        year += 2000
    month, day = (a, b) if a <= 12 else (b, a)  # month/day, unless the first can't be a month
    ctx.found.dates.append(_month_day(ctx, month, day, year))
    return True


def _on_zh_date(m: re.Match[str], ctx: _Ctx) -> bool:
    year = _zh_int(m["y"]) if m["y"] else _rel_year(m["ry"], ctx)
    ctx.found.dates.append(_month_day(ctx, _zh_int(m["mo"]), _zh_int(m["d"]), year))
    return True


def _ord_or_int(digits: str | None, word: str | None) -> int:
    if digits:
        return int(digits)
    assert word is not None
    return _EN_ORDINALS[re.sub(r"\s+", " ", word)]


def _on_en_date(m: re.Match[str], ctx: _Ctx) -> bool:
    month = _EN_MONTH[m["mon"]]
    day = _ord_or_int(m["d"], m["dw"])
    year = int(m["y"]) if m["y"] else None
    ctx.found.dates.append(_month_day(ctx, month, day, year))
    return True


_ZH_MONTH_MOD: dict[str, int] = {
    # as weeks: 下下下个月 is three months on, not 下下个月 with a 下 left over
    **{"下" * n + each + "月": n for n in range(1, _ZH_MOST_STACKED + 1) for each in ("个", "")},
    "这个月": 0,
    "这月": 0,
    "本月": 0,
    "上个月": -1,
    "上月": -1,
}


def _on_zh_dom(m: re.Match[str], ctx: _Ctx) -> bool:
    mod = _ZH_MONTH_MOD[m["mod"]] if m["mod"] else None
    ctx.found.dates.append(_day_of_month(ctx, _zh_int(m["d"]), mod))
    return True


# Parts of a month, as days [first, last] (the contract is silent; a driver's 月底 or "the end of
# the month" is its last days, and 上旬/中旬/下旬 are the calendar's thirds). None: the last day.
_MONTH_PARTS: dict[str, tuple[int, int | None]] = {
    "初": (1, 5),
    "上旬": (1, 10),
    "中": (11, 20),
    "中旬": (11, 20),
    "下旬": (21, None),
    "底": (-5, None),
    "末": (-5, None),
    "beginning": (1, 5),
    "start": (1, 5),
    "middle": (11, 20),
    "end": (-5, None),
    "last": (0, None),  # the last day
}
_EN_MONTH_MOD = {"next": 1, "this": 0, "the": None, None: None}


def _said_year(m: re.Match[str], ctx: _Ctx) -> int | None:
    """The year said with a named day, if any: digits (2027年, "Christmas 2027") or relative
    (明年, 后年, "next year")."""
    groups = m.groupdict()
    digits = groups.get("y") or groups.get("y2")
    if digits:
        return _zh_int(digits)
    word = groups.get("ry") or groups.get("ry2")
    if not word:
        return None
    word = re.sub(r"\s+", " ", word.lower())
    return ctx.today.year + {"今年": 0, "明年": 1, "后年": 2, "this": 0, "next": 1}[word]


def _which_month(
    ctx: _Ctx,
    offset: int | None,
    month: int | None,
    year: int | None,
    ends: Callable[[int, int], date],
) -> tuple[int, int]:
    """The month meant: ``offset`` months from now's (下个月), or the ``month`` said (in the
    ``year`` said, else its next one whose part said, ending the day before ``ends(y, m)``, is
    not over: 11月初 said on November 25th is next year's), or, with neither, this month unless
    that part is over (月初 said on the 20th is next month's)."""
    if offset is not None:
        return _add_months(ctx.today.year, ctx.today.month, offset)
    if month is not None:
        if not 1 <= month <= 12:
            raise ImpossibleTimeError(f"there is no month {month}")
        if year is not None:
            return year, month
        y = ctx.today.year + (1 if month < ctx.today.month else 0)
        return (y + 1, month) if ends(y, month) <= ctx.today else (y, month)
    if ends(ctx.today.year, ctx.today.month) <= ctx.today:
        return _add_months(ctx.today.year, ctx.today.month, 1)
    return ctx.today.year, ctx.today.month


def _month_part_days(year: int, month: int, part: str) -> tuple[date, date]:
    """The window [first day, day after the last) of ``part`` of that month."""
    first, after = _month_window(year, month)
    lo, hi = _MONTH_PARTS[part]
    if part == "last":
        return after - timedelta(days=1), after
    start = first + timedelta(days=lo - 1) if lo > 0 else after + timedelta(days=lo)
    end = first + timedelta(days=hi) if hi is not None else after
    return start, end


def _add_month_part(
    ctx: _Ctx, part: str, offset: int | None, month: int | None, year: int | None
) -> None:
    def ends(y: int, mo: int) -> date:
        return _month_part_days(y, mo, part)[1]

    y, mo = _which_month(ctx, offset, month, year, ends)
    start, end = _month_part_days(y, mo, part)
    if end - start == timedelta(days=1):
        ctx.found.dates.append(start)
    else:
        ctx.found.windows.append((start, end))


def _on_zh_month_part(m: re.Match[str], ctx: _Ctx) -> bool:
    part = "last" if m["last"] else (m["part"] or m["part2"])
    mod = _ZH_MONTH_MOD[re.sub(r"\s+", "", m["mod"])] if m["mod"] else None
    month = _zh_int(m["mo"]) if m["mo"] else None
    _add_month_part(ctx, part, mod, month, _said_year(m, ctx))
    return True


def _on_en_month_part(m: re.Match[str], ctx: _Ctx) -> bool:
    part = "last" if m["lastday"] else m["part"].lower()
    mod = _EN_MONTH_MOD[m["mod"].lower() if m["mod"] else None]
    month = _EN_MONTH[m["mon"].lower()] if m["mon"] else None
    _add_month_part(ctx, part, mod, month, _said_year(m, ctx))
    return True


# The year's end: its last ten days (年底, 年末, "the end of the year").
_YEAR_END_DAYS = 10


def _on_year_end(m: re.Match[str], ctx: _Ctx) -> bool:
    year = _said_year(m, ctx)
    if year is None:
        year = ctx.today.year + (1 if m.groupdict().get("next") else 0)
    ctx.found.windows.append((date(year, 12, 32 - _YEAR_END_DAYS), date(year + 1, 1, 1)))
    return True


# Holidays on a fixed day of the solar calendar (the lunar ones, 春节 or 中秋, are not read).
_HOLIDAYS: dict[str, tuple[int, int]] = {
    "元旦": (1, 1),
    "new year's day": (1, 1),
    "new years day": (1, 1),
    "new year day": (1, 1),
    "new year's eve": (12, 31),
    "may day": (5, 1),
    "new years eve": (12, 31),
    "情人节": (2, 14),
    "valentine's day": (2, 14),
    "valentines day": (2, 14),
    "劳动节": (5, 1),
    "五一劳动节": (5, 1),
    "五一节": (5, 1),
    "五一": (5, 1),
    "国庆节": (10, 1),
    "国庆": (10, 1),
    "平安夜": (12, 24),
    "christmas eve": (12, 24),
    "圣诞节": (12, 25),
    "圣诞": (12, 25),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "xmas eve": (12, 24),
    "xmas day": (12, 25),
    "xmas": (12, 25),
    # written in traditional characters
    "情人節": (2, 14),
    "勞動節": (5, 1),
    "五一勞動節": (5, 1),
    "五一節": (5, 1),
    "國慶節": (10, 1),
    "國慶": (10, 1),
    "聖誕節": (12, 25),
    "聖誕": (12, 25),
}


def _on_holiday(m: re.Match[str], ctx: _Ctx) -> bool:
    key = re.sub(r"\s+", " ", (m["hol"] or m["zhhol"]).lower()).replace("’", "'")
    month, day = _HOLIDAYS[key]
    ctx.found.dates.append(_month_day(ctx, month, day, _said_year(m, ctx)))
    return True


_EN_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
           "4th": 4, "fifth": 5, "5th": 5, "last": -1}  # fmt: skip
_ZH_NTH = {"一": 1, "1": 1, "二": 2, "2": 2, "三": 3, "3": 3, "四": 4, "4": 4, "五": 5, "5": 5}


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    first, after = _month_window(year, month)
    if nth > 0:
        day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        if day >= after:
            raise ImpossibleTimeError(f"{year}-{month:02d} has no {nth}th such weekday")
        return day
    last = after - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _add_nth_weekday(
    ctx: _Ctx, nth: int, weekday: int, offset: int | None, month: int | None, year: int | None
) -> None:
    def ends(y: int, mo: int) -> date:  # the day after it: over once that has come
        try:
            return _nth_weekday(y, mo, weekday, nth) + timedelta(days=1)
        except ImpossibleTimeError:  # no fifth Friday this month: look on
            return date.min

    y, mo = _which_month(ctx, offset, month, year, ends)
    ctx.found.dates.append(_nth_weekday(y, mo, weekday, nth))


def _on_zh_nth_weekday(m: re.Match[str], ctx: _Ctx) -> bool:
    mod = _ZH_MONTH_MOD[re.sub(r"\s+", "", m["mod"])] if m["mod"] else None
    month = _zh_int(m["mo"]) if m["mo"] else None
    nth = -1 if m["last"] else _ZH_NTH[m["n"]]
    _add_nth_weekday(ctx, nth, _ZH_WEEKDAY[m["d"]], mod, month, _said_year(m, ctx))
    return True


def _on_en_nth_weekday(m: re.Match[str], ctx: _Ctx) -> bool:
    mod = _EN_MONTH_MOD[m["mod"].lower() if m["mod"] else None]
    month = _EN_MONTH[m["mon"].lower()] if m["mon"] else None
    nth = _EN_NTH[m["n"].lower()]
    _add_nth_weekday(ctx, nth, _EN_WEEKDAY[m["wd"].lower()], mod, month, _said_year(m, ctx))
    return True


def _on_en_dom(m: re.Match[str], ctx: _Ctx) -> bool:
    digits = m["d"] or m["d2"]
    mod = {"next": 1, "this": 0, "last": -1}[m["mod"]] if m["mod"] else None
    ctx.found.dates.append(_day_of_month(ctx, _ord_or_int(digits, m["dw"]), mod))
    return True


def _clock_from(
    h: str,
    mnt: str | None = None,
    mer: str | None = None,
    *,
    word: bool = False,
    part: str | None = None,
) -> _Clock:
    hour = _en_int(h) if word else _any_int(h)
    minute = 0
    if mnt:
        mnt_s = mnt.strip()
        minute = int(mnt_s) if mnt_s.isdigit() else _en_int(mnt_s)
    meridiem = None
    if mer:
        meridiem = "am" if mer.strip().startswith("a") else "pm"
    # Zero-padded ("08:00") or 0 / 13-23 is 24-hour notation: never re-read as afternoon.
    explicit = (
        hour == 0
        or hour >= 13
        or (h.strip().isdigit() and len(h.strip()) == 2 and h.strip().startswith("0"))
    )
    if not 0 <= minute <= 59:
        raise ImpossibleTimeError(f"minute {minute} is out of range")
    if not 0 <= hour <= 24 or (hour == 24 and minute):
        raise ImpossibleTimeError(f"hour {hour} is out of range")
    return _Clock(hour, minute, meridiem, explicit, part)


def _on_en_hm(m: re.Match[str], ctx: _Ctx) -> bool:
    ctx.found.clocks.append(_clock_from(m["h"], m["m"], m.groupdict().get("mer")))
    return True


def _on_en_half_hour(m: re.Match[str], ctx: _Ctx) -> bool:
    h = m["h"]
    ctx.found.clocks.append(_clock_from(h, "30", m["mer"], word=not h.isdigit()))
    return True


def _on_en_hour24_words(m: re.Match[str], ctx: _Ctx) -> bool:
    if m.string[: m.start()].rstrip().endswith("\x00") and m["h"] in ("nineteen", "twenty"):
        return True  # "December 3rd twenty twenty six": the date's year, said in words
    mnt = None if m["hundred"] else m["m"]
    ctx.found.clocks.append(_clock_from(m["h"], mnt, m["mer"], word=True))
    return True


def _on_en_h_mer(m: re.Match[str], ctx: _Ctx) -> bool:
    word = not m["h"].isdigit()
    ctx.found.clocks.append(_clock_from(m["h"], m.groupdict().get("m"), m["mer"], word=word))
    return True


def _on_en_oclock(m: re.Match[str], ctx: _Ctx) -> bool:
    ctx.found.clocks.append(
        _clock_from(m["h"], None, m.groupdict().get("mer"), word=not m["h"].isdigit())
    )
    return True


def _on_en_past_to(m: re.Match[str], ctx: _Ctx) -> bool:
    rel = m["rel"]
    if rel == "of" and not m["q"]:
        return False  # only "quarter of five" (US: 4:45) uses "of"
    if m["half"]:
        if rel not in ("past", "after"):
            return False
        minutes = 30
    elif m["q"]:
        minutes = 15
    else:
        n = m["n"]
        # "10 to 5" with digits is a range, not 4:50; only words or "minutes" read as minutes.
        if n.isdigit() and not m["mins"] and rel in ("to", "till", "til"):
            return False
        minutes = _en_int(n)
        if not 1 <= minutes <= 59:
            return False
    hour = _en_int(m["h"])
    if rel in ("past", "after"):
        clk = _clock_from(str(hour), str(minutes), m["mer"])
    else:
        if not 1 <= hour <= 24:
            raise ImpossibleTimeError(f"hour {hour} is out of range")
        total = hour * 60 - minutes
        prev = total // 60 or 12  # "quarter to one" is 12:45 on the same clock face
        mer = m["mer"]
        if hour == 12 and mer and not mer.strip().startswith("a"):
            mer = "am"  # "ten to 12 pm": 12 pm is noon, and ten to it the morning's 11:50
        clk = _clock_from(str(prev), str(total % 60), mer)
    ctx.found.clocks.append(clk)
    return True


def _on_en_at(m: re.Match[str], ctx: _Ctx) -> bool:
    word = not m["h"].isdigit()
    ctx.found.clocks.append(_clock_from(m["h"], m["m"], None, word=word))
    return True


def _on_bare_clock(m: re.Match[str], ctx: _Ctx) -> bool:
    if ctx.found.clocks:
        return False  # a second number next to a clock is not another clock ("3 pm 2")
    if m["h"].isdigit() and int(m["h"]) > 24:
        return False  # "25" is no clock at all: left unread, so no time
    if m["h"].lower() == "one" and not m["m"] and m.string[: m.start()].rstrip().endswith("\x00"):
        return False  # "the Friday one": the pronoun after a day read before it, no 1 o'clock
    return _on_en_at(m, ctx)


def _on_noon12(m: re.Match[str], ctx: _Ctx) -> bool:
    ctx.found.clocks.append(_Clock(12, 0, None, True))
    return True


def _on_midnight(m: re.Match[str], ctx: _Ctx) -> bool:
    ctx.found.clocks.append(_Clock(24, 0, None, True))
    return True


def _range_end(m: re.Match[str], sfx: str) -> _Clock:
    h = m[f"h{sfx}"]
    return _clock_from(h, m[f"m{sfx}"], m[f"mer{sfx}"], word=not h.isdigit())


# Hour words that are also the minutes said before an hour ("ten to three", "twenty-five to
# eight"): without "from"/"between" or a mark of their own they are those minutes, not a range's
# start. Nine, say, is not ("nine to five pm" stays a range).
_MINUTES_TO_WORDS = ("five", "ten")


def _on_en_range(m: re.Match[str], ctx: _Ctx) -> bool:
    conn = m["conn"]
    marked = any(m[g] for g in ("mer1", "mer2", "m1", "m2", "oc1", "oc2"))
    if conn == "and" and m["pre"] != "between":
        return False
    if (
        not m["pre"]
        and conn in ("to", "till", "til")
        and m["h1"] in _MINUTES_TO_WORDS
        and not (m["m1"] or m["mer1"] or m["oc1"])
    ):
        return False  # "ten to three pm" is 2:50 pm, minutes to the hour (_on_en_past_to)
    if not (m["pre"] or marked):
        # Plain "10 to 5" is a range; plain "3-5" or "ten to five" is not read as one.
        if not (
            conn in ("to", "until", "till", "til", "到", "至")
            and m["h1"].isdigit()
            and m["h2"].isdigit()
        ):
            return False
    ctx.found.ranges.append((_range_end(m, "1"), _range_end(m, "2")))
    return True


def _zh_clock_minutes(m: re.Match[str], sfx: str) -> int:
    if m[f"half{sfx}"]:
        return 30
    if m[f"q{sfx}"]:
        return 15 * int(m[f"q{sfx}"].replace("一", "1").replace("三", "3"))
    if m[f"mm{sfx}"]:
        return _zh_int(m[f"mm{sfx}"])
    return 0


def _zh_clock_from(m: re.Match[str], sfx: str, part: str | None = None) -> _Clock:
    return _clock_from(m[f"h{sfx}"], str(_zh_clock_minutes(m, sfx)), part=part)


def _on_zh_clock(m: re.Match[str], ctx: _Ctx) -> bool:
    ctx.found.clocks.append(_zh_clock_from(m, ""))
    return True


def _on_zh_cha(m: re.Match[str], ctx: _Ctx) -> bool:
    # "三点差五分" / "差一刻三点": minutes before the hour.
    hour = _zh_int(m["h"])
    minutes = 15 if m["q"] else _zh_int(m["m"])
    if not 1 <= minutes <= 59 or not 1 <= hour <= 24:
        raise TimeParseError(f"cannot read {m.group()!r}")
    total = hour * 60 - minutes
    base = _clock_from(str(hour), None)
    ctx.found.clocks.append(_Clock(total // 60, total % 60, None, base.explicit24))
    return True


def _on_zh_range(m: re.Match[str], ctx: _Ctx) -> bool:
    # 半夜/深夜/午夜 before a clock are the night, read like 晚上 (半夜12点到2点 is 00:00-02:00)
    p1 = _ZH_PART_WORDS.get(m["p1"], "晚上") if m["p1"] else None
    p2 = _ZH_PART_WORDS.get(m["p2"], "晚上") if m["p2"] else None
    if m["hb1"]:
        first = _clock_from(m["hb1"], None, part=p1)
    else:
        first = _zh_clock_from(m, "1", p1)
    second = _zh_clock_from(m, "2", p2 or p1)
    ctx.found.ranges.append((first, second))
    return True


def _on_zh_weekday(m: re.Match[str], ctx: _Ctx) -> bool:
    mod = _zh_weeks_on(m["mod"]) if m["mod"] else None
    ctx.found.weekdays.append((_ZH_WEEKDAY[m["d"]], mod))
    return True


def _on_zh_weekend(m: re.Match[str], ctx: _Ctx) -> bool:
    ctx.found.weekends.append(_zh_weeks_on(m["mod"]) if m["mod"] else None)
    return True


def _on_zh_week(m: re.Match[str], ctx: _Ctx) -> bool:
    ctx.found.weeks.append(_zh_weeks_on(m["mod"]))
    return True


def _on_en_weekday(m: re.Match[str], ctx: _Ctx) -> bool:
    mod_word = re.sub(r"\s+", " ", m["mod"]) if m["mod"] else None
    mod = _EN_WEEK_MOD[mod_word] if mod_word else None
    if m["wk"] and mod is None:
        mod = 0  # "week's" with "coming" is odd; read it as this week
    if m["after"]:
        mod = 2
    ctx.found.weekdays.append((_EN_WEEKDAY[m["wd"]], mod))
    return True


def _on_en_week(m: re.Match[str], ctx: _Ctx) -> bool:
    if m["after"]:
        ctx.found.weeks.append(2)
    else:
        ctx.found.weeks.append(_EN_WEEK_MOD[re.sub(r"\s+", " ", m["mod"])] or 0)
    return True


def _on_en_weekend(m: re.Match[str], ctx: _Ctx) -> bool:
    mod = re.sub(r"\s+", " ", m["mod"]) if m["mod"] else None
    ctx.found.weekends.append(_EN_WEEK_MOD[mod] if mod else None)
    return True


def _on_zh_month_window(m: re.Match[str], ctx: _Ctx) -> bool:
    month = _zh_int(m["mo"])
    if not 1 <= month <= 12:
        raise ImpossibleTimeError(f"there is no month {month}")
    year = _zh_int(m["y"]) if m["y"] else _rel_year(m["ry"], ctx)
    if year is None:
        # This year's month unless it is already over, then next year's.
        year = ctx.today.year + (1 if month < ctx.today.month else 0)
    ctx.found.windows.append(_month_window(year, month))
    return True


def _on_en_month_window(m: re.Match[str], ctx: _Ctx) -> bool:
    month = _EN_MONTH[m["mon"] or m["mon2"]]
    said = m["y"] or m["y2"]
    relative = m["ry"] or m["ry2"]
    if said:  # "in May 2028", "April of 2027"
        year = int(said)
    elif relative:  # "April next year"
        year = ctx.today.year + (1 if relative == "next" else 0)
    else:
        # This year's month unless it is over ("next May" said in May: the one a year on).
        over = month < ctx.today.month or (m["lead"] == "next" and month == ctx.today.month)
        year = ctx.today.year + (1 if over else 0)
    ctx.found.windows.append(_month_window(year, month))
    return True


def _on_rel_month(m: re.Match[str], ctx: _Ctx) -> bool:
    word = re.sub(r"\s+", " ", m.group().strip())
    k = {"this month": 0, "next month": 1, "last month": -1}.get(word)
    if k is None:
        k = _ZH_MONTH_MOD[word]
    y, mo = _add_months(ctx.today.year, ctx.today.month, k)
    ctx.found.windows.append(_month_window(y, mo))
    return True


def _on_rel_year(m: re.Match[str], ctx: _Ctx) -> bool:
    year = _rel_year(re.sub(r"\s+", " ", m.group().strip()), ctx)
    assert year is not None
    ctx.found.windows.append((date(year, 1, 1), date(year + 1, 1, 1)))
    return True


def _rel_day(word: str, with_part: dict, plain: dict, ctx: _Ctx) -> bool:
    """A day relative to today, possibly with its part of day (今晚, tonight)."""
    if word in with_part:
        days, part = with_part[word]
        ctx.found.parts.append(part)
    else:
        days = plain[word]
    ctx.found.dates.append(ctx.today + timedelta(days=days))
    return True


def _on_zh_rel_day(m: re.Match[str], ctx: _Ctx) -> bool:
    return _rel_day(m.group(), _ZH_DAY_PART, _ZH_REL_DAY, ctx)


def _on_en_rel_day(m: re.Match[str], ctx: _Ctx) -> bool:
    return _rel_day(re.sub(r"\s+", " ", m.group("day").strip()), _EN_DAY_PART, _EN_REL_DAY, ctx)


def _on_zh_part(m: re.Match[str], ctx: _Ctx) -> bool:
    word = m["p"]
    ctx.found.parts.append(_ZH_PART_WORDS.get(word) or ("早上" if word == "早" else "晚上"))
    return True


def _on_en_part(m: re.Match[str], ctx: _Ctx) -> bool:
    if m["early"]:
        ctx.found.parts.append("早上")  # "early morning": the narrower 06-09 window
        return True
    ctx.found.parts.append(_EN_PART_WORDS[re.sub(r"\s+", " ", m["p"])])
    return True


# --------------------------------------------------------------------------------------------
# Patterns, in the order they are tried (earlier ones mask what they consume)
# --------------------------------------------------------------------------------------------
# An amount in digits may be longer than a clock or a date part: a year ahead is 525,600
# minutes, and "99999分钟后" must be read (and then refused as too far ahead by a booking),
# not dropped so that the booking is made for now.
AMOUNT_NUM = rf"(?:\d{{1,12}}|[{_CN_CHARS}]{{1,4}})"


def _zh_amount(strict_minutes: bool) -> str:
    minute_unit = r"分钟" if strict_minutes else r"分钟?"
    return (
        rf"(?:(?P<h>\d+\.\d+|{AMOUNT_NUM})\s*个?\s*(?P<hh>半)?\s*(?:小时|钟头)"
        rf"(?:\s*(?:零|又)?\s*(?P<hm>{NUM})\s*分钟?)?"
        rf"|(?P<half>半)\s*个?\s*(?:小时|钟头)"
        rf"|(?P<q>{AMOUNT_NUM})\s*刻钟"
        rf"|(?P<m>{AMOUNT_NUM})\s*{minute_unit}"
        rf"|(?P<d>{AMOUNT_NUM})\s*(?:天|日)"
        rf"|(?P<w>{AMOUNT_NUM})\s*个?\s*(?:星期|礼拜|周)"
        rf"|(?P<mo>{AMOUNT_NUM})\s*个\s*月"
        rf"|(?P<y>{AMOUNT_NUM})\s*年)"
    )


# An amount may run to ninety-nine ("in ninety minutes"), a clock's minutes (_EN_NUM) do not.
_EN_AMOUNT_NUM = rf"(?:(?:sixty|seventy|eighty|ninety)(?:[\s-](?:{_UNITS_1_9}))?|{_EN_NUM})"
_EN_QTY = rf"(?:\d+(?:\.\d+)?|{_EN_AMOUNT_NUM}|an?|a\s+couple\s+of|a\s+couple|couple\s+of)"
_EN_AMOUNT = (
    r"(?:(?P<halfhr>half\s+an?\s+hour|a\s+half\s+hour|half\s+hour|half\s+a\s+hour)"
    r"|(?P<qhr>(?:a\s+)?quarter\s+(?:of\s+an?\s+)?hour)"
    rf"|(?P<n>{_EN_QTY})\s*(?P<andhalf1>and\s+a\s+half\s+)?"
    r"(?P<unit>hours?|hrs?|h|minutes?|mins?|m|days?|weeks?|wks?|months?|years?|yrs?)(?![a-z])"
    r"(?:\s*(?:and\s+)?(?:(?P<andhalf2>a\s+half)"
    rf"|(?P<n2>\d+|{_EN_NUM})\s*(?:minutes?|mins?|m)(?![a-z])))?)"
)
# Hedges said between "in" and an offset ("in about 45 minutes", "in like an hour"): the offset
# is still read as exact, as the contract reads every relative offset.
_EN_APPROX = r"(?:about|around|roughly|approximately|approx\.?|like|maybe|say|just|only)"
_MON = rf"(?P<mon>{_alt(list(_EN_MONTH))})\.?"
_MON2 = rf"(?P<mon2>{_alt(list(_EN_MONTH))})\.?"
_DAYNUM = rf"(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?|(?P<dw>{_EN_ORD_W}))"
_ZH_PART_ALT = _alt(list(_ZH_PART_WORDS))
_ZH_RANGE_PART_ALT = _alt([*_ZH_PART_WORDS, "半夜", "深夜", "午夜"])


def _zh_clock(sfx: str) -> str:
    """A Chinese clock time; `sfx` keeps group names unique when a pattern holds two."""
    return (
        rf"(?P<h{sfx}>{NUM})\s*(?:点|时)\s*钟?\s*"
        rf"(?:(?P<half{sfx}>半)|过?\s*(?P<q{sfx}>[一1三3])\s*刻|整"
        rf"|过?\s*(?:零|〇|0)?\s*(?P<mm{sfx}>{NUM})\s*(?:分钟?)?)?"
    )


def _en_range_end(sfx: str) -> str:
    return (
        rf"(?P<h{sfx}>\d{{1,2}}|{_EN_HOUR_W})(?:\s*:\s*(?P<m{sfx}>\d{{2}}))?"
        rf"(?:\s*(?P<mer{sfx}>{MER})|\s*(?P<oc{sfx}>o'?\s*clock))?"
    )


# "next may be better": "may" the verb, not the month, when one of these words follows it (the
# span check's month heads and span starts take the same list).
MAY_THE_VERB_WORDS = (
    r"(?:be|have|not|i|we|you|he|she|it|they|work|need|want|get|take|come|go|well|also|still"
    r"|just)(?![a-z])"
)
_NOT_MAY_THE_VERB = rf"(?!(?<=may)\s+{MAY_THE_VERB_WORDS})"
# What makes a holiday's name a place's (五一路, 五一广场, 国庆街), and what before it makes it part
# of a number or a weekday (一百五一次, 礼拜五一大早).
PLACE_AFTER = r"(?:路|大道|大街|街|广场|新村|小区|区|公园|商场|桥|站|巷|村|店)"
_NOT_AFTER_A_NUMBER = r"(?<![一二三四五六七八九十百块周期拜])"
# A year said before a Chinese named day, or after an English one (groups y/ry, y2/ry2).
_ZH_YEAR_SAID = r"(?:(?P<y>\d{4}|[零〇一二三四五六七八九]{4})\s*年|(?P<ry>今年|明年|后年))?\s*"
_EN_YEAR_SAID = r"(?:\s*,?\s*(?P<y2>\d{4})|\s+(?P<ry2>next|this)\s+year)?"

# fmt: off
_PATTERNS: list[tuple[str, _Handler]] = [
    # 0. vague words that contain time-looking characters but name no time ("早一点" = a bit
    #    earlier): consumed so that "一点" is not read as 1 o'clock.
    (r"(?<![今明后])(?:早|晚|快|提前|推迟|延后)一?点(?:儿)?(?![钟半刻零一二三四五六七八九十\d])",
     _on_vague),
    # 1. "same time tomorrow"
    (r"明天\s*(?:这个|这|同一)\s*(?:时候|时间|点)|明天此时", _on_same_time_tomorrow),
    (rf"{LB}(?:this|same|the\s+same)\s+time\s+tomorrow{RB}", _on_same_time_tomorrow),
    # 2. relative offsets (before clocks: "两小时后" holds a 时)
    # 过/再过 first: "过十分钟后" is one offset, not "十分钟后" with a 过 left over
    (rf"(?:再过|过|再等|等|隔)\s*{_zh_amount(True)}(?:\s*(?:以后|之后|过后|后))?", _on_zh_offset),
    (rf"(?<![点时:\d{_CN_CHARS}]){_zh_amount(False)}\s*(?:以后|之后|过后|后)", _on_zh_offset),
    (rf"{LB}(?:in|after)\s+(?:{_EN_APPROX}\s+)?{_EN_AMOUNT}(?:\s+(?:from\s+now|time))?{RB}",
     _on_en_offset),
    (rf"{LB}{_EN_AMOUNT}\s+(?:from\s+now|from\s+today|later|hence){RB}", _on_en_offset),
    # 3. now
    (r"现在|马上|立刻|立即|即刻|当下", _on_now),
    (rf"{LB}(?:right\s+now|now|asap|as\s+soon\s+as\s+possible|right\s+away|immediately){RB}",
     _on_now),
    # 4. dates
    # days named by their place in a month or a year, and holidays on a fixed day, each with
    # the year said if one is (2027年5月底, "Christmas 2027", 明年圣诞节)
    (rf"{_ZH_YEAR_SAID}(?:(?P<mod>{_alt(list(_ZH_MONTH_MOD))})|(?P<mo>{NUM})\s*月份?)?\s*的?\s*"
     r"(?:第\s*(?P<n>[一二三四五1-5])|(?P<last>最后一))\s*个\s*(?:周|星期|礼拜)"
     r"(?P<d>[一二三四五六日天1-7])", _on_zh_nth_weekday),
    (rf"{_ZH_YEAR_SAID}(?:(?P<mod>{_alt(list(_ZH_MONTH_MOD))})|(?P<mo>{NUM})\s*月份?"
     r"|(?<![年个岁正腊冬])月)\s*"
     r"(?:的\s*)?(?:(?P<part>底|末|初|上旬|中旬|下旬|中(?![午旬]))|(?P<last>最后一天))"
     r"|(?<![月])(?P<part2>上旬|中旬|下旬)", _on_zh_month_part),
    (r"(?:(?:(?P<y>\d{4})\s*年|(?P<ry>今年|明年|后年))\s*(?:年\s*)?|年\s*)(?:底|末)"
     r"(?!\s*[0-9一二三四五六七八九十])", _on_year_end),
    (rf"{LB}(?:(?:on|in|at|around|towards?)\s+)?(?:the\s+)?(?:very\s+)?"
     r"(?:(?P<part>end|beginning|start|middle)|(?P<lastday>last\s+day))\s+of\s+"
     rf"(?:(?P<mod>next|this|the)\s+month|{_MON}{_EN_YEAR_SAID}){RB}", _on_en_month_part),
    (rf"{LB}(?:(?:at|around|towards?)\s+)?(?:the\s+)?end\s+of\s+"
     rf"(?:(?P<y>\d{{4}})|(?:the\s+|this\s+|(?P<next>next)\s+)?year){RB}", _on_year_end),
    (rf"{LB}(?:on\s+)?(?:the\s+)?(?P<n>first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th"
     rf"|last)\s+(?P<wd>{_alt(list(_EN_WEEKDAY))})\.?\s+(?:of|in)\s+"
     rf"(?:(?P<mod>next|this|the)\s+month|{_MON}{_EN_YEAR_SAID}){RB}", _on_en_nth_weekday),
    (rf"{LB}(?:on\s+)?(?P<hol>{_alt([k for k in _HOLIDAYS if k.isascii()])}){_EN_YEAR_SAID}{RB}"
     rf"|{_ZH_YEAR_SAID}{_NOT_AFTER_A_NUMBER}"
     rf"(?P<zhhol>{_alt([k for k in _HOLIDAYS if not k.isascii()])})"
     rf"(?![一二三四五六七八九十点号日月个]|{PLACE_AFTER})",
     _on_holiday),
    (r"(?<![\d.])(?P<y>\d{4})\s*[-/.]\s*(?P<mo>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})(?![\d])",
     _on_iso_date),
    (r"(?<![\d/.:])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?(?![\d/])",
     _on_slash_date),
    (rf"(?:(?P<y>\d{{4}}|[零〇一二三四五六七八九]{{4}})\s*年|(?P<ry>今年|明年|后年|去年))?\s*"
     rf"(?P<mo>{NUM})\s*月(?:份)?\s*(?P<d>{NUM})\s*(?:日|号)?", _on_zh_date),
    # Not a clock read as the day: "the 16th of March 12 pm" is March 16 at noon.
    (rf"{LB}(?:on\s+)?{_MON}\s+(?:the\s+)?{_DAYNUM}(?!\s*(?:[ap]\.?m\b|o'?clock))"
     rf"(?:\s*,?\s*(?P<y>\d{{4}}))?(?![a-z0-9:])",
     _on_en_date),
    (rf"{LB}(?:on\s+)?(?:the\s+)?{_DAYNUM}\s+(?:of\s+)?{_MON}(?:\s*,?\s*(?P<y>\d{{4}}))?{RB}",
     _on_en_date),
    (rf"(?P<mod>{_alt(list(_ZH_MONTH_MOD))})?\s*的?\s*(?P<d>{NUM})\s*(?:号|日)", _on_zh_dom),
    (rf"{LB}(?:on\s+)?(?:the\s+(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)|(?P<dw>{_EN_ORD_W}))"
     rf"|(?<![a-z0-9])(?P<d2>\d{{1,2}})(?:st|nd|rd|th))"
     r"(?:\s+(?:of\s+)?(?P<mod>next|this|last)\s+month)?(?![a-z0-9])", _on_en_dom),
    # 5. fixed clocks spelled with words
    (rf"{LB}(?:12|twelve)\s*(?:o'?\s*clock\s+)?(?:noon|midday){RB}", _on_noon12),
    # 午夜 alone is midnight; followed by a clock (午夜十二点, 半夜两点) it is a part of the night,
    # read below like 晚上 (晚上十二点 → 00:00, 晚上两点 → 02:00)
    (rf"{LB}(?:(?:12|twelve)\s*(?:o'?\s*clock\s+)?(?:at\s+)?)?midnight{RB}"
     rf"|午夜(?!\s*{_NIGHT_CLOCK_AHEAD})",
     _on_midnight),
    # 6. English ranges: "3-5pm", "from 3 to 5", "between 3 and 5 pm", "10:00-12:00"
    (rf"{LB}(?:(?P<pre>from|between)\s+)?{_en_range_end('1')}\s*"
     r"(?P<conn>-|–|—|~|to|until|till|til|through|thru|and|到|至)\s*"
     rf"{_en_range_end('2')}{RB}", _on_en_range),
    # 7. English clocks that delimit themselves
    (rf"{LB}(?:(?P<half>half)|(?:a\s+)?(?P<q>quarter)|(?P<n>\d{{1,2}}|{_EN_NUM})"
     r"(?P<mins>\s+minutes?)?)\s+(?P<rel>past|after|to|till|til|of)\s+"
     rf"(?P<h>\d{{1,2}}|{_EN_HOUR_W})(?:\s*(?P<mer>{MER})|\s+o'?\s*clock)?{RB}",
     _on_en_past_to),
    # British "half seven" is 7:30 (never "half past" with its "past" left out by mistake: a
    # bare "half" before an hour has no other reading)
    (rf"{LB}half\s+(?P<h>1[0-2]|[1-9]|{_EN_HOUR_W})(?![\d:])(?!\s*(?:an?\s+|past|after))"
     rf"(?!\s*-?\s*{_UNIT_AHEAD})(?:\s*(?P<mer>{MER}))?{RB}", _on_en_half_hour),
    # "fifteen thirty", "thirteen hundred (hours)": 24-hour clocks in words
    (rf"{LB}(?P<h>{_EN_HOUR24_W})\s+(?:(?P<hundred>hundred)|(?P<m>{_EN_MIN_2D_W}))"
     rf"(?:\s+hours|\s*(?P<mer>{MER}))?(?![a-z])(?!\s*-?\s*{_UNIT_AHEAD})", _on_en_hour24_words),
    (rf"(?<![\d:.])(?P<h>\d{{1,2}})\s*:\s*(?P<m>\d{{2}})(?::\d{{2}})?(?!\d)(?:\s*(?P<mer>{MER}))?",
     _on_en_hm),
    (rf"(?<![\d:.])(?P<h>\d{{1,2}})\.(?P<m>\d{{2}})\s*(?P<mer>{MER})", _on_en_hm),
    # "5 30 pm": a clock as speech recognition writes it, its colon left out
    (rf"(?<![\d:.])(?P<h>1[0-2]|0?[1-9])\s+(?P<m>[0-5]\d)\s*(?P<mer>{MER})", _on_en_hm),
    (rf"(?<![a-z0-9.:])(?P<h>\d{{1,2}})\s*(?P<mer>{MER})", _on_en_h_mer),
    (rf"{LB}(?P<h>{_EN_HOUR_W})(?:\s+(?P<m>{_EN_MIN_W}))?\s*(?P<mer>{MER})", _on_en_h_mer),
    (rf"{LB}(?P<h>\d{{1,2}}|{_EN_HOUR_W})\s*o'?\s*clock(?:\s*(?P<mer>{MER}))?{RB}",
     _on_en_oclock),
    # 8. "8 tonight", "10 in the morning": a bare number made a clock by the part that follows
    (rf"{LB}(?:at\s+)?(?P<h>\d{{1,2}}|{_EN_HOUR_W})(?:\s+(?P<m>\d{{2}}|{_EN_MIN_W}))?"
     r"(?=\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|tonight|tonite"
     r"|this\s+(?:morning|afternoon|evening)|tomorrow|today)(?![a-z]))", _on_en_at),
    # 9. weekdays, weekends, weeks, months, years
    # (下周的周三: the week said first, then its day)
    (rf"(?P<mod>{_ZH_WEEK_MOD})?\s*(?:(?:周|星期|礼拜)\s*的\s*)?"
     r"(?:周|星期|礼拜)(?P<d>[一二三四五六日天1-7])", _on_zh_weekday),
    (rf"(?P<mod>{_ZH_WEEK_MOD})?\s*(?:周末|礼拜末)", _on_zh_weekend),
    (rf"(?P<mod>{_ZH_WEEK_MOD})\s*(?:周|星期|礼拜)(?!末)", _on_zh_week),
    (rf"{LB}(?:on\s+)?(?:the\s+)?"
     rf"(?:(?P<mod>next|this\s+coming|this|coming|upcoming|last|the\s+following)\s+)?"
     rf"(?:(?P<wk>week'?s)\s+)?(?P<wd>{_alt(list(_EN_WEEKDAY))})\.?(?:s)?{RB}"
     r"(?:\s+(?P<after>after\s+next))?", _on_en_weekday),
    (rf"{LB}(?:the\s+)?(?P<mod>next|this\s+coming|this|coming|upcoming|last|the\s+following"
     rf"|following)\s+weekend{RB}|{LB}(?:the\s+)?weekend{RB}",
     _on_en_weekend),
    # "Wednesday of next week": the "of" belongs to the week
    (rf"{LB}(?:of\s+)?(?:(?P<after>(?:the\s+)?week\s+after\s+next)"
     rf"|(?P<mod>next|this|last|the\s+following|following)\s+week)(?!')(?:\s+on)?{RB}",
     _on_en_week),
    (rf"(?:{_alt(list(_ZH_MONTH_MOD))})(?!\s*(?:\d|[零一二两三四五六七八九十]))|"
     rf"{LB}(?:this|next|last)\s+month{RB}", _on_rel_month),
    (rf"(?:(?P<y>\d{{4}})\s*年|(?P<ry>今年|明年|后年|去年))?\s*(?P<mo>{NUM})\s*月份?",
     _on_zh_month_window),
    # "in May", "for June", "next May", "in May of 2028", "April 2027", "April next year"
    (rf"{LB}(?:(?P<lead>in|for|during|next)\s+{_MON}{_NOT_MAY_THE_VERB}"
     rf"(?:\s*,?\s*(?:of\s+)?(?P<y>\d{{4}})|\s+(?:of\s+)?(?P<ry>next|this)\s+year)?"
     rf"|{_MON2}(?:\s*,?\s*(?:of\s+)?(?P<y2>\d{{4}})|\s+(?:of\s+)?(?P<ry2>next|this)\s+year)){RB}",
     _on_en_month_window),
    (rf"今年|明年|后年|去年|{LB}(?:this|next|last)\s+year{RB}", _on_rel_year),
    # 10. relative days (and words that carry a part of day too)
    # (后晚 is 后天晚上, but 后晚上 is "after ..., in the evening": 收车后晚上八点)
    (rf"(?:{_alt(list(_ZH_DAY_PART) + list(_ZH_REL_DAY))})(?<!后晚(?=上))", _on_zh_rel_day),
    # A possessive typed or transcribed without its apostrophe ("cancel tomorrows booking",
    # "tonights appointment") is the same day.
    (rf"{LB}(?P<day>{_alt(list(_EN_DAY_PART) + list(_EN_REL_DAY))})s?{RB}", _on_en_rel_day),
    # 11. Chinese ranges ("下午三点到五点", "三到五点", "上午十点到下午一点")
    (rf"(?:(?P<p1>{_ZH_RANGE_PART_ALT}))?\s*(?:{_zh_clock('1')}|(?P<hb1>{NUM}))\s*"
     rf"(?:到|至|-|~|—|–)\s*(?:(?P<p2>{_ZH_RANGE_PART_ALT}))?\s*{_zh_clock('2')}", _on_zh_range),
    # 12. parts of the day
    (rf"(?P<p>{_ZH_PART_ALT})", _on_zh_part),
    (rf"(?P<p>半夜|深夜|午夜)(?=\s*{_NIGHT_CLOCK_AHEAD})", _on_zh_part),
    # 早八点 / 晚8点; "早一点"/"晚一点" mean "a bit earlier/later", not 1 o'clock.
    (rf"(?P<p>早|晚)(?!一点(?![半钟刻零一二三四五六七八九十\d]))(?=\s*{NUM}\s*(?:点|时))",
     _on_zh_part),
    (rf"{LB}(?:in\s+the\s+|at\s+|this\s+)?(?:(?P<early>early\s+morning)"
     rf"|(?P<p>{_alt(list(_EN_PART_WORDS))})){RB}(?:\s+of(?=\s))?", _on_en_part),  # "morning of"
    # 13. Chinese clocks
    (rf"(?P<h>{NUM})\s*点\s*差\s*(?:(?P<q>一刻)|(?P<m>{NUM})\s*分钟?)", _on_zh_cha),
    (rf"差\s*(?:(?P<q>一刻)|(?P<m>{NUM})\s*分钟?)\s*(?P<h>{NUM})\s*点", _on_zh_cha),
    (_zh_clock(""), _on_zh_clock),
    # 14. English clock after a preposition: "at 10", "at ten thirty", "around 3"
    (rf"{LB}(?:at|around|round|about|@|by|approximately|approx\.?)\s*"
     rf"(?P<h>\d{{1,2}}|{_EN_HOUR_W})(?:(?:\s*:\s*|\s+)(?P<m>\d{{2}}|{_EN_MIN_W}))?{RB}",
     _on_en_at),
    # 15. A bare clock number left after everything else ("at 3" → the span `3`, "tomorrow 3",
    # "tonight 8", "three thirty"): LABELS.md puts the preposition outside the span, so the
    # number is often all that is left of the clock. Read only when no clock was found.
    (rf"{LB}(?P<h>\d{{1,2}}|{_EN_HOUR_W})(?:(?:\s*:\s*|\s+)(?P<m>\d{{2}}|{_EN_MIN_W}))?{RB}"
     r"(?!\s*(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?)(?![a-z]))",
     _on_bare_clock),
]
# fmt: on


# The named-day patterns need one of these words; the scanner, run on every span the decoder
# tries, skips them where none is said (they cost a tenth of a scan otherwise).
_NAMED_DAY_HANDLERS = frozenset(
    {
        _on_zh_nth_weekday,
        _on_zh_month_part,
        _on_year_end,
        _on_en_month_part,
        _on_en_nth_weekday,
        _on_holiday,
    }
)
_NAMED_DAY_CUE = re.compile(
    rf"底|末|初|旬|月份?的?中|最后|第|{_alt([k for k in _HOLIDAYS if not k.isascii()])}"
    r"|end|beginning|start|middle|last|first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th"
    r"|christmas|xmas|new\s+year|valentine|may\s+day"
)
_COMPILED: list[tuple[re.Pattern[str], _Handler]] = [
    (with_first_chars(re.compile(p)), h) for p, h in _PATTERNS
]


def _needs(src: str) -> tuple[bool, bool]:
    """Whether a pattern can only match where Latin letters, or Chinese characters, are said:
    judged from its source (a pattern whose letters are all optional is marked by hand in
    _EITHER_SCRIPT) and checked on a corpus by tests/nlu/test_scan_gating.py."""
    bare = re.sub(r"\(\?P<\w+>|\(\?P=\w+\)|\\[a-zA-Z]|\[\^?[^\]]*\]|\{\d*,?\d*\}", "", src)
    latin = re.search(r"[a-z]{2,}", bare) is not None
    cjk = re.search(r"[\u2e80-\u9fff]", src) is not None
    return latin and not cjk, cjk and not latin


# Patterns written with English words that also read a time without them (the bare clock
# number, "3" of "明天 3"): never skipped.
_EITHER_SCRIPT = frozenset({_on_bare_clock})
_LATIN_LETTER = re.compile(r"[a-z]")
_NEEDS = [(False, False) if h in _EITHER_SCRIPT else _needs(p) for p, h in _PATTERNS]
# (Latin letters said, Chinese characters said) -> indices of the patterns that cannot match.
_SKIP_BY_SCRIPT = {
    (latin, cjk): frozenset(
        k
        for k, (need_latin, need_cjk) in enumerate(_NEEDS)
        if (need_latin and not latin) or (need_cjk and not cjk)
    )
    for latin in (False, True)
    for cjk in (False, True)
}


def _scan_plans(skip_by_script: dict) -> dict:
    """(Latin letters said, Chinese characters said, a named day said) -> the patterns the scan
    runs, in order: those of the text's scripts, and the named days' only where one is said."""
    return {
        (latin, cjk, named_days): tuple(
            (pattern, handler)
            for k, (pattern, handler) in enumerate(_COMPILED)
            if k not in skip_by_script[(latin, cjk)]
            and (named_days or handler not in _NAMED_DAY_HANDLERS)
        )
        for latin in (False, True)
        for cjk in (False, True)
        for named_days in (False, True)
    }


_SCAN_PLANS = _scan_plans(_SKIP_BY_SCRIPT)

# Time-looking leftovers: when nothing could be read but one of these is present, the phrase
# is a time we failed on (raise), not a phrase without a time (None).
_TIMEISH = re.compile(
    rf"{NUM}\s*(?:点|时|号|日|月|分钟|小时|刻)|(?:星期|礼拜|周)\S|\d\s*{MER}|o'?clock"
    rf"|\d\s*:\s*\d|{LB}(?:{_alt(list(_EN_WEEKDAY))}){RB}"
)

# Characters folded before matching: traditional forms of the characters the patterns use.
_FOLD = str.maketrans(
    {
        "點": "点",
        "時": "时",
        "號": "号",
        "週": "周",
        "後": "后",
        "鐘": "钟",
        "個": "个",
        "兩": "两",
        "禮": "礼",
        "頭": "头",
        "間": "间",
        "這": "这",
        "過": "过",
        "現": "现",
        "馬": "马",
        "裡": "里",
        "–": "-",
        "—": "-",
        "’": "'",
        "‘": "'",
        "～": "~",
    }
)
_CJK = r"\u2e80-\u9fff\uf900-\ufaff"


# What speech recognition writes for a time word, sounding alike (两个小时已后, "tomorrow
# mourning"): read as the word.
_HEARD_AS = (
    (re.compile(r"已后"), "以后"),
    (re.compile(r"(?<![a-z])mourning(?![a-z])"), "morning"),
    (re.compile(r"(?<![a-z])to morrow(?![a-z])"), "tomorrow"),
    (re.compile(r"(?<![a-z])(next|this|last) weak(?![a-z])"), r"\1 week"),
    # ... and how writing spells am and pm ("at 10 a.m.", "3 p. m.")
    (re.compile(r"(?<![a-z])([ap])\.\s?m\.?(?![a-z])"), r"\1m"),
)


def _normalize(text: str) -> str:
    s = unicodedata.normalize("NFKC", text).translate(_FOLD).lower()
    for heard, word in _HEARD_AS:
        s = heard.sub(word, s)
    s = _SPACES.sub(" ", s).strip()
    # Spaces next to Han characters carry no meaning ("明天 下午 3 点").
    return _SPACES_BY_HAN.sub("", s)


_SPACES = re.compile(r"\s+")
_SPACES_BY_HAN = re.compile(rf"(?<=[{_CJK}])\s+|\s+(?=[{_CJK}])")


def _scan(norm: str, ctx: _Ctx) -> str:
    """Run every pattern over `norm`; returns the text with what was read masked out."""
    text = norm
    plan = _SCAN_PLANS[
        (
            _LATIN_LETTER.search(norm) is not None,
            _CJK_CHAR.search(norm) is not None,
            _NAMED_DAY_CUE.search(norm) is not None,
        )
    ]
    for pattern, handler in plan:
        if pattern.search(text) is None:
            continue  # (most do not match: no handler to bind, nothing to substitute)

        def repl(m: re.Match[str], handler: _Handler = handler) -> str:
            if not m.group().strip():
                return m.group()
            found = ctx.found
            n_offsets, n_dates = len(found.offsets), len(found.dates)
            try:
                read = handler(m, ctx)
                found.offset_words += [m.group().strip()] * (len(found.offsets) - n_offsets)
                found.date_words += [m.group().strip()] * (len(found.dates) - n_dates)
            except ImpossibleTimeError as exc:
                exc.said = exc.said or m.group().strip()
                raise
            except (OverflowError, ValueError):  # "in 8000 years": no calendar has it
                raise BeyondCalendarError(m.group().strip()) from None
            if read:
                return "\x00" * len(m.group())
            return m.group()

        text = pattern.sub(repl, text)
    return text


_T = TypeVar("_T")


# --------------------------------------------------------------------------------------------
# Combining the components
# --------------------------------------------------------------------------------------------
def _one(values: list[_T], what: str) -> _T | None:
    """The single value said (repeats allowed), None when none, an error when they disagree."""
    distinct = list(dict.fromkeys(values))
    if len(distinct) > 1:
        said = ", ".join(str(v) for v in distinct)
        raise TimeParseError(f"conflicting {what} in one time phrase: {said}")
    return distinct[0] if distinct else None


def _hour_in_part(hour: int, part: str) -> int:
    """The 24-hour reading of `hour` said inside a part of day (may be >= 24: after midnight)."""
    reading = _PARTS[part][2]
    if hour == 24:
        return 24
    if hour >= 13:
        if reading in _AM_READINGS:
            raise TimeParseError(f"{hour}:00 is not in the {part}")
        return hour
    if reading == "small":
        return 0 if hour == 12 else hour
    if reading in ("early", "am"):
        return hour
    if reading == "noon":
        if 1 <= hour <= 5:
            return hour + 12
        if hour in (0, 10, 11, 12):
            return hour
        raise TimeParseError(f"{hour} o'clock is not at noon")
    if reading in ("pm", "dusk"):
        if hour == 0:
            raise TimeParseError(f"0 o'clock is not in the {part}")
        return hour if hour == 12 else hour + 12
    # evening: 5-11 pm; 12 is midnight; 1-4 are the small hours after the evening
    if hour == 12 or hour == 0:
        return 24
    if 1 <= hour <= 4:
        return hour + 24
    return hour + 12


def _hour24(clk: _Clock, part: str | None) -> int:
    if clk.hour == 24:
        return 24
    if clk.meridiem:
        if clk.hour > 12 or (clk.hour == 0 and clk.meridiem == "pm"):
            if clk.meridiem == "pm" and clk.hour < 24:
                return clk.hour  # "15pm": redundant but unambiguous
            raise TimeParseError(f"{clk.hour} {clk.meridiem} is not a time")
        if part is not None:
            reading = _PARTS[part][2]
            if (clk.meridiem == "am" and reading in _PM_READINGS) or (
                clk.meridiem == "pm" and reading in _AM_READINGS
            ):
                raise TimeParseError(f"{clk.meridiem} contradicts the {part}")
        if clk.meridiem == "am":
            return 0 if clk.hour == 12 else clk.hour
        return 12 if clk.hour == 12 else clk.hour + 12
    if part is not None:
        return _hour_in_part(clk.hour, part)
    return clk.hour


def _is_bare(clk: _Clock, part: str | None) -> bool:
    """A bare hour 1-11: no part of day, no am/pm, not 24-hour notation."""
    return clk.meridiem is None and part is None and not clk.explicit24 and 1 <= clk.hour <= 11


# On a day other than today, a bare hour up to this one means pm: nobody books a wash at 3 am.
_LAST_BARE_PM_HOUR = 7


def _resolve_clock(clk: _Clock, part: str | None, day: date | None, ctx: _Ctx) -> datetime:
    tz = ctx.now.tzinfo
    part = clk.part or part
    # "Still ahead" (the contract) is judged against now itself: 三点 said at 15:00:30 has
    # passed and is tomorrow's; said at 15:00:00 it is now, and today's.
    floor = ctx.now.replace(microsecond=0)
    if _is_bare(clk, part):
        morning = clk.hour * 60 + clk.minute
        if day is None or day == ctx.today:
            # The contract's bare-hour rule: the hour if still ahead, else the afternoon hour
            # if still ahead, else (no day said) tomorrow at the hour; with 今天 said, pm.
            for minute_of_day in (morning, morning + 12 * 60):
                candidate = _at(ctx.today, minute_of_day, tz)
                if candidate >= floor:
                    return candidate
            if day is None:
                return _at(ctx.today + timedelta(days=1), morning, tz)
            return _at(ctx.today, morning + 12 * 60, tz)
        if 1 <= clk.hour <= _LAST_BARE_PM_HOUR:
            return _at(day, morning + 12 * 60, tz)
        return _at(day, morning, tz)
    minute_of_day = _hour24(clk, part) * 60 + clk.minute
    if day is not None:
        return _at(day, minute_of_day, tz)
    candidate = _at(ctx.today, minute_of_day, tz)
    if candidate < floor:
        candidate = _at(ctx.today + timedelta(days=1), minute_of_day, tz)
    return candidate


def _resolve_range(
    first: _Clock, second: _Clock, part: str | None, day: date | None, ctx: _Ctx
) -> tuple[datetime, datetime]:
    # "3-5pm": the start takes the end's am/pm when that keeps it before the end.
    if first.meridiem is None and second.meridiem and not first.explicit24 and first.part is None:
        adopted = _Clock(first.hour, first.minute, second.meridiem, False, None)
        if _hour24(adopted, None) * 60 + first.minute <= _hour24(second, None) * 60 + second.minute:
            first = adopted
        elif second.meridiem == "pm" and first.hour < 12:
            # "10 to 3pm", "from ten to three pm": the morning's 10, not the bare hour's
            # afternoon reading (22:00, past the range's end).
            first = _Clock(first.hour, first.minute, "am", False, None)
    start = _resolve_clock(first, part, day, ctx)
    base = start.date()
    tz = ctx.now.tzinfo
    end_part = second.part or part
    if _is_bare(second, end_part):
        for minute_of_day in (
            second.hour * 60 + second.minute,
            (second.hour + 12) * 60 + second.minute,
        ):
            end = _at(base, minute_of_day, tz)
            if end > start:
                return start, end
        raise TimeParseError("the end of the time range is before its start")
    end_minutes = _hour24(second, end_part) * 60 + second.minute
    end = _at(base, end_minutes, tz)
    if (
        end <= start
        and start.hour >= 12
        and second.hour < 12
        and end_part is None
        and second.meridiem is None
    ):
        end = _at(base, end_minutes + 12 * 60, tz)
    if end - start > timedelta(days=1):
        # 晚上12点到2点: the start's 24:00 already moved the day on, and the end's 2点 of the
        # night counts from the evening too; clock times never span a whole day.
        end -= timedelta(days=1)
    if end <= start:
        raise TimeParseError("the end of the time range is before its start")
    return start, end


_KINDS = (
    "dates",
    "weekdays",
    "weeks",
    "weekends",
    "windows",
    "parts",
    "clocks",
    "ranges",
    "offsets",
    "instants",
)


def _combine(found: _Found, ctx: _Ctx, text: str) -> TimeSpan:
    tz = ctx.now.tzinfo

    def others_than(*kinds: str) -> list[str]:
        return [k for k in _KINDS if k not in kinds and getattr(found, k)]

    if found.instants:
        if others_than("instants"):
            raise TimeParseError("'now' cannot be combined with another time")
        return TimeSpan(text, _one(found.instants, "instants"), None)
    if found.offsets:
        if others_than("offsets"):
            raise TimeParseError("a relative offset cannot be combined with another time")
        delta = _one(found.offsets, "offsets")
        # Exact elapsed time: add in UTC so a DST change in the zone cannot skew it.
        start = (ctx.now.astimezone(UTC) + delta).astimezone(tz)
        return TimeSpan(text, start, None)

    # ---- the day, or a multi-day window ----
    week_k: int | None = _one(found.weeks, "weeks")
    dates = list(found.dates)
    for wd, mod in found.weekdays:
        if mod is not None and week_k is not None and mod != week_k:
            raise TimeParseError("the weekday and the week said do not agree")
        k = mod if mod is not None else week_k
        if k is None and found.dates:
            # "12月4号周五", "今天周三": the weekday only confirms the day said.
            if any(d.weekday() != wd for d in found.dates):
                raise _WeekdayMismatchError(f"{found.dates[0]} is not a {calendar.day_name[wd]}")
        elif k is None:
            ahead = (wd - ctx.today.weekday()) % 7 or 7  # strictly after today
            dates.append(ctx.today + timedelta(days=ahead))
        else:
            dates.append(ctx.monday + timedelta(days=7 * k + wd))
    windows = list(found.windows)
    weekend_start: date | None = None
    if found.weekends:
        k = _one(found.weekends, "weekends")
        k = k if k is not None else (week_k if week_k is not None else 0)
        weekend_start = ctx.monday + timedelta(days=7 * k + 5)
        windows.append((weekend_start, weekend_start + timedelta(days=2)))
    elif week_k is not None and not found.weekdays:
        week_start = ctx.monday + timedelta(days=7 * week_k)
        windows.append((week_start, week_start + timedelta(days=7)))
    day: date | None = _one(dates, "days")
    window = _one(windows, "periods")
    if day is not None and window is not None:
        if not window[0] <= day < window[1]:
            raise TimeParseError(f"{day.isoformat()} is not within the period said")
        window = None
    part: str | None = _one(found.parts, "parts of day")
    has_clock = bool(found.clocks or found.ranges)
    if window is not None and (part or has_clock):
        # "周末上午", "月底下午三点", "next week in the morning": the period's first day not
        # before today whose part or clock is not yet over (on a Saturday evening, 周末上午 is
        # Sunday's), else its last day. A window books its first free slot, and this is where
        # the first such slot can be.
        first, last = window[0], window[1] - timedelta(days=1)
        candidate = max(first, min(ctx.today, last))
        while True:
            span = _span_on(found, part, candidate, ctx, text)
            if (span.end or span.start) >= ctx.now or candidate >= last:
                return span
            candidate += timedelta(days=1)
    if window is not None:
        return TimeSpan(text, _at(window[0], 0, tz), _at(window[1], 0, tz))
    return _span_on(found, part, day, ctx, text)


def _span_on(found: _Found, part: str | None, day: date | None, ctx: _Ctx, text: str) -> TimeSpan:
    """The span for the clock / part of day said, on `day` (None: no day was said)."""
    tz = ctx.now.tzinfo
    if found.ranges:
        if found.clocks:
            raise TimeParseError("a time range and another clock time in one phrase")
        pair = _one(found.ranges, "time ranges")
        assert pair is not None
        start, end = _resolve_range(pair[0], pair[1], part, day, ctx)
        return TimeSpan(text, start, end)
    if found.clocks:
        clk = _one(found.clocks, "clock times")
        assert clk is not None
        return TimeSpan(text, _resolve_clock(clk, part, day, ctx), None)
    if part is not None:
        ps, pe, _ = _PARTS[part]
        base = day if day is not None else ctx.today
        start, end = _at(base, ps * 60, tz), _at(base, pe * 60, tz)
        if day is None and end <= ctx.now:
            # Today's part is over: the next one is tomorrow's.
            start, end = _at(base, (ps + 24) * 60, tz), _at(base, (pe + 24) * 60, tz)
        return TimeSpan(text, start, end)
    assert day is not None
    return TimeSpan(text, _at(day, 0, tz), _at(day + timedelta(days=1), 0, tz))


def _join(phrase: str, extra: str | None) -> str:
    first = phrase.strip()
    second = (extra or "").strip()
    if not second:
        return first
    if not first:
        return second
    cjk = re.compile(rf"[{_CJK}]")
    sep = "" if cjk.match(first[-1]) or cjk.match(second[0]) else " "
    return f"{first}{sep}{second}"


def resolve_time(
    phrase: str, now: datetime, *, extra: str | None = None, corrected: str | None = None
) -> TimeSpan | None:
    """Resolve a time phrase said at `now` (tz-aware, in the configured zone).

    `extra` is a second piece of the same time said separately (phrase "明天", extra "下午三点");
    the two are read together. `corrected` is a time the speaker took back just before saying
    this one ("明天下午三点" in "明天下午三点,不对,四点"): what the phrase does not say again is
    kept from it. Returns None when no time is said; raises `TimeParseError` when the phrase
    looks like a time but cannot be resolved.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    text = _join(phrase or "", extra)
    if not text:
        return None
    norm = _normalize(text)
    ctx = _Ctx(now=now, today=now.date(), found=_Found())
    try:
        rest = _scan(norm, ctx)
        if ctx.found.empty():
            if _TIMEISH.search(rest):
                raise TimeParseError(f"cannot understand the time {text!r}")
            return None
        if corrected:
            _keep_from_corrected(ctx.found, corrected, ctx)
        return _combine(ctx.found, ctx, text)
    except TimeParseError:
        raise
    except (OverflowError, ValueError):  # "明天" said on 9999-12-31, "December 31, 9999"
        raise BeyondCalendarError(text.strip()) from None


# What could say a time no clock or calendar has, cheap to look for: an hour past 24 before
# 点/时/o'clock/am/pm or a colon, a minute past 59, a month past 12, a day past 29 after
# February or past 30 after a 30-day month, a day past 31 after any month, or a minus sign before
# an offset. Only an utterance this matches is scanned by the resolver (impossible_time).
_ZH_BIG = "(?:二十[五六七八九]|廿[五六七八九]|[三四五六七八九]十[一二三四五六七八九]?|卅)"
# ... said after no other Han character but a day or part of one: 张三十四点半 is 张三 at 14:30.
_ZH_LEAD = r"(?:(?<![\u3400-\u9fff])|(?<=[天午上晚早]))"
_EN_MON_30 = "(?:apr(?:il)?|june?|sep(?:t(?:ember)?)?|nov(?:ember)?)"
# A minus sign right before a number, not inside a word or number (010-1234) nor after another
# number, unit or dash (then it joins a range: 30分钟-1小时, 5日-7日, "2 - 3 hours"), or the word
# for one before a number. An em dash is punctuation (洗车—3天后), never a sign.
_DASHES = "-−–—"
_NEGATIVE = (
    rf"(?:(?<![0-9a-z{_DASHES}钟时天日月号点周年分秒])(?<![0-9{_DASHES}钟时天日月号点周年分秒] )"
    rf"[-−–](?=\d)|\b(?:minus|negative)\s+(?=(?:\d|{_EN_NUM})\b))"
)
_EN_FEB = "feb(?:ruary)?"
_BEYOND_CALENDAR_CUE = (
    r"(?<![0-9])(?:\d{5,}|[2-9]\d{3}\s*(?:年|个月|周|天|小时|years?|yrs?|months?|weeks?|days?"
    r"|hours?)|9\d{3})(?![0-9])"
)
_ZH_HUGE_OFFSET = re.compile(
    r"(?<![0-9])(?P<n>\d{5,})(?:\.\d+)?\s*个?\s*(?P<unit>天|年|周|星期|礼拜|月|小时|钟头|分钟)"
    r"\s*(?:以后|之后|过后|后)"
)
# Days in a unit, as a fraction (numerator, denominator).
_ZH_UNIT_DAYS = {"年": (366, 1), "月": (31, 1), "周": (7, 1), "星期": (7, 1), "礼拜": (7, 1),
                 "天": (1, 1), "小时": (1, 24), "钟头": (1, 24), "分钟": (1, 1440)}  # fmt: skip
# Days that take any "now" the API accepts (from 1970 on) past the calendar's end (9999).
_CALENDAR_DAYS = 366 * 8030
_IMPOSSIBLE_CUE = re.compile(
    "|".join(
        (
            rf"(?<![a-z0-9])(?:2[5-9]|[3-9]\d|\d{{3,}})\s*(?:[点點时時:：]|o'?clock|{MER})",
            rf"{_ZH_LEAD}{_ZH_BIG}[点點时時]",
            r"[:：点點时時]\s*(?:[6-9]\d)(?!\d)",
            r"(?<![a-z0-9])[6-9]\d\s*分",
            r"[六七八九]十[一二三四五六七八九]?分",
            r"(?<![a-z0-9])(?:1[3-9]|[2-9]\d)\s*月",
            r"十[三四五六七八九]月",
            r"(?:(?<![a-z0-9])0?2|(?<![一二三四五六七八九十])二)\s*月\s*(?:3\d|三十)",
            r"(?:(?<![a-z0-9])0?[469]|(?<![a-z0-9])11|(?<![一二三四五六七八九十])[四六九]|十一)\s*月\s*(?:31|三十一)",
            r"月\s*(?:3[2-9]|[4-9]\d)",
            r"年\s*(?:0?2|二)\s*月\s*(?:29|二十九)",
            r"(?<![a-z0-9])24\s*[:：点點时時]\s*(?:0[1-9]|[1-5]\d|半)|二十四[点點时時]半",
            r"(?<![a-z0-9])0{1,2}\s*月|月\s*0{1,2}\s*[号號日]|(?<![a-z0-9])0th\b",
            # a month/day pair (not 50/50 or 32/35), or an ISO date
            r"(?<![\d/])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![\d/])"
            r"|\d{4}-\d{1,2}-\d{1,2}",
            rf"\b{_EN_FEB}\.?\s+(?:3\d)|(?<![a-z0-9])3\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_EN_FEB}\b",
            rf"\b{_EN_MON_30}\.?\s+31|(?<![a-z0-9])31(?:st)?\s+(?:of\s+)?{_EN_MON_30}\b",
            _NEGATIVE,
            # amounts and years past the calendar ("in 8000 years", "99999999 hours", "9999")
            _BEYOND_CALENDAR_CUE,
        )
    ),
    re.IGNORECASE,
)
_NEGATIVE_OFFSET = re.compile(
    rf"{_NEGATIVE}(?:\d+(?:\.\d+)?|{_EN_NUM})\s*(?:个)?\s*"
    r"(?:(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?)\b"
    r"|小时|鐘頭|钟头|分钟|分鐘|天|日|周|星期|礼拜|月)",
    re.IGNORECASE,
)
# A year said relative to now (后年, next year): whether its February has a 29th depends on now,
# which impossible_time does not read; the resolver's own check on the model's span does.
_RELATIVE_YEAR = re.compile(r"今年|明年|后年|前年|去年|(?:this|next|last) year", re.IGNORECASE)
# 点 also counts points ("25点积分"): those are no clock.
_NOT_A_CLOCK = re.compile(r"\d+\s*[点點](?=\s*(?:积分|積分|数|數))")
# A year with February 29th, so that "2月29号" said without a year is never called impossible.
_LEAP_REFERENCE = datetime(2028, 1, 1, tzinfo=UTC)


def impossible_time(text: str) -> str | None:
    """The words of the utterance that say a time that cannot exist, as the driver wrote them
    ("February 30", not the normalised "february 30"): see ``_impossible_words``."""
    said = _impossible_words(text)
    if said is None:
        return None
    words = [re.escape(w) for w in said.split()]
    found = re.search(r"\s*".join(words), text, re.IGNORECASE) if words else None
    return found.group() if found else said


def _impossible_words(text: str) -> str | None:
    """The words of the utterance that say a time that cannot exist ("25点" of "明天25点",
    "february 30", "-5 hours"), or None: no time, a readable one, or one merely not understood.

    The model's span and the resolver's reading of it may well skip such a time (the span check
    picks a span the resolver reads whole: "明天" of "明天25点"), and a booking would then go to
    a time the driver never said. Does not depend on "now": a month and day without a year are
    read against a leap year, so only what no year has counts."""
    # (An em dash is set apart first: normalising folds it into "-".)
    norm = _NOT_A_CLOCK.sub(lambda m: " " * len(m.group()), _normalize(text.replace("—", " ")))
    if not _IMPOSSIBLE_CUE.search(norm):
        return None
    if m := _NEGATIVE_OFFSET.search(norm):
        return m.group().strip()
    for m in _ZH_HUGE_OFFSET.finditer(norm):  # 1000000000000天后: more digits than are read
        num, den = _ZH_UNIT_DAYS[m["unit"]]
        if int(m["n"]) * num > _CALENDAR_DAYS * den:  # integers: no overflow however long
            return m.group().strip()
    ctx = _Ctx(now=_LEAP_REFERENCE, today=_LEAP_REFERENCE.date(), found=_Found())
    try:
        _scan(norm, ctx)
    except ImpossibleTimeError as exc:
        if isinstance(exc, _DayNotInYearError) and _RELATIVE_YEAR.search(norm):
            return None
        return exc.said or str(exc)
    except (TimeParseError, OverflowError, ValueError):
        return None
    # An offset past the calendar ("in 99999999 hours"), or its last day, whose window runs past
    # it ("December 31, 9999"): the pieces read, their sum does not.
    found = ctx.found
    for off, words in zip(found.offsets, found.offset_words, strict=True):
        if _past_the_calendar(off):
            return words
    if not (found.clocks or found.parts or found.ranges or found.instants):
        for day, words in zip(found.dates, found.date_words, strict=True):
            if day >= date.max:  # its whole day runs past the calendar's end
                return words
    return None


def _past_the_calendar(offset: timedelta) -> bool:
    try:
        _LEAP_REFERENCE + offset
    except OverflowError:
        return True
    return False


# What names the day (or days) of a time; a correction that says none of it keeps the old day.
_DAY_KINDS = ("dates", "weekdays", "weeks", "weekends", "windows")


# A bare hour before this, corrected from a morning that it does not fit, is the afternoon's;
# one corrected from an afternoon or evening is the afternoon's when that is before this.
EARLIEST_MORNING_HOUR = 6
LATEST_AFTERNOON_HOUR = 22


def _fits_part(hour: int, part: str) -> bool:
    """Whether a bare hour read in this part of the day falls inside it (十点 in 上午, 九点 in
    晚上 as 21:00; not 四点 in 上午)."""
    lo, hi, reading = _PARTS[part]
    if reading in _PM_READINGS and hour < 12:
        hour += 12
    elif reading == "noon" and hour < 11:
        hour += 12
    return lo <= hour <= hi


def _keep_from_corrected(found: _Found, corrected: str, ctx: _Ctx) -> None:
    """A correction that says only part of a time again keeps the rest of the time it corrects:
    its day ("明天下午三点,不对,四点" is tomorrow), and for a bare clock its part of the day or
    its am/pm ("tomorrow at 5 pm, no wait, 6" is 6 pm). An offset or "now" stands alone."""
    if found.offsets or found.instants or any(getattr(found, k) for k in _DAY_KINDS):
        return
    old = _Ctx(now=ctx.now, today=ctx.today, found=_Found())
    try:
        _scan(_normalize(corrected), old)
    except (TimeParseError, ValueError, OverflowError):
        return
    said = old.found
    if said.offsets or said.instants:
        return
    for k in _DAY_KINDS:
        setattr(found, k, list(getattr(said, k)))
    bare = found.clocks and not found.parts and not found.ranges
    if bare and all(c.meridiem is None and not c.explicit24 for c in found.clocks):
        if said.parts and not all(_fits_part(c.hour, said.parts[0]) for c in found.clocks):
            # 明天上午十点,不对,四点: four o'clock is no hour of the morning; the hour is read on
            # its own, in the afternoon after a part of the afternoon or evening (傍晚六点,不对,
            # 八点 is 20:00), and before 6 after a morning (04:00 is no time for a wash), else
            # in the morning (上午十点,不对,八点 is 08:00)
            pm_part = _PARTS[said.parts[0]][2] in _PM_READINGS

            def pm(hour: int) -> bool:
                if pm_part:  # (下午两点,不对,十一点: 11:00, not 23:00, past every closing)
                    return hour + 12 < LATEST_AFTERNOON_HOUR
                return hour < EARLIEST_MORNING_HOUR

            found.clocks = [
                replace(c, meridiem="pm" if pm(c.hour) else "am") if 1 <= c.hour < 12 else c
                for c in found.clocks
            ]
            return
        found.parts = list(said.parts)
        meridiems = {c.meridiem for c in said.clocks} - {None}
        if not said.parts and len(meridiems) == 1:
            meridiem = meridiems.pop()
            found.clocks = [replace(c, meridiem=meridiem) for c in found.clocks]


# --------------------------------------------------------------------------------------------
# Span checking for the decoder
# --------------------------------------------------------------------------------------------
# What may be left unread in a span that still *is* a time phrase: the "at" of "tomorrow at 4",
# and in Latin script numbers beside a clock ("3 pm 2"). Measured on the generator's gold spans:
# nothing else is ever left over, and nothing at all in Chinese. ("the" and "of" were tried for
# "the evening of the day after tomorrow": spans then swallowed them, -0.7 points held-out.)
_GLUE_WORDS = frozenset(
    "at one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty o oh am pm".split()
)
# Words a time phrase may hold that no pattern spells out (read as glue or a bare clock number).
CLOCK_GLUE_WORDS = _GLUE_WORDS
_LEFTOVER = re.compile(r"[a-z'.]+|\d+|[^\s\x00\W\d_]")
_CJK_CHAR = re.compile(rf"[{_CJK}]")
# a year said outright (明年, "next year" depend on now as much as no year does)
_YEAR_SAID = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|[〇零一二三四五六七八九]{4}\s*年")
# Reading needs a "now"; whether a phrase reads must not depend on it (the decoder's output is
# cached and must not change with the clock). A fixed leap-year day lets "2月29号" read.
_SPAN_CHECK_NOW = datetime(2028, 1, 12, 9, 30, tzinfo=UTC)
# Where a day is missing from the month counted from _SPAN_CHECK_NOW ("下个月31号": February),
# months that have it: July and August, October and December.
_SPAN_CHECK_NOWS = (
    _SPAN_CHECK_NOW,
    datetime(2027, 7, 12, 9, 30, tzinfo=UTC),
    datetime(2027, 10, 12, 9, 30, tzinfo=UTC),
)


def reads_as_time(phrase: str) -> bool:
    """True when the whole phrase is a time phrase: it names a time (a bare clock number too)
    and nothing but glue is left unread ("明天下午三点", "tomorrow at 4", "7"). False for a number
    that is no clock ("45"), for a phrase cut inside a time ("今晚七", "3:") or running into other
    words ("周六有", "tomorrow preferably eight o'clock"), and for conflicting pieces ("the day
    after tomorrow, can we do tomorrow evening").

    Independent of ``now``: the decoder uses it to choose span ends, and its output is cached.
    So a day that a month counted from now may lack ("下个月31号") is read against other months
    too: it is a time phrase, and whether that day exists is the request's ``now`` to say."""
    return time_reading(phrase) is not None


def clock_within_part(part: str, clock: str) -> bool:
    """Whether ``clock``, said after ``part`` (a part of the day, perhaps with its day: 今晚,
    "tomorrow afternoon") as the other piece of one time, falls inside that part when the two
    are read together (今晚 + 八点 is 20:00, inside the evening; 今晚 + 一点吧 is 01:00 the next
    day, and 下午 + 十一点 23:00: neither is). Read at a fixed ``now``, as the span check reads."""
    try:
        window = resolve_time(part, _SPAN_CHECK_NOW)
        joined = resolve_time(part, _SPAN_CHECK_NOW, extra=clock)
    except TimeParseError:
        return False
    if window is None or joined is None or window.end is None:
        return False
    # (a clock the reading put on the next day, its hour passed at that now, is the same hour)
    return any(
        window.start <= at < window.end for at in (joined.start, joined.start - timedelta(days=1))
    )


def time_reading(phrase: str) -> str | None:
    """What a phrase that reads whole as a time (``reads_as_time``) says, else None: "day" (a
    day or a period of days alone: 明天, "next week's Saturday"), "clock" (a clock or a range,
    perhaps with its part of the day, and no day: 下午三点, "9am"), "part" (a part of the day
    alone: 下午), "both" (a day with its clock or part) or "offset" (an offset, or now)."""
    norm = _normalize(phrase)
    if not norm:
        return None
    for now in _SPAN_CHECK_NOWS:
        try:
            return _reads_whole(norm, phrase, now)
        except _DayNotInYearError:
            continue
    return None


def _kind(found: _Found) -> str:
    if found.offsets or found.instants:
        return "offset"
    day = bool(found.dates or found.weekdays or found.weeks or found.weekends or found.windows)
    if found.clocks or found.ranges:
        return "both" if day else "clock"
    if found.parts:
        return "both" if day else "part"
    return "day"


def _reads_whole(norm: str, phrase: str, now: datetime) -> str | None:
    """time_reading at one reference ``now``; raises _DayNotInYearError for a day that month
    lacks."""
    ctx = _Ctx(now=now, today=now.date(), found=_Found())
    try:
        rest = _scan(norm, ctx)
    except _DayNotInYearError:
        raise
    except (TimeParseError, ValueError, OverflowError):
        return None
    if ctx.found.empty():
        return None  # a bare clock number is found by its own pattern; "45" alone is no time
    try:
        _combine(ctx.found, ctx, phrase)
    except _WeekdayMismatchError:
        # "Saturday the 13th" is a time phrase in any month, and whether the two agree is now's
        # to say; unless a year said settles it, the rest must still agree without the weekday.
        if _YEAR_SAID.search(norm):
            return None
        ctx.found.weekdays.clear()
        try:
            _combine(ctx.found, ctx, phrase)
        except _DayNotInYearError:
            raise
        except (TimeParseError, ValueError, OverflowError):
            return None
    except _DayNotInYearError:
        raise
    except (TimeParseError, ValueError, OverflowError):
        return None
    latin = not _CJK_CHAR.search(norm)
    words = _LEFTOVER.findall(rest)
    if all(latin and (w in _GLUE_WORDS or w.isdigit()) for w in words):
        return _kind(ctx.found)
    return None


# The vocabulary the patterns are written in: a text with none of it can add nothing to a time.
# (Less the guards that say what a time is not, whose words no time is written with.)
_PATTERN_SOURCE = functools.reduce(
    lambda src, guard: src.replace(guard, " "),
    (PLACE_AFTER, _NOT_AFTER_A_NUMBER, _NOT_MAY_THE_VERB),
    " ".join(p for p, _ in _PATTERNS),
)
_TIME_CHARS = frozenset(re.findall(rf"[{_CJK}]", _PATTERN_SOURCE))
# The meridiem is spelt letter by letter in MER (optional dots), so its words are added by hand.
_TIME_WORDS = (
    frozenset(re.findall(r"[a-z]{2,}", _PATTERN_SOURCE))
    | {"am", "pm"}
    # possessives without their apostrophe, which the relative-day pattern reads ("tomorrows")
    | {k.split()[-1] + "s" for k in (*_EN_REL_DAY, *_EN_DAY_PART)}
)
_WORD = re.compile(r"[a-z]+")
# The decoder asks this of single tokens and span edges, a few thousand distinct pieces, tens of
# times per utterance; normalising each again cost 15% of the decoding time (0.27 against 0.23 ms
# of CPU an utterance, decoding replayed on recorded logits).
PIECE_MEMO_SIZE = 16384


@functools.lru_cache(maxsize=PIECE_MEMO_SIZE)
def may_be_time(text: str) -> bool:
    """A cheap filter: True when ``text`` has a digit, or a character or word that some time
    pattern is written with. The decoder runs the scanner on a span grown by a token only when the
    token passes this, so a time span does not run on into "洗车" or "please"."""
    norm = _normalize(text)
    if any(ch.isdigit() or ch in _TIME_CHARS for ch in norm):
        return True
    return any(w in _TIME_WORDS for w in _WORD.findall(norm))


# Every pattern above, searched with a lookahead on its first characters (first_chars.py):
# what each matches is unchanged.
speed_up_module(globals())
