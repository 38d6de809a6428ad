"""The error responses every /v1 operation documents, declared once and applied to the whole app.

Why one place: litestar documents its own 400 (`application/json`, not a problem document) on any
handler with parameters or a body, and per-handler copies of the fix drift. `document_errors` walks
the registered routes after `create_app` built them and gives each /v1 operation the statuses the
middleware and exception handlers can answer it with, all as `application/problem+json` Problem
documents with a real example (never litestar's generated one). A handler's own `responses` (its
404, 409, 413 with operation-specific wording) win over these defaults.
"""

from __future__ import annotations

from typing import Any

from litestar import Litestar
from litestar.handlers import HTTPRouteHandler
from litestar.openapi import ResponseSpec
from litestar.openapi.spec import Example

from service.api.problems import PROBLEM_JSON, Problem, problem_type

V1 = "/v1/"
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
SECURITY_SCHEMES = ("ApiKeyHeader", "BearerKey")
"""Names under components.securitySchemes (declared in `service.app`)."""


def problem_spec(
    status: int, description: str, *, slug: str, title: str, detail: str, instance: str = "/v1/articles"
) -> ResponseSpec:
    """A Problem response with one hand-written example (generated ones would be random strings)."""
    example: dict[str, Any] = {
        "type": problem_type(slug),
        "title": title,
        "status": status,
        "detail": detail,
        "instance": instance,
    }
    if slug == "invalid-input":
        example["errors"] = [{"key": "text", "source": "body", "message": "Expected `str` of length >= 1"}]
    return ResponseSpec(
        Problem,
        description=description,
        media_type=PROBLEM_JSON,
        generate_examples=False,
        examples=[Example(summary=title, value=example)],
    )


BAD_REQUEST = problem_spec(
    400,
    "The request could not be read: malformed JSON, an empty body, or invalid UTF-8.",
    slug="bad-request",
    title="Bad request",
    detail="Input data was truncated",
)
INVALID = problem_spec(
    422,
    "The request was read but breaks the schema: a wrong type, empty text, an unknown field, a parameter "
    "out of range, or a value the schema cannot express a rule for (a bad cursor or date). `errors` "
    "names the fields.",
    slug="invalid-input",
    title="Unprocessable content",
    detail="Validation failed for POST /v1/articles",
)
UNAUTHORIZED = problem_spec(
    401,
    "No valid API key (X-API-Key or Authorization: Bearer). Writes need one whenever keys are "
    "configured; reads only when the operator requires keys for reads.",
    slug="unauthorized",
    title="Unauthorized",
    detail="a valid API key is required (header X-API-Key or Authorization: Bearer)",
)
TOO_MANY = problem_spec(
    429,
    "Rate limit for this key (or client address) exceeded; retry after the Retry-After header's seconds.",
    slug="rate-limited",
    title="Too many requests",
    detail="rate limit exceeded; retry later",
)
UNAVAILABLE = problem_spec(
    503,
    "The database is unreachable or not migrated; retry after the Retry-After header's seconds.",
    slug="database-unavailable",
    title="Service unavailable",
    detail="the database is not reachable; retry later (a repeated POST of an article is deduplicated)",
)
V1_ERRORS: dict[int, ResponseSpec] = {
    400: BAD_REQUEST,
    401: UNAUTHORIZED,
    422: INVALID,
    429: TOO_MANY,
    503: UNAVAILABLE,
}
NOT_READY = problem_spec(
    503,
    "The database does not answer.",
    slug="not-ready",
    title="Service unavailable",
    detail="database unreachable: OperationalError",
    instance="/ready",
)


def _security(method: str) -> list[dict[str, list[str]]]:
    """Writes need a key once keys are configured; reads may go without one (`{}`) unless the operator
    sets read_requires_key, which the 401 response documents."""
    options: list[dict[str, list[str]]] = [{name: []} for name in SECURITY_SCHEMES]
    return options if method in WRITE_METHODS else [*options, {}]


def document_errors(app: Litestar) -> Litestar:
    """Give every /v1 operation the shared problem responses and security requirement."""
    for route in app.routes:
        for handler in getattr(route, "route_handlers", ()):
            if not isinstance(handler, HTTPRouteHandler):
                continue
            if route.path.startswith(V1):
                handler.responses = {**V1_ERRORS, **(handler.responses or {})}
                (method,) = handler.http_methods if len(handler.http_methods) == 1 else ("GET",)
                handler.security = _security(method)
            elif route.path == "/ready":
                handler.responses = {503: NOT_READY, **(handler.responses or {})}
    return app
