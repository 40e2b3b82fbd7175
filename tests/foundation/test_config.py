import re
import subprocess
import sys

import pytest

from autoglm_gw.app import create_app
from autoglm_gw.config import Config, ConfigError, load_config


def test_defaults_need_no_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    cfg = load_config(environ={})
    assert cfg == Config()
    assert cfg.server.host == "127.0.0.1" and cfg.server.port == 8080
    assert cfg.engine.backend == "onnx"


def test_file_then_env_override(tmp_path):
    f = tmp_path / "gw.toml"
    f.write_text('[server]\nport = 9001\nworkers = 3\n[engine]\nprecision = "fp32"\n')
    cfg = load_config(
        f, environ={"AUTOGLM_GW_SERVER_PORT": "9002", "AUTOGLM_GW_SERVER_LOG_JSON": "true"}
    )
    assert cfg.server.port == 9002  # env wins over the file
    assert cfg.server.workers == 3
    assert cfg.server.log_json is True
    assert cfg.engine.precision == "fp32"


def test_default_file_in_cwd_is_read(tmp_path, monkeypatch):
    (tmp_path / "autoglm-gw.toml").write_text("[server]\nport = 9100\n")
    monkeypatch.chdir(tmp_path)
    assert load_config(environ={}).server.port == 9100


def test_json_env_for_tables():
    env = {"AUTOGLM_GW_PROXY_ROUTES": '[{"prefix": "/legacy/", "upstream": "legacy"}]'}
    assert load_config(environ=env).proxy.routes[0]["upstream"] == "legacy"


def test_an_empty_booking_url_is_unset_for_the_local_backend():
    assert load_config(environ={"AUTOGLM_GW_BOOKING_URL": ""}).booking.backend == "local"


@pytest.mark.parametrize(
    ("env", "needle"),
    [
        ({"AUTOGLM_GW_SERVER_PORT": "abc"}, "server.port = 'abc' (from AUTOGLM_GW_SERVER_PORT)"),
        ({"AUTOGLM_GW_SERVER_PORT": "70000"}, "server.port = '70000'"),
        ({"AUTOGLM_GW_ENGINE_BACKEND": "gpu"}, "engine.backend = 'gpu'"),
        # a choice names the values it takes
        ({"AUTOGLM_GW_ENGINE_OVERLAP": "maybe"}, "'maybe' (one of: auto, off, on)"),
        ({"AUTOGLM_GW_SERVER_PORTS": "1"}, "unknown key server.ports"),
        ({"AUTOGLM_GW_NOPE_X": "1"}, "unknown configuration section 'nope'"),
        # values the server could only fail on later, with a traceback
        (
            {"AUTOGLM_GW_SERVER_TIMEZONE": "Mars/Olympus"},
            "server.timezone = 'Mars/Olympus' (from AUTOGLM_GW_SERVER_TIMEZONE): no such IANA",
        ),
        (
            {"AUTOGLM_GW_DB_URL": "mysql://x@h/db"},
            "db.url = 'mysql://x@h/db' (from AUTOGLM_GW_DB_URL): the scheme",
        ),
        (
            {"AUTOGLM_GW_CACHE_REDIS_URL": "http://x"},
            "cache.redis_url = 'http://x' (from AUTOGLM_GW_CACHE_REDIS_URL): the scheme",
        ),
        # a Redis URL or TTL the worker could only fail on, or silently not use (an audit)
        ({"AUTOGLM_GW_CACHE_REDIS_URL": "redis://h:notaport/0"}, "the port must be a number"),
        ({"AUTOGLM_GW_CACHE_REDIS_URL": "redis://h:99999/0"}, "the port must be a number"),
        ({"AUTOGLM_GW_CACHE_REDIS_URL": "redis://h:6379/abc"}, "the database must be a number"),
        (
            {"AUTOGLM_GW_CACHE_REDIS_URL": "redis://h:6379/0?socket_timeout=abc"},
            "socket_timeout must be a number",
        ),
        ({"AUTOGLM_GW_CACHE_TTL_S": "inf"}, "cache.ttl_s = 'inf'"),
        ({"AUTOGLM_GW_CACHE_TTL_S": "1e20"}, "cache.ttl_s = '1e20'"),
        # the worker failed at start with a traceback
        ({"AUTOGLM_GW_BOOKING_BACKEND": "http"}, "booking.url = None (from defaults): backend"),
        (
            {"AUTOGLM_GW_BOOKING_BACKEND": "http", "AUTOGLM_GW_BOOKING_URL": "ftp://x"},
            "booking.url = 'ftp://x' (from AUTOGLM_GW_BOOKING_URL): must be http(s)://",
        ),
        (
            {"AUTOGLM_GW_BOOKING_BACKEND": "http", "AUTOGLM_GW_BOOKING_URL": "http://x:99999"},
            "booking.url = 'http://x:99999' (from AUTOGLM_GW_BOOKING_URL): the port",
        ),
        (
            {"AUTOGLM_GW_BOOKING_BACKEND": "http", "AUTOGLM_GW_BOOKING_URL": "http://[::1"},
            "booking.url = 'http://[::1' (from AUTOGLM_GW_BOOKING_URL): must be http(s)://",
        ),
    ],
)
def test_bad_values_name_the_key(env, needle):
    with pytest.raises(ConfigError) as info:
        load_config(environ=env)
    assert needle in str(info.value)
    assert "\n" not in str(info.value)


