"""POST /v1/cache/purge: empties the response cache (both tiers), behind a bearer token."""

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ..cache import check_purge_token
from ..http.errors import ApiError
from ..http.message import Request, Response, json_response

if TYPE_CHECKING:
    from ..app import App


class PurgeResult(msgspec.Struct):
    tier1: int  # entries dropped from this worker's tier 1
    tier2: int | None  # keys deleted from Redis; null when tier 2 is off


def register(app: App) -> None:
    async def purge(req: Request) -> Response:
        token = app.config.cache.purge_token
        if token is None:
            raise ApiError(403, "purge_disabled", "set [cache] purge_token to enable purging")
        auth = req.header(b"authorization")
        if auth is None:
            raise ApiError(
                401,
                "unauthorized",
                "purging needs Authorization: Bearer <cache.purge_token>",
                headers=[(b"www-authenticate", b"Bearer")],
            )
        if not check_purge_token(auth, token):
            raise ApiError(403, "forbidden", "wrong purge token")
        done = await app.components.cache.purge()
        return json_response(PurgeResult(done["tier1"], done["tier2"]))

    app.router.add("POST", "/v1/cache/purge", purge)
