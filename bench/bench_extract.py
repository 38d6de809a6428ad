"""Throughput, scaling and memory of the attribution engine on one core.

    uv run python -m bench.bench_extract            # full run (100,000 articles for memory)
    uv run python -m bench.bench_extract --quick    # smaller run

Why a bare-regex baseline: it is the floor any quote finder pays (one scan for quote marks), so the
ratio says how much the attribution rules cost on top of merely finding marks.
"""

from __future__ import annotations

import argparse
import gc
import resource
import time
import tracemalloc
from collections.abc import Callable

import regex

from bench.generate import generate_articles
from service.attribution import COMPILED, ArticleMeta, extract

_MARKS = regex.compile(r"[\"'\u2018\u2019\u201c\u201d\u00ab\u00bb]")


def _texts(n: int, lo: int, hi: int, seed: int = 7) -> list[str]:
    return [str(a["text"]) for a in generate_articles(n, seed=seed, min_bytes=lo, max_bytes=hi)]


def _time(fn: Callable[[str], object], texts: list[str], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()  # CPU time: the machine is shared, wall time measures the neighbours
        for t in texts:
            fn(t)
        best = min(best, time.process_time() - t0)
    return best


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * resource.getpagesize() / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="fewer articles (a smoke run)")
    ap.add_argument("--memory-only", action="store_true",
                    help="only the memory table, by RSS without tracemalloc (100,000 articles in minutes)")
    args = ap.parse_args()
    n_speed = 300 if args.quick else 2000
    n_mem = 5_000 if args.quick else 100_000
    meta = ArticleMeta(outlet="Bench Gazette")
    if args.memory_only:
        _memory(n_mem, meta, trace=False)
        return

    # the two builds differ about twofold: say which one was measured
    build = "compiled (mypyc)" if COMPILED else "interpreted (scripts/compile_engine.py compiles it)"
    print(f"# engine: {build}")
    print("## throughput (one core)")
    print(f"{'size':>10} {'articles':>9} {'art/s':>9} {'MB/s':>7} {'quotes/art':>10} {'x bare regex':>12}")
    for lo, hi, label in ((1000, 2000, "1-2 KB"), (4500, 5500, "~5 KB"), (10000, 20000, "10-20 KB"),
                          (1000, 20000, "1-20 KB")):
        texts = _texts(n_speed, lo, hi)
        mb = sum(len(t.encode()) for t in texts) / 1e6
        nq = sum(len(extract(t, meta)) for t in texts) / len(texts)
        secs = _time(lambda t: extract(t, meta), texts)
        bare = _time(lambda t: _MARKS.findall(t), texts)
        print(f"{label:>10} {len(texts):>9} {len(texts) / secs:>9.0f} {mb / secs:>7.2f} {nq:>10.1f} "
              f"{secs / bare:>12.1f}")

    print("\n## scaling (one article repeated)")
    base = "\n\n".join(_texts(4, 4500, 5500, seed=11))
    print(f"{'x':>5} {'bytes':>10} {'seconds':>9} {'s per x':>9}")
    for k in (1, 10, 100):
        text = "\n\n".join([base] * k)
        secs = _time(lambda t: extract(t, meta), [text], repeat=1)
        print(f"{k:>5} {len(text):>10} {secs:>9.4f} {secs / k:>9.5f}")

    _memory(n_mem, meta, trace=True)


def _memory(n_mem: int, meta: ArticleMeta, trace: bool) -> None:
    """Memory at four checkpoints: flat RSS (and traced heap) means nothing accumulates per article."""
    print(f"\n## memory over {n_mem:,} articles")
    gc.collect()
    if trace:
        tracemalloc.start()
    start_traced = tracemalloc.get_traced_memory()[0]
    start_rss = _rss_mb()
    checkpoints: list[tuple[int, float, float]] = []
    t0 = time.perf_counter()
    for i, art in enumerate(generate_articles(n_mem, seed=3, min_bytes=1000, max_bytes=20000), 1):
        extract(str(art["text"]), meta)
        if i % (n_mem // 4) == 0:
            gc.collect()
            checkpoints.append((i, tracemalloc.get_traced_memory()[0] / 1e6, _rss_mb()))
    secs = time.perf_counter() - t0
    if trace:
        tracemalloc.stop()
    print(f"{'articles':>9} {'traced MB':>10} {'RSS MB':>8}")
    print(f"{0:>9} {start_traced / 1e6:>10.2f} {start_rss:>8.1f}")
    for i, traced, rss in checkpoints:
        print(f"{i:>9} {traced:>10.2f} {rss:>8.1f}")
    how = "under tracemalloc" if trace else "without tracemalloc (traced MB stays 0)"
    print(f"({n_mem / secs:.0f} articles/s {how}, generation included)")


if __name__ == "__main__":
    main()
