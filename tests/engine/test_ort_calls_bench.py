"""`python -m autoglm_gw.bench.ort_calls` runs on the shipped model (no timing asserted)."""

from __future__ import annotations

import json

from autoglm_gw.bench import ort_calls


def test_ort_calls_reports_both_batch_sizes(capsys):
    assert ort_calls.main(["--threads", "1", "--seconds", "0.02", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert [r["threads"] for r in rows] == [1]
    r = rows[0]
    assert r["batch1_ms_per_utterance"] > 0 and r["batch64_ms_per_utterance"] > 0
    assert r["ratio"] == r["batch64_ms_per_utterance"] / r["batch1_ms_per_utterance"]
