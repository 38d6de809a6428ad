"""`quotetrail serve`, `quotetrail seed [DIR]`, `quotetrail db upgrade|current|compact`.

Seeding goes through `service.articles.ingest`, the same function POST /v1/articles uses, so seeded
data is deduplicated, clustered and validated exactly like posted data.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path
from typing import Any

import msgspec

from service.settings import Settings, SettingsError


def register(sub: Any) -> None:
    serve = sub.add_parser("serve", help="run the HTTP API (uvicorn)")
    serve.add_argument("--host", help="bind address (default: QUOTETRAIL_HOST or 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default: QUOTETRAIL_PORT or 8000)")
    serve.add_argument("--workers", type=int, help="worker processes (default: QUOTETRAIL_WORKERS or 1)")
    serve.add_argument("--seed", nargs="?", const="seeds", metavar="DIR",
                       help="load DIR/*.json (default DIR: seeds) before serving")
    serve.set_defaults(func=run_serve)

    seed = sub.add_parser("seed", help="load article JSON files into the configured database")
    seed.add_argument("dir", nargs="?", default="seeds", help="directory of *.json articles (default: seeds)")
    seed.set_defaults(func=run_seed)

    db = sub.add_parser("db", help="database schema management")
    db_sub = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    up = db_sub.add_parser("upgrade", help="migrate the configured database (default: to head)")
    up.add_argument("revision", nargs="?", default="head")
    up.set_defaults(func=run_db_upgrade)
    cur = db_sub.add_parser("current", help="print the database's schema revision")
    cur.set_defaults(func=run_db_current)
    comp = db_sub.add_parser("compact", help="drop provenance-document invalidation entries every reader "
                             "has seen (PostgreSQL; run it periodically, e.g. hourly from cron)")
    comp.set_defaults(func=run_db_compact)


def _settings() -> Settings:
    try:
        return Settings.from_env()
    except SettingsError as exc:
        raise SystemExit(f"quotetrail: {exc}") from None


def run_db_upgrade(args: argparse.Namespace) -> int:
    from service.store.migrate import upgrade_sync

    upgrade_sync(_settings().database_url, args.revision)
    print(f"database at {args.revision}")
    return 0


def run_db_current(args: argparse.Namespace) -> int:
    from service.store.engine import create_engine
    from service.store.migrate import current_revision

    async def current() -> str | None:
        engine = create_engine(_settings().database_url)
        try:
            return await current_revision(engine)
        finally:
            await engine.dispose()

    print(asyncio.run(current()) or "(empty database)")
    return 0


def run_db_compact(args: argparse.Namespace) -> int:
    """The provenance-document log gains ~2 rows per cluster per write and only this trims it; it
    is safe beside live traffic (documents that had not seen a dropped entry are dropped too)."""
    from service.store.engine import create_engine
    from service.store.provenance_repo import compact_dirty_log

    async def compact() -> int:
        engine = create_engine(_settings().database_url)
        try:
            return await compact_dirty_log(engine)
        finally:
            await engine.dispose()

    print(f"provenance log entries left: {asyncio.run(compact())}")
    return 0


class SeedReport(msgspec.Struct, kw_only=True):
    stored: int = 0
    already: int = 0
    failed: int = 0


def _records(path: Path) -> list[Any]:
    data = msgspec.json.decode(path.read_bytes())
    return data if isinstance(data, list) else [data]


async def seed_dir(settings: Settings, directory: Path) -> SeedReport:
    """Load every *.json in `directory` (an article object, or a list of them), in name order."""
    from models.schemas import ArticleIn
    from service import articles
    from service.engine_setup import configured_extractor
    from service.errors import ServiceError
    from service.store import migrate
    from service.store.engine import create_engine, create_sessionmaker

    report = SeedReport()
    engine = create_engine(settings.database_url)
    try:
        if settings.auto_migrate:
            await migrate.upgrade(engine)
        maker = create_sessionmaker(engine)
        extractor = configured_extractor(settings.media_lexicon)
        for path in sorted(directory.glob("*.json")):
            try:
                records = _records(path)
            except (OSError, msgspec.DecodeError) as exc:
                print(f"{path}: not readable JSON: {exc}", file=sys.stderr)
                report.failed += 1
                continue
            for n, record in enumerate(records, 1):
                try:
                    article = msgspec.convert(record, ArticleIn)
                    async with maker() as session:
                        _, created = await articles.ingest(
                            session, article, settings.max_text_bytes, extractor
                        )
                except (msgspec.ValidationError, ServiceError) as exc:
                    print(f"{path} #{n}: {exc}", file=sys.stderr)
                    report.failed += 1
                    continue
                if created:
                    report.stored += 1
                else:
                    report.already += 1
    finally:
        await engine.dispose()
    return report


def run_seed(args: argparse.Namespace) -> int:
    directory = Path(args.dir)
    if not directory.is_dir():
        print(f"quotetrail seed: {directory} is not a directory", file=sys.stderr)
        return 2
    report = asyncio.run(seed_dir(_settings(), directory))
    print(f"seeded {directory}: {report.stored} stored, {report.already} already present, "
          f"{report.failed} failed")
    return 1 if report.failed else 0


def run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from service import serving
    from service.store.migrate import upgrade_sync

    settings = _settings()
    if settings.auto_migrate:  # once here, so several workers do not all start by migrating
        upgrade_sync(settings.database_url)
        # workers (and --seed) build their settings from the environment: tell them it is done
        os.environ["QUOTETRAIL_AUTO_MIGRATE"] = "false"
    if args.seed is not None:
        status = run_seed(argparse.Namespace(dir=args.seed))
        if status == 2:
            return status
    host = args.host or settings.host
    port = settings.port if args.port is None else args.port
    workers = args.workers or settings.workers
    if workers > 1 and serving.balanced_workers_supported():
        # a socket per worker, so the kernel spreads connections over them (see service/serving.py)
        return serving.serve(host, port, workers)
    uvicorn.run(serving.APP, factory=True, host=host, port=port, workers=workers,
                # the app writes its own JSON access line per request (request id, key id, route
                # template); uvicorn's plain-text one would double every line and cost CPU
                access_log=False)
    return 0
