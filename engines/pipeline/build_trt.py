"""Builds a TensorRT plan from the booking model's ONNX graph (TensorRT 10 Python API).

Profiles: for each of K execution contexts (``--contexts K``), one prefill profile (T up to the
longest prompt) and one decode profile (T up to a few jump-forward tokens); context k uses profiles
``2k`` (prefill) and ``2k+1`` (decode), so K contexts can run on K CUDA streams at once. A JSON
sidecar (``PLAN.json``) records the profile table, so the engine never guesses.

Precision: ``--fp16`` (default) sets ``BuilderFlag.FP16``; ``--int8`` also sets
``BuilderFlag.INT8``, which quantises the layers whose scales the ONNX carries as Q/DQ nodes (the
shipped ``model.int8.onnx`` is such a QDQ graph, ``quantize.py``; no TensorRT build of it has run
in this workplace). TensorRT 11 removed these flags (networks are strongly typed): there the plan
keeps the ONNX's own types and a warning says so.

``tensorrt`` is not installable from PyPI in every environment (its wheels download from NVIDIA's
index); without it this exits with status 3 and says so.

Usage::

    python -m engines.pipeline.build_trt --onnx engines/model/model.onnx --out model.plan \\
        [--contexts 2] [--max-batch 64] [--max-prompt N] [--capacity N] [--int8]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from autoglm_gw.nlu.grammar import KV_CAPACITY, MAX_PROMPT_TOKENS

EXIT_NO_TENSORRT = 3
DECODE_MAX_T = 4  # one sampled token plus jump-forward tokens fed in the same call


def import_tensorrt():
    try:
        import tensorrt as trt
    except Exception as e:  # ImportError, or a broken CUDA install
        return None, e
    return trt, None


def onnx_io(path: Path) -> tuple[int, int, int]:
    """(layers, kv_heads, head_dim) read from the graph's inputs."""
    import onnx

    m = onnx.load(str(path), load_external_data=False)
    pk = [i for i in m.graph.input if i.name.startswith("past_key_")]
    dims = pk[0].type.tensor_type.shape.dim
    return len(pk), dims[1].dim_value, dims[3].dim_value


