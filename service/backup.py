"""Whole-store export and import as JSON Lines: back up, restore, move between SQLite and PostgreSQL.

File layout, one JSON object per line:

    {"format": "quotetrail-export", "version": 1, "schema_revision": "0002", "tables": [...]}
    {"table": "articles", "row": {"id": 1, ...}}          # every row, tables parents-first,
    ...                                                   # rows in primary-key order
    {"end": true, "rows": {"articles": 12, ...}}          # counts: a truncated file is refused

Ids are kept, so clusters, merges, aliases and every link survive exactly, and exporting an
imported store gives the same bytes. Times are written as UTC with microseconds
(`2026-01-02T03:04:05.000000Z`) whatever the backend returned (SQLite gives naive UTC).

Import refuses a store that already holds data, and one at another schema revision: merging two
stores would renumber ids, which is exactly what a provenance backup must not do silently.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import IO, Any

import msgspec
from sqlalchemy import DateTime, Table
from sqlalchemy.ext.asyncio import AsyncEngine

from service.store import backup_repo
from service.store.migrate import current_revision

FORMAT = "quotetrail-export"
VERSION = 1
_TIME = "%Y-%m-%dT%H:%M:%S.%fZ"


class ImportRefused(Exception):
    """The file or the target store is not fit for import; the message says why and what to do."""


class Header(msgspec.Struct, kw_only=True):
    format: str
    version: int
    schema_revision: str | None
    tables: list[str]


class RowLine(msgspec.Struct, kw_only=True):
    table: str
    row: dict[str, Any]


class EndLine(msgspec.Struct, kw_only=True):
    end: bool
    rows: dict[str, int]


def _encode_value(value: Any) -> Any:
    if isinstance(value, datetime):
        aware = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return aware.strftime(_TIME)
    return value


def _decode_row(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    unknown = set(row) - set(table.c.keys())
    if unknown:
        raise ImportRefused(f"{table.name}: unknown columns {sorted(unknown)}")
    out = dict(row)
    for column in table.c:
        value = out.get(column.name)
        if isinstance(column.type, DateTime) and isinstance(value, str):
            try:
                out[column.name] = datetime.strptime(value, _TIME).replace(tzinfo=UTC)
            except ValueError:
                raise ImportRefused(f"{table.name}.{column.name}: bad time {value!r}") from None
    return out


def _line(obj: Any) -> bytes:
    return msgspec.json.encode(obj) + b"\n"


async def export(engine: AsyncEngine, out: IO[bytes]) -> dict[str, int]:
    """Write the whole store to `out`; returns rows written per table. One transaction (a
    consistent snapshot on PostgreSQL with REPEATABLE READ), streamed in batches."""
    revision = await current_revision(engine)
    tables = backup_repo.tables()
    counts = {str(t.name): 0 for t in tables}
    out.write(_line(Header(format=FORMAT, version=VERSION, schema_revision=revision, tables=list(counts))))
    options = {"isolation_level": "REPEATABLE READ"} if engine.dialect.name == "postgresql" else {}
    async with engine.connect() as conn:
        await conn.execution_options(**options)
        async with conn.begin():
            for table in tables:
                async for row in backup_repo.stream_rows(conn, table):
                    encoded = {str(k): _encode_value(v) for k, v in row.items()}
                    out.write(_line({"table": str(table.name), "row": encoded}))
                    counts[table.name] += 1
    out.write(_line(EndLine(end=True, rows=counts)))
    return counts


def _parse(lines: Iterable[bytes]) -> Iterator[Header | RowLine | EndLine]:
    decoder_header = msgspec.json.Decoder(Header)
    decoder_row = msgspec.json.Decoder(RowLine)
    decoder_end = msgspec.json.Decoder(EndLine)
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            if number == 1:
                yield decoder_header.decode(raw)
            elif raw.startswith(b'{"end"'):
                yield decoder_end.decode(raw)
            else:
                yield decoder_row.decode(raw)
        except msgspec.DecodeError as exc:
            raise ImportRefused(f"line {number}: not a quotetrail export line ({exc})") from None


async def import_(engine: AsyncEngine, lines: Iterable[bytes]) -> dict[str, int]:
    """Load an export into an empty, migrated store in one transaction: all or nothing."""
    parsed = _parse(lines)
    header = next(parsed, None)
    if not isinstance(header, Header) or header.format != FORMAT:
        raise ImportRefused("not a quotetrail export (first line is not its header)")
    if header.version != VERSION:
        raise ImportRefused(f"export format version {header.version}; this quotetrail reads {VERSION}")
    revision = await current_revision(engine)
    if header.schema_revision != revision:
        raise ImportRefused(
            f"the export is at schema revision {header.schema_revision}, this store at {revision}: "
            "import into a store at the export's revision (quotetrail db upgrade REV), then upgrade"
        )
    by_name = {t.name: t for t in backup_repo.tables()}
    order = [str(t.name) for t in backup_repo.tables()]
    counts = {name: 0 for name in order}
    async with engine.begin() as conn:
        busy = await backup_repo.non_empty_tables(conn)
        if busy:
            raise ImportRefused(
                f"the target store is not empty (rows in {', '.join(busy)}); import only into a new database"
            )
        current: Table | None = None
        batch: list[dict[str, Any]] = []
        held: list[tuple[Any, dict[str, Any]]] = []
        end: EndLine | None = None
        self_refs: list[str] = []

        async def finish_table() -> None:
            if current is not None:
                await backup_repo.insert_rows(conn, current, batch)
                await backup_repo.restore_self_references(conn, current, held)
                batch.clear()
                held.clear()

        for item in parsed:
            if end is not None:
                raise ImportRefused("data after the end line")
            if isinstance(item, EndLine):
                end = item
                continue
            if not isinstance(item, RowLine):
                raise ImportRefused("a second header inside the file")
            if current is None or item.table != current.name:
                table = by_name.get(item.table)
                if table is None:
                    raise ImportRefused(f"unknown table {item.table!r}")
                if current is not None and order.index(table.name) <= order.index(current.name):
                    raise ImportRefused(f"table {table.name} out of order (parents must come first)")
                await finish_table()
                current = table
                self_refs = [c.name for c in backup_repo.self_references(table)]
            row = _decode_row(current, item.row)
            deferred = {name: row[name] for name in self_refs if row.get(name) is not None}
            if deferred:
                (pk,) = current.primary_key.columns
                held.append((row[pk.name], deferred))
                row.update(dict.fromkeys(deferred))
            batch.append(row)
            counts[current.name] += 1
            if len(batch) >= backup_repo.BATCH:
                await backup_repo.insert_rows(conn, current, batch)
                batch.clear()
        await finish_table()
        if end is None:
            raise ImportRefused("the file ends without its end line: truncated? nothing was imported")
        expected = {name: end.rows.get(name, 0) for name in order}
        if expected != counts:
            raise ImportRefused(f"row counts differ from the end line: read {counts}, expected {expected}")
        await backup_repo.reset_sequences(conn)
    return counts
