"""Throw-away benchmark databases: `qt_bench_<random>` on PostgreSQL, a temp file for SQLite.

Other engineers run tests and benchmarks on the same PostgreSQL concurrently, so a benchmark never
touches a shared database: it creates its own, migrates it, and drops it on the way out.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from service.store.migrate import upgrade_sync

ADMIN_ENV = "QUOTETRAIL_BENCH_DATABASE_URL"
DEFAULT_ADMIN = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"


def admin_url() -> str:
    return os.environ.get(ADMIN_ENV) or os.environ.get("QUOTETRAIL_TEST_DATABASE_URL") or DEFAULT_ADMIN


async def _admin(url: str, statement: str) -> None:
    engine = create_async_engine(url, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as conn:
            await conn.execute(text(statement))
    finally:
        await engine.dispose()


@contextmanager
def bench_database(backend: str, migrate: bool = True) -> Iterator[str]:
    """URL of a fresh, migrated database on `backend` ("sqlite" or "postgres"), dropped after."""
    if backend == "sqlite":
        with tempfile.TemporaryDirectory(prefix="qt_bench_") as tmp:
            url = f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}"
            if migrate:
                upgrade_sync(url)
            yield url
        return
    admin = admin_url()
    name = f"qt_bench_{secrets.token_hex(6)}"
    # the name is ours (hex); identifiers cannot be bound parameters
    asyncio.run(_admin(admin, f'CREATE DATABASE "{name}"'))
    url = make_url(admin).set(database=name).render_as_string(hide_password=False)
    try:
        if migrate:
            upgrade_sync(url)
        yield url
    finally:
        asyncio.run(_admin(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def load_note() -> str:
    one, five, _ = os.getloadavg()
    return f"{os.cpu_count()} cores, load average {one:.1f} (1 min) / {five:.1f} (5 min) at the time"


def postgres_cpu_seconds() -> float:
    """CPU seconds the local PostgreSQL server has used so far (all its processes; Linux /proc).

    Backends exit when their connection closes, and their time then shows only in the
    postmaster's counters of reaped children, so those are added: a difference of two readings is
    the server's CPU over a run, whichever connections came and went. Other users of the same
    server count too, so read it on a quiet server. 0.0 where /proc or the server is not visible.
    """
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            raw = stat.read_text()
        except OSError:  # the process ended while we looked
            continue
        name = raw[raw.find("(") + 1 : raw.rfind(")")]
        if name != "postgres" and not name.startswith("postgres:"):
            continue
        fields = raw.rpartition(")")[2].split()
        # fields[0] is the state (stat field 3): utime, stime, cutime, cstime are fields 14-17
        total += sum(int(f) for f in fields[11:15])
    return total / tick
