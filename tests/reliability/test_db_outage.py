"""PostgreSQL stopped and restarted under load: fast 503s, /ready says so, recovery on its own,
and every article acknowledged with 201 is in the database afterwards.

Runs on a private PostgreSQL cluster (initdb on a free loopback port), never the shared one.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import anyio
import httpx
import pytest
from sqlalchemy import func, select

from models.tables import Article
from reliability.servers import PrivatePostgres, pg_bin, serve
from service.store.engine import create_engine
from service.store.migrate import upgrade_sync

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

WORKERS = 4
MAX_REQUESTS_PER_WORKER = 400
SLOWEST_ANSWER_S = 8.0  # connect timeout 2 s: an answer slower than this would be a hang


@pytest.fixture
def private_pg() -> object:
    bindir = pg_bin()
    if bindir is None:
        pytest.skip("initdb not found (install PostgreSQL server binaries to run the outage test)")
    pg = PrivatePostgres(bindir)
    try:
        pg.start()
        upgrade_sync(pg.url)
        yield pg
    finally:
        pg.destroy()


async def _stored_texts(url: str, texts: list[str]) -> int:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            query = select(func.count()).select_from(Article).where(Article.text.in_(texts))
            return int(await conn.scalar(query) or 0)
    finally:
        await engine.dispose()


def test_postgres_restart_under_load(private_pg: PrivatePostgres, tmp_path: Path) -> None:
    env = {"QUOTETRAIL_DATABASE_URL": private_pg.url, "QUOTETRAIL_DB_CONNECT_TIMEOUT": "2"}
    with serve(env, tmp_path / "server.log") as base:
        acknowledged: list[str] = []
        statuses: dict[str, list[int]] = {"before": [], "down": [], "after": []}
        phase = {"now": "before"}
        slowest = [0.0]
        bad: list[str] = []

        async def worker(w: int, client: httpx.AsyncClient, stop: anyio.Event) -> None:
            for i in range(MAX_REQUESTS_PER_WORKER):
                if stop.is_set():
                    return
                text = f'"Line {w}-{i} holds," said Pat Quinn.'
                started = time.monotonic()
                try:
                    r = await client.post("/v1/articles", json={"text": text, "outlet": f"W{w}"})
                except httpx.TransportError as exc:
                    bad.append(f"transport error {exc!r}")
                    continue
                slowest[0] = max(slowest[0], time.monotonic() - started)
                statuses[phase["now"]].append(r.status_code)
                if r.status_code == 201:
                    acknowledged.append(text)
                elif r.status_code == 503:
                    if not r.headers["content-type"].startswith("application/problem+json"):
                        bad.append("503 without problem details")
                    if "retry-after" not in r.headers:
                        bad.append("503 without Retry-After")
                else:
                    bad.append(f"{r.status_code}: {r.text[:200]}")
                await anyio.sleep(0.01)

        async def ready_status(client: httpx.AsyncClient) -> int:
            return (await client.get("/ready")).status_code

        async def scenario() -> None:
            stop = anyio.Event()
            async with httpx.AsyncClient(base_url=base, timeout=30) as client:
                with anyio.fail_after(120):
                    async with anyio.create_task_group() as tg:
                        for w in range(WORKERS):
                            tg.start_soon(worker, w, client, stop)
                        await anyio.sleep(1.5)
                        await anyio.to_thread.run_sync(private_pg.stop)
                        phase["now"] = "down"
                        await anyio.sleep(2.5)
                        assert await ready_status(client) == 503
                        await anyio.to_thread.run_sync(private_pg.start)
                        for _ in range(300):  # recovery must happen by itself, within 30 s
                            if await ready_status(client) == 200:
                                break
                            await anyio.sleep(0.1)
                        assert await ready_status(client) == 200
                        phase["now"] = "after"
                        await anyio.sleep(1.5)
                        stop.set()

        asyncio.run(scenario())

    assert not bad, bad[:5]
    assert 201 in statuses["before"]
    assert statuses["down"].count(503) >= WORKERS, statuses["down"]
    assert 201 in statuses["after"], "the service did not recover after PostgreSQL came back"
    assert slowest[0] < SLOWEST_ANSWER_S
    # every article acknowledged with 201 survived the restart
    assert asyncio.run(_stored_texts(private_pg.url, acknowledged)) == len(acknowledged)
