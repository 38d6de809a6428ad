"""Alembic environment: runs on a connection we hand in, or opens one from the configured URL.

Handing in a connection lets the app migrate on start-up inside its own event loop and engine
(with the SQLite pragmas applied) instead of Alembic creating a second, differently-tuned engine.
"""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy import text
from sqlalchemy.engine import Connection

from models.tables import Base
from service.store.engine import create_engine

# one arbitrary 64-bit number; PostgreSQL serialises concurrent upgraders (several workers) on it
_PG_MIGRATION_LOCK = 7_245_118_301

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        compare_type=True,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
        context.run_migrations()


async def _run_from_url(url: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            await conn.run_sync(_run)
            await conn.commit()
    finally:
        await engine.dispose()


if context.is_offline_mode():
    context.configure(
        url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata, literal_binds=True
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    given = config.attributes.get("connection")
    if given is not None:
        _run(given)
    else:
        asyncio.run(_run_from_url(config.get_main_option("sqlalchemy.url") or ""))
