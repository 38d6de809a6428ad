"""On SQLite, reads never wait for the write lock (service/store/engine.py: `read_only`).

Every transaction used to begin with BEGIN IMMEDIATE, which is right for writers (they queue on
the lock instead of failing when they upgrade) but made every GET queue behind every ingest and
every other GET: p50 5 ms, p99 0.2-0.9 s at 8 connections. Here another connection holds the
write lock for the whole test, and the busy timeout is cut to 300 ms so a read that still asked
for the lock would fail (500) rather than wait 30 s. Each read path answers: the direct quote
read, the provenance document read and its compute-on-miss (whose document install tries once
and gives up while the lock is held), a session-backed listing, readiness and metrics.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest
from api.scripted_engine import scripted_extract
from litestar.testing import AsyncTestClient
from sqlalchemy.engine import make_url

from service.app import create_app
from service.settings import Settings
from service.store import engine as store_engine
from tests.conftest import _empty

pytestmark = pytest.mark.anyio

ARTICLE = {
    "text": '"The harbour opens in May," said Ana Reyes, according to Wire Service.',
    "outlet": "Herald",
}


@pytest.fixture
def sqlite_url(_sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    asyncio.run(_empty(_sqlite_url))
    with sqlite3.connect(str(make_url(_sqlite_url).database)) as db:  # _empty leaves the documents
        db.execute("DELETE FROM provenance_docs")
    monkeypatch.setattr(store_engine, "SQLITE_BUSY_TIMEOUT_MS", 300)
    yield _sqlite_url


def _documents(path: str, cluster_id: int) -> int:
    with sqlite3.connect(path) as db:
        found = db.execute("SELECT count(*) FROM provenance_docs WHERE cluster_id = ?", (cluster_id,))
        return int(found.fetchone()[0])


async def test_reads_answer_while_a_writer_holds_the_lock(sqlite_url: str) -> None:
    path = str(make_url(sqlite_url).database)
    app = create_app(Settings(database_url=sqlite_url, auto_migrate=False), extractor=scripted_extract)
    async with AsyncTestClient(app=app) as client:
        posted = await client.post("/v1/articles", json=ARTICLE)
        assert posted.status_code == 201, posted.text
        quote_id = posted.json()["quotes"][0]["id"]
        writer = sqlite3.connect(path, isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")  # holds the write lock until the end
        try:
            reads: list[Any] = [
                await client.get(f"/v1/quotes/{quote_id}"),
                await client.get(f"/v1/quotes/{quote_id}/provenance"),  # a miss: computed, not stored
                await client.get("/v1/quotes"),
                await client.get("/ready"),
                await client.get("/metrics"),
            ]
            for r in reads:
                assert r.status_code == 200, (r.request.url, r.text)
            cluster_id = reads[1].json()["cluster_id"]
            assert _documents(path, cluster_id) == 0
        finally:
            writer.execute("ROLLBACK")
            writer.close()
        again = await client.get(f"/v1/quotes/{quote_id}/provenance")
        assert again.status_code == 200 and again.content == reads[1].content
        assert _documents(path, cluster_id) == 1  # with the lock free, the read stored its document
