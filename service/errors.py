"""Domain errors raised by service functions; the API turns each into an RFC 9457 problem.

Service functions raise these instead of HTTP exceptions so the CLI (`quotetrail seed`) can call
the same functions and report the same failures without a web framework in the way.
"""

from __future__ import annotations


class ServiceError(Exception):
    status = 400
    title = "Bad request"
    slug = "bad-request"

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class InvalidInput(ServiceError):
    """A value that was read but breaks a rule the schema cannot express: 422, like schema failures."""

    status = 422
    title = "Invalid input"
    slug = "invalid-input"


class NotFound(ServiceError):
    status = 404
    title = "Not found"
    slug = "not-found"


class TooLarge(ServiceError):
    status = 413
    title = "Content too large"
    slug = "too-large"
