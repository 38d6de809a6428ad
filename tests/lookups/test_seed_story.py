"""The seed story (seeds/README.md) answered by the lookups, on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest

from tests.lookups.conftest import load_seeds
from tests.lookups.readme_engine import readme_extract

pytestmark = pytest.mark.anyio


async def _fully_back(client: Any) -> dict[str, Any]:
    hits = (await client.get("/v1/quotes/search", params={"q": "fully back the people of Solvane"})).json()
    assert hits["items"], hits
    best = hits["items"][0]
    prov = await client.get(f"/v1/quotes/{best['quote_id']}/provenance")
    assert prov.status_code == 200, prov.text
    return {"hit": best, "prov": prov.json()}


@pytest.fixture
async def client(make_client: Any) -> Any:
    return await make_client(extractor=readme_extract)


async def test_fully_back_story(client: Any) -> None:
    ids = await load_seeds(client)
    got = await _fully_back(client)
    hit, prov = got["hit"], got["prov"]
    assert hit["speaker"]["name"] == "Elena Marchetti"
    assert hit["highlights"] and all(
        0 <= h["start"] < h["end"] <= len(hit["text"]) for h in hit["highlights"]
    )
    assert prov["speaker"]["name"] == "Elena Marchetti"
    arts = {o["article_id"] for o in prov["occurrences"]}
    assert arts == {
        ids[f]
        for f in (
            "01-meridian-marchetti-pledge.json",
            "02-carrow-herald-according-to.json",
            "03-valdoria-one-interview.json",
            "04-harbour-post-nested.json",
            "06-northgate-tribune-analysis.json",
        )
    }
    first = prov["first"]
    assert first["outlet"] == "Meridian News Agency"
    assert first["published_at"].startswith("2025-04-02")
    names = {n["key"]: n["name"] for n in prov["nodes"]}
    edges = {(names[e["source"]], names[e["target"]]) for e in prov["edges"]}
    assert ("Meridian News Agency", "Elena Marchetti") in edges
    assert ("Lowmarsh Ledger", "Meridian News Agency") in edges
    assert ("The Harbour Post", "Lowmarsh Ledger") in edges
    assert ("Valdoria One", "Elena Marchetti") in edges
    assert ("Northgate Tribune", "Elena Marchetti") in edges
    harbour = next(e for e in prov["edges"] if names[e["source"]] == "The Harbour Post")
    assert harbour["article_ids"] == [ids["04-harbour-post-nested.json"]]
