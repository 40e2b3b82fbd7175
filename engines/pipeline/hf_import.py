"""Loads a Hugging Face GLM checkpoint directory into :mod:`engines.pipeline.architecture`.

Supported: ``model_type`` ``"glm"`` (GLM-4-9B, glm-edge) and ``"glm4"`` (GLM-4-0414, sandwich
norms), as written by ``save_pretrained``: ``config.json`` plus ``model.safetensors`` or sharded
``model-XXXXX-of-YYYYY.safetensors`` with ``model.safetensors.index.json``. Only the default RoPE
(no scaling) is supported. Usage::

    python -m engines.pipeline.hf_import CHECKPOINT_DIR [--out DIR]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import torch

from engines.pipeline.architecture import GlmConfig, GlmForCausalLM, save_checkpoint

SUPPORTED = {"glm": False, "glm4": True}  # model_type -> sandwich norms


def config_from_hf(hf: dict) -> GlmConfig:
    mt = hf.get("model_type")
    if mt not in SUPPORTED:
        raise ValueError(f"unsupported model_type {mt!r} (supported: {sorted(SUPPORTED)})")
    rope = dict(hf.get("rope_parameters") or hf.get("rope_scaling") or {})
    rope_type = rope.get("rope_type", rope.get("type", "default"))
    if rope_type != "default":
        raise ValueError(f"unsupported rope_type {rope_type!r}")
    theta = rope.get("rope_theta", hf.get("rope_theta", 10000.0))
    prf = rope.get("partial_rotary_factor", hf.get("partial_rotary_factor", 0.5))
    heads = hf["num_attention_heads"]
    head_dim = hf.get("head_dim") or hf["hidden_size"] // heads
    return GlmConfig(
        vocab_size=hf["vocab_size"],
        hidden_size=hf["hidden_size"],
        intermediate_size=hf["intermediate_size"],
        num_hidden_layers=hf["num_hidden_layers"],
        num_attention_heads=heads,
        num_key_value_heads=hf.get("num_key_value_heads") or heads,
        head_dim=head_dim,
        partial_rotary_factor=float(prf),
        rope_theta=float(theta),
        rms_norm_eps=float(hf.get("rms_norm_eps", 1.5625e-07)),
        attention_bias=bool(hf.get("attention_bias", True)),
        sandwich_norms=SUPPORTED[mt],
        tie_word_embeddings=bool(hf.get("tie_word_embeddings", False)),
        initializer_range=float(hf.get("initializer_range", 0.02)),
    )


def read_state_dict(directory: Path) -> dict[str, torch.Tensor]:
    from safetensors.torch import load_file

    index = directory / "model.safetensors.index.json"
    if index.exists():
        files = sorted(set(json.loads(index.read_text())["weight_map"].values()))
    else:
        files = sorted(p.name for p in directory.glob("*.safetensors"))
    if not files:
        raise FileNotFoundError(f"no *.safetensors in {directory}")
    sd: dict[str, torch.Tensor] = {}
    for name in files:
        sd.update(load_file(str(directory / name)))
    return sd


def load_hf_checkpoint(directory: str | Path, dtype: torch.dtype = torch.float32) -> GlmForCausalLM:
    d = Path(directory)
    cfg = config_from_hf(json.loads((d / "config.json").read_text()))
    sd = read_state_dict(d)
    if not any(k.startswith("model.") for k in sd):  # a bare GlmModel checkpoint
        sd = {f"model.{k}": v for k, v in sd.items()}
    sd = {k: v for k, v in sd.items() if "rotary_emb" not in k}
    if cfg.tie_word_embeddings:
        sd.pop("lm_head.weight", None)
    model = GlmForCausalLM(cfg)
    missing, unexpected = model.load_state_dict(
        {k: v.to(dtype) for k, v in sd.items()}, strict=False
    )
    missing = [m for m in missing if not (cfg.tie_word_embeddings and m == "lm_head.weight")]
    if missing or unexpected:
        raise ValueError(
            f"weights do not match the config: missing {missing}, unexpected {unexpected}"
        )
    return model.to(dtype).eval()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("checkpoint")
    ap.add_argument("--out", help="write our checkpoint (model.safetensors + arch.json) here")
    a = ap.parse_args(argv)
    model = load_hf_checkpoint(a.checkpoint)
    n = sum(p.numel() for p in model.parameters())
    print(f"loaded {a.checkpoint}: {n:,} parameters, {model.config}")
    if a.out:
        save_checkpoint(model, a.out)
        print(f"wrote {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
