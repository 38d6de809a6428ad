"""One place that knows how to open each database so the rest of the store is dialect-blind.

SQLite needs three adjustments to behave like a server database under concurrent requests:
foreign keys on (for ON DELETE CASCADE), WAL + a busy timeout (readers do not block the writer),
and BEGIN IMMEDIATE so two writers queue on the lock instead of one failing with "database is
locked" when it upgrades a read transaction to a write. A read must not take that lock: it would
queue behind every write and every other read (GET p99 of 0.2-0.9 s at 8 connections with p50 at
5 ms, session 8), so the read paths open `read_connection`s and GET requests get a session on
`read_only(engine)`: a plain BEGIN, i.e. WAL's snapshot reads that never wait for a writer.

PostgreSQL connections are checked for liveness without a round trip: asyncpg notices a closed
socket by itself (the server restarted, an idle connection was killed), and the pool's checkout
hook turns such a connection into a fresh one. `pool_pre_ping` did the same with a `SELECT 1` per
checkout, i.e. one extra round trip on every request. A connection that dies between checkout and
its first statement still fails that one request (503, see observability/db_faults), and the
disconnect invalidates the whole pool, so every other stale connection is replaced too.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

SQLITE_BUSY_TIMEOUT_MS = 30_000
DEFERRED_READ = "quotetrail_deferred_read"
"""Execution option: on SQLite, begin this connection's transaction with a plain (deferred) BEGIN,
for a read that must not take the write lock. Set by `read_only` and `read_connection` below (GET
sessions, the direct read paths) and by `articles_repo.find_existing_unlocked` (POST's duplicate
check, on the POST's own session)."""
POOL_SIZE = 20
"""PostgreSQL connections each worker keeps open (opened on demand, kept once opened)."""
POOL_OVERFLOW = 20
"""Extra connections a worker may open under a burst; closed when returned."""
SERVER_SETTINGS = {"jit": "off"}
"""Session settings of every PostgreSQL connection. JIT compilation pays off on long analytic
queries; ours take a millisecond, and a row estimate of 100 per unnest() pushed the candidate
query of a POST over `jit_above_cost`: 24 ms of compiling for a 1 ms query."""


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def create_engine(url: str, **kwargs: Any) -> AsyncEngine:
    if not is_sqlite(url):
        # an hour: connections do not live forever behind proxies/PgBouncer that cut idle ones
        kwargs.setdefault("pool_recycle", 3600)
        # Keep as many connections as a worker has requests in flight: an overflow connection is
        # closed when returned, so a pool smaller than the usual concurrency reconnects (TCP, TLS
        # attempt, auth) on most requests; py-spy put 12 % of a lookup worker in asyncpg.connect
        # with the default 5 + 10 at 16 connections per worker.
        kwargs.setdefault("pool_size", POOL_SIZE)
        kwargs.setdefault("max_overflow", POOL_OVERFLOW)
        if make_url(url).get_driver_name() == "asyncpg":  # merged into the caller's connect_args
            connect_args = dict(kwargs.get("connect_args") or {})
            connect_args["server_settings"] = {**SERVER_SETTINGS, **connect_args.get("server_settings", {})}
            kwargs["connect_args"] = connect_args
        engine = create_async_engine(url, **kwargs)
        if not kwargs.get("pool_pre_ping"):
            event.listen(engine.sync_engine, "checkout", _drop_closed)
        return engine
    kwargs.setdefault("connect_args", {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
    engine = create_async_engine(url, **kwargs)
    event.listen(engine.sync_engine, "connect", _sqlite_on_connect)
    event.listen(engine.sync_engine, "begin", _sqlite_on_begin)
    return engine


def _drop_closed(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
    """Pool checkout: a connection asyncpg already knows to be closed is replaced (the pool retries
    with a new one) instead of failing the request that drew it. No round trip."""
    driver = getattr(dbapi_connection, "driver_connection", None)
    is_closed = getattr(driver, "is_closed", None)
    if is_closed is not None and is_closed():
        raise sa_exc.DisconnectionError("connection closed by the server")


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # hand transaction control to us (the driver's implicit BEGIN is deferred)
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS:d}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_on_begin(conn: Any) -> None:
    if conn.get_execution_options().get(DEFERRED_READ):
        conn.exec_driver_sql("BEGIN")
        return
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def read_only(engine: AsyncEngine) -> AsyncEngine:
    """The engine (same pool) for transactions that only read: on SQLite they begin deferred, so
    they take no write lock; elsewhere nothing changes."""
    return engine.execution_options(**{DEFERRED_READ: True})


@asynccontextmanager
async def read_connection(engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    """`engine.connect()` for reads only (see `read_only`)."""
    async with engine.connect() as conn:
        await conn.execution_options(**{DEFERRED_READ: True})
        yield conn


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)
