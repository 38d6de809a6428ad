"""The clustering candidate query probes indexes whatever PostgreSQL's statistics say (issue 6).

Its first form (one join of unnest(:keys) with quote_keys, quotes and entities, ranked by a window)
left the join strategy to row estimates. On a store growing faster than autoanalyze they were
stale, and the plan scanned quote_keys and quotes whole: 39 ms at 1,000 articles, most of
PostgreSQL's CPU per POST. The LATERAL form can only look a key up in its index. JIT is off on our
connections: the unnest() row guess pushed that query over `jit_above_cost` (24 ms compiling a
1 ms query).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.dialects import postgresql

from service.ingest import batch_store
from service.store import clustering
from service.store.engine import create_engine
from tests.conftest import _empty

pytestmark = [pytest.mark.anyio, pytest.mark.postgres]

_FILL = [
    "INSERT INTO entities (id, name, type, key, created_at) "
    "SELECT g, 'Speaker ' || g, 'person', 'speaker ' || g, now() FROM generate_series(1, 2000) g",
    "INSERT INTO articles (id, outlet, outlet_key, text, text_hash, created_at) "
    "SELECT g, 'Gazette', 'gazette', 'text ' || g, md5(g::text), now() FROM generate_series(1, 2000) g",
    "INSERT INTO clusters (id, speaker_entity_id, created_at) "
    "SELECT g, g % 2000 + 1, now() FROM generate_series(1, 20000) g",
    "INSERT INTO quotes (id, article_id, position, text, start, \"end\", kind, speaker_entity_id, "
    "confidence, context, cluster_id) SELECT g, g % 2000 + 1, g / 2000, 'words ' || g, 0, 10, 'full', "
    "g % 2000 + 1, 0.9, 'context ' || g, g FROM generate_series(1, 20000) g",
    "INSERT INTO quote_keys (key, quote_id) "
    "SELECT 'speaker ' || (g % 2000) || '|w' || (g % 9973), g % 20000 + 1 FROM generate_series(1, 200000) g",
]


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> Iterator[str]:
    url = str(request.getfixturevalue("_postgres_url"))
    asyncio.run(_empty(url))
    yield url
    asyncio.run(_empty(url))


async def test_candidate_query_probes_the_key_index_on_a_never_analysed_store(pg_url: str) -> None:
    engine = create_engine(pg_url)
    statement = batch_store._CANDIDATES["postgresql"]
    compiled = statement.compile(dialect=postgresql.asyncpg.dialect())
    keys = [f"speaker {i}|w{i}" for i in range(20, 2001, 20)]  # 100 keys, as one article asks
    values = {**compiled.params, "keys": keys, "cap": clustering.MAX_CANDIDATES}
    sql, args = str(compiled), [values[name] for name in compiled.positiontup or ()]
    try:
        async with engine.begin() as conn:
            for statement_text in _FILL:
                await conn.execute(text(statement_text))
        async with engine.connect() as conn:
            raw = await conn.get_raw_connection()
            driver = raw.driver_connection
            assert driver is not None
            assert await driver.fetchval("SHOW jit") == "off"
            plan = "\n".join(r[0] for r in await driver.fetch("EXPLAIN " + sql, *args))
            found = await driver.fetch(sql, *args)
    finally:
        await engine.dispose()
    assert "Seq Scan on quote_keys" not in plan, plan
    assert "Seq Scan on quotes" not in plan, plan
    assert "Seq Scan on entities" not in plan, plan
    # what it answers: the stored quotes under each wanted key that has any ("speaker 2000|w2000"
    # is never written: g % 2000 is below 2000)
    assert {row["key"] for row in found} == set(keys[:-1])
    assert all(row["speaker"].startswith("Speaker ") for row in found)
