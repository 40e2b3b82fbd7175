"""Lexicons for the synthetic NLU data generator (see LABELS.md for the span conventions).

Every list here is shared by all template families, so a family held out of training only ever
combines words that training families also use. Store and service ids come from the catalogue.

Tuples ``(pre, core, post)`` mean: ``pre`` and ``post`` are said around the mention but are not
part of the labelled span; ``core`` is exactly the labelled span.
"""

from __future__ import annotations

import random

from autoglm_gw.catalog import SERVICES_BY_ID, STORES_BY_ID

Rng = random.Random
Weighted = tuple[tuple[str, float], ...]

NEAREST = "nearest"


def pick(rng: Rng, items):
    """Uniform choice from a sequence."""
    return items[rng.randrange(len(items))]


def wpick(rng: Rng, items: Weighted) -> str:
    """Weighted choice from ``((value, weight), ...)``."""
    total = sum(w for _, w in items)
    x = rng.random() * total
    for value, w in items:
        x -= w
        if x < 0:
            return value
    return items[-1][0]


# ---------------------------------------------------------------------------------------------
# Services. Chinese nouns, English nouns (with countability for the article), verb phrases.
# "generic" words just mean "a car wash": labelled standard in bookings, unlabelled elsewhere.
# ---------------------------------------------------------------------------------------------

ZH_SVC_GENERIC = ("洗车",)
ZH_SVC_GENERIC_VERB = ("洗车", "洗个车", "洗一下车", "洗洗车", "洗下车", "洗一洗车")

ZH_SVC: dict[str, tuple[str, ...]] = {
    "standard": ("普通洗车", "标准洗车", "常规洗车", "基础洗车", "普洗", "普通清洗"),
    "quick": ("快洗", "快速洗车", "快速清洗", "极速洗车", "速洗", "快速洗"),
    "automatic": (
        "自动洗车", "无接触洗车", "机洗", "全自动洗车", "电脑洗车", "隧道洗车",
        "无人洗车", "自动洗", "机器洗车", "无接触洗",
    ),
    "detailing": (
        "精洗", "精细洗车", "深度清洁", "美容", "汽车美容", "全车精洗", "精致洗车",
        "深度清洗", "车辆美容", "全车美容",
    ),
    "interior": (
        "内饰清洗", "内饰", "车内清洁", "内饰清洁", "内部清洁", "车内清洗", "车内吸尘",
        "内饰清理",
    ),
    "wax": (
        "洗车打蜡", "打蜡", "洗车加打蜡", "洗车带打蜡", "洗车上蜡", "上蜡", "打蜡洗车",
        "洗车加蜡",
    ),
}
# verb-like spans (the whole phrase is the service mention, like 洗一下车)
ZH_SVC_VERB_EXTRA: dict[str, tuple[str, ...]] = {
    "wax": ("打个蜡", "打一下蜡", "打打蜡"),
    "quick": ("快洗一下", "快速洗一下"),
    "detailing": ("精洗一下",),
}
ZH_SVC_VERB_PRE = ("做个", "做一下", "做", "来个", "弄个", "搞个", "做一次", "安排个")

