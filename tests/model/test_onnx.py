"""The shipped model: ONNX contract, ONNX Runtime vs PyTorch parity, padding, artifacts."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
torch = pytest.importorskip("torch")

from autoglm_gw.nlu.grammar import GRAMMAR_VERSION, Grammar  # noqa: E402
from engines.pipeline.architecture import load_checkpoint  # noqa: E402
from engines.pipeline.decode import greedy_parse, ort_session, ort_step, torch_step  # noqa: E402

MODEL = Path(__file__).resolve().parents[2] / "engines" / "model"
N_PARITY = 320
# held-out on the first families: raise with each better model
FLOOR = {"intent_accuracy": 0.96, "exact_match": 0.95}


@pytest.fixture(scope="module")
def grammar() -> Grammar:
    return Grammar.from_file(MODEL / "tokenizer.json")


@pytest.fixture(scope="module")
def model():
    torch.set_num_threads(2)
    return load_checkpoint(MODEL)


@pytest.fixture(scope="module")
def dims(model) -> dict:
    c = model.config
    return {
        "n_layers": c.num_hidden_layers,
        "kv_heads": c.num_key_value_heads,
        "head_dim": c.head_dim,
    }


@pytest.fixture(scope="module")
def report() -> dict:
    return json.loads((MODEL / "eval_report.json").read_text())


@pytest.fixture(scope="module")
def heldout_texts(report) -> list[str]:
    from engines.pipeline import datagen

    seed = report["training"]["seed"]
    _, held_f = datagen.split_families(seed=seed)
    return [e.text for e in datagen.generate(N_PARITY, seed=seed + 2, families=held_f)]


@pytest.fixture(scope="module")
def sess():
    return ort_session(MODEL / "model.onnx", threads=2)


def test_graph_signature(model):
    m = onnx.load(str(MODEL / "model.onnx"))
    assert max(o.version for o in m.opset_import if o.domain in ("", "ai.onnx")) >= 17
    L = model.config.num_hidden_layers
    kv, d = model.config.num_key_value_heads, model.config.head_dim

    def sig(values):
        out = {}
        for v in values:
            t = v.type.tensor_type
            out[v.name] = (t.elem_type, [x.dim_param or x.dim_value for x in t.shape.dim])
        return out

    i64, f32 = onnx.TensorProto.INT64, onnx.TensorProto.FLOAT
    inputs = sig(m.graph.input)
    want_in = {
        "input_ids": (i64, ["B", "T"]),
        "position_ids": (i64, ["B", "T"]),
        "kv_mask": (f32, ["B", "S"]),
        "last_index": (i64, ["B"]),
    }
    for i in range(L):
        want_in[f"past_key_{i}"] = (f32, ["B", kv, "P", d])
        want_in[f"past_value_{i}"] = (f32, ["B", kv, "P", d])
    assert inputs == want_in
    assert list(inputs)[:4] == ["input_ids", "position_ids", "kv_mask", "last_index"]
    outputs = sig(m.graph.output)
    want_out = {"logits": (f32, ["B", model.config.vocab_size])}
    for i in range(L):
        want_out[f"new_key_{i}"] = (f32, ["B", kv, "T", d])
        want_out[f"new_value_{i}"] = (f32, ["B", kv, "T", d])
    assert outputs == want_out


@pytest.mark.parametrize("past", [0, 9])
def test_step_matches_torch(model, sess, dims, past):
    rng = np.random.default_rng(past)
    b, t, L = 3, 5, dims["n_layers"]
    ids = rng.integers(0, model.config.vocab_size, (b, t))
    pos = np.arange(past, past + t)[None].repeat(b, 0)
    mask = rng.integers(0, 2, (b, past + t)).astype(np.float32)
    mask[:, past] = 1.0
    last = np.array([4, 2, 0])
    pk = [
        rng.standard_normal((b, dims["kv_heads"], past, dims["head_dim"]), np.float32)
        for _ in range(L)
    ]
    pv = [
        rng.standard_normal((b, dims["kv_heads"], past, dims["head_dim"]), np.float32)
        for _ in range(L)
    ]
    ref = torch_step(model)(ids, pos, mask, last, pk, pv)
    got = ort_step(sess)(ids, pos, mask, last, pk, pv)
    for a, c in zip([ref[0], *ref[1], *ref[2]], [got[0], *got[1], *got[2]], strict=True):
        assert a.shape == c.shape
        assert np.abs(a - c).max() < 1e-4


def test_greedy_parity_onnx_vs_torch(grammar, model, sess, dims, heldout_texts):
    ref = greedy_parse(grammar, torch_step(model), heldout_texts, **dims)
    got = greedy_parse(grammar, ort_step(sess), heldout_texts, **dims)
    diff = [(t, a, b) for t, a, b in zip(heldout_texts, ref, got, strict=True) if a != b]
    assert not diff, diff[:3]


def test_batched_with_padding_equals_unbatched(grammar, sess, dims, heldout_texts):
    texts = [
        *heldout_texts[:48],
        "洗车",
        "book a car wash at guomao tomorrow at nine in the morning please",
    ]
    lens = {len(grammar.prompt(t).ids) for t in texts}
    assert len(lens) > 5  # really padded
    batched = greedy_parse(grammar, ort_step(sess), texts, batch_size=len(texts), **dims)
    single = greedy_parse(grammar, ort_step(sess), texts, batch_size=1, **dims)
    assert batched == single


def test_int8_batched_with_padding_equals_unbatched(grammar, dims, heldout_texts):
    """Static INT8 (engines/pipeline/quantize.py): each row's activation scales are fixed, so its
    answer never depends on its batch mates. The dynamic variant failed this (scales over the
    whole batch)."""
    s8 = ort_step(ort_session(MODEL / "model.int8.onnx", threads=2))
    texts = heldout_texts[:200]
    for size in (64, 13):
        batched = greedy_parse(grammar, s8, texts, batch_size=size, **dims)
        single = greedy_parse(grammar, s8, texts, batch_size=1, **dims)
        diff = [(t, a, b) for t, a, b in zip(texts, batched, single, strict=True) if a != b]
        assert not diff, (size, diff[:3])


def test_int8_is_static_qdq_of_the_weight_matmuls():
    import onnx

    nodes = onnx.load(str(MODEL / "model.int8.onnx")).graph.node
    ops = [n.op_type for n in nodes]
    assert "DynamicQuantizeLinear" not in ops and "MatMulInteger" not in ops
    made_by = {o: n.op_type for n in nodes for o in n.output}
    quantised = [
        n
        for n in nodes
        if n.op_type == "MatMul" and all(made_by.get(i) == "DequantizeLinear" for i in n.input)
    ]
    # q/k/v, o, gate_up and down per layer, and lm_head: activations and weights both dequantised
    n_layers = json.loads((MODEL / "arch.json").read_text())["num_hidden_layers"]
    assert len(quantised) == 4 * n_layers + 1


def test_int8_runs_and_mostly_agrees(grammar, sess, dims, heldout_texts):
    s8 = ort_session(MODEL / "model.int8.onnx", threads=2)
    texts = heldout_texts[:128]
    a = greedy_parse(grammar, ort_step(sess), texts, **dims)
    b = greedy_parse(grammar, ort_step(s8), texts, **dims)
    assert sum(x == y for x, y in zip(a, b, strict=True)) >= 0.95 * len(texts)


def test_artifacts_and_config(report):
    conf = json.loads((MODEL / "config.json").read_text())
    assert conf["grammar_version"] == GRAMMAR_VERSION
    assert GRAMMAR_VERSION in conf["model_version"]
    for kind in ("fp32", "int8"):
        f = MODEL / conf["onnx"][kind]["file"]
        assert hashlib.sha256(f.read_bytes()).hexdigest() == conf["onnx"][kind]["sha256"]
    tok = MODEL / conf["tokenizer"]["file"]
    assert hashlib.sha256(tok.read_bytes()).hexdigest() == conf["tokenizer"]["sha256"]
    total = sum(p.stat().st_size for p in MODEL.iterdir() if p.is_file())
    assert total <= 30 * 1024 * 1024
    assert report["model_version"] == conf["model_version"]


def test_report_regression_floor(report):
    """The shipped model's figures may only go up. Held-out: on the generator's first families,
    which stay comparable as further authors add families (those hold phrasings further from
    everything else and are reported apart). Natural sets: the issue's aims. (Issue #3's targets,
    intent >= 99% and exact match >= 97% on held-out families, are reported met or not in
    EVAL.md.)"""
    first = report["heldout_by_origin"]["first"]
    assert first["intent_accuracy"] >= FLOOR["intent_accuracy"], first["intent_accuracy"]
    assert first["exact_match"] >= FLOOR["exact_match"], first["exact_match"]
    assert first["n"] >= 1000
    for name in ("onnx_fp32", "onnx_int8"):
        m = report["heldout"][name]
        assert m["n"] >= 1000
        for key in ("natural", "natural_2", "end_to_end"):
            nat = report[key][name]
            assert nat["intent_accuracy"] >= 0.95, (key, name, nat["intent_accuracy"])
            assert nat["exact_match"] >= 0.90, (key, name, nat["exact_match"])
