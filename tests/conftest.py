"""Shared fixtures: every storage and API test runs on real SQLite and real PostgreSQL.

Reusable fixtures (other test packages may use them):

- ``backend``     -- "sqlite" or "postgres"; parametrises any test that uses a database (ids
                     ``sqlite`` / ``postgres``). PostgreSQL comes from ``QUOTETRAIL_TEST_DATABASE_URL``
                     (e.g. ``postgresql+asyncpg://postgres@127.0.0.1:5432/test``); unset -> postgres
                     params skip, unless ``QUOTETRAIL_REQUIRE_POSTGRES=1`` (CI), then they fail.
- ``db_url``      -- async SQLAlchemy URL of a migrated database emptied before the test. One
                     throw-away database per backend per session: a file under pytest's tmp dir for
                     SQLite, ``CREATE DATABASE qt_<random>`` for PostgreSQL (dropped at the end).
                     Ids restart at 1 in every test on both backends.
- ``settings``    -- ``Settings`` pointing at ``db_url`` (auto-migrate off: already migrated).
- ``make_client`` -- async factory ``await make_client(extractor=None, **settings_overrides)`` ->
                     litestar ``AsyncTestClient`` (an ``httpx.AsyncClient``) on an app for ``db_url``;
                     closed after the test.
- ``app_client``  -- ``make_client()`` with the real attribution engine.
- ``live_server`` -- base URL (``http://127.0.0.1:PORT``) of a real uvicorn process serving the app
                     (real engine) on ``db_url``; one process per backend per session.
- ``scripted_live_server`` -- the same with ``tests/api/scripted_engine`` instead of the engine,
                     for tests that need predictable speakers and chains.
- ``run_db``      -- ``await run_db(url, coro_fn)``: ``await coro_fn(session)`` on a fresh engine (to
                     check what was stored, independently of the API).
"""

from __future__ import annotations

import asyncio
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

from models.tables import Base
from service.settings import Settings
from service.store.engine import create_engine, create_sessionmaker
from service.store.migrate import upgrade_sync

T = TypeVar("T")
REPO = Path(__file__).resolve().parent.parent
PG_ENV = "QUOTETRAIL_TEST_DATABASE_URL"


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    return "asyncio"


# ---------------------------------------------------------------- databases


