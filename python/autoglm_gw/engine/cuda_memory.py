"""CUDA memory and streams through cuda-python, for the TensorRT backend.

Kept apart from TensorRT itself so that the data movement (pinned staging, async copies, the
device KV cache and its slot moves) can be checked on any CUDA machine, TensorRT or not.
"""

from __future__ import annotations

import ctypes

import numpy as np

from .backend import EngineUnavailableError, ModelSpec

F32 = 4
I64 = 8


def import_cudart():
    try:
        from cuda.bindings import runtime as cudart
    except Exception as exc:
        raise EngineUnavailableError(
            f"the GPU backends need cuda-python (cuda.bindings): {exc}"
        ) from exc
    return cudart


class CudaRuntime:
    """Thin checked wrappers over cuda-python's runtime calls, which return (err, *values)."""

    def __init__(self, cudart=None) -> None:
        self.rt = cudart if cudart is not None else import_cudart()
        kinds = self.rt.cudaMemcpyKind
        self.h2d = kinds.cudaMemcpyHostToDevice
        self.d2h = kinds.cudaMemcpyDeviceToHost
        self.d2d = kinds.cudaMemcpyDeviceToDevice

    def check(self, result, what: str):
        err, *rest = result if isinstance(result, tuple) else (result,)
        if err != self.rt.cudaError_t.cudaSuccess:
            raise RuntimeError(f"CUDA {what} failed: {err}")
        if not rest:
            return None
        return rest[0] if len(rest) == 1 else rest

    def device_count(self) -> int:
        return int(self.check(self.rt.cudaGetDeviceCount(), "cudaGetDeviceCount"))

    def malloc(self, nbytes: int) -> int:
        return int(self.check(self.rt.cudaMalloc(nbytes), "cudaMalloc"))

    def malloc_host(self, nbytes: int) -> int:
        return int(self.check(self.rt.cudaMallocHost(nbytes), "cudaMallocHost"))

    def memset(self, ptr: int, value: int, nbytes: int) -> None:
        self.check(self.rt.cudaMemset(ptr, value, nbytes), "cudaMemset")

    def stream(self):
        flags = self.rt.cudaStreamNonBlocking
        return self.check(self.rt.cudaStreamCreateWithFlags(flags), "cudaStreamCreate")

    def copy(self, dst: int, src: int, nbytes: int, kind, stream) -> None:
        self.check(self.rt.cudaMemcpyAsync(dst, src, nbytes, kind, stream), "cudaMemcpyAsync")

    def copy2d(self, dst, dpitch, src, spitch, width, height, kind, stream) -> None:
        result = self.rt.cudaMemcpy2DAsync(dst, dpitch, src, spitch, width, height, kind, stream)
        self.check(result, "cudaMemcpy2DAsync")

    def sync(self, stream) -> None:
        self.check(self.rt.cudaStreamSynchronize(stream), "cudaStreamSynchronize")


def pinned_array(cuda: CudaRuntime, count: int, dtype) -> tuple[int, np.ndarray]:
    """Page-locked host memory seen as a flat numpy array (async copies need pinned memory)."""
    itemsize = np.dtype(dtype).itemsize
    ptr = cuda.malloc_host(count * itemsize)
    raw = (ctypes.c_char * (count * itemsize)).from_address(ptr)
    return ptr, np.frombuffer(raw, dtype=dtype, count=count)


class DeviceKvCache:
    """The device mirror of the Rust pool: per layer one key and one value buffer
    [n_slots, kv_heads, C, d] (float32), allocated once and zeroed.

    A step's new K/V arrive as [rows, kv_heads, T, d] in a scratch buffer; each row goes into its
    slot at its write position with one strided 2-D copy per (row, layer, key/value), so no
    kernel is needed. The pool's compaction moves are replayed as device-to-device slot copies.
    """

    def __init__(self, cuda: CudaRuntime, spec: ModelSpec, n_slots: int, capacity: int) -> None:
        self.cuda, self.spec = cuda, spec
        self.n_slots, self.capacity = n_slots, capacity
        self.slot_bytes = spec.kv_heads * capacity * spec.head_dim * F32
        total = n_slots * self.slot_bytes
        self.keys = [cuda.malloc(total) for _ in range(spec.n_layers)]
        self.values = [cuda.malloc(total) for _ in range(spec.n_layers)]
        for ptr in (*self.keys, *self.values):
            cuda.memset(ptr, 0, total)

    def slot_address(self, layer_base: int, slot: int) -> int:
        return layer_base + slot * self.slot_bytes

    def scatter(
        self,
        new_keys: list[int],
        new_values: list[int],
        write_pos: np.ndarray,
        slot0: int,
        t: int,
        stream,
    ) -> None:
        """Copies row j of the new K/V (device scratch [rows, kv, T, d] per layer) into slot
        slot0 + j at position write_pos[j], enqueued on ``stream``."""
        s, cuda = self.spec, self.cuda
        row_new = s.kv_heads * t * s.head_dim * F32  # bytes of one row of the scratch output
        width = t * s.head_dim * F32  # one head's T new positions, contiguous in both
        dpitch = self.capacity * s.head_dim * F32  # from one head to the next in a slot
        for j, pos in enumerate(write_pos.tolist()):
            dst_off = (slot0 + j) * self.slot_bytes + pos * s.head_dim * F32
            for i in range(s.n_layers):
                for src, dst in ((new_keys[i], self.keys[i]), (new_values[i], self.values[i])):
                    cuda.copy2d(
                        dst + dst_off, dpitch, src + j * row_new, width, width,
                        s.kv_heads, cuda.d2d, stream,
                    )  # fmt: skip

    def apply_moves(self, moves: list[tuple[int, int]], stream) -> None:
        """Replays the pool's compaction (slot from -> slot to), then waits for the copies."""
        if not moves:
            return
        for src, dst in moves:
            for base in (*self.keys, *self.values):
                self.cuda.copy(
                    base + dst * self.slot_bytes, base + src * self.slot_bytes,
                    self.slot_bytes, self.cuda.d2d, stream,
                )  # fmt: skip
        self.cuda.sync(stream)

    def read_slot(self, layer: int, slot: int, *, values: bool = False) -> np.ndarray:
        """One slot of one layer copied to the host [kv, C, d] (synchronous; for checks)."""
        s = self.spec
        out = np.empty((s.kv_heads, self.capacity, s.head_dim), np.float32)
        base = (self.values if values else self.keys)[layer]
        src = base + slot * self.slot_bytes
        self.cuda.check(
            self.cuda.rt.cudaMemcpy(out.ctypes.data, src, self.slot_bytes, self.cuda.d2h),
            "cudaMemcpy",
        )
        return out

    def close(self) -> None:
        for ptr in (*self.keys, *self.values):
            self.cuda.rt.cudaFree(ptr)
        self.keys, self.values = [], []
