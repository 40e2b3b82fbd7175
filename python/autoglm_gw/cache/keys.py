"""Cache keys: a normalised utterance plus the model version.

Two utterances share a cache entry when they differ only in what cannot change what the model
reads from them, or what the decoder around it reads:

* width and compatibility forms (NFKC: ``ＡＢＣ１２３`` → ``abc123``, ``：`` → ``:``, ``，`` →
  ``,``, the ideographic space → a space), as the tokenizer normalises them;
* letter case (``casefold``; the tokenizer lower-cases);
* symbols the model never reads (pictographs and other ``So``/``Sk`` characters outside ASCII,
  dropped by ``nlu.grammar.drop_symbols`` before the model sees the text);
* the script of Chinese characters: a traditional character is read as its simplified form
  (``國貿`` = ``国贸``, ``nlu.traditional``, by ``drop_symbols`` too);
* whitespace: a run of it is one space, and none at either end (``book  a wash`` = ``book a
  wash``). A space between Chinese characters is kept: the decoder reads a pause there
  (``周四 不 周五`` is a correction, ``周四不周五`` is not).

Punctuation is kept as it is: the model reads every mark as a token, and ``？`` against none
turns a booking into a question (``我约了周六的洗车？``), ``+`` in ``3 + 2 hours`` is an
offset's sign, a comma ends a clause. Neither is a space between two digits or letters dropped
(``1 2点`` ≠ ``12点``, ``3 . 5`` ≠ ``3.5``: the decoder joins only adjacent digits).

The key is ``KEY_SCHEMA | len:model_version | normalised text`` in UTF-8, so a new model version
or a change of these rules (bump ``KEY_SCHEMA``) never reuses an old entry.
"""

from __future__ import annotations

import unicodedata

from ..nlu.grammar import drop_symbols

__all__ = ["KEY_SCHEMA", "KeyMaker", "make_key", "normalise"]

#: Bumped whenever ``normalise`` changes what it returns, or texts sharing a key could get
#: different answers before: p2 since the model stopped reading the symbols the key drops
#: (``nlu.grammar.drop_symbols``), so that no entry made from "洗车😀" answers "洗车"; p3 since
#: a joiner next to one digit is kept (a cached "3点~5点" answered "3点-5点" with its window);
#: p4 since punctuation is kept (a cached "我约了周六的洗车" answered the question with "？");
#: p5 since a space between Chinese characters is kept (周四 不 周五 is a correction); p6 since
#: typographic apostrophes read as ASCII ones ("don’t" and "don't" share a key and an answer);
#: p7 since traditional characters read as simplified ones (明天三點 and 明天三点 share both).
KEY_SCHEMA = b"p7"


def normalise(text: str) -> str:
    """The form of ``text`` the cache is keyed on (see the module docstring)."""
    s = unicodedata.normalize("NFKC", text).casefold()
    if not s.isascii():
        # casefold() may leave a string that is no longer NFKC (rare letters).
        s = drop_symbols(unicodedata.normalize("NFKC", s))
    return " ".join(s.split())


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
