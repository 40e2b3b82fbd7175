"""Response cache (issue #6): tier 1 in Rust, tier 2 in Redis, request coalescing.

See ``docs/cache.md``. ``redis_tier`` is imported only when a ``redis_url`` is configured, so the
``redis`` package is needed only then.
"""

from .keys import KEY_SCHEMA, KeyMaker, make_key, normalise
from .parse_cache import (
    FillAbandonedError,
    Outcome,
    ParseCache,
    check_purge_token,
    parse_cache_control,
)

__all__ = [
    "KEY_SCHEMA",
    "FillAbandonedError",
    "KeyMaker",
    "Outcome",
    "ParseCache",
    "check_purge_token",
    "make_key",
    "normalise",
    "parse_cache_control",
]
