"""Type stubs for the Rust extension `autoglm_gw._core` (rust/src)."""

import asyncio
from collections.abc import Callable, Iterable
from typing import Any, Final, TypedDict, final

import numpy as np
import numpy.typing as npt

__version__: Final[str]
BUILD_PROFILE: Final[str]  # "release" or "debug"

ALIGNMENT: Final[int]  # byte alignment of every pool buffer (64)
PROMPT_BYTES_DTYPE: Final[str]  # a bytes prompt is packed little-endian int32 ids: "<i4"

# Item kinds in the lists handed to `deliver`.
DELIVER_RESULT: Final[int]  # future.set_result(value)
DELIVER_EXCEPTION: Final[int]  # future.set_exception(value)
DELIVER_CANCEL: Final[int]  # future.cancel()

# Upper bounds (le, inclusive) of the histogram buckets in `Scheduler.stats()`;
# an implicit +Inf bucket follows.
HISTOGRAM_BOUNDS: Final[dict[str, tuple[float, ...]]]

class SchedulerError(Exception):
    """Base class of every error the scheduler raises or delivers."""

class QueueFullError(SchedulerError):
    """The request queue is full (HTTP 429)."""

class DeadlineExceededError(SchedulerError):
    """The deadline passed before the request was scheduled (HTTP 503)."""

class ShuttingDownError(SchedulerError):
    """The scheduler is closed or closing (HTTP 503)."""

class EngineError(SchedulerError):
    """The inference engine failed (HTTP 503)."""

DeliverItem = tuple[asyncio.Future[Any], int, Any]

def open_loop(
    host: str,
    port: int,
    path: str,
    bodies: list[bytes],
    schedule: list[float],
    connections: int,
    timeout_s: float,
    headers: list[tuple[str, str]] = ...,
) -> tuple[list[int], list[float], list[float], list[float], float]:
    """Open-loop HTTP/1.1 POSTs at the given due times (seconds from the start), GIL released.
    Returns per request, in order: status (0: transport error), latency from the due time, client
    lag (send - due), server time (answer - send); and the wall time."""

def deliver(items: list[DeliverItem]) -> None:
    """Default delivery callback; runs on the event loop's thread and skips done futures."""

@final
class PoolBuffer:
    """Buffer-protocol exporter behind the pool's numpy arrays (their base)."""

    def __len__(self) -> int: ...

@final
class KvPool:
    """The KV pool's memory as zero-copy, writable numpy arrays (64-byte aligned).

    Live sequences always occupy slots 0..B-1 (B = batch size), so `keys[l][:B]`
    is a contiguous view for ONNX Runtime.
    """

    @property
    def keys(self) -> tuple[npt.NDArray[np.float32], ...]:
        """`n_layers` arrays of shape [n_slots, kv_heads, capacity, head_dim]."""
    @property
    def values(self) -> tuple[npt.NDArray[np.float32], ...]:
        """Same shapes as `keys`."""
    @property
    def tokens(self) -> npt.NDArray[np.int64]:
        """[n_slots, capacity]; the prompt is written here at admission."""
    @property
    def lengths(self) -> npt.NDArray[np.int64]:
        """[n_slots]; set to the prompt length at admission, then the engine's."""
    @property
    def n_layers(self) -> int: ...
    @property
    def n_slots(self) -> int: ...
    @property
    def kv_heads(self) -> int: ...
    @property
    def capacity(self) -> int: ...
    @property
    def head_dim(self) -> int: ...
    @property
    def alignment(self) -> int: ...
    @property
    def nbytes(self) -> int: ...
    @property
    def copy_valid_only(self) -> bool:
        """Moves copy only positions [0, lengths[from]) instead of whole rows."""
    def layer(self, index: int, /) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
        """(key, value) arrays of one layer."""

Prompt = list[int] | bytes

@final
class StepPlan:
    """One step. Slots 0..n_running-1 hold `running`, n_running..batch_size-1 `admitted`.

    Engine order: forget `cancelled`, apply `moves` to per-slot state, install `admitted`.
    """

    @property
    def step(self) -> int: ...
    @property
    def admitted(self) -> list[tuple[int, int, Prompt]]:
        """(req_id, slot, prompt); the prompt is already in pool.tokens/lengths."""
    @property
    def running(self) -> list[tuple[int, int]]:
        """(req_id, slot) of sequences continuing to decode."""
    @property
    def cancelled(self) -> list[tuple[int, int]]:
        """(req_id, slot it had) of running sequences cancelled since the last plan."""
    @property
    def moves(self) -> list[tuple[int, int]]:
        """(from_slot, to_slot) compaction moves; pool memory already moved."""
    @property
    def batch_size(self) -> int: ...
    @property
    def n_running(self) -> int: ...
    @property
    def step_tokens(self) -> int:
        """Estimate: admitted prompt tokens + one per running sequence."""

