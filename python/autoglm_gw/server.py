"""Runs the app on granian with uvloop, from a validated Config."""

from __future__ import annotations

import logging.config
import os
import shutil
import tempfile

from .config import CONFIG_FILE_ENV, ENV_PREFIX, MULTIPROC_ENV, Config
from .logs import logging_dictconfig

# Nothing here imports prometheus_client (metrics.py): it decides at import whether to write
# multiprocess files, and the workers, forked from this process, would inherit its decision
# from before MULTIPROC_ENV was set (the HTTP counters then went missing with several workers).


def serve(config: Config, config_file: str | None) -> None:
    """Blocks until SIGTERM/SIGINT; in-flight requests get the grace period to finish."""
    from granian.constants import Interfaces, Loops
    from granian.server import Server

    from .proxy import refuse_routes

    refuse_routes(config)  # before any worker loads an engine
    server = config.server
    # Workers are fresh processes: they rebuild the config from the same file and environment,
    # so the CLI's --host/--port/--workers travel as environment overrides.
    if config_file is not None:
        os.environ[CONFIG_FILE_ENV] = os.path.abspath(config_file)
    os.environ[f"{ENV_PREFIX}SERVER_HOST"] = server.host
    os.environ[f"{ENV_PREFIX}SERVER_PORT"] = str(server.port)
    os.environ[f"{ENV_PREFIX}SERVER_WORKERS"] = str(server.workers)
    logging.config.dictConfig(logging_dictconfig(server))

    metrics_dir = None
    if server.workers > 1 and not os.environ.get(MULTIPROC_ENV):
        metrics_dir = tempfile.mkdtemp(prefix="autoglm-gw-metrics-")
        os.environ[MULTIPROC_ENV] = metrics_dir
    try:
        Server(
            "autoglm_gw.app:create_app",
            factory=True,
            address=server.host,
            port=server.port,
            interface=Interfaces.ASGI,
            loop=Loops.uvloop,
            workers=server.workers,
            log_level=server.log_level,
            log_dictconfig=logging_dictconfig(server),
            # The app writes the access log itself (access_log.py): granian's would write a line
            # for each of thousands of refusals a second under overload.
            log_access=False,
            workers_kill_timeout=max(1, round(server.grace_period_s)),
            # Without it granian shuts every worker down when one dies.
            respawn_failed_workers=server.respawn_failed_workers,
        ).serve()
    finally:
        if metrics_dir is not None:
            shutil.rmtree(metrics_dir, ignore_errors=True)
