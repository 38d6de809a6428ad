"""API-key authentication as ASGI middleware, so a refused request never reaches body parsing.

Writes (every method except GET/HEAD/OPTIONS) need a key once any key is configured; reads need
one only when `read_requires_key` is set. Probes, metrics and the OpenAPI schema stay open so that
orchestrators and monitoring work without secrets. OPTIONS stays open for CORS preflights, which
browsers send without credentials.
"""

from __future__ import annotations

from typing import Any

from litestar import Request, Response
from litestar.enums import ScopeType
from litestar.exceptions import HTTPException
from litestar.types import ASGIApp, Receive, Scope, Send

from service.api.problems import Problem, problem_response
from service.security.keys import KeyRing

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
OPEN_PATHS = ("/health", "/ready", "/metrics", "/schema")
KEY_SCOPE = "quotetrail_key_id"
"""Where the matched key's short id is left in the ASGI scope (for the rate limiter and logs)."""


class MissingKey(HTTPException):
    status_code = 401


def presented_key(headers: Any) -> str | None:
    """`X-API-Key: KEY` or `Authorization: Bearer KEY`."""
    key = headers.get("x-api-key")
    if key:
        return str(key)
    auth = headers.get("authorization") or ""
    scheme, _, value = str(auth).partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return None


def is_open_path(path: str) -> bool:
    return any(path == p or path.startswith(p + "/") for p in OPEN_PATHS)


class ApiKeyMiddleware:
    def __init__(self, app: ASGIApp, keys: KeyRing, read_requires_key: bool) -> None:
        self.app = app
        self.keys = keys
        self.read_requires_key = read_requires_key

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP or not self.keys:
            await self.app(scope, receive, send)
            return
        method = scope["method"]
        request: Request[Any, Any, Any] = Request(scope)
        key_id = self.keys.identify(presented_key(request.headers))
        if key_id is not None:
            scope[KEY_SCOPE] = key_id  # type: ignore[literal-required]
        needs_key = method != "OPTIONS" and not is_open_path(scope["path"]) and (
            method not in SAFE_METHODS or self.read_requires_key
        )
        if needs_key and key_id is None:
            raise MissingKey(detail="a valid API key is required (header X-API-Key or Authorization: Bearer)")
        await self.app(scope, receive, send)


def on_missing_key(request: Request[Any, Any, Any], exc: MissingKey) -> Response[Problem]:
    return problem_response(
        request,
        status=401,
        slug="unauthorized",
        title="Unauthorized",
        detail=exc.detail,
        headers={"WWW-Authenticate": 'Bearer realm="quotetrail"'},
    )
