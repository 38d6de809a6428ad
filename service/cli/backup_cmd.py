"""`quotetrail export [FILE]` and `quotetrail import FILE`: the whole store as JSON Lines.

The database is the one the service uses (QUOTETRAIL_DATABASE_URL) unless --database-url says
otherwise, so moving from SQLite to PostgreSQL is: export with one URL, import with the other.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

from service.settings import Settings, SettingsError


def register(sub: Any) -> None:
    exp = sub.add_parser("export", help="write the whole store as JSON Lines (default: stdout)")
    exp.add_argument("file", nargs="?", default="-", help="output file, '-' for stdout (default)")
    exp.add_argument("--database-url", help="database to read (default: QUOTETRAIL_DATABASE_URL)")
    exp.set_defaults(func=run_export)

    imp = sub.add_parser("import", help="load an export into an empty store (refuses a non-empty one)")
    imp.add_argument("file", help="export file, '-' for stdin")
    imp.add_argument("--database-url", help="database to fill (default: QUOTETRAIL_DATABASE_URL)")
    imp.set_defaults(func=run_import)


def _database_url(args: argparse.Namespace) -> str:
    if args.database_url:
        return str(args.database_url)
    try:
        return Settings.from_env().database_url
    except SettingsError as exc:
        raise SystemExit(f"quotetrail: {exc}") from None


@contextmanager
def _open(path: str, mode: str, std: IO[bytes]) -> Iterator[IO[bytes]]:
    if path == "-":
        yield std
        return
    with open(path, mode) as f:
        yield f


def _summary(counts: dict[str, int]) -> str:
    return ", ".join(f"{name} {n}" for name, n in counts.items())


def run_export(args: argparse.Namespace) -> int:
    from service.backup import export
    from service.store.engine import create_engine

    async def go(out: IO[bytes]) -> dict[str, int]:
        engine = create_engine(_database_url(args))
        try:
            return await export(engine, out)
        finally:
            await engine.dispose()

    with _open(args.file, "wb", sys.stdout.buffer) as out:
        counts = asyncio.run(go(out))
        out.flush()
    print(f"exported: {_summary(counts)}", file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from service.backup import ImportRefused, import_
    from service.store import migrate
    from service.store.engine import create_engine

    async def go(lines: IO[bytes]) -> dict[str, int]:
        engine = create_engine(_database_url(args))
        try:
            await migrate.upgrade(engine)  # a brand-new database is fine: give it the schema first
            return await import_(engine, lines)
        finally:
            await engine.dispose()

    try:
        with _open(args.file, "rb", sys.stdin.buffer) as lines:
            counts = asyncio.run(go(lines))
    except ImportRefused as exc:
        print(f"quotetrail import: refused: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"quotetrail import: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    print(f"imported: {_summary(counts)}", file=sys.stderr)
    return 0