async def _pg_admin(url: str, statement: str) -> None:
    admin = create_async_engine(url, isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as conn:
            await conn.execute(text(statement))
    finally:
        await admin.dispose()


@pytest.fixture(scope="session")
def _postgres_url() -> Iterator[str]:
    admin_url = os.environ.get(PG_ENV)
    if not admin_url:
        if os.environ.get("QUOTETRAIL_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"QUOTETRAIL_REQUIRE_POSTGRES=1 but {PG_ENV} is not set")
        pytest.skip(f"{PG_ENV} not set")
    name = f"qt_{secrets.token_hex(6)}"
    # the name is ours (hex), identifiers cannot be bound parameters
    asyncio.run(_pg_admin(admin_url, f'CREATE DATABASE "{name}"'))
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    try:
        upgrade_sync(url)
        yield url
    finally:
        asyncio.run(_pg_admin(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def _sqlite_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("sqlite") / "quotetrail.db"
    url = f"sqlite+aiosqlite:///{path}"
    upgrade_sync(url)
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _session_url(request: pytest.FixtureRequest, backend: str) -> str:
    return str(request.getfixturevalue("_sqlite_url" if backend == "sqlite" else "_postgres_url"))


async def _empty(url: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.begin() as conn:
            if engine.dialect.name == "postgresql":
                names = ", ".join(t.name for t in Base.metadata.sorted_tables)
                await conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
            else:
                for table in reversed(Base.metadata.sorted_tables):
                    await conn.execute(table.delete())
    finally:
        await engine.dispose()


@pytest.fixture
def db_url(request: pytest.FixtureRequest, backend: str) -> str:
    url = _session_url(request, backend)
    asyncio.run(_empty(url))
    return url


@pytest.fixture
def settings(db_url: str) -> Settings:
    return Settings(database_url=db_url, auto_migrate=False)


@pytest.fixture
def run_db() -> Callable[[str, Callable[[AsyncSession], Awaitable[T]]], Awaitable[T]]:
    async def run(url: str, fn: Callable[[AsyncSession], Awaitable[T]]) -> T:
        engine = create_engine(url)
        try:
            async with create_sessionmaker(engine)() as session:
                return await fn(session)
        finally:
            await engine.dispose()

    return run


# ---------------------------------------------------------------- in-process clients


@pytest.fixture
async def make_client(settings: Settings) -> AsyncIterator[Callable[..., Awaitable[Any]]]:
    from litestar.testing import AsyncTestClient

    from service.app import create_app

    opened: list[Any] = []

    async def make(extractor: Any = None, **overrides: Any) -> Any:
        app_settings = Settings(
            **{**{f: getattr(settings, f) for f in settings.__struct_fields__}, **overrides}
        )
        client = AsyncTestClient(app=create_app(app_settings, extractor=extractor))
        await client.__aenter__()
        opened.append(client)
        return client

    yield make
    for client in reversed(opened):
        await client.__aexit__(None, None, None)


@pytest.fixture
async def app_client(make_client: Callable[..., Awaitable[Any]]) -> Any:
    return await make_client()


# ---------------------------------------------------------------- real server processes


SERVER_START_SECONDS = 90


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(
    factory: str, env_overrides: dict[str, str], app_dir: Path = REPO
) -> tuple[subprocess.Popen[bytes], str]:
    """Start `uvicorn --factory` on a free loopback port and wait until /health answers.

    stderr (the JSON access log) goes to a file: an unread pipe fills after a few hundred requests
    and then the server blocks on its next log line. 90 s to start, for loaded shared cores.
    """
    port = free_port()
    env = {**os.environ, **env_overrides, "PYTHONPATH": str(REPO)}
    log_fd, log_name = tempfile.mkstemp(prefix="quotetrail-server-", suffix=".log")
    log_path = Path(log_name)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            factory,
            "--app-dir",
            str(app_dir),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log_fd,
    )
    os.close(log_fd)  # the child holds its own copy
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = log_path.read_text(errors="replace")
            raise RuntimeError(f"server exited with {proc.returncode} (log {log_path}): {err[-2000:]}")
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                return proc, base
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    stop_server(proc)
    err = log_path.read_text(errors="replace")
    raise RuntimeError(f"server did not answer /health within {SERVER_START_SECONDS} s: {err[-2000:]}")


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="session")
def _servers() -> Iterator[dict[tuple[str, str], str]]:
    running: dict[tuple[str, str], str] = {}
    procs: list[subprocess.Popen[bytes]] = []
    running["__procs__"] = procs  # type: ignore[index,assignment]
    yield running
    for proc in procs:
        stop_server(proc)


def _server_for(servers: dict[Any, Any], backend: str, url: str, scripted: bool) -> str:
    key = (backend, "scripted" if scripted else "engine")
    if key not in servers:
        factory = "scripted_engine:create_app" if scripted else "service.app:create_app"
        app_dir = REPO / "tests" / "api" if scripted else REPO
        proc, base = start_server(factory, {"QUOTETRAIL_DATABASE_URL": url}, app_dir)
        servers["__procs__"].append(proc)
        servers[key] = base
    return str(servers[key])


@pytest.fixture
def live_server(db_url: str, backend: str, _servers: dict[Any, Any]) -> str:
    return _server_for(_servers, backend, db_url, scripted=False)


@pytest.fixture
def scripted_live_server(db_url: str, backend: str, _servers: dict[Any, Any]) -> str:
    return _server_for(_servers, backend, db_url, scripted=True)


@pytest.fixture
def fresh_db_url(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> Iterator[str]:
    """An empty, unmigrated database on `backend`, for tests of migration itself; dropped after."""
    if backend == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'fresh.db'}"
        return
    request.getfixturevalue("_postgres_url")  # skips/fails exactly like the shared database
    admin_url = os.environ[PG_ENV]
    name = f"qt_{secrets.token_hex(6)}"
    asyncio.run(_pg_admin(admin_url, f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        asyncio.run(_pg_admin(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
