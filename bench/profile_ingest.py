"""Where one POST /v1/articles spends its time: cProfile of the in-process app, grouped by area.

    uv run python -m bench.profile_ingest [--n 200] [--backend sqlite|postgres] [--direct [--statements]]

By default the request runs through the real litestar app (AsyncTestClient, no sockets) so the
profile sees request parsing, validation, the engine, clustering and the database writes in one
process. `--direct` calls `service.articles.ingest` in one coroutine on one thread instead (the
test client's thread hand-off hides where the write path spends its time) and also reports SQL
statements and CPU per article. The table attributes each function's own time to an area by its
module, then lists the top functions.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import time
from collections import Counter, defaultdict
from typing import Any

from bench.dbs import bench_database, load_note, postgres_cpu_seconds
from bench.generate import generate_articles

AREAS = (
    ("engine (service/attribution)", ("service/attribution/",)),
    ("clustering (provenance/cluster, store/clustering)", ("provenance/cluster", "store/clustering",
                                                          "rapidfuzz")),
    ("entity keys (provenance/entities)", ("provenance/entities",)),
    ("SQLAlchemy", ("sqlalchemy/",)),
    ("DB driver (asyncpg/aiosqlite/sqlite3)", ("asyncpg", "aiosqlite", "sqlite3", "{method 'execute'")),
    ("litestar + msgspec (parse, route, serialise)", ("litestar/", "msgspec", "httpx", "anyio")),
    ("asyncio / thread hand-off", ("asyncio/", "threading", "concurrent/", "{method 'poll'",
                                   "{method 'acquire'", "queue")),
    ("service (other)", ("service/", "models/")),
)


def area(filename: str) -> str:
    for name, needles in AREAS:
        if any(n in filename for n in needles):
            return name
    return "other"


async def post_all(url: str, arts: list[dict[str, object]]) -> float:
    from litestar.testing import AsyncTestClient

    from service.app import create_app
    from service.settings import Settings

    async with AsyncTestClient(app=create_app(Settings(database_url=url, auto_migrate=False))) as client:
        await client.post("/v1/articles", json=arts[0])  # warm-up: first-request imports and caches
        t0 = time.perf_counter()
        for a in arts[1:]:
            r = await client.post("/v1/articles", json=a)
            assert r.status_code == 201, r.text
        return time.perf_counter() - t0


STATEMENT_WALL: dict[str, float] = defaultdict(float)
"""With `--statements`: wall seconds per statement text (its first 100 characters), driver call to
result, summed over the run (PostgreSQL's execution, the round trip and the driver's decoding)."""


async def ingest_direct(
    url: str, arts: list[dict[str, object]], statements: bool = False
) -> tuple[float, float, Counter[str], int]:
    """`service.articles.ingest` called straight from one coroutine: no client, no thread hand-off.

    Returns (wall s, CPU s, statements by verb, articles) for all but the warm-up article; the
    engine runs inline (not via anyio's thread) so CPU and the profile see the whole request.
    """
    import msgspec
    from sqlalchemy import event

    from models.schemas import ArticleIn
    from service import articles
    from service.attribution import extract
    from service.store.engine import create_engine, create_sessionmaker

    async def inline(article: ArticleIn, extractor: articles.Extractor) -> list[Any]:
        return extractor(article.text, articles._meta(article))

    articles.run_engine = inline  # profile in one thread
    engine = create_engine(url)
    verbs: Counter[str] = Counter()

    def count(conn: Any, _cur: Any, statement: str, *_rest: Any) -> None:
        verbs[statement.lstrip().split(None, 1)[0].upper()] += 1
        conn.info["qt_t0"] = time.perf_counter()

    def timed(conn: Any, _cur: Any, statement: str, *_rest: Any) -> None:
        STATEMENT_WALL[" ".join(statement.split())[:100]] += time.perf_counter() - conn.info["qt_t0"]

    sessions = create_sessionmaker(engine)
    inputs = [msgspec.convert(a, ArticleIn) for a in arts]
    try:
        async with sessions() as session:  # warm-up: imports, caches, first connection
            await articles.ingest(session, inputs[0], 1_000_000, extract)
        event.listen(engine.sync_engine, "before_cursor_execute", count)
        if statements:
            event.listen(engine.sync_engine, "after_cursor_execute", timed)
        t0, c0 = time.perf_counter(), time.process_time()
        for a in inputs[1:]:
            async with sessions() as session:
                _, new = await articles.ingest(session, a, 1_000_000, extract)
                assert new
        return time.perf_counter() - t0, time.process_time() - c0, verbs, len(inputs) - 1
    finally:
        await engine.dispose()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--backend", default="postgres", choices=["sqlite", "postgres"])
    ap.add_argument("--direct", action="store_true", help="call articles.ingest in-process, one thread")
    ap.add_argument("--no-profile", action="store_true", help="figures only: CPU without profiler overhead")
    ap.add_argument("--statements", action="store_true",
                    help="with --direct: wall ms per article of each statement, and PostgreSQL's CPU")
    args = ap.parse_args()
    seed = 3 if args.direct else 9
    arts = [{k: v for k, v in a.items() if k != "id"}
            for a in generate_articles(args.n + 1, seed=seed, min_bytes=4500, max_bytes=5500)]
    with bench_database(args.backend) as url:
        prof = cProfile.Profile()
        if not args.no_profile:
            prof.enable()
        if args.direct:
            pg0 = postgres_cpu_seconds()
            secs, cpu, verbs, n = asyncio.run(ingest_direct(url, arts, args.statements))
            pg = postgres_cpu_seconds() - pg0
        else:
            secs = asyncio.run(post_all(url, arts))
        prof.disable()
    if args.direct:
        per = sum(verbs.values()) / n
        split = ", ".join(f"{v} {c / n:.1f}" for v, c in verbs.most_common())
        print(f"# direct: {per:.1f} SQL statements per article ({split})")
        on = "off" if args.no_profile else "on"
        print(f"# direct: {cpu / n * 1000:.1f} ms CPU per article (process_time, profiler {on})")
        print(f"# direct: {n / secs:.1f} articles/s, one coroutine")
        if args.backend == "postgres":
            print(f"# direct: PostgreSQL {pg / n * 1000:.1f} ms CPU per article (all its processes, /proc)")
        for statement, wall in sorted(STATEMENT_WALL.items(), key=lambda kv: -kv[1])[:15]:
            print(f"{wall / n * 1000:8.3f} ms/article  {statement}")
        if args.no_profile:
            return
    stats = pstats.Stats(prof)
    own: dict[str, float] = defaultdict(float)
    total = 0.0
    for (filename, _line, func), (_cc, _nc, tt, _ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        own[area(f"{filename}:{func}")] += tt
        total += tt
    how = "articles.ingest calls (direct)" if args.direct else "POST /v1/articles"
    print(f"# profile_ingest: {args.n} sequential {how} (~5 KB), {args.backend}, in-process")
    print(f"# {load_note()}")
    print(f"# {args.n / secs:.1f} articles/s under the profiler ({secs / args.n * 1000:.1f} ms each)")
    print(f"{'area':<50} {'own s':>7} {'share':>6}")
    for name, t in sorted(own.items(), key=lambda kv: -kv[1]):
        print(f"{name:<50} {t:>7.2f} {t / total:>6.1%}")
    print("\n## top functions by own time")
    stats.sort_stats("tottime").print_stats(12)


if __name__ == "__main__":
    main()
