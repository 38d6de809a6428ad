"""Table-level reads and writes for export/import, over every table the models define.

Generic over `Base.metadata.sorted_tables` (parents before children) so a table added by a later
migration is exported and imported without touching this module. Everything is SQLAlchemy Core
expressions: no SQL text is assembled from table names.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import Any

from sqlalchemy import Column, Table, func, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from models.tables import Base

BATCH = 1000


def tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def self_references(table: Table) -> list[Column[Any]]:
    """Columns pointing at their own table (entities.merged_into_id): such a row may point at a
    later row, so on import they are written NULL first and filled in once the table is loaded."""
    return [fk.parent for fk in table.foreign_keys if fk.column.table is table]


async def stream_rows(conn: AsyncConnection, table: Table) -> AsyncIterator[dict[str, Any]]:
    """Rows in primary-key order, so two exports of the same data are byte-identical."""
    query = select(table).order_by(*table.primary_key.columns).execution_options(yield_per=BATCH)
    result = await conn.stream(query)
    async for row in result.mappings():
        yield dict(row)


async def non_empty_tables(conn: AsyncConnection) -> list[str]:
    found = []
    for table in tables():
        if await conn.scalar(select(select(table).limit(1).exists())):
            found.append(table.name)
    return found


async def insert_rows(conn: AsyncConnection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        await conn.execute(table.insert(), list(rows))


async def restore_self_references(
    conn: AsyncConnection, table: Table, pending: Sequence[tuple[Any, dict[str, Any]]]
) -> None:
    """`pending`: (primary key value, {column: value}) for the self-references held back (only
    tables with a one-column key refer to themselves; others never have any pending)."""
    if not pending:
        return
    (pk,) = table.primary_key.columns
    for key, values in pending:
        await conn.execute(update(table).where(pk == key).values(values))


async def reset_sequences(conn: AsyncConnection) -> None:
    """PostgreSQL: move each id sequence past the imported ids so new rows do not collide.
    (SQLite's INTEGER PRIMARY KEY already continues from the largest id.)"""
    if conn.dialect.name != "postgresql":
        return
    for table in tables():
        pk = list(table.primary_key.columns)
        if len(pk) != 1:
            continue
        next_id = select(func.coalesce(func.max(pk[0]), 0) + 1).scalar_subquery()
        sequence = func.pg_get_serial_sequence(table.name, pk[0].name)
        await conn.execute(select(func.setval(sequence, next_id, False)).where(sequence.is_not(None)))
