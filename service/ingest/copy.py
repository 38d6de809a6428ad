"""Append many rows to a table inside the session's transaction: COPY on PostgreSQL, executemany elsewhere.

Why: a backfill batch writes ~80,000 quote_keys rows and ~10,000 quotes and chain links; through
SQLAlchemy's executemany every value is processed in Python, while asyncpg's binary COPY streams
them. Only for rows that cannot conflict (fresh ids, reserved by `ids.reserve`); inserts that rely
on ON CONFLICT keep going through SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.ext.asyncio import AsyncSession


async def append_rows(session: AsyncSession, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    if session.get_bind().dialect.name != "postgresql":
        await session.execute(insert(table), list(rows))
        return
    columns = list(rows[0])
    conn = await session.connection()  # the transaction's connection: COPY joins the transaction
    raw = await conn.get_raw_connection()
    driver: Any = raw.driver_connection
    await driver.copy_records_to_table(
        table.name, records=[tuple(r[c] for c in columns) for r in rows], columns=columns
    )