# (core, countable)
EN_SVC: dict[str, tuple[tuple[str, bool], ...]] = {
    "standard": (
        ("regular wash", True), ("basic wash", True), ("standard wash", True),
        ("normal wash", True), ("regular car wash", True), ("basic car wash", True),
        ("simple wash", True),
    ),
    "quick": (
        ("express wash", True), ("quick wash", True), ("express car wash", True),
        ("quick car wash", True), ("fast wash", True), ("quick rinse", True),
        ("express", True),
    ),
    "automatic": (
        ("automatic wash", True), ("automatic car wash", True), ("touchless wash", True),
        ("touchless car wash", True), ("touch-free wash", True), ("drive-through wash", True),
        ("drive-thru wash", True), ("tunnel wash", True), ("machine wash", True),
        ("auto wash", True), ("automated wash", True),
    ),
    "detailing": (
        ("full detail", True), ("detailing", False), ("detail", True), ("full detailing", False),
        ("car detailing", False), ("deep clean", True), ("premium detail", True),
        ("complete detail", True), ("full valet", True),
    ),
    "interior": (
        ("interior cleaning", False), ("interior clean", True), ("interior wash", True),
        ("interior detail", True), ("interior vacuum", True), ("interior cleanup", True),
        ("inside clean", True),
    ),
    "wax": (
        ("wash and wax", True), ("wash & wax", True), ("wax", True), ("waxing", False),
        ("wax job", True), ("car wax", True), ("wash with wax", True), ("wash plus wax", True),
        ("hand wax", True),
    ),
}
EN_SVC_GENERIC: tuple[tuple[str, bool], ...] = (("car wash", True), ("wash", True))
EN_SVC_VERB: dict[str, tuple[str, ...]] = {
    "standard": ("wash my car", "wash the car", "get my car washed", "get the car washed",
                 "wash the vehicle"),
    "interior": ("clean the inside", "clean the interior", "clean out the interior",
                 "vacuum the inside"),
    "wax": ("wax my car", "wax the car", "wash and wax my car"),
    "detailing": ("detail my car", "get my car detailed", "detail the car"),
}
EN_GENERIC_VERBS = frozenset(EN_SVC_VERB["standard"])

SERVICE_WEIGHTS: Weighted = (
    ("standard", 0.34), ("quick", 0.13), ("automatic", 0.13), ("detailing", 0.14),
    ("interior", 0.13), ("wax", 0.13),
)

# ---------------------------------------------------------------------------------------------
# Stores. Chinese aliases carry whether a store noun (店/门店/分店) is attached; English aliases
# whether a head noun (store/location/branch) is attached. Attached nouns are inside the span.
# ---------------------------------------------------------------------------------------------

ZH_STORE: dict[str, tuple[tuple[str, bool], ...]] = {
    "guomao": (("国贸店", True), ("国贸", False), ("国贸门店", True), ("国贸分店", True)),
    "sanlitun": (("三里屯店", True), ("三里屯", False), ("三里屯门店", True),
                 ("三里屯分店", True)),
    "wangjing": (("望京店", True), ("望京", False), ("望京门店", True), ("望京分店", True)),
    "zhongguancun": (("中关村店", True), ("中关村", False), ("中关村门店", True),
                     ("中关村分店", True)),
    "wudaokou": (("五道口店", True), ("五道口", False), ("五道口门店", True)),
    "xidan": (("西单店", True), ("西单", False), ("西单门店", True), ("西单分店", True)),
    "yizhuang": (("亦庄店", True), ("亦庄", False), ("亦庄门店", True), ("亦庄分店", True)),
    "capital-airport": (
        ("首都机场店", True), ("首都机场", False), ("机场店", True), ("机场", False),
        ("首都机场门店", True), ("首都国际机场", False), ("T3", False), ("机场分店", True),
    ),
}
ZH_STORE_WRAP_BARE = (
    ("", ""), ("", ""), ("", ""), ("", "那家"), ("", "那边"), ("", "那边的店"), ("", "的店"),
    ("", "那家店"), ("", "那个店"), ("", "的门店"), ("", "那儿的店"), ("", "这家"),
)
ZH_STORE_WRAP_SUFFIXED = (("", ""), ("", ""), ("", ""), ("", "那边"), ("", "这边"))

