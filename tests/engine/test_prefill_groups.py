"""How admitted prompts are split into prefill calls."""

from __future__ import annotations

import itertools

from autoglm_gw.engine.runtime import prefill_groups


def _cost(lengths, groups, call_cost):
    return sum(call_cost + (b - a) * max(lengths[a:b]) for a, b in groups)


def test_groups_cover_the_rows_in_order():
    lengths = [5, 6, 7, 20, 21, 40]
    groups = prefill_groups(lengths, 10)
    assert [r for a, b in groups for r in range(a, b)] == list(range(len(lengths)))


def test_split_only_when_it_saves_more_than_a_call():
    assert prefill_groups([10, 10, 11, 12], 48) == [(0, 4)]  # little padding: one call
    assert prefill_groups([5, 5, 5, 60], 48) == [(0, 3), (3, 4)]  # 288 padded+call vs 171
    assert prefill_groups([5] * 8 + [60] * 8, 48) == [(0, 8), (8, 16)]
    assert prefill_groups([], 48) == []
    # a huge call cost never splits; zero cost splits wherever lengths differ
    assert prefill_groups([1, 2, 3, 100], 10**9) == [(0, 4)]
    assert prefill_groups([1, 1, 2, 3], 0) == [(0, 2), (2, 3), (3, 4)]


def test_the_split_is_optimal():
    lengths = [3, 4, 9, 9, 15, 16, 30, 31, 31]
    for cost in (0, 5, 20, 60):
        got = _cost(lengths, prefill_groups(lengths, cost), cost)
        n = len(lengths)
        best = min(
            _cost(lengths, list(zip((0, *cuts), (*cuts, n), strict=True)), cost)
            for k in range(n)
            for cuts in itertools.combinations(range(1, n), k)
        )
        assert got == best
