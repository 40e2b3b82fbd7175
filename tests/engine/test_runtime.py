"""The engine runtime over the shipped model: batching, faults and shutdown, with the real ONNX
Runtime backend and the Rust scheduler (no mocks of either)."""

from __future__ import annotations

import asyncio
import os
import threading
import time
from pathlib import Path

import pytest

from autoglm_gw import _core
from autoglm_gw.config import EngineConfig
from autoglm_gw.engine.loader import load_runtime
from autoglm_gw.engine.runtime import EngineRuntime, InputTooLongError

MODEL_DIR = Path(os.environ.get("AUTOGLM_TEST_MODEL_DIR", "engines/model"))

pytestmark = pytest.mark.skipif(
    not (MODEL_DIR / "model.onnx").is_file(), reason=f"no model in {MODEL_DIR}"
)


def _runtime(**kw) -> EngineRuntime:
    cfg = EngineConfig(model_dir=str(MODEL_DIR), precision=kw.pop("precision", "fp32"), **kw)
    rt = load_runtime(cfg)
    rt.start()
    return rt


def _eval_texts(n: int) -> list[str]:
    from engines.pipeline.datagen import generate, split_families

    _, held = split_families(0)
    return [ex.text for ex in generate(n, seed=7, families=held)]


@pytest.mark.parametrize(
    ("precision", "overlap"), [("fp32", "off"), ("int8", "off"), ("fp32", "on"), ("int8", "on")]
)
def test_batched_equals_unbatched_on_eval_utterances(precision, overlap):
    texts = _eval_texts(200)
    rt = _runtime(max_batch_size=64, precision=precision, overlap=overlap)
    try:

        async def batched():
            return await asyncio.gather(*(rt.parse(t) for t in texts))

        async def one_by_one():
            return [await rt.parse(t) for t in texts]

        together = asyncio.run(batched())
        calls_batched = rt.engine_calls
        alone = asyncio.run(one_by_one())
    finally:
        rt.stop()
    assert [r.output for r in together] == [r.output for r in alone]
    # Batching really happened: far fewer model calls than one per sequence step.
    assert calls_batched < len(texts)
    # ... and so did the overlap, where asked for: calls ran while others were picked.
    assert rt.overlapping == (overlap == "on")
    assert (rt.overlapped_calls > 0) == (overlap == "on")


def test_input_longer_than_the_context_is_refused():
    rt = _runtime()
    try:
        with pytest.raises(InputTooLongError):
            asyncio.run(rt.parse("洗" * (rt.max_text_tokens + 1)))
        # one token fewer than the limit still parses
        asyncio.run(rt.parse("洗" * rt.max_text_tokens))
    finally:
        rt.stop()


class _Exploding:
    """Wraps the real backend and raises on one chosen call: an engine fault mid-batch. With
    two lanes the fault is raised by ``run``, on the runtime's call thread."""

    def __init__(self, inner, fail_on_call: int) -> None:
        self.inner, self.calls, self.fail_on = inner, 0, fail_on_call
        self.spec, self.name, self.trims_past = inner.spec, inner.name, inner.trims_past
        self.lanes = inner.lanes

    def bind_cache(self, keys, values):
        self.inner.bind_cache(keys, values)

    def _count(self):
        self.calls += 1
        if self.calls == self.fail_on:
            self.fault_thread = threading.current_thread().name
            raise RuntimeError("simulated device fault")

    def step(self, inputs):
        self._count()
        return self.inner.step(inputs)

    def bind(self, inputs):
        self.inner.bind(inputs)

    def run(self, lane):
        self._count()
        self.inner.run(lane)

    def finish(self, inputs):
        return self.inner.finish(inputs)

    def apply_moves(self, moves):
        self.inner.apply_moves(moves)

    def close(self):
        self.inner.close()


@pytest.mark.parametrize("overlap", ["off", "on"])
def test_engine_fault_fails_every_waiter_at_once_and_the_engine_restarts(overlap):
    rt = _runtime(max_batch_size=16, overlap=overlap)
    original_factory = rt._backend_factory
    # With overlap, the fault comes from the call thread in the middle of an overlapped step:
    # a full batch decodes in two halves, and its third call is the second half.
    rt.backend = exploding = _Exploding(rt.backend, fail_on_call=2 if overlap == "off" else 12)
    texts = _eval_texts(40)
    try:

        async def burst():
            return await asyncio.gather(*(rt.parse(t) for t in texts), return_exceptions=True)

        results = asyncio.run(asyncio.wait_for(burst(), 60))
        errors = [r for r in results if isinstance(r, BaseException)]
        assert errors, "the fault must reach the waiting requests"
        assert all(isinstance(e, _core.EngineError) for e in errors), errors
        assert exploding.fault_thread == (
            "autoglm-engine" if overlap == "off" else "autoglm-engine-calls"
        )
        # Waiters are failed first, then the backend is rebuilt: wait for the rebuild.
        for _ in range(600):
            if rt.restarts:
                break
            time.sleep(0.05)
        assert rt.restarts == 1
        assert rt._backend_factory is original_factory
        # after the restart the engine serves again
        again = asyncio.run(asyncio.wait_for(rt.parse(texts[0]), 30))
        assert again.output.intent
    finally:
        rt.stop()


