import subprocess
import sys

import pytest

from autoglm_gw.cli import build_parser


def _subcommands() -> list[str]:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return list(action.choices)


@pytest.mark.parametrize("sub", _subcommands())
def test_every_subcommand_has_help(sub):
    out = subprocess.run(
        [sys.executable, "-m", "autoglm_gw.cli", sub, "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0
    assert "usage: autoglm-gw " + sub in out.stdout
    # the description says what it does, not just the flags
    assert len(out.stdout.splitlines()) > 3


def test_serve_is_a_subcommand():
    assert "serve" in _subcommands()