def test_bad_file_key_names_file_and_key(tmp_path):
    f = tmp_path / "gw.toml"
    f.write_text("[server]\nworkers = 0\n")
    with pytest.raises(ConfigError, match=r"server.workers = 0 \(from .*gw.toml\)"):
        load_config(f, environ={})
    f.write_text("[servr]\n")
    with pytest.raises(ConfigError, match=r"unknown section \[servr\]"):
        load_config(f, environ={})
    f.write_text("[server]\nprot = 9000\n")
    with pytest.raises(ConfigError, match=r"server.prot \(from .*gw.toml\): no such setting"):
        load_config(f, environ={})


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "autoglm_gw.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_config_command_masks_secrets():
    env = {
        "AUTOGLM_GW_DB_URL": "postgresql://gw:s3cret@127.0.0.1:5432/gw",
        "AUTOGLM_GW_CACHE_PURGE_TOKEN": "tok-123",
        "PATH": "/usr/bin:/bin",
    }
    proc = _cli("config", env=env)
    assert proc.returncode == 0, proc.stderr
    assert "s3cret" not in proc.stdout and "tok-123" not in proc.stdout
    assert "postgresql://gw:***@127.0.0.1:5432/gw" in proc.stdout


def test_cli_bad_config_exits_nonzero_with_one_line():
    proc = _cli("serve", env={"AUTOGLM_GW_SERVER_PORT": "abc", "PATH": "/usr/bin:/bin"})
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "server.port" in lines[0] and "AUTOGLM_GW_SERVER_PORT" in lines[0]


def test_config_reference_doc_is_current():
    from autoglm_gw.docs_gen import DOC, render

    assert DOC.read_text(encoding="utf-8") == render(), "run `make docs`"


def test_flags_override_env_and_are_validated():
    env = {"AUTOGLM_GW_SERVER_PORT": "9002"}
    cfg = load_config(environ=env, overrides={"server.port": (9003, "--port")})
    assert cfg.server.port == 9003
    with pytest.raises(ConfigError, match=r"server.port = 70000 \(from --port\)"):
        load_config(environ={}, overrides={"server.port": (70000, "--port")})


def test_cli_bad_flag_exits_nonzero_with_one_line():
    proc = _cli("serve", "--port", "70000", env={"PATH": "/usr/bin:/bin"})
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        "autoglm-gw: invalid configuration: server.port = 70000 (from --port): "
        "Expected `int` <= 65535"
    ]


def test_serve_refuses_a_proxy_route_to_an_upstream_not_configured():
    # Served as written, every path of that route could only fail: refused at start, in one line.
    routes = '[{"prefix": "/legacy/", "upstream": "legacy"}]'
    env = {"AUTOGLM_GW_PROXY_ROUTES": routes, "PATH": "/usr/bin:/bin"}
    proc = _cli("serve", "--port", "1", env=env)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    want = "proxy.routes[0].upstream: 'legacy' is not one of [proxy.upstreams]"
    assert len(lines) == 1 and want in lines[0], proc.stderr
    with pytest.raises(ConfigError, match=re.escape(want)):
        create_app(load_config(environ={"AUTOGLM_GW_PROXY_ROUTES": routes}))
    # and `config`, which validates, says so too rather than print it as valid
    proc = _cli("config", env=env)
    assert proc.returncode == 2 and want in proc.stderr, proc.stderr


def test_a_config_file_that_cannot_be_read_is_one_line(tmp_path):
    # An audit: a file that is not UTF-8, or a directory, stopped the server with a traceback
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\xff\xfe[server]\n")
    with pytest.raises(ConfigError, match=r"binary.toml: not UTF-8 text"):
        load_config(binary, environ={})
    folder = tmp_path / "folder.toml"
    folder.mkdir()
    with pytest.raises(ConfigError, match=r"folder.toml: Is a directory"):
        load_config(folder, environ={})
