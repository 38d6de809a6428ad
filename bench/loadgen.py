"""A bounded HTTP/1.1 load generator for loopback benchmarks, run as its own process.

    uv run python -m bench.loadgen --url http://127.0.0.1:8000 --post-jsonl A.jsonl --path /v1/articles \
        --concurrency 16 --duration 20 --max-requests 5000
    uv run python -m bench.loadgen --url http://127.0.0.1:8000 --get-template '/v1/quotes/{id}' \
        --ids 1-100000 --concurrency 32 --duration 15

Why not httpx: its per-request Python overhead (~0.5 ms of CPU) would eat the core the server needs
on a 2-core machine; this client writes pre-built requests on keep-alive connections and parses only
status and Content-Length. Closed loop: `concurrency` connections, each sending its next request when
the previous answer is in. Stops at `duration` seconds or `max-requests`, whichever comes first, and
refuses any host that is not loopback. Prints one JSON line of results.
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import itertools
import json
import random
import socket
import sys
import time
from collections import Counter
from collections.abc import Iterator
from urllib.parse import urlsplit


def _requests(args: argparse.Namespace, host: str) -> Iterator[bytes]:
    if args.post_jsonl:
        with open(args.post_jsonl, "rb") as f:
            bodies = [line.strip() for line in f if line.strip()]
        head = f"POST {args.path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
        return iter([(head + f"Content-Length: {len(b)}\r\n\r\n").encode() + b for b in bodies])
    lo, hi = (int(x) for x in args.ids.split("-"))
    rng = random.Random(args.seed)
    return (
        f"GET {args.get_template.format(id=rng.randint(lo, hi))} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()
        for _ in itertools.count()
    )


async def _read_response(reader: asyncio.StreamReader) -> int:
    status = int((await reader.readline()).split()[1])
    length, chunked = 0, False
    while (line := await reader.readline()) not in (b"\r\n", b""):
        name, _, value = line.partition(b":")
        if name.lower() == b"content-length":
            length = int(value)
        elif name.lower() == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
    if chunked:
        while size := int((await reader.readline()).strip(), 16):
            await reader.readexactly(size + 2)
        await reader.readline()
    else:
        await reader.readexactly(length)
    return status


async def run(args: argparse.Namespace) -> dict[str, object]:
    url = urlsplit(args.url)
    host, port = url.hostname or "127.0.0.1", url.port or 80
    if not ipaddress.ip_address(socket.gethostbyname(host)).is_loopback:
        raise SystemExit(f"loadgen: {host} is not a loopback address; refusing")
    requests = _requests(args, f"{host}:{port}")
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    budget = [args.max_requests]
    t_start = time.perf_counter()
    deadline = t_start + args.duration

    async def connection() -> None:
        reader, writer = await asyncio.open_connection(host, port)
        try:
            while time.perf_counter() < deadline and budget[0] > 0:
                req = next(requests, None)
                if req is None:
                    return
                budget[0] -= 1
                t0 = time.perf_counter()
                writer.write(req)
                status = await _read_response(reader)
                latencies.append(time.perf_counter() - t0)
                statuses[status] += 1
        finally:
            writer.close()

    await asyncio.gather(*(connection() for _ in range(args.concurrency)))
    elapsed = time.perf_counter() - t_start
    latencies.sort()

    def pct(p: float) -> float:
        return 1000 * latencies[min(len(latencies) - 1, int(p * len(latencies)))] if latencies else 0.0

    return {
        "requests": len(latencies),
        "seconds": round(elapsed, 3),
        "rps": round(len(latencies) / elapsed, 1),
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "p50_ms": round(pct(0.50), 2),
        "p90_ms": round(pct(0.90), 2),
        "p99_ms": round(pct(0.99), 2),
        "max_ms": round(1000 * latencies[-1], 2) if latencies else 0.0,
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", required=True, help="base URL, loopback only")
    ap.add_argument("--path", default="/v1/articles", help="POST path")
    ap.add_argument("--post-jsonl", help="POST each line of this file once, in order")
    ap.add_argument("--get-template", help="GET path with {id}, e.g. /v1/quotes/{id}")
    ap.add_argument("--ids", default="1-1000", help="id range LO-HI for --get-template")
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--duration", type=float, default=15.0, help="seconds (hard stop)")
    ap.add_argument("--max-requests", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    if bool(args.post_jsonl) == bool(args.get_template):
        ap.error("give exactly one of --post-jsonl and --get-template")
    print(json.dumps(asyncio.run(run(args))))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
