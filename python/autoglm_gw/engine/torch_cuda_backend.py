"""PyTorch on a GPU: the TensorRT backend's stream design on PyTorch, so a lent GPU can verify it.

The shipped checkpoint (``model.safetensors`` + ``arch.json`` beside the ONNX files) runs through
the reference architecture's ``step``, which implements the same contract as the ONNX graph. The
KV cache is a device mirror of the Rust pool ([n_slots, kv_heads, C, d] per layer, allocated once);
a step splits its rows over K CUDA streams, copying each chunk's inputs from pinned host buffers
without blocking, so the host enqueues chunk k+1 while the GPU runs chunk k.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from .backend import EngineUnavailableError, ModelSpec, StepInputs


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


class TorchCudaBackend:
    name = "torch-cuda"
    trims_past = True

    def __init__(
        self, model_dir: Path, *, streams: int, max_batch: int, max_step_tokens: int
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

    def bind_cache(self, keys: list[np.ndarray], values: list[np.ndarray]) -> None:
        torch = self.torch
        shape = keys[0].shape
        self.capacity = shape[2]
        self.keys = [torch.zeros(shape, dtype=torch.float32, device=self.device) for _ in keys]
        self.values = [torch.zeros(shape, dtype=torch.float32, device=self.device) for _ in values]
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
            for ci in range(k):
                r0, r1 = bounds[ci], bounds[ci + 1]
                if r1 == r0:
                    continue
                stream = self.streams[ci]
                stream.wait_stream(current)
                with torch.cuda.stream(stream):
                    self._chunk(inputs, r0, r1, t, width, logits_host)
            for s in self.streams[:k]:
                s.synchronize()
        return logits_host.numpy()

    def _chunk(self, inputs: StepInputs, r0: int, r1: int, t: int, width: int, out) -> None:
        torch, p, dev = self.torch, self._pinned, self.device
        rows = r1 - r0
        ids = p["ids"][r0 * t : r1 * t].view(rows, t).to(dev, non_blocking=True)
        pos = p["pos"][r0 * t : r1 * t].view(rows, t).to(dev, non_blocking=True)
        mask = p["mask"][r0 * width : r1 * width].view(rows, width).to(dev, non_blocking=True)
        last = p["last"][r0:r1].to(dev, non_blocking=True)
        wpos = p["wpos"][r0:r1].to(dev, non_blocking=True)
        s0, s1 = inputs.row0 + r0, inputs.row0 + r1  # the chunk's KV slots
        p = inputs.past_len if inputs.past_len >= 0 else self.capacity
        logits, new_k, new_v = self.model.step(
            ids, pos, mask, last,
            [k[s0:s1, :, :p] for k in self.keys], [v[s0:s1, :, :p] for v in self.values],
        )  # fmt: skip
        rows_idx = torch.arange(s0, s1, device=dev)[:, None]
        cols = wpos[:, None] + torch.arange(t, device=dev)[None, :]
        for cache, new in zip((*self.keys, *self.values), (*new_k, *new_v), strict=True):
            cache[rows_idx, :, cols, :] = new.transpose(1, 2)
        out[r0:r1].copy_(logits, non_blocking=True)

    def apply_moves(self, moves: list[tuple[int, int]]) -> None:
        if not moves:
            return
        src = self.torch.tensor([m[0] for m in moves], device=self.device)
        dst = self.torch.tensor([m[1] for m in moves], device=self.device)
        for cache in (*self.keys, *self.values):
            cache[dst] = cache[src]

    def close(self) -> None:
        self.keys, self.values, self._pinned = [], [], {}
