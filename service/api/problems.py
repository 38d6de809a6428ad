"""RFC 9457 problem details for every error the API can return, including ones litestar raises.

One handler per exception family keeps the wire format identical whether the failure came from
request parsing (litestar), our service layer, or an unexpected bug (500, details logged, not sent).
"""

from __future__ import annotations

import logging
from typing import Any

import msgspec
from litestar import Request, Response
from litestar.exceptions import HTTPException, ValidationException
from litestar.status_codes import HTTP_500_INTERNAL_SERVER_ERROR

from service.errors import ServiceError

PROBLEM_JSON = "application/problem+json"
log = logging.getLogger("quotetrail.api")

_TITLES = {
    400: "Bad request",
    404: "Not found",
    405: "Method not allowed",
    413: "Content too large",
    415: "Unsupported media type",
    422: "Unprocessable content",
    500: "Internal server error",
    503: "Service unavailable",
}


class Problem(msgspec.Struct, frozen=True, kw_only=True, omit_defaults=True):
    """An RFC 9457 problem document."""

    type: str
    title: str
    status: int
    detail: str
    instance: str | None = None
    errors: list[dict[str, Any]] | None = None
    """Per-field validation failures, when the request body or parameters were the problem."""


def problem_type(slug: str) -> str:
    return f"urn:quotetrail:problem:{slug}"


def problem_response(
    request: Request[Any, Any, Any],
    *,
    status: int,
    slug: str,
    title: str,
    detail: str,
    errors: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
) -> Response[Problem]:
    body = Problem(
        type=problem_type(slug),
        title=title,
        status=status,
        detail=detail,
        instance=request.url.path,
        errors=errors,
    )
    return Response(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def on_service_error(request: Request[Any, Any, Any], exc: ServiceError) -> Response[Problem]:
    return problem_response(request, status=exc.status, slug=exc.slug, title=exc.title, detail=exc.detail)


def on_http_exception(request: Request[Any, Any, Any], exc: HTTPException) -> Response[Problem]:
    status = exc.status_code
    if status >= 500:
        return on_unexpected(request, exc)
    errors: list[dict[str, Any]] | None = None
    slug = {404: "not-found", 405: "method-not-allowed", 413: "too-large"}.get(status, "bad-request")
    if isinstance(exc, ValidationException):
        slug = "invalid-input"
        if isinstance(exc.extra, list):
            errors = [e if isinstance(e, dict) else {"message": str(e)} for e in exc.extra]
    headers = {k: v for k, v in (exc.headers or {}).items() if k.lower() == "allow"}
    return problem_response(
        request,
        status=status,
        slug=slug,
        title=_TITLES.get(status, "Error"),
        detail=exc.detail,
        errors=errors,
        headers=headers or None,
    )


def on_unexpected(request: Request[Any, Any, Any], exc: Exception) -> Response[Problem]:
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return problem_response(
        request,
        status=HTTP_500_INTERNAL_SERVER_ERROR,
        slug="internal",
        title=_TITLES[500],
        detail="the server failed; the error has been logged",
    )


EXCEPTION_HANDLERS: Any = {
    ServiceError: on_service_error,
    HTTPException: on_http_exception,
    Exception: on_unexpected,
}
