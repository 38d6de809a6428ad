"""Assemble the access-control pieces for `create_app`: middleware in order, handlers, CORS."""

from __future__ import annotations

from typing import Any

from litestar.config.cors import CORSConfig
from litestar.exceptions import TooManyRequestsException
from litestar.middleware import DefineMiddleware
from litestar.types import ExceptionHandlersMap

from service.security.auth import ApiKeyMiddleware, MissingKey, on_missing_key
from service.security.bad_input import on_undecodable
from service.security.keys import KeyRing
from service.security.rate_limit import on_too_many, rate_limit_config
from service.settings import Settings


def middleware(settings: Settings) -> list[Any]:
    """Authenticate first so the rate limiter can count per key."""
    stack: list[Any] = [
        DefineMiddleware(
            ApiKeyMiddleware,
            keys=KeyRing(settings.api_key_hashes),
            read_requires_key=settings.read_requires_key,
        )
    ]
    if settings.rate_limit:
        stack.append(rate_limit_config(settings.rate_limit).middleware)
    return stack


def cors(settings: Settings) -> CORSConfig | None:
    if not settings.cors_origins:
        return None
    return CORSConfig(
        allow_origins=list(settings.cors_origins),
        allow_methods=["GET", "POST", "DELETE", "OPTIONS"],
        allow_headers=["Content-Type", "X-API-Key", "Authorization", "X-Request-ID"],
        expose_headers=[
            "X-Request-ID",
            "Retry-After",
            "RateLimit-Limit",
            "RateLimit-Remaining",
            "RateLimit-Reset",
        ],
    )


EXCEPTION_HANDLERS: ExceptionHandlersMap = {
    MissingKey: on_missing_key,
    TooManyRequestsException: on_too_many,
    UnicodeDecodeError: on_undecodable,
    RecursionError: on_undecodable,
}
