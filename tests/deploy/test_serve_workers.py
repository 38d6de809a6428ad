"""`quotetrail serve` with several workers: one port, a socket per worker, connections spread.

uvicorn's own `--workers` shares one listening socket and let one worker take every connection of
a client that keeps a few alive (service/serving.py says why); these tests start the real command
and look at which worker process holds each accepted connection, from /proc.
"""

from __future__ import annotations

import os
import signal
import socket
import sys
import time
from pathlib import Path

import pytest

from tests.deploy.serve import run_server

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="SO_REUSEPORT balancing is Linux's")

CONNECTIONS = 16


def _open(port: int) -> socket.socket:
    """A keep-alive connection that has been answered once (so a worker has accepted it)."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    sock.sendall(b"GET /health HTTP/1.1\r\nHost: test\r\n\r\n")
    answer = b""
    while b"\r\n\r\n" not in answer:
        chunk = sock.recv(4096)
        assert chunk, "the server closed the connection"
        answer += chunk
    assert answer.startswith(b"HTTP/1.1 200"), answer[:200]
    return sock


def _server_inodes(port: int, client_ports: set[int]) -> dict[int, int]:
    """Socket inode of the server's end of each connection from one of `client_ports`."""
    found: dict[int, int] = {}
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            local, remote, inode = fields[1], fields[2], int(fields[9])
            if int(local.rsplit(":", 1)[1], 16) == port and int(remote.rsplit(":", 1)[1], 16) in client_ports:
                found[int(remote.rsplit(":", 1)[1], 16)] = inode
    return found


def _listening_inodes(port: int) -> set[int]:
    """Inodes of the sockets listening on `port` (state 0A)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if os.path.exists(table):
            for line in Path(table).read_text().splitlines()[1:]:
                fields = line.split()
                if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:
                    found.add(int(fields[9]))
    return found


def _holders(inodes: set[int]) -> dict[int, int]:
    """pid -> how many of `inodes` its file descriptors hold."""
    held: dict[int, int] = {}
    for pid in (int(d) for d in os.listdir("/proc") if d.isdigit()):
        try:
            fds = os.listdir(f"/proc/{pid}/fd")
        except OSError:
            continue
        for fd in fds:
            try:
                target = os.readlink(f"/proc/{pid}/fd/{fd}")
            except OSError:
                continue
            if target.startswith("socket:[") and int(target[8:-1]) in inodes:
                held[pid] = held.get(pid, 0) + 1
    return held


def _parent(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])


def _workers_of(port: int, serve_pid: int) -> dict[int, int]:
    socks = [_open(port) for _ in range(CONNECTIONS)]
    try:
        ports = {s.getsockname()[1] for s in socks}
        inodes = _server_inodes(port, ports)
        assert len(inodes) == CONNECTIONS, inodes
        held = _holders(set(inodes.values()))
        assert sum(held.values()) == CONNECTIONS, held
        assert all(_parent(pid) == serve_pid for pid in held), "a connection is held outside the workers"
        return held
    finally:
        for s in socks:
            s.close()


def test_two_workers_take_connections_on_one_port(fresh_db_url: str, backend: str, tmp_path: Path) -> None:
    with run_server(fresh_db_url, backend, tmp_path, {"QUOTETRAIL_WORKERS": "2"}) as server:
        assert server.process is not None
        port = int(server.base_url.rsplit(":", 1)[1])
        # a listening socket per worker (uvicorn's own workers share one), each held by one worker
        listening = _listening_inodes(port)
        assert len(listening) == 2, listening
        assert sorted(_holders(listening).values()) == [1, 1]
        held = _workers_of(port, server.process.pid)
        # two processes each hold some of the 16 connections (the kernel hashes each connection's
        # addresses: that one worker gets at most one of 16 has a chance of 17 in 32,768)
        assert len(held) == 2, held
        assert min(held.values()) >= 2, held
        assert "2 workers on http://127.0.0.1" in server.log_tail(1_000_000)


def test_a_worker_that_dies_stops_the_service(fresh_db_url: str, backend: str, tmp_path: Path) -> None:
    with run_server(fresh_db_url, backend, tmp_path, {"QUOTETRAIL_WORKERS": "2"}) as server:
        assert server.process is not None
        port = int(server.base_url.rsplit(":", 1)[1])
        workers = list(_workers_of(port, server.process.pid))
        os.kill(workers[0], signal.SIGKILL)
        # the supervisor stops the other worker and exits non-zero, for the process manager to
        # restart the whole service (never running on fewer workers than configured)
        assert server.process.wait(timeout=30) == 1
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and os.path.exists(f"/proc/{workers[1]}") and \
                Path(f"/proc/{workers[1]}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z":
            time.sleep(0.1)
        alive = os.path.exists(f"/proc/{workers[1]}") and \
            Path(f"/proc/{workers[1]}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
        assert not alive, "the other worker is still running"
        assert "exited with -9; stopping" in server.log_tail(1_000_000)
