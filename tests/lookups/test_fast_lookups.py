"""The one-statement lookup paths of issue 6, on SQLite and PostgreSQL (no mocks).

GET /v1/quotes/{id}/provenance and GET /v1/quotes/{id} no longer go through an ORM session: one
statement on a pooled connection (on PostgreSQL on the driver connection itself, outside any
transaction), encoded straight to bytes. These tests pin that the answers are exactly the ones
the session-based service functions give (including merged entities), that the HTTP layer adds
ETag/Cache-Control and answers 304 to a matching If-None-Match, that a pooled PostgreSQL
connection the server killed is replaced without failing the request (no pool_pre_ping round trip
any more), and that the spec documents all three provenance representations.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import msgspec
import pytest
from sqlalchemy import select, text

from models.tables import Quote
from service import provenance_service, quotes
from service.store.engine import create_engine, create_sessionmaker

pytestmark = pytest.mark.anyio


async def _quote_ids(db_url: str) -> list[int]:
    engine = create_engine(db_url)
    try:
        async with engine.connect() as conn:
            return list((await conn.scalars(select(Quote.id).order_by(Quote.id))).all())
    finally:
        await engine.dispose()


async def _session_answers(db_url: str, ids: list[int]) -> tuple[dict[int, Any], dict[int, Any]]:
    """What the session-based service functions answer: provenance and the quote, as JSON values."""
    engine = create_engine(db_url)
    prov: dict[int, Any] = {}
    quote: dict[int, Any] = {}
    try:
        for qid in ids:
            async with create_sessionmaker(engine)() as session:
                prov[qid] = msgspec.to_builtins(await provenance_service.provenance(session, qid))
                quote[qid] = msgspec.to_builtins(await quotes.get_quote(session, qid))
    finally:
        await engine.dispose()
    return prov, quote


async def _merge_two_speakers(client: Any) -> None:
    """Fold one seed speaker into another, so answers must show survivors."""
    items = (await client.get("/v1/entities", params={"name": "marchetti", "limit": 10})).json()["items"]
    people = [e for e in items if e["type"] == "person"]
    if len(people) >= 2:
        resp = await client.post(f"/v1/entities/{people[1]['id']}/merge", json={"into": people[0]["id"]})
        assert resp.status_code == 201, resp.text


async def test_api_answers_equal_the_session_answers(client: Any, db_url: str) -> None:
    await _merge_two_speakers(client)
    ids = await _quote_ids(db_url)
    assert len(ids) >= 10
    prov, quote = await _session_answers(db_url, ids)
    clustered = 0
    for qid in ids:
        r = await client.get(f"/v1/quotes/{qid}/provenance")
        assert r.status_code == 200, r.text
        assert r.headers["content-type"].startswith("application/json")
        assert r.json() == json.loads(json.dumps(prov[qid])), qid
        clustered += len(r.json()["occurrences"]) > 1
        r = await client.get(f"/v1/quotes/{qid}")
        assert r.status_code == 200, r.text
        assert r.json() == json.loads(json.dumps(quote[qid])), qid
    assert clustered >= 4  # real multi-article clusters were compared, not only singletons
    for path in ("/v1/quotes/999999/provenance", "/v1/quotes/999999"):
        r = await client.get(path)
        assert r.status_code == 404 and r.headers["content-type"].startswith("application/problem+json")


async def test_engine_path_equals_session_path(client: Any, db_url: str) -> None:
    """provenance_json(engine) (the driver-level statement on PostgreSQL) == provenance(session)."""
    ids = await _quote_ids(db_url)
    prov, _ = await _session_answers(db_url, ids)
    engine = create_engine(db_url)
    try:
        for qid in ids:
            assert json.loads(await provenance_service.provenance_json(engine, qid)) == json.loads(
                json.dumps(prov[qid])
            )
    finally:
        await engine.dispose()


async def test_etag_and_304(client: Any, db_url: str) -> None:
    qid = (await _quote_ids(db_url))[0]
    for fmt in ("json", "prov-json", "prov-turtle"):
        r = await client.get(f"/v1/quotes/{qid}/provenance", params={"format": fmt})
        assert r.status_code == 200
        tag = r.headers["etag"]
        assert tag.startswith('"') and tag.endswith('"')
        assert r.headers["cache-control"] == "no-cache"
        again = await client.get(f"/v1/quotes/{qid}/provenance", params={"format": fmt})
        assert again.headers["etag"] == tag  # same data, same tag
        for header in (tag, f"W/{tag}", f'"nope", {tag}'):
            r304 = await client.get(
                f"/v1/quotes/{qid}/provenance", params={"format": fmt}, headers={"If-None-Match": header}
            )
            assert r304.status_code == 304 and r304.content == b"" and r304.headers["etag"] == tag
        stale = await client.get(
            f"/v1/quotes/{qid}/provenance", params={"format": fmt}, headers={"If-None-Match": '"old"'}
        )
        assert stale.status_code == 200 and stale.content == r.content


async def test_etag_changes_when_the_answer_changes(client: Any, db_url: str) -> None:
    qid = (await _quote_ids(db_url))[0]
    before = await client.get(f"/v1/quotes/{qid}/provenance")
    article = (await client.get(f"/v1/quotes/{qid}")).json()["article_id"]
    engine = create_engine(db_url)
    try:
        async with engine.begin() as conn:
            await conn.execute(
                text("UPDATE articles SET title = :t WHERE id = :i"), {"t": "A new headline", "i": article}
            )
    finally:
        await engine.dispose()
    after = await client.get(f"/v1/quotes/{qid}/provenance")
    assert after.headers["etag"] != before.headers["etag"]
    assert "A new headline" in after.text


async def test_pooled_connection_killed_by_the_server_is_replaced(
    client: Any, db_url: str, backend: str
) -> None:
    """No pool_pre_ping: a connection PostgreSQL terminated while it sat in the pool is noticed by
    asyncpg and replaced at checkout, so the next lookup succeeds without a ping round trip."""
    if backend != "postgres":
        pytest.skip("server-side connection termination is a PostgreSQL scenario")
    qid = (await _quote_ids(db_url))[0]
    engine = create_engine(db_url)
    try:
        await provenance_service.provenance_json(engine, qid)  # one pooled connection, now idle
        pids = []
        async with engine.connect() as conn:  # a second one: checked out while the first is idle
            mine = await conn.scalar(text("SELECT pg_backend_pid()"))
            pids = list(
                await conn.scalars(
                    text(
                        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                        "AND pid <> pg_backend_pid() AND application_name = ''"
                    )
                )
            )
        assert mine not in pids
        admin = create_engine(db_url)
        try:
            async with admin.connect() as conn:
                for pid in pids:
                    await conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
                # the connection we used for `mine` is idle in the pool too: kill it as well
                await conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": mine})
        finally:
            await admin.dispose()
        await asyncio.sleep(0.5)  # asyncpg reads the server's goodbye and marks its connections closed
        for _ in range(3):
            body = await provenance_service.provenance_json(engine, qid)
            assert json.loads(body)["quote_id"] == qid
            assert json.loads(await provenance_service.quote_json(engine, qid))["id"] == qid
    finally:
        await engine.dispose()


async def test_spec_documents_all_provenance_representations(client: Any) -> None:
    spec = (await client.get("/schema/openapi.json")).json()
    op = spec["paths"]["/v1/quotes/{quote_id}/provenance"]["get"]
    ok = op["responses"]["200"]
    assert set(ok["content"]) == {"application/json", "text/turtle"}
    alternatives = ok["content"]["application/json"]["schema"]["oneOf"]
    assert {"$ref": "#/components/schemas/ProvenanceOut"} in alternatives
    assert any(a.get("title") == "ProvJson" for a in alternatives)
    assert ok["content"]["text/turtle"]["schema"]["type"] == "string"
    assert {"ETag", "Cache-Control"} <= set(ok["headers"])
    assert "304" in op["responses"]
