"""The engine's call thread (engine.overlap) and when "auto" turns it on."""

from __future__ import annotations

import threading
import time

import pytest

from autoglm_gw.config import EngineConfig
from autoglm_gw.engine.call_thread import CallThread
from autoglm_gw.engine.loader import intra_op_threads, overlap_pays


def test_calls_run_in_order_on_one_thread_and_submit_returns_once_started():
    ct = CallThread("test-calls")
    seen: list[tuple[int, str]] = []
    started = threading.Event()

    def slow(i: int) -> None:
        started.set()
        seen.append((i, threading.current_thread().name))
        time.sleep(0.05)

    try:
        first = ct.submit(slow, 0)
        # submit hands back only once the call began, not when it was merely queued
        assert started.is_set()
        second = ct.submit(slow, 1)  # waits for the first to return, then for this to start
        assert len(seen) == 2
        first.wait()
        second.wait()
    finally:
        ct.close()
    assert seen == [(0, "test-calls"), (1, "test-calls")]


def test_an_exception_reaches_the_waiter_and_the_thread_goes_on():
    ct = CallThread("test-calls")
    out: list[int] = []

    def boom(_: int) -> None:
        raise RuntimeError("device fault")

    try:
        pending = ct.submit(boom, 0)
        with pytest.raises(RuntimeError, match="device fault"):
            pending.wait()
        ct.submit(out.append, 7).wait()
    finally:
        ct.close()
    assert out == [7]


@pytest.mark.parametrize(
    ("overlap", "threads", "workers", "cores", "expected"),
    [
        ("auto", 1, 1, 2, True),  # one worker, one ONNX thread, a core left for the grammar
        ("auto", 1, 2, 2, False),  # two workers on two cores: no core to spare
        ("auto", 0, 1, 2, False),  # ONNX Runtime already on every core
        ("auto", 0, 2, 4, False),  # two workers, each on its share of two cores
        ("auto", 2, 1, 4, True),
        ("auto", 1, 4, 8, True),
        ("on", 0, 2, 2, True),
        ("off", 1, 1, 16, False),
    ],
)
def test_auto_overlaps_only_with_a_core_to_spare(overlap, threads, workers, cores, expected):
    cfg = EngineConfig(overlap=overlap, intra_op_threads=threads)
    assert overlap_pays(cfg, workers, cores) is expected


@pytest.mark.parametrize(
    ("threads", "workers", "cores", "expected"),
    [
        (0, 1, 2, 2),  # one worker: every core
        (0, 2, 2, 1),  # two workers on two cores: one thread each, not two spinning on one core
        (0, 3, 8, 2),
        (0, 4, 2, 1),  # more workers than cores: still one thread
        (3, 2, 2, 3),  # set in the configuration: as set
    ],
)
def test_default_intra_op_threads_are_the_workers_share(threads, workers, cores, expected):
    assert intra_op_threads(EngineConfig(intra_op_threads=threads), workers, cores) == expected


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"cpu.max": "200000 100000\n"}, 2),  # cgroup v2, --cpus 2
        ({"cpu.max": "150000 100000\n"}, 2),  # 1.5 cores: rounded up
        ({"cpu.max": "max 100000\n"}, None),  # no quota
        ({"cpu/cpu.cfs_quota_us": "100000\n", "cpu/cpu.cfs_period_us": "100000\n"}, 1),  # v1
        ({"cpu/cpu.cfs_quota_us": "-1\n", "cpu/cpu.cfs_period_us": "100000\n"}, None),
        ({}, None),  # no cgroup files at all
    ],
)
def test_a_containers_cpu_quota_caps_the_cores(tmp_path, files, expected):
    """auto counts the cores a container may use, not the host's: a --cpus 2 container on a
    large host must not turn overlap on as if it had them all."""
    from autoglm_gw.engine.loader import cgroup_cpu_quota, usable_cores

    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    assert cgroup_cpu_quota(tmp_path) == expected
    assert 1 <= usable_cores(tmp_path) <= (expected or 10**6)