EN_STORE: dict[str, tuple[tuple[str, bool], ...]] = {
    "guomao": (("Guomao", False), ("Guomao store", True), ("Guomao location", True),
               ("Guomao branch", True), ("China World", False), ("Guo Mao", False)),
    "sanlitun": (("Sanlitun", False), ("Sanlitun store", True), ("Sanlitun location", True),
                 ("Sanlitun branch", True), ("San Li Tun", False)),
    "wangjing": (("Wangjing", False), ("Wangjing store", True), ("Wangjing location", True),
                 ("Wangjing branch", True)),
    "zhongguancun": (("Zhongguancun", False), ("Zhongguancun store", True),
                     ("Zhongguancun location", True), ("Zhongguancun branch", True)),
    "wudaokou": (("Wudaokou", False), ("Wudaokou store", True), ("Wudaokou location", True),
                 ("Wudao Kou", False)),
    "xidan": (("Xidan", False), ("Xidan store", True), ("Xidan location", True),
              ("Xidan branch", True)),
    "yizhuang": (("Yizhuang", False), ("Yizhuang store", True), ("Yizhuang location", True),
                 ("Yizhuang branch", True)),
    "capital-airport": (
        ("Capital Airport", False), ("Capital Airport store", True), ("airport", False),
        ("airport store", True), ("airport location", True), ("airport branch", True),
        ("Beijing Capital Airport", False), ("T3", False),
    ),
}
EN_STORE_WRAP_BARE = (
    ("", ""), ("", ""), ("the ", " one"), ("the one in ", ""), ("the one at ", ""),
)
EN_STORE_WRAP_HEAD = (("the ", ""), ("the ", ""), ("your ", ""), ("", ""))

ZH_NEAREST = (
    ("", "最近", "的店"), ("", "最近", "的那家"), ("", "最近", "的一家"), ("", "最近", "的门店"),
    ("", "离我最近", "的店"), ("", "离我最近", "的那家"), ("", "离这最近", "的门店"),
    ("", "离这儿最近", "的店"), ("", "附近", "的店"), ("", "附近", "的门店"),
    ("", "附近", "的那家"), ("", "距离最近", "的店"), ("", "最近", "那家"),
)
ZH_NEAREST_SHORT = (("", "最近", "的店"), ("", "附近", "的店"), ("", "离我最近", "的店"),
                    ("", "最近", "那家"), ("", "附近", "那家"))
ZH_NEAREST_ADV = (("", "就近", ""), ("在", "附近", ""), ("在", "离我最近", "的地方"))
EN_NEAREST = (
    ("the ", "nearest", " store"), ("the ", "nearest", " one"), ("the ", "closest", " one"),
    ("the ", "closest", " location"), ("a ", "nearby", " store"), ("the ", "nearby", " one"),
    ("one ", "near me", ""), ("the one ", "near me", ""), ("the store ", "near me", ""),
    ("the ", "nearest", " location"), ("whichever store is ", "closest", ""),
    ("the one ", "closest to me", ""), ("the ", "closest", " store"),
)
EN_NEAREST_BARE = (("", "nearest", " store"), ("", "closest", " one"), ("", "nearest", ""),
                   ("", "closest", " location"), ("", "near me", ""))

# Places for hard negatives (navigation, weather...): store areas on purpose, plus others.
EN_NEAREST_POST = (("", "near me", ""), ("", "nearby", ""), ("somewhere ", "nearby", ""),
                   ("", "close to me", ""), ("somewhere ", "near me", ""))

ZH_PLACES = (
    "国贸", "三里屯", "望京", "中关村", "五道口", "西单", "亦庄", "首都机场", "机场", "T3",
    "天安门", "故宫", "王府井", "北京南站", "颐和园", "鸟巢", "公司", "798艺术区", "南锣鼓巷",
    "国贸商城", "三里屯太古里", "望京SOHO",
)
EN_PLACES = (
    "Guomao", "Sanlitun", "Wangjing", "Zhongguancun", "Wudaokou", "Xidan", "Yizhuang",
    "the airport", "Capital Airport", "T3", "Wangfujing", "the Forbidden City",
    "Beijing South Station", "the office", "the mall", "Tiananmen Square", "the Summer Palace",
    "the Guomao mall",
)


