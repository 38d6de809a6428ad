"""Where one POST /v1/articles spends its time: cProfile of the in-process app, grouped by area.

    uv run python -m bench.profile_ingest [--n 200] [--backend sqlite|postgres]

The request runs through the real litestar app (AsyncTestClient, no sockets) so the profile sees
request parsing, validation, the engine, clustering and the database writes in one process; the
table attributes each function's own time to an area by its module, then lists the top functions.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import time
from collections import defaultdict

from bench.dbs import bench_database, load_note
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--backend", default="postgres", choices=["sqlite", "postgres"])
    args = ap.parse_args()
    arts = [{k: v for k, v in a.items() if k != "id"}
            for a in generate_articles(args.n + 1, seed=9, min_bytes=4500, max_bytes=5500)]
    with bench_database(args.backend) as url:
        prof = cProfile.Profile()
        prof.enable()
        secs = asyncio.run(post_all(url, arts))
        prof.disable()
    stats = pstats.Stats(prof)
    own: dict[str, float] = defaultdict(float)
    total = 0.0
    for (filename, _line, func), (_cc, _nc, tt, _ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        own[area(f"{filename}:{func}")] += tt
        total += tt
    print(f"# profile_ingest: {args.n} sequential POST /v1/articles (~5 KB), {args.backend}, in-process")
    print(f"# {load_note()}")
    print(f"# {args.n / secs:.1f} articles/s under the profiler ({secs / args.n * 1000:.1f} ms each)")
    print(f"{'area':<50} {'own s':>7} {'share':>6}")
    for name, t in sorted(own.items(), key=lambda kv: -kv[1]):
        print(f"{name:<50} {t:>7.2f} {t / total:>6.1%}")
    print("\n## top functions by own time")
    stats.sort_stats("tottime").print_stats(12)


if __name__ == "__main__":
    main()
