"""The bulk writer uses the clustering features the extraction workers computed (issue 6).

Before, the single writer re-stemmed every quote the workers had already stemmed, a third of its
CPU per article. The features now travel with `Derived` (pickled, as across the process pool) and
are handed to the writer's process, so storing a batch computes features only for what nobody
handed in; and the clusters stored are the same either way.
"""

from __future__ import annotations

import pickle
from typing import Any

import anyio
import pytest

from bench.generate import generate_articles
from models.schemas import ArticleIn
from service.attribution import ArticleMeta, extract
from service.ingest.batch_store import Prepared, derive, store_batch
from service.provenance import cluster
from service.store.keys import outlet_key, text_hash
from service.store.migrate import upgrade_sync
from tests.perf_paths.stored import snapshot

pytestmark = pytest.mark.anyio


def _items(workers_features: bool) -> list[Prepared]:
    out = []
    for a in generate_articles(30, seed=11, min_bytes=800, max_bytes=2500):
        article = ArticleIn(text=str(a["text"]), outlet=str(a["outlet"]), url=str(a["url"]))
        quotes = extract(article.text, ArticleMeta(outlet=article.outlet))
        derived = pickle.loads(pickle.dumps(derive(article.text, quotes)))  # as from a worker
        if not workers_features:
            derived.features = []
        key, digest = outlet_key(article.outlet), text_hash(article.text)
        out.append(Prepared(article, None, key, digest, quotes, derived))
    return out


async def _store(run_db: Any, url: str, items: list[Prepared]) -> tuple[int, dict[str, Any]]:
    cluster._computed.cache_clear()  # a fresh writer process: nothing computed here yet
    cluster._PRIMED.clear()

    async def go(session: Any) -> None:
        await store_batch(session, items)
        await session.commit()

    await run_db(url, go)
    computed = cluster._computed.cache_info().misses
    return computed, await run_db(url, snapshot)


async def test_writer_does_not_restem_what_the_workers_handed_in(
    run_db: Any, db_url: str, fresh_db_url: str
) -> None:
    items = _items(workers_features=True)
    assert sum(len(p.quotes) for p in items) > 50
    computed, primed = await _store(run_db, db_url, items)
    assert computed == 0
    # without them the writer stems every quote it compares, and stores the very same rows
    await anyio.to_thread.run_sync(upgrade_sync, fresh_db_url)
    recomputed, plain = await _store(run_db, fresh_db_url, _items(workers_features=False))
    assert recomputed > 50
    assert primed == plain
