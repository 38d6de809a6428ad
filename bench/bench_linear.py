"""Is the engine's running time linear in input size? 10x input should cost about 10x time.

    uv run python -m bench.bench_linear            # realistic prose plus hostile shapes
    uv run python -m bench.bench_linear --quick

For each shape, one text of N bytes and one of 10N bytes built the same way; the table shows
best-of-3 times and the ratio. A ratio near 10 is linear; near 100 would be quadratic. Hostile
shapes are the ones a regex engine or a pairing algorithm can go quadratic on: unmatched quote
marks, nesting, one long line.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from bench.generate import generate_articles
from service.attribution import ArticleMeta, extract


def _prose(size: int) -> str:
    out, total, seed = [], 0, 1
    while total < size:
        for a in generate_articles(50, seed=seed, min_bytes=2000, max_bytes=8000):
            out.append(str(a["text"]))
            total += len(out[-1])
        seed += 1
    return "\n\n".join(out)[:size]


SHAPES: dict[str, Callable[[int], str]] = {
    "news prose": _prose,
    "one long line": lambda n: ("Officials said the plan would work " * (n // 35 + 1))[:n],
    "quote marks only": lambda n: '"' * n,
    "unbalanced marks": lambda n: ('“ word ' * (n // 7 + 1))[:n],
    "nested quotes": lambda n: ('"A said \'B said «C' * (n // 18 + 1))[:n],
    "short quotes": lambda n: ('"Yes," said Ann Lee. ' * (n // 21 + 1))[:n],
}


def _best(text: str, repeat: int) -> float:
    meta = ArticleMeta()
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        extract(text, meta)
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10 kB -> 100 kB instead of 50 kB -> 500 kB")
    args = parser.parse_args(argv)
    small = 10_000 if args.quick else 50_000
    print(f"{'shape':<18} {'N bytes':>9} {'t(N) ms':>10} {'t(10N) ms':>10} {'ratio':>7}")
    for name, build in SHAPES.items():
        t_small = _best(build(small), 3)
        t_large = _best(build(small * 10), 3)
        ratio = t_large / t_small if t_small > 0 else float("nan")
        print(f"{name:<18} {small:>9,} {t_small * 1000:>10.1f} {t_large * 1000:>10.1f} {ratio:>7.1f}")


if __name__ == "__main__":
    main()
