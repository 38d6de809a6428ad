"""Append many rows to a table inside the session's transaction: COPY on PostgreSQL, executemany elsewhere.

Why: a backfill batch writes ~80,000 quote_keys rows and ~10,000 quotes and chain links; through
SQLAlchemy's executemany every value is processed in Python, while asyncpg's binary COPY streams
them. Only for rows that cannot conflict (fresh ids, reserved by `ids.reserve`); inserts that rely
on ON CONFLICT keep going through SQLAlchemy.

Below `COPY_MIN_ROWS` rows (one API article writes ~10 quotes, ~100 keys) an executemany is used on
PostgreSQL too: COPY's per-call setup (a column-type introspection round trip) outweighs what it
saves on a handful of rows, and an executemany is an INSERT the SQLAlchemy cursor events see (the
fault-injection tests in tests/reliability fail the request at each table's INSERT).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.ext.asyncio import AsyncSession

COPY_MIN_ROWS = 500


async def append_rows(session: AsyncSession, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    if len(rows) < COPY_MIN_ROWS or session.get_bind().dialect.name != "postgresql":
        await session.execute(insert(table), list(rows))
        return
    columns = list(rows[0])
    conn = await session.connection()  # the transaction's connection: COPY joins the transaction
    raw = await conn.get_raw_connection()
    driver: Any = raw.driver_connection
    await driver.copy_records_to_table(
        table.name, records=[tuple(r[c] for c in columns) for r in rows], columns=columns
    )
