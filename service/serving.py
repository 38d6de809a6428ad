"""Run the API on several uvicorn worker processes, each with its own SO_REUSEPORT socket.

Why: uvicorn's `--workers` shares one listening socket, and whichever worker wakes first accepts a
burst of new connections. Clients that keep a few connections alive (a newsroom pipeline, a load
balancer's keep-alive pool, our benchmark's 8 connections) could end up all on one worker while
the other idled: POST /v1/articles measured 167-233/s from run to run on 2 workers, with one
worker at ~55 % CPU and the other near 0. With a socket per worker bound with SO_REUSEPORT, the
kernel spreads connections over the workers by hashing each connection's addresses.

Linux only (elsewhere SO_REUSEPORT does not balance, so `quotetrail serve` falls back to uvicorn's
own workers). The parent only supervises: it starts the workers, passes SIGINT/SIGTERM on, and if
a worker dies it stops the rest and exits non-zero, so the process manager restarts the service
as a whole rather than running it on fewer workers than it was given.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import socket
import sys
import time
from collections.abc import Sequence
from types import FrameType

APP = "service.app:create_app"


def balanced_workers_supported() -> bool:
    return sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")


def reuseport_socket(host: str, port: int) -> socket.socket:
    """A listening socket on (host, port) that other processes may bind too."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def _worker(host: str, port: int) -> None:
    import uvicorn

    sock = reuseport_socket(host, port)
    config = uvicorn.Config(APP, factory=True, access_log=False)
    uvicorn.Server(config).run(sockets=[sock])


def _wait_listening(host: str, port: int, procs: Sequence[multiprocessing.process.BaseProcess]) -> None:
    """Until a worker accepts on (host, port), or every worker is gone, or a minute has passed."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and any(p.is_alive() for p in procs):
        try:
            socket.create_connection((host, port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)


def serve(host: str, port: int, workers: int) -> int:
    """Run `workers` processes on (host, port) until SIGINT/SIGTERM; the exit status to return."""
    if port == 0:
        # every worker must bind the same port: take a free one now, and hold it until they have
        # (a bound socket that does not listen gets no connections)
        probe = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        probe.bind((host, 0))
        port = probe.getsockname()[1]
    else:
        probe = None
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_worker, args=(host, port), name=f"quotetrail-worker-{n}")
             for n in range(workers)]
    for p in procs:
        p.start()
    if probe is not None:
        _wait_listening(host, port, procs)
        probe.close()
    print(f"quotetrail: {workers} workers on http://{host}:{port} (SO_REUSEPORT)",
          file=sys.stderr, flush=True)
    stopping = False

    def stop(signum: int, _frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True
        for p in procs:
            if p.pid is not None and p.is_alive():
                os.kill(p.pid, signum)

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    status = 0
    while any(p.is_alive() for p in procs):
        for p in procs:
            if not p.is_alive() and not stopping:
                # a worker died: stop the others and let the process manager restart us
                print(f"quotetrail: {p.name} exited with {p.exitcode}; stopping", file=sys.stderr, flush=True)
                status = 1
                stop(signal.SIGTERM, None)
        time.sleep(0.2)
    for p in procs:
        p.join()
    return status
