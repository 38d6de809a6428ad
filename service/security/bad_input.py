"""Malformed bodies that litestar's JSON decoding lets escape as Python errors: answer 400, not 500.

Invalid UTF-8 surfaces as UnicodeDecodeError and absurd nesting (`[[[[...`) as RecursionError
from the decoder; both are the client's mistake, so they get a problem document like any other.
"""

from __future__ import annotations

from typing import Any

from litestar import Request, Response

from service.api.problems import Problem, problem_response


def on_undecodable(request: Request[Any, Any, Any], exc: Exception) -> Response[Problem]:
    detail = (
        "the request body is not valid UTF-8"
        if isinstance(exc, UnicodeDecodeError)
        else "the request body nests too deeply to read"
    )
    return problem_response(request, status=400, slug="bad-request", title="Bad request", detail=detail)
