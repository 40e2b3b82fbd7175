"""The engine interface every backend implements: one model step over a slot-indexed KV cache.

The step contract is the exported graph's (engines/pipeline/export_onnx.py): given the T new tokens
of B sequences and their cached K/V, the model returns the logits at ``last_index`` and the new
tokens' K/V. The runtime keeps running sequences in KV slots 0..B-1 (the Rust pool compacts them),
so a step always reads the contiguous prefix of the cache. Backends differ only in where the cache
lives and where the step runs:

- ``onnx``: the Rust pool's host buffers, ONNX Runtime on the CPU;
- ``tensorrt`` / ``torch-cuda``: a device mirror of the pool, CUDA streams on a GPU.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np


class EngineUnavailableError(RuntimeError):
    """The configured backend cannot run here (missing library, no GPU, missing plan)."""


@dataclass(frozen=True, slots=True)
class ModelSpec:
    n_layers: int
    kv_heads: int
    head_dim: int
    vocab_size: int


@dataclass(slots=True)
class StepInputs:
    """Views over preallocated host buffers, valid for one step (row b is KV slot row0 + b)."""

    input_ids: np.ndarray  # int64 [B, T]
    position_ids: np.ndarray  # int64 [B, T]
    kv_mask: np.ndarray  # float32 [B, P + T]: the first P cached positions, then the T new tokens
    last_index: np.ndarray  # int64 [B]
    write_pos: np.ndarray  # int64 [B]: where row b's new tokens go in its slot (its length)
    row0: int = 0  # first KV slot of the call: rows are the contiguous slots row0..row0+B-1
    past_len: int = -1  # P: cached positions the model reads (-1: the whole capacity C)
    lane: int = 0  # which of the backend's call buffers (see Backend.lanes) the call uses


class Backend(Protocol):
    spec: ModelSpec
    name: str
    # The weights' precision as they run ("int8", "fp32", "fp16"): the ONNX file chosen by
    # engine.precision, the fp32 safetensors on torch-cuda, or what a TensorRT plan was built with.
    precision: str
    # True when the backend accepts any past length P <= C (the runtime then passes the written
    # prefix only); False when it needs P == C (e.g. a TensorRT plan's fixed profile).
    trims_past: bool
    # How many calls may be in flight at once, each on its own lane of buffers. A backend with
    # two or more also has ``bind(inputs)``, ``run(lane)`` (safe on another thread: it must
    # release the GIL) and ``finish(inputs) -> logits``, so the runtime can overlap one call's
    # run with the grammar work of the call before it. Backends without it (1) only ``step``.
    lanes: int

    def bind_cache(self, keys: list[np.ndarray], values: list[np.ndarray]) -> None:
        """Called once with the pool's host buffers, per layer [n_slots, kv_heads, C, head_dim]."""
        ...

    def step(self, inputs: StepInputs) -> np.ndarray:
        """Runs one step for slots row0..row0+B-1, stores the new K/V at ``write_pos`` in the
        cache, and returns host logits [B, V], valid until the next call."""
        ...

    def apply_moves(self, moves: list[tuple[int, int]]) -> None:
        """Mirrors the pool's slot compaction (from, to) in a backend-side cache, if any."""
        ...

    def close(self) -> None: ...


def scatter_new_kv(cache: np.ndarray, new: np.ndarray, write_pos: np.ndarray) -> None:
    """cache[b, :, write_pos[b] + t, :] = new[b, :, t, :] for every row b and new token t.

    One fancy-indexed assignment per buffer rather than a Python loop over rows.
    """
    b, _, t, _ = new.shape
    rows = np.arange(b)[:, None]
    cols = write_pos[:, None] + np.arange(t)[None, :]
    # Advanced indices on axes 0 and 2 with a slice between put the index axes first: [B, T, kv, d].
    cache[rows, :, cols, :] = new.transpose(0, 2, 1, 3)
