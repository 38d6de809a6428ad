"""INSERT ... ON CONFLICT DO NOTHING for both dialects.

Uniqueness races (two requests naming the same new speaker, two posts of one article) are settled
by the database's unique constraints: the loser's insert does nothing and it reads the winner's row.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession


def insert_ignore(session: AsyncSession, table: Any) -> Any:
    """An insert into `table` (ORM class) that silently skips rows violating any unique constraint."""
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    return sqlite.insert(table).on_conflict_do_nothing()
