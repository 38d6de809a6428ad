"""Per-key request budgets with litestar's own RateLimitMiddleware, answered as 429 problems.

Requests are counted per API key when one was presented and valid, otherwise per client address.
The counters live in process memory (litestar's MemoryStore): with several replicas or workers
each keeps its own, so the effective limit is N x the setting (see docs/operations.md).
"""

from __future__ import annotations

from typing import Any, cast

from litestar import Request, Response
from litestar.exceptions import TooManyRequestsException
from litestar.middleware.rate_limit import DurationUnit, RateLimitConfig, get_remote_address

from service.api.problems import Problem, problem_response
from service.security.auth import KEY_SCOPE, OPEN_PATHS

UNITS = ("second", "minute", "hour", "day")


def parse_rate_limit(value: str) -> tuple[DurationUnit, int]:
    """"120/minute" -> ("minute", 120)."""
    count, sep, unit = value.strip().partition("/")
    unit = unit.strip().lower().removesuffix("s") if unit.strip().lower() != "s" else "second"
    if not sep or unit not in UNITS:
        raise ValueError(f"use N/UNIT with UNIT one of {', '.join(UNITS)} (e.g. 120/minute)")
    try:
        n = int(count.strip())
    except ValueError:
        raise ValueError(f"{count.strip()!r} is not a whole number of requests") from None
    if n < 1:
        raise ValueError("the number of requests must be at least 1")
    return cast(DurationUnit, unit), n


def identify(request: Request[Any, Any, Any]) -> str:
    key_id = request.scope.get(KEY_SCOPE)
    return f"key:{key_id}" if key_id else f"addr:{get_remote_address(request)}"


def rate_limit_config(value: str) -> RateLimitConfig:
    return RateLimitConfig(
        rate_limit=parse_rate_limit(value),
        identifier_for_request=identify,
        exclude=[f"^{p}" for p in OPEN_PATHS],
    )


def on_too_many(request: Request[Any, Any, Any], exc: TooManyRequestsException) -> Response[Problem]:
    headers = dict(exc.headers or {})
    reset = headers.get("RateLimit-Reset")
    try:
        retry_after = max(1, int(reset)) if reset is not None else 1
    except ValueError:
        retry_after = 1
    headers["Retry-After"] = str(retry_after)
    return problem_response(
        request,
        status=429,
        slug="rate-limited",
        title="Too many requests",
        detail=f"request budget exhausted; retry in {retry_after} s",
        headers=headers,
    )

