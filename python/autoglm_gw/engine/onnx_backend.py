"""ONNX Runtime on the CPU, the embedded default.

Inputs are bound straight over the runtime's numpy buffers (ONNX Runtime's CPU binding shares the
memory of a contiguous array), the past K/V are the pool's slot prefix ``[:B]`` (contiguous by the
pool's invariant), and outputs land in flat buffers preallocated for the largest step. A step
therefore allocates no tensors of its own.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from .backend import EngineUnavailableError, ModelSpec, StepInputs, scatter_new_kv


class _Lane:
    """One call's binding and output buffers. Two lanes let the runtime bind the next call while
    ONNX Runtime runs this one, and read this one's logits while it runs the next."""

    def __init__(self, session, spec: ModelSpec, max_batch: int, max_step_tokens: int) -> None:
        layers = range(spec.n_layers)
        kv_elems = max_step_tokens * spec.kv_heads * spec.head_dim
        self.io = session.io_binding()
        self.logits = np.empty(max_batch * spec.vocab_size, np.float32)
        self.new_k = [np.empty(kv_elems, np.float32) for _ in layers]
        self.new_v = [np.empty(kv_elems, np.float32) for _ in layers]
        self.stage_k: list[np.ndarray] = []
        self.stage_v: list[np.ndarray] = []
        # set by bind, read by finish
        self.out_logits: np.ndarray | None = None
        self.out_k: list[np.ndarray] = []
        self.out_v: list[np.ndarray] = []


