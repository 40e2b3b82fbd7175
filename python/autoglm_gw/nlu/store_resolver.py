"""Resolve a loosely said store mention ("国贸那家", "the airport store") to a catalogue store.

Users name stores the way they talk: with fillers (那家, 那边的店, "the ... one"), in either
language, in full-width characters, sometimes misheard by ASR ("Sanlitan"). Resolution is
deterministic and ordered:

1. No mention, or only fillers ("那家店", "the store") -> None (no store named or implied).
2. A named store wins, even next to "nearest" words ("国贸附近的店" is the Guomao store):
   exact alias after stripping fillers, then the longest alias contained in the mention, then,
   for Latin-script mentions, a near miss (edit distance <= 1 for aliases of >= 6 letters,
   <= 2 for >= 10) so ASR typos still land. Two different stores named -> "ambiguous_store".
3. A "nearest" phrasing (最近, 离我最近, 附近, 就近, nearest, closest, nearby, near me, close) ->
   the store nearest to `location` by great-circle distance; without a location ->
   "location_required".
4. Anything else -> "unknown_store".

`distance_km` is filled (rounded to 0.1 km) whenever a location is given.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata

import msgspec

from autoglm_gw import catalog

from .first_chars import speed_up_module

__all__ = ["StoreMatch", "StoreResolutionError", "haversine_km", "resolve_store"]

EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)


class StoreResolutionError(ValueError):
    """The mention cannot be resolved to one store; `code` is the API error code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class StoreMatch(msgspec.Struct, frozen=True):
    store: catalog.Store
    distance_km: float | None = None


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lat, lon) points in degrees."""
    lat1, lon1 = map(math.radians, a)
    lat2, lon2 = map(math.radians, b)
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)  # fmt: skip
    # min() guards asin against rounding just above 1 for antipodal points.
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


# Extra names people use, beyond what the catalogue already gives (id, 名称, name without 店,
# English name). Keyed by store id so a catalogue change cannot silently orphan them.
_EXTRA_ALIASES: dict[str, tuple[str, ...]] = {
    "guomao": ("国贸", "国贸中心", "国贸商城", "guo mao", "china world", "cbd"),
    "sanlitun": ("三里屯", "太古里", "san li tun", "taikoo li"),
    "wangjing": ("望京", "wang jing"),
    "zhongguancun": ("中关村", "zhong guan cun", "zgc"),
    "wudaokou": ("五道口", "道口", "wu dao kou"),
    "xidan": ("西单", "xi dan"),
    "yizhuang": ("亦庄", "经开区", "经济技术开发区", "开发区", "yi zhuang", "e-town", "etown",
                 "bda"),
    "capital-airport": (
        "首都机场", "首都国际机场", "机场", "北京机场", "航站楼", "t1", "t2", "t3",
        "airport", "capital airport", "capital international airport", "beijing airport",
        "pek", "shoudu jichang", "shou du ji chang",
    ),
}  # fmt: skip

# Names that look like an alias but mean somewhere we have no store (Daxing is the *other*
# Beijing airport): checked first so "大兴机场" is unknown rather than the Capital Airport store.
_NOT_OURS: tuple[str, ...] = ("大兴机场", "大兴国际机场", "daxing", "pkx", "南苑")

_NEAREST = re.compile(
    r"最近|离我近|离我最近|离得近|附近|就近|周边|旁边|近一点|近点|"
    r"(?<![a-z])(?:nearest|closest|nearby|near\s+me|close\s+to\s+me|close\s+by|around\s+here"
    r"|near\s+here|closest\s+one|close)(?![a-z])"  # "somewhere close": the span is "close"
)

# Fillers removed before an exact comparison: they carry no store identity.
_ZH_FILLERS = (
    "洗车店", "洗车点", "门店", "分店", "店铺", "那家", "这家", "那个", "这个", "那边", "这边",
    "那里", "这里", "那儿", "这儿", "附近", "的", "店", "家", "去", "在", "到",
)  # fmt: skip
_EN_FILLERS = frozenset(
    "the a an one store stores branch location shop outlet site place car wash carwash at in "
    "to near by please your our that this".split()
)


_PUNCTUATION = re.compile(r"[^\w\s-]")  # (keeps CJK, letters, digits)
_SPACES = re.compile(r"\s+")
_SPACES_AND_DASHES = re.compile(r"[\s_-]+")


def _fold(text: str) -> str:
    """Case-, width- and punctuation-insensitive form: NFKC, lower case, single spaces."""
    s = unicodedata.normalize("NFKC", text).lower()
    s = _PUNCTUATION.sub(" ", s)
    return _SPACES.sub(" ", s).strip()


def _compact(text: str) -> str:
    """Without spaces or hyphens: "guo mao" and "Guomao" compare equal."""
    return _SPACES_AND_DASHES.sub("", text)


def _strip_fillers(folded: str) -> str:
    words = [w for w in folded.split(" ") if w not in _EN_FILLERS]
    s = " ".join(words)
    for filler in _ZH_FILLERS:
        s = s.replace(filler, "")
    return _compact(s)


def _is_latin(s: str) -> bool:
    return bool(s) and all(ch.isascii() for ch in s)


def _build_aliases() -> dict[str, str]:
    """Compact alias -> store id, from the catalogue plus the extra names above."""
    aliases: dict[str, str] = {}
    for store in catalog.STORES:
        names = {store.id, store.name, store.name.removesuffix("店"), store.name_en}
        names.update(_EXTRA_ALIASES.get(store.id, ()))
        for name in names:
            key = _compact(_fold(name))
            owner = aliases.setdefault(key, store.id)
            if owner != store.id:  # a catalogue edit made two stores share a name
                raise RuntimeError(f"alias {name!r} names both {owner} and {store.id}")
    return aliases


_ALIASES: dict[str, str] = _build_aliases()
# Longest first: "首都机场" is tried before "机场", "五道口" before "道口".
_ALIASES_BY_LENGTH: list[tuple[str, str]] = sorted(
    _ALIASES.items(), key=lambda kv: len(kv[0]), reverse=True
)
_SHORT_LATIN = 3  # Latin aliases this short ("t3", "zgc", "pek") must be a whole word
# names_a_store's one-pass tests: any alias inside the spaceless text, short Latin ones as words.
_ANY_LONG_ALIAS = re.compile(
    "|".join(
        re.escape(a) for a, _ in _ALIASES_BY_LENGTH if not (_is_latin(a) and len(a) <= _SHORT_LATIN)
    )
)
_ANY_SHORT_ALIAS = re.compile(
    r"(?<![a-z0-9])(?:"
    + "|".join(
        re.escape(a) for a, _ in _ALIASES_BY_LENGTH if _is_latin(a) and len(a) <= _SHORT_LATIN
    )
    + r")(?![a-z0-9])"
)


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance with adjacent transpositions, stopping early above `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if prev2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def _fuzzy_limit(alias: str) -> int:
    if len(alias) >= 10:
        return 2
    if len(alias) >= 6:
        return 1
    return 0


_NOT_OURS_COMPACT = tuple(_compact(name) for name in _NOT_OURS)


def _names_elsewhere(folded: str) -> bool:
    """The text names a place we have no store at (大兴机场 is the other airport)."""
    compact = _compact(folded)
    return any(name in compact for name in _NOT_OURS_COMPACT)


# names_a_store's answers: the decoder asks it of utterances and of store spans, which repeat.
NAMES_MEMO_SIZE = 16384


@functools.lru_cache(maxsize=NAMES_MEMO_SIZE)
def names_a_store(text: str) -> bool:
    """Whether a whole utterance names one of our stores somewhere in it: an alias, spaces
    ignored ("wang jing"), short Latin ones as whole words. A cheap test (one pass over the
    aliases, no near misses): the decoder asks it of utterances the model gives no store."""
    folded = _fold(text)
    if _names_elsewhere(folded):
        return False
    compact = _compact(folded)
    if _ANY_LONG_ALIAS.search(compact) or _ANY_SHORT_ALIAS.search(folded):
        return True
    # A name heard as other characters counts when a store noun follows it (三里吞店), so
    # that common words that sound alike (几场) never do; or when it is all that is said (the
    # store span 三里吞 of 三里吞那家店给我安排…, round 77).
    if not _CJK.search(compact):
        return False
    heard = compact.translate(_HEARD_AS)
    return bool(
        _HEARD_STORE.search(heard) or heard in _CHINESE_NAMES or _HEARD_BEFORE_A_WASH.search(heard)
    )


def chinese_store_names() -> list[str]:
    """Our stores' Chinese names and aliases, longest first (五道口 before 道口)."""
    return [a for a, _ in _ALIASES_BY_LENGTH if _CJK.search(a)]


