"""Routing: exact paths from a dict, parameterised paths matched segment by segment."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from .message import Request, Response

Handler = Callable[[Request], Awaitable[Response]]


class Route:
    __slots__ = ("error_headers", "handlers", "segments", "template")

    def __init__(self, template: str) -> None:
        self.template = template
        self.segments = template.strip("/").split("/")
        self.handlers: dict[str, Handler] = {}
        # Headers every error answer on this path carries, whatever raised it (a handler, a
        # method the path does not serve, an unexpected exception), unless the error set its own.
        self.error_headers: list[tuple[bytes, bytes]] = []

    def match(self, parts: list[str]) -> dict[str, str] | None:
        if len(parts) != len(self.segments):
            return None
        params: dict[str, str] = {}
        for seg, part in zip(self.segments, parts, strict=True):
            if seg.startswith("{"):
                if not part:
                    return None
                params[seg[1:-1]] = part
            elif seg != part:
                return None
        return params


class Router:
    def __init__(self) -> None:
        self._exact: dict[str, Route] = {}
        self._patterns: list[Route] = []

    def add(
        self,
        method: str,
        template: str,
        handler: Handler,
        error_headers: list[tuple[bytes, bytes]] | None = None,
    ) -> None:
        route = self._route(template)
        route.handlers[method] = handler
        if method == "GET":
            route.handlers.setdefault("HEAD", handler)
        for header in error_headers or ():
            if header not in route.error_headers:
                route.error_headers.append(header)

    def _route(self, template: str) -> Route:
        if "{" not in template:
            return self._exact.setdefault(template, Route(template))
        route = next((r for r in self._patterns if r.template == template), None)
        if route is None:
            route = Route(template)
            self._patterns.append(route)
        return route

    def routes(self) -> list[Route]:
        """Every route, exact ones first (the API description is generated from them)."""
        return [*self._exact.values(), *self._patterns]

    def resolve(self, path: str) -> tuple[Route, dict[str, str]] | None:
        route = self._exact.get(path)
        if route is not None:
            return route, {}
        # A trailing slash is another path, as it is for the exact routes ("/v1/stores/" is 404):
        # its empty last segment matches no template.
        parts = path.removeprefix("/").split("/")
        for route in self._patterns:
            params = route.match(parts)
            if params is not None:
                return route, params
        return None
