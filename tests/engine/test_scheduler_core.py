"""The Rust scheduler and KV pool (`autoglm_gw._core.Scheduler`) seen from Python.

A fake engine thread "decodes" with numpy directly on the pool arrays, the way
the real engine loop does, while asyncio code submits requests and awaits
futures. No test asserts on timings; sleeps only ever push a deadline into the
past.
"""

from __future__ import annotations

import asyncio
import math
import threading
import time

import numpy as np
import pytest

from autoglm_gw import _core
from autoglm_gw._core import (
    DeadlineExceededError,
    EngineError,
    QueueFullError,
    Scheduler,
    SchedulerError,
    ShuttingDownError,
)

N_LAYERS = 2


class CountingLoop(asyncio.SelectorEventLoop):
    """An event loop that counts cross-thread wake-ups."""

    def __init__(self) -> None:
        super().__init__()
        self._count_lock = threading.Lock()
        self.threadsafe_calls = 0

    def call_soon_threadsafe(self, callback, *args, context=None):
        with self._count_lock:
            self.threadsafe_calls += 1
        return super().call_soon_threadsafe(callback, *args, context=context)


@pytest.fixture
def loop():
    lp = CountingLoop()
    yield lp
    lp.close()


def make(**overrides) -> Scheduler:
    kw = dict(
        max_queue=64,
        max_batch_size=4,
        max_step_tokens=64,
        batch_timeout_micros=0,
        n_slots=4,
        n_layers=N_LAYERS,
        kv_heads=2,
        capacity=32,
        head_dim=4,
    )
    kw.update(overrides)
    return Scheduler(**kw)


def settle(loop: asyncio.AbstractEventLoop, *futs: asyncio.Future, timeout: float = 10.0):
    """Runs the loop until every future is done (a hang guard, not a timing check)."""
    return loop.run_until_complete(
        asyncio.wait_for(asyncio.gather(*futs, return_exceptions=True), timeout)
    )


def tag(rid: int, pos) -> np.ndarray:
    """What the fake engine writes at position `pos` of request `rid`'s K rows."""
    return (np.float32(rid) * 1000 + np.asarray(pos, dtype=np.float32)).astype(np.float32)


def expected_output(rid: int, prompt: list[int]) -> list[int]:
    n = len(prompt)
    return [(rid * 7 + pos) % 1000 for pos in range(n, n + prompt[0])]


