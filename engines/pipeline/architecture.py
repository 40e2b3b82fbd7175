"""A GLM-4 decoder in plain torch, sized by a config dataclass.

Covers the GLM family as Hugging Face transformers implements it (``models/glm``, ``models/glm4``):

- RMSNorm pre-norm (``weight * x / rms(x)``), final norm, untied ``lm_head`` (tying optional);
- grouped-query attention, bias on q/k/v (``attention_bias``) and never on ``o_proj``;
- RoPE on the first ``partial_rotary_factor`` of each head, rotating interleaved (GPT-J) pairs
  ``(x[2i], x[2i+1])`` with frequency ``theta^(-2i/rot_dim)``;
- SwiGLU MLP with a fused ``gate_up_proj`` (first half gate, second half up);
- optional "sandwich" norms after attention and after the MLP (GLM-4-0414, ``glm4``).

Two entry points share the weights:

- :meth:`GlmForCausalLM.forward` (training, reference checks): right-padded ``[B, T]`` ids, causal
  attention, logits ``[B, T, V]``;
- :meth:`GlmForCausalLM.step`: exactly the ONNX graph's contract (``export_onnx.py``): new tokens
  against a host-held KV cache with a key-validity mask, logits at one index per row, and the new
  tokens' keys (RoPE applied) and values.
"""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn

MASK_VALUE = -1.0e4  # additive mask: exp() underflows to 0 in fp32/fp16, and never NaN


@dataclass
class GlmConfig:
    vocab_size: int = 2048
    hidden_size: int = 128
    intermediate_size: int = 344
    num_hidden_layers: int = 2
    num_attention_heads: int = 4
    num_key_value_heads: int = 2
    head_dim: int = 32
    partial_rotary_factor: float = 0.5
    rope_theta: float = 10000.0
    rms_norm_eps: float = 1.5625e-07
    attention_bias: bool = True
    sandwich_norms: bool = False  # GLM-4-0414 (model_type "glm4")
    tie_word_embeddings: bool = False
    initializer_range: float = 0.02
    dropout: float = 0.0  # residual dropout, training only (not part of the exported graph)

    @property
    def rotary_dim(self) -> int:
        return int(self.head_dim * self.partial_rotary_factor)

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> GlmConfig:
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})

    # sizes -------------------------------------------------------------
    def num_parameters(self) -> int:
        h, q, kv = (
            self.hidden_size,
            self.num_attention_heads * self.head_dim,
            self.num_key_value_heads * self.head_dim,
        )
        attn = h * q + 2 * h * kv + q * h + (q + 2 * kv if self.attention_bias else 0)
        mlp = 3 * h * self.intermediate_size
        norms = h * (4 if self.sandwich_norms else 2)
        emb = self.vocab_size * h
        head = 0 if self.tie_word_embeddings else self.vocab_size * h
        return self.num_hidden_layers * (attn + mlp + norms) + h + emb + head

    def flops(self, n_tokens: int, n_context: int, with_head: bool = True) -> int:
        """Forward FLOPs (2 per multiply-add) for ``n_tokens`` new tokens attending to
        ``n_context`` keys each on average; ``with_head``: lm_head for every new token."""
        h, q, kv = (
            self.hidden_size,
            self.num_attention_heads * self.head_dim,
            self.num_key_value_heads * self.head_dim,
        )
        per_tok = 2 * (h * q + 2 * h * kv + q * h + 3 * h * self.intermediate_size)
        per_tok += 2 * 2 * self.num_attention_heads * self.head_dim * n_context  # QK^T and AV
        total = self.num_hidden_layers * per_tok * n_tokens
        if with_head:
            total += 2 * h * self.vocab_size * n_tokens
        return int(total)


class RMSNorm(nn.Module):
    def __init__(self, n: int, eps: float) -> None:
        super().__init__()
        self.weight = nn.Parameter(torch.ones(n))
        self.eps = eps

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x32 = x.float()
        x32 = x32 * torch.rsqrt(x32.pow(2).mean(-1, keepdim=True) + self.eps)
        return self.weight * x32.to(x.dtype)


def rope_inv_freq(cfg: GlmConfig) -> torch.Tensor:
    rot = cfg.rotary_dim
    return 1.0 / (cfg.rope_theta ** (torch.arange(0, rot, 2, dtype=torch.float32) / rot))


