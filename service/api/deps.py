"""Dependencies injected into handlers: a database session per request, and the settings."""

from __future__ import annotations

from collections.abc import AsyncGenerator

from litestar.datastructures import State
from litestar.di import NamedDependency
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from service.articles import Extractor
from service.settings import Settings


async def provide_session(state: State) -> AsyncGenerator[AsyncSession, None]:
    """One session per request; closing it rolls back anything a failed request left uncommitted."""
    maker: async_sessionmaker[AsyncSession] = state.sessionmaker
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
