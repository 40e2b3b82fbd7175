"""The reverse proxy of CONTRACT.md ("Reverse proxy configuration"): any path the gateway does not
serve goes to the upstream of the longest matching ``[[proxy.routes]]`` prefix (settings.py: the
configuration; forward.py: forwarding, retries and active health checks; upstream_client.py: the
HTTP/1.1 client; the balancer itself is Rust, ``_core.Balancer``)."""

from __future__ import annotations

from ..config import Config
from .settings import ProxySettings, proxy_settings


def check_proxy(config: Config) -> ProxySettings | None:
    """The proxy's settings (None without routes); raises ConfigError, naming the key at fault,
    for a configuration the proxy could not serve. Called before any worker starts."""
    return proxy_settings(config)
