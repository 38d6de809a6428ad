"""One article = one transaction: a fault injected at any write of ingest leaves nothing behind.

The fault is raised by the database driver boundary (a SQLAlchemy cursor event on the app's own
engine) at the statement that inserts into one table. Ingest writes each table in one multi-row
INSERT (on PostgreSQL the quotes, their chain links, keys and new clusters share one statement,
the others as data-modifying CTEs), so the fault fires at that table's only write, after every
table written before it really was written (and for any table but articles, after at least one
earlier INSERT of the transaction). tests/api covers a bad value in the second quote; this covers
every table ingest writes, then shows a retry stores the article completely.
"""

from __future__ import annotations

from typing import Any

import pytest
import regex
from api.scripted_engine import scripted_extract
from sqlalchemy import event, func, select

from models.tables import Base

pytestmark = pytest.mark.anyio

ARTICLE = {
    "text": '"We will build it," said Rosa Vale, according to Wire Service. '
    '"Not this year," said Omar Eze, according to Daily Post.',
    "outlet": "Herald",
}
WRITTEN_BY_INGEST = [t.name for t in Base.metadata.sorted_tables if t.name != "entity_merges"]


class InjectedFault(Exception):
    pass


async def _counts(run_db: Any, db_url: str) -> dict[str, int]:
    async def count(session: Any) -> dict[str, int]:
        return {
            t.name: int(await session.scalar(select(func.count()).select_from(t)))
            for t in Base.metadata.sorted_tables
        }

    result: dict[str, int] = await run_db(db_url, count)
    return result


@pytest.mark.parametrize("table", WRITTEN_BY_INGEST)
async def test_fault_at_any_insert_leaves_nothing(
    table: str, make_client: Any, run_db: Any, db_url: str
) -> None:
    client = await make_client(extractor=scripted_extract)
    engine = client.app.state.engine.sync_engine
    insert_into = regex.compile(rf'\bINSERT\s+INTO\s+"?{table}"?[\s(]', regex.IGNORECASE)
    any_insert = regex.compile(r"\bINSERT\s", regex.IGNORECASE)
    fail_at = 1  # one INSERT per table per article: its first is the one that writes every row
    seen = {"n": 0, "inserts_before": 0}

    def inject(conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
        if any_insert.search(statement) and not insert_into.search(statement):
            seen["inserts_before"] += seen["n"] == 0
        if insert_into.search(statement):
            seen["n"] += 1
            if seen["n"] == fail_at:
                raise InjectedFault(f"fault injected at INSERT #{fail_at} into {table}")

    event.listen(engine, "before_cursor_execute", inject)
    try:
        r = await client.post("/v1/articles", json=ARTICLE)
    finally:
        event.remove(engine, "before_cursor_execute", inject)
    assert seen["n"] >= fail_at, f"ingest never wrote {fail_at} row(s) to {table}: the fault did not fire"
    if table != "articles":  # something was really written in the transaction before the fault
        assert seen["inserts_before"] >= 1
    assert r.status_code == 500 and r.headers["content-type"].startswith("application/problem+json")
    assert set((await _counts(run_db, db_url)).values()) == {0}

    retry = await client.post("/v1/articles", json=ARTICLE)
    assert retry.status_code == 201, retry.text
    after = await _counts(run_db, db_url)
    assert after["articles"] == 1 and after["quotes"] == 2
    assert after[table] >= fail_at
