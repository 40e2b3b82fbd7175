"""Resolve a spoken service word ("精洗", "wash and wax") to the contract's service id.

Matching is deterministic: the word is folded (NFKC, lower case, no spaces or punctuation),
then compared with the synonym table exactly, then by the longest synonym it contains, so a
specific service beats the generic one inside it ("洗车打蜡" is wax, not the 洗车 in it;
"express car wash" is quick). On a tie in length the non-standard service wins, since
"standard" is the default a more specific word refines. Latin-script words also get a near-miss
match (edit distance <= 1 for synonyms of >= 6 letters) for ASR typos ("detialing").
"""

from __future__ import annotations

import re
import unicodedata

from autoglm_gw import catalog

from .first_chars import speed_up_module

__all__ = ["ServiceResolutionError", "resolve_service"]

DEFAULT_SERVICE = "standard"  # what a booking gets when no service is named (contract)
_BOOK_INTENT = "book_car_wash"


class ServiceResolutionError(ValueError):
    """The word names no service we offer (or several); `code` is the API error code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


_SYNONYMS: dict[str, tuple[str, ...]] = {
    "standard": (
        "洗车", "普通洗车", "洗个车", "洗一下车", "洗下车", "洗洗车", "洗一洗", "标准洗车",
        "常规洗车", "普洗", "普通洗", "洗车服务", "清洗车辆", "普通清洗",
        "洗洗澡", "洗个澡", "弄干净", "get the car cleaned", "car cleaned",
        "car wash", "carwash", "regular wash", "basic wash", "standard wash", "normal wash",
        "regular car wash", "basic car wash", "wash", "wash my car", "wash the car", "regular",
        "basic", "standard",
    ),
    "quick": (
        "快洗", "快速洗车", "快速洗", "快速清洗", "简洗", "简单洗", "简单洗车", "简单冲洗",
        "冲洗", "冲一下", "快速", "极速洗车", "极速", "速洗", "快洗一下",
        # 洗个快的: "wash a quick one", a driver's word for the quick wash
        "洗个快的", "洗快的", "洗个快点的", "来个快的",
        "express", "express wash", "quick wash", "quick", "fast wash", "quick car wash",
        "rinse", "quick rinse",
    ),
    "automatic": (
        "自动洗车", "无接触洗车", "无接触", "机洗", "自动洗", "全自动洗车", "电脑洗车",
        "隧道洗车", "免接触洗车", "无人洗车", "机器洗车", "机器洗", "自助洗车",
        "touchless", "touchless wash", "touch less", "touch less wash",
        "touch free", "touchfree", "touch-free", "contactless",
        "automatic", "automatic wash", "automated wash", "auto wash", "drive-through",
        "drive through", "drive-thru", "drive thru", "tunnel wash", "machine wash",
    ),
    "detailing": (
        "精洗", "精细洗车", "精细洗", "精致洗车", "深度清洁", "深度清洗", "深度洗车", "美容",
        "汽车美容", "全车美容", "精细护理", "全套", "全套服务",
        "full detail", "full detailing", "detailing", "detail", "deep clean", "deep cleaning",
        "premium wash", "full valet", "valet",
        "car detailed", "get it detailed", "have it detailed",
    ),
    "interior": (
        "内饰清洗", "内饰", "内室清洗", "车内清洁", "车内清洗", "内部清洁", "内部清洗", "清洗内饰",
        "内饰清洁", "清洁内饰", "车内", "吸尘", "吸一吸", "车里面", "里面弄一下",
        "吸个尘", "吸下尘", "吸一下尘",
        "interior cleaning", "interior clean", "interior", "clean the inside",
        "inside cleaning", "clean inside", "inside clean", "vacuum", "vacuuming",
        "vacuum the inside", "vacuum inside", "vacuum the car", "vacuum my car",
        "inside of the car cleaned", "inside of the car", "inside of my car cleaned",
        "inside of my car", "inside of this car cleaned", "inside of this car",
        "inside of our car", "inside of our suv", "inside of my suv", "inside of the suv",
    ),
    "wax": (
        "洗车打蜡", "打蜡", "打个蜡", "上蜡", "洗车加打蜡", "洗车并打蜡", "洗车和打蜡",
        "打蜡洗车", "洗车加蜡", "打蜡服务",
        # 腊 for 蜡: the same sound, as speech recognition often writes it
        "打腊", "打个腊", "洗车打腊", "洗车加打腊", "打腊洗车",
        "wash and wax", "wash & wax", "wash+wax", "wash n wax", "waxing", "wax", "car wax",
        "wax job", "wash with wax", "wash plus wax", "wax the car", "wax my car",
    ),
}  # fmt: skip


# Said anywhere in an utterance, these name a service other than the standard wash beyond doubt:
# the synonyms above of two or more Chinese characters or two or more English words, and these
# single words. (Short ones such as "quick" or "detail" are also everyday words.)
_STRONG_SINGLE_WORDS = frozenset({"waxing", "detailing", "touchless", "vacuuming"})
# ... and Chinese synonyms that are everyday words too ("快速" is "quickly", "车内" "in the car").
_GENERIC_ZH = frozenset({"快速", "极速", "车内", "冲洗", "冲一下", "简单洗"})


# The standard wash by its own names (not the everyday 洗车 / "car wash", which a cancellation or a
# query says of any booking): a cancellation that says one of these names the standard service.
_EXPLICIT_STANDARD = re.compile(
    r"普通洗|标准洗车|常规洗车|普洗|普通清洗|(?<![a-z])(?:standard|regular|basic|normal)"
    r"(?: car)? wash"
)
# The everyday words for a wash, which say no more than "a wash" when a service is named too.
GENERIC_WASH_WORDS = frozenset(
    {"洗车", "洗个车", "洗一下车", "洗下车", "洗洗车", "洗车服务", "car wash", "carwash", "wash",
     "wash my car", "wash the car"}
)  # fmt: skip


def names_standard_service(text: str) -> bool:
    """Whether ``text`` (a whole utterance) names the standard wash by one of its own names."""
    return _EXPLICIT_STANDARD.search(unicodedata.normalize("NFKC", text).lower()) is not None


def is_generic_wash(span: str) -> bool:
    """Whether the span is only an everyday word for a wash ("洗车", "car wash")."""
    return " ".join(unicodedata.normalize("NFKC", span).lower().split()) in GENERIC_WASH_WORDS


def says_only_a_wash(span: str) -> bool:
    """Whether the span is only an everyday word for a wash; or one with a stray character after
    it that names no service (洗车打, where the model stopped before a 腊 it has no token for);
    or English words that read as the wash without naming the standard one ("wash no actually"
    of "a regular wash no actually make it a wash and wax")."""
    if is_generic_wash(span):
        return True
    low = unicodedata.normalize("NFKC", span).lower().strip()
    if low.isascii():
        try:
            return _lookup(low) == DEFAULT_SERVICE and not names_standard_service(low)
        except ServiceResolutionError:
            return False
    return (
        any(
            len(low) == len(word) + 1 and low.startswith(word) and _CJK_CHAR.fullmatch(low[-1])
            for word in GENERIC_WASH_WORDS
            if not word.isascii()
        )
        and _lookup(low) == DEFAULT_SERVICE
    )


_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")


def names_special_service(text: str) -> bool:
    """Whether ``text`` (a whole utterance) names a service other than ``standard`` in words no
    other sense shares, so that a booking saying it cannot be a plain wash. A service said only
    as declined (洗车不打蜡, "no wax") is not named."""
    low = unicodedata.normalize("NFKC", text).lower()
    return any(not _declined(low, m.start()) for m in _SPECIAL.finditer(low))


# What declines the service word right after it: 洗车不打蜡 and "a wash, no wax" ask for the
# standard wash. Only the words right before count ("不是快洗，是精洗" names both services, and
# LABELS.md's corrections decide which); 要不打个蜡 ("how about a wax"), 要不要打蜡, 干嘛不打个蜡
# ("why not") and 不得不精洗 ("have to") ask for it.
_DECLINED_BEFORE = re.compile(
    r"(?:(?<!要)(?<![嘛啥么何得])(?:不要|不)|不用|不需要|不必|不带|不加|不想|不洗|无需|别)$"
    r"|(?<![a-z])(?:no|without|skip(?: the)?|minus(?: the)?)\s*$"
)


# Every word _DECLINED_BEFORE starts with.
_DECLINE_CUE = re.compile(r"[不别无]|(?<![a-z])(?:no|without|skip|minus)(?![a-z])")


def _declined(low: str, start: int) -> bool:
    """Whether the service word at ``start`` of ``low`` (NFKC, lower case) is declined."""
    return _declining(low, 0, start) is not None


def declined_at(text: str, start: int) -> bool:
    """Whether the words of ``text`` right before ``start`` decline a service word there
    (不用打蜡直接洗车就行: a booking's service is not the 打蜡)."""
    low = unicodedata.normalize("NFKC", text).lower()
    return len(low) == len(text) and _declined(low, start)


def _declining(low: str, pos: int, start: int) -> re.Match[str] | None:
    """The words in ``low[pos:start]`` that decline the service word at ``start``, or None. Not
    the 不 of a question that asks "A or not A" (打不打蜡, 需不需要打蜡, 加不加打蜡)."""
    m = _DECLINED_BEFORE.search(low, pos, start)
    if m is None:
        return None
    no = low.find("不", m.start(), m.end())
    if 0 < no < len(low) - 1 and low[no - 1] == low[no + 1]:
        return None
    return m


def _without_declined(word: str) -> str:
    """``word`` (NFKC, lower case) without the service words it declines and the words declining
    them."""
    low = unicodedata.normalize("NFKC", word).lower()
    if _DECLINE_CUE.search(low) is None:  # (the common case, cheaply: nothing declines)
        return low
    kept, last = [], 0
    for m in _SERVICE_WORDS.finditer(low):
        declining = _declining(low, last, m.start())
        if declining is not None:
            kept.append(low[last : declining.start()])
            last = m.end()
    kept.append(low[last:])
    return "".join(kept)


# A word that says whose or which car it is, between "inside of the" and the car.
_A_WORD_FOR_THE_CAR = re.compile(
    r"(inside\s+of\s+(?:the|my|our|this|that))\s+[a-z]+\s+(car|suv|vehicle)(?![a-z])", re.I
)


def _fold(text: str) -> str:
    """Width-, case-, space- and punctuation-insensitive form."""
    s = unicodedata.normalize("NFKC", text).lower().replace("&", "and").replace("+", "and")
    return _NOT_A_LETTER.sub("", s)


_NOT_A_LETTER = re.compile(r"[\W_]+")


def _build() -> dict[str, str]:
    table: dict[str, str] = {}
    for service_id, words in _SYNONYMS.items():
        if service_id not in catalog.SERVICES_BY_ID:  # keep the table honest to the catalogue
            raise RuntimeError(f"synonyms for unknown service {service_id!r}")
        for word in (service_id, *words):
            key = _fold(word)
            owner = table.setdefault(key, service_id)
            if owner != service_id:
                raise RuntimeError(f"synonym {word!r} names both {owner} and {service_id}")
    return table


_TABLE: dict[str, str] = _build()


def _whole_words_pattern(key: str) -> re.Pattern[str]:
    """``key`` with anything but letters and digits allowed between its characters (it is
    folded: "washandwax" is "wash and wax"), and no letter or digit after it but an inflection
    ("waxed", "detailing"); a word may end in it ("handwax", "autodetail")."""
    body = r"[\W_]*".join(re.escape(ch) for ch in key)
    return re.compile(rf"{body}(?:e?s|e?d|ing|ie)?(?![a-z0-9])")


_WHOLE_WORDS = {key: _whole_words_pattern(key) for key in _TABLE if key.isascii()}


def _special_pattern() -> re.Pattern[str]:
    """One alternation of the special-service words: English ones as whole words."""
    latin, cjk = [], []
    for service_id, words in _SYNONYMS.items():
        if service_id == DEFAULT_SERVICE:
            continue
        for word in words:
            w = word.lower()
            if w.isascii():
                if len(w.split()) >= 2 or w in _STRONG_SINGLE_WORDS:
                    latin.append(re.escape(w))
            elif len(w) >= 2 and w not in _GENERIC_ZH:
                cjk.append(_cjk_word(w))
    return re.compile(rf"(?<![a-z])(?:{'|'.join(latin)})(?![a-z])|{'|'.join(cjk)}")


# A homophone written for a service's last character is no service where it starts another
# word (打腊肉 is curing meat, not 打蜡).
_NOT_FOLLOWED_BY = {"腊": "肉肠味月八鸭鱼"}


def _cjk_word(word: str) -> str:
    """A Chinese synonym as a pattern, kept from running into another word."""
    after = _NOT_FOLLOWED_BY.get(word[-1])
    return re.escape(word) + (f"(?![{after}])" if after else "")


_SPECIAL = _special_pattern()
_BY_LENGTH: list[tuple[str, str]] = sorted(_TABLE.items(), key=lambda kv: len(kv[0]), reverse=True)
# Politeness and filler that carry no service meaning.
_FILLERS = re.compile(r"please|服务|一下|帮我|给我|我要|我想|想要|做个|做一个|来个|做|一次|service")


def _service_words_pattern() -> re.Pattern[str]:
    """Every synonym, longest first. The Latin ones share one ``(?<![a-z])`` rather than one each,
    so that the engine skips each on its first letter: the matches are the same, since a Latin and
    a Chinese synonym never start with the same character (checked here), so at any position only
    one script's words can match, each script in its longest-first order."""
    words = sorted({w.lower() for ws in _SYNONYMS.values() for w in ws}, key=len, reverse=True)
    latin = [w for w in words if w.isascii()]
    cjk = [w for w in words if not w.isascii()]
    if {w[0] for w in latin} & {w[0] for w in cjk}:
        raise ValueError("a Latin and a Chinese service synonym start with the same character")
    latin_alts = "|".join(
        r"\s+".join(re.escape(part) for part in w.split()) + "(?![a-z])" for w in latin
    )
    return re.compile("|".join([rf"(?<![a-z])(?:{latin_alts})", *map(_cjk_word, cjk)]))


_SERVICE_WORDS = _service_words_pattern()


def service_mention(folded: str) -> tuple[int, int] | None:
    """Where ``folded`` (NFKC, lower case, spaces kept) says a service word: the span of the
    first (longest there) synonym, or None."""
    m = _SERVICE_WORDS.search(folded)
    return m.span() if m else None


def service_mentions(folded: str) -> list[tuple[int, int]]:
    """Every service word ``folded`` (as for ``service_mention``) says, as spans in text order."""
    return [m.span() for m in _SERVICE_WORDS.finditer(folded)]


def without_service(compact: str) -> str | None:
    """``compact`` (folded, without spaces) with the longest service word in it taken out, or
    None when it holds none."""
    for key, _ in _BY_LENGTH:
        if key in compact:
            return compact.replace(key, "", 1)
    return None


def _edit_distance_le1(a: str, b: str) -> bool:
    """True when a and b differ by at most one edit or one adjacent transposition."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (len(diff) == 2 and diff[1] == diff[0] + 1
                and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])  # fmt: skip
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


_OF_BETWEEN = re.compile(r"(?<=[\u3400-\u9fff])的(?=[\u3400-\u9fff])")


def _lookup(word: str) -> str | None:
    # (the inside of the company car is the inside of the car: round 75)
    said = _A_WORD_FOR_THE_CAR.sub(r"\1 \2", _without_declined(word))
    folded = _fold(said)
    if not folded:
        return None
    if folded in _TABLE:
        return _TABLE[folded]
    bare = _FILLERS.sub("", folded)
    if bare in _TABLE:
        return _TABLE[bare]
    # 的 between a kind and its wash says nothing more (全自动的洗车, 内饰的清洗: round 43)
    folded = _OF_BETWEEN.sub("", folded)
    if folded in _TABLE:
        return _TABLE[folded]
    # Synonyms contained in the word: a specific service named anywhere beats the generic
    # "wash" around it ("quick car wash", "wash with wax"); among specific ones the longest wins.
    # (a Latin synonym as whole words, not inside a longer one: "expressway" names no express
    # wash)
    words = said.replace("&", "and").replace("+", "and")
    hits: list[tuple[int, str]] = [
        (len(k), sid)
        for k, sid in _BY_LENGTH
        if k in folded and (not k.isascii() or _WHOLE_WORDS[k].search(words) is not None)
    ]
    specific_hits = [(n, sid) for n, sid in hits if sid != DEFAULT_SERVICE]
    if specific_hits:
        longest = specific_hits[0][0]
        specific = {sid for n, sid in specific_hits if n == longest}
        if len(specific) > 1:
            raise ServiceResolutionError(
                "ambiguous_service", f"{word!r} names more than one service"
            )
        return specific.pop()
    if hits:
        return DEFAULT_SERVICE
    if folded.isascii():
        fuzzy = {sid for k, sid in _TABLE.items()
                 if len(k) >= 6 and k.isascii() and _edit_distance_le1(folded, k)}  # fmt: skip
        if len(fuzzy) == 1:
            return fuzzy.pop()
    return None


def says_nothing(word: str) -> bool:
    """Whether ``word`` is empty once folded, or only "please"/服务: no service said."""
    return not _FILLERS.sub("", _fold(word))


def resolve_service(word: str | None, intent: str) -> str | None:
    """The service id for `word`, said with `intent`.

    No word: "standard" for a booking (the contract's default), None for other intents.
    Raises `ServiceResolutionError` (code "unknown_service") for a word naming no service,
    and `ValueError` for an intent outside the contract.
    """
    if intent not in catalog.INTENTS:
        raise ValueError(f"unknown intent {intent!r}")
    if word is None or says_nothing(word):  # nothing, or only "please"/"服务"
        return DEFAULT_SERVICE if intent == _BOOK_INTENT else None
    service = _lookup(word)
    if service is None:
        raise ServiceResolutionError("unknown_service", f"unknown service {word.strip()!r}")
    return service


# Every pattern above, searched with a lookahead on its first characters (first_chars.py):
# what each matches is unchanged.
speed_up_module(globals())
