"""The TensorRT backend's data movement through cuda-python, on a real GPU: pinned staging, async
copies on a stream, and the device KV cache (strided scatter of new K/V, slot compaction moves)
checked against the host pool's numpy scatter. TensorRT itself is not needed for these."""

from __future__ import annotations

import numpy as np
import pytest

from autoglm_gw.engine.backend import ModelSpec, scatter_new_kv


def _cuda_or_reason():
    try:
        from autoglm_gw.engine.cuda_memory import CudaRuntime

        cuda = CudaRuntime()
        if cuda.device_count() < 1:
            return None, "cuda-python sees no CUDA device"
        return cuda, ""
    except Exception as exc:
        return None, f"needs cuda-python and a CUDA GPU ({type(exc).__name__}: {exc})"


CUDA, REASON = _cuda_or_reason()
pytestmark = pytest.mark.skipif(CUDA is None, reason=REASON or "no CUDA")


def _upload(cuda, array: np.ndarray) -> int:
    ptr = cuda.malloc(array.nbytes)
    kind = cuda.h2d
    cuda.check(cuda.rt.cudaMemcpy(ptr, array.ctypes.data, array.nbytes, kind), "cudaMemcpy")
    return ptr


def test_pinned_buffers_round_trip_through_the_device_on_a_stream():
    from autoglm_gw.engine.cuda_memory import pinned_array

    n = 4099
    src_ptr, src = pinned_array(CUDA, n, np.float32)
    dst_ptr, dst = pinned_array(CUDA, n, np.float32)
    src[:] = np.arange(n, dtype=np.float32) * 0.5
    dst[:] = -1
    dev = CUDA.malloc(n * 4)
    stream = CUDA.stream()
    CUDA.copy(dev, src_ptr, n * 4, CUDA.h2d, stream)
    CUDA.copy(dst_ptr, dev, n * 4, CUDA.d2h, stream)
    CUDA.sync(stream)
    np.testing.assert_array_equal(dst, src)
    for p in (src_ptr, dst_ptr):
        CUDA.rt.cudaFreeHost(p)
    CUDA.rt.cudaFree(dev)
    CUDA.rt.cudaStreamDestroy(stream)


def test_device_kv_cache_matches_the_host_pool_scatter_and_moves():
    from autoglm_gw.engine.cuda_memory import DeviceKvCache

    spec = ModelSpec(n_layers=2, kv_heads=2, head_dim=8, vocab_size=16)
    n_slots, cap = 5, 16
    rng = np.random.default_rng(0)
    host_k = [np.zeros((n_slots, spec.kv_heads, cap, spec.head_dim), np.float32) for _ in range(2)]
    host_v = [np.zeros_like(host_k[0]) for _ in range(2)]
    kv = DeviceKvCache(CUDA, spec, n_slots, cap)
    stream = CUDA.stream()
    scratch: list[int] = []

    def step(slot0: int, write_pos: list[int], t: int) -> None:
        rows = len(write_pos)
        pos = np.array(write_pos, np.int64)
        new_k, new_v = [], []
        for layer in range(spec.n_layers):
            k = rng.standard_normal((rows, spec.kv_heads, t, spec.head_dim)).astype(np.float32)
            v = rng.standard_normal(k.shape).astype(np.float32)
            scatter_new_kv(host_k[layer][slot0 : slot0 + rows], k, pos)
            scatter_new_kv(host_v[layer][slot0 : slot0 + rows], v, pos)
            new_k.append(_upload(CUDA, k))
            new_v.append(_upload(CUDA, v))
        scratch.extend(new_k + new_v)
        kv.scatter(new_k, new_v, pos, slot0, t, stream)
        CUDA.sync(stream)

    def same() -> None:
        for layer in range(spec.n_layers):
            for slot in range(n_slots):
                np.testing.assert_array_equal(kv.read_slot(layer, slot), host_k[layer][slot])
                got = kv.read_slot(layer, slot, values=True)
                np.testing.assert_array_equal(got, host_v[layer][slot])

    step(0, [0, 0, 0, 0], t=6)  # a prefill of four rows
    step(1, [6, 6, 6], t=1)  # a decode step of the last three
    step(2, [7, 9], t=2)  # rows at different lengths
    same()
    moves = [(4, 0), (3, 1)]
    for src, dst in moves:
        for cache in (*host_k, *host_v):
            cache[dst] = cache[src]
    kv.apply_moves(moves, stream)
    same()
    for p in scratch:
        CUDA.rt.cudaFree(p)
    kv.close()
    CUDA.rt.cudaStreamDestroy(stream)
