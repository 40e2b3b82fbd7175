"""The engine runtime: the Rust scheduler and KV pool, one engine thread, and the asyncio face.

Request handlers call :meth:`EngineRuntime.parse`, which tokenises, submits to the Rust scheduler
and awaits a future. One engine thread loops over scheduler steps (iteration-level batching):

1. ``next_step`` (GIL released while it waits) hands over the step's plan: sequences admitted into
   free KV slots, the running ones, cancellations and compaction moves;
2. grammar-forced tokens are appended without a model call (jump-forward);
3. running sequences decode in one call (two halves when the backend has two lanes and the
   batch is large, see below); admitted prompts (in slots by length, from the scheduler) are
   prefilled in as few calls of similar length as pays (``prefill_groups``), which keeps
   prompt-length padding out of the decode rows;
4. each row's next token is chosen under the output grammar; finished sequences are handed to
   ``finish_step``, which completes all their futures with one wake-up per event loop.

With a two-lane backend (ONNX Runtime) and ``overlap`` on, a step's calls are pipelined: call i+1
runs on the call thread while this thread picks call i's tokens, so on two cores the model's
matrix work and the grammar's Python overlap (call_thread.py).

An exception in a step fails every waiting request at once (503) and the backend is rebuilt;
nothing hangs. Shutdown drains: running sequences finish, queued ones get 503.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..nlu.grammar import MAX_OUTPUT_TOKENS, DecodeState, Grammar, ParseOutput, Prompt
from .backend import Backend, StepInputs
from .call_thread import CallThread, PendingCall

log = logging.getLogger("autoglm_gw.engine")

# How long the engine thread blocks in next_step before re-checking its stop flag.
IDLE_POLL_S = 0.25
# Past lengths handed to the model are rounded up to this, so the backend sees few shapes.
PAST_ROUND = 16
# Running rows are decoded in two overlapped calls only from this many rows per call: below it
# a call's fixed cost outweighs what the overlap saves.
OVERLAP_MIN_ROWS = 8


class InputTooLongError(ValueError):
    """The utterance has more tokens than the model's context allows."""


class PromptTokens(list):
    """Prompt ids as the scheduler wants them (a list), carrying the tokenised prompt along so the
    engine thread gets both from the plan without a side table."""

    __slots__ = ("prompt",)


@dataclass(slots=True)
class _Seq:
    req_id: int
    state: DecodeState
    pending: list[int]  # tokens to feed at the next model call
    admitted_at: float  # perf_counter() when it took a slot: splits queue from engine time
    cur: int = 0  # positions of this slot's KV already written


@dataclass(slots=True)
class _Call:
    """One model call, bound and ready to run or running."""

    r0: int
    live: list[_Seq]
    inputs: StepInputs
    tokens: int  # tokens fed (padding excluded)


@dataclass(frozen=True, slots=True)
class EngineResult:
    output: ParseOutput
    admitted_at: float
    n_prompt_tokens: int = 0  # the whole model prompt (chat template included)
    n_output_tokens: int = 0  # every token the grammar emitted, forced ones and EOS included


