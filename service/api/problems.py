"""RFC 9457 problem details for every error the API can return, including ones litestar raises.

One handler per exception family keeps the wire format identical whether the failure came from
request parsing (litestar), our service layer, or an unexpected bug (500, details logged, not sent).

Status split (the client handles each as a typed error): a body that cannot be read at all
(malformed JSON, invalid UTF-8, empty) is 400; a request that was read but breaks the documented
schema (wrong type, empty text, unknown field, out-of-range parameter) is 422.
"""

from __future__ import annotations

import logging
from typing import Annotated, Any

import msgspec
from litestar import Request, Response
from litestar.exceptions import HTTPException, ValidationException
from litestar.status_codes import HTTP_422_UNPROCESSABLE_ENTITY, HTTP_500_INTERNAL_SERVER_ERROR
from litestar.utils.scope.state import ScopeState
from msgspec import Meta

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
    """An RFC 9457 problem document: every error the API answers has this shape."""

    type: Annotated[
        str,
        Meta(
            description="Stable URN naming the kind of problem; branch on this, not on `title`.",
            examples=["urn:quotetrail:problem:invalid-input"],
        ),
    ]
    title: Annotated[
        str, Meta(description="Short human-readable summary of the kind.", examples=["Unprocessable content"])
    ]
    status: Annotated[
        int, Meta(ge=400, le=599, description="The HTTP status code, repeated.", examples=[422])
    ]
    detail: Annotated[
        str,
        Meta(
            description="What went wrong with this request, in words.",
            examples=["Validation failed for POST /v1/articles"],
        ),
    ]
    instance: Annotated[
        str | None, Meta(description="The request path that failed.", examples=["/v1/articles"])
    ] = None
    errors: Annotated[
        list[dict[str, Any]] | None,
        Meta(
            description="Per-field failures (`key`, `source`, `message`) when the body or a parameter was "
            "the problem.",
            examples=[[{"key": "text", "source": "body", "message": "Expected `str` of length >= 1"}]],
        ),
    ] = None


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
        if _body_was_empty(request):
            return problem_response(
                request,
                status=400,
                slug="bad-request",
                title=_TITLES[400],
                detail="the request body is empty",
            )
        status = HTTP_422_UNPROCESSABLE_ENTITY
        if isinstance(exc.extra, list):
            errors = [_plain(e) if isinstance(e, dict) else {"message": str(e)} for e in exc.extra]
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


def _body_was_empty(request: Request[Any, Any, Any]) -> bool:
    """litestar reports an absent JSON body as a missing `data` field; it is unreadable, so 400."""
    body = ScopeState.from_scope(request.scope).body
    return isinstance(body, bytes) and not body.strip() and request.method not in {"GET", "HEAD", "DELETE"}


def _plain(error: dict[str, Any]) -> dict[str, Any]:
    """litestar puts a ParamType enum in `source`; send its value so the JSON is plain strings."""
    return {k: getattr(v, "value", v) for k, v in error.items()}


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
