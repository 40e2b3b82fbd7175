"""The GPU backends: they refuse clearly where they cannot run, and match the CPU engine where
they can (on a machine with CUDA, and TensorRT for the plan backend)."""

from __future__ import annotations

import asyncio
import importlib.util
from pathlib import Path

import msgspec
import pytest

from autoglm_gw.config import EngineConfig
from autoglm_gw.engine.backend import EngineUnavailableError
from autoglm_gw.engine.loader import load_runtime

MODEL_DIR = Path("engines/model")


def _cuda() -> bool:
    try:
        import torch

        return torch.cuda.is_available()
    except Exception:
        return False


HAS_TRT = importlib.util.find_spec("tensorrt") is not None
HAS_CUDA = _cuda()


@pytest.mark.skipif(HAS_TRT, reason="tensorrt is installed: the refusal path cannot be shown")
def test_tensorrt_backend_refuses_without_tensorrt():
    with pytest.raises(EngineUnavailableError, match="TensorRT 10 Python package"):
        load_runtime(EngineConfig(backend="tensorrt", model_dir=str(MODEL_DIR)))


@pytest.mark.skipif(HAS_CUDA, reason="a CUDA GPU is present: the refusal path cannot be shown")
def test_torch_cuda_backend_refuses_without_a_gpu():
    with pytest.raises(EngineUnavailableError, match="CUDA"):
        load_runtime(EngineConfig(backend="torch-cuda", model_dir=str(MODEL_DIR)))


def _outputs(cfg: EngineConfig, texts: list[str], rounds: int = 1) -> tuple[list, object]:
    """Parses ``texts`` (all at once, ``rounds`` times) and returns the last round's outputs and
    the backend that served them."""

    async def run(rt):
        return [r.output for r in await asyncio.gather(*(rt.parse(t) for t in texts))]

    rt = load_runtime(cfg)
    rt.start()
    try:
        for _ in range(rounds):
            outs = asyncio.run(run(rt))
        return outs, rt.backend
    finally:
        rt.stop()


def _texts(n: int) -> list[str]:
    from engines.pipeline.datagen import generate, split_families

    return [ex.text for ex in generate(n, seed=3, families=split_families(0)[1])]


def _parity(backend: str) -> None:
    texts = _texts(300)
    cfg = EngineConfig(backend="onnx", model_dir=str(MODEL_DIR), precision="fp32")
    cpu, _ = _outputs(cfg, texts)
    # two streams, so that a step's rows really are split over streams (contexts for TensorRT)
    gpu, _ = _outputs(msgspec.structs.replace(cfg, backend=backend, gpu_streams=2), texts)
    same = sum(a == b for a, b in zip(cpu, gpu, strict=True))
    # fp32 on both sides: greedy decisions agree except on near-ties
    assert same >= 0.99 * len(texts)


@pytest.mark.skipif(not HAS_CUDA, reason="needs a CUDA GPU (none on this machine)")
def test_torch_cuda_matches_the_cpu_engine():
    _parity("torch-cuda")


@pytest.mark.skipif(not HAS_CUDA, reason="needs a CUDA GPU (none on this machine)")
def test_torch_cuda_graphs_replay_what_eager_computes():
    texts = _texts(200)
    base = EngineConfig(backend="torch-cuda", model_dir=str(MODEL_DIR), gpu_streams=2)
    eager, backend = _outputs(msgspec.structs.replace(base, cuda_graphs=False), texts)
    assert backend.graph_replays == 0
    # the second round meets decode shapes already captured in the first
    graphs, backend = _outputs(base, texts, rounds=2)
    assert backend.graph_replays > 0
    same = sum(a == b for a, b in zip(eager, graphs, strict=True))
    assert same >= 0.99 * len(texts)


@pytest.mark.skipif(
    not (HAS_CUDA and HAS_TRT and (MODEL_DIR / "model.plan").is_file()),
    reason="needs a CUDA GPU, TensorRT 10 and a plan built by engines.pipeline.build_trt",
)
def test_tensorrt_matches_the_cpu_engine():
    _parity("tensorrt")


@pytest.mark.skipif(not HAS_CUDA, reason="needs a CUDA GPU (none on this machine)")
def test_torch_cuda_exports_gpu_metrics_and_reuses_its_pool():
    from autoglm_gw.engine.metrics import EngineCollector
    from engines.pipeline.datagen import generate, split_families

    texts = [ex.text for ex in generate(256, seed=5, families=split_families(0)[1])]
    rt = load_runtime(EngineConfig(backend="torch-cuda", model_dir=str(MODEL_DIR)))
    rt.start()

    async def burst(batch: list[str]) -> None:
        await asyncio.gather(*(rt.parse(t) for t in batch))

    try:
        asyncio.run(burst(texts[:128]))
        warm = rt.scheduler.stats()["pool"]
        asyncio.run(burst(texts[128:]))
        pool = rt.scheduler.stats()["pool"]
        metrics = {m.name: m for m in EngineCollector(lambda: rt).collect()}
    finally:
        rt.stop()
    # steady state: the second burst reuses slots and allocates nothing
    assert pool["allocations"] == warm["allocations"]
    assert pool["slot_reuses"] >= warm["slot_reuses"] + 128
    total = metrics["autoglm_gw_gpu_memory_total_bytes"].samples[0].value
    used = metrics["autoglm_gw_gpu_memory_used_bytes"].samples[0].value
    util = metrics["autoglm_gw_gpu_utilization_ratio"].samples[0].value
    assert 0 < used <= total
    assert 0.0 <= util <= 1.0
    # the second burst repeats decode shapes of the first: some chunks replay captured graphs
    assert metrics["autoglm_gw_engine_cuda_graph_replays"].samples[0].value > 0
    assert metrics["autoglm_gw_engine_eager_chunks"].samples[0].value > 0