def store_aliases() -> dict[str, str]:
    """Lower-cased store mention (span text) -> store id, or "nearest"."""
    out: dict[str, str] = {}
    for sid, names in ZH_STORE.items():
        for core, _ in names:
            out[core.lower()] = sid
    for sid, names in EN_STORE.items():
        for core, _ in names:
            out[core.lower()] = sid
    for group in (ZH_NEAREST, ZH_NEAREST_SHORT, ZH_NEAREST_ADV, EN_NEAREST, EN_NEAREST_BARE,
                  EN_NEAREST_POST):
        for _, core, _ in group:
            out[core.lower()] = NEAREST
    return out


def service_synonyms() -> dict[str, str]:
    """Lower-cased service mention (span text) -> service id."""
    out: dict[str, str] = {}
    for w in ZH_SVC_GENERIC + ZH_SVC_GENERIC_VERB:
        out[w] = "standard"
    for w, _ in EN_SVC_GENERIC:
        out[w] = "standard"
    for table in (ZH_SVC, ZH_SVC_VERB_EXTRA, EN_SVC_VERB):
        for sid, words in table.items():
            for w in words:
                out[w.lower()] = sid
    for sid, words in EN_SVC.items():
        for w, _ in words:
            out[w.lower()] = sid
    return out


STORE_ALIASES: dict[str, str] = store_aliases()
SERVICE_SYNONYMS: dict[str, str] = service_synonyms()
assert set(STORE_ALIASES.values()) == {*STORES_BY_ID, NEAREST}
assert set(SERVICE_SYNONYMS.values()) == set(SERVICES_BY_ID)

# ---------------------------------------------------------------------------------------------
# Chinese times
# ---------------------------------------------------------------------------------------------

_ZH_DIGIT = "零一二三四五六七八九"


def zh_int(n: int, liang: bool = False) -> str:
    """0..99 in Chinese numerals (两 for a counted 2 when ``liang``)."""
    if n == 2 and liang:
        return "两"
    if n < 10:
        return _ZH_DIGIT[n]
    tens, ones = divmod(n, 10)
    head = "十" if tens == 1 else _ZH_DIGIT[tens] + "十"
    return head + (_ZH_DIGIT[ones] if ones else "")


# period -> (allowed 12h hours, weight)
ZH_PERIODS: dict[str, tuple[tuple[int, ...], float]] = {
    "凌晨": ((1, 2, 3, 4, 5), 0.3),
    "早上": ((6, 7, 8, 9), 1.0),
    "早晨": ((6, 7, 8, 9), 0.4),
    "清早": ((6, 7, 8), 0.2),
    "上午": ((8, 9, 10, 11), 1.6),
    "中午": ((11, 12, 1), 0.7),
    "下午": ((1, 2, 3, 4, 5, 6), 2.4),
    "傍晚": ((5, 6, 7), 0.4),
    "晚上": ((6, 7, 8, 9, 10), 1.3),
}
ZH_DAY_PERIOD_WORDS = {"今早": "早上", "明早": "早上", "今晚": "晚上", "明晚": "晚上"}
_ZH_WEEK_STYLE = {
    "周": (("", 3.0), ("这", 0.8), ("本", 0.8), ("下", 2.0), ("下下", 0.4)),
    "星期": (("", 3.0), ("这个", 0.6), ("下个", 1.2), ("这", 0.3), ("下", 0.6), ("本", 0.2)),
    "礼拜": (("", 1.5), ("这个", 0.3), ("下个", 0.6), ("下", 0.4)),
}
_ZH_WEEK_DAYS = {
    "周": ("一", "二", "三", "四", "五", "六", "日", "天"),
    "星期": ("一", "二", "三", "四", "五", "六", "日", "天"),
    "礼拜": ("一", "二", "三", "四", "五", "六", "天", "日"),
}


