"""Run Alembic programmatically: no alembic.ini to ship or to find relative to the working dir."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from service.store.engine import read_connection

if TYPE_CHECKING:  # alembic costs ~0.9 s to import and only start-up migration needs it
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(url: str | None = None, connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url is not None:
        # '%' is ConfigParser interpolation syntax; URLs with encoded passwords contain it
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def upgrade_sync(url: str, revision: str = "head") -> None:
    """For the CLI: opens its own engine (must not be called from inside a running event loop)."""
    from alembic import command

    command.upgrade(alembic_config(url), revision)


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    """For app start-up: migrate through the app's own engine on the running loop."""
    from alembic import command

    async with engine.connect() as conn:
        await conn.run_sync(lambda sync_conn: command.upgrade(alembic_config(connection=sync_conn), revision))
        await conn.commit()


async def current_revision(engine: AsyncEngine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    async with read_connection(engine) as conn:  # /ready: no write lock on SQLite
        return await conn.run_sync(lambda c: MigrationContext.configure(c).get_current_revision())


def head_revision() -> str:
    """The newest migration on disk: what `/ready` and `db current` report once migrated."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError(f"no migrations in {MIGRATIONS_DIR}")
    return head
