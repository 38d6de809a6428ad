"""Search on the databases' own text search (SQLite FTS5, PostgreSQL tsvector + pg_trgm).

Each assertion targets one tier of `search_repo.candidates` with a paste that only that tier can
answer, so a broken tier fails here on the backend that has it; deleting an article checks that
the index follows the quotes table (FTS5 triggers on SQLite).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lookups.conftest import load_seeds
from tests.lookups.readme_engine import readme_extract

pytestmark = pytest.mark.anyio


async def _top(client: Any, q: str) -> dict[str, Any] | None:
    resp = await client.get("/v1/quotes/search", params={"q": q, "per_cluster": "false"})
    assert resp.status_code == 200, resp.text
    items = resp.json()["items"]
    return items[0] if items else None


async def test_search_tiers_stemming_typos_and_index_sync(make_client: Any, backend: str) -> None:
    client = await make_client(extractor=readme_extract)
    ids = await load_seeds(client)

    # every word present, after stemming on both sides ("flooding fields" ~ "flooded field")
    top = await _top(client, "flooding fields")
    assert top is not None and top["text"] == "writing cheques on a flooded field", top
    marked = [top["text"][h["start"] : h["end"]] for h in top["highlights"]]
    assert "flooded field" in marked, marked

    # one word misremembered ("checks" for "cheques"): no quote has every word, all-but-one finds it
    top = await _top(client, "writing checks on a flooded field")
    assert top is not None and top["text"] == "writing cheques on a flooded field", top

    # a typo in a two-word paste: PostgreSQL's trigram fallback, SQLite's any-word fallback
    top = await _top(client, "neighbourly dutty")
    assert top is not None and "eighbourly duty" in top["text"], top
    if backend == "postgres":  # only trigrams forgive a typo in every word
        top = await _top(client, "expensiv gesturre")
        assert top is not None and "expensive gesture" in top["text"], top

    # words no quote contains: nothing, not an error
    assert await _top(client, "zeppelin marmalade quantum") is None

    # the index follows deletes (SQLite: the FTS5 delete trigger, through ON DELETE CASCADE)
    resp = await client.delete(f"/v1/articles/{ids['04-harbour-post-nested.json']}")
    assert resp.status_code in (200, 204), resp.text
    top = await _top(client, "writing cheques on a flooded field")
    assert top is None or "cheques" not in top["text"], top


async def test_search_ignores_query_syntax(make_client: Any) -> None:
    """FTS5 / tsquery operators in a paste are just words: no 500, no syntax error."""
    client = await make_client(extractor=readme_extract)
    await load_seeds(client)
    for q in (
        '"river" NOT decide*',
        "river & decide | (",
        "river -decide OR NEAR(x y)",
        "'; DROP TABLE quotes",
    ):
        resp = await client.get("/v1/quotes/search", params={"q": q})
        assert resp.status_code in (200, 422), (q, resp.text)
    top = await _top(client, '"let the river decide" -- AND (NOT)')
    assert top is not None and "river decide" in top["text"], top
