"""Run the service exactly as the image does: the installed `quotetrail` command, env-configured.

tests/conftest.py's live server starts uvicorn directly on a pre-migrated database; this one goes
through `quotetrail serve` (and `quotetrail db upgrade`), the commands the Dockerfile and compose
run, so their start-up path (settings from QUOTETRAIL_*, migrations, workers) is exercised too.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy.engine import make_url

START_TIMEOUT_S = 60.0


@dataclass(frozen=True)
class LiveServer:
    base_url: str
    database_url: str
    backend: str
    log_path: Path
    process: subprocess.Popen[bytes] | None = None
    """The `quotetrail serve` process (its workers are its children)."""

    def log_tail(self, chars: int = 4000) -> str:
        return self.log_path.read_text(errors="replace")[-chars:] if self.log_path.exists() else ""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def quotetrail_command(*args: str) -> list[str]:
    """argv for the console script installed in this environment (what the image puts on PATH)."""
    script = Path(sys.executable).with_name("quotetrail")
    if not script.exists():
        raise RuntimeError(f"{script} missing: run `uv sync` so the quotetrail command is installed")
    return [str(script), *args]


def service_env(overrides: dict[str, str]) -> dict[str, str]:
    """This process's environment minus any QUOTETRAIL_* of the caller's, plus `overrides`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("QUOTETRAIL_")}
    env.update(overrides)
    return env


@contextmanager
def run_server(
    database_url: str, backend: str, workdir: Path, extra_env: dict[str, str] | None = None
) -> Iterator[LiveServer]:
    """Start `quotetrail serve`, wait until /ready answers 200, stop it with SIGTERM afterwards."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("QUOTETRAIL_")}
    env.update(
        {
            "QUOTETRAIL_DATABASE_URL": database_url,
            "QUOTETRAIL_HOST": "127.0.0.1",
            "QUOTETRAIL_PORT": str(port),
            "QUOTETRAIL_WORKERS": "1",
            "QUOTETRAIL_AUTO_MIGRATE": "true",
            **(extra_env or {}),
        }
    )
    log_path = workdir / f"server-{backend}-{port}.log"
    server = LiveServer(f"http://127.0.0.1:{port}", database_url, backend, log_path)
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            quotetrail_command("serve"),
            env=env,
            cwd=workdir,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server = LiveServer(server.base_url, database_url, backend, log_path, proc)
    try:
        _wait_ready(proc, server)
        yield server
    finally:
        _stop(proc)


def _wait_ready(proc: subprocess.Popen[bytes], server: LiveServer) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    last_error = "no answer yet"
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"quotetrail serve exited with {proc.returncode}:\n{server.log_tail()}")
        try:
            response = httpx.get(f"{server.base_url}/ready", timeout=2.0)
            if response.status_code == 200:
                return
            last_error = f"/ready answered {response.status_code}: {response.text[:300]}"
        except httpx.TransportError as exc:
            last_error = repr(exc)
        time.sleep(0.2)
    raise RuntimeError(f"server not ready after {START_TIMEOUT_S}s ({last_error}):\n{server.log_tail()}")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGTERM)  # our own process group (start_new_session): server + workers
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)


async def _admin(url: str, sql: str) -> None:
    import asyncpg

    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@contextmanager
def throwaway_postgres(admin_url: str) -> Iterator[str]:
    """Database qt_<random> beside the admin URL's database (other runs share the cluster); dropped
    after, forcefully, so a server that is still connected cannot keep it alive."""
    name = f"qt_{secrets.token_hex(6)}"  # ours, hex only: safe to splice into the identifier
    asyncio.run(_admin(admin_url, f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        asyncio.run(_admin(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
