"""The hot queries probe indexes whatever PostgreSQL's statistics say (issue 6).

Its first form (one join of unnest(:keys) with quote_keys, quotes and entities, ranked by a window)
left the join strategy to row estimates. On a store growing faster than autoanalyze they were
stale, and the plan scanned quote_keys and quotes whole: 39 ms at 1,000 articles, most of
PostgreSQL's CPU per POST. The LATERAL form can only look a key up in its index. JIT is off on our
connections: the unnest() row guess pushed that query over `jit_above_cost` (24 ms compiling a
1 ms query). The provenance triggers' queries (migration 0006) are checked the same way: PL/pgSQL
keeps a plan per connection, and one made on a small `quotes` scanned it whole on every insert.
And the provenance read (`provenance_repo.CLUSTER_STATEMENT_PG`): 51 ms of PostgreSQL per lookup
at 32,000 quotes with plain joins planned on stale statistics.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.dialects import postgresql

from service.ingest import batch_store
from service.observability import db_faults
from service.settings import Settings
from service.store import clustering, provenance_repo
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


@asynccontextmanager
async def _never_analysed(url: str, *more: str) -> AsyncIterator[tuple[Any, Any]]:
    """(engine, asyncpg connection) on a store filled by `_FILL` and `more`, never analysed."""
    engine = create_engine(url)
    try:
        async with engine.begin() as conn:
            for statement_text in (*_FILL, *more):
                await conn.execute(text(statement_text))
        async with engine.connect() as conn:
            raw = await conn.get_raw_connection()
            assert raw.driver_connection is not None
            yield engine, raw.driver_connection
    finally:
        await engine.dispose()


async def test_postgres_jit_is_off_with_the_apps_connection_options(pg_url: str) -> None:
    settings = Settings(database_url=pg_url, auto_migrate=False)
    engine = create_engine(pg_url, **db_faults.engine_options(settings))  # as create_app makes it
    try:
        async with engine.connect() as conn:
            assert (await conn.execute(text("SHOW jit"))).scalar() == "off"
    finally:
        await engine.dispose()


async def test_postgres_candidate_query_probes_the_key_index_on_a_never_analysed_store(pg_url: str) -> None:
    statement = batch_store._CANDIDATES["postgresql"]
    compiled = statement.compile(dialect=postgresql.asyncpg.dialect())
    keys = [f"speaker {i}|w{i}" for i in range(20, 2001, 20)]  # 100 keys, as one article asks
    values = {**compiled.params, "keys": keys, "cap": clustering.MAX_CANDIDATES}
    sql, args = str(compiled), [values[name] for name in compiled.positiontup or ()]
    async with _never_analysed(pg_url) as (_engine, driver):
        assert await driver.fetchval("SHOW jit") == "off"
        plan = "\n".join(r[0] for r in await driver.fetch("EXPLAIN " + sql, *args))
        found = await driver.fetch(sql, *args)
    assert "Seq Scan on quote_keys" not in plan, plan
    assert "Seq Scan on quotes" not in plan, plan
    assert "Seq Scan on entities" not in plan, plan
    # what it answers: each stored quote once, with the wanted keys it sits under; every wanted key
    # that has quotes appears ("speaker 2000|w2000" is never written: g % 2000 is below 2000)
    assert {key for row in found for key in row["keys"]} == set(keys[:-1])
    assert len({(row["text"], row["context"]) for row in found}) == len(found)
    assert all(row["speaker"].startswith("Speaker ") for row in found)


async def test_postgres_provenance_triggers_probe_quotes_by_index(pg_url: str) -> None:
    """Every nested statement a chain-link insert, update and delete runs, explained through
    auto_explain (sent to this client as notices): none scans `quotes`, `chain_links` or `entities`."""
    plans: list[str] = []
    async with _never_analysed(pg_url) as (_engine, driver):
        driver.add_log_listener(lambda _c, message: plans.append(str(message.message)))
        for setting in (
            "LOAD 'auto_explain'",
            "SET auto_explain.log_min_duration = 0",
            "SET auto_explain.log_nested_statements = on",
            "SET auto_explain.log_level = 'notice'",
            "SET client_min_messages = 'notice'",
        ):
            await driver.execute(setting)
        async with driver.transaction():
            await driver.execute(
                "INSERT INTO chain_links (quote_id, position, role, entity_id, cue) "
                "SELECT g, 0, 'speaker', g % 2000 + 1, 'said' FROM generate_series(1, 300) g"
            )
            await driver.execute("UPDATE chain_links SET cue = 'told' WHERE quote_id <= 50")
            await driver.execute("UPDATE entities SET type = 'organisation' WHERE id <= 5")
            await driver.execute("UPDATE articles SET title = 'moved' WHERE id <= 5")
            await driver.execute("DELETE FROM chain_links WHERE quote_id <= 20")
            dirty = await driver.fetchval("SELECT count(DISTINCT cluster_id) FROM provenance_dirty")
    nested = [p for p in plans if "provenance_dirty" in p]
    assert len(nested) >= 5, plans  # one per trigger that fired: the check below saw them
    for plan in nested:
        for table in ("quotes", "chain_links", "entities"):
            assert f"Seq Scan on {table}" not in plan, plan
    # the clusters they marked: the 300 linked quotes' (1..300), articles 1..5's quotes, the
    # quotes of entities 1..5 as speaker or in a chain
    assert dirty >= 300


async def test_postgres_provenance_read_probes_by_index_on_a_never_analysed_store(pg_url: str) -> None:
    direct = provenance_repo._CLUSTER
    links = (
        "INSERT INTO chain_links (quote_id, position, role, entity_id, cue) "
        "SELECT g % 20000 + 1, g / 20000, 'relay', g % 2000 + 1, 'told' FROM generate_series(1, 40000) g"
    )
    one_cluster = "UPDATE quotes SET cluster_id = 7 WHERE id IN (7, 8, 9)"
    async with _never_analysed(pg_url, links, one_cluster) as (engine, driver):
        args = [{**direct.params, "quote_id": 8}[name] for name in direct.order]
        plan = "\n".join(r[0] for r in await driver.fetch("EXPLAIN " + direct.sql, *args))
        rows = await provenance_repo.cluster_rows_direct(engine, 8)
    for table in ("chain_links", "articles", "entities", "quotes"):
        assert f"Seq Scan on {table}" not in plan, plan
    # the asked quote's cluster by quote id, two links each (positions 0 and 1, in chain order)
    assert [r[0] for r in rows] == [7, 7, 8, 8, 9, 9]
    assert {r[14] for r in rows} == {"relay"}
    assert {r[17] for r in rows} <= {f"Speaker {i}" for i in range(1, 2001)}
