"""The backfill loop: read a batch, skip what is stored, extract on a process pool, store, checkpoint.

Extraction of batch N+1 runs on the pool while the main process writes batch N, so with W workers
the engine's share of the wall time is divided by W and the database writes overlap it. The pool is
created (forked) before the event loop starts so children inherit no loop and no connections.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text as sql_text
from sqlalchemy.ext.asyncio import AsyncEngine

from service.articles import Extractor, validate
from service.attribution import ArticleMeta, Quote, extract
from service.errors import ServiceError
from service.ingest import checkpoint, source
from service.ingest.batch_store import Derived, Prepared, derive, store_batch, stored_mask
from service.settings import Settings
from service.store import migrate
from service.store.engine import create_engine, create_sessionmaker
from service.store.keys import outlet_key, text_hash

# articles per extraction task: big enough that pickling overhead is small, small enough to balance
TASK_SIZE = 25


@dataclass(slots=True)
class Report:
    read: int = 0
    stored: int = 0
    already: int = 0
    failed: int = 0
    quotes: int = 0
    bytes: int = 0
    position: int = 0
    start_position: int = 0
    batches: int = 0
    seconds: float = 0.0
    analysed: bool = False
    """PostgreSQL: the statistics of the tables written were refreshed at the end (see `_analyse`)."""
    errors: list[str] = field(default_factory=list)
    """The first few failures, `where: why`."""


@dataclass(slots=True)
class _Batch:
    position: int
    todo: list[Prepared]
    futures: list[Future[list[tuple[list[Quote], Derived]]]]


def _extract_chunk(
    extractor: Extractor, chunk: list[tuple[str, ArticleMeta]]
) -> list[tuple[list[Quote], Derived]]:
    """Runs in a worker process (top-level so it pickles): the engine, then what derives from it."""
    out = []
    for text, meta in chunk:
        quotes = extractor(text, meta)
        out.append((quotes, derive(text, quotes)))
    return out


def _meta(p: Prepared) -> ArticleMeta:
    a = p.article
    return ArticleMeta(
        outlet=a.outlet,
        title=a.title,
        url=a.url,
        byline=a.byline,
        published_at=a.published_at,
        language=a.language,
    )


WORKER_NICENESS = 10


def default_cluster_shards(workers: int) -> int:
    """Shard processes for clustering: as many as extraction workers when there are spare cores.

    Measured on 2 shared cores (2,000 x 5 KB, PostgreSQL): shards cut the writer's CPU from 5.8 to
    1.8 ms per article but cost ~1.7 ms per article more in total (hand-off, per-process feature
    caches), and end to end came out the same (77 vs 77 art/s): with no idle core the shorter
    serial path buys nothing. With more cores than 2 the writer is the serial stage to shorten.
    """
    return workers if workers > 1 and (os.cpu_count() or 1) > 2 else 0


def _lower_priority() -> None:
    """Extraction workers yield the CPU to the writer (and the database on the same machine).

    The writer is the one serial stage: measured on 2 cores, 2 workers + writer + PostgreSQL
    left the writer ~2/3 of a core and the end-to-end rate 40% under what the writer does alone.
    Niced workers still use every idle cycle, and extraction runs ahead of the writer anyway.
    """
    with contextlib.suppress(OSError):  # not permitted: run at normal priority
        os.nice(WORKER_NICENESS)


class _Inline(Executor):
    """workers=0: extract in this process (tests, tiny inputs: no fork to pay for)."""

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
        fut: Future[object] = Future()
        fut.set_result(fn(*args, **kwargs))
        return fut


def _batches(records: Iterator[source.Record], size: int) -> Iterator[list[source.Record]]:
    batch: list[source.Record] = []
    for r in records:
        batch.append(r)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run(
    path: Path,
    settings: Settings,
    *,
    batch_size: int = 500,
    workers: int | None = None,
    checkpoint_path: Path | None = None,
    restart: bool = False,
    extractor: Extractor = extract,
    on_batch: Callable[[Report], None] | None = None,
    cluster_shards: int | None = None,
) -> Report:
    """Ingest `path` into `settings.database_url`; `on_batch` sees the report after every commit.

    `workers` extraction processes (0: extract in this process); `cluster_shards` processes that
    decide clusters in parallel (default: `default_cluster_shards`; 0 or 1: in the writer).
    """
    workers = (os.cpu_count() or 1) if workers is None else workers
    if cluster_shards is None:
        cluster_shards = default_cluster_shards(workers)
    fork = multiprocessing.get_context("fork")
    pool: Executor
    if workers > 0:
        pool = ProcessPoolExecutor(workers, mp_context=fork, initializer=_lower_priority)
    else:
        pool = _Inline()
    # one process each, so a speaker's quotes (and their cached features) always meet in one place
    n_shards = cluster_shards if cluster_shards > 1 else 0
    shards = [ProcessPoolExecutor(1, mp_context=fork) for _ in range(n_shards)]
    try:
        # fork now, before the event loop and its threads exist (a pool forks on its first task)
        for executor in [pool, *shards]:
            executor.submit(int).result()
        return asyncio.run(
            _run(path, settings, batch_size, pool, shards, checkpoint_path, restart, extractor, on_batch)
        )
    finally:
        for executor in [pool, *shards]:
            executor.shutdown(wait=True, cancel_futures=True)


async def _run(
    path: Path,
    settings: Settings,
    batch_size: int,
    pool: Executor,
    shards: Sequence[Executor],
    checkpoint_path: Path | None,
    restart: bool,
    extractor: Extractor,
    on_batch: Callable[[Report], None] | None,
) -> Report:
    url = settings.database_url
    ckpt = checkpoint_path or checkpoint.default_path(path)
    start = 0 if restart else checkpoint.load(ckpt, path, url)
    report = Report(position=start, start_position=start)
    t0 = time.perf_counter()
    engine = create_engine(url)
    try:
        if settings.auto_migrate:
            await migrate.upgrade(engine)
        maker = create_sessionmaker(engine)

        async def submit(records: Sequence[source.Record]) -> _Batch:
            prepared = _prepare(records, settings.max_text_bytes, report)
            async with maker() as session:
                mask = await stored_mask(session, prepared)
            todo = [p for p, stored in zip(prepared, mask, strict=True) if not stored]
            report.already += len(prepared) - len(todo)
            futures = [
                pool.submit(
                    _extract_chunk, extractor, [(p.article.text, _meta(p)) for p in todo[i : i + TASK_SIZE]]
                )
                for i in range(0, len(todo), TASK_SIZE)
            ]
            return _Batch(records[-1].position, todo, futures)

        batches = _batches(source.read(path, start), batch_size)
        first = next(batches, None)
        current = await submit(first) if first is not None else None
        while current is not None:
            following = next(batches, None)
            upcoming = await submit(following) if following is not None else None
            found = [q for fut in current.futures for q in await asyncio.wrap_future(fut)]
            for p, (quotes, derived) in zip(current.todo, found, strict=True):
                p.quotes, p.derived = quotes, derived
            async with engine.begin() as conn:  # Core statements only: no ORM session (see store.db)
                stored = await store_batch(conn, current.todo, shards)
            report.stored += stored
            report.already += len(current.todo) - stored
            report.quotes += sum(len(p.quotes) for p in current.todo)
            report.position = current.position
            report.batches += 1
            checkpoint.save(ckpt, path, url, current.position)
            report.seconds = time.perf_counter() - t0
            if on_batch is not None:
                on_batch(report)
            current = upcoming
        if report.stored:
            report.analysed = await _analyse(engine)
    finally:
        await engine.dispose()
    report.seconds = time.perf_counter() - t0
    return report


ANALYSED_TABLES = (
    "articles", "entities", "entity_aliases", "clusters", "quotes", "chain_links", "quote_keys",
)


async def _analyse(engine: AsyncEngine) -> bool:
    """PostgreSQL: refresh the planner's statistics of the tables a backfill grew.

    Why: a backfill can multiply a store faster than autoanalyze follows (it waits for 10 % of a
    table to change, checked once a minute), and queries planned on the old row counts chose
    sequential scans (session 7: 51 ms per provenance lookup at 32,000 quotes). The hot queries
    are written to probe indexes whatever the statistics say; search, listing and hand-written
    SQL are not. ANALYZE reads a fixed sample per table (30,000 rows at the default statistics
    target), so its cost does not grow with the store.
    """
    if engine.dialect.name != "postgresql":
        return False
    async with engine.connect() as conn:
        await conn.execute(sql_text(f"ANALYZE {', '.join(ANALYSED_TABLES)}"))  # our own table names
        await conn.commit()
    return True


def _prepare(records: Sequence[source.Record], max_text_bytes: int, report: Report) -> list[Prepared]:
    """Validate like POST /v1/articles does; failures are counted and the first few kept."""
    out = []
    for r in records:
        report.read += 1
        if r.article is None:
            _fail(report, r.where, r.error or "invalid")
            continue
        try:
            published_at = validate(r.article, max_text_bytes)
        except ServiceError as exc:
            _fail(report, r.where, str(exc))
            continue
        report.bytes += len(r.article.text.encode("utf-8"))
        out.append(Prepared(r.article, published_at, outlet_key(r.article.outlet), text_hash(r.article.text)))
    return out


def _fail(report: Report, where: str, why: str) -> None:
    report.failed += 1
    if len(report.errors) < 20:
        report.errors.append(f"{where}: {why}")
