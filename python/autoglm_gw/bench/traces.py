"""Request bodies for HTTP load: unique utterances (every one a cache miss) or a Zipf-skewed
fleet where a few phrasings dominate, as real fleets repeat themselves."""

from __future__ import annotations

import bisect
import itertools
import random

import msgspec

from .engine_bench import load_texts

NOW = "2026-11-25T10:00:00+08:00"  # fixed so every run resolves the same times


def bodies(kind: str, n: int, *, seed: int = 3, zipf_s: float = 1.1):
    """Returns (count of distinct texts, a function i -> body bytes)."""
    texts = load_texts(n, seed=seed)
    enc = msgspec.json.encode
    payloads = [enc({"text": t, "now": NOW}) for t in texts]
    if kind == "unique":
        return len(payloads), lambda i: payloads[i % len(payloads)]
    if kind == "zipf":
        weights = [1.0 / (k + 1) ** zipf_s for k in range(len(payloads))]
        cum = list(itertools.accumulate(weights))
        rng = random.Random(seed)
        draws = [bisect.bisect(cum, rng.random() * cum[-1]) for _ in range(200_000)]
        return len(payloads), lambda i: payloads[draws[i % len(draws)]]
    raise ValueError(f"unknown trace {kind!r}: unique or zipf")
