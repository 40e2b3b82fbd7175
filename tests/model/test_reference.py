"""Reference check: our GLM architecture reproduces Hugging Face's GLM logits (fp32, <= 1e-4).

Tiny random ``GlmForCausalLM`` / ``Glm4ForCausalLM`` models are saved with ``save_pretrained`` and
loaded through ``engines.pipeline.hf_import``; the full-sequence path and the cached ``step`` path
(the ONNX contract) must both agree with transformers.
"""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from engines.pipeline.architecture import GlmForCausalLM  # noqa: E402
from engines.pipeline.hf_import import load_hf_checkpoint  # noqa: E402

TOL = 1e-4
VOCAB = 99


def _hf_model(kind: str, **over):
    common = dict(
        vocab_size=VOCAB,
        hidden_size=32,
        intermediate_size=37,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        head_dim=8,
        max_position_embeddings=128,
        pad_token_id=0,
        eos_token_id=1,
    )
    common.update(over)
    if kind == "glm":
        cfg = transformers.GlmConfig(**common)
        cls = transformers.GlmForCausalLM
    else:
        cfg = transformers.Glm4Config(**common)
        cls = transformers.Glm4ForCausalLM
    torch.manual_seed(0)
    model = cls(cfg).eval()
    with torch.no_grad():  # larger than the default init, so that errors show
        for p in model.parameters():
            p.normal_(0.0, 0.2)
    return model


def _cached_logits(ours: GlmForCausalLM, ids: torch.Tensor, cuts) -> list[torch.Tensor]:
    """Logits of the last token of each chunk, fed chunk by chunk through ``step``."""
    b = ids.shape[0]
    cfg = ours.config
    ks = [torch.zeros(b, cfg.num_key_value_heads, 0, cfg.head_dim)] * cfg.num_hidden_layers
    vs = list(ks)
    out = []
    for t0, t1 in cuts:
        t = t1 - t0
        pos = torch.arange(t0, t1).expand(b, t)
        mask = torch.ones(b, ks[0].shape[2] + t)
        lg, nk, nv = ours.step(ids[:, t0:t1], pos, mask, torch.full((b,), t - 1), ks, vs)
        ks = [torch.cat([a, n], 2) for a, n in zip(ks, nk, strict=True)]
        vs = [torch.cat([a, n], 2) for a, n in zip(vs, nv, strict=True)]
        out.append(lg)
    return out


@pytest.mark.parametrize(
    "kind,over",
    [
        ("glm", {}),  # GLM-4-9B layout: half-head interleaved RoPE, q/k/v bias, GQA
        ("glm4", {}),  # GLM-4-0414: sandwich norms
        (
            "glm",
            {"partial_rotary_factor": 1.0, "attention_bias": False, "tie_word_embeddings": True},
        ),  # glm-edge-like
    ],
    ids=["glm", "glm4", "glm-edge-like"],
)
def test_logits_match_transformers(tmp_path, kind, over):
    hf = _hf_model(kind, **over)
    hf.save_pretrained(tmp_path)
    ours = load_hf_checkpoint(tmp_path)
    assert ours.config.sandwich_norms == (kind == "glm4")
    torch.manual_seed(1)
    ids = torch.randint(0, VOCAB, (3, 17))
    with torch.no_grad():
        ref = hf(ids).logits
        got = ours(ids)
        assert (ref - got).abs().max().item() <= TOL
        cuts = [(0, 11), (11, 12), (12, 14), (14, 17)]
        for (_, t1), lg in zip(cuts, _cached_logits(ours, ids, cuts), strict=True):
            assert (lg - ref[:, t1 - 1]).abs().max().item() <= TOL


def test_sharded_checkpoint(tmp_path):
    hf = _hf_model("glm")
    hf.save_pretrained(tmp_path, max_shard_size="20KB")
    assert (tmp_path / "model.safetensors.index.json").exists()
    ours = load_hf_checkpoint(tmp_path)
    ids = torch.randint(0, VOCAB, (2, 9))
    with torch.no_grad():
        assert (hf(ids).logits - ours(ids)).abs().max().item() <= TOL


def test_reference_check_is_sensitive(tmp_path):
    """A wrong RoPE (full instead of half head) must fail the tolerance: the check has teeth."""
    from engines.pipeline.architecture import rope_inv_freq

    hf = _hf_model("glm")
    hf.save_pretrained(tmp_path)
    ours = load_hf_checkpoint(tmp_path)
    ours.config.partial_rotary_factor = 1.0
    ours.inv_freq = rope_inv_freq(ours.config)
    ids = torch.randint(0, VOCAB, (2, 9))
    with torch.no_grad():
        assert (hf(ids).logits - ours(ids)).abs().max().item() > 1e-3


def test_unsupported_model_type(tmp_path):
    import json

    (tmp_path / "config.json").write_text(json.dumps({"model_type": "llama"}))
    with pytest.raises(ValueError, match="unsupported model_type"):
        load_hf_checkpoint(tmp_path)
