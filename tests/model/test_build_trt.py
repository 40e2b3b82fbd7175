"""The TensorRT build step: refuses clearly without TensorRT; builds a plan where it can."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from engines.pipeline import build_trt

REPO = Path(__file__).resolve().parents[2]
ONNX = REPO / "engines" / "model" / "model.onnx"
HAVE_TRT = importlib.util.find_spec("tensorrt") is not None


@pytest.mark.skipif(HAVE_TRT, reason="tensorrt is installed here: the refusal path cannot be shown")
def test_refuses_clearly_without_tensorrt(tmp_path):
    out = tmp_path / "model.plan"
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "engines.pipeline.build_trt",
            "--onnx",
            str(ONNX),
            "--out",
            str(out),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == build_trt.EXIT_NO_TENSORRT != 0
    assert "TensorRT" in r.stderr and "not importable" in r.stderr
    assert "Traceback" not in r.stderr
    assert not out.exists()


def test_profile_table_shapes():
    a = build_trt.parse_args(["--max-batch", "32", "--max-prompt", "100", "--capacity", "120"])
    table = build_trt.profile_table(2, 2, 32, a)
    assert [e["kind"] for e in table] == ["prefill", "decode"]
    for e in table:
        s = e["shapes"]
        for mn, op, mx in s.values():
            assert all(x <= y <= z for x, y, z in zip(mn, op, mx, strict=True))
        # kv_mask covers the cache plus the new tokens
        assert s["kv_mask"][2][1] == s["past"][2][2] + s["input_ids"][2][1]
    assert table[0]["shapes"]["input_ids"][2] == (32, 100)
    assert table[1]["shapes"]["input_ids"][2] == (32, build_trt.DECODE_MAX_T)
    assert build_trt.onnx_io(ONNX)[0] >= 1


@pytest.mark.skipif(
    not HAVE_TRT,
    reason="tensorrt is not installed (not installable from PyPI in "
    "this workplace; needs NVIDIA's index and a CUDA GPU)",
)
def test_real_build(tmp_path):  # pragma: no cover - needs a GPU with TensorRT 10
    out = tmp_path / "model.plan"
    rc = build_trt.main(
        [
            "--onnx",
            str(ONNX),
            "--out",
            str(out),
            "--contexts",
            "2",
            "--max-batch",
            "8",
            "--max-prompt",
            "64",
            "--capacity",
            "80",
        ]
    )
    assert rc == 0 and out.stat().st_size > 0
    meta = json.loads(Path(str(out) + ".json").read_text())
    assert [(p["context"], p["kind"]) for p in meta["profiles"]] == [
        (0, "prefill"),
        (0, "decode"),
        (1, "prefill"),
        (1, "decode"),
    ]
