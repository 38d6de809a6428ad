"""Stored provenance documents (migration 0004) are never served stale, on SQLite and PostgreSQL.

GET /v1/quotes/{id}/provenance answers JSON from a per-cluster document kept valid by database
triggers. After each kind of write that changes an answer (a new article joining a cluster, an
entity merge, a rename, an article's new headline, an article deleted, rows COPYed by the bulk
path, a backup imported), every answer the API gives must be byte-identical to the one computed
from the rows (the session path, which never reads documents), for every quote and format. The
race guard is checked directly: a document computed before a write is neither installed after it
commits nor, if installed while the write was in flight, served once it commits.
"""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from sqlalchemy import select, text

from models.tables import ChainLink, Entity, Quote
from service import backup, provenance_service
from service.ingest.batch_store import CHAIN_LINKS
from service.ingest.copy import COPY_MIN_ROWS, append_rows
from service.provenance import documents
from service.provenance.prov_export import to_prov_json, to_prov_turtle
from service.store import provenance_repo
from service.store.engine import create_engine, create_sessionmaker
from tests.conftest import _empty

pytestmark = pytest.mark.anyio


@pytest.fixture
async def engine(db_url: str) -> Any:
    e = create_engine(db_url)
    async with e.begin() as conn:  # not a model, so not emptied between tests (ids restart)
        await conn.execute(text("DELETE FROM provenance_docs"))
    yield e
    await e.dispose()


async def _ids(engine: Any) -> list[int]:
    async with engine.connect() as conn:
        return list((await conn.scalars(select(Quote.id).order_by(Quote.id))).all())


async def _docs(engine: Any) -> int:
    async with engine.connect() as conn:
        return int(await conn.scalar(text("SELECT count(*) FROM provenance_docs")) or 0)


async def _fresh(engine: Any, qid: int) -> bytes:
    """The answer computed from the rows, through a session (never reads documents)."""
    async with create_sessionmaker(engine)() as session:
        return await provenance_service.provenance_json(session, qid)


async def _assert_all_fresh(client: Any, engine: Any, *, formats: bool = False) -> int:
    """Every quote's API answer, read twice (a miss stores, the second read is served from the
    document), equals the computed one byte for byte; returns how many multi-quote clusters."""
    multi = 0
    ids = await _ids(engine)
    assert ids
    for qid in ids:
        fresh = await _fresh(engine, qid)
        for _ in range(2):
            r = await client.get(f"/v1/quotes/{qid}/provenance")
            assert r.status_code == 200, r.text
            assert r.content == fresh, qid
        multi += len(json.loads(fresh)["occurrences"]) > 1
        if formats:
            async with create_sessionmaker(engine)() as session:
                graph = await provenance_service.provenance_graph(session, qid)
            for fmt, want in (
                ("prov-json", to_prov_json(graph, f"quote-{qid}")),
                ("prov-turtle", to_prov_turtle(graph, f"quote-{qid}")),
            ):
                r = await client.get(f"/v1/quotes/{qid}/provenance", params={"format": fmt})
                assert r.content == want.encode(), (qid, fmt)
    assert await _docs(engine) > 0  # documents were stored, so the cached path was compared
    return multi


async def _cluster_of_two(engine: Any) -> tuple[int, int]:
    """(a quote, its cluster) of a cluster with at least two quotes."""
    async with engine.connect() as conn:
        row = (
            await conn.execute(
                text(
                    "SELECT min(id), cluster_id FROM quotes WHERE cluster_id IS NOT NULL "
                    "GROUP BY cluster_id HAVING count(*) > 1 ORDER BY cluster_id LIMIT 1"
                )
            )
        ).first()
    assert row is not None
    return int(row[0]), int(row[1])


async def _sql(engine: Any, statement: str, **params: Any) -> None:
    async with engine.begin() as conn:
        await conn.execute(text(statement), params)


async def test_documents_are_served_and_equal_the_computed_answers(client: Any, engine: Any) -> None:
    assert await _assert_all_fresh(client, engine, formats=True) >= 4
    # the second read really came from the document: tamper with one and it is what we get
    qid, cluster = await _cluster_of_two(engine)
    await _sql(engine, "UPDATE provenance_docs SET body = :b WHERE cluster_id = :c", b=b"}", c=cluster)
    r = await client.get(f"/v1/quotes/{qid}/provenance")
    assert set(r.json()) == {"quote_id", "cluster_id", "speaker"}


