"""Dependencies injected into handlers: a database session per request, and the settings."""

from __future__ import annotations

from collections.abc import AsyncGenerator

from litestar.datastructures import State
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from service.settings import Settings


async def provide_session(state: State) -> AsyncGenerator[AsyncSession, None]:
    """One session per request; closing it rolls back anything a failed request left uncommitted."""
    maker: async_sessionmaker[AsyncSession] = state.sessionmaker
    async with maker() as session:
        yield session


def provide_settings(state: State) -> Settings:
    settings: Settings = state.settings
    return settings
