"""`python -m loadtest.proxy_bench` runs end to end (a short run; nothing here asserts a speed)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from loadtest import compare, proxy_bench


def test_a_short_proxy_bench_reaches_the_upstream_all_three_ways():
    if shutil.which("nginx") is None and not Path("/usr/sbin/nginx").is_file():
        pytest.skip("nginx is not installed (Debian package nginx-light; .ci/run installs it)")
    s = compare.Settings(
        slo_p99_ms=2000, probe_s=0.5, start_rps=20, growth=2, refine=0, max_rps=40, workers=1
    )
    report = proxy_bench.run(s, say=lambda _m: None)
    assert set(report["results"]) == {"direct", "gateway", "nginx"}
    for name, side in report["results"].items():
        assert side["probes"], name
        assert all(p["sent"] > 0 for p in side["probes"]), name
        # every probe's requests came back 200 through that path
        assert all(set(p["statuses"]) <= {"200"} for p in side["probes"]), (name, side)