def apply_rope(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    """x [B, H, T, D]; cos/sin [B, 1, T, rot/2]; rotates interleaved pairs of x[..., :rot]."""
    half = cos.shape[-1]
    rot = 2 * half
    xr = x[..., :rot].unflatten(-1, (half, 2))
    x0, x1 = xr[..., 0], xr[..., 1]
    out = torch.stack((x0 * cos - x1 * sin, x1 * cos + x0 * sin), dim=-1).flatten(-2)
    return torch.cat((out, x[..., rot:]), dim=-1)


class Attention(nn.Module):
    def __init__(self, cfg: GlmConfig) -> None:
        super().__init__()
        self.cfg = cfg
        h, d = cfg.hidden_size, cfg.head_dim
        self.nh, self.nkv, self.d = cfg.num_attention_heads, cfg.num_key_value_heads, d
        self.q_proj = nn.Linear(h, self.nh * d, bias=cfg.attention_bias)
        self.k_proj = nn.Linear(h, self.nkv * d, bias=cfg.attention_bias)
        self.v_proj = nn.Linear(h, self.nkv * d, bias=cfg.attention_bias)
        self.o_proj = nn.Linear(self.nh * d, h, bias=False)

    def qkv(self, x, cos, sin):
        b, t, _ = x.shape
        q = self.q_proj(x).view(b, t, self.nh, self.d).transpose(1, 2)
        k = self.k_proj(x).view(b, t, self.nkv, self.d).transpose(1, 2)
        v = self.v_proj(x).view(b, t, self.nkv, self.d).transpose(1, 2)
        return apply_rope(q, cos, sin), apply_rope(k, cos, sin), v

    def forward(self, x, cos, sin):
        """Training path: causal self-attention over right-padded rows."""
        q, k, v = self.qkv(x, cos, sin)
        y = F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=True)
        return self.o_proj(y.transpose(1, 2).flatten(2))

    def step(self, x, cos, sin, bias, past_k, past_v):
        """Cached path: ``bias`` [B, 1, 1, T, P+T] additive; returns (out, new_k, new_v)."""
        b, t, _ = x.shape
        q, k, v = self.qkv(x, cos, sin)
        keys = torch.cat((past_k, k), dim=2)  # [B, kv, P+T, D]
        vals = torch.cat((past_v, v), dim=2)
        g = self.nh // self.nkv
        qg = q.view(b, self.nkv, g, t, self.d)
        scores = torch.matmul(qg, keys.unsqueeze(2).transpose(-1, -2)) / math.sqrt(self.d)
        probs = torch.softmax(scores + bias, dim=-1)
        y = torch.matmul(probs, vals.unsqueeze(2))  # [B, kv, g, T, D]
        y = y.reshape(b, self.nh, t, self.d).transpose(1, 2).flatten(2)
        return self.o_proj(y), k, v


class MLP(nn.Module):
    def __init__(self, cfg: GlmConfig) -> None:
        super().__init__()
        self.gate_up_proj = nn.Linear(cfg.hidden_size, 2 * cfg.intermediate_size, bias=False)
        self.down_proj = nn.Linear(cfg.intermediate_size, cfg.hidden_size, bias=False)

    def forward(self, x):
        gate, up = self.gate_up_proj(x).chunk(2, dim=-1)
        return self.down_proj(up * F.silu(gate))


class DecoderLayer(nn.Module):
    def __init__(self, cfg: GlmConfig) -> None:
        super().__init__()
        self.self_attn = Attention(cfg)
        self.mlp = MLP(cfg)
        self.input_layernorm = RMSNorm(cfg.hidden_size, cfg.rms_norm_eps)
        self.post_attention_layernorm = RMSNorm(cfg.hidden_size, cfg.rms_norm_eps)
        self.sandwich = cfg.sandwich_norms
        self.p_drop = cfg.dropout
        if self.sandwich:
            self.post_self_attn_layernorm = RMSNorm(cfg.hidden_size, cfg.rms_norm_eps)
            self.post_mlp_layernorm = RMSNorm(cfg.hidden_size, cfg.rms_norm_eps)

    def _mlp_block(self, x):
        y = self.mlp(self.post_attention_layernorm(x))
        if self.sandwich:
            y = self.post_mlp_layernorm(y)
        if self.p_drop and self.training:
            y = F.dropout(y, self.p_drop, True)
        return x + y

    def forward(self, x, cos, sin):
        a = self.self_attn(self.input_layernorm(x), cos, sin)
        if self.sandwich:
            a = self.post_self_attn_layernorm(a)
        if self.p_drop and self.training:
            a = F.dropout(a, self.p_drop, True)
        return self._mlp_block(x + a)

    def step(self, x, cos, sin, bias, past_k, past_v):
        a, k, v = self.self_attn.step(self.input_layernorm(x), cos, sin, bias, past_k, past_v)
        if self.sandwich:
            a = self.post_self_attn_layernorm(a)
        return self._mlp_block(x + a), k, v