def asks_for_the_nearest(text: str) -> bool:
    """Whether ``text`` asks for the nearest store with a noun for it (最近的店, "the closest
    place", "the nearest car wash"): a store is named, though no alias is."""
    return _NEAREST_ASKED.search(_fold(text)) is not None


def takes_a_store_back_for_the_nearest(text: str) -> bool:
    """Whether ``text`` names one of our stores and then, after a correction, asks for the
    nearest one instead, naming no store after it ("Book a wash at Guomao, actually no, just the
    closest one to me"; "…at the Sanlitun store — actually no, just whichever one's closest —";
    both had been booked at the store taken back)."""
    folded = _fold(text)
    for mark in _A_CORRECTION_MARK.finditer(folded):
        after = folded[mark.end() :]
        nearest = _NEAREST_ASKED.search(after, 0, NEAREST_AFTER_CORRECTION_CHARS)
        if (
            nearest is not None
            # (not the store named said to be the closest: "…, I mean it's the closest store
            # to my office", "…, sorry, not the closest store, I know")
            and not _SAID_OF_A_STORE.search(after, 0, nearest.start())
            and names_a_store(folded[: mark.start()])
            and not names_a_store(after)
        ):
            return True
    return False


# Words that make "the closest store" a description, not a request (folded: "it s").
_SAID_OF_A_STORE = re.compile(r"(?<![a-z])(?:it s|it is|is|not|isn t|was|that s)(?![a-z])")


