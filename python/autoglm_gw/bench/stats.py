"""Summary statistics shared by the benchmarks."""

from __future__ import annotations


def quantile(data: list[float], q: float) -> float:
    """The ``q`` quantile (nearest rank, rounding down) of ``data``; NaN when it is empty."""
    if not data:
        return float("nan")
    xs = sorted(data)
    return xs[min(len(xs) - 1, int(q * len(xs)))]
