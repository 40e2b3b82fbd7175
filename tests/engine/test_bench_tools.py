"""The benchmark commands do what their help says."""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from autoglm_gw.bench import engine_bench
from autoglm_gw.bench.http_load import LoadResult
from autoglm_gw.cli import _parse_url
from autoglm_gw.config import EngineConfig

MODEL_DIR = Path(os.environ.get("AUTOGLM_TEST_MODEL_DIR", "engines/model"))


@pytest.mark.skipif(not (MODEL_DIR / "model.onnx").is_file(), reason=f"no model in {MODEL_DIR}")
def test_bench_engine_runs_the_requests_asked_for_at_every_batch_size():
    cfg = EngineConfig(model_dir=str(MODEL_DIR), intra_op_threads=1)
    rows, _ = engine_bench.run(cfg, batches=[1, 4], per_batch=24, rate=None, seconds=0)
    assert [(r.batch, r.requests) for r in rows] == [(1, 24), (4, 24)]


def test_an_http_load_summary_is_plain_json():
    res = LoadResult(sent=3, latencies=[0.001, 0.002, 0.003], duration=1.0)
    res.statuses[200] = 3
    summary = res.summary()
    assert summary["refusal_p99_ms"] is None  # no refusals: no percentile, not NaN
    json.dumps(summary, allow_nan=False)


@pytest.mark.parametrize(
    ("url", "posts_to"),
    [
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080/v1/parse"),
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8080/v1/parse"),
        ("http://127.0.0.1:8080/v1/chat/completions", "http://127.0.0.1:8080/v1/chat/completions"),
    ],
)
def test_bench_http_takes_a_server_url_as_its_parse_endpoint(url, posts_to):
    assert _parse_url(url) == posts_to


def test_bench_engine_json_has_null_for_a_percentile_of_nothing():
    rows = [engine_bench.Row("poisson", 64, 1.0, 0, 0.3, 0.0, float("nan"), float("nan"),
                             float("nan"), 0)]  # fmt: skip
    out = json.loads(engine_bench.render(rows, True))
    assert out["rows"][0]["p99_ms"] is None


@pytest.mark.parametrize(
    "argv",
    [
        ["bench", "engine", "--requests", "0"],
        ["bench", "engine", "--batches", "1,x"],
        ["bench", "engine", "--batches", "0"],
        ["bench", "engine", "--batches", ","],  # an audit: ran nothing and exited 0
        ["bench", "http", "--rate", "0"],
    ],
)
def test_bench_arguments_are_checked(argv, capsys):
    from autoglm_gw.cli import build_parser

    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args(argv)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "must be above zero" in err or "not a number" in err or "expected batch" in err, err


def test_bench_engine_gives_each_batch_size_utterances_no_earlier_row_parsed(monkeypatch):
    from autoglm_gw.config import EngineConfig

    seen: list[list[str]] = []
    real = engine_bench.closed_loop

    async def spy(rt, texts, batch):
        seen.append(list(texts))
        return await real(rt, texts, batch)

    monkeypatch.setattr(engine_bench, "closed_loop", spy)
    rows, _ = engine_bench.run(EngineConfig(), batches=[1, 4], per_batch=6, rate=None, seconds=1)
    assert [r.requests for r in rows] == [6, 6]
    _, row1, _, row4 = seen  # warm-up, row, warm-up, row
    assert len(set(row1 + row4)) == 12  # disjoint: memos warmed by one row never serve the next


@pytest.mark.skipif(not (MODEL_DIR / "model.onnx").is_file(), reason=f"no model in {MODEL_DIR}")
def test_bench_engine_says_what_it_ran_on():
    cfg = EngineConfig(model_dir=str(MODEL_DIR), intra_op_threads=1, overlap="on")
    rows, engine = engine_bench.run(cfg, batches=[1], per_batch=2, rate=None, seconds=1)
    text = engine_bench.render(rows, False, engine)
    assert text.splitlines()[0].startswith("engine: backend onnx, precision int8")
    assert "overlap on" in text
    out = json.loads(engine_bench.render(rows, True, engine))
    assert out["engine"]["overlap"] is True and out["engine"]["intra_op_threads"] == 1