# What takes a store back (not "no" alone: "no, the closest one" is matched by "no" too, and a
# store said before a bare "no" is as taken back as before "actually no").
_A_CORRECTION_MARK = re.compile(
    r"(?<![a-z])(?:actually|wait|no|nope|sorry|i\s+mean|scratch\s+that|on\s+second\s+thought)"
    r"(?![a-z])|不对|哦不|算了|还是|改成|换成|不去了|太远"
)
# How far after the correction the nearest store must be asked for.
NEAREST_AFTER_CORRECTION_CHARS = 48


def says_nearest(span: str) -> bool:
    """Whether a store span holds a word of proximity (最近, "closest", "near me")."""
    return _NEAREST.search(_fold(span)) is not None


# The nearest store asked for with a store noun after it, since 最近 alone is also "lately" and
# 附近洗车 may be a search for a place; and the English store nouns.
_ZH_NEAREST_WITH_NOUN = r"(?:离我最近|离我近|最近|附近|就近)的?(?=一?家|店|门店|分店|那家|那个店)"
_EN_STORE_NOUNS = r"(?:store|branch|location|shop|outlet|one)"
# What else names the nearest store after "nearest"/"closest" ("find the closest place and book
# an express wash", "the nearest car wash"), though never a store after its name.
_EN_NEAREST_PLACE_NOUNS = r"(?:place|spot|car\s*wash)"
_NEAREST_ASKED = re.compile(
    rf"(?<![a-z])(?:nearest|closest)\s+(?:{_EN_STORE_NOUNS}|{_EN_NEAREST_PLACE_NOUNS})(?![a-z])"
    # "at whichever store is closest", "whatever location is nearest to me"
    rf"|(?<![a-z])(?:whichever|whatever)\s+{_EN_STORE_NOUNS}(?:'?\s*s|\s+is)?\s+(?:nearest|closest)"
    rf"(?![a-z])|{_ZH_NEAREST_WITH_NOUN}"
    # 就近 with the booking it asks for (就近安排一个快洗, 就近约个洗车; not 我就近吃个饭)
    r"|就近(?=(?:帮我|给我)?(?:安排|约|预约|订|洗车"
    r"|(?:找个?|找一个)(?:店|门店|洗车店|地方)(?![^，,。]*自己)|找一?家(?:店|门店|洗车店)?(?=吧|[，,。]|$)))"
)
# ... in the spaceless form ``without_store`` works on.
_NEAREST_COMPACT = re.compile(rf"{_ZH_NEAREST_WITH_NOUN}|(?:nearest|closest)(?={_EN_STORE_NOUNS})")


