"""Lookup latency with a large store: provenance, search and entity quotes on PostgreSQL.

    uv run python -m bench.bench_lookup [--quotes N] [--queries Q] [--clients C] [--explain] [--keep]
    uv run python -m bench.bench_lookup --quotes N --reuse URL [--only provenance] [--profile]

Creates a throw-away database (on the server of QUOTETRAIL_BENCH_DATABASE_URL, else
QUOTETRAIL_TEST_DATABASE_URL, else postgres@127.0.0.1; other engineers share that server), migrates
it, and bulk-loads N synthetic quotes (clusters of ~4 printings, 3-hop chains): rows generated in
plain loops over precomputed pools, COPYed by asyncpg in 100k-row chunks with the secondary indexes
and unique constraints dropped, then rebuilt and ANALYZEd once (building a btree/GIN index over
sorted input is far cheaper than maintaining it row by row). Extraction is not used: for a million
quotes it would take hours and measure something else (bench_ingest does that).

Then it times the service functions the API calls, one session per lookup (p50/p99), and
provenance throughput with C concurrent clients in this one process. `--explain` prints the
PostgreSQL plans of the exact statements one provenance lookup and one search run.

Loading a million quotes takes minutes: `--keep` leaves the database in place (its URL is printed)
and `--reuse URL` measures one loaded earlier with the same `--quotes` (never dropped). `--only
provenance` skips the search and entity lookups; `--profile` prints a cProfile of provenance
lookups run back to back in this process (own time, top functions).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import random
import secrets
import statistics
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
from rich.console import Console
from rich.table import Table
from sqlalchemy import event, func, select, text
from sqlalchemy.engine import make_url

from models.tables import Quote
from service import provenance_service
from service.store import provenance_repo
from service.store.engine import create_engine, create_sessionmaker
from service.store.migrate import upgrade_sync

DEFAULT_ADMIN = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
CLUSTER_SIZE = 4
QUOTES_PER_ARTICLE = 8
N_OUTLETS = 200
CHUNK = 100_000
TABLES = ("entities", "articles", "clusters", "quotes", "chain_links")
QUOTE_COLUMNS = [
    "id", "article_id", "position", "text", "start", "end", "kind",
    "speaker_entity_id", "cue", "confidence", "cluster_id", "context",
]  # fmt: skip

# DDL to drop / recreate, built by the server (format %I quotes identifiers) from its catalog
_UNIQUES = """
SELECT format('ALTER TABLE %I DROP CONSTRAINT %I', c.conrelid::regclass::text, c.conname),
       format('ALTER TABLE %I ADD CONSTRAINT %I %s', c.conrelid::regclass::text, c.conname,
              pg_get_constraintdef(c.oid))
FROM pg_constraint c WHERE c.contype = 'u' AND c.conrelid::regclass::text = ANY($1::text[])
"""
_INDEXES = """
SELECT format('DROP INDEX %I', i.indexname), i.indexdef
FROM pg_indexes i WHERE i.schemaname = 'public' AND i.tablename = ANY($1::text[])
  AND i.indexname NOT IN (SELECT conname FROM pg_constraint)
