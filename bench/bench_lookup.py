"""Lookup latency with a large store: provenance and search p50/p99 on PostgreSQL.

    uv run python -m bench.bench_lookup [--quotes N] [--queries Q] [--keep]

Creates a throw-away database (on the server of QUOTETRAIL_BENCH_DATABASE_URL, else
QUOTETRAIL_TEST_DATABASE_URL, else postgres@127.0.0.1), migrates it, bulk-loads N synthetic quotes
(clusters of ~4 printings, 3-hop chains, search terms) with COPY through asyncpg (extraction for a
million quotes would take hours and measures something else), then times the same service
functions the API calls, one session per lookup. Prints a table; drops the database unless --keep.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import secrets
import statistics
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

import asyncpg
from rich.console import Console
from rich.table import Table
from sqlalchemy import select
from sqlalchemy.engine import make_url

from models.tables import Quote
from service import provenance_service
from service.provenance.search_text import terms_of
from service.store.engine import create_engine, create_sessionmaker
from service.store.migrate import upgrade_sync

DEFAULT_ADMIN = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
CLUSTER_SIZE = 4
QUOTES_PER_ARTICLE = 8
N_OUTLETS = 200


def _dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _vocab(rng: random.Random, n: int = 6000) -> list[str]:
    letters = "abcdefghijklmnoprstuvwy"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(4, 9))) for _ in range(n)]


async def load(url: str, n: int, seed: int) -> None:
    rng = random.Random(seed)
    vocab = _vocab(rng)
    stem_of = {w: (terms_of(w) or [None])[0] for w in vocab}  # texts are vocab words: stem each once
    weights = [1 / (i + 1) ** 0.8 for i in range(len(vocab))]  # Zipf-like: some words are common
    n_speakers = max(10, n // 50)
    n_clusters = max(1, n // CLUSTER_SIZE)
    n_articles = max(1, n // QUOTES_PER_ARTICLE)
    t0 = datetime(2020, 1, 1, tzinfo=UTC)
    conn = await asyncpg.connect(_dsn(url))
    try:
        # synthetic rows are consistent by construction: skip per-row foreign-key triggers (superuser)
        await conn.execute("SET session_replication_role = replica")
        ents = [(i, f"Speaker {i}", "person", f"speaker {i}") for i in range(1, n_speakers + 1)]
        ents += [(n_speakers + j, f"Outlet {j}", "media", f"outlet {j}") for j in range(1, N_OUTLETS + 1)]
        await conn.copy_records_to_table("entities", records=ents, columns=["id", "name", "type", "key"])
        arts = [
            (
                i,
                f"Outlet {i % N_OUTLETS + 1}",
                f"outlet {i % N_OUTLETS + 1}",
                t0 + timedelta(minutes=i),
                "(synthetic)",
                f"h{i}",
            )
            for i in range(1, n_articles + 1)
        ]
        await conn.copy_records_to_table(
            "articles",
            records=arts,
            columns=["id", "outlet", "outlet_key", "published_at", "text", "text_hash"],
        )
        base = [rng.choices(vocab, weights, k=rng.randint(8, 16)) for _ in range(n_clusters)]
        cl_speaker = [rng.randint(1, n_speakers) for _ in range(n_clusters)]
        await conn.copy_records_to_table(
            "clusters",
            records=[(c + 1, cl_speaker[c]) for c in range(n_clusters)],
            columns=["id", "speaker_entity_id"],
        )
        quotes, links, terms = [], [], []
        for qid in range(1, n + 1):
            c = (qid - 1) % n_clusters
            words = base[c]
            lo = rng.randint(0, len(words) // 4)
            hi = len(words) - rng.randint(0, len(words) // 4)
            text = " ".join(words[lo:hi])
            art = (qid - 1) // QUOTES_PER_ARTICLE + 1
            quotes.append(
                (
                    qid,
                    min(art, n_articles),
                    (qid - 1) % QUOTES_PER_ARTICLE,
                    text,
                    0,
                    len(text),
                    "full",
                    cl_speaker[c],
                    "said",
                    0.9,
                    c + 1,
                    text,
                )
            )
            relay = n_speakers + rng.randint(1, N_OUTLETS)
            links += [
                (3 * qid, qid, 0, "speaker", cl_speaker[c], "said"),
                (3 * qid + 1, qid, 1, "relay", relay, "told"),
                (3 * qid + 2, qid, 2, "publisher", n_speakers + art % N_OUTLETS + 1, None),
            ]
            terms += [(t, qid) for t in dict.fromkeys(stem_of[w] for w in words[lo:hi]) if t]
            if len(quotes) >= 50_000 or qid == n:
                await conn.copy_records_to_table(
                    "quotes",
                    records=quotes,
                    columns=[
                        "id",
                        "article_id",
                        "position",
                        "text",
                        "start",
                        "end",
                        "kind",
                        "speaker_entity_id",
                        "cue",
                        "confidence",
                        "cluster_id",
                        "context",
                    ],
                )
                await conn.copy_records_to_table(
                    "chain_links",
                    records=links,
                    columns=["id", "quote_id", "position", "role", "entity_id", "cue"],
                )
                await conn.copy_records_to_table("quote_terms", records=terms, columns=["term", "quote_id"])
                quotes, links, terms = [], [], []
        await conn.execute("ANALYZE")
    finally:
        await conn.close()


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))]


async def measure(url: str, n: int, queries: int, seed: int) -> dict[str, list[float]]:
    rng = random.Random(seed + 1)
    engine = create_engine(url)
    maker = create_sessionmaker(engine)
    out: dict[str, list[float]] = {"provenance": [], "search": [], "entity quotes": []}
    try:
        async with maker() as s:
            ids = rng.sample(range(1, n + 1), min(n, queries))
            texts = list(await s.scalars(select(Quote.text).where(Quote.id.in_(ids))))

        async def timed(name: str, fn: Callable[[object], Awaitable[object]]) -> None:
            async with maker() as session:
                t = time.perf_counter()
                await fn(session)
                out[name].append((time.perf_counter() - t) * 1000)

        for _ in range(queries):
            qid = rng.randint(1, n)
            await timed("provenance", lambda s, q=qid: provenance_service.provenance(s, q))  # type: ignore[misc]
        for text in texts:
            words = text.split()
            if len(words) > 4:  # a reader's paste: a stretch of the quote with one word misremembered
                i = rng.randrange(len(words))
                words = words[max(0, i - 4) : i + 3]
                words[rng.randrange(len(words))] = "something"
            q = " ".join(words)
            await timed("search", lambda s, q=q: provenance_service.search(s, q))  # type: ignore[misc]
        for _ in range(queries):
            eid = rng.randint(1, max(10, n // 50))
            await timed(
                "entity quotes",  # type: ignore[misc]
                lambda s, e=eid: provenance_service.entity_quotes(s, e, limit=50, offset=0),
            )
    finally:
        await engine.dispose()
    return out


async def _admin(url: str, sql: str) -> None:
    conn = await asyncpg.connect(_dsn(url))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="bench.bench_lookup", description=__doc__.splitlines()[0])
    ap.add_argument(
        "--quotes", type=int, default=20_000, help="stored quotes (default 20000; 1000000 for the report)"
    )
    ap.add_argument("--queries", type=int, default=300, help="lookups timed per kind")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", action="store_true", help="keep the database (prints its URL)")
    args = ap.parse_args(argv)
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
        asyncio.run(load(url, args.quotes, args.seed))
        load_s = time.perf_counter() - t
        results = asyncio.run(measure(url, args.quotes, args.queries, args.seed))
    finally:
        if args.keep:
            print(f"kept {url}")
        else:
            asyncio.run(_admin(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    table = Table(title=f"lookup latency, PostgreSQL, {args.quotes:,} quotes (loaded in {load_s:.0f} s)")
    for col in ("lookup", "n", "p50 ms", "p99 ms", "mean ms"):
        table.add_column(col, justify="right" if col != "lookup" else "left")
    for kind, xs in results.items():
        table.add_row(
            kind, str(len(xs)), f"{_pct(xs, 50):.1f}", f"{_pct(xs, 99):.1f}", f"{statistics.mean(xs):.1f}"
        )
    Console().print(table)


if __name__ == "__main__":
    main()
