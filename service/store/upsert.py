"""INSERT ... ON CONFLICT DO NOTHING for both dialects.

Uniqueness races (two requests naming the same new speaker, two posts of one article) are settled
by the database's unique constraints: the loser's insert does nothing and it reads the winner's row.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite

from service.store.db import Db, dialect_name

_BUILT: dict[tuple[str, Any], Any] = {}


def insert_ignore(db: Db, table: Any) -> Any:
    """An insert into `table` (ORM class or Table) that silently skips rows violating any unique
    constraint. Built once per dialect and table: the statement is immutable, and constructing it
    on every call showed in the per-article profile of POST /v1/articles.
    """
    dialect = dialect_name(db)
    built = _BUILT.get((dialect, table))
    if built is None:
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        built = _BUILT[(dialect, table)] = insert(table).on_conflict_do_nothing()
    return built