def without_store(text: str) -> str | None:
    """The utterance folded and without spaces, with its one store mention taken out (an alias
    of ours, or the nearest store asked for), or None when it names none of ours."""
    folded = _fold(text)
    if _names_elsewhere(folded):
        return None
    compact = _compact(folded)
    m = _ANY_LONG_ALIAS.search(compact) or _NEAREST_COMPACT.search(compact)
    if m is None:
        return None
    return compact[: m.start()] + compact[m.end() :]


def _spaced_alias(alias: str) -> str:
    """An alias matched in folded text whatever its spacing ("guomao", "guo mao")."""
    if not _is_latin(alias):
        return re.escape(alias)
    body = r"[\s-]*".join(re.escape(ch) for ch in alias)
    return rf"(?<![a-z0-9]){body}(?![a-z0-9])"


# One of our stores named in folded text (spaces kept), with a preposition and a store noun
# around it, or the nearest store asked for with its store noun.
_STORE_MENTION = re.compile(
    r"(?:(?<![a-z])(?:at|in|to|from)\s+)?(?:the\s+)?(?:"
    + "|".join(_spaced_alias(a) for a, _ in _ALIASES_BY_LENGTH)
    + rf")(?:\s*{_EN_STORE_NOUNS}(?![a-z]))?"
    rf"|(?:(?<![a-z])(?:at|in|to|from)\s+)?(?:the\s+)?(?:nearest|closest)\s+"
    rf"(?:{_EN_STORE_NOUNS}|{_EN_NEAREST_PLACE_NOUNS})(?![a-z])|{_ZH_NEAREST_WITH_NOUN}"
)


def store_mention(folded: str) -> tuple[int, int] | None:
    """Where ``folded`` (NFKC, lower case, spaces kept) names one of our stores or the nearest
    one: the span of the first such mention, or None (also for a place that is not ours)."""
    if _names_elsewhere(folded):
        return None
    m = _STORE_MENTION.search(folded)
    return m.span() if m else None


def store_mentions(folded: str) -> list[tuple[int, int]]:
    """Every mention of one of our stores or of the nearest one in ``folded`` (as for
    ``store_mention``, with the place words before a name), as spans in text order."""
    return [m.span() for m in _STORE_MENTION.finditer(folded)]


# Speech recognition writes a Chinese store name with other characters of the same sound (国茂
# for 国贸, 王京 for 望京, 三里吞, 中关春): each character of our stores' names with the common
# characters heard for it. Read only when the mention names no store as written.
_SOUNDS_LIKE = {
    "国": "过果郭锅裹帼", "贸": "茂冒帽貌懋毛猫卯", "三": "叁散伞", "里": "理李礼力立丽离利",
    "屯": "吞豚囤臀", "望": "王往旺忘网汪枉", "京": "经精晶静井景惊荆", "中": "钟终忠种众重衷",
    "关": "观官管馆冠贯", "村": "春存寸皴", "五": "武午吴舞屋伍无", "道": "到岛倒导稻盗",
    "口": "扣寇叩抠", "西": "希喜溪息吸稀夕锡熙", "单": "丹但蛋担胆耽", "亦": "易亿艺义意逸益异一",
    "庄": "装壮妆桩状", "首": "手守寿受收", "都": "读度杜渡督嘟", "机": "鸡基积激极",
    "场": "长常厂尝畅唱",
}  # fmt: skip
_HEARD_AS = str.maketrans({heard: ch for ch, alike in _SOUNDS_LIKE.items() for heard in alike})
_CJK = re.compile(r"[\u3400-\u9fff]")
_CHINESE_NAMES_LONGEST_FIRST = chinese_store_names()
_CHINESE_NAMES = frozenset(_CHINESE_NAMES_LONGEST_FIRST)
# (三里吞那家店, 五道扣那家: a store noun after 那家 too; not 那边, which may be a person's
# place: 郭茂那边我去不了, 王晶那边; round 77 and a code review)
_A_CHINESE_NAME = "(?:" + "|".join(map(re.escape, _CHINESE_NAMES_LONGEST_FIRST)) + ")"
_HEARD_STORE = re.compile(_A_CHINESE_NAME + "(?:(?:门|分)?店|[那这]家)")


