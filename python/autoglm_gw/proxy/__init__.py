"""The reverse proxy of CONTRACT.md ("Reverse proxy configuration"): not built in this version.

Until it is, a configuration that routes paths to upstreams is refused when the server starts,
rather than accepted and then answered with 404 for every routed path.
"""

from __future__ import annotations

from ..config import Config, ConfigError


def refuse_routes(config: Config) -> None:
    """Raises ConfigError when [[proxy.routes]] or [proxy.upstreams] are configured."""
    proxy = config.proxy
    if proxy.routes or proxy.upstreams:
        raise ConfigError(
            "proxy: the reverse proxy is not built in this version, so [[proxy.routes]] and "
            "[proxy.upstreams] cannot be served; remove them (README, 'Not built yet')"
        )
