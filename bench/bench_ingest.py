"""Bulk backfill throughput (`quotetrail ingest`), split into its parts so the bottleneck is named.

    uv run python -m bench.bench_ingest              # 2,000 ~5 KB articles, SQLite and PostgreSQL
    uv run python -m bench.bench_ingest --n 300 --profile

Rows: extraction alone on the process pool (the engine's ceiling with W workers), the batched
writer alone on pre-extracted articles (the database side's ceiling), then the whole pipeline end
to end. PostgreSQL runs in a throw-away `qt_bench_<random>` database (bench/dbs.py).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import json
import os
import pstats
import resource
import tempfile
import time
from concurrent.futures import Executor, ProcessPoolExecutor
from pathlib import Path

from bench.dbs import bench_database, load_note, postgres_cpu_seconds
from bench.generate import generate_articles
from service.attribution import Quote, extract
from service.ingest import pipeline, source
from service.ingest.batch_store import Derived, Prepared, store_batch
from service.settings import Settings
from service.store.engine import create_engine
from service.store.keys import outlet_key, text_hash


def _prepared(path: Path) -> list[Prepared]:
    out = []
    for r in source.read(path):
        assert r.article is not None
        out.append(Prepared(r.article, None, outlet_key(r.article.outlet), text_hash(r.article.text)))
    return out


def _extract_all(items: list[Prepared], workers: int) -> tuple[list[tuple[list[Quote], Derived]], float]:
    chunks = [
        [(p.article.text, pipeline._meta(p)) for p in items[i : i + pipeline.TASK_SIZE]]
        for i in range(0, len(items), pipeline.TASK_SIZE)
    ]
    with ProcessPoolExecutor(workers) as pool:
        pool.submit(int).result()  # pay for the fork before the clock starts
        t0 = time.perf_counter()
        results = list(pool.map(pipeline._extract_chunk, [extract] * len(chunks), chunks))
        secs = time.perf_counter() - t0
    return [q for chunk in results for q in chunk], secs  # (quotes, derived) per article


async def _store_only(url: str, items: list[Prepared], batch: int, shards: list[Executor]) -> float:
    engine = create_engine(url)
    try:
        t0 = time.perf_counter()
        for i in range(0, len(items), batch):
            async with engine.begin() as conn:  # as pipeline.run writes a batch
                await store_batch(conn, items[i : i + batch], shards)
        return time.perf_counter() - t0
    finally:
        await engine.dispose()


def _shards(n: int) -> list[Executor]:
    """Cluster shard processes as `pipeline.run` makes them (n < 2: cluster in the writer)."""
    shards: list[Executor] = [ProcessPoolExecutor(1) for _ in range(n if n > 1 else 0)]
    for s in shards:
        s.submit(int).result()
    return shards


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000, help="articles (default 2000)")
    ap.add_argument("--size", type=int, default=5000, help="mean article bytes (default 5000)")
    ap.add_argument("--batch", type=int, default=500, help="articles per transaction")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--shards", type=int, default=None,
                    help="cluster shard processes (pipeline.run's cluster_shards; < 2: in the writer; "
                         "default: pipeline.default_cluster_shards)")
    ap.add_argument("--backends", default="sqlite,postgres")
    ap.add_argument("--profile", action="store_true", help="cProfile the writer on the first backend")
    args = ap.parse_args()
    if args.shards is None:
        args.shards = pipeline.default_cluster_shards(args.workers)

    with tempfile.TemporaryDirectory(prefix="qt_bench_") as tmp:
        src = Path(tmp) / "articles.jsonl"
        lo, hi = int(args.size * 0.9), int(args.size * 1.1)
        with src.open("w") as f:
            for a in generate_articles(args.n, seed=42, min_bytes=lo, max_bytes=hi):
                f.write(json.dumps({k: v for k, v in a.items() if k != "id"}) + "\n")
        mb = sum(len(p.article.text.encode()) for p in _prepared(src)) / 1e6
        print(f"# bench_ingest: {args.n} articles, {mb:.1f} MB, batch {args.batch}, {args.workers} workers")
        print(f"# {load_note()}")
        print(f"{'stage':<34} {'backend':<9} {'seconds':>8} {'art/s':>8} {'MB/s':>6} {'quotes/s':>9}")

        def row(stage: str, backend: str, secs: float, n: int, quotes: int, note: str = "") -> None:
            print(f"{stage:<34} {backend:<9} {secs:>8.2f} {n / secs:>8.0f} {mb * n / args.n / secs:>6.2f} "
                  f"{quotes / secs:>9.0f}  {note}", flush=True)

        items = _prepared(src)
        found, secs = _extract_all(items, args.workers)
        nq = sum(len(q) for q, _ in found)
        row(f"extract only, pool of {args.workers}", "-", secs, len(items), nq)
        _, secs1 = _extract_all(items[: max(1, args.n // 4)], 1)
        row("extract only, 1 process", "-", secs1, max(1, args.n // 4),
            sum(len(q) for q, _ in found[: max(1, args.n // 4)]))

        for backend in args.backends.split(","):
            with bench_database(backend) as url:
                for p, (q, d) in zip(items, found, strict=True):
                    p.quotes, p.derived = q, d
                if args.profile and backend == args.backends.split(",")[0]:
                    prof = cProfile.Profile()
                    prof.enable()
                c0, pg0 = time.process_time(), postgres_cpu_seconds()
                shards = _shards(args.shards)
                try:
                    secs = asyncio.run(_store_only(url, items, args.batch, shards))
                finally:
                    for s in shards:
                        s.shutdown()
                cpu = time.process_time() - c0
                pg = postgres_cpu_seconds() - pg0 if backend == "postgres" else 0.0
                if args.profile and backend == args.backends.split(",")[0]:
                    prof.disable()
                    out = io.StringIO()
                    stats = pstats.Stats(prof, stream=out).sort_stats("cumulative")
                    stats.print_stats("service|sqlalchemy.*(execute|construct_params)", 22)
                    profile_text = out.getvalue()
                row(f"store only, {args.shards} shards", backend, secs, len(items), nq,
                    f"writer {cpu / len(items) * 1000:.1f}"
                    + (f", PostgreSQL {pg / len(items) * 1000:.1f}" if backend == "postgres" else "")
                    + " ms CPU/art (shards excluded)")
            with bench_database(backend) as url:
                c0, kids0, pg0 = time.process_time(), _children_cpu(), postgres_cpu_seconds()
                report = pipeline.run(src, Settings(database_url=url, auto_migrate=False),
                                      batch_size=args.batch, workers=args.workers,
                                      checkpoint_path=Path(tmp) / f"{backend}.ckpt",
                                      cluster_shards=args.shards)
                cpu, kids = time.process_time() - c0, _children_cpu() - kids0
                pg = postgres_cpu_seconds() - pg0 if backend == "postgres" else 0.0
                assert report.stored == args.n, report
                row(f"end to end, {args.workers}w + {args.shards} shards", backend, report.seconds,
                    report.stored, report.quotes,
                    f"writer {cpu / args.n * 1000:.1f}, workers+shards {kids / args.n * 1000:.1f}"
                    + (f", PostgreSQL {pg / args.n * 1000:.1f}" if backend == "postgres" else "")
                    + " ms CPU/art")
        if args.profile:
            print("\n## writer profile (cumulative; our functions and SQLAlchemy execute)\n" + profile_text)


if __name__ == "__main__":
    main()
