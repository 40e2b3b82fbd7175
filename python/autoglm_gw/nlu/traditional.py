"""Traditional Chinese characters read as their simplified forms, one character for one.

The model, its tokenizer, the intent prior and the span check all know simplified Chinese
only: a traditional character is ``[UNK]`` to the tokenizer, so 明天下午三點在國貿洗車 was read
as ``unknown`` and 洗車打蠟 booked the standard wash instead of the wax. Folding each traditional
character to its simplified form before the model reads a text (``grammar.drop_symbols``) lets
all of them read it as the simplified text it spells. One character for one keeps the text's
length, so spans and offsets mean the same before and after.

The table is OpenCC's character table (``TSCharacters.txt``, as the
``opencc-python-reimplemented`` package ships it; Apache-2.0): every traditional character
whose first simplified reading is one other character. OpenCC's phrase table is left out on
purpose: a phrase conversion may change a text's length, and the readings that depend on the
phrase (乾 as 干 or 乾) matter to no booking.
"""

from __future__ import annotations

import functools
import importlib.util
import unicodedata
from pathlib import Path

# The model version keys on this (engine.loader.decoding_version): a change to the fold changes
# what the model reads, so the response cache must not serve answers read without it.
VERSION = "trad-2"
# The import name of opencc-python-reimplemented, and where its character table lies in it.
PACKAGE = "opencc"
TABLE = ("dictionary", "TSCharacters.txt")
# The Unicode blocks of CJK compatibility ideographs (each NFKC-normalises to one ideograph).
COMPATIBILITY_IDEOGRAPHS = ((0xF900, 0xFAFF), (0x2F800, 0x2FA1F))


class TraditionalTableError(RuntimeError):
    """The character table cannot be read: the package is missing or is another ``opencc``."""


@functools.cache
def table() -> dict[int, str]:
    """``str.translate``'s table: a traditional character's code point -> its simplified form.
    Read once; raises TraditionalTableError with what to install when it cannot be."""
    spec = importlib.util.find_spec(PACKAGE)  # finds the package without running it
    where = list(spec.submodule_search_locations or []) if spec is not None else []
    if not where:
        raise TraditionalTableError(
            "the traditional-to-simplified character table needs the package "
            "opencc-python-reimplemented (pip install opencc-python-reimplemented==0.1.7)"
        )
    path = Path(where[0], *TABLE)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise TraditionalTableError(
            f"cannot read {path} ({exc}): the installed '{PACKAGE}' package is not "
            "opencc-python-reimplemented 0.1.7"
        ) from None
    folded: dict[int, str] = {}
    for line in lines:
        trad, _, simplified = line.partition("\t")
        first = simplified.split(" ")[0]
        if len(trad) == 1 and len(first) == 1 and first != trad:
            folded[ord(trad)] = first
    if not folded:
        raise TraditionalTableError(f"{path} holds no character pairs")
    # Compatibility ideographs whose NFKC form is a traditional character (車 U+F902 is 車): the
    # cache key reads a text after NFKC and the tokenizer normalises only after this fold, so
    # both must reach the same simplified form, or one cache entry would answer two readings.
    for low, high in COMPATIBILITY_IDEOGRAPHS:
        for code in range(low, high + 1):
            nfkc = unicodedata.normalize("NFKC", chr(code))
            if len(nfkc) == 1 and ord(nfkc) in folded:
                folded[code] = folded[ord(nfkc)]
    return folded


def fold_traditional(text: str) -> str:
    """``text`` with each traditional character as its simplified form; the same length."""
    if text.isascii():
        return text
    return text.translate(table())