"""


def _dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _vocab(rng: random.Random, n: int = 6000) -> list[str]:
    letters = "abcdefghijklmnoprstuvwy"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(4, 9))) for _ in range(n)]


async def _copy(
    conn: asyncpg.Connection, table: str, rows: list[tuple[Any, ...]], columns: list[str]
) -> None:
    for i in range(0, len(rows), CHUNK):
        await conn.copy_records_to_table(table, records=rows[i : i + CHUNK], columns=columns)


async def load(url: str, n: int, seed: int) -> dict[str, float]:
    """Load n quotes; seconds spent generating, copying and indexing."""
    rng = random.Random(seed)
    vocab = _vocab(rng)
    cum = list(itertools.accumulate(1 / (i + 1) ** 0.8 for i in range(len(vocab))))  # Zipf-like
    n_speakers = max(10, n // 50)
    n_clusters = max(1, n // CLUSTER_SIZE)
    n_articles = max(1, -(-n // QUOTES_PER_ARTICLE))
    t0 = datetime(2020, 1, 1, tzinfo=UTC)
    times: dict[str, float] = {}
    conn = await asyncpg.connect(_dsn(url))
    try:
        await conn.execute("SET session_replication_role = replica")  # no FK triggers: rows are consistent
        await conn.execute("SET maintenance_work_mem = '512MB'")
        uniques = await conn.fetch(_UNIQUES, list(TABLES))
        indexes = await conn.fetch(_INDEXES, list(TABLES))
        for drop, _ in [*indexes, *uniques]:
            await conn.execute(drop)

        t = time.perf_counter()
        ents = [(i, f"Speaker {i}", "person", f"speaker {i}") for i in range(1, n_speakers + 1)]
        ents += [(n_speakers + j, f"Outlet {j}", "media", f"outlet {j}") for j in range(1, N_OUTLETS + 1)]
        arts = [
            (
                i,
                f"Outlet {i % N_OUTLETS + 1}",
                f"outlet {i % N_OUTLETS + 1}",
                t0 + timedelta(minutes=i),
                "-",
                f"h{i}",
            )
            for i in range(1, n_articles + 1)
        ]
        base = [rng.choices(vocab, cum_weights=cum, k=rng.randint(8, 16)) for _ in range(n_clusters)]
        cl_speaker = [rng.randint(1, n_speakers) for _ in range(n_clusters)]
        cuts = [(rng.random(), rng.random()) for _ in range(n)]  # trim each printing a little
        relays = [n_speakers + rng.randint(1, N_OUTLETS) for _ in range(n)]
        quotes: list[tuple[Any, ...]] = []
        links: list[tuple[Any, ...]] = []
        for qid in range(1, n + 1):
            c = (qid - 1) % n_clusters
            words = base[c]
            quarter = len(words) // 4
            a, b = cuts[qid - 1]
            text = " ".join(words[int(a * quarter) : len(words) - int(b * quarter)])
            art = (qid - 1) // QUOTES_PER_ARTICLE + 1
            speaker = cl_speaker[c]
            quotes.append(
                (
                    qid,
                    art,
                    (qid - 1) % QUOTES_PER_ARTICLE,
                    text,
                    0,
                    len(text),
                    "full",
                    speaker,
                    "said",
                    0.9,
                    c + 1,
                    text,
                )
            )
            links += [
                (3 * qid, qid, 0, "speaker", speaker, "said"),
                (3 * qid + 1, qid, 1, "relay", relays[qid - 1], "told"),
                (3 * qid + 2, qid, 2, "publisher", n_speakers + art % N_OUTLETS + 1, None),
            ]
        times["generate"] = time.perf_counter() - t

        t = time.perf_counter()
        await _copy(conn, "entities", ents, ["id", "name", "type", "key"])
        await _copy(
            conn, "articles", arts, ["id", "outlet", "outlet_key", "published_at", "text", "text_hash"]
        )
        await _copy(
            conn, "clusters", [(c + 1, cl_speaker[c]) for c in range(n_clusters)], ["id", "speaker_entity_id"]
        )
        await _copy(conn, "quotes", quotes, QUOTE_COLUMNS)
        await _copy(conn, "chain_links", links, ["id", "quote_id", "position", "role", "entity_id", "cue"])
        times["copy"] = time.perf_counter() - t

        t = time.perf_counter()
        for _, create in [*uniques, *indexes]:
            await conn.execute(create)
        await conn.execute("ANALYZE")
        times["index + analyze"] = time.perf_counter() - t
    finally:
        await conn.close()
    return times


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))]


def _paste(rng: random.Random, text: str, typo: bool) -> str:
    """A reader's paste: a stretch of the quote with one word misremembered, or with a typo in
    every word (which only the trigram fallback can forgive)."""
    words = text.split()
    i = rng.randrange(len(words))
    words = words[max(0, i - 4) : i + 3]
    if typo:
        return " ".join(w[:-2] + w[-1] + w[-2] if len(w) > 3 else w for w in words)
    words[rng.randrange(len(words))] = "something"
    return " ".join(words)


async def measure(
    url: str, n: int, queries: int, clients: int, seed: int, only: str | None = None
) -> dict[str, list[float]]:
    rng = random.Random(seed + 1)
    engine = create_engine(url, pool_size=clients + 2)
    maker = create_sessionmaker(engine)
    out: dict[str, list[float]] = {
        "provenance": [], "provenance, API path (engine, bytes)": [],
        "search": [], "search, typo": [], "entity quotes": [],
    }  # fmt: skip
    try:
        async with maker() as s:
            ids = rng.sample(range(1, n + 1), min(n, queries))
            texts = list(await s.scalars(select(Quote.text).where(Quote.id.in_(ids))))

        async def timed(name: str, fn: Callable[[Any], Awaitable[object]]) -> None:
            async with maker() as session:
                t = time.perf_counter()
                await fn(session)
                out[name].append((time.perf_counter() - t) * 1000)

        for _ in range(queries):
            qid = rng.randint(1, n)
            await timed("provenance", lambda s, q=qid: provenance_service.provenance(s, q))
        for _ in range(queries):  # the API's path: one statement on a pooled connection, bytes out
            qid = rng.randint(1, n)
            t = time.perf_counter()
            await provenance_service.provenance_json(engine, qid)
            out["provenance, API path (engine, bytes)"].append((time.perf_counter() - t) * 1000)
        if only == "provenance":
            return {k: v for k, v in out.items() if v}
        for text in texts:
            q = _paste(rng, text, typo=False)
            await timed("search", lambda s, q=q: provenance_service.search(s, q))
        for text in texts[: max(1, queries // 3)]:
            q = _paste(rng, text, typo=True)
            await timed("search, typo", lambda s, q=q: provenance_service.search(s, q))
        for _ in range(queries):
            eid = rng.randint(1, max(10, n // 50))
            await timed(
                "entity quotes", lambda s, e=eid: provenance_service.entity_quotes(s, e, limit=50, offset=0)
            )
    finally:
        await engine.dispose()
    return out


async def throughput(url: str, n: int, clients: int, seconds: float, seed: int) -> float:
    """Provenance lookups per second with `clients` concurrent lookups in this one process, on the
    API's path (provenance_json on the engine: one statement on a pooled connection)."""
    engine = create_engine(url, pool_size=clients + 2)
    done = 0
    deadline = time.perf_counter() + seconds

    async def client(k: int) -> None:
        nonlocal done
        rng = random.Random(seed * 100 + k)
        while time.perf_counter() < deadline:
            await provenance_service.provenance_json(engine, rng.randint(1, n))
            done += 1

    try:
        t = time.perf_counter()
        await asyncio.gather(*(client(k) for k in range(clients)))
        return done / (time.perf_counter() - t)
    finally:
        await engine.dispose()


