"""API throughput and latency under load: uvicorn with one worker per core, load from another process.

    uv run python -m bench.bench_api                          # SQLite and PostgreSQL, ~3 minutes
    uv run python -m bench.bench_api --backends postgres --lookup-quotes 1000000   # + provenance at 1M
    uv run python -m bench.bench_api --backends none --lookup-quotes 1000000 --lookup-url URL --loadgen wrk

Per backend: a fresh database, `uvicorn --factory service.app:create_app --workers <cores>` (the
production settings: access log on, migrations off because the database is migrated first), then
bench/loadgen.py in its own process: POST /v1/articles with distinct ~5 KB articles, then
GET /v1/quotes/{id} and GET /v1/quotes/{id}/provenance on what was stored. With --lookup-quotes N,
PostgreSQL is also filled with N quotes by bench/bench_lookup.py's COPY loader and the provenance
GET is measured there; `--lookup-url URL` measures a database loaded earlier instead (e.g. by
`bench.bench_lookup --keep`; never dropped). Also prints the server's start time (process start
to first /health 200) and, per GET phase, the CPU the server's processes used per request (from
/proc, so Linux only): on a machine shared with other runs, CPU per request is the figure that
does not depend on what the neighbours do.

`--loadgen wrk` drives the GET phases with wrk (C, `apt-get install -y wrk`) instead of the Python
loadgen, which itself needs about a core at a few thousand requests per second.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from bench.dbs import bench_database, load_note, postgres_cpu_seconds
from bench.generate import generate_articles

REPO = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


SERVERS = ("quotetrail", "uvicorn", "granian")


def _server_command(server: str, port: int, workers: int) -> list[str]:
    if server == "quotetrail":  # `quotetrail serve`: uvicorn workers, one SO_REUSEPORT socket each
        return [sys.executable, "-m", "service.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
                "--workers", str(workers)]
    if server == "granian":
        return [sys.executable, "-m", "granian", "--interface", "asgi", "--factory", "--host", "127.0.0.1",
                "--port", str(port), "--workers", str(workers), "--loop", "uvloop", "--log-level", "warning",
                "--no-access-log", "service.app:create_app"]
    return [sys.executable, "-m", "uvicorn", "--factory", "service.app:create_app", "--host", "127.0.0.1",
            "--port", str(port), "--workers", str(workers), "--log-level", "warning", "--no-access-log"]


def start(
    url: str, workers: int, log: Path, server: str = "uvicorn"
) -> tuple[subprocess.Popen[bytes], str, float]:
    port = _free_port()
    env = {**os.environ, "QUOTETRAIL_DATABASE_URL": url, "QUOTETRAIL_AUTO_MIGRATE": "false",
           "PYTHONPATH": str(REPO)}
    t0 = time.perf_counter()
    with log.open("ab") as sink:
        proc = subprocess.Popen(
            _server_command(server, port, workers), env=env, stdout=sink, stderr=sink, cwd=REPO,
        )
    base = f"http://127.0.0.1:{port}"
    while time.perf_counter() - t0 < 120:
        if proc.poll() is not None:
            raise SystemExit(f"server exited {proc.returncode}; see {log}")
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                # every worker must be up, not just the first: a few more probes
                for _ in range(20):
                    httpx.get(f"{base}/health", timeout=5)
                return proc, base, time.perf_counter() - t0
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    proc.kill()
    raise SystemExit("server did not start within 120 s")


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _cpu_ticks(pid: int) -> int:
    """utime + stime of a process and its children still alive (uvicorn's workers), in ticks."""
    total = 0
    pids = [pid]
    with contextlib.suppress(OSError):
        pids += [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    for p in pids:
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{p}/stat").read_text().rpartition(")")[2].split()
            total += int(fields[11]) + int(fields[12])
    return total


def server_cpu(proc: subprocess.Popen[bytes], phase: Callable[[], dict[str, object]]) -> dict[str, object]:
    """Run one load phase; add the server's and PostgreSQL's CPU milliseconds per answered request
    (PostgreSQL's counts every client of the local server: read it on a quiet one)."""
    before, pg0 = _cpu_ticks(proc.pid), postgres_cpu_seconds()
    r = phase()
    ticks, pg = _cpu_ticks(proc.pid) - before, postgres_cpu_seconds() - pg0
    n = max(int(r["requests"]), 1)  # type: ignore[call-overload]
    r["server_cpu_ms"] = round(1000 * ticks / os.sysconf("SC_CLK_TCK") / n, 3)
    r["db_cpu_ms"] = round(1000 * pg / n, 3)
    return r


_WRK_LUA = """
math.randomseed(%(seed)d)
request = function()
  return wrk.format("GET", string.format("%(template)s", math.random(%(lo)d, %(hi)d)))
end
"""


def wrk(base: str, template: str, ids: str, conc: int, seconds: float, tmp: Path) -> dict[str, object]:
    """The GET phase with wrk: random ids in `ids` (LO-HI), `conc` connections, one thread."""
    if shutil.which("wrk") is None:
        raise SystemExit("--loadgen wrk: wrk is not installed (apt-get install -y wrk)")
    lo, hi = (int(x) for x in ids.split("-"))
    script = tmp / "get.lua"
    script.write_text(_WRK_LUA % {"seed": 1, "template": template.replace("{id}", "%d"), "lo": lo, "hi": hi})
    out = subprocess.run(
        ["wrk", "-t1", f"-c{conc}", f"-d{max(1, round(seconds))}s", "--latency", "-s", str(script), base],
        capture_output=True, text=True, timeout=seconds + 60, check=True,
    ).stdout

    def ms(label: str) -> float:
        m = re.search(rf"^\s+{label}\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        if not m:
            return float("nan")
        return float(m.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[m.group(2)]

    total = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    statuses: dict[str, object] = {"2xx": total - int(bad.group(1)) if bad else total}
    if bad:
        statuses["other"] = int(bad.group(1))
    if errors:
        statuses["socket"] = errors.group(1)
    return {"requests": total, "rps": rps, "p50_ms": ms("50%"), "p99_ms": ms("99%"), "statuses": statuses}


def get_phase(
    args: argparse.Namespace, proc: subprocess.Popen[bytes], base: str, template: str, ids: str, conc: int,
    seconds: float, tmp: Path,
) -> dict[str, object]:
    if args.loadgen == "wrk":
        return server_cpu(proc, lambda: wrk(base, template, ids, conc, seconds, tmp))
    return server_cpu(proc, lambda: loadgen("--url", base, "--get-template", template, "--ids", ids,
                                            "--concurrency", str(conc), "--duration", str(seconds)))


def loadgen(*args: str) -> dict[str, object]:
    out = subprocess.run([sys.executable, "-m", "bench.loadgen", *args], capture_output=True, text=True,
                         cwd=REPO, timeout=600, check=True)
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def row(backend: str, what: str, conc: int, r: dict[str, object], target: str) -> None:
    cpu, load = r.get("server_cpu_ms", ""), os.getloadavg()[0]
    db = r.get("db_cpu_ms", "") if backend == "postgres" else ""
    print(f"{backend:<9} {what:<34} {conc:>4} {r['requests']:>7} {r['rps']:>8} {r['p50_ms']:>8} "
          f"{r['p99_ms']:>8} {cpu:>8} {db:>8} {json.dumps(r['statuses']):<22} {target} [load {load:.1f}]",
          flush=True)


def max_quote_id(url: str) -> int:
    from sqlalchemy import func, select

    from models.tables import Quote
    from service.store.engine import create_engine

    async def q() -> int:
        engine = create_engine(url)
        try:
            async with engine.connect() as conn:
                return int((await conn.scalar(select(func.max(Quote.id)))) or 0)
        finally:
            await engine.dispose()

    return asyncio.run(q())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--backends", default="sqlite,postgres", help="or 'none' (with --lookup-quotes)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="server worker processes")
    ap.add_argument("--server", choices=SERVERS, default="quotetrail",
                    help="quotetrail = `quotetrail serve` (uvicorn workers, a SO_REUSEPORT socket each)")
    ap.add_argument("--articles", type=int, default=3000, help="distinct 5 KB articles available to POST")
    ap.add_argument("--duration", type=float, default=20.0, help="seconds per load phase")
    ap.add_argument("--concurrency", default="8,32", help="connections, comma-separated")
    ap.add_argument("--lookup-quotes", type=int, default=0, help="also load N quotes on PostgreSQL (COPY)")
    ap.add_argument("--lookup-url", help="with --lookup-quotes: measure this database, loaded before")
    ap.add_argument("--loadgen", choices=["python", "wrk"], default="python", help="for the GET phases")
    args = ap.parse_args()
    concs = [int(c) for c in args.concurrency.split(",")]

    with tempfile.TemporaryDirectory(prefix="qt_bench_") as tmp:
        arts = Path(tmp) / "articles.jsonl"
        with arts.open("w") as f:
            for a in generate_articles(args.articles, seed=77, min_bytes=4500, max_bytes=5500):
                f.write(json.dumps({k: v for k, v in a.items() if k != "id"}) + "\n")
        log = Path(tmp) / "server.log"
        print(f"# bench_api: {args.server} --workers {args.workers}, loopback, GET load by {args.loadgen} "
              "in its own process; cpu = server CPU ms per request (all its processes), db = PostgreSQL's")
        print(f"# {load_note()}")
        print(f"{'backend':<9} {'request':<34} {'conc':>4} {'count':>7} {'req/s':>8} {'p50 ms':>8} "
              f"{'p99 ms':>8} {'cpu ms':>8} {'db ms':>8} {'statuses':<22} target")
        for backend in [b for b in args.backends.split(",") if b in ("sqlite", "postgres")]:
            with bench_database(backend) as url:
                proc, base, started = start(url, args.workers, log, args.server)
                print(f"{backend:<9} {'(server start to /health)':<34} {'':>4} {'':>7} {'':>8} "
                      f"{started * 1000:>8.0f}", flush=True)
                try:
                    # each concurrency level POSTs its own slice of articles: all new, none deduped
                    per = args.articles // len(concs)
                    for i, c in enumerate(concs):
                        part = Path(tmp) / f"part{i}.jsonl"
                        lines = arts.read_text().splitlines()[i * per:(i + 1) * per]
                        part.write_text("\n".join(lines) + "\n")
                        post = ("--url", base, "--post-jsonl", str(part), "--concurrency", str(c),
                                "--duration", str(args.duration))
                        r = server_cpu(proc, lambda post=post: loadgen(*post))  # type: ignore[misc]
                        row(backend, "POST /v1/articles (5 KB)", c, r, ">=500/s, p99<50")
                    top = max_quote_id(url)
                    for c in concs:
                        r = get_phase(args, proc, base, "/v1/quotes/{id}", f"1-{top}", c,
                                      args.duration / 2, Path(tmp))
                        row(backend, f"GET /v1/quotes/{{id}} ({top} quotes)", c, r, "")
                        r = get_phase(args, proc, base, "/v1/quotes/{id}/provenance", f"1-{top}", c,
                                      args.duration / 2, Path(tmp))
                        row(backend, f"GET provenance ({top} quotes)", c, r, ">=3000/s, p99<10")
                finally:
                    stop(proc)
        if args.lookup_quotes:
            lookup(args, concs, log)


def lookup(args: argparse.Namespace, concs: list[int], log: Path) -> None:
    if args.lookup_url:
        measure_lookups(args, concs, log, args.lookup_url)
        return
    from bench.bench_lookup import load  # the 1M-quote COPY loader

    with bench_database("postgres") as url:
        t0 = time.perf_counter()
        asyncio.run(load(url, args.lookup_quotes, 1))
        print(f"# loaded {args.lookup_quotes:,} quotes in {time.perf_counter() - t0:.0f} s", flush=True)
        measure_lookups(args, concs, log, url)


def measure_lookups(args: argparse.Namespace, concs: list[int], log: Path, url: str) -> None:
    top = max_quote_id(url)
    proc, base, _ = start(url, args.workers, log, args.server)
    try:
        get_phase(args, proc, base, "/v1/quotes/{id}/provenance", f"1-{top}", concs[0], 3, log.parent)  # warm
        for c in concs:
            r = get_phase(args, proc, base, "/v1/quotes/{id}/provenance", f"1-{top}", c, args.duration,
                          log.parent)
            row("postgres", f"GET provenance ({top:,} quotes)", c, r, ">=3000/s, p99<10")
            r = get_phase(args, proc, base, "/v1/quotes/{id}", f"1-{top}", c, args.duration / 2, log.parent)
            row("postgres", f"GET /v1/quotes/{{id}} ({top:,} quotes)", c, r, "")
    finally:
        stop(proc)


if __name__ == "__main__":
    main()
