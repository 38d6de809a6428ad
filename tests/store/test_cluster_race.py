"""Two concurrent first stores of one new quote (different articles, same speaker) make one cluster.

Issue 4: each writer looked for candidates before the other committed, saw none and created its own
cluster. Here writer A stores and holds its transaction open while writer B stores the same quote
in a second session; B must wait (SQLite: BEGIN IMMEDIATE; PostgreSQL: the cluster-key advisory
locks), then see A's quote and join its cluster. The speaker exists beforehand, so B has no
unique-key wait on a new entity row that would serialise the two by accident.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from api.scripted_engine import scripted_extract
from sqlalchemy import func, select

from models.schemas import ArticleIn
from models.tables import Cluster, Quote
from service.attribution import ArticleMeta
from service.ingest import batch_store
from service.store.engine import create_engine, create_sessionmaker
from service.store.keys import outlet_key, text_hash

pytestmark = pytest.mark.anyio
WORDS = "We will open the northern bridge before the winter storms arrive"


def prepared(text: str, outlet: str) -> batch_store.Prepared:
    article = ArticleIn(text=text, outlet=outlet)
    return batch_store.Prepared(
        article=article,
        published_at=None,
        outlet_key=outlet_key(outlet),
        text_hash=text_hash(text),
        quotes=scripted_extract(text, ArticleMeta(outlet=outlet)),
    )


async def test_concurrent_first_stores_of_one_quote_make_one_cluster(db_url: str) -> None:
    engine = create_engine(db_url)
    sessions = create_sessionmaker(engine)
    try:
        async with sessions() as s:  # the speaker already exists: no entity insert to wait on
            await batch_store.store_one(s, prepared('"Ports matter," said Rosa Vale.', "Paper Zero"))
            await s.commit()
        a = prepared(f'"{WORDS}," said Rosa Vale.', "Paper A")
        b = prepared(f'Late edition. "{WORDS}," said Rosa Vale.', "Paper B")

        async def store_b() -> None:
            async with sessions() as s:
                assert await batch_store.store_one(s, b) is not None
                await s.commit()

        async with sessions() as first:
            assert await batch_store.store_one(first, a) is not None
            second = asyncio.create_task(store_b())
            await asyncio.sleep(0.5)
            assert not second.done(), "the second writer chose its cluster while the first was open"
            await first.commit()
        await asyncio.wait_for(second, 30)

        async with sessions() as s:
            clusters = set(await s.scalars(select(Quote.cluster_id).where(Quote.text == WORDS + ",")))
            assert len(clusters) == 1 and None not in clusters
            assert await s.scalar(select(func.count()).select_from(Cluster)) == 2
    finally:
        await engine.dispose()


async def test_lock_buckets_are_per_speaker_and_sorted() -> None:
    def pending(speaker: str | None, keys: list[str]) -> Any:
        sig = batch_store.QuoteSig(text="x", context="x", speaker=speaker)
        return batch_store._Pending({}, sig, keys, (), 0, False)

    named = batch_store.lock_buckets([pending("Rosa Vale", ["a", "b"]), pending("Rosa Vale", ["c"])])
    assert len(named) == 1
    anonymous = batch_store.lock_buckets([pending(None, ["?|k1", "?|k2", "?|k3"])])
    assert anonymous == sorted(anonymous) and 1 <= len(anonymous) <= 3
    assert all(0 <= b < batch_store.LOCK_BUCKETS for b in named + anonymous)
