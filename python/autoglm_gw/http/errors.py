"""Errors that become HTTP answers with the contract's shape {"error": {"code", "message"}}."""

from __future__ import annotations

from typing import Any

import msgspec


class ErrorDetail(msgspec.Struct):
    code: str
    message: str


class ErrorBody(msgspec.Struct, omit_defaults=True):
    error: ErrorDetail
    alternatives: list[Any] | None = None


class ApiError(Exception):
    """Raised anywhere below a handler; the app turns it into a JSON error response."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        headers: list[tuple[bytes, bytes]] | None = None,
        alternatives: list[Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or []
        self.alternatives = alternatives

    def body(self) -> ErrorBody:
        return ErrorBody(ErrorDetail(self.code, self.message), self.alternatives)


def not_found(path: str) -> ApiError:
    return ApiError(404, "not_found", f"no route for {path}")
