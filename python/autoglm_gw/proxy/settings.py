"""The reverse proxy's configuration (CONTRACT.md, "Reverse proxy configuration"), typed and
checked once at start-up: ``[[proxy.routes]]`` and ``[proxy.upstreams.NAME]`` arrive as loose TOML
tables and leave here as frozen settings, or as one ConfigError that names the key at fault."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..config import Config, ConfigError

POLICIES = ("round_robin", "least_conn", "ip_hash", "consistent_hash", "p2c", "random")

# Defaults where the contract's example is silent; its example values where it gives them.
DEFAULT_ROUTE_TIMEOUT_S = 60.0
DEFAULT_MAX_FAILS = 1
DEFAULT_FAIL_TIMEOUT_S = 10.0
DEFAULT_RETRIES = 2
DEFAULT_HEALTH_INTERVAL_S = 5.0
# An active check that takes longer than this (or its interval, if shorter) counts as failed.
HEALTH_CHECK_TIMEOUT_S = 2.0
# The Rust balancer's bound on a consistent-hash ring (_core.Balancer).
MAX_HASH_RING_WEIGHT = 10_000

_ROUTE_KEYS = {"prefix", "upstream", "strip_prefix", "timeout", "host"}
_UPSTREAM_KEYS = {"policy", "servers", "max_fails", "fail_timeout", "retries", "health_check"}
_SERVER_KEYS = {"url", "weight", "backup"}
_HEALTH_KEYS = {"path", "interval"}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$")
_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, None: 1.0}


@dataclass(frozen=True, slots=True)
class ServerSettings:
    url: str
    scheme: str  # http or https
    host: str
    port: int
    base_path: str  # the url's own path, without its trailing slash ("" for none)
    weight: int
    backup: bool

    @property
    def netloc(self) -> str:
        default = 443 if self.scheme == "https" else 80
        host = f"[{self.host}]" if ":" in self.host else self.host  # an IPv6 address
        return host if self.port == default else f"{host}:{self.port}"


@dataclass(frozen=True, slots=True)
class HealthCheck:
    path: str
    interval_s: float


@dataclass(frozen=True, slots=True)
class UpstreamSettings:
    name: str
    policy: str
    servers: tuple[ServerSettings, ...]
    max_fails: int
    fail_timeout_s: float
    retries: int
    health_check: HealthCheck | None


@dataclass(frozen=True, slots=True)
class RouteSettings:
    prefix: str
    upstream: str
    strip_prefix: bool
    timeout_s: float
    host: str | None


@dataclass(frozen=True, slots=True)
class ProxySettings:
    routes: tuple[RouteSettings, ...]
    upstreams: dict[str, UpstreamSettings]


def proxy_settings(config: Config) -> ProxySettings | None:
    """The proxy's settings, None when no route is configured (nothing to proxy). Raises
    ConfigError for anything the proxy could not serve as written."""
    raw_routes, raw_upstreams = config.proxy.routes, config.proxy.upstreams
    if not raw_routes:
        if raw_upstreams:
            raise ConfigError(
                "proxy: upstreams are configured but no [[proxy.routes]] sends traffic to them"
            )
        return None
    upstreams = {name: _upstream(name, table) for name, table in sorted(raw_upstreams.items())}
    routes = tuple(_route(i, table, upstreams) for i, table in enumerate(raw_routes))
    unused = sorted(set(upstreams) - {r.upstream for r in routes})
    if unused:
        raise ConfigError(
            f"proxy.upstreams: no route sends traffic to {', '.join(unused)} (a misspelt name?)"
        )
    seen: set[tuple[str | None, str]] = set()
    for r in routes:
        if (r.host, r.prefix) in seen:
            raise ConfigError(
                f"proxy.routes: two routes for prefix {r.prefix!r}"
                + (f" and host {r.host!r}" if r.host else "")
            )
        seen.add((r.host, r.prefix))
    return ProxySettings(routes, upstreams)


def parse_duration(value: Any, where: str) -> float:
    """Seconds from "5s", "250ms", "2m", "1h" or a bare number of seconds."""
    if isinstance(value, bool):
        raise ConfigError(f"{where}: {value!r} is not a duration")
    if isinstance(value, int | float):
        seconds = float(value)
    elif isinstance(value, str) and (m := _DURATION.match(value)):
        seconds = float(m.group(1)) * _UNITS[m.group(2)]
    else:
        raise ConfigError(f'{where}: {value!r} is not a duration (e.g. "5s", "250ms", "2m")')
    if not 0 <= seconds < 86_400 * 365:
        raise ConfigError(f"{where}: {value!r} is out of range")
    return seconds


def _unknown(table: dict, allowed: set[str], where: str) -> None:
    extra = sorted(set(table) - allowed)
    if extra:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(extra)}; known: {sorted(allowed)}")


def _table(value: Any, where: str) -> dict:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: expected a table, got {type(value).__name__}")
    return value


def _int(table: dict, key: str, default: int, where: str, lo: int, hi: int) -> int:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise ConfigError(f"{where}.{key}: expected an integer in {lo}..{hi}, got {value!r}")
    return value


def _bool(table: dict, key: str, default: bool, where: str) -> bool:
    value = table.get(key, default)
    if not isinstance(value, bool):
        raise ConfigError(f"{where}.{key}: expected true or false, got {value!r}")
    return value


def _route(i: int, table: Any, upstreams: dict[str, UpstreamSettings]) -> RouteSettings:
    where = f"proxy.routes[{i}]"
    table = _table(table, where)
    _unknown(table, _ROUTE_KEYS, where)
    prefix = table.get("prefix")
    if not isinstance(prefix, str) or not prefix.startswith("/"):
        raise ConfigError(f"{where}.prefix: expected a path starting with '/', got {prefix!r}")
    upstream = table.get("upstream")
    if not isinstance(upstream, str) or upstream not in upstreams:
        raise ConfigError(
            f"{where}.upstream: {upstream!r} is not one of [proxy.upstreams] "
            f"({', '.join(upstreams) or 'none configured'})"
        )
    host = table.get("host")
    if host is not None and (not isinstance(host, str) or not host.strip()):
        raise ConfigError(f"{where}.host: expected a host name, got {host!r}")
    timeout = parse_duration(table.get("timeout", DEFAULT_ROUTE_TIMEOUT_S), f"{where}.timeout")
    if timeout <= 0:
        raise ConfigError(f"{where}.timeout: must be more than 0")
    return RouteSettings(
        prefix=prefix,
        upstream=upstream,
        strip_prefix=_bool(table, "strip_prefix", False, where),
        timeout_s=timeout,
        host=host.strip().lower() if host else None,
    )


def _upstream(name: str, table: Any) -> UpstreamSettings:
    where = f"proxy.upstreams.{name}"
    table = _table(table, where)
    _unknown(table, _UPSTREAM_KEYS, where)
    policy = table.get("policy", "round_robin")
    if policy not in POLICIES:
        raise ConfigError(f"{where}.policy: {policy!r} is not one of {', '.join(POLICIES)}")
    raw_servers = table.get("servers")
    if not isinstance(raw_servers, list) or not raw_servers:
        raise ConfigError(f"{where}.servers: expected a non-empty list of {{url = ...}} tables")
    servers = tuple(_server(f"{where}.servers[{k}]", s) for k, s in enumerate(raw_servers))
    if all(s.backup for s in servers):
        raise ConfigError(f"{where}.servers: every server is a backup; at least one must not be")
    if policy == "consistent_hash" and sum(s.weight for s in servers) > MAX_HASH_RING_WEIGHT:
        raise ConfigError(
            f"{where}.servers: consistent_hash takes weights adding up to at most "
            f"{MAX_HASH_RING_WEIGHT} (each unit of weight is 100 points on the ring)"
        )
    health = None
    if "health_check" in table:
        hw = f"{where}.health_check"
        h = _table(table["health_check"], hw)
        _unknown(h, _HEALTH_KEYS, hw)
        path = h.get("path")
        if not isinstance(path, str) or not path.startswith("/"):
            raise ConfigError(f"{hw}.path: expected a path starting with '/', got {path!r}")
        interval = parse_duration(h.get("interval", DEFAULT_HEALTH_INTERVAL_S), f"{hw}.interval")
        if interval <= 0:
            raise ConfigError(f"{hw}.interval: must be more than 0")
        health = HealthCheck(path, interval)
    return UpstreamSettings(
        name=name,
        policy=policy,
        servers=servers,
        max_fails=_int(table, "max_fails", DEFAULT_MAX_FAILS, where, 0, 1_000_000),
        fail_timeout_s=parse_duration(
            table.get("fail_timeout", DEFAULT_FAIL_TIMEOUT_S), f"{where}.fail_timeout"
        ),
        retries=_int(table, "retries", DEFAULT_RETRIES, where, 0, 100),
        health_check=health,
    )


# Characters no host name or address holds (a space, a control character, a slash).
_BAD_HOST = re.compile(r"[\s\x00-\x1f\x7f/\\@]")


def _server(where: str, table: Any) -> ServerSettings:
    table = _table(table, where)
    _unknown(table, _SERVER_KEYS, where)
    url = table.get("url")
    shape = f"{where}.url: expected http://host[:port][/path], got {url!r}"
    try:
        parts = urlsplit(url) if isinstance(url, str) else None
        port = parts.port if parts is not None else None
    except ValueError:  # a bad port, or an unclosed IPv6 bracket ("http://[::1")
        raise ConfigError(shape) from None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(shape)
    if _BAD_HOST.search(parts.hostname) or parts.username is not None:
        raise ConfigError(f"{shape}: a host name or address only, no spaces or credentials")
    if parts.query or parts.fragment:
        raise ConfigError(f"{where}.url: a server url takes no query or fragment: {url!r}")
    if port == 0:
        raise ConfigError(f"{where}.url: port 0 in {url!r}")
    port = port or (443 if parts.scheme == "https" else 80)
    return ServerSettings(
        url=url,
        scheme=parts.scheme,
        host=parts.hostname,
        port=port,
        base_path=parts.path.rstrip("/"),
        weight=_int(table, "weight", 1, where, 1, 1000),
        backup=_bool(table, "backup", False, where),
    )
