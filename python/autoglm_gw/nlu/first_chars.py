"""Faster searches for the decoder's patterns: a lookahead on the characters a match can start with.

CPython's ``re`` tries a pattern at every position of the text. For the long alternations of
word lists that the span check and the resolvers use (a hundred synonyms, each behind its own
``(?<![a-z])``), every position pays for every alternative before failing. Prefixing the pattern
with a lookahead on the set of characters any match must begin with (``(?=[...])``) rejects most
positions with one class test, and changes nothing else: a pattern that cannot match the empty
string consumes its first character first, and that character is in the set.

``with_first_chars`` computes the set from the parsed pattern and gives the pattern back
unchanged where it cannot say it exactly (a pattern that may match the empty string, a negated
class, ``.`` or a back-reference among its first items, case folding or ASCII rules set for part
of it only, a case-folded letter outside the BMP), and where the engine already skips ahead by
itself (a literal prefix, a leading class, a pattern anchored at the start). Differential
fuzzing (1.6 million random pattern-and-string cases, every operation of ``re``) found no other
difference.
``speed_up_module`` applies it to every compiled pattern a module defines, once, at import.
"""

from __future__ import annotations

import re
from re import _compiler, _parser
from re import _constants as sre

_START_ANCHORS = (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)
# Flags that change which characters a class item stands for.
_CHARACTER_FLAGS = re.IGNORECASE | re.ASCII | re.UNICODE | re.LOCALE
_BMP_LAST = 0xFFFF
# Below this many class items a lookahead pays more than it saves.
_MIN_ALTERNATIVES = 2


class _Unknown(Exception):
    """The first characters cannot be stated as one positive class."""


def _class_item(op, av, folded: bool) -> str:
    if op is sre.LITERAL:
        return _literal(av, folded)
    if op is sre.RANGE:
        if folded and av[1] > _BMP_LAST:
            raise _Unknown
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    if op is sre.CATEGORY:
        category = {
            sre.CATEGORY_DIGIT: r"\d",
            sre.CATEGORY_SPACE: r"\s",
            sre.CATEGORY_WORD: r"\w",
        }.get(av)
        if category is None:  # a negated category (\D, \S, \W) starts almost anything
            raise _Unknown
        return category
    raise _Unknown  # NEGATE and anything else


def _literal(code: int, folded: bool) -> str:
    if folded and code > _BMP_LAST:
        # CPython (3.11) folds such a letter alone but not inside a class: "[\U00010400]" with
        # re.I misses "\U00010400" itself
        raise _Unknown
    return re.escape(chr(code))


def _first(items, out: set[str], folded: bool) -> bool:
    """Adds to ``out`` the characters a match of the sequence ``items`` may start with; returns
    whether the sequence may match the empty string."""
    for op, av in items:
        if op is sre.LITERAL:
            out.add(_literal(av, folded))
            return False
        if op is sre.IN:
            out.update(_class_item(o, a, folded) for o, a in av)
            return False
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue  # zero width: the next item consumes the first character
        if op is sre.BRANCH:
            nullable = False
            for alternative in av[1]:
                nullable |= _first(alternative, out, folded)
            if not nullable:
                return False
            continue
        if op is sre.SUBPATTERN:
            _, add_flags, del_flags, body = av
            if (add_flags | del_flags) & _CHARACTER_FLAGS:
                raise _Unknown  # case folding or what \w means, for part of the pattern only
            if not _first(body, out, folded):
                return False
            continue
        if op is sre.ATOMIC_GROUP:
            if not _first(av, out, folded):
                return False
            continue
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _, body = av
            if not _first(body, out, folded) and low > 0:
                return False
            continue
        raise _Unknown  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS, ...
    return True


def first_chars(pattern: re.Pattern[str]) -> str | None:
    """A character class every match of ``pattern`` starts with, or None when there is none to
    state exactly, or when the engine already skips ahead by itself."""
    if not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        if _engine_skips_ahead(parsed, pattern.flags):
            return None
        out: set[str] = set()
        folded = bool(pattern.flags & re.IGNORECASE) and not pattern.flags & re.ASCII
        if _first(list(parsed), out, folded):
            return None  # may match the empty string
    except _Unknown:
        return None
    if len(out) < _MIN_ALTERNATIVES:
        return None
    return "[" + "".join(sorted(out)) + "]"


def _engine_skips_ahead(parsed, flags: int) -> bool:
    """Whether the engine already scans for the pattern's first characters: it does for a literal
    prefix or a leading class (``_compile_info`` in ``re._compiler``), faster than a lookahead."""
    first = list(parsed)[:1]
    if first and first[0][0] is sre.AT and first[0][1] in _START_ANCHORS:
        return True  # tried at the start only
    try:
        prefix, _, _ = _compiler._get_literal_prefix(parsed, flags)
        return bool(prefix) or bool(_compiler._get_charset_prefix(parsed, flags))
    except (AttributeError, TypeError, ValueError):  # another CPython's internals: look ahead
        return False


def with_first_chars(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a lookahead on its first characters, or ``pattern`` itself."""
    source = pattern.pattern
    if isinstance(source, str) and source.startswith("(?") and _GLOBAL_FLAGS.match(source):
        return pattern  # inline global flags must stay first
    chars = first_chars(pattern)
    if chars is None:
        return pattern
    # (a verbose pattern may end in a comment: the newline ends it before the group closes)
    end = "\n" if pattern.flags & re.VERBOSE else ""
    try:
        return re.compile(f"(?={chars})(?:{source}{end})", pattern.flags)
    except (re.error, RecursionError):  # inline flags after a comment, nesting at the limit
        return pattern


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def speed_up_module(namespace: dict) -> None:
    """Replaces every compiled pattern bound at the top level of a module's namespace (its
    ``globals()``) with ``with_first_chars`` of it."""
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern):
            namespace[name] = with_first_chars(value)
