"""Runs the app on granian with uvloop, from a validated Config."""

from __future__ import annotations

import errno
import logging.config
import os
import shutil
import socket
import tempfile

from .config import CONFIG_FILE_ENV, ENV_PREFIX, MULTIPROC_ENV, Config, ConfigError
from .logs import logging_dictconfig
from .worker_signals import SERVER_PID_ENV

# Nothing here imports prometheus_client (metrics.py): it decides at import whether to write
# multiprocess files, and the workers, forked from this process, would inherit its decision
# from before MULTIPROC_ENV was set (the HTTP counters then went missing with several workers).


def check_can_listen(host: str, port: int) -> None:
    """Raises ConfigError (one line) when ``host:port`` cannot be listened on.

    granian binds each worker's socket with SO_REUSEPORT on Linux, so a second gateway started
    on a port in use would share it (and its traffic) with the first; a socket bound here
    without that option fails instead, as a port in use should. It also turns an address that
    is not local into one line rather than a traceback from inside granian."""
    if port == 0:
        return
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except OSError as exc:
        raise ConfigError(f"server.host = {host!r}: {exc.strerror or exc}") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        # TIME_WAIT connections of a server that just stopped must not block a restart.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise ConfigError(
                f"cannot listen on {host}:{port}: {exc.strerror or exc}"
                + (" (another server holds the port)" if exc.errno == errno.EADDRINUSE else "")
            ) from None


# Open files a worker needs beside its client connections: the model, the database, logs,
# upstream connections of the proxy, the event loop's own.
SPARE_FILES = 512


def connection_budget(wanted: int, log=None) -> int:
    """Raises this process's open-file limit (inherited by the workers) so that each worker can
    hold ``wanted`` client connections; the connections it can hold where the hard limit is
    lower (said in one warning)."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    need = wanted + SPARE_FILES
    if hard != resource.RLIM_INFINITY and hard < need:
        budget = max(16, hard - SPARE_FILES)
        if log is not None:
            log.warning(
                "server.max_connections = %d needs %d open files, but the hard limit is %d: "
                "each worker holds at most %d connections (raise `ulimit -Hn` to allow more)",
                wanted, need, hard, budget,
            )  # fmt: skip
        need, wanted = hard, budget
    if soft != resource.RLIM_INFINITY and soft < need:
        resource.setrlimit(resource.RLIMIT_NOFILE, (need, hard))
    return wanted


# The multi-worker metrics directory: named with the server's pid, so that one a killed server
# left behind (SIGKILL runs no `finally`) is known as stale by the next start.
METRICS_DIR_PREFIX = "autoglm-gw-metrics-"


def remove_stale_metrics_dirs(tmp: str | None = None) -> list[str]:
    """Removes the metrics directories of servers that are gone (their pid no longer runs);
    the paths removed."""
    tmp = tmp or tempfile.gettempdir()
    removed = []
    for name in os.listdir(tmp):
        if not name.startswith(METRICS_DIR_PREFIX):
            continue
        pid = name[len(METRICS_DIR_PREFIX) :].split("-", 1)[0]
        if not pid.isdigit() or _running(int(pid)):
            continue  # (one of an older release names no pid: left alone)
        path = os.path.join(tmp, name)
        shutil.rmtree(path, ignore_errors=True)
        removed.append(path)
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def check_bookings_reachable(config: Config) -> None:
    """Raises ConfigError (one line) when the booking database cannot be reached or migrated
    as the server starts, once, before any worker: a worker respawned later during an outage
    then starts without it (``Components.bookings_may_start_later``) rather than failing, which
    made granian stop every worker. The HTTP booking backend is checked by /readyz only."""
    if config.booking.backend != "local":
        return
    import asyncio

    from .booking import store_from_config
    from .booking.errors import BackendUnavailableError

    async def check() -> None:
        store = store_from_config(config)
        try:
            await store.start()
        finally:
            await store.close()

    try:
        asyncio.run(check())
    except BackendUnavailableError as exc:
        raise ConfigError(f"db.url: the booking database is unavailable ({exc})") from None


def serve(config: Config, config_file: str | None) -> None:
    """Blocks until SIGTERM/SIGINT; in-flight requests get the grace period to finish."""
    from granian.constants import Interfaces, Loops
    from granian.server import Server

    from .proxy import check_proxy

    check_proxy(config)  # before any worker loads an engine
    server = config.server
    check_can_listen(server.host, server.port)
    check_bookings_reachable(config)
    # Workers are fresh processes: they rebuild the config from the same file and environment,
    # so the CLI's --host/--port/--workers travel as environment overrides.
    if config_file is not None:
        os.environ[CONFIG_FILE_ENV] = os.path.abspath(config_file)
    os.environ[f"{ENV_PREFIX}SERVER_HOST"] = server.host
    os.environ[f"{ENV_PREFIX}SERVER_PORT"] = str(server.port)
    os.environ[f"{ENV_PREFIX}SERVER_WORKERS"] = str(server.workers)
    os.environ[SERVER_PID_ENV] = str(os.getpid())  # workers stop when this process dies
    logging.config.dictConfig(logging_dictconfig(server))
    connections = connection_budget(server.max_connections, logging.getLogger("autoglm_gw"))

    metrics_dir = None
    if server.workers > 1 and not os.environ.get(MULTIPROC_ENV):
        remove_stale_metrics_dirs()
        metrics_dir = tempfile.mkdtemp(prefix=f"{METRICS_DIR_PREFIX}{os.getpid()}-")
        os.environ[MULTIPROC_ENV] = metrics_dir
    try:
        Server(
            "autoglm_gw.app:create_app",
            factory=True,
            address=server.host,
            port=server.port,
            interface=Interfaces.ASGI,
            # Granian takes a permit per connection for the connection's whole life and waits
            # for one before accepting the next; its default, backlog / workers (1,024 for one
            # worker), let 1,100 idle sockets stop a worker answering anyone (a black-box audit).
            backpressure=connections,
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