def profile_table(n_layers: int, kv: int, d: int, a) -> list[dict]:
    """Shapes (min, opt, max) per input for the prefill and the decode profile."""
    del n_layers
    b_opt = max(1, a.max_batch // 2)
    cap = a.capacity
    out = []
    for kind, t_min, t_opt, t_max in (
        ("prefill", 1, min(32, a.max_prompt), a.max_prompt),
        ("decode", 1, 1, DECODE_MAX_T),
    ):
        p_min, p_opt, p_max = 1, cap, cap
        shapes = {
            "input_ids": ((1, t_min), (b_opt, t_opt), (a.max_batch, t_max)),
            "position_ids": ((1, t_min), (b_opt, t_opt), (a.max_batch, t_max)),
            "kv_mask": ((1, p_min + t_min), (b_opt, p_opt + t_opt), (a.max_batch, p_max + t_max)),
            "last_index": ((1,), (b_opt,), (a.max_batch,)),
            "past": ((1, kv, p_min, d), (b_opt, kv, p_opt, d), (a.max_batch, kv, p_max, d)),
        }
        out.append({"kind": kind, "shapes": shapes})
    return out


def build(a) -> int:
    trt, err = import_tensorrt()
    if trt is None:
        print(
            "build_trt: the TensorRT Python package is not importable "
            f"({type(err).__name__}: {err}).\n"
            "Install TensorRT 10 (pip install 'tensorrt>=10,<11' from NVIDIA's index, with a CUDA "
            "GPU and driver) and run this again; nothing was built.",
            file=sys.stderr,
        )
        return EXIT_NO_TENSORRT
    onnx_path = Path(a.onnx)
    n_layers, kv, d = onnx_io(onnx_path)
    major = int(trt.__version__.split(".")[0])
    logger = trt.Logger(trt.Logger.VERBOSE if a.verbose else trt.Logger.WARNING)
    builder = trt.Builder(logger)
    strongly_typed = major >= 11
    flags = 0
    if strongly_typed:
        flags |= 1 << int(trt.NetworkDefinitionCreationFlag.STRONGLY_TYPED)
    network = builder.create_network(flags)
    parser = trt.OnnxParser(network, logger)
    if not parser.parse_from_file(str(onnx_path)):
        for i in range(parser.num_errors):
            print(f"build_trt: ONNX parse error: {parser.get_error(i)}", file=sys.stderr)
        return 1
    config = builder.create_builder_config()
    config.set_memory_pool_limit(trt.MemoryPoolType.WORKSPACE, a.workspace_mb << 20)
    if strongly_typed:
        print(
            f"build_trt: TensorRT {trt.__version__} builds strongly typed networks; "
            "precision follows the ONNX types (FP16/INT8 flags no longer exist)",
            file=sys.stderr,
        )
    else:
        if a.precision in ("fp16", "int8"):
            config.set_flag(trt.BuilderFlag.FP16)
        if a.precision == "int8":
            config.set_flag(trt.BuilderFlag.INT8)
    table = profile_table(n_layers, kv, d, a)
    profiles = []
    for ctx in range(a.contexts):
        for entry in table:
            prof = builder.create_optimization_profile()
            for name, (mn, op, mx) in entry["shapes"].items():
                if name == "past":
                    for i in range(n_layers):
                        for k in ("key", "value"):
                            prof.set_shape(f"past_{k}_{i}", mn, op, mx)
                else:
                    prof.set_shape(name, mn, op, mx)
            idx = config.add_optimization_profile(prof)
            profiles.append({"index": idx, "context": ctx, "kind": entry["kind"]})
    plan = builder.build_serialized_network(network, config)
    if plan is None:
        print("build_trt: TensorRT failed to build the engine", file=sys.stderr)
        return 1
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(bytes(plan))
    meta = {
        "onnx": str(onnx_path),
        "tensorrt": trt.__version__,
        "precision": a.precision,
        "contexts": a.contexts,
        "max_batch": a.max_batch,
        "max_prompt": a.max_prompt,
        "capacity": a.capacity,
        "decode_max_t": DECODE_MAX_T,
        "profiles": profiles,
        "shapes": {e["kind"]: e["shapes"] for e in table},
    }
    Path(str(out) + ".json").write_text(json.dumps(meta, indent=2) + "\n")
    print(f"build_trt: wrote {out} ({out.stat().st_size:,} bytes) and {out}.json")
    return 0


def parse_args(argv):
    ap = argparse.ArgumentParser(
        description="build a TensorRT 10 plan from the booking model's ONNX"
    )
    ap.add_argument("--onnx", default="engines/model/model.onnx")
    ap.add_argument("--out", default="var/model.plan")
    ap.add_argument("--contexts", type=int, default=2, help="K concurrent execution contexts")
    ap.add_argument("--max-batch", type=int, default=64)
    ap.add_argument("--max-prompt", type=int, default=MAX_PROMPT_TOKENS, help="longest prefill T")
    ap.add_argument(
        "--capacity",
        type=int,
        default=KV_CAPACITY,
        help="KV cache capacity P the engine passes (the runtime's pool capacity)",
    )
    prec = ap.add_mutually_exclusive_group()
    prec.add_argument("--fp32", dest="precision", action="store_const", const="fp32")
    prec.add_argument("--fp16", dest="precision", action="store_const", const="fp16")
    prec.add_argument("--int8", dest="precision", action="store_const", const="int8")
    ap.set_defaults(precision="fp16")
    ap.add_argument("--workspace-mb", type=int, default=1024)
    ap.add_argument("--verbose", action="store_true")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    return build(parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
