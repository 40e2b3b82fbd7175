"""Builds the engine runtime that the config asks for, from the shipped model directory."""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

from ..config import EngineConfig
from ..nlu import traditional
from ..nlu.grammar import GRAMMAR_VERSION, Grammar, GrammarError
from ..nlu.intent_prior import FILE_NAME as INTENT_PRIOR_FILE
from ..nlu.intent_prior import IntentPrior, IntentPriorError
from ..nlu.span_check import ResolvableSpans
from .backend import Backend, EngineUnavailableError
from .runtime import EngineRuntime

log = logging.getLogger("autoglm_gw.engine")

MODEL_FILES = {"fp32": "model.onnx", "int8": "model.int8.onnx"}
PLAN_FILE = "model.plan"  # TensorRT plan, built on the GPU machine into the model directory


def model_dir(cfg: EngineConfig) -> Path:
    """The configured directory, relative to the working directory, else to the repository."""
    path = Path(cfg.model_dir)
    if path.is_absolute() or path.exists():
        return path
    repo = Path(__file__).resolve().parents[3]
    return repo / path


def model_version(directory: Path, model_file: Path, decoding: str = "") -> str:
    """Changes whenever the weights, the tokenizer, the output grammar or the decoding rules
    (``decoding``: the span check's version, if on, and the intent prior's digest and weight)
    change: the response cache keys on it, so a new model never serves an old model's answers."""
    h = hashlib.sha256(GRAMMAR_VERSION.encode())
    if decoding:
        h.update(b"\0" + decoding.encode())
    for f in (model_file, directory / "tokenizer.json"):
        h.update(f.read_bytes())
    return f"{GRAMMAR_VERSION}-{h.hexdigest()[:16]}"


def decoding_version(
    check: ResolvableSpans | None, prior: IntentPrior | None, prior_weight: float
) -> str:
    """What of the decoding the model version keys on: how traditional characters are read
    (``nlu.traditional``), the span check's version and the intent prior's digest and exact
    weight (repr: 1.0000001 is not 1.0)."""
    version = traditional.VERSION
    if check is not None:
        version += f"+{check.version}"
    if prior is not None and prior_weight > 0:
        version += f"+prior-{prior.digest}x{prior_weight!r}"
    return version


def load_intent_prior(directory: Path) -> IntentPrior | None:
    """The model directory's lexical intent prior; None, with a warning, if it ships none (a
    customer's imported GLM): intents then come from the GLM alone. A file that is there but
    unreadable stops start-up."""
    path = directory / INTENT_PRIOR_FILE
    if not path.is_file():
        log.warning("no %s in %s: intents come from the GLM alone", INTENT_PRIOR_FILE, directory)
        return None
    try:
        return IntentPrior.load(path)
    except IntentPriorError as e:
        raise EngineUnavailableError(str(e)) from None


def build_backend(cfg: EngineConfig, directory: Path, workers: int = 1) -> tuple[Backend, Path]:
    if cfg.backend == "onnx":
        from .onnx_backend import OnnxBackend

        if cfg.precision not in MODEL_FILES:
            raise EngineUnavailableError(
                f"engine.precision = {cfg.precision!r} has no CPU model; use int8 or fp32"
            )
        path = directory / MODEL_FILES[cfg.precision]
        threads = intra_op_threads(cfg, workers)
        return OnnxBackend(
            path,
            precision=cfg.precision,
            threads=threads,
            max_batch=cfg.max_batch_size,
            max_step_tokens=_step_tokens(cfg),
        ), path
    if cfg.backend == "tensorrt":
        from .tensorrt_backend import TensorRTBackend

        path = directory / PLAN_FILE
        return TensorRTBackend(
            path, max_batch=cfg.max_batch_size, max_step_tokens=_step_tokens(cfg)
        ), path
    from .torch_cuda_backend import TorchCudaBackend

    return TorchCudaBackend(
        directory,
        streams=cfg.gpu_streams,
        cuda_graphs=cfg.cuda_graphs,
        max_batch=cfg.max_batch_size,
        max_step_tokens=_step_tokens(cfg),
    ), directory / "model.safetensors"


def _step_tokens(cfg: EngineConfig) -> int:
    # Output buffers hold the largest model call: a full batch of the longest prompts.
    from ..nlu.grammar import MAX_OUTPUT_TOKENS, MAX_TEXT_TOKENS

    return max(cfg.max_step_tokens, cfg.max_batch_size * (MAX_TEXT_TOKENS + 8 + MAX_OUTPUT_TOKENS))