class EngineRuntime:
    """Owns the scheduler, the backend and the engine thread for one worker process."""

    def __init__(
        self,
        *,
        grammar: Grammar,
        backend_factory: Callable[[], Backend],
        max_queue: int,
        max_batch_size: int,
        max_step_tokens: int,
        batch_timeout_micros: int,
        request_timeout_s: float,
        model_version: str,
        prefill_split_tokens: int = 48,
        overlap: bool = True,
    ) -> None:
        from .. import _core

        self._core = _core
        self.grammar = grammar
        self.model_version = model_version
        self.request_timeout_s = request_timeout_s
        self._backend_factory = backend_factory
        self.backend = backend_factory()
        spec = self.backend.spec
        if spec.vocab_size < grammar.vocab_size:
            raise ValueError(
                f"model vocab {spec.vocab_size} is smaller than the tokenizer's "
                f"{grammar.vocab_size}: tokenizer and model do not belong together"
            )
        self.max_text_tokens = grammar.max_text_tokens
        prompt_max = len(grammar.prefix) + self.max_text_tokens + len(grammar.suffix)
        # As grammar.KV_CAPACITY (what TensorRT plans are built for) for this grammar's limit.
        self.capacity = prompt_max + 2 * MAX_OUTPUT_TOKENS
        self.max_batch_size = max_batch_size
        self.prefill_split_tokens = prefill_split_tokens
        self.scheduler = _core.Scheduler(
            max_queue,
            max_batch_size,
            max(max_step_tokens, prompt_max),
            batch_timeout_micros,
            max_batch_size,
            n_layers=spec.n_layers,
            kv_heads=spec.kv_heads,
            capacity=self.capacity,
            head_dim=spec.head_dim,
            # Compaction then copies only the written part of a slot; we keep lengths current.
            copy_valid_only=True,
        )
        pool = self.scheduler.pool
        layers = [pool.layer(i) for i in range(spec.n_layers)]
        self._keys = [np.asarray(k) for k, _ in layers]
        self._values = [np.asarray(v) for _, v in layers]
        self._lengths = np.asarray(pool.lengths)
        self.backend.bind_cache(self._keys, self._values)
        lanes = 2 if overlap and getattr(self.backend, "lanes", 1) >= 2 else 1
        self._call_thread = CallThread("autoglm-engine-calls") if lanes > 1 else None
        self.overlapping = self._call_thread is not None
        # Step buffers for the largest step, one set per lane, reused: views of them are bound
        # to the engine.
        rows, width = max_batch_size, self.capacity
        self._ids = [np.empty(rows * width, np.int64) for _ in range(lanes)]
        self._pos = [np.empty(rows * width, np.int64) for _ in range(lanes)]
        self._mask = [np.empty(rows * (2 * width), np.float32) for _ in range(lanes)]
        self._last = [np.empty(rows, np.int64) for _ in range(lanes)]
        self._cols = np.arange(2 * width)
        self._seqs: list[_Seq | None] = [None] * max_batch_size
        self.engine_calls = 0  # model calls made: tests count batching and cache fills with it
        self.overlapped_calls = 0  # of those, picked here while the call thread ran the next
        self.restarts = 0
        # Why the engine cannot serve, when its restart failed (readiness reports it); the next
        # step tries the restart again before it runs.
        self.broken: str | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="autoglm-engine", daemon=True)

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> None:
        self._thread.start()

    def begin_drain(self) -> int:
        """Stops admitting and answers the queued requests with ShuttingDownError now; running
        sequences go on to finish. Returns how many were answered. ``stop`` completes it."""
        return self.scheduler.close(True)

    def stop(self, timeout: float = 30.0) -> None:
        """Drains: running sequences finish, queued requests get ShuttingDownError."""
        self.scheduler.close(True)
        self._stop.set()
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.error("engine thread did not stop within %.1fs; failing what is left", timeout)
            self.scheduler.fail_all(self._core.ShuttingDownError("engine stopped"))
            # A model call may still be running on the buffers the backend owns: they must
            # outlive it, so the backend stays open (the process is going away anyway).
            if self._call_thread is not None:
                self._call_thread.close(wait=False)
            return
        if self._call_thread is not None:  # idle once the engine thread is gone
            self._call_thread.close()
        self.backend.close()

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    # ------------------------------------------------------------------ asyncio face
    def encode(self, text: str) -> Prompt:
        text, enc = self.grammar.encode_text(text)
        if len(enc.ids) > self.max_text_tokens:
            raise InputTooLongError(
                f"the utterance has {len(enc.ids)} tokens; the model reads at most "
                f"{self.max_text_tokens}"
            )
        return self.grammar._wrap(text, enc)

    async def parse(
        self, text: str, *, deadline: float | None = None, priority: int = 0
    ) -> EngineResult:
        """Parses one utterance through the scheduler. Raises InputTooLongError and the
        scheduler's QueueFullError, DeadlineExceededError, ShuttingDownError, EngineError."""
        prompt = self.encode(text)
        tokens = PromptTokens(prompt.ids.tolist())
        tokens.prompt = prompt
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        if deadline is None:
            deadline = time.monotonic() + self.request_timeout_s
        req_id = self.scheduler.submit(loop, fut, tokens, deadline, priority)
        try:
            return await fut
        except asyncio.CancelledError:
            # The client went away: free its queue place or slot for someone else.
            self.scheduler.cancel(req_id)
            raise

    # ------------------------------------------------------------------ engine thread
    def _loop(self) -> None:
        sched = self.scheduler
        while True:
            try:
                plan = sched.next_step(IDLE_POLL_S)
            except Exception:
                log.exception("scheduler failed; engine thread stops")
                return
            if plan is None:
                if sched.closed and self._stop.is_set():
                    return
                continue
            if self.broken is not None:
                try:
                    self._restart()  # a model file put right since: serve this step with it
                except Exception as exc:
                    self._recover(exc, restart=False)  # (it has just been tried)
                    continue
            try:
                self._run_step(plan)
            except Exception as exc:
                self._recover(exc)

    def _recover(self, exc: Exception, restart: bool = True) -> None:
        log.exception("engine step failed; failing all waiting requests and restarting the engine")
        err = self._core.EngineError(f"engine failure: {type(exc).__name__}: {exc}")
        try:
            self.scheduler.finish_step([], None)
        except Exception:  # the step may already be finished; fail_all frees everything anyway
            pass
        self.scheduler.fail_all(err)
        self._seqs = [None] * len(self._seqs)
        # Not when shutting down (a new backend would never be closed), nor when the failure was
        # the restart itself, tried just now.
        if self._stop.is_set() or not restart:
            return
        try:
            self._restart()
        except Exception:
            log.exception("engine restart failed; requests will get 503 until it recovers")

    def _restart(self) -> None:
        """A new backend in place of the failed one; ``broken`` says why when that fails too."""
        try:
            self.backend.close()
            self.backend = self._backend_factory()
            self.backend.bind_cache(self._keys, self._values)
        except Exception as exc:
            self.broken = f"restart failed: {type(exc).__name__}: {exc}"
            raise
        self.broken = None
        self.restarts += 1

    def _run_step(self, plan) -> None:
        seqs = self._seqs
        t0 = time.perf_counter()
        for _, slot in plan.cancelled:
            seqs[slot] = None
        self._apply_moves(plan.moves)
        for req_id, slot, tokens in plan.admitted:
            prompt: Prompt = tokens.prompt
            seqs[slot] = _Seq(req_id, DecodeState(self.grammar, prompt), list(tokens), t0)
        n = plan.batch_size
        done: list[tuple[int, EngineResult]] = []
        finished: set[int] = set()
        # Jump-forward: tokens the grammar forces need no model call of their own.
        for slot in range(n):
            seq = seqs[slot]
            st = seq.state
            while not st.done and (tok := st.forced_token()) is not None:
                st.advance(tok, checked=True)
                if not st.done:
                    seq.pending.append(tok)
            if st.done:
                done.append((seq.req_id, _result(seq)))
                finished.add(slot)
                seq.pending = []
        calls = self._calls(plan.n_running, n)
        if self._call_thread is not None and len(calls) > 1:
            tokens_fed = self._overlapped_calls(calls)
        else:
            tokens_fed = 0
            for r0, r1 in calls:
                if (call := self._bind(r0, r1, 0)) is not None:
                    tokens_fed += self._pick(call, self.backend.step(call.inputs))
        for slot in range(n):
            seq = seqs[slot]
            if seq.state.done and slot not in finished:
                done.append((seq.req_id, _result(seq)))
                finished.add(slot)
        for slot in finished:
            seqs[slot] = None
        moves = self.scheduler.finish_step(
            done, None, step_seconds=time.perf_counter() - t0, step_tokens=float(tokens_fed)
        )
        self._apply_moves(moves)

    def _apply_moves(self, moves) -> None:
        if not moves:
            return
        seqs = self._seqs
        for src, dst in moves:
            seqs[dst] = seqs[src]
            seqs[src] = None
        self.backend.apply_moves(list(moves))

    def _calls(self, n_running: int, n: int) -> list[tuple[int, int]]:
        """The step's model calls, as slot ranges, in the order they run: the running rows'
        decode, then the admitted prompts' prefill in groups of similar length.

        Overlapped, each is cut in two halves and the halves alternate (decode, prefill, decode,
        prefill): a prefill call costs the model far more than the grammar work on its rows and
        a decode call far less, so alternating keeps both threads busy."""
        prefill = [len(q.pending) for q in self._seqs[n_running:n]]
        if self._call_thread is None:
            decode = [(0, n_running)] if n_running else []
            return decode + self._prefill_calls(n_running, prefill)
        d_half = n_running // 2 if n_running >= 2 * OVERLAP_MIN_ROWS else n_running
        p_half = len(prefill) // 2
        first = [(0, d_half)] if d_half else []
        first += self._prefill_calls(n_running, prefill[:p_half])
        second = [(d_half, n_running)] if n_running > d_half else []
        second += self._prefill_calls(n_running + p_half, prefill[p_half:])
        return first + second

    def _prefill_calls(self, row0: int, lengths: list[int]) -> list[tuple[int, int]]:
        return [
            (row0 + r0, row0 + r1) for r0, r1 in prefill_groups(lengths, self.prefill_split_tokens)
        ]

    def _overlapped_calls(self, spans: list[tuple[int, int]]) -> int:
        """Runs the calls in order on the call thread, alternating lanes, and picks each call's
        tokens here while the next one runs. Returns the tokens fed."""
        backend, thread = self.backend, self._call_thread
        assert thread is not None
        fed = 0
        lane = 0
        in_flight: list[tuple[_Call, PendingCall]] = []
        try:
            for r0, r1 in spans:
                # Lane reuse is safe: the call that last used this lane was picked below, one
                # iteration ago.
                call = self._bind(r0, r1, lane)
                if call is None:
                    continue
                backend.bind(call.inputs)
                in_flight.append((call, thread.submit(backend.run, lane)))
                lane ^= 1
                if len(in_flight) == 2:
                    fed += self._finish(*in_flight.pop(0))
                    self.overlapped_calls += 1
            while in_flight:
                fed += self._finish(*in_flight.pop(0))
        except BaseException:
            # Recovery rebuilds the backend: no call of the old one may still be running.
            for _, pending in in_flight:
                try:
                    pending.wait()
                except BaseException:
                    pass
            raise
        return fed

    def _finish(self, call: _Call, pending: PendingCall) -> int:
        pending.wait()
        return self._pick(call, self.backend.finish(call.inputs))

    def _bind(self, r0: int, r1: int, lane: int) -> _Call | None:
        """Fills one model call's inputs over slots r0..r1-1 in the lane's step buffers; rows
        with nothing to feed ride along padded. None when no row has anything to feed."""
        live = self._seqs[r0:r1]
        rows = r1 - r0
        fed_n = np.fromiter((len(q.pending) for q in live), np.int64, rows)
        t = int(fed_n.max()) if rows else 0
        if t == 0:
            return None
        cur = np.fromiter((q.cur for q in live), np.int64, rows)
        cap = self.capacity
        if int(cur.max()) + t > cap:
            raise RuntimeError(f"a sequence outgrew its KV slot ({int(cur.max()) + t} > {cap})")
        # Attend over the written prefix only (rounded up to keep shapes few) when the backend
        # can take a shorter past: prefill calls then carry no past at all.
        if self.backend.trims_past:
            p = min(cap, -(-int(cur.max()) // PAST_ROUND) * PAST_ROUND)
        else:
            p = cap
        ids = self._ids[lane][: rows * t].reshape(rows, t)
        pos = self._pos[lane][: rows * t].reshape(rows, t)
        mask = self._mask[lane][: rows * (p + t)].reshape(rows, p + t)
        last = self._last[lane][:rows]
        ids.fill(self.grammar.pad_id)
        for r, q in enumerate(live):
            if q.pending:
                ids[r, : len(q.pending)] = q.pending
        np.add(cur[:, None], self._cols[:t], out=pos)
        np.less(self._cols[:p], cur[:, None], out=mask[:, :p], casting="unsafe")
        # A row with nothing to feed attends to its own pad token so its softmax stays defined.
        np.less(self._cols[:t], np.maximum(fed_n, 1)[:, None], out=mask[:, p:], casting="unsafe")
        np.subtract(np.maximum(fed_n, 1), 1, out=last)
        inputs = StepInputs(ids, pos, mask, last, cur, r0, p, lane)
        return _Call(r0, live, inputs, int(fed_n.sum()))

    def _pick(self, call: _Call, logits: np.ndarray) -> int:
        """Chooses each fed row's next token under the grammar. Returns the tokens fed."""
        self.engine_calls += 1
        lengths = self._lengths
        r0 = call.r0
        for r, q in enumerate(call.live):
            m = len(q.pending)
            if not m:
                continue
            q.cur += m
            lengths[r0 + r] = q.cur
            st = q.state
            tok = st.pick(logits[r])
            st.advance(tok, checked=True)
            q.pending = [] if st.done else [tok]
        return call.tokens


def prefill_groups(lengths: list[int], call_cost: int) -> list[tuple[int, int]]:
    """Splits rows (sorted by length, as the scheduler hands admitted prompts out) into
    contiguous groups, one model call each, minimising padded tokens + ``call_cost`` per call.

    Exact over contiguous splits (a small O(n^2) dynamic programme: n is one step's admissions).
    Rows with nothing to feed (finished by jump-forward) cost nothing wherever they fall.
    """
    n = len(lengths)
    if n == 0:
        return []
    best = [0] * (n + 1)  # best[k]: cost of rows 0..k-1
    cut = [0] * (n + 1)
    for k in range(1, n + 1):
        t_max, best_k, cut_k = 0, None, 0
        for s in range(k - 1, -1, -1):  # last group = rows s..k-1
            t_max = max(t_max, lengths[s])
            c = best[s] + call_cost + (k - s) * t_max
            if best_k is None or c <= best_k:  # ties: the longer group, fewer calls
                best_k, cut_k = c, s
        best[k], cut[k] = best_k, cut_k
    groups = []
    k = n
    while k > 0:
        groups.append((cut[k], k))
        k = cut[k]
    return [g for g in reversed(groups) if max(lengths[g[0] : g[1]]) > 0]


def _result(seq: _Seq) -> EngineResult:
    st = seq.state
    return EngineResult(st.result(), seq.admitted_at, len(st.prompt.ids), len(st.out))
