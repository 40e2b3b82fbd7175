"""Cache keys: the utterance as the model and the decoder read it, plus the model version.

Two utterances share a cache entry only when the engine reads them as the same string, so that a
hit is always the answer the engine would give the text sent. That string is what
``nlu.grammar.drop_symbols`` leaves: pictographs and other symbols the model never reads are
dropped (``洗车😀`` = ``洗车``), typographic apostrophes read as ASCII ones (``don’t`` =
``don't``) and traditional characters as simplified ones (``國貿`` = ``国贸``). Everything the
decoder around the model reads stays as sent: width (``５ｐｍ`` ≠ ``5pm``: the span check's
patterns are written for ASCII digits and letters), letter case, whitespace (a pause between
Chinese characters is read, a leading space defeats anchored patterns) and punctuation (``？``
turns a booking into a question).

Until p8 the key also folded width, case and whitespace, on the belief that nothing downstream
read them; a black-box audit found a full-width "Ｂｏｏｋ … ｔｏｍｏｒｒｏｗ ａｔ ５ｐｍ" whose
entry answered the plain text with today's 17:00, and a text booking made from it.

The key is ``KEY_SCHEMA | len:model_version | text as read`` in UTF-8, so a new model version
or a change of these rules (bump ``KEY_SCHEMA``) never reuses an old entry.
"""

from __future__ import annotations

from ..nlu.grammar import drop_symbols

__all__ = ["KEY_SCHEMA", "KeyMaker", "make_key", "normalise"]

#: Bumped whenever ``normalise`` changes what it returns, or texts sharing a key could get
#: different answers before: p2 since the model stopped reading the symbols the key drops
#: (``nlu.grammar.drop_symbols``), so that no entry made from "洗车😀" answers "洗车"; p3 since
#: a joiner next to one digit is kept (a cached "3点~5点" answered "3点-5点" with its window);
#: p4 since punctuation is kept (a cached "我约了周六的洗车" answered the question with "？");
#: p5 since a space between Chinese characters is kept (周四 不 周五 is a correction); p6 since
#: typographic apostrophes read as ASCII ones ("don’t" and "don't" share a key and an answer);
#: p7 since traditional characters read as simplified ones (明天三點 and 明天三点 share both);
#: p8 since width, case and whitespace are kept (a full-width "５ｐｍ" had answered "5pm").
KEY_SCHEMA = b"p8"


def normalise(text: str) -> str:
    """The form of ``text`` the cache is keyed on: what the model and the decoder read."""
    return drop_symbols(text)


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