def test_bench_engine_header_gives_the_precision_the_backend_runs():
    # torch-cuda runs the fp32 safetensors whatever engine.precision says, and reads no
    # intra-op threads; the header said "precision int8, intra_op_threads 16" on a GPU run.
    gpu = SimpleNamespace(
        backend=SimpleNamespace(name="torch-cuda", precision="fp32"),
        overlapping=False,
        grammar=SimpleNamespace(span_check=object()),
    )
    said = engine_bench.setup(gpu, EngineConfig(backend="torch-cuda", precision="int8"))
    assert said["precision"] == "fp32"
    assert "intra_op_threads" not in said
    first = engine_bench.render([], False, said).splitlines()[0]
    assert first.startswith("engine: backend torch-cuda, precision fp32, overlap off")


@pytest.mark.skipif(not (MODEL_DIR / "model.onnx").is_file(), reason=f"no model in {MODEL_DIR}")
def test_the_onnx_backend_runs_the_precision_the_config_names():
    from autoglm_gw.engine.loader import load_runtime

    for precision in ("fp32", "int8"):
        rt = load_runtime(EngineConfig(model_dir=str(MODEL_DIR), precision=precision))
        try:
            assert rt.backend.precision == precision
        finally:
            rt.backend.close()


@pytest.mark.skipif(not (MODEL_DIR / "model.onnx").is_file(), reason=f"no model in {MODEL_DIR}")
def test_bench_engine_overload_goes_through_the_admission_limiter(monkeypatch):
    # A short run at 30x a small batch's capacity: the limiter (latency target 1 ms) must refuse
    # some arrivals with 429, and every arrival is either answered or refused. Nothing here
    # bounds a latency: the machine is shared.
    import msgspec

    monkeypatch.setattr(engine_bench, "UNLOADED_SHARE", 0.5)
    cfg = EngineConfig(model_dir=str(MODEL_DIR), intra_op_threads=1, max_batch_size=4)
    cfg = msgspec.structs.replace(cfg, latency_target_ms=1.0)
    rows, _ = engine_bench.run(cfg, batches=[4], per_batch=16, rate=None, seconds=0.5, overload=30)
    closed, low, high = rows
    assert (low.mode, high.mode) == ("unloaded", "overload")
    assert high.rate == pytest.approx(closed.per_s * 30)
    assert high.refused > 0 and high.requests > 0
    assert high.refusal_p99_ms == high.refusal_p99_ms  # a number, not NaN
    text = engine_bench.render(rows, False)
    assert "overload x30.0: admitted p99" in text.splitlines()[-1]
    out = json.loads(engine_bench.render(rows, True))
    assert out["rows"][2]["refusal_p99_ms"] is not None


@pytest.mark.skipif(not (MODEL_DIR / "model.onnx").is_file(), reason=f"no model in {MODEL_DIR}")
def test_bench_engine_measures_on_a_frozen_heap_and_gives_it_back(monkeypatch):
    # A served worker freezes its heap once start-up is done (App.startup); the benchmark does
    # the same before every measured run, so that a full collection walking its own heap (tens
    # of ms) does not land in a row. Afterwards the caller's heap is collectable again.
    import gc

    seen: list[int] = []
    real_closed_loop = engine_bench.closed_loop
    real_admitted_poisson = engine_bench.admitted_poisson

    async def closed_loop(*a, **k):
        seen.append(gc.get_freeze_count())
        return await real_closed_loop(*a, **k)

    def admitted_poisson(*a, **k):
        seen.append(gc.get_freeze_count())
        return real_admitted_poisson(*a, **k)

    monkeypatch.setattr(engine_bench, "closed_loop", closed_loop)
    monkeypatch.setattr(engine_bench, "admitted_poisson", admitted_poisson)
    gc.unfreeze()
    cfg = EngineConfig(model_dir=str(MODEL_DIR), intra_op_threads=1, max_batch_size=4)
    engine_bench.run(cfg, batches=[4], per_batch=8, rate=None, seconds=0.2, overload=2)
    assert len(seen) == 4 and all(n > 0 for n in seen)  # warm-up, row, unloaded, overload
    assert gc.get_freeze_count() == 0


def test_bench_engine_overload_needs_a_batch_the_engine_forms():
    cfg = EngineConfig(max_batch_size=4)
    with pytest.raises(ValueError, match="max_batch_size"):
        engine_bench.run(cfg, batches=[8], per_batch=1, rate=None, seconds=0.1, overload=3)