def zh_weekday(rng: Rng) -> str:
    style = wpick(rng, (("周", 3.0), ("星期", 2.0), ("礼拜", 0.8)))
    prefix = wpick(rng, _ZH_WEEK_STYLE[style])
    day = pick(rng, _ZH_WEEK_DAYS[style])
    return prefix + style + day


def zh_date(rng: Rng) -> str:
    m = rng.randint(1, 12)
    d = rng.randint(1, 31 if m in (1, 3, 5, 7, 8, 10, 12) else 30 if m != 2 else 28)
    suffix = wpick(rng, (("号", 2.0), ("日", 1.0)))
    style = rng.random()
    if style < 0.5:
        return f"{m}月{d}{suffix}"
    if style < 0.75:
        return f"{zh_int(m)}月{zh_int(d)}{suffix}"
    if style < 0.9:
        return f"{d}号"
    return f"{zh_int(d)}号"


def zh_day(rng: Rng) -> str:
    kind = wpick(rng, (("rel", 0.55), ("week", 0.3), ("date", 0.15)))
    if kind == "rel":
        return wpick(rng, (("今天", 0.8), ("明天", 1.6), ("后天", 0.7), ("大后天", 0.3)))
    if kind == "week":
        return zh_weekday(rng)
    return zh_date(rng)


def zh_clock(rng: Rng, period: str | None) -> str:
    """A clock time, consistent with ``period`` when given."""
    if period is None:
        hour = rng.choice((8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 13, 14, 15, 16, 17, 18, 19, 20))
    else:
        hour = rng.choice(ZH_PERIODS[period][0])
    digits = rng.random() < 0.4
    if digits and rng.random() < 0.3:
        h = hour
        mm = rng.choice((0, 0, 30, 30, 15, 45, 10, 20, 5))
        hs = f"{h:02d}" if rng.random() < 0.2 and h < 10 else str(h)
        return f"{hs}:{mm:02d}"
    h = str(hour) if digits else zh_int(hour, liang=True)
    if not digits and hour == 2 and rng.random() < 0.1:
        h = "二"
    r = rng.random()
    if r < 0.42:
        tail = "点钟" if rng.random() < 0.15 else ("点整" if rng.random() < 0.05 else "点")
        return h + tail
    if r < 0.65:
        return h + "点半"
    if r < 0.72:
        return h + "点" + ("一刻" if rng.random() < 0.6 else "三刻")
    minute = rng.choice((5, 10, 15, 20, 25, 30, 40, 45, 50))
    if digits:
        ms = f"{minute:02d}" if minute < 10 else str(minute)
    else:
        ms = ("零" + zh_int(minute)) if minute < 10 else zh_int(minute)
    return h + "点" + ms + ("分" if rng.random() < 0.5 else "")


def zh_period(rng: Rng) -> str:
    return wpick(rng, tuple((p, w) for p, (_, w) in ZH_PERIODS.items()))


def zh_relative(rng: Rng) -> str:
    tail = wpick(rng, (("后", 3.0), ("以后", 1.5), ("之后", 1.0)))
    r = rng.random()
    if r < 0.45:
        n = rng.choice((1, 2, 2, 3, 4))
        num = str(n) if rng.random() < 0.25 else zh_int(n, liang=True)
        if n == 1 and rng.random() < 0.5:
            return "一个半小时" + tail
        return num + ("个小时" if rng.random() < 0.5 else "小时") + tail
    if r < 0.65:
        return ("半小时" if rng.random() < 0.6 else "半个小时") + tail
    m = rng.choice((10, 15, 20, 30, 40, 45, 50))
    num = str(m) if rng.random() < 0.5 else zh_int(m)
    return num + "分钟" + tail


def zh_time_parts(rng: Rng) -> tuple[str, str]:
    """(day part, clock part) for a time said in two pieces; the period goes to either."""
    day = zh_day(rng)
    period = zh_period(rng) if rng.random() < 0.75 else None
    clock = zh_clock(rng, period)
    if period and rng.random() < 0.3:
        return day + period, clock
    return day, (period or "") + clock


