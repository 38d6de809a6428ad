"""Liveness and readiness probes."""

from __future__ import annotations

from litestar import get
from litestar.datastructures import State
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from models.schemas import Health, Readiness
from service.attribution import COMPILED
from service.errors import ServiceError
from service.store.engine import read_connection
from service.store.migrate import current_revision


class NotReady(ServiceError):
    """Raised rather than returned so the handler's return type (and so the spec) is Readiness."""

    status = 503
    title = "Service unavailable"
    slug = "not-ready"


@get("/health", tags=["ops"], summary="Liveness: the process answers", operation_id="health")
async def health() -> Health:
    return Health(status="ok", engine="compiled" if COMPILED else "interpreted")


@get("/ready", tags=["ops"], summary="Readiness: the database answers", operation_id="ready")
async def ready(state: State) -> Readiness:
    engine: AsyncEngine = state.engine
    try:
        async with read_connection(engine) as conn:
            await conn.execute(text("SELECT 1"))
        revision = await current_revision(engine)
    except Exception as exc:  # any failure to reach the database means "not ready"
        raise NotReady(f"database unreachable: {type(exc).__name__}") from exc
    return Readiness(status="ok", database=engine.dialect.name, schema_revision=revision)
