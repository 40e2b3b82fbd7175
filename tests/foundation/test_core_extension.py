import re


def test_extension_imports_and_reports_build():
    from autoglm_gw import _core

    assert re.fullmatch(r"\d+\.\d+\.\d+", _core.__version__)
    assert _core.BUILD_PROFILE in ("release", "debug")
    # The Makefile builds with --release; a debug build would skew every benchmark.
    assert _core.BUILD_PROFILE == "release"