async def profile(url: str, n: int, lookups: int, seed: int) -> None:
    """cProfile of `lookups` provenance_json calls back to back (one session each): own time."""
    import cProfile
    import pstats

    engine = create_engine(url)
    maker = create_sessionmaker(engine)
    rng = random.Random(seed + 2)
    ids = [rng.randint(1, n) for _ in range(lookups)]
    prof = cProfile.Profile()
    try:
        async with maker() as s:  # warm the pool and the statement caches outside the profile
            await provenance_service.provenance_json(s, ids[0])
        t = time.perf_counter()
        prof.enable()
        for qid in ids:
            async with maker() as session:
                await provenance_service.provenance_json(session, qid)
        prof.disable()
        wall = time.perf_counter() - t
    finally:
        await engine.dispose()
    print(f"# profile: {lookups} lookups in {wall:.2f} s wall ({1000 * wall / lookups:.2f} ms each)")
    pstats.Stats(prof).sort_stats("tottime").print_stats(25)


async def explain(url: str, n: int) -> None:
    """EXPLAIN ANALYZE of the statements one provenance lookup and one search actually run.

    The statements are captured from the real calls (SQLAlchemy's compiled SQL with $n
    placeholders) and re-run under EXPLAIN with the same bound parameters, never with values
    spliced into the text.
    """
    engine = create_engine(url)
    captured: list[tuple[str, Any]] = []

    def on_execute(_c: Any, _cur: Any, statement: str, params: Any, *_a: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            captured.append((statement, params))

    event.listen(engine.sync_engine, "before_cursor_execute", on_execute)
    try:
        async with create_sessionmaker(engine)() as s:
            await provenance_service.provenance(s, n // 2)
            text = (await s.scalars(select(Quote.text).where(Quote.id == n // 3))).one()
            await provenance_service.search(s, " ".join(text.split()[:5]))
    finally:
        await engine.dispose()
    conn = await asyncpg.connect(_dsn(url))
    try:
        for statement, params in captured:
            plan = await conn.fetch("EXPLAIN (ANALYZE, COSTS OFF) " + statement, *(params or ()))
            print("\n" + " ".join(statement.split())[:160])
            for row in plan:
                print("   ", row[0])
    finally:
        await conn.close()


async def fill_docs(url: str, clients: int) -> tuple[int, float]:
    """Store every cluster's provenance document (migration 0004) by reading one quote of each
    through the API's path, `clients` at a time; (documents stored, seconds). What a store sees
    once each cluster was asked for once: the steady state of GET provenance."""
    from service.provenance import documents

    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            firsts = list(
                await conn.scalars(
                    select(func.min(Quote.id)).where(Quote.cluster_id.is_not(None)).group_by(Quote.cluster_id)
                )
            )
        todo = iter(firsts)
        t = time.perf_counter()

        async def client() -> None:
            for qid in todo:
                await documents.compute_and_store(engine, qid)

        await asyncio.gather(*(client() for _ in range(clients)))
        took = time.perf_counter() - t
        async with engine.connect() as conn:
            stored = int(await conn.scalar(text("SELECT count(*) FROM provenance_docs")) or 0)
        await provenance_repo.compact_dirty_log(engine)
    finally:
        await engine.dispose()
    return stored, took


async def _admin(url: str, sql: str) -> None:
    conn = await asyncpg.connect(_dsn(url))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="bench.bench_lookup", description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--quotes", type=int, default=20_000, help="stored quotes (1000000 for the report)")
    ap.add_argument("--queries", type=int, default=300, help="lookups timed per kind")
    ap.add_argument("--clients", type=int, default=8, help="concurrent sessions for the req/s run")
    ap.add_argument("--seconds", type=float, default=15.0, help="length of the req/s run")
    ap.add_argument("--explain", action="store_true", help="print the plans of the lookup queries")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", action="store_true", help="keep the database (prints its URL)")
    ap.add_argument("--reuse", metavar="URL", help="measure this database, loaded earlier with --keep")
    ap.add_argument("--only", choices=["provenance"], help="time only the provenance lookups")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="cProfile N provenance lookups")
    ap.add_argument(
        "--fill-docs",
        action="store_true",
        help="with --reuse: migrate, store every cluster's provenance document, compact the log; then stop",
    )
    args = ap.parse_args(argv)
    if args.reuse and args.fill_docs:
        upgrade_sync(args.reuse)  # a store loaded before migration 0004 gets its tables and triggers
        stored, took = asyncio.run(fill_docs(args.reuse, args.clients))
        print(f"stored {stored:,} provenance documents in {took:.0f} s ({args.clients} clients)")
        return
    if args.reuse:
        url, load_s, phases = args.reuse, 0.0, {"reused": 0.0}
        if args.explain:
            asyncio.run(explain(url, args.quotes))
        if args.profile:
            asyncio.run(profile(url, args.quotes, args.profile, args.seed))
        results = asyncio.run(measure(url, args.quotes, args.queries, args.clients, args.seed, args.only))
        rps = asyncio.run(throughput(url, args.quotes, args.clients, args.seconds, args.seed))
        _print(args, results, rps, load_s, phases)
        return
    admin = (
        os.environ.get("QUOTETRAIL_BENCH_DATABASE_URL")
        or os.environ.get("QUOTETRAIL_TEST_DATABASE_URL")
        or DEFAULT_ADMIN
    )
    name = f"qt_bench_{secrets.token_hex(4)}"  # ours (hex): safe as an identifier
    url = make_url(admin).set(database=name).render_as_string(hide_password=False)
    asyncio.run(_admin(admin, f'CREATE DATABASE "{name}"'))
    try:
        upgrade_sync(url)
        t = time.perf_counter()
        phases = asyncio.run(load(url, args.quotes, args.seed))
        load_s = time.perf_counter() - t
        if args.explain:
            asyncio.run(explain(url, args.quotes))
        if args.profile:
            asyncio.run(profile(url, args.quotes, args.profile, args.seed))
        results = asyncio.run(measure(url, args.quotes, args.queries, args.clients, args.seed, args.only))
        rps = asyncio.run(throughput(url, args.quotes, args.clients, args.seconds, args.seed))
    finally:
        if args.keep:
            print(f"kept {url}")
        else:
            asyncio.run(_admin(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    _print(args, results, rps, load_s, phases)


def _print(
    args: argparse.Namespace, results: dict[str, list[float]], rps: float, load_s: float,
    phases: dict[str, float],
) -> None:
    one, five, _ = os.getloadavg()
    loaded = ", ".join(f"{k} {v:.0f} s" for k, v in phases.items())
    table = Table(
        title=f"lookups, PostgreSQL, {args.quotes:,} quotes (loaded in {load_s:.0f} s: {loaded})",
        caption=f"{os.cpu_count()} cores, load {one:.1f}/{five:.1f} (1/5 min) during the run",
    )
    for col in ("lookup", "n", "p50 ms", "p99 ms", "mean ms"):
        table.add_column(col, justify="right" if col != "lookup" else "left")
    for kind, xs in results.items():
        table.add_row(
            kind, str(len(xs)), f"{_pct(xs, 50):.1f}", f"{_pct(xs, 99):.1f}", f"{statistics.mean(xs):.1f}"
        )
    table.add_row(f"provenance, {args.clients} clients", f"{rps:,.0f} req/s", "", "", "")
    Console().print(table)


if __name__ == "__main__":
    main()
