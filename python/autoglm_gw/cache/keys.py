"""Cache keys: a normalised utterance plus the model version.

Two utterances share a cache entry when they differ only in what cannot change what the model
reads from them:

* width and compatibility forms (NFKC: ``ＡＢＣ１２３`` → ``abc123``, ``：`` → ``:``, the
  ideographic space → a space);
* letter case (``casefold``);
* whitespace, punctuation and symbols (``\\W`` and ``_``), which are dropped (the model never
  reads pictographs and other symbols at all: ``nlu.grammar.drop_symbols``), except that

  - one of ``. : - / , ~`` between two digits is kept (``3:30``, ``2.5``, ``2-3`` keep their
    meaning), and any other separator between two digits becomes one space (``1 2`` ≠ ``12``);
  - one of them next to a digit on one side only is kept too, with the spacing around it as
    below: a minus, a range or a decimal point ties to the number (``3点-5点`` ≠ ``3点~5点`` ≠
    ``3点5点``, ``-5小时后`` ≠ ``5小时后``, ``in .5 hours`` ≠ ``in 5 hours``);
  - a separator between two letters/digits of a script written with spaces (Latin, say) becomes
    one space (``book a wash`` stays three words); between Chinese or Japanese characters, or
    between them and anything else, it is dropped (``明天 下午`` = ``明天下午``).

The key is ``KEY_SCHEMA | len:model_version | normalised text`` in UTF-8, so a new model version
or a change of these rules (bump ``KEY_SCHEMA``) never reuses an old entry.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["KEY_SCHEMA", "KeyMaker", "make_key", "normalise"]

#: Bumped whenever ``normalise`` changes what it returns, or texts sharing a key could get
#: different answers before: p2 since the model stopped reading the symbols the key drops
#: (``nlu.grammar.drop_symbols``), so that no entry made from "洗车😀" answers "洗车"; p3 since
#: a joiner next to one digit is kept (a cached "3点~5点" answered "3点-5点" with its window).
KEY_SCHEMA = b"p3"

_SEPARATORS = re.compile(r"[\W_]+")
_DIGIT_JOINERS = frozenset(".:-/,~")

# Scripts written without spaces between words: a separator next to them carries no meaning.
_UNSPACED_RANGES = (
    (0x2E80, 0x2FDF),  # CJK radicals, Kangxi radicals
    (0x3005, 0x3007),  # 々 〆 〇
    (0x3021, 0x3029),  # Hangzhou numerals
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3100, 0x312F),  # Bopomofo
    (0x31A0, 0x31FF),  # Bopomofo extended, Katakana extensions
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0x20000, 0x3FFFF),  # CJK extensions B and later
)


def _unspaced(ch: str) -> bool:
    o = ord(ch)
    if o < 0x2E80:
        return False
    return any(lo <= o <= hi for lo, hi in _UNSPACED_RANGES)


def _separator(m: re.Match[str]) -> str:
    s = m.string
    i, j = m.span()
    core = m.group().strip()
    joiner = len(core) == 1 and core in _DIGIT_JOINERS
    if i == 0:  # leading: only a sign or a decimal point tied to the number stays ("-5小时后")
        return core if joiner and j < len(s) and s[j].isdigit() and core in "-." else ""
    if j == len(s):
        return ""
    a, b = s[i - 1], s[j]
    if a.isdigit() and b.isdigit():
        return core if joiner else " "
    if joiner and (a.isdigit() or b.isdigit()):
        if _unspaced(a) or _unspaced(b):
            return core
        run = m.group()
        return (" " if run[0].isspace() else "") + core + (" " if run[-1].isspace() else "")
    if _unspaced(a) or _unspaced(b):
        return ""
    return " "


def normalise(text: str) -> str:
    """The form of ``text`` the cache is keyed on (see the module docstring)."""
    s = unicodedata.normalize("NFKC", text).casefold()
    if not s.isascii():
        # casefold() may leave a string that is no longer NFKC (rare letters).
        s = unicodedata.normalize("NFKC", s)
    return _SEPARATORS.sub(_separator, s)


def _prefix(model_version: str) -> bytes:
    mv = model_version.encode()
    return KEY_SCHEMA + b"|" + str(len(mv)).encode() + b":" + mv + b"|"


def make_key(text: str, model_version: str) -> bytes:
    """Cache key of ``text`` for the model ``model_version``."""
    return _prefix(model_version) + normalise(text).encode()


class KeyMaker:
    """``make_key`` for one model version, remembering the keys of recent short texts.

    A fleet repeats the same few utterances, so most calls are one dict lookup. The memo holds
    at most ``memo_size`` texts of at most ``memo_max_len`` characters and is simply emptied
    when full.
    """

    __slots__ = ("_memo", "_prefix", "memo_max_len", "memo_size", "model_version")

    def __init__(self, model_version: str, *, memo_size: int = 4096, memo_max_len: int = 256):
        self.model_version = model_version
        self._prefix = _prefix(model_version)
        self.memo_size = memo_size
        self.memo_max_len = memo_max_len
        self._memo: dict[str, bytes] = {}

    def __call__(self, text: str) -> bytes:
        key = self._memo.get(text)
        if key is not None:
            return key
        key = self._prefix + normalise(text).encode()
        if len(text) <= self.memo_max_len and self.memo_size > 0:
            if len(self._memo) >= self.memo_size:
                self._memo.clear()
            self._memo[text] = key
        return key
