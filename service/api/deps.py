"""Dependencies injected into handlers: a database session per request, and the settings."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import Any

from litestar import Request
from litestar.datastructures import State
from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from service.articles import Extractor
from service.settings import Settings

_READS = frozenset({"GET", "HEAD"})


async def provide_session(
    state: State, request: Request[Any, Any, Any]
) -> AsyncGenerator[AsyncSession, None]:
    """One session per request; closing it rolls back anything a failed request left uncommitted.

    GET and HEAD only read: their session's transactions take no write lock on SQLite
    (`service.store.engine.read_only`), so they never queue behind an ingest.
    """
    maker: async_sessionmaker[AsyncSession] = (
        state.read_sessionmaker if request.method in _READS else state.sessionmaker
    )
    async with maker() as session:
        yield session


def provide_settings(state: State) -> Settings:
    settings: Settings = state.settings
    return settings


def provide_extractor(state: State) -> Extractor:
    extractor: Extractor = state.extractor
    return extractor


# explicit markers: litestar 3 drops inference of dependencies from parameter names
DbSession = NamedDependency[AsyncSession]
SettingsDep = NamedDependency[Settings]
ExtractorDep = NamedDependency[Extractor]
