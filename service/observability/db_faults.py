"""Database faults: fail fast with 503 problem details, and recover by ourselves.

- Short timeouts (connect, pool checkout, statement) so a dead or unreachable PostgreSQL costs a
  client seconds, not minutes, and the worker is free again.
- The store's engine factory checks each pooled connection's own closed flag at checkout (no round
  trip) and replaces connections the server closed while it was down; a connection that dies after
  checkout fails that one request with 503 and invalidates the pool, so recovery needs no operator.
- Exceptions that mean "the database is not there" become 503 + Retry-After; values the database
  rejects as out of range (e.g. an id beyond BIGINT) become 400; anything else stays a logged 500.
"""

from __future__ import annotations

from typing import Any

from litestar import Request, Response
from litestar.types import ExceptionHandlersMap
from sqlalchemy import exc as sa_exc

from service.api.problems import Problem, on_unexpected, problem_response
from service.settings import Settings
from service.store.engine import is_sqlite

RETRY_AFTER_SECONDS = 2
# SQLSTATE classes: 08 connection exception, 53 insufficient resources, 57 operator intervention
# (admin shutdown, crash shutdown, cannot connect now); 42P01 undefined table: a store not
# migrated yet is one the service cannot use until an operator acts, like an outage
_UNAVAILABLE_SQLSTATE = ("08", "53", "57", "42P01")


def engine_options(settings: Settings) -> dict[str, Any]:
    """Extra `create_engine` arguments for fast failure; SQLite keeps the store's defaults."""
    if is_sqlite(settings.database_url):
        return {}
    return {
        "connect_args": {
            "timeout": settings.db_connect_timeout,
            "command_timeout": settings.db_command_timeout,
        },
        "pool_timeout": settings.db_connect_timeout,
    }


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        e = todo.pop()
        if e is None or any(e is s for s in seen) or len(seen) > 20:
            continue
        seen.append(e)
        todo += [getattr(e, "orig", None), e.__cause__, e.__context__]
    return seen


def _sqlstate(e: BaseException) -> str:
    return str(getattr(e, "sqlstate", None) or getattr(e, "pgcode", None) or "")


def is_unavailable(exc: BaseException) -> bool:
    for e in _chain(exc):
        if isinstance(e, sa_exc.DBAPIError) and e.connection_invalidated:
            return True
        if isinstance(e, sa_exc.OperationalError | sa_exc.InterfaceError | sa_exc.TimeoutError):
            return True
        if isinstance(e, OSError | TimeoutError | ConnectionError):
            return True
        if _sqlstate(e).startswith(_UNAVAILABLE_SQLSTATE):
            return True
        module = type(e).__module__
        if module.startswith("asyncpg") and type(e).__name__ in {
            "ConnectionDoesNotExistError",
            "InterfaceError",
            "InternalClientError",
            "ConnectionFailureError",
        }:
            return True
    return False


def is_out_of_range(exc: BaseException) -> bool:
    return any(
        isinstance(e, sa_exc.DataError) or _sqlstate(e).startswith("22") or isinstance(e, OverflowError)
        for e in _chain(exc)
    )


def unavailable(request: Request[Any, Any, Any]) -> Response[Problem]:
    return problem_response(
        request,
        status=503,
        slug="database-unavailable",
        title="Service unavailable",
        detail="the database is not reachable; retry later (a repeated POST of an article is deduplicated)",
        headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
    )


def on_database_error(request: Request[Any, Any, Any], exc: Exception) -> Response[Problem]:
    if is_unavailable(exc):
        return unavailable(request)
    if is_out_of_range(exc):
        return problem_response(
            request,
            status=400,
            slug="invalid-input",
            title="Invalid input",
            detail="a value in the request is out of the range the database can store",
        )
    return on_unexpected(request, exc)


EXCEPTION_HANDLERS: ExceptionHandlersMap = {
    sa_exc.DBAPIError: on_database_error,
    sa_exc.TimeoutError: on_database_error,
    OSError: on_database_error,
    TimeoutError: on_database_error,
    Exception: on_database_error,  # driver errors SQLAlchemy did not wrap; the rest go to on_unexpected
}