def zh_time(rng: Rng) -> str:
    kind = wpick(rng, (
        ("dpc", 0.26), ("dc", 0.08), ("dp", 0.15), ("word", 0.08), ("d", 0.1), ("pc", 0.12),
        ("c", 0.07), ("p", 0.03), ("rel", 0.11),
    ))
    if kind == "rel":
        return zh_relative(rng)
    if kind == "word":
        w = pick(rng, tuple(ZH_DAY_PERIOD_WORDS))
        if rng.random() < 0.65:
            return w + zh_clock(rng, ZH_DAY_PERIOD_WORDS[w])
        return w
    if kind == "d":
        return zh_day(rng)
    if kind == "c":
        return zh_clock(rng, None)
    period = zh_period(rng)
    if kind == "p":
        return period
    if kind == "pc":
        return period + zh_clock(rng, period)
    day = zh_day(rng)
    if kind == "dp":
        return day + period
    if kind == "dc":
        return day + zh_clock(rng, None)
    return day + period + zh_clock(rng, period)


def zh_old_time(rng: Rng) -> str:
    """An existing booking's time (never labelled)."""
    r = rng.random()
    if r < 0.5:
        return zh_day(rng)
    if r < 0.8:
        p = zh_period(rng)
        return zh_day(rng) + p + (zh_clock(rng, p) if rng.random() < 0.5 else "")
    return pick(rng, ("今天", "明天", "今晚", "明早", "后天", "周末"))


# ---------------------------------------------------------------------------------------------
# English times: generators return (preposition, phrase); the preposition is not labelled.
# ---------------------------------------------------------------------------------------------

EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
EN_MONTHS_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                  "Dec")
EN_NUM = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve")
EN_PERIOD_HOURS = {"morning": (7, 8, 9, 10, 11), "afternoon": (1, 2, 3, 4, 5),
                   "evening": (6, 7, 8, 9), "night": (7, 8, 9)}


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def en_date(rng: Rng) -> str:
    m = rng.randrange(12)
    d = rng.randint(1, 28)
    r = rng.random()
    month = EN_MONTHS[m] if rng.random() < 0.6 else EN_MONTHS_ABBR[m]
    if r < 0.35:
        return f"{month} {ordinal(d)}"
    if r < 0.6:
        return f"{month} {d}"
    if r < 0.8:
        return f"{d} {EN_MONTHS[m]}"
    return f"the {ordinal(d)} of {EN_MONTHS[m]}"


def en_day(rng: Rng, with_period: bool = True) -> tuple[str, str, str | None]:
    """(prep, day phrase, period already said or None)."""
    kind = wpick(rng, (("rel", 0.5), ("week", 0.35), ("date", 0.15)))
    if kind == "rel":
        options: list[tuple[str, float]] = [
            ("today", 0.7), ("tomorrow", 2.2), ("the day after tomorrow", 0.4)]
        if with_period:
            options += [("tonight", 0.5), ("this morning", 0.3), ("this afternoon", 0.6),
                        ("this evening", 0.4), ("tomorrow morning", 0.6),
                        ("tomorrow afternoon", 0.6), ("tomorrow evening", 0.4),
                        ("tomorrow night", 0.2)]
        day = wpick(rng, tuple(options))
        period = None
        for p in ("morning", "afternoon", "evening", "night"):
            if day.endswith(p):
                period = p
        if day == "tonight":
            period = "evening"
        return "", day, period
    if kind == "week":
        wd = pick(rng, EN_WEEKDAYS)
        mod = wpick(rng, (("", 2.0), ("this ", 0.8), ("next ", 1.4), ("this coming ", 0.15)))
        text = mod + wd
        period = None
        if with_period and rng.random() < 0.3:
            period = pick(rng, ("morning", "afternoon", "evening"))
            text += " " + period
        prep = "on " if not mod and rng.random() < 0.5 else ""
        return prep, text, period
    return ("on " if rng.random() < 0.5 else ""), en_date(rng), None