async def test_etag_and_304_from_a_document(client: Any, engine: Any) -> None:
    qid, _ = await _cluster_of_two(engine)
    first = await client.get(f"/v1/quotes/{qid}/provenance")  # computed and stored
    again = await client.get(f"/v1/quotes/{qid}/provenance")  # from the document
    assert again.content == first.content and again.headers["etag"] == first.headers["etag"]
    r304 = await client.get(f"/v1/quotes/{qid}/provenance", headers={"If-None-Match": first.headers["etag"]})
    assert r304.status_code == 304 and r304.content == b""


async def test_new_article_joining_a_cluster(client: Any, engine: Any, make_client: Any) -> None:
    await _assert_all_fresh(client, engine)
    qid, _ = await _cluster_of_two(engine)
    words = (await client.get(f"/v1/quotes/{qid}")).json()
    speaker = words["speaker"]["name"]
    before = (await client.get(f"/v1/quotes/{qid}/provenance")).json()
    article = {
        "text": f'"{words["text"]}" said {speaker}, speaking to the Evening Courier.',
        "outlet": "Evening Courier",
        "url": "https://courier.example/joins",
        "published_at": "2020-01-01T00:00:00Z",
    }
    real = await make_client()  # the attribution engine (the seeds' client only knows the seeds)
    assert (await real.post("/v1/articles", json=article)).status_code == 201
    after = (await client.get(f"/v1/quotes/{qid}/provenance")).json()
    assert len(after["occurrences"]) == len(before["occurrences"]) + 1  # it did join, and shows
    await _assert_all_fresh(client, engine)


async def test_entity_merge_and_rename(client: Any, engine: Any) -> None:
    await _assert_all_fresh(client, engine)
    qid, _ = await _cluster_of_two(engine)
    quote = (await client.get(f"/v1/quotes/{qid}")).json()
    speaker = quote["speaker"]["id"]
    relay = next(link["entity"]["id"] for link in quote["chain"] if link["entity"]["id"] != speaker)
    r = await client.post(f"/v1/entities/{relay}/merge", json={"into": speaker})
    assert r.status_code == 201, r.text
    await _assert_all_fresh(client, engine)
    # rename the survivor: every quote showing it (also through the merged one) changes
    await _sql(engine, "UPDATE entities SET name = 'Renamed Person' WHERE id = :i", i=speaker)
    assert (await client.get(f"/v1/quotes/{qid}/provenance")).json()["speaker"]["name"] == "Renamed Person"
    await _assert_all_fresh(client, engine)
    await _sql(engine, "UPDATE entities SET type = 'organization' WHERE id = :i", i=speaker)
    await _assert_all_fresh(client, engine)


async def test_article_edit_and_delete(client: Any, engine: Any) -> None:
    await _assert_all_fresh(client, engine)
    qid, _ = await _cluster_of_two(engine)
    article = (await client.get(f"/v1/quotes/{qid}")).json()["article_id"]
    await _sql(
        engine, "UPDATE articles SET title = 'Changed headline', outlet = 'Other' WHERE id = :i", i=article
    )
    assert "Changed headline" in (await client.get(f"/v1/quotes/{qid}/provenance")).text
    await _assert_all_fresh(client, engine)
    others = [i for i in await _ids(engine)]
    assert (await client.delete(f"/v1/articles/{article}")).status_code == 204
    for other in others:
        r = await client.get(f"/v1/quotes/{other}/provenance")
        if r.status_code == 200:
            assert str(article) not in json.dumps([o["article_id"] for o in r.json()["occurrences"]])
    await _assert_all_fresh(client, engine)


async def test_chain_links_and_cluster_moves(client: Any, engine: Any) -> None:
    await _assert_all_fresh(client, engine)
    qid, cluster = await _cluster_of_two(engine)
    await _sql(engine, "DELETE FROM chain_links WHERE quote_id = :q AND position > 0", q=qid)
    await _assert_all_fresh(client, engine)
    await _sql(engine, "UPDATE chain_links SET cue = 'wrote' WHERE quote_id = :q", q=qid)
    await _assert_all_fresh(client, engine)
    await _sql(engine, "UPDATE quotes SET cluster_id = NULL WHERE id = :q", q=qid)
    await _assert_all_fresh(client, engine)
    await _sql(engine, "UPDATE quotes SET cluster_id = :c WHERE id = :q", q=qid, c=cluster)
    await _assert_all_fresh(client, engine)


