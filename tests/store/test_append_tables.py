"""`copy.append_tables`: a POST's new clusters, quotes, chain links and keys in one statement on
PostgreSQL (data-modifying CTEs), one statement per table elsewhere, with the same guarantees:
every row written, foreign keys checked across the tables, nothing written when any row fails."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.exc import IntegrityError

from models.tables import ChainLink, Cluster, Quote, QuoteKey
from service.ingest.batch_store import CHAIN_LINKS, CLUSTERS, QUOTE_KEYS, QUOTES
from service.ingest.copy import append_tables
from service.store.engine import create_engine, create_sessionmaker

pytestmark = pytest.mark.anyio

NOW = datetime(2026, 11, 24, tzinfo=UTC)


def _parts(entity_for_links: int) -> list[tuple[Any, list[dict[str, Any]]]]:
    """Two new clusters with a quote each, chain links naming `entity_for_links`, three keys."""
    quotes = [
        {"article_id": 1, "position": i, "text": f"words {i}", "start": 0, "end": 7, "kind": "full",
         "speaker_entity_id": 1, "cue": "said", "confidence": 0.9, "context": f"he said words {i}",
         "id": 10 + i, "cluster_id": 100 + i}
        for i in range(2)
    ]
    return [
        (CLUSTERS, [{"id": 100 + i, "speaker_entity_id": 1, "created_at": NOW} for i in range(2)]),
        (QUOTES, quotes),
        (CHAIN_LINKS, [{"quote_id": 10 + i, "position": 0, "role": "speaker", "entity_id": entity_for_links,
                        "cue": "said"} for i in range(2)]),
        (QUOTE_KEYS, [{"key": f"k|{j}", "quote_id": 10 + j % 2} for j in range(3)]),
    ]


async def _store_with_article(db_url: str) -> Any:
    engine = create_engine(db_url)
    async with engine.begin() as conn:
        await conn.execute(text(
            "INSERT INTO entities (id, name, type, key, created_at) "
            "VALUES (1, 'Ana Reyes', 'person', 'ana reyes', :now)"), {"now": NOW})
        await conn.execute(text(
            "INSERT INTO articles (id, outlet, outlet_key, text, text_hash, created_at) "
            "VALUES (1, 'Gazette', 'gazette', 'text', 'hash', :now)"), {"now": NOW})
    return engine


async def _counts(engine: Any) -> dict[str, int]:
    async with engine.connect() as conn:
        return {
            t.__tablename__: int(await conn.scalar(select(func.count()).select_from(t)))
            for t in (Cluster, Quote, ChainLink, QuoteKey)
        }


async def test_every_table_is_written_in_one_statement_on_postgresql(db_url: str, backend: str) -> None:
    engine = await _store_with_article(db_url)
    inserts: list[str] = []

    def count(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        if "INSERT" in statement:
            inserts.append(statement)

    event.listen(engine.sync_engine, "before_cursor_execute", count)
    try:
        async with create_sessionmaker(engine)() as session:
            await append_tables(session, _parts(entity_for_links=1))
            await session.commit()
        assert await _counts(engine) == {"clusters": 2, "quotes": 2, "chain_links": 2, "quote_keys": 3}
        assert len(inserts) == (1 if backend == "postgres" else 4)
        async with engine.connect() as conn:
            clustered = (await conn.execute(select(Quote.id, Quote.cluster_id).order_by(Quote.id))).all()
        assert [tuple(r) for r in clustered] == [(10, 100), (11, 101)]
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", count)
        await engine.dispose()


async def test_a_foreign_key_broken_in_one_table_writes_no_table(db_url: str) -> None:
    """Chain links naming an entity that does not exist: the whole write fails, so the clusters
    and quotes written beside them (earlier CTEs, or earlier statements) are rolled back too."""
    engine = await _store_with_article(db_url)
    try:
        async with create_sessionmaker(engine)() as session:
            with pytest.raises(IntegrityError):
                await append_tables(session, _parts(entity_for_links=999))
            await session.rollback()
        assert await _counts(engine) == {"clusters": 0, "quotes": 0, "chain_links": 0, "quote_keys": 0}
    finally:
        await engine.dispose()