def en_clock(rng: Rng, period: str | None = None, allow_bare: bool = False) -> str:
    hours = EN_PERIOD_HOURS.get(period or "", (8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7))
    h = rng.choice(hours)
    pm = period in ("afternoon", "evening", "night") or (period is None and 1 <= h <= 7)
    if period is None and h == 12:
        pm = True
    ampm_case = wpick(rng, (("pm", 3.0), ("PM", 1.0)))
    ampm = ampm_case if pm else ampm_case.replace("p", "a").replace("P", "A")
    mm = rng.choice((0, 0, 0, 30, 30, 15, 45, 20, 10))
    r = rng.random()
    if (period is not None or allow_bare) and r < 0.4:
        # a bare "3" / "three" is natural once the day or period is said ("tomorrow at 3")
        if r < 0.3:
            return str(h) if not mm else f"{h}:{mm:02d}"
        return EN_NUM[h] if mm != 30 else f"half past {EN_NUM[h]}"
    if r < 0.6:
        sep = " " if rng.random() < 0.5 else ""
        return (f"{h}{sep}{ampm}" if not mm else f"{h}:{mm:02d}{sep}{ampm}")
    if r < 0.72:
        h24 = h + 12 if pm and h != 12 else h
        return f"{h24:02d}:{mm:02d}" if h24 < 10 and rng.random() < 0.5 else f"{h24}:{mm:02d}"
    if r < 0.8:
        return f"{pick(rng, (EN_NUM[h], str(h)))} o'clock"
    if r < 0.86:
        return f"half past {EN_NUM[h]}"
    if r < 0.9:
        return f"quarter past {EN_NUM[h]}"
    if r < 0.92:
        return f"quarter to {EN_NUM[h % 12 + 1]}"
    if r < 0.95:
        return f"{EN_NUM[h]} thirty" + (f" {ampm}" if rng.random() < 0.5 else "")
    if period is None and rng.random() < 0.7:
        return pick(rng, ("noon", "midday", "noon"))
    return f"{h}{ampm}"


def en_clock_bare(rng: Rng, period: str) -> str:
    """A clock time without am/pm, for "3 in the afternoon"."""
    h = rng.choice(EN_PERIOD_HOURS[period])
    mm = rng.choice((0, 0, 0, 30, 15, 45))
    r = rng.random()
    if r < 0.5:
        return str(h) if not mm else f"{h}:{mm:02d}"
    if r < 0.75:
        return EN_NUM[h]
    if r < 0.9:
        return f"half past {EN_NUM[h]}"
    return f"{pick(rng, (EN_NUM[h], str(h)))} o'clock"


def en_relative(rng: Rng) -> str:
    r = rng.random()
    if r < 0.3:
        n = rng.choice((2, 2, 3, 4))
        return f"in {pick(rng, (str(n), EN_NUM[n]))} hours"
    if r < 0.5:
        return pick(rng, ("in an hour", "in one hour", "in half an hour", "in an hour and a half",
                          "in a half hour"))
    if r < 0.8:
        m = rng.choice((10, 15, 20, 30, 40, 45, 90))
        return f"in {m} minutes"
    return pick(rng, ("an hour from now", "2 hours from now", "two hours from now",
                      "30 minutes from now", "20 minutes from now", "half an hour from now"))


def en_time_parts(rng: Rng) -> tuple[tuple[str, str], tuple[str, str]]:
    """((prep, day part), (prep, clock part)) for a time said in two pieces."""
    prep, day, period = en_day(rng)
    clock = en_clock(rng, period, allow_bare=True)
    return (prep, day), ("at ", clock)