class GlmModel(nn.Module):
    def __init__(self, cfg: GlmConfig) -> None:
        super().__init__()
        self.embed_tokens = nn.Embedding(cfg.vocab_size, cfg.hidden_size)
        self.layers = nn.ModuleList(DecoderLayer(cfg) for _ in range(cfg.num_hidden_layers))
        self.norm = RMSNorm(cfg.hidden_size, cfg.rms_norm_eps)


class GlmForCausalLM(nn.Module):
    def __init__(self, cfg: GlmConfig) -> None:
        super().__init__()
        self.config = cfg
        self.model = GlmModel(cfg)
        self.lm_head = nn.Linear(cfg.hidden_size, cfg.vocab_size, bias=False)
        if cfg.tie_word_embeddings:
            self.lm_head.weight = self.model.embed_tokens.weight
        self.register_buffer("inv_freq", rope_inv_freq(cfg), persistent=False)
        self.reset_parameters()

    def reset_parameters(self) -> None:
        std = self.config.initializer_range
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.normal_(m.weight, std=std)
                if m.bias is not None:
                    nn.init.zeros_(m.bias)
            elif isinstance(m, nn.Embedding):
                nn.init.normal_(m.weight, std=std)
            elif isinstance(m, RMSNorm):
                nn.init.ones_(m.weight)

    def rope(self, position_ids: torch.Tensor):
        freqs = position_ids.unsqueeze(-1).float() * self.inv_freq  # [B, T, rot/2]
        return freqs.cos().unsqueeze(1), freqs.sin().unsqueeze(1)

    def hidden(self, input_ids: torch.Tensor, position_ids: torch.Tensor | None = None):
        b, t = input_ids.shape
        if position_ids is None:
            position_ids = torch.arange(t, device=input_ids.device).expand(b, t)
        cos, sin = self.rope(position_ids)
        x = self.model.embed_tokens(input_ids)
        for layer in self.model.layers:
            x = layer(x, cos, sin)
        return self.model.norm(x)

    def forward(self, input_ids: torch.Tensor, position_ids: torch.Tensor | None = None):
        return self.lm_head(self.hidden(input_ids, position_ids))

    def step(self, input_ids, position_ids, kv_mask, last_index, past_keys, past_values):
        """The ONNX contract. input_ids/position_ids int64 [B, T]; kv_mask float [B, P+T];
        last_index int64 [B]; past_keys/values: per layer [B, kv, P, D].
        Returns (logits [B, V], new_keys, new_values) with new_* per layer [B, kv, T, D]."""
        b, t = input_ids.shape
        p = past_keys[0].shape[2]
        causal = torch.tril(torch.ones(t, t, dtype=kv_mask.dtype, device=kv_mask.device))
        allowed = torch.cat(
            (torch.ones(t, p, dtype=kv_mask.dtype, device=kv_mask.device), causal), 1
        )
        allowed = allowed.unsqueeze(0) * kv_mask.unsqueeze(1)  # [B, T, P+T]
        bias = ((1.0 - allowed) * MASK_VALUE)[:, None, None]  # [B, 1, 1, T, P+T]
        cos, sin = self.rope(position_ids)
        x = self.model.embed_tokens(input_ids)
        new_k, new_v = [], []
        for layer, pk, pv in zip(self.model.layers, past_keys, past_values, strict=True):
            x, k, v = layer.step(x, cos, sin, bias, pk, pv)
            new_k.append(k)
            new_v.append(v)
        x = x[torch.arange(b, device=x.device), last_index]  # [B, H]
        return self.lm_head(self.model.norm(x)), new_k, new_v


# ---------------------------------------------------------------- persistence
def save_checkpoint(model: GlmForCausalLM, directory: str | Path) -> None:
    from safetensors.torch import save_file

    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    sd = {k: v.detach().contiguous() for k, v in model.state_dict().items()}
    if model.config.tie_word_embeddings:
        sd.pop("lm_head.weight", None)
    save_file(sd, str(d / "model.safetensors"))
    (d / "arch.json").write_text(json.dumps(model.config.to_dict(), indent=2) + "\n")


def load_checkpoint(directory: str | Path) -> GlmForCausalLM:
    from safetensors.torch import load_file

    d = Path(directory)
    cfg = GlmConfig.from_dict(json.loads((d / "arch.json").read_text()))
    model = GlmForCausalLM(cfg)
    missing, unexpected = model.load_state_dict(
        load_file(str(d / "model.safetensors")), strict=False
    )
    missing = [m for m in missing if not (cfg.tie_word_embeddings and m == "lm_head.weight")]
    if missing or unexpected:
        raise ValueError(f"checkpoint mismatch: missing {missing}, unexpected {unexpected}")
    return model.eval()
