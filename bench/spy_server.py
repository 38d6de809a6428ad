"""Sample a live uvicorn worker with py-spy while loadgen drives one request type; name the hot spots.

    uv run python -m bench.spy_server --backend postgres --request get      # GET /v1/quotes/{id}
    uv run python -m bench.spy_server --backend postgres --request post     # POST /v1/articles

One worker (so one pid to sample), a fresh database with a few hundred articles, loadgen in its own
process for --seconds, py-spy (dev dependency) recording raw stacks of that worker at 200 Hz. Prints
the share of samples by area (the same areas as profile_ingest) and the top functions by own samples.
Needs ptrace permission (root, or CAP_SYS_PTRACE).
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.bench_api import loadgen, max_quote_id, start, stop
from bench.dbs import bench_database, load_note
from bench.generate import generate_articles
from bench.profile_ingest import area
from service.ingest import pipeline
from service.settings import Settings


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--backend", default="postgres", choices=["sqlite", "postgres"])
    ap.add_argument("--request", default="get", choices=["get", "provenance", "post"])
    ap.add_argument("--seconds", type=int, default=15)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--idle", action="store_true",
                    help="sample idle threads too (a waiting event loop shows as asyncio's Runner.run)")
    ap.add_argument("--raw-out", type=Path, help="also keep py-spy's raw stacks here (for inclusive shares)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="qt_bench_") as tmp, bench_database(args.backend) as url:
        seed = Path(tmp) / "seed.jsonl"
        more = Path(tmp) / "more.jsonl"
        arts = [json.dumps({k: v for k, v in a.items() if k != "id"})
                for a in generate_articles(1200, seed=5, min_bytes=4500, max_bytes=5500)]
        seed.write_text("\n".join(arts[:200]) + "\n")
        more.write_text("\n".join(arts[200:]) + "\n")
        pipeline.run(seed, Settings(database_url=url, auto_migrate=False), workers=0)  # the data to read
        top = max_quote_id(url)
        proc, base, _ = start(url, 1, Path(tmp) / "server.log")
        try:
            worker = proc.pid  # with one worker uvicorn serves in the process it was started as
            raw = Path(tmp) / "stacks.txt"
            spy = subprocess.Popen(
                ["py-spy", "record", "--pid", str(worker), "--rate", "200", "--format", "raw",
                 *(["--idle"] if args.idle else []),
                 "--duration", str(args.seconds), "--output", str(raw), "--nonblocking"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if args.request == "post":
                r = loadgen("--url", base, "--post-jsonl", str(more), "--concurrency", str(args.concurrency),
                            "--duration", str(args.seconds))
            else:
                path = "/v1/quotes/{id}" + ("/provenance" if args.request == "provenance" else "")
                r = loadgen("--url", base, "--get-template", path, "--ids", f"1-{top}",
                            "--concurrency", str(args.concurrency), "--duration", str(args.seconds))
            spy.wait(timeout=args.seconds + 60)
        finally:
            stop(proc)
        if args.raw_out:
            args.raw_out.write_text(raw.read_text())
        report(args, r, raw)


def report(args: argparse.Namespace, r: dict[str, object], raw: Path) -> None:
    own: collections.Counter[str] = collections.Counter()
    areas: collections.Counter[str] = collections.Counter()
    total = 0
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack:
            continue
        n = int(count)
        frames = stack.split(";")
        leaf = frames[-1]
        total += n
        own[leaf] += n
        idle = "select" in leaf or "epoll" in leaf or ("_run_once" in leaf and len(frames) < 6)
        areas["idle (event loop waiting)" if idle else area(leaf)] += n
    print(f"# spy_server: {args.request} on {args.backend}, 1 uvicorn worker, "
          f"concurrency {args.concurrency}, {args.seconds} s; {load_note()}")
    print(f"# load: {r['rps']} req/s, p50 {r['p50_ms']} ms, p99 {r['p99_ms']} ms, statuses {r['statuses']}")
    print(f"{'area':<50} {'share':>6}")
    for name, n in areas.most_common():
        print(f"{name:<50} {n / max(total, 1):>6.1%}")
    print("\n## top functions by own samples")
    for name, n in own.most_common(15):
        print(f"{n / max(total, 1):>6.1%}  {name[:140]}")


if __name__ == "__main__":
    sys.exit(main())