def usable_cores(cgroup_root: Path = Path("/sys/fs/cgroup")) -> int:
    """The cores this process may use: its CPU affinity, capped by a container's CPU quota (a
    `--cpus 2` container on a 64-core host sees 64 cores in its affinity)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    quota = cgroup_cpu_quota(cgroup_root)
    return max(1, min(cores, quota)) if quota else cores


def cgroup_cpu_quota(root: Path) -> int | None:
    """Whole cores the cgroup's CPU quota allows (rounded up), or None without a quota. Reads
    cgroup v2 (``cpu.max``: "quota period" or "max period") and v1 (``cpu.cfs_quota_us``, -1
    for none, over ``cpu.cfs_period_us``)."""
    try:
        quota, period = (root / "cpu.max").read_text().split()[:2]
    except (OSError, ValueError):
        try:
            quota = (root / "cpu" / "cpu.cfs_quota_us").read_text().strip()
            period = (root / "cpu" / "cpu.cfs_period_us").read_text().strip()
        except OSError:
            return None
    if quota in ("max", "-1"):
        return None
    try:
        q, per = int(quota), int(period)
    except ValueError:
        return None
    return -(-q // per) if q > 0 and per > 0 else None


def intra_op_threads(cfg: EngineConfig, workers: int = 1, cores: int | None = None) -> int:
    """``engine.intra_op_threads``, where 0 is this worker's share of the cores. Not every core
    for every worker: with 2 workers on 2 cores, 2 threads each (4 ONNX Runtime threads spinning
    on 2 cores) sustained 89 parses/s within a 100 ms p99 in `make bench`, 1 each 264/s."""
    if cfg.intra_op_threads:
        return cfg.intra_op_threads
    return max(1, (cores or usable_cores()) // max(1, workers))


def overlap_pays(cfg: EngineConfig, workers: int = 1, cores: int | None = None) -> bool:
    """``engine.overlap``: "auto" overlaps only where a core is left over for the engine
    thread's grammar work while ONNX Runtime runs, i.e. when this worker's share of the cores
    exceeds its intra-op threads. With every core already busy (2 workers on 2 cores, or
    ONNX Runtime on all of them) the second thread only adds hand-overs: measured through HTTP
    with 2 workers on 2 cores, 1,156 and 1,290 parses/s with it against 1,345 and 1,586 without."""
    if cfg.overlap != "auto":
        return cfg.overlap == "on"
    cores = cores or usable_cores()
    return cores // max(1, workers) > intra_op_threads(cfg, workers, cores)


def read_tokenizer(path: Path):
    """The model directory's ``tokenizer.json``; a file the tokenizers library cannot read (cut
    short, not JSON, another format) stops start-up with one line naming it."""
    from tokenizers import Tokenizer

    try:
        return Tokenizer.from_file(str(path))
    except Exception as e:  # the library raises a bare Exception for every parse failure
        raise EngineUnavailableError(f"{path}: not a readable tokenizer ({e})") from None


def load_runtime(cfg: EngineConfig, workers: int = 1) -> EngineRuntime:
    """``workers``: how many worker processes share this machine's cores (for overlap "auto")."""
    directory = model_dir(cfg)
    tokenizer = directory / "tokenizer.json"
    if not tokenizer.is_file():
        raise EngineUnavailableError(f"no tokenizer.json in {directory}: is the model shipped?")
    check = ResolvableSpans() if cfg.span_check else None
    prior = load_intent_prior(directory) if cfg.intent_prior_weight > 0 else None
    try:
        grammar = Grammar(
            read_tokenizer(tokenizer),
            span_check=check,
            intent_prior=prior,
            intent_prior_weight=cfg.intent_prior_weight,
        )
    except (traditional.TraditionalTableError, GrammarError) as e:
        raise EngineUnavailableError(f"{tokenizer}: {e}") from None
    first_backend: list[tuple[Backend, Path]] = [build_backend(cfg, directory, workers)]

    def factory() -> Backend:
        # The first backend is built eagerly (to fail start-up loudly); restarts build anew.
        if first_backend:
            return first_backend.pop()[0]
        return build_backend(cfg, directory, workers)[0]

    model_file = first_backend[0][1]
    decoding = decoding_version(check, prior, cfg.intent_prior_weight)
    version = (
        model_version(directory, model_file, decoding) if model_file.is_file() else GRAMMAR_VERSION
    )
    runtime = EngineRuntime(
        grammar=grammar,
        backend_factory=factory,
        max_queue=cfg.max_queue,
        max_batch_size=cfg.max_batch_size,
        max_step_tokens=cfg.max_step_tokens,
        batch_timeout_micros=cfg.batch_timeout_micros,
        prefill_split_tokens=cfg.prefill_split_tokens,
        overlap=overlap_pays(cfg, workers),
        request_timeout_s=cfg.request_timeout_s,
        model_version=version,
    )
    log.info(
        "engine %s loaded from %s (version %s, batch <= %d, overlap %s)",
        runtime.backend.name,
        model_file,
        version,
        cfg.max_batch_size,
        "on" if runtime.overlapping else "off",
    )
    return runtime
