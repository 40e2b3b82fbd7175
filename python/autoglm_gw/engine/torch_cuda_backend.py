"""PyTorch on a GPU: the TensorRT backend's stream design on PyTorch, so a lent GPU can verify it.

The shipped checkpoint (``model.safetensors`` + ``arch.json`` beside the ONNX files) runs through
the reference architecture's ``step``, which implements the same contract as the ONNX graph. The
KV cache is a device mirror of the Rust pool ([n_slots, kv_heads, C, d] per layer, allocated once);
a step splits its rows over K CUDA streams, copying each chunk's inputs from pinned host buffers
without blocking, so the host enqueues chunk k+1 while the GPU runs chunk k.

A model this small is bound by kernel launches from Python, not by the GPU: eager, one step is
about a hundred launches. Decode-shaped steps (few new tokens per row) recur with the same shapes,
so each (stream, first slot, rows, new tokens, past length) is captured as a CUDA graph on its
second use and replayed after that: one launch per chunk. The graph reads its inputs from static
device tensors, which the chunk's pinned inputs are copied into first, and writes the new K/V
into the cache tensors, whose addresses never change. Graphs of one stream share a memory pool:
they never run at the same time.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .backend import EngineUnavailableError, ModelSpec, StepInputs

log = logging.getLogger("autoglm_gw.engine")

# Steps that feed at most this many tokens per row are decode-shaped (one sampled token, or a few
# jump-forward tokens) and are captured; prompts vary in length and run eagerly.
GRAPH_MAX_NEW_TOKENS = 8
# A shape is captured on its second use: the first runs eagerly, which also initialises the
# kernels' lazy state (cuBLAS handles, workspaces) that capture must not trigger.
GRAPH_CAPTURE_ON_USE = 2
# Most graphs kept; steps of further shapes run eagerly (graphs hold device memory).
GRAPH_LIMIT = 1024
# Use counts of shapes not captured yet. Decode shapes vary with the first slot and the past
# length, so over a long run the counts are forgotten past this many shapes (a shape then needs
# its uses again) rather than growing without bound.
GRAPH_USES_LIMIT = 16 * GRAPH_LIMIT


def _import_torch():
    try:
        import torch
    except Exception as exc:
        raise EngineUnavailableError(
            f"engine.backend = 'torch-cuda' needs PyTorch ({type(exc).__name__}: {exc})"
        ) from exc
    if not torch.cuda.is_available():
        raise EngineUnavailableError("engine.backend = 'torch-cuda' needs a CUDA GPU; none found")
    return torch


def _load_architecture(model_dir: Path):
    """The architecture lives in the model pipeline (engines/), beside the model directory."""
    root = model_dir.resolve().parent.parent
    if str(root) not in sys.path:
        sys.path.append(str(root))
    try:
        from engines.pipeline.architecture import load_checkpoint
    except ImportError as exc:
        raise EngineUnavailableError(
            f"torch-cuda needs engines/pipeline/architecture.py under {root}: {exc}"
        ) from exc
    return load_checkpoint


class _Graph:
    """One captured chunk: its static inputs and the logits it leaves on the device."""

    __slots__ = ("graph", "inputs", "logits")

    def __init__(self, graph, inputs: dict, logits) -> None:
        self.graph, self.inputs, self.logits = graph, inputs, logits


@dataclass(frozen=True, slots=True)
class _Chunk:
    lane: int  # index of the stream
    r0: int  # first row of the step
    r1: int
    slot0: int  # first KV slot
    t: int  # new tokens per row
    width: int  # kv_mask width, P + T
    past: int  # P


class TorchCudaBackend:
    name = "torch-cuda"
    # The shipped fp32 weights as they are; the model is bound by kernel launches, not arithmetic.
    precision = "fp32"
    trims_past = True
    lanes = 1  # its streams overlap inside one step call

    def __init__(
        self,
        model_dir: Path,
        *,
        streams: int,
        max_batch: int,
        max_step_tokens: int,
        cuda_graphs: bool = True,
    ) -> None:
        torch = _import_torch()
        if not (model_dir / "model.safetensors").is_file():
            raise EngineUnavailableError(f"{model_dir}/model.safetensors not found")
        self.torch = torch
        self.device = torch.device("cuda")
        model = _load_architecture(model_dir)(model_dir)
        self.model = model.to(self.device).eval()
        cfg = model.config
        self.spec = ModelSpec(
            cfg.num_hidden_layers, cfg.num_key_value_heads, cfg.head_dim, cfg.vocab_size
        )
        self.streams = [torch.cuda.Stream() for _ in range(max(1, streams))]
        self.max_batch, self.max_tokens = max_batch, max_step_tokens
        self.keys: list = []
        self.values: list = []
        self.capacity = 0
        self._pinned: dict[str, object] = {}
        self.use_graphs = cuda_graphs
        self._graphs: dict[_Chunk, _Graph] = {}
        self._uses: dict[_Chunk, int] = {}
        self._uncapturable: set[_Chunk] = set()  # shapes whose capture failed: always eager
        self._pools = [torch.cuda.graph_pool_handle() for _ in self.streams]
        self.graph_replays = 0
        self.eager_chunks = 0

    def bind_cache(self, keys: list[np.ndarray], values: list[np.ndarray]) -> None:
        torch = self.torch
        shape = keys[0].shape
        self.capacity = shape[2]
        self.keys = [torch.zeros(shape, dtype=torch.float32, device=self.device) for _ in keys]
        self.values = [torch.zeros(shape, dtype=torch.float32, device=self.device) for _ in values]
        self._graphs.clear()  # captured against the old cache's addresses
        self._uses.clear()
        self._uncapturable.clear()
        width = self.capacity + self.max_tokens
        pin = {"pin_memory": True}
        self._pinned = {
            "ids": torch.empty(self.max_tokens, dtype=torch.int64, **pin),
            "pos": torch.empty(self.max_tokens, dtype=torch.int64, **pin),
            "mask": torch.empty(self.max_batch * width, dtype=torch.float32, **pin),
            "last": torch.empty(self.max_batch, dtype=torch.int64, **pin),
            "wpos": torch.empty(self.max_batch, dtype=torch.int64, **pin),
            "logits": torch.empty(self.max_batch * self.spec.vocab_size, **pin),
        }

    def step(self, inputs: StepInputs) -> np.ndarray:
        torch = self.torch
        b, t = inputs.input_ids.shape
        width = inputs.kv_mask.shape[1]
        past = inputs.past_len if inputs.past_len >= 0 else self.capacity
        p = self._pinned
        # one host copy into pinned memory; each stream then uploads its own rows
        p["ids"][: b * t].numpy()[:] = inputs.input_ids.ravel()
        p["pos"][: b * t].numpy()[:] = inputs.position_ids.ravel()
        p["mask"][: b * width].numpy()[:] = inputs.kv_mask.ravel()
        p["last"][:b].numpy()[:] = inputs.last_index
        p["wpos"][:b].numpy()[:] = inputs.write_pos
        logits_host = p["logits"][: b * self.spec.vocab_size].view(b, -1)
        k = min(len(self.streams), b)
        bounds = np.linspace(0, b, k + 1).astype(int).tolist()
        current = torch.cuda.current_stream()
        with torch.inference_mode():
            for lane in range(k):
                r0, r1 = bounds[lane], bounds[lane + 1]
                if r1 == r0:
                    continue
                stream = self.streams[lane]
                stream.wait_stream(current)
                chunk = _Chunk(lane, r0, r1, inputs.row0 + r0, t, width, past)
                with torch.cuda.stream(stream):
                    self._run(chunk, logits_host)
            for s in self.streams[:k]:
                s.synchronize()
        return logits_host.numpy()

    def _run(self, c: _Chunk, out) -> None:
        graph = self._graph_for(c) if self.use_graphs and c.t <= GRAPH_MAX_NEW_TOKENS else None
        if graph is None:
            self.eager_chunks += 1
            logits = self._compute(self._upload(c), c)
        else:
            for name, src in self._host_views(c).items():
                graph.inputs[name].copy_(src, non_blocking=True)
            graph.graph.replay()
            self.graph_replays += 1
            logits = graph.logits
        out[c.r0 : c.r1].copy_(logits, non_blocking=True)

    def _host_views(self, c: _Chunk) -> dict:
        p, rows, t, w = self._pinned, c.r1 - c.r0, c.t, c.width
        return {
            "ids": p["ids"][c.r0 * t : c.r1 * t].view(rows, t),
            "pos": p["pos"][c.r0 * t : c.r1 * t].view(rows, t),
            "mask": p["mask"][c.r0 * w : c.r1 * w].view(rows, w),
            "last": p["last"][c.r0 : c.r1],
            "wpos": p["wpos"][c.r0 : c.r1],
        }

    def _upload(self, c: _Chunk) -> dict:
        dev = self.device
        return {n: v.to(dev, non_blocking=True) for n, v in self._host_views(c).items()}

    def _compute(self, d: dict, c: _Chunk):
        """The chunk's model step, writing its new K/V into their slots; returns device logits."""
        torch, dev = self.torch, self.device
        s0, s1, p = c.slot0, c.slot0 + c.r1 - c.r0, c.past
        logits, new_k, new_v = self.model.step(
            d["ids"], d["pos"], d["mask"], d["last"],
            [k[s0:s1, :, :p] for k in self.keys], [v[s0:s1, :, :p] for v in self.values],
        )  # fmt: skip
        rows_idx = torch.arange(s0, s1, device=dev)[:, None]
        cols = d["wpos"][:, None] + torch.arange(c.t, device=dev)[None, :]
        for cache, new in zip((*self.keys, *self.values), (*new_k, *new_v), strict=True):
            cache[rows_idx, :, cols, :] = new.transpose(1, 2)
        return logits

    def _due_for_capture(self, c: _Chunk) -> bool:
        """Counts a use of a shape with no graph yet; True when it is to be captured now."""
        if len(self._graphs) >= GRAPH_LIMIT or c in self._uncapturable:
            return False
        if len(self._uses) >= GRAPH_USES_LIMIT and c not in self._uses:
            self._uses.clear()
        uses = self._uses.get(c, 0) + 1
        if uses >= GRAPH_CAPTURE_ON_USE:
            self._uses.pop(c, None)
            return True
        self._uses[c] = uses
        return False

    def _graph_for(self, c: _Chunk) -> _Graph | None:
        graph = self._graphs.get(c)
        if graph is not None:
            return graph
        if not self._due_for_capture(c):
            return None
        torch = self.torch
        views = self._host_views(c)
        static = {n: torch.empty_like(v, device=self.device) for n, v in views.items()}
        stream = self.streams[c.lane]
        stream.synchronize()  # capture must not fold in work queued before it
        g = torch.cuda.CUDAGraph()
        try:
            g.capture_begin(pool=self._pools[c.lane], capture_error_mode="thread_local")
            try:
                logits = self._compute(static, c)
            finally:
                g.capture_end()
        except Exception as exc:  # a kernel that cannot be captured: this shape stays eager
            log.warning("CUDA graph capture failed for %s, running it eagerly: %s", c, exc)
            self._uncapturable.add(c)
            return None
        graph = _Graph(g, static, logits)
        self._graphs[c] = graph
        return graph

    def apply_moves(self, moves: list[tuple[int, int]]) -> None:
        if not moves:
            return
        src = self.torch.tensor([m[0] for m in moves], device=self.device)
        dst = self.torch.tensor([m[1] for m in moves], device=self.device)
        for cache in (*self.keys, *self.values):
            cache[dst] = cache[src]

    def close(self) -> None:
        self._graphs.clear()
        self.keys, self.values, self._pinned = [], [], {}