class Histogram(TypedDict):
    buckets: list[tuple[float, int]]  # (le, cumulative count), ending with (inf, count)
    sum: float
    count: int

class Histograms(TypedDict):
    queue_wait_seconds: Histogram
    batch_size: Histogram
    tokens_per_step: Histogram
    step_seconds: Histogram

class Rejected(TypedDict):
    queue_full: int
    deadline: int
    cancelled: int
    shutdown: int
    engine_error: int

class PoolStats(TypedDict):
    n_slots: int
    slots_in_use: int
    allocations: int  # buffer allocations; constant after start-up
    slot_acquisitions: int
    slot_reuses: int
    moves: int
    bytes: int

class Stats(TypedDict):
    queue_depth: int
    running: int
    closed: bool
    submitted_total: int
    admitted_total: int
    completed_total: int
    steps_total: int
    rejected_total: Rejected
    histograms: Histograms
    pool: PoolStats
    deliveries_total: int  # call_soon_threadsafe calls
    delivery_errors_total: int  # of which raised (closed loop)

@final
class Scheduler:
    """Continuous-batching scheduler that owns the KV pool.

    Handlers: `submit` + await the future, `cancel` when the client goes away.
    One engine thread: `next_step` -> run the model -> `finish_step`, repeatedly.
    """

    def __init__(
        self,
        max_queue: int,
        max_batch_size: int,
        max_step_tokens: int,
        batch_timeout_micros: int,
        n_slots: int,
        *,
        n_layers: int = 0,
        kv_heads: int = 1,
        capacity: int = 1024,
        head_dim: int = 64,
        copy_valid_only: bool = False,
        deliver: Callable[[list[DeliverItem]], object] | None = None,
    ) -> None: ...
    def submit(
        self,
        loop: asyncio.AbstractEventLoop,
        future: asyncio.Future[Any],
        prompt: Prompt,
        deadline: float,
        priority: int = 0,
    ) -> int:
        """Queue a request; `deadline` in time.monotonic() seconds (math.inf: none).

        Raises QueueFullError, DeadlineExceededError (already passed),
        ShuttingDownError (closed), ValueError/TypeError (bad prompt).
        """
    def cancel(self, req_id: int) -> bool:
        """Drop a queued request / free a running one at the next step; False if unknown."""
    def next_step(self, max_wait_s: float) -> StepPlan | None:
        """Block (GIL released) for the next step; None on timeout or once closed and drained."""
    def finish_step(
        self,
        done: list[tuple[int, Any]],
        failed: list[tuple[int, BaseException]] | None = None,
        *,
        step_seconds: float | None = None,
        step_tokens: float | None = None,
    ) -> list[tuple[int, int]]:
        """Complete futures (one wake-up per loop), free slots; returns (from, to) moves."""
    def fail_all(self, exc: BaseException | None = None) -> int:
        """Fail every queued and running request (default EngineError); stays usable."""
    def close(self, drain: bool = True) -> int:
        """Stop admitting; queued (and, unless drain, running) get ShuttingDownError."""
    def stats(self) -> Stats: ...
    @property
    def queue_depth(self) -> int: ...
    @property
    def closed(self) -> bool: ...
    @property
    def pool(self) -> KvPool: ...
    @property
    def max_queue(self) -> int: ...
    @property
    def max_batch_size(self) -> int: ...
    @property
    def max_step_tokens(self) -> int: ...
    @property
    def n_slots(self) -> int: ...
    @property
    def capacity(self) -> int: ...

# --- Response cache (rust/src/cache.rs) -------------------------------------

