"""Logging set-up shared by the CLI and granian's workers: plain text or one JSON object a line."""

from __future__ import annotations

import json
import logging
import time
from typing import Any

from .config import ServerConfig


class JsonFormatter(logging.Formatter):
    """One JSON object per line; access-log records keep their fields as keys."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
        }
        fields = getattr(record, "access", None)  # access_log.AccessLog's records
        if isinstance(fields, dict):
            out.update(fields)
        else:
            out["msg"] = record.getMessage()
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False, default=str)


class OneLine(logging.Filter):
    """A record's traceback folded into one line (``message: Error('…')``): asyncpg logs one
    for each failed reconnect while PostgreSQL is down ("Failed to restore the pool connection
    floor; retrying"), which an outage turned into pages of unprefixed tracebacks (an audit)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None:
            record.msg = f"{record.getMessage()}: {record.exc_info[1]!r}"
            record.args = ()
            record.exc_info = None
            record.exc_text = None
        return True


def logging_dictconfig(server: ServerConfig) -> dict[str, Any]:
    level = server.log_level.upper()
    formatter = (
        {"()": "autoglm_gw.logs.JsonFormatter"}
        if server.log_json
        else {"format": "%(asctime)s [%(levelname)s] %(name)s: %(message)s"}
    )
    access_formatter = formatter if server.log_json else {"format": "%(message)s"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"main": formatter, "access": access_formatter},
        "filters": {"one_line": {"()": "autoglm_gw.logs.OneLine"}},
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "formatter": "main",
                "stream": "ext://sys.stderr",
            },
            "access": {
                "class": "logging.StreamHandler",
                "formatter": "access",
                "stream": "ext://sys.stdout",
            },
            # (a handler's filter sees the records of child loggers too: asyncpg.pool's)
            "library": {
                "class": "logging.StreamHandler",
                "formatter": "main",
                "stream": "ext://sys.stderr",
                "filters": ["one_line"],
            },
        },
        "loggers": {
            "_granian": {"handlers": ["console"], "level": level, "propagate": False},
            "autoglm_gw.access": {"handlers": ["access"], "level": "INFO", "propagate": False},
            "autoglm_gw": {"handlers": ["console"], "level": level, "propagate": False},
            # (a library's retries during an outage: one line each, prefixed like ours)
            "asyncpg": {"handlers": ["library"], "level": "WARNING", "propagate": False},
        },
    }