def en_time(rng: Rng, allow_relative: bool = True) -> tuple[str, str]:
    kind = wpick(rng, (
        ("d_at_c", 0.3), ("c_d", 0.1), ("d", 0.2), ("c", 0.14), ("c_in_p", 0.05),
        ("rel", 0.13 if allow_relative else 0.0), ("noon_d", 0.03), ("c_in_p_d", 0.03),
        ("d_c", 0.06),
    ))
    if kind == "d_c":  # "tomorrow 3pm", "Saturday 10:30 am"
        prep, day, _ = en_day(rng, with_period=False)
        return prep, f"{day} {en_clock(rng)}"
    if kind == "rel":
        return "", en_relative(rng)
    if kind == "d":
        prep, day, _ = en_day(rng)
        return prep, day
    if kind == "c":
        return "at ", en_clock(rng)
    if kind == "c_in_p":
        p = pick(rng, ("morning", "afternoon", "evening"))
        return "at ", f"{en_clock_bare(rng, p)} in the {p}"
    if kind == "c_in_p_d":
        p = pick(rng, ("morning", "afternoon", "evening"))
        _, day, _ = en_day(rng, with_period=False)
        return "at ", f"{en_clock_bare(rng, p)} in the {p} {day}"
    if kind == "noon_d":
        prep, day, _ = en_day(rng, with_period=False)
        return prep, f"{day} at noon"
    if kind == "c_d":
        _, day, _ = en_day(rng, with_period=False)
        return "at ", f"{en_clock(rng)} {day}"
    prep, day, period = en_day(rng)
    return prep, f"{day} at {en_clock(rng, period, allow_bare=True)}"


def en_old_time(rng: Rng) -> tuple[str, str]:
    if rng.random() < 0.5:
        prep, day, _ = en_day(rng)
        return prep, day
    return en_time(rng, allow_relative=False)


EN_POSS_DAYS = ("tomorrow", "today", "tonight", "Saturday", "Friday", "Sunday", "Monday",
                "Wednesday", "Thursday", "Tuesday", "tomorrow", "today")

# ---------------------------------------------------------------------------------------------
# Unlabelled padding
# ---------------------------------------------------------------------------------------------

ZH_HI = ("你好，", "小G，", "嗨，", "喂，", "你好小G，", "小G小G，", "嘿，")
ZH_POL = ("麻烦", "麻烦你", "请", "劳驾", "辛苦", "拜托")
ZH_FILL = ("嗯", "呃", "那个", "就是", "啊", "嗯嗯", "这个", "然后", "就是那个", "额", "那啥",
           "嗯那个")
ZH_END = ("吧", "啊", "哈", "。", "！", "，谢谢", "谢谢", "，谢谢啦", "呗", "哦", "好吗", "可以吗",
          "行吗", "吧。", "哈，谢谢", "啦", "就行", "就好", "，多谢")
ZH_END2 = ("吧", "左右吧", "左右", "的样子", "可以吗", "行吗", "。", "吧。")
ZH_QEND = ("？", "?", "呢", "呢？", "啊", "呀")
ZH_WANT = ("我想", "我要", "想", "我打算", "我准备", "我得", "要", "我需要", "我想要")
EN_HI = ("hey", "hi", "ok", "okay", "hey assistant", "hello", "excuse me", "hey there")
EN_POL = ("please", "could you", "can you", "would you", "could you please", "can you please",
          "would you please")
EN_FILL = ("um", "uh", "like", "so", "well", "er", "hmm", "you know", "uh so", "um, like",
           "alright", "okay so")
EN_END = (".", " please", ", please", ", thanks", ". Thanks!", "!", ", thank you", " thanks",
          " please.", ", cheers", " if possible", ", if you can", ", thanks a lot")
EN_QEND = ("?", "?", "")
EN_WANT = ("I'd like to", "I want to", "I need to", "I wanna", "I would like to",
           "I'm looking to", "I'd love to")
