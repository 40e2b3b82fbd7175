"""Logging set-up: a library's tracebacks during an outage are one line each."""

from __future__ import annotations

import io
import logging

from autoglm_gw.config import ServerConfig
from autoglm_gw.logs import OneLine, logging_dictconfig


def test_asyncpg_retries_during_an_outage_log_one_line_each():
    # An audit: a PostgreSQL outage filled the log with asyncpg's unprefixed multi-line
    # tracebacks ("Failed to restore the pool connection floor; retrying").
    config = logging_dictconfig(ServerConfig())
    handler_name = config["loggers"]["asyncpg"]["handlers"][0]
    assert config["handlers"][handler_name]["filters"] == ["one_line"]
    assert config["filters"]["one_line"]["()"] == "autoglm_gw.logs.OneLine"

    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.addFilter(OneLine())
    handler.setFormatter(logging.Formatter("[%(levelname)s] %(name)s: %(message)s"))
    parent = logging.getLogger("test_logs_library")
    parent.addHandler(handler)
    parent.propagate = False
    try:
        try:
            raise ConnectionRefusedError(111, "Connect call failed")
        except ConnectionRefusedError:
            # a child logger's record, as asyncpg.pool's reaches the "asyncpg" logger's handler
            logging.getLogger("test_logs_library.pool").warning(
                "Failed to restore the pool connection floor; %s", "retrying", exc_info=True
            )
    finally:
        parent.removeHandler(handler)
    assert out.getvalue() == (
        "[WARNING] test_logs_library.pool: Failed to restore the pool connection floor; "
        "retrying: ConnectionRefusedError(111, 'Connect call failed')\n"
    )
