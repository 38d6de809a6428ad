"""Instructions per article of the attribution engine, counted by valgrind (load-independent).

    uv run python -m bench.bench_instructions [--n 300] [--warm 200] [--lo 4500 --hi 5500]

Why instructions and not seconds: this machine is shared, so CPU seconds move by ±20 % with the
neighbours' load while an instruction count moves by well under 1 %. Two runs under callgrind are
subtracted (warm-up only; warm-up plus N articles), so interpreter start, imports and the regex
compile cache drop out and what remains is the steady-state cost of N distinct articles.
`--check FILE` also writes every article's output as JSON lines, so a speed change can be proved
byte-identical with `cmp`. Calibration on this machine (idle, 2026-11-23): 6.87M instructions
per 5 KB article ran at 627-677 articles/s of CPU time, so the 1,000 art/s target is ~4.4M.
Needs `valgrind` (Debian package `valgrind`).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

import msgspec

from bench.generate import generate_articles
from service.attribution import COMPILED, ArticleMeta, extract


def _work(warm: int, n: int, lo: int, hi: int, check: str | None) -> None:
    """The measured program: `warm` articles, then `n` different ones (seeded, deterministic)."""
    meta = ArticleMeta(outlet="Bench Gazette")
    texts = [str(a["text"]) for a in generate_articles(warm + n, seed=7, min_bytes=lo, max_bytes=hi)]
    for t in texts[:warm]:
        extract(t, meta)
    out = open(check, "wb") if check else None  # noqa: SIM115 - closed below
    for t in texts[warm:warm + n]:
        quotes = extract(t, meta)
        if out:
            out.write(msgspec.json.encode(quotes) + b"\n")
    if out:
        out.close()


def _count(warm: int, n: int, lo: int, hi: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        dest = os.path.join(tmp, "cg.out")
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={dest}", sys.executable, "-m",
               "bench.bench_instructions", "--worker", "--warm", str(warm), "--n", str(n),
               "--lo", str(lo), "--hi", str(hi)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(dest) as f:
            for line in f:
                m = re.match(r"(?:summary|totals):\s+(\d+)", line)
                if m:
                    return int(m.group(1))
    raise RuntimeError("callgrind wrote no totals")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300, help="articles measured")
    ap.add_argument("--warm", type=int, default=200, help="articles run before (and subtracted)")
    ap.add_argument("--lo", type=int, default=4500, help="smallest article, bytes")
    ap.add_argument("--hi", type=int, default=5500, help="largest article, bytes")
    ap.add_argument("--check", metavar="FILE", help="write the N articles' output here (no valgrind)")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker or args.check:
        _work(args.warm, args.n, args.lo, args.hi, args.check)
        return
    if shutil.which("valgrind") is None:
        sys.exit("valgrind not found: apt-get install -y valgrind")
    base = _count(args.warm, 0, args.lo, args.hi)
    full = _count(args.warm, args.n, args.lo, args.hi)
    per = (full - base) / args.n
    print(f"# engine: {'compiled (mypyc)' if COMPILED else 'interpreted'}")
    print(f"{'size':>12} {'articles':>9} {'instructions/article':>21}")
    print(f"{f'{args.lo}-{args.hi} B':>12} {args.n:>9} {per / 1e6:>20.2f}M")


if __name__ == "__main__":
    main()
