"""Liveness and readiness probes."""

from __future__ import annotations

from typing import Any

from litestar import Request, Response, get
from litestar.datastructures import State
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from models.schemas import Health, Readiness
from service.api.problems import problem_response
from service.store.migrate import current_revision


@get("/health", tags=["ops"], summary="Liveness: the process answers")
async def health() -> Health:
    return Health(status="ok")


@get("/ready", tags=["ops"], summary="Readiness: the database answers")
async def ready(request: Request[Any, Any, Any], state: State) -> Response[Any]:
    engine: AsyncEngine = state.engine
    try:
        async with engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
        revision = await current_revision(engine)
    except Exception as exc:  # any failure to reach the database means "not ready"
        return problem_response(
            request,
            status=503,
            slug="not-ready",
            title="Service unavailable",
            detail=f"database unreachable: {type(exc).__name__}",
        )
    return Response(Readiness(status="ok", database=engine.dialect.name, schema_revision=revision))
