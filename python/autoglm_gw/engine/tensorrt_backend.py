"""TensorRT 10 on a GPU: K execution contexts on K CUDA streams, through cuda-python.

The plan comes from ``python -m engines.pipeline.build_trt``, whose JSON sidecar lists the
optimization profiles: context k owns profile 2k (prefill shapes) and 2k+1 (decode shapes), so the
K contexts can run at once. A step splits its B rows into K contiguous chunks, one per context and
stream. The host enqueues chunk k+1 (pinned staging, async H2D copy, shapes, launch) while the GPU
already runs chunk k, then waits once for all streams.

The KV cache lives on the device: per layer a key and a value buffer [n_slots, kv_heads, C, d]
allocated once, mirroring the Rust pool's slot layout; the pool's compaction moves are replayed as
device-to-device copies. New K/V come out of the plan into per-context scratch buffers and are
copied into their slots with one strided 2-D copy per (row, layer, key/value).

TensorRT cannot be installed in every environment (its PyPI wheels fetch from NVIDIA's index); the
constructor then raises EngineUnavailableError with the reason.
"""

from __future__ import annotations

import ctypes
import json
from pathlib import Path

import numpy as np

from .backend import EngineUnavailableError, ModelSpec, StepInputs

_F32 = 4
_I64 = 8


def _import():
    try:
        import tensorrt as trt
    except Exception as exc:
        raise EngineUnavailableError(
            f"engine.backend = 'tensorrt' needs the TensorRT 10 Python package, which is not "
            f"importable here ({type(exc).__name__}: {exc})"
        ) from exc
    try:
        from cuda.bindings import runtime as cudart
    except Exception as exc:
        raise EngineUnavailableError(
            f"engine.backend = 'tensorrt' needs cuda-python (cuda.bindings): {exc}"
        ) from exc
    return trt, cudart


class _Cuda:
    """Thin checked wrappers over cuda-python's runtime calls, which return (err, *values)."""

    def __init__(self, cudart) -> None:
        self.rt = cudart
        self.h2d = cudart.cudaMemcpyKind.cudaMemcpyHostToDevice
        self.d2h = cudart.cudaMemcpyKind.cudaMemcpyDeviceToHost
        self.d2d = cudart.cudaMemcpyKind.cudaMemcpyDeviceToDevice

    def check(self, result, what: str):
        err, *rest = result if isinstance(result, tuple) else (result,)
        if err != self.rt.cudaError_t.cudaSuccess:
            raise RuntimeError(f"CUDA {what} failed: {err}")
        return rest[0] if len(rest) == 1 else rest

    def malloc(self, nbytes: int) -> int:
        return int(self.check(self.rt.cudaMalloc(nbytes), "cudaMalloc"))

    def malloc_host(self, nbytes: int) -> int:
        return int(self.check(self.rt.cudaMallocHost(nbytes), "cudaMallocHost"))

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


def _pinned_array(cuda: _Cuda, count: int, dtype) -> tuple[int, np.ndarray]:
    """Page-locked host memory seen as a flat numpy array (async copies need pinned memory)."""
    itemsize = np.dtype(dtype).itemsize
    ptr = cuda.malloc_host(count * itemsize)
    raw = (ctypes.c_char * (count * itemsize)).from_address(ptr)
    return ptr, np.frombuffer(raw, dtype=dtype, count=count)


class _Context:
    """One execution context with its stream, profiles and staging buffers."""

    def __init__(self, owner: TensorRTBackend, index: int, prefill: int, decode: int) -> None:
        cuda, s = owner.cuda, owner.spec
        self.ctx = owner.engine.create_execution_context()
        self.stream = cuda.stream()
        self.handle = int(self.stream)
        self.prefill_profile, self.decode_profile = prefill, decode
        self.profile = -1
        rows, tokens, cap = owner.max_batch, owner.max_tokens, owner.capacity
        # pinned staging for the host-built inputs and the logits coming back
        self.ids_ptr, self.ids = _pinned_array(cuda, tokens, np.int64)
        self.pos_ptr, self.pos = _pinned_array(cuda, tokens, np.int64)
        self.mask_ptr, self.mask = _pinned_array(cuda, rows * cap + tokens, np.float32)
        self.last_ptr, self.last = _pinned_array(cuda, rows, np.int64)
        self.logits_host_ptr, self.logits_host = _pinned_array(
            cuda, rows * s.vocab_size, np.float32
        )
        # device inputs and outputs
        self.d_ids = cuda.malloc(tokens * _I64)
        self.d_pos = cuda.malloc(tokens * _I64)
        self.d_mask = cuda.malloc((rows * cap + tokens) * _F32)
        self.d_last = cuda.malloc(rows * _I64)
        self.d_logits = cuda.malloc(rows * s.vocab_size * _F32)
        kv_new = tokens * s.kv_heads * s.head_dim * _F32
        self.d_new_k = [cuda.malloc(kv_new) for _ in range(s.n_layers)]
        self.d_new_v = [cuda.malloc(kv_new) for _ in range(s.n_layers)]


