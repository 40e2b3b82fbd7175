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

import json
from pathlib import Path

import numpy as np

from .backend import EngineUnavailableError, ModelSpec, StepInputs
from .cuda_memory import F32 as _F32
from .cuda_memory import I64 as _I64
from .cuda_memory import CudaRuntime, DeviceKvCache, import_cudart, pinned_array


def _import():
    try:
        import tensorrt as trt
    except Exception as exc:
        raise EngineUnavailableError(
            f"engine.backend = 'tensorrt' needs the TensorRT 10 Python package, which is not "
            f"importable here ({type(exc).__name__}: {exc})"
        ) from exc
    return trt, import_cudart()


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
        self.ids_ptr, self.ids = pinned_array(cuda, tokens, np.int64)
        self.pos_ptr, self.pos = pinned_array(cuda, tokens, np.int64)
        self.mask_ptr, self.mask = pinned_array(cuda, rows * cap + tokens, np.float32)
        self.last_ptr, self.last = pinned_array(cuda, rows, np.int64)
        self.logits_host_ptr, self.logits_host = pinned_array(cuda, rows * s.vocab_size, np.float32)
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
    lanes = 1  # its contexts or streams overlap inside one step call

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
        self.precision = str(meta.get("precision", "unknown"))
        self.cuda = CudaRuntime(cudart)
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
        self.kv: DeviceKvCache | None = None

    def _spec_from_engine(self, trt) -> ModelSpec:
        names = [self.engine.get_tensor_name(i) for i in range(self.engine.num_io_tensors)]
        past = [n for n in names if n.startswith("past_key_")]
        _, kv, _, d = self.engine.get_tensor_shape(past[0])
        vocab = self.engine.get_tensor_shape("logits")[-1]
        return ModelSpec(len(past), int(kv), int(d), int(vocab))

    def bind_cache(self, keys: list[np.ndarray], values: list[np.ndarray]) -> None:
        """Allocates the device mirror of the pool once; the host buffers stay unused."""
        n_slots, _, cap, _ = keys[0].shape
        if cap != self.capacity:
            raise EngineUnavailableError(
                f"pool capacity {cap} differs from the plan's {self.capacity}: rebuild the plan "
                "with --capacity matching the engine"
            )
        self.kv = DeviceKvCache(self.cuda, self.spec, n_slots, cap)

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
        kv = self.kv
        for i in range(s.n_layers):
            ctx.set_input_shape(f"past_key_{i}", past_shape)
            ctx.set_input_shape(f"past_value_{i}", past_shape)
            ctx.set_tensor_address(f"past_key_{i}", kv.slot_address(kv.keys[i], slot0))
            ctx.set_tensor_address(f"past_value_{i}", kv.slot_address(kv.values[i], slot0))
            ctx.set_tensor_address(f"new_key_{i}", c.d_new_k[i])
            ctx.set_tensor_address(f"new_value_{i}", c.d_new_v[i])
        if not ctx.execute_async_v3(c.handle):
            raise RuntimeError("TensorRT execute_async_v3 failed")
        cuda.copy(c.logits_host_ptr, c.d_logits, rows * s.vocab_size * _F32, cuda.d2h, c.stream)
        kv.scatter(c.d_new_k, c.d_new_v, inputs.write_pos[r0:r1], slot0, t, c.stream)

    def apply_moves(self, moves: list[tuple[int, int]]) -> None:
        self.kv.apply_moves(moves, self.contexts[0].stream)

    def close(self) -> None:
        rt = self.cuda.rt
        for c in self.contexts:
            rt.cudaStreamSynchronize(c.stream)
            for p in (c.ids_ptr, c.pos_ptr, c.mask_ptr, c.last_ptr, c.logits_host_ptr):
                rt.cudaFreeHost(p)
            for p in (c.d_ids, c.d_pos, c.d_mask, c.d_last, c.d_logits, *c.d_new_k, *c.d_new_v):
                rt.cudaFree(p)
            rt.cudaStreamDestroy(c.stream)
        if self.kv is not None:
            self.kv.close()
        self.contexts = []