class FakeEngine(threading.Thread):
    """The engine-loop protocol with numpy on the pool arrays.

    Each step, every live sequence appends one token (a function of its id and
    position) and writes K/V rows tagged with its id; before that, it checks
    that all of its earlier rows are intact, which catches any compaction move
    that lost or mixed up data. A sequence finishes after `prompt[0]` tokens.
    It mirrors slot ownership through the reported moves and checks the mirror
    against every plan.
    """

    def __init__(self, sched: Scheduler, max_wait_s: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.s = sched
        self.pool = sched.pool
        self.max_wait_s = max_wait_s
        self.owner: dict[int, int] = {}  # slot -> req id
        self.todo: dict[int, int] = {}  # req id -> tokens left
        self.n_prompt: dict[int, int] = {}
        self.steps = 0
        self.completion_steps = 0
        self.problems: list[str] = []
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            while True:
                plan = self.s.next_step(self.max_wait_s)
                if plan is None:
                    if self.s.closed:
                        return
                    continue
                self.step(plan)
        except BaseException as e:  # surfaced by the test
            self.error = e

    def apply(self, moves, reused=()) -> None:
        for src, dst in moves:
            if dst in self.owner:
                self.problems.append(f"move {src}->{dst} onto a live slot")
            self.owner[dst] = self.owner.pop(src)
            # A source slot reads as empty, unless this plan admitted into it.
            if src not in reused and self.pool.lengths[src] != 0:
                self.problems.append(f"slot {src} not emptied after a move")

    def step(self, plan) -> None:
        t0 = time.perf_counter()
        keys, values = self.pool.keys, self.pool.values
        tokens, lengths = self.pool.tokens, self.pool.lengths
        for rid, slot in plan.cancelled:
            if self.owner.pop(slot, None) != rid:
                self.problems.append(f"cancelled {rid} was not in slot {slot}")
            self.todo.pop(rid, None)
        self.apply(plan.moves, reused={slot for _, slot, _ in plan.admitted})
        if sorted(self.owner) != list(range(plan.n_running)):
            self.problems.append(f"running slots {sorted(self.owner)} not 0..{plan.n_running}")
        for rid, slot in plan.running:
            if self.owner.get(slot) != rid:
                self.problems.append(f"running {rid} expected in slot {slot}")
        for i, (rid, slot, prompt) in enumerate(plan.admitted):
            if slot != plan.n_running + i or slot in self.owner:
                self.problems.append(f"admitted {rid} in unexpected slot {slot}")
            n = len(prompt)
            if lengths[slot] != n or tokens[slot, :n].tolist() != list(prompt):
                self.problems.append(f"prompt of {rid} not loaded into slot {slot}")
            self.owner[slot] = rid
            self.todo[rid] = prompt[0]
            self.n_prompt[rid] = n
            for layer in range(N_LAYERS):  # "prefill"
                keys[layer][slot, :, :n, :] = tag(rid, np.arange(n))[None, :, None]
                values[layer][slot, :, :n, :] = -tag(rid, np.arange(n))[None, :, None]

        done, done_slots = [], []
        for slot in range(plan.batch_size):
            rid = self.owner[slot]
            n = int(lengths[slot])
            want = tag(rid, np.arange(n))[None, :, None]
            for layer in range(N_LAYERS):
                if not (
                    np.array_equal(
                        np.broadcast_to(want, keys[layer][slot, :, :n, :].shape),
                        keys[layer][slot, :, :n, :],
                    )
                    and (values[layer][slot, :, :n, :] == -want).all()
                ):
                    self.problems.append(f"K/V rows of {rid} corrupted in slot {slot}")
            tokens[slot, n] = (rid * 7 + n) % 1000
            for layer in range(N_LAYERS):
                keys[layer][slot, :, n, :] = tag(rid, n)
                values[layer][slot, :, n, :] = -tag(rid, n)
            lengths[slot] = n + 1
            self.todo[rid] -= 1
            if self.todo[rid] == 0:
                done.append((rid, tokens[slot, self.n_prompt[rid] : n + 1].tolist()))
                done_slots.append(slot)

        moves = self.s.finish_step(
            done, step_seconds=time.perf_counter() - t0, step_tokens=plan.step_tokens
        )
        for (rid, _), slot in zip(done, done_slots, strict=True):
            del self.owner[slot]
            del self.todo[rid]
        self.apply(moves)
        self.steps += 1
        self.completion_steps += bool(done)


def run_engine(sched: Scheduler) -> FakeEngine:
    eng = FakeEngine(sched)
    eng.start()
    return eng


def stop_engine(sched: Scheduler, eng: FakeEngine) -> None:
    sched.close(drain=True)
    eng.join(30)
    assert not eng.is_alive()
    assert eng.error is None, eng.error
    assert eng.problems == []


def prompt_for(i: int) -> list[int]:
    return [i % 5 + 1, *range(i % 7 + 1)]


# --------------------------------------------------------------------------


def test_module_exports():
    for name in ("QueueFullError", "DeadlineExceededError", "ShuttingDownError", "EngineError"):
        exc = getattr(_core, name)
        assert issubclass(exc, Exception) and issubclass(exc, SchedulerError)
        assert exc.__module__ == "autoglm_gw._core"
    assert _core.BUILD_PROFILE in ("debug", "release")
    assert isinstance(_core.__version__, str)
    assert set(_core.HISTOGRAM_BOUNDS) == {
        "queue_wait_seconds",
        "batch_size",
        "tokens_per_step",
        "step_seconds",
    }


@pytest.mark.parametrize("copy_valid_only", [False, True])
def test_results_arrive_with_one_wakeup_per_step(loop, copy_valid_only):
    sched = make(copy_valid_only=copy_valid_only)
    assert sched.pool.copy_valid_only is copy_valid_only
    eng = run_engine(sched)

    async def main():
        reqs = []
        for i in range(40):
            fut = loop.create_future()
            p = prompt_for(i)
            rid = sched.submit(loop, fut, p, time.monotonic() + 60)
            reqs.append((rid, p, fut))
        outs = await asyncio.wait_for(asyncio.gather(*(f for *_, f in reqs)), 30)
        return [(rid, p) for rid, p, _ in reqs], outs

    reqs, outs = loop.run_until_complete(main())
    stop_engine(sched, eng)
    for (rid, p), out in zip(reqs, outs, strict=True):
        assert out == expected_output(rid, p)
    # One wake-up per step that completed something, never one per request.
    assert loop.threadsafe_calls == eng.completion_steps
    st = sched.stats()
    assert st["deliveries_total"] == eng.completion_steps
    assert st["completed_total"] == len(reqs) == st["admitted_total"]
    assert st["steps_total"] == eng.steps
    assert st["pool"]["slots_in_use"] == 0 and st["running"] == 0 and st["queue_depth"] == 0
    assert st["histograms"]["step_seconds"]["count"] == eng.steps
    assert st["histograms"]["queue_wait_seconds"]["count"] == len(reqs)


def test_queue_full_raises_and_is_counted(loop):
    sched = make(max_queue=2)
    for _ in range(2):
        sched.submit(loop, loop.create_future(), [1], math.inf)
    assert sched.queue_depth == 2
    with pytest.raises(QueueFullError):
        sched.submit(loop, loop.create_future(), [1], math.inf)
    st = sched.stats()
    assert st["rejected_total"]["queue_full"] == 1
    assert st["queue_depth"] == 2 and st["submitted_total"] == 2


def test_priority_then_fifo(loop):
    sched = make(max_batch_size=1)
    low = sched.submit(loop, loop.create_future(), [1], math.inf)
    high = sched.submit(loop, loop.create_future(), [1], math.inf, priority=3)
    low2 = sched.submit(loop, loop.create_future(), [1], math.inf)
    order = []
    for _ in range(3):
        plan = sched.next_step(0)
        rid = plan.admitted[0][0]
        order.append(rid)
        sched.finish_step([(rid, None)])
    assert order == [high, low, low2]


def test_batch_and_token_limits(loop):
    sched = make(max_batch_size=3, max_step_tokens=10)
    big = sched.submit(loop, loop.create_future(), [0] * 20, math.inf)
    a = sched.submit(loop, loop.create_future(), [0] * 6, math.inf)
    b = sched.submit(loop, loop.create_future(), [0] * 4, math.inf)
    c = sched.submit(loop, loop.create_future(), [0] * 1, math.inf)
    plan = sched.next_step(0)
    assert [x[0] for x in plan.admitted] == [big]  # over budget, but at least one
    sched.finish_step([])
    plan = sched.next_step(0)
    # a and b join (queue order); their slots go by prompt length: b (4) before a (6)
    assert [x[:2] for x in plan.admitted] == [(b, 1), (a, 2)]
    assert plan.running == [(big, 0)] and plan.batch_size == 3 and plan.n_running == 1
    sched.finish_step([])
    plan = sched.next_step(0)
    assert plan.admitted == [] and plan.batch_size == 3  # batch full: c waits
    sched.finish_step([(a, None)])
    plan = sched.next_step(0)
    assert [x[:2] for x in plan.admitted] == [(c, 2)]


def test_idle_engine_waits_for_company(loop):
    sched = make(max_batch_size=2, batch_timeout_micros=3_600_000_000)
    sched.submit(loop, loop.create_future(), [1], math.inf)
    assert sched.next_step(0) is None  # alone: waits for company
    sched.submit(loop, loop.create_future(), [1], math.inf)
    plan = sched.next_step(0)  # a full batch starts at once
    assert plan.batch_size == 2


def test_deadline_drops_before_a_slot_and_shares_the_wakeup(loop):
    sched = make()
    with pytest.raises(DeadlineExceededError):
        sched.submit(loop, loop.create_future(), [1], time.monotonic() - 1)
    late = loop.create_future()
    sched.submit(loop, late, [1], time.monotonic() + 0.01)
    ok = loop.create_future()
    rid = sched.submit(loop, ok, [1], math.inf)
    time.sleep(0.05)  # the first request's deadline is now in the past
    plan = sched.next_step(0)
    assert [x[0] for x in plan.admitted] == [rid]
    sched.finish_step([(rid, "ok")])
    settle(loop, late, ok)
    assert isinstance(late.exception(), DeadlineExceededError)
    assert ok.result() == "ok"
    assert loop.threadsafe_calls == 1  # the drop rode along with the step's completions
    assert sched.stats()["rejected_total"]["deadline"] == 2


def test_cancel_queued_and_running(loop):
    sched = make(max_batch_size=2)
    futs = [loop.create_future() for _ in range(3)]
    r1, r2, r3 = (sched.submit(loop, f, [1, 2], math.inf) for f in futs)
    plan = sched.next_step(0)
    assert [x[:2] for x in plan.admitted] == [(r1, 0), (r2, 1)]
    pool = sched.pool
    pool.keys[0][1] = 42.0  # r2's rows
    sched.finish_step([])

    assert sched.cancel(r3) is True  # queued: dropped before it takes a slot
    assert sched.cancel(r1) is True  # running: freed at the next step
    assert sched.cancel(12345) is False
    plan = sched.next_step(0)
    assert plan.cancelled == [(r1, 0)]
    assert plan.moves == [(1, 0)]
    assert plan.running == [(r2, 0)] and plan.admitted == [] and plan.batch_size == 1
    assert (pool.keys[0][0] == 42.0).all()  # r2's data moved with it
    assert pool.lengths[1] == 0
    sched.finish_step([(r2, "r2")])
    settle(loop, *futs)
    assert futs[0].cancelled() and futs[2].cancelled()
    assert futs[1].result() == "r2"
    st = sched.stats()
    assert st["rejected_total"]["cancelled"] == 2
    assert st["pool"]["moves"] == 1 and st["pool"]["slots_in_use"] == 0


def test_cancel_after_client_cancelled_the_future(loop):
    sched = make()
    fut = loop.create_future()
    rid = sched.submit(loop, fut, [1], math.inf)
    fut.cancel()  # what asyncio does when the client goes away
    assert sched.cancel(rid) is True
    assert loop.threadsafe_calls == 0  # nothing left to tell the loop
    assert sched.next_step(0) is None


def test_fail_all_then_restart(loop):
    sched = make(max_batch_size=2)
    futs = [loop.create_future() for _ in range(3)]
    for f in futs:
        sched.submit(loop, f, [1], math.inf)
    assert sched.next_step(0).batch_size == 2
    boom = EngineError("onnxruntime crashed")
    assert sched.fail_all(boom) == 3
    settle(loop, *futs)
    assert all(f.exception() is boom for f in futs)
    assert loop.threadsafe_calls == 1
    st = sched.stats()
    assert st["rejected_total"]["engine_error"] == 3
    assert st["running"] == st["queue_depth"] == st["pool"]["slots_in_use"] == 0

    # The restarted engine starts from an empty batch.
    fut = loop.create_future()
    rid = sched.submit(loop, fut, [7, 8], math.inf)
    plan = sched.next_step(0)
    assert plan.admitted == [(rid, 0, [7, 8])] and plan.running == []
    sched.finish_step([(rid, "again")])
    settle(loop, fut)
    assert fut.result() == "again"


def test_fail_all_default_exception(loop):
    sched = make()
    fut = loop.create_future()
    sched.submit(loop, fut, [1], math.inf)
    assert sched.fail_all() == 1
    settle(loop, fut)
    assert isinstance(fut.exception(), EngineError)


def test_failed_requests_get_their_exception(loop):
    sched = make()
    f1, f2 = loop.create_future(), loop.create_future()
    r1 = sched.submit(loop, f1, [1], math.inf)
    r2 = sched.submit(loop, f2, [1], math.inf)
    sched.next_step(0)
    with pytest.raises(TypeError):
        sched.finish_step([], [(r2, "not an exception")])
    sched.finish_step([(r1, 1)], [(r2, ValueError("bad input"))])
    settle(loop, f1, f2)
    assert f1.result() == 1 and isinstance(f2.exception(), ValueError)
    assert loop.threadsafe_calls == 1


def test_close_drain(loop):
    sched = make(max_batch_size=1)
    f1, f2 = loop.create_future(), loop.create_future()
    r1 = sched.submit(loop, f1, [1], math.inf)
    sched.submit(loop, f2, [1], math.inf)
    sched.next_step(0)
    assert sched.close(drain=True) == 1
    assert sched.closed
    with pytest.raises(ShuttingDownError):
        sched.submit(loop, loop.create_future(), [1], math.inf)
    sched.finish_step([])
    plan = sched.next_step(0)
    assert plan.running == [(r1, 0)] and plan.admitted == []
    sched.finish_step([(r1, "last")])
    assert sched.next_step(5) is None  # drained: returns at once
    settle(loop, f1, f2)
    assert f1.result() == "last"
    assert isinstance(f2.exception(), ShuttingDownError)
    assert sched.stats()["rejected_total"]["shutdown"] == 2


def test_close_without_drain_answers_running_too(loop):
    sched = make()
    f1, f2 = loop.create_future(), loop.create_future()
    sched.submit(loop, f1, [1], math.inf)
    sched.next_step(0)
    sched.submit(loop, f2, [1], math.inf)
    assert sched.close(drain=False) == 2
    assert sched.finish_step([(1, "late")]) == []  # the engine's last step is ignored
    assert sched.next_step(5) is None
    settle(loop, f1, f2)
    assert all(isinstance(f.exception(), ShuttingDownError) for f in (f1, f2))


def test_close_wakes_a_blocked_engine(loop):
    sched = make()
    eng = run_engine(sched)
    eng.max_wait_s = 3600.0
    time.sleep(0.05)  # let it block (correct either way)
    stop_engine(sched, eng)


def test_protocol_misuse(loop):
    sched = make()
    sched.submit(loop, loop.create_future(), [1], math.inf)
    assert sched.next_step(0) is not None
    with pytest.raises(RuntimeError):
        sched.next_step(0)
    with pytest.raises(ValueError):
        sched.submit(loop, loop.create_future(), [], math.inf)
    with pytest.raises(ValueError):
        sched.submit(loop, loop.create_future(), [1] * 33, math.inf)  # > capacity
    with pytest.raises(ValueError):
        sched.submit(loop, loop.create_future(), b"\x01\x00\x00", math.inf)
    with pytest.raises(TypeError):
        sched.submit(loop, loop.create_future(), "text", math.inf)
    with pytest.raises(ValueError):
        sched.submit(loop, loop.create_future(), [1], math.nan)
    with pytest.raises(ValueError):
        make(max_batch_size=0)


def test_bytes_prompt_is_packed_int32(loop):
    sched = make()
    assert _core.PROMPT_BYTES_DTYPE == "<i4"
    raw = np.array([5, 70000, 9], dtype="<i4").tobytes()
    rid = sched.submit(loop, loop.create_future(), raw, math.inf)
    plan = sched.next_step(0)
    assert plan.admitted == [(rid, 0, raw)]
    assert sched.pool.tokens[0, :3].tolist() == [5, 70000, 9] and sched.pool.lengths[0] == 3


def test_pool_arrays_are_zero_copy_aligned_and_outlive_the_scheduler():
    sched = make(n_slots=3, kv_heads=2, capacity=8, head_dim=4)
    pool = sched.pool
    assert len(pool.keys) == len(pool.values) == N_LAYERS
    for arr in (*pool.keys, *pool.values):
        assert arr.shape == (3, 2, 8, 4) and arr.dtype == np.float32
        assert arr.flags.c_contiguous and arr.flags.writeable
        assert arr.ctypes.data % _core.ALIGNMENT == 0
    assert pool.tokens.shape == (3, 8) and pool.tokens.dtype == np.int64
    assert pool.lengths.shape == (3,) and pool.lengths.dtype == np.int64
    assert pool.layer(1)[0] is pool.keys[1]
    # Same memory every time: a write through one view shows in the other.
    pool.keys[0][2, 1, 7, 3] = 3.5
    assert sched.pool.keys[0][2, 1, 7, 3] == 3.5
    # A contiguous batch view is what the engine hands to ONNX Runtime.
    assert pool.keys[0][:2].flags.c_contiguous
    k = pool.keys[0]
    del sched, pool
    k[:] = 1.0  # still valid: the array's base keeps the memory alive
    assert k.sum() == k.size


def test_custom_deliver_and_one_call_per_loop():
    loops = [CountingLoop(), CountingLoop()]
    calls = []

    def deliver(items):
        calls.append(len(items))
        _core.deliver(items)

    try:
        sched = make(max_batch_size=4, deliver=deliver)
        futs = []
        for i in range(4):
            lp = loops[i % 2]
            f = lp.create_future()
            futs.append(f)
            sched.submit(lp, f, [1], math.inf)
        plan = sched.next_step(0)
        sched.finish_step([(rid, rid) for rid, _, _ in plan.admitted])
        assert [lp.threadsafe_calls for lp in loops] == [1, 1]
        for lp in loops:
            lp.run_until_complete(asyncio.sleep(0))
        assert calls == [2, 2]
        assert [f.result() for f in futs] == [1, 2, 3, 4]
    finally:
        for lp in loops:
            lp.close()


def test_stats_histograms_match_the_exposed_bounds(loop):
    sched = make()
    sched.submit(loop, loop.create_future(), [1, 2, 3], math.inf)
    sched.next_step(0)
    sched.finish_step([(1, None)], step_seconds=0.002, step_tokens=3)
    hists = sched.stats()["histograms"]
    for name, bounds in _core.HISTOGRAM_BOUNDS.items():
        h = hists[name]
        assert [le for le, _ in h["buckets"]] == [*bounds, math.inf]
        counts = [c for _, c in h["buckets"]]
        assert counts == sorted(counts) and counts[-1] == h["count"] == 1
    assert hists["tokens_per_step"]["sum"] == 3
    assert hists["batch_size"]["sum"] == 1


@pytest.mark.parametrize("copy_valid_only", [False, True])
def test_thousand_requests_reuse_the_pool(loop, copy_valid_only):
    sched = make(max_queue=64, n_slots=6, max_batch_size=6, copy_valid_only=copy_valid_only)
    start = sched.stats()["pool"]
    assert start["allocations"] == 2 * N_LAYERS + 2
    eng = run_engine(sched)
    n = 1000

    async def client(i: int, sem: asyncio.Semaphore):
        async with sem:
            fut = loop.create_future()
            p = prompt_for(i)
            rid = sched.submit(loop, fut, p, time.monotonic() + 120)
            out = await fut
            assert out == expected_output(rid, p)

    async def main():
        sem = asyncio.Semaphore(48)  # stays under max_queue: no 429s here
        await asyncio.wait_for(asyncio.gather(*(client(i, sem) for i in range(n))), 120)

    loop.run_until_complete(main())
    stop_engine(sched, eng)
    st = sched.stats()
    assert st["completed_total"] == n
    assert st["pool"]["allocations"] == start["allocations"]
    assert st["pool"]["slot_reuses"] >= n - 6
    assert st["pool"]["slots_in_use"] == 0
    assert loop.threadsafe_calls == eng.completion_steps


@pytest.mark.parametrize("copy_valid_only", [False, True])
def test_clients_going_away_under_load(loop, copy_valid_only):
    sched = make(max_queue=256, n_slots=4, max_batch_size=4, copy_valid_only=copy_valid_only)
    eng = run_engine(sched)
    n = 200

    async def client(i: int):
        fut = loop.create_future()
        rid = sched.submit(loop, fut, prompt_for(i), time.monotonic() + 120)
        if i % 3 == 0:
            await asyncio.sleep(0)
            fut.cancel()  # the client went away ...
            sched.cancel(rid)  # ... and the handler tells the scheduler
            return None
        return await fut

    async def main():
        return await asyncio.wait_for(asyncio.gather(*(client(i) for i in range(n))), 60)

    loop.run_until_complete(main())
    stop_engine(sched, eng)
    st = sched.stats()
    # Each request either completed or was cancelled, exactly once.
    assert st["completed_total"] + st["rejected_total"]["cancelled"] == n
    assert st["rejected_total"]["cancelled"] >= 1
    assert st["pool"]["slots_in_use"] == 0 and st["running"] == 0