class ResponseCacheStats(TypedDict):
    hits: int  # lookups (get/claim) that found a fresh entry
    misses: int  # lookups that did not
    inserts: int
    updates: int
    rejected: int  # entries larger than max_entry_bytes, not stored
    evictions: int  # entries dropped to make room
    expirations: int  # entries dropped because their TTL passed
    promotions: int  # small → main queue moves (S3-FIFO)
    ghost_hits: int  # insertions found in the ghost queue (went straight to main)
    entries: int
    bytes: int  # keys + values + ENTRY_OVERHEAD per entry
    small_bytes: int
    main_bytes: int
    ghost_entries: int
    capacity_bytes: int  # what the shards hold at most (max_bytes rounded down)
    max_bytes: int
    shards: int
    in_flight: int  # flights in progress
    flight_leaders: int
    flight_followers: int
    flights_done: int
    flights_failed: int

@final
class ResponseCache:
    """Byte-bounded, sharded S3-FIFO cache with TTL (entries in Rust memory), plus
    singleflight. Flights (`claim`/`fill_*`) are driven from the event loop that owns the
    follower futures."""

    ENTRY_OVERHEAD: Final[int]  # bytes charged per entry on top of key and value

    def __init__(
        self,
        max_bytes: int,
        ttl_s: float,
        shards: int = 16,
        *,
        max_entry_bytes: int | None = None,
    ) -> None:
        """`ttl_s` > 0 (math.inf: none); `max_entry_bytes` default: an eighth of a shard."""
    @property
    def max_bytes(self) -> int: ...
    @property
    def ttl_s(self) -> float: ...
    @property
    def shards(self) -> int: ...
    @property
    def in_flight(self) -> int: ...
    def get(self, key: bytes) -> bytes | None: ...
    def put(self, key: bytes, value: bytes, ttl_s: float | None = None) -> bool:
        """False when the entry is too large to be stored."""
    def delete(self, key: bytes) -> bool: ...
    def __contains__(self, key: bytes) -> bool: ...
    def __len__(self) -> int: ...
    def purge(self) -> int:
        """Drop every entry; returns how many there were."""
    def claim(
        self, key: bytes, loop: asyncio.AbstractEventLoop
    ) -> bytes | asyncio.Future[Any] | None:
        """Cached bytes; else None (caller leads a new flight and must call fill_done or
        fill_failed); else a future (made on `loop`) resolved with the leader's `result`."""
    def fill_done(
        self, key: bytes, result: Any, value: bytes | None = None, ttl_s: float | None = None
    ) -> int:
        """Store `value` (if given), end the flight, resolve followers with `result`."""
    def fill_failed(self, key: bytes, result: Any) -> int:
        """End the flight without storing; resolve followers with `result`."""
    def waiting(self, key: bytes) -> int:
        """Followers of the flight of `key` whose future is not done."""
    def stats(self) -> ResponseCacheStats: ...

# --- Upstream balancer (rust/src/balancer.rs) -------------------------------

@final
class Balancer:
    """Upstream load balancer of the reverse proxy. A candidate is a server not excluded and
    up by passive (max_fails/fail_timeout) and active health; backups serve only when no
    primary is a candidate. Out-of-range indices raise IndexError."""

    def __init__(
        self,
        policy: str,  # round_robin, least_conn, ip_hash, consistent_hash, p2c or random
        weights: list[int],  # 1..=1_000_000 each; consistent_hash: sum <= 10_000
        backups: list[bool],  # same length as weights, >= 1
        max_fails: int,  # >= 0; 0: passive health off
        fail_timeout_s: float,  # finite, >= 0
        seed: int = 0,  # of p2c's and random's draws
    ) -> None:
        """ValueError when an argument is out of its range."""
    @property
    def size(self) -> int:
        """Number of servers."""
    def pick(self, key: str | None = None, exclude: Iterable[int] = ()) -> int | None:
        """Server for the next attempt (key: ip_hash / consistent_hash); None: no candidate."""
    def acquire(self, i: int) -> None:
        """A request to server `i` started."""
    def release(self, i: int) -> None:
        """A request to server `i` ended (the count saturates at 0)."""
    def report(self, i: int, ok: bool) -> None:
        """Passive health: whether an attempt on server `i` succeeded."""
    def set_health(self, i: int, up: bool) -> None:
        """Active health: the checker's verdict; down stays down until set up again."""
    def is_up(self, i: int) -> bool:
        """Up by both passive and active health now (exclusions aside)."""
    def states(self) -> list[tuple[int, int, bool, bool]]:
        """Per server: (active, failures counted, up by passive health, up by active health)."""
