"""[[proxy.routes]] and [proxy.upstreams]: typed, with defaults, and refused in one line naming
the key at fault."""

from __future__ import annotations

import pytest

from autoglm_gw.config import ConfigError, load_config
from autoglm_gw.proxy.settings import parse_duration, proxy_settings


def _settings(routes, upstreams):
    import json

    env = {
        "AUTOGLM_GW_PROXY_ROUTES": json.dumps(routes),
        "AUTOGLM_GW_PROXY_UPSTREAMS": json.dumps(upstreams),
    }
    return proxy_settings(load_config(environ=env))


def test_the_contracts_example_reads_as_written():
    s = _settings(
        [{"prefix": "/legacy/", "upstream": "legacy", "strip_prefix": False, "timeout": "5s"}],
        {
            "legacy": {
                "policy": "round_robin",
                "servers": [
                    {"url": "http://127.0.0.1:9001", "weight": 5},
                    {"url": "http://127.0.0.1:9002"},
                    {"url": "http://127.0.0.1:9003", "backup": True},
                ],
                "max_fails": 1,
                "fail_timeout": "10s",
                "retries": 2,
                "health_check": {"path": "/health", "interval": "2s"},
            }
        },
    )
    route = s.routes[0]
    assert (route.prefix, route.upstream, route.strip_prefix, route.timeout_s) == (
        "/legacy/", "legacy", False, 5.0,
    )  # fmt: skip
    up = s.upstreams["legacy"]
    assert [(x.port, x.weight, x.backup) for x in up.servers] == [
        (9001, 5, False), (9002, 1, False), (9003, 1, True),
    ]  # fmt: skip
    assert (up.max_fails, up.fail_timeout_s, up.retries) == (1, 10.0, 2)
    assert (up.health_check.path, up.health_check.interval_s) == ("/health", 2.0)


def test_defaults():
    s = _settings([{"prefix": "/", "upstream": "u"}], {"u": {"servers": [{"url": "http://h"}]}})
    up = s.upstreams["u"]
    assert up.policy == "round_robin" and up.health_check is None
    assert (up.max_fails, up.fail_timeout_s, up.retries) == (1, 10.0, 2)
    assert s.routes[0].timeout_s == 60.0 and s.routes[0].host is None
    assert (up.servers[0].port, up.servers[0].netloc) == (80, "h")


def test_no_routes_is_no_proxy():
    assert proxy_settings(load_config(environ={})) is None


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("5s", 5.0), ("250ms", 0.25), ("2m", 120.0), ("1h", 3600.0), (3, 3.0), ("1.5", 1.5)],
)
def test_durations(value, seconds):
    assert parse_duration(value, "x") == seconds


@pytest.mark.parametrize("value", ["5 seconds", "-1s", True, None, "s"])
def test_bad_durations(value):
    with pytest.raises(ConfigError, match="x: "):
        parse_duration(value, "x")


GOOD_UP = {"u": {"servers": [{"url": "http://127.0.0.1:1"}]}}
HEAVY = [{"url": "http://h", "weight": 1000}] * 11  # 11,000 units of weight on one ring


@pytest.mark.parametrize(
    ("routes", "upstreams", "message"),
    [
        ([{"prefix": "x/", "upstream": "u"}], GOOD_UP, r"proxy.routes\[0\].prefix"),
        ([{"prefix": "/x/", "upstream": "v"}], GOOD_UP, r"proxy.routes\[0\].upstream: 'v'"),
        ([{"prefix": "/x/", "upstream": "u", "timeout": "0s"}], GOOD_UP, r"timeout: must be"),
        ([{"prefix": "/x/", "upstream": "u", "retry": 1}], GOOD_UP, r"unknown key\(s\) retry"),
        (
            [{"prefix": "/x/", "upstream": "u"}, {"prefix": "/x/", "upstream": "u"}],
            GOOD_UP,
            "two routes for prefix '/x/'",
        ),
        (
            [{"prefix": "/x/", "upstream": "u"}],
            {"u": {"policy": "fastest", "servers": [{"url": "http://h"}]}},
            "policy: 'fastest' is not one of round_robin, least_conn",
        ),
        ([{"prefix": "/x/", "upstream": "u"}], {"u": {"servers": []}}, "servers: expected"),
        (
            [{"prefix": "/x/", "upstream": "u"}],
            {"u": {"servers": [{"url": "http://h", "backup": True}]}},
            "every server is a backup",
        ),
        (
            [{"prefix": "/x/", "upstream": "u"}],
            {"u": {"servers": [{"url": "http://h", "weight": 0}]}},
            r"servers\[0\].weight",
        ),
        (
            [{"prefix": "/x/", "upstream": "u"}],
            {"u": {"servers": [{"url": "http://h"}], "health_check": {"path": "health"}}},
            "health_check.path",
        ),
        ([], GOOD_UP, "no \\[\\[proxy.routes\\]\\] sends traffic"),
        (
            [{"prefix": "/x/", "upstream": "u"}],
            {**GOOD_UP, "spare": {"servers": [{"url": "http://h"}]}},
            "no route sends traffic to spare",
        ),
        (
            [{"prefix": "/x/", "upstream": "u"}],
            {
                "u": {
                    "policy": "consistent_hash",
                    "servers": [{"url": "http://h", "weight": 1000}] * 11,
                }
            },
            "at most 10000",
        ),
        # an audit: these had stopped the server with a traceback, or were let through
        ([{"prefix": "/x/", "upstream": ["u"]}], GOOD_UP, r"proxy.routes\[0\].upstream: \['u'\]"),
        ([{"prefix": "/x/", "upstream": {"name": "u"}}], GOOD_UP, r"routes\[0\].upstream"),
        (
            [{"prefix": "/x/", "upstream": "u"}],
            {"u": {"servers": [{"url": "http://[::1"}]}},
            r"servers\[0\].url: expected http",
        ),
        (
            [{"prefix": "/x/", "upstream": "u"}],
            {"u": {"servers": [{"url": "http://127.0.0.1:0"}]}},
            r"servers\[0\].url: port 0",
        ),
        (
            [{"prefix": "/x/", "upstream": "u"}],
            {"u": {"servers": [{"url": "http://exa mple.com"}]}},
            r"servers\[0\].url: .*no spaces or credentials",
        ),
        (
            [{"prefix": "/x/", "upstream": "u"}],
            {"u": {"servers": [{"url": "http://user:pw@h:1"}]}},
            r"servers\[0\].url: .*no spaces or credentials",
        ),
    ],
)
def test_refusals_name_the_key(routes, upstreams, message):
    with pytest.raises(ConfigError, match=message):
        _settings(routes, upstreams)


def test_ipv6_hosts_are_bracketed_in_host_headers():
    s = _settings(
        [{"prefix": "/", "upstream": "u"}], {"u": {"servers": [{"url": "http://[::1]:9001/base/"}]}}
    )
    server = s.upstreams["u"].servers[0]
    assert (server.host, server.port, server.netloc, server.base_path) == (
        "::1", 9001, "[::1]:9001", "/base",
    )  # fmt: skip
