"""Provenance answers in a small fixed number of queries, whatever the cluster's size.

Counted with SQLAlchemy's cursor-execute event on a real engine (both backends), so an N+1 (a
query per occurrence, per entity or per merged entity) fails here instead of in production latency.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event, select

from models.tables import Quote
from service import provenance_service
from service.errors import NotFound
from service.store.engine import create_engine, create_sessionmaker
from tests.lookups.conftest import load_seeds
from tests.lookups.readme_engine import readme_extract

pytestmark = pytest.mark.anyio
MAX_QUERIES = 1  # one statement: members, articles, speakers, links and survivors


async def _count_queries(db_url: str, quote_id: int) -> tuple[int, Any]:
    engine = create_engine(db_url)
    seen: list[str] = []

    def on_execute(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            seen.append(statement)

    event.listen(engine.sync_engine, "before_cursor_execute", on_execute)
    try:
        async with create_sessionmaker(engine)() as session:
            out = await provenance_service.provenance(session, quote_id)
    finally:
        await engine.dispose()
    return len(seen), out


async def _biggest_cluster_quote(db_url: str) -> int:
    engine = create_engine(db_url)
    try:
        async with create_sessionmaker(engine)() as session:
            cids = list(await session.scalars(select(Quote.cluster_id).where(Quote.cluster_id.is_not(None))))
            biggest = max(set(cids), key=cids.count)
            return int(
                (await session.scalars(select(Quote.id).where(Quote.cluster_id == biggest).limit(1))).one()
            )
    finally:
        await engine.dispose()


async def test_provenance_query_count_is_fixed(make_client: Any, db_url: str) -> None:
    client = await make_client(extractor=readme_extract)
    await load_seeds(client)
    qid = await _biggest_cluster_quote(db_url)
    n, out = await _count_queries(db_url, qid)
    assert len(out.occurrences) >= 4  # a real multi-article cluster, not a trivial one
    assert n <= MAX_QUERIES, n

    # merged entities resolve in the same queries (no per-entity survivor lookups)
    names = {n.entity.name: n.entity.id for n in out.nodes if n.entity is not None}
    elena = names["Elena Marchetti"]
    other = next(i for name, i in names.items() if name != "Elena Marchetti")
    resp = await client.post(f"/v1/entities/{other}/merge", json={"into": elena})
    assert resp.status_code == 201, resp.text
    n2, out2 = await _count_queries(db_url, qid)
    assert n2 <= MAX_QUERIES, n2
    assert all(n.entity is None or n.entity.id != other for n in out2.nodes)

    # a missing quote is a NotFound (a 404 problem in the API), not an empty answer
    engine = create_engine(db_url)
    try:
        async with create_sessionmaker(engine)() as session:
            with pytest.raises(NotFound):
                await provenance_service.provenance(session, 999_999)
    finally:
        await engine.dispose()
