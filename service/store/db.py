"""What the write path runs its statements on: a session, or a bare connection in a transaction.

Why both: the group writer and the backfill writer only run Core statements, and through an
`AsyncSession` each one paid the ORM session's dispatch on top of the connection's (0.23 against
0.16 ms of client CPU per statement, measured on asyncpg), ~10 statements per POST. Code that
serves both takes a `Db` and asks it its dialect here.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

Db = AsyncSession | AsyncConnection


def dialect_name(db: Db) -> str:
    return db.dialect.name if isinstance(db, AsyncConnection) else db.get_bind().dialect.name


async def connection_of(db: Db) -> AsyncConnection:
    """The connection the transaction runs on (COPY must join it)."""
    return db if isinstance(db, AsyncConnection) else await db.connection()