# ... or when a wash or a booking is said right after it (过贸精洗, 在忘京约个洗车, 三里吞的预约,
# 在三里吞有预约吗; end-to-end round 96), which a person's name (王京, 郭茂) seldom has.
_HEARD_BEFORE_A_WASH = re.compile(
    _A_CHINESE_NAME
    + "(?=的?(?:预约|预越|精洗|快洗|洗车|洗扯|洗个|打蜡|打腊|内饰|约个|约一|有预约|有没有预约))"
)


def _named_store(folded: str) -> str | None:
    """The id of the store the mention names, None when it names none."""
    stripped = _strip_fillers(folded)
    if stripped in _ALIASES:
        return _ALIASES[stripped]
    compact = _compact(folded)
    words = set(folded.split(" "))
    found: set[str] = set()
    consumed = compact
    for alias, store_id in _ALIASES_BY_LENGTH:
        if _is_latin(alias) and len(alias) <= _SHORT_LATIN:
            hit = alias in words
        else:
            hit = alias in consumed
        if hit:
            found.add(store_id)
            # Blank it so a shorter alias inside it ("机场" in "首都机场") is not re-counted.
            consumed = consumed.replace(alias, "\x00")
    if len(found) > 1:
        names = ", ".join(catalog.STORES_BY_ID[i].name_en for i in sorted(found))
        raise StoreResolutionError("ambiguous_store", f"more than one store named: {names}")
    if found:
        return found.pop()
    return _fuzzy_store(folded)


def _fuzzy_store(folded: str) -> str | None:
    """ASR near misses for Latin-script names ("Sanlitan", "Wangjin", "zhongguancung")."""
    tokens = [w for w in folded.split(" ") if w and w not in _EN_FILLERS and _is_latin(w)]
    best: tuple[int, str] | None = None
    tied = False
    # Try runs of 1-3 adjacent words joined ("guo mau", "capital air port").
    for size in (1, 2, 3):
        for i in range(len(tokens) - size + 1):
            candidate = "".join(tokens[i : i + size])
            for alias, store_id in _ALIASES.items():
                limit = _fuzzy_limit(alias)
                if not limit or not _is_latin(alias):
                    continue
                d = _edit_distance(candidate, alias, limit)
                if d <= limit:
                    if best is None or d < best[0]:
                        best, tied = (d, store_id), False
                    elif d == best[0] and store_id != best[1]:
                        tied = True
    if best is None or tied:
        return None
    return best[1]


def _check_location(location: tuple[float, float]) -> None:
    lat, lon = location
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0) or math.isnan(lat + lon):
        raise StoreResolutionError("bad_location", f"invalid location {location!r}")


def _match(store: catalog.Store, location: tuple[float, float] | None) -> StoreMatch:
    if location is None:
        return StoreMatch(store, None)
    return StoreMatch(store, round(haversine_km(location, (store.lat, store.lon)), 1))


def resolve_store(mention: str | None, location: tuple[float, float] | None) -> StoreMatch | None:
    """Resolve a store mention (and the user's (lat, lon), if known) to a catalogue store.

    Returns None when nothing is mentioned. Raises `StoreResolutionError` with code
    "unknown_store", "ambiguous_store", "location_required" or "bad_location".
    """
    if location is not None:
        _check_location(location)
    if mention is None or not mention.strip():
        return None
    folded = _fold(mention)
    if not folded:
        return None
    if _names_elsewhere(folded):
        raise StoreResolutionError("unknown_store", f"no store at {mention.strip()!r}")
    if not _strip_fillers(folded) and not _NEAREST.search(folded):
        return None  # only fillers ("那家店", "the store"): no store named
    store_id = _named_store(folded)
    if store_id is None and _CJK.search(folded):
        store_id = _named_store(folded.translate(_HEARD_AS))  # 国茂店, 王京, 中关春
    if store_id is not None:
        return _match(catalog.STORES_BY_ID[store_id], location)
    if _NEAREST.search(folded):
        if location is None:
            raise StoreResolutionError("location_required", "location required for nearest store")
        nearest = min(catalog.STORES, key=lambda s: haversine_km(location, (s.lat, s.lon)))
        return _match(nearest, location)
    raise StoreResolutionError("unknown_store", f"unknown store {mention.strip()!r}")


# Every pattern above, searched with a lookahead on its first characters (first_chars.py):
# what each matches is unchanged.
speed_up_module(globals())