class TensorRTBackend:
    name = "tensorrt"
    trims_past = False

    def __init__(self, plan_path: Path, *, max_batch: int, max_step_tokens: int) -> None:
        trt, cudart = _import()
        if not plan_path.is_file():
            raise EngineUnavailableError(
                f"TensorRT plan not found: {plan_path} (build it with "
                "`python -m engines.pipeline.build_trt --out {plan_path}`)"
            )
        meta_path = Path(str(plan_path) + ".json")
        if not meta_path.is_file():
            raise EngineUnavailableError(f"plan sidecar {meta_path} not found")
        meta = json.loads(meta_path.read_text())
        self.cuda = _Cuda(cudart)
        self.logger = trt.Logger(trt.Logger.WARNING)
        self.runtime = trt.Runtime(self.logger)
        self.engine = self.runtime.deserialize_cuda_engine(plan_path.read_bytes())
        if self.engine is None:
            raise EngineUnavailableError(f"TensorRT could not deserialize {plan_path}")
        self.spec = self._spec_from_engine(trt)
        self.capacity = int(meta["capacity"])
        self.max_batch = min(max_batch, int(meta["max_batch"]))
        self.max_tokens = max_step_tokens
        self.decode_max_t = int(meta["decode_max_t"])
        by_ctx: dict[int, dict[str, int]] = {}
        for p in meta["profiles"]:
            by_ctx.setdefault(int(p["context"]), {})[p["kind"]] = int(p["index"])
        self.contexts = [
            _Context(self, k, profs["prefill"], profs["decode"])
            for k, profs in sorted(by_ctx.items())
        ]
        self.d_keys: list[int] = []
        self.d_values: list[int] = []
        self.slot_bytes = 0

    def _spec_from_engine(self, trt) -> ModelSpec:
        names = [self.engine.get_tensor_name(i) for i in range(self.engine.num_io_tensors)]
        past = [n for n in names if n.startswith("past_key_")]
        _, kv, _, d = self.engine.get_tensor_shape(past[0])
        vocab = self.engine.get_tensor_shape("logits")[-1]
        return ModelSpec(len(past), int(kv), int(d), int(vocab))

    def bind_cache(self, keys: list[np.ndarray], values: list[np.ndarray]) -> None:
        """Allocates the device mirror of the pool once; the host buffers stay unused."""
        n_slots, kv, cap, d = keys[0].shape
        if cap != self.capacity:
            raise EngineUnavailableError(
                f"pool capacity {cap} differs from the plan's {self.capacity}: rebuild the plan "
                "with --capacity matching the engine"
            )
        self.slot_bytes = kv * cap * d * _F32
        total = n_slots * self.slot_bytes
        self.d_keys = [self.cuda.malloc(total) for _ in keys]
        self.d_values = [self.cuda.malloc(total) for _ in values]

    def step(self, inputs: StepInputs) -> np.ndarray:
        b, t = inputs.input_ids.shape
        k = min(len(self.contexts), b)
        bounds = np.linspace(0, b, k + 1).astype(int)
        logits = np.empty((b, self.spec.vocab_size), np.float32)
        used = []
        for ci in range(k):
            r0, r1 = int(bounds[ci]), int(bounds[ci + 1])
            if r1 > r0:
                used.append((self.contexts[ci], r0, r1))
                self._launch(self.contexts[ci], inputs, r0, r1, t, inputs.row0 + r0)
        for c, r0, r1 in used:
            self.cuda.sync(c.stream)
            n = (r1 - r0) * self.spec.vocab_size
            logits[r0:r1] = c.logits_host[:n].reshape(r1 - r0, -1)
        return logits

    def _launch(
        self, c: _Context, inputs: StepInputs, r0: int, r1: int, t: int, slot0: int
    ) -> None:
        """Enqueues rows r0..r1-1 of the step (KV slots slot0..) on this context's stream."""
        cuda, s, ctx = self.cuda, self.spec, c.ctx
        rows = r1 - r0
        width = inputs.kv_mask.shape[1]
        profile = c.prefill_profile if t > self.decode_max_t else c.decode_profile
        if profile != c.profile:
            ctx.set_optimization_profile_async(profile, c.handle)
            c.profile = profile
        # stage this chunk's host inputs in pinned memory, then copy them up asynchronously
        n_tok = rows * t
        c.ids[:n_tok] = inputs.input_ids[r0:r1].ravel()
        c.pos[:n_tok] = inputs.position_ids[r0:r1].ravel()
        c.mask[: rows * width] = inputs.kv_mask[r0:r1].ravel()
        c.last[:rows] = inputs.last_index[r0:r1]
        cuda.copy(c.d_ids, c.ids_ptr, n_tok * _I64, cuda.h2d, c.stream)
        cuda.copy(c.d_pos, c.pos_ptr, n_tok * _I64, cuda.h2d, c.stream)
        cuda.copy(c.d_mask, c.mask_ptr, rows * width * _F32, cuda.h2d, c.stream)
        cuda.copy(c.d_last, c.last_ptr, rows * _I64, cuda.h2d, c.stream)
        ctx.set_input_shape("input_ids", (rows, t))
        ctx.set_input_shape("position_ids", (rows, t))
        ctx.set_input_shape("kv_mask", (rows, width))
        ctx.set_input_shape("last_index", (rows,))
        ctx.set_tensor_address("input_ids", c.d_ids)
        ctx.set_tensor_address("position_ids", c.d_pos)
        ctx.set_tensor_address("kv_mask", c.d_mask)
        ctx.set_tensor_address("last_index", c.d_last)
        ctx.set_tensor_address("logits", c.d_logits)
        past_shape = (rows, s.kv_heads, self.capacity, s.head_dim)
        offset = slot0 * self.slot_bytes
        for i in range(s.n_layers):
            ctx.set_input_shape(f"past_key_{i}", past_shape)
            ctx.set_input_shape(f"past_value_{i}", past_shape)
            ctx.set_tensor_address(f"past_key_{i}", self.d_keys[i] + offset)
            ctx.set_tensor_address(f"past_value_{i}", self.d_values[i] + offset)
            ctx.set_tensor_address(f"new_key_{i}", c.d_new_k[i])
            ctx.set_tensor_address(f"new_value_{i}", c.d_new_v[i])
        if not ctx.execute_async_v3(c.handle):
            raise RuntimeError("TensorRT execute_async_v3 failed")
        cuda.copy(c.logits_host_ptr, c.d_logits, rows * s.vocab_size * _F32, cuda.d2h, c.stream)
        self._scatter(c, inputs.write_pos[r0:r1], slot0, t)

    def _scatter(self, c: _Context, write_pos: np.ndarray, slot0: int, t: int) -> None:
        """Copies each row's new K/V [kv, T, d] into its slot at write_pos (strided 2-D copies)."""
        s, cuda = self.spec, self.cuda
        row_new = s.kv_heads * t * s.head_dim * _F32  # bytes of one row in the new-K/V output
        width = t * s.head_dim * _F32
        dpitch = self.capacity * s.head_dim * _F32
        for j, pos in enumerate(write_pos.tolist()):
            dst_off = (slot0 + j) * self.slot_bytes + pos * s.head_dim * _F32
            for i in range(s.n_layers):
                for src, dst in ((c.d_new_k[i], self.d_keys[i]), (c.d_new_v[i], self.d_values[i])):
                    cuda.copy2d(
                        dst + dst_off, dpitch, src + j * row_new, width, width,
                        s.kv_heads, cuda.d2d, c.stream,
                    )  # fmt: skip

    def apply_moves(self, moves: list[tuple[int, int]]) -> None:
        if not moves:
            return
        stream = self.contexts[0].stream
        for src, dst in moves:
            for bufs in (self.d_keys, self.d_values):
                for base in bufs:
                    self.cuda.copy(
                        base + dst * self.slot_bytes, base + src * self.slot_bytes,
                        self.slot_bytes, self.cuda.d2d, stream,
                    )  # fmt: skip
        self.cuda.sync(stream)

    def close(self) -> None:
        rt = self.cuda.rt
        for c in self.contexts:
            rt.cudaStreamSynchronize(c.stream)
            for p in (c.ids_ptr, c.pos_ptr, c.mask_ptr, c.last_ptr, c.logits_host_ptr):
                rt.cudaFreeHost(p)
            for p in (c.d_ids, c.d_pos, c.d_mask, c.d_last, c.d_logits, *c.d_new_k, *c.d_new_v):
                rt.cudaFree(p)
            rt.cudaStreamDestroy(c.stream)
        for p in (*self.d_keys, *self.d_values):
            rt.cudaFree(p)
        self.contexts = []
