"""Append many rows to a table inside the writer's transaction: COPY on PostgreSQL, executemany elsewhere.

Why: a backfill batch writes ~80,000 quote_keys rows and ~10,000 quotes and chain links; through
SQLAlchemy's executemany every value is processed in Python, while asyncpg's binary COPY streams
them. Only for rows that cannot conflict (fresh ids, reserved by `ids.reserve`); inserts that rely
on ON CONFLICT keep going through SQLAlchemy.

Below `COPY_MIN_ROWS` rows (one API article writes ~10 quotes, ~100 keys) PostgreSQL gets one
`INSERT ... SELECT FROM unnest(arrays)` instead: COPY's per-call setup (a column-type introspection
round trip) outweighs what it saves on a handful of rows, and an INSERT is what the SQLAlchemy cursor
events see (the fault-injection tests in tests/reliability fail the request at each table's INSERT).
Why unnest rather than SQLAlchemy's executemany: that renders a multi-row VALUES whose text changes
with the row count, so asyncpg parsed and planned a new statement for nearly every article (8.7 ms
of a POST went to the quote_keys INSERT); the unnest text is fixed per table, prepared once.

`append_tables` writes several tables at once: on PostgreSQL, when every table's rows are below
`COPY_MIN_ROWS`, as one statement whose other inserts are data-modifying CTEs. A POST's quotes,
chain links, cluster keys and new clusters were four round trips of its ~14, each paying the
network's latency while the group transaction holds its locks (on loopback the POST rate did not
move: the path is CPU-bound there; 11 -> 8 statements per article). Foreign keys still hold:
PostgreSQL checks them when the whole statement ends, so a CTE's quotes may point at another
CTE's new clusters.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, bindparam, cast, func, insert, select
from sqlalchemy.dialects import postgresql

from service.store.db import Db, connection_of, dialect_name

COPY_MIN_ROWS = 500


async def append_rows(db: Db, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    if dialect_name(db) != "postgresql":
        await db.execute(insert(table), list(rows))
        return
    columns = list(rows[0])
    if len(rows) < COPY_MIN_ROWS:
        statement = _unnest_insert(table, tuple(columns))
        await db.execute(statement, _arrays("c", columns, rows))
        return
    conn = await connection_of(db)  # the transaction's connection: COPY joins the transaction
    raw = await conn.get_raw_connection()
    driver: Any = raw.driver_connection
    row_of = itemgetter(*columns) if len(columns) > 1 else (lambda r: (r[columns[0]],))
    await driver.copy_records_to_table(table.name, records=list(map(row_of, rows)), columns=columns)


async def append_tables(
    db: Db, parts: Sequence[tuple[Table, Sequence[dict[str, Any]]]]
) -> None:
    """`append_rows` for each (table, rows) in order; one statement for all on PostgreSQL when
    each table's rows are few (see the module's docstring)."""
    parts = [(table, rows) for table, rows in parts if rows]
    small = all(len(rows) < COPY_MIN_ROWS for _, rows in parts)
    if len(parts) < 2 or not small or dialect_name(db) != "postgresql":
        for table, rows in parts:
            await append_rows(db, table, rows)
        return
    shape = tuple((table, tuple(rows[0])) for table, rows in parts)
    statement = _combined_insert(shape)
    params: dict[str, list[Any]] = {}
    for table, rows in parts:
        params.update(_arrays(f"{table.name}_", list(rows[0]), rows))
    await db.execute(statement, params)


def _arrays(prefix: str, columns: Sequence[str], rows: Sequence[dict[str, Any]]) -> dict[str, list[Any]]:
    return {f"{prefix}{i}": [r[c] for r in rows] for i, c in enumerate(columns)}


_UNNEST: dict[tuple[str, tuple[str, ...], str], Any] = {}


def _unnest_insert(table: Table, columns: tuple[str, ...], prefix: str = "c") -> Any:
    """INSERT INTO table (columns) SELECT * FROM unnest(CAST(:c0 AS type[]), ...), built once."""
    built = _UNNEST.get((table.name, columns, prefix))
    if built is None:
        arrays = [
            cast(bindparam(f"{prefix}{i}"), postgresql.ARRAY(table.c[c].type)) for i, c in enumerate(columns)
        ]
        rows = func.unnest(*arrays).table_valued(*columns).render_derived("r")
        built = insert(table).from_select(list(columns), select(*(rows.c[c] for c in columns)))
        _UNNEST[(table.name, columns, prefix)] = built
    return built


_COMBINED: dict[tuple[tuple[Table, tuple[str, ...]], ...], Any] = {}


def _combined_insert(shape: tuple[tuple[Table, tuple[str, ...]], ...]) -> Any:
    """The last table's unnest INSERT with the others' as CTEs before it, built once per shape."""
    built = _COMBINED.get(shape)
    if built is None:
        *ctes, last = [_unnest_insert(table, columns, f"{table.name}_") for table, columns in shape]
        names = [f"w_{table.name}" for table, _ in shape[:-1]]
        built = last.add_cte(*(ins.cte(name) for ins, name in zip(ctes, names, strict=True)))
        _COMBINED[shape] = built
    return built