def test_a_failed_restart_is_reported_and_tried_again_on_the_next_step():
    # An audit: with a model file broken under the engine, /readyz kept saying ready, and once
    # the file was put right the first request still got 503 before the engine was rebuilt.
    rt = _runtime(max_batch_size=4)
    good_factory = rt._backend_factory
    state = {"broken": True}

    def factory():
        if state["broken"]:
            raise RuntimeError("model file unreadable")
        return good_factory()

    rt._backend_factory = factory
    rt.backend = _Exploding(rt.backend, fail_on_call=1)
    text = _eval_texts(1)[0]
    try:
        with pytest.raises(_core.EngineError):
            asyncio.run(asyncio.wait_for(rt.parse(text), 30))
        for _ in range(600):
            if rt.broken is not None:
                break
            time.sleep(0.05)
        assert rt.broken is not None and "model file unreadable" in rt.broken
        ready, why = asyncio.run(_engine_ready_of(rt))
        assert not ready and "model file unreadable" in why
        state["broken"] = False  # the file put right: the next request is served
        again = asyncio.run(asyncio.wait_for(rt.parse(text), 30))
        assert again.output.intent and rt.broken is None
    finally:
        rt.stop()


def _model_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "model"
    copy.mkdir()
    for f in MODEL_DIR.iterdir():
        if f.is_file():
            (copy / f.name).write_bytes(f.read_bytes())
    return copy


@pytest.mark.parametrize(
    ("broken", "content", "says"),
    [
        ("model.onnx", b"\x08\x07not a model", "ONNX Runtime cannot load it"),
        ("tokenizer.json", b'{"version": "1.0", "mod', "not a readable tokenizer"),
        # another model's tokenizer, readable but without the GLM's special tokens
        ("tokenizer.json", b'{"version": "1.0", "model": {"type": "BPE", "vocab": {}, '
         b'"merges": []}}', "lacks special token"),
    ],
)  # fmt: skip
def test_a_broken_model_file_stops_loading_with_one_error_naming_it(
    tmp_path, broken, content, says
):
    # An audit: a model or tokenizer file cut short stopped start-up with tracebacks from
    # inside ONNX Runtime or tokenizers, not the one line that names the file.
    from autoglm_gw.engine.backend import EngineUnavailableError

    directory = _model_copy(tmp_path)
    (directory / broken).write_bytes(content)
    with pytest.raises(EngineUnavailableError) as err:
        load_runtime(EngineConfig(model_dir=str(directory), precision="fp32"))
    assert str(directory / broken) in str(err.value) and says in str(err.value)
    assert "\n" not in str(err.value)


async def _engine_ready_of(rt):
    from autoglm_gw.components import Components

    c = Components.__new__(Components)
    c.runtime = rt
    return await c.engine_ready()


@pytest.mark.parametrize(("batch", "overlap"), [(4, "off"), (32, "on")])
def test_shutdown_drains_and_leaves_no_future_pending(batch, overlap):
    rt = _runtime(max_batch_size=batch, max_queue=500, overlap=overlap)
    texts = _eval_texts(300)

    async def scenario():
        tasks = [asyncio.ensure_future(rt.parse(t)) for t in texts]
        await asyncio.sleep(0)  # all submitted
        await asyncio.to_thread(rt.stop)
        return await asyncio.wait_for(asyncio.gather(*tasks, return_exceptions=True), 60)

    results = asyncio.run(scenario())
    answered = [r for r in results if not isinstance(r, BaseException)]
    refused = [r for r in results if isinstance(r, BaseException)]
    assert len(answered) + len(refused) == len(texts)
    assert all(isinstance(e, _core.ShuttingDownError) for e in refused), refused[:3]
    assert answered, "running sequences finish during the drain"


def test_pool_allocates_nothing_in_steady_state():
    rt = _runtime(max_batch_size=32)
    texts = _eval_texts(300)
    try:
        before = rt.scheduler.stats()["pool"]["allocations"]

        async def run():
            return await asyncio.gather(*(rt.parse(t) for t in texts))

        asyncio.run(run())
        pool = rt.scheduler.stats()["pool"]
    finally:
        rt.stop()
    assert pool["allocations"] == before
    assert pool["slot_reuses"] > 0


_SLOW_STOP = """
import asyncio, sys, threading, time
from autoglm_gw.config import EngineConfig
from autoglm_gw.engine.loader import load_runtime
from engines.pipeline.datagen import generate, split_families

rt = load_runtime(EngineConfig(model_dir=sys.argv[1], precision="fp32", overlap=sys.argv[2],
                               intra_op_threads=1, max_batch_size=32))
rt.start()
slow = threading.Event()

class SlowSession:  # a model call that outlasts stop()'s wait once `slow` is set
    def __init__(self, inner):
        self.inner = inner
    def __getattr__(self, name):
        return getattr(self.inner, name)
    def run_with_iobinding(self, io):
        if slow.is_set():
            time.sleep(1.0)
        self.inner.run_with_iobinding(io)

rt.backend.session = SlowSession(rt.backend.session)
texts = [e.text for e in generate(40, seed=7, families=split_families(0)[1])]

async def main():
    tasks = [asyncio.ensure_future(rt.parse(t)) for t in texts]
    await asyncio.sleep(0.05)
    slow.set()
    await asyncio.to_thread(rt.stop, 0.3)
    return await asyncio.gather(*tasks, return_exceptions=True)

results = asyncio.run(main())
time.sleep(2.0)  # the slow call returns into its buffers, then the engine thread ends
print("answered", len(results), "restarts", rt.restarts)
"""


@pytest.mark.parametrize("overlap", ["off", "on"])
def test_a_stop_that_gives_up_waiting_mid_call_neither_crashes_nor_restarts(overlap):
    """stop() gives up on an engine thread still inside a model call: the call's buffers must
    outlive it (closing the backend freed them, and the call wrote into freed memory: SIGSEGV),
    and the fault-recovery path must not build a new backend after shutdown."""
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-c", _SLOW_STOP, str(MODEL_DIR), overlap],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "answered 40 restarts 0" in proc.stdout, proc.stdout + proc.stderr[-2000:]