class OnnxBackend:
    name = "onnx"
    trims_past = True
    lanes = 2

    def __init__(
        self,
        model_path: Path,
        *,
        precision: str,
        threads: int,
        max_batch: int,
        max_step_tokens: int,
    ) -> None:
        try:
            import onnxruntime  # noqa: F401  (cpu_session imports it; fail here, plainly)
        except ImportError as exc:  # the serving install depends on it; say so plainly
            raise EngineUnavailableError(f"onnxruntime is not installed: {exc}") from exc
        if not model_path.is_file():
            raise EngineUnavailableError(f"model file not found: {model_path}")
        self.precision = precision
        try:
            self.session = cpu_session(model_path, threads)
        except Exception as e:  # ONNX Runtime's own errors share no base class worth naming
            # A file cut short or not a model: one line that names it, not a traceback per
            # worker attempt (start-up) or per restart.
            raise EngineUnavailableError(
                f"{model_path}: ONNX Runtime cannot load it ({type(e).__name__}: "
                f"{str(e).splitlines()[0] if str(e) else ''})"
            ) from None
        self.spec = spec_from_session(self.session)
        self._layers = range(self.spec.n_layers)
        self._max_tokens = max_step_tokens
        self._lanes = [
            _Lane(self.session, self.spec, max_batch, max_step_tokens) for _ in range(self.lanes)
        ]
        self._keys: list[np.ndarray] = []
        self._values: list[np.ndarray] = []

    def bind_cache(self, keys: list[np.ndarray], values: list[np.ndarray]) -> None:
        self._keys, self._values = keys, values
        # A past shorter than the capacity is not contiguous in the pool: it is gathered here.
        n = keys[0].size
        for lane in self._lanes:
            lane.stage_k = [np.empty(n, np.float32) for _ in keys]
            lane.stage_v = [np.empty(n, np.float32) for _ in values]

    def step(self, inputs: StepInputs) -> np.ndarray:
        self.bind(inputs)
        self.run(inputs.lane)
        return self.finish(inputs)

    def bind(self, inputs: StepInputs) -> None:
        """Binds a call's inputs and outputs on its lane and gathers its past K/V."""
        b, t = inputs.input_ids.shape
        if b * t > self._max_tokens:
            raise ValueError(f"a {b}x{t} step exceeds the {self._max_tokens}-token output buffers")
        s = self.spec
        lane = self._lanes[inputs.lane]
        io = lane.io
        io.clear_binding_inputs()
        io.clear_binding_outputs()
        io.bind_cpu_input("input_ids", inputs.input_ids)
        io.bind_cpu_input("position_ids", inputs.position_ids)
        io.bind_cpu_input("kv_mask", inputs.kv_mask)
        io.bind_cpu_input("last_index", inputs.last_index)
        r0, p = inputs.row0, inputs.past_len
        for i in self._layers:
            keys = self._keys[i][r0 : r0 + b]  # whole slots: contiguous
            values = self._values[i][r0 : r0 + b]
            io.bind_cpu_input(f"past_key_{i}", self._past(keys, lane.stage_k[i], p))
            io.bind_cpu_input(f"past_value_{i}", self._past(values, lane.stage_v[i], p))
        logits = lane.logits[: b * s.vocab_size].reshape(b, s.vocab_size)
        io.bind_output("logits", "cpu", 0, np.float32, logits.shape, logits.ctypes.data)
        shape = (b, s.kv_heads, t, s.head_dim)
        n = b * t * s.kv_heads * s.head_dim
        lane.out_logits = logits
        lane.out_k = [lane.new_k[i][:n].reshape(shape) for i in self._layers]
        lane.out_v = [lane.new_v[i][:n].reshape(shape) for i in self._layers]
        for i in self._layers:
            io.bind_output(f"new_key_{i}", "cpu", 0, np.float32, shape, lane.out_k[i].ctypes.data)
            io.bind_output(f"new_value_{i}", "cpu", 0, np.float32, shape, lane.out_v[i].ctypes.data)

    def run(self, lane: int) -> None:
        """Runs the call bound on ``lane``. ONNX Runtime releases the GIL while it runs, so this
        may run on another thread while the caller's thread binds or finishes the other lane."""
        self.session.run_with_iobinding(self._lanes[lane].io)

    def finish(self, inputs: StepInputs) -> np.ndarray:
        """Stores the call's new K/V in its slots; returns its logits (valid until the lane's
        next bind)."""
        lane = self._lanes[inputs.lane]
        r0, b = inputs.row0, inputs.input_ids.shape[0]
        for i in self._layers:
            scatter_new_kv(self._keys[i][r0 : r0 + b], lane.out_k[i], inputs.write_pos)
            scatter_new_kv(self._values[i][r0 : r0 + b], lane.out_v[i], inputs.write_pos)
        assert lane.out_logits is not None
        return lane.out_logits

    @staticmethod
    def _past(slots: np.ndarray, stage: np.ndarray, p: int) -> np.ndarray:
        """The first p positions of these slots as one contiguous array."""
        b, kv, cap, d = slots.shape
        if p < 0 or p == cap:
            return slots
        view = stage[: b * kv * p * d].reshape(b, kv, p, d)
        np.copyto(view, slots[:, :, :p, :])
        return view

    def apply_moves(self, moves: list[tuple[int, int]]) -> None:
        """The cache is the pool's own memory, which the pool already compacted."""

    def close(self) -> None:
        # The lanes' buffers stay: ONNX Runtime holds only raw pointers to them, and a call
        # still running when its engine gave up waiting must not write into freed memory.
        self.session = None  # type: ignore[assignment]


def cpu_session(model_path: Path, threads: int):
    """The engine's ONNX Runtime session (benchmarks time the graph with exactly these options).
    ``threads`` 0 means one per core."""
    import onnxruntime as ort

    so = ort.SessionOptions()
    so.intra_op_num_threads = threads or (os.cpu_count() or 1)
    so.inter_op_num_threads = 1
    so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    return ort.InferenceSession(str(model_path), so, providers=["CPUExecutionProvider"])


def spec_from_session(session) -> ModelSpec:
    """Reads the model's sizes off the graph, so the runtime never trusts a stale config."""
    past = [i for i in session.get_inputs() if i.name.startswith("past_key_")]
    if not past:
        raise EngineUnavailableError("the ONNX graph has no past_key_* inputs: not a step graph")
    _, kv_heads, _, head_dim = past[0].shape
    logits = next(o for o in session.get_outputs() if o.name == "logits")
    vocab = logits.shape[-1]
    if not all(isinstance(x, int) for x in (kv_heads, head_dim, vocab)):
        raise EngineUnavailableError("the ONNX graph must have static kv_heads, head_dim, vocab")
    return ModelSpec(len(past), kv_heads, head_dim, vocab)