async def test_bulk_rows_appended_by_copy_invalidate(client: Any, engine: Any, backend: str) -> None:
    """service/ingest/copy.append_rows with >= COPY_MIN_ROWS rows: asyncpg's binary COPY on
    PostgreSQL (which fires the statement triggers), executemany on SQLite."""
    await _assert_all_fresh(client, engine)
    qid, _ = await _cluster_of_two(engine)
    before = (await client.get(f"/v1/quotes/{qid}/provenance")).content
    async with engine.connect() as conn:
        relay = await conn.scalar(select(Entity.id).order_by(Entity.id.desc()).limit(1))
        top = await conn.scalar(
            select(ChainLink.position)
            .where(ChainLink.quote_id == qid)
            .order_by(ChainLink.position.desc())
            .limit(1)
        )
        ids = list((await conn.scalars(select(Quote.id).order_by(Quote.id))).all())
    rows = [
        {
            "quote_id": q,
            "position": (top or 0) + 100 + k,
            "role": "relay",
            "entity_id": relay,
            "cue": f"bulk {k}",
        }
        for k in range(-(-COPY_MIN_ROWS // len(ids)))
        for q in ids
    ]
    assert len(rows) >= COPY_MIN_ROWS
    async with create_sessionmaker(engine)() as session:
        await append_rows(session, CHAIN_LINKS, rows)
        await session.commit()
    assert (await client.get(f"/v1/quotes/{qid}/provenance")).content != before
    await _assert_all_fresh(client, engine)


async def test_backup_import_after_emptying(client: Any, engine: Any, db_url: str) -> None:
    await _assert_all_fresh(client, engine)
    out = io.BytesIO()
    await backup.export(engine, out)
    await _empty(db_url)  # TRUNCATE on PostgreSQL, DELETE on SQLite: both reach the documents
    await backup.import_(engine, io.BytesIO(out.getvalue()).readlines())
    await _assert_all_fresh(client, engine)


async def test_a_document_computed_before_a_write_is_not_installed(client: Any, engine: Any) -> None:
    qid, cluster = await _cluster_of_two(engine)
    rows = await provenance_repo.fill_rows(engine, qid)  # a reader's snapshot ...
    stamp = rows[0][provenance_repo.STAMP_COLUMN]
    await _sql(engine, "UPDATE chain_links SET cue = 'stale?' WHERE quote_id = :q", q=qid)  # ... a write ...
    view = provenance_service.ClusterView(qid, rows)
    doc = documents.document(view, documents._encode(provenance_service.provenance_out(view)))
    assert doc is not None
    await provenance_repo.install_doc(engine, cluster, stamp, *doc)  # ... then its late install
    assert await _docs(engine) == 0
    assert (await client.get(f"/v1/quotes/{qid}/provenance")).content == await _fresh(engine, qid)


async def test_a_document_installed_during_a_write_is_not_served_after_it(
    client: Any, engine: Any, backend: str
) -> None:
    if backend != "postgres":
        pytest.skip("SQLite's one writer holds the database: no read can install during a write")
    qid, cluster = await _cluster_of_two(engine)
    async with engine.connect() as writer:
        await writer.begin()
        await writer.execute(text("UPDATE chain_links SET cue = 'in flight' WHERE quote_id = :q"), {"q": qid})
        # a reader fills while the write is uncommitted: the document is installed ...
        stale = await documents.compute_and_store(engine, qid)
        assert await _docs(engine) == 1
        assert (await client.get(f"/v1/quotes/{qid}/provenance")).content == stale
        await writer.commit()
    # ... but not believed once the write commits
    fresh = await _fresh(engine, qid)
    assert fresh != stale
    assert (await client.get(f"/v1/quotes/{qid}/provenance")).content == fresh
    assert cluster


async def test_compacting_the_dirty_log(client: Any, engine: Any, backend: str) -> None:
    await _assert_all_fresh(client, engine)
    qid, cluster = await _cluster_of_two(engine)
    old = await provenance_repo.fill_rows(engine, qid)
    await _sql(engine, "UPDATE chain_links SET cue = 'before compaction' WHERE quote_id = :q", q=qid)
    left = await provenance_repo.compact_dirty_log(engine)
    if backend == "postgres":
        assert left == 0
    await _assert_all_fresh(client, engine)
    # a filler that read before the compaction cannot install its document any more
    view = provenance_service.ClusterView(qid, old)
    doc = documents.document(view, documents._encode(provenance_service.provenance_out(view)))
    assert doc is not None
    await _sql(engine, "DELETE FROM provenance_docs")
    await provenance_repo.install_doc(engine, cluster, old[0][provenance_repo.STAMP_COLUMN], *doc)
    assert await _docs(engine) == 0
    assert (await client.get(f"/v1/quotes/{qid}/provenance")).content == await _fresh(engine, qid)
