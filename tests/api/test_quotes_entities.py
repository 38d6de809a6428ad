from __future__ import annotations

from typing import Any

import pytest

from api.test_articles import DOE, SMITH, problem

pytestmark = pytest.mark.anyio


async def post(api: Any, text: str, outlet: str) -> dict[str, Any]:
    r = await api.post("/v1/articles", json={"text": text, "outlet": outlet})
    assert r.status_code == 201, r.text
    body: dict[str, Any] = r.json()
    return body


async def test_quote_by_id_and_filters(api: Any) -> None:
    a = await post(api, SMITH, "Alpha")
    b = await post(api, DOE, "Beta")
    q = a["quotes"][0]
    got = await api.get(f"/v1/quotes/{q['id']}")
    assert got.status_code == 200 and got.json() == q
    smith = q["speaker"]["id"]
    by_speaker = (await api.get("/v1/quotes", params={"speaker_id": smith})).json()["items"]
    assert {x["text"] for x in by_speaker} == {"We will not back down,", "We walk away,"}
    by_text = (await api.get("/v1/quotes", params={"q": "DEAL IS"})).json()["items"]
    assert [x["id"] for x in by_text] == [b["quotes"][0]["id"]]
    by_outlet = (await api.get("/v1/quotes", params={"outlet": "beta"})).json()["items"]
    assert {x["article_id"] for x in by_outlet} == {b["id"]}
    assert (await api.get("/v1/quotes", params={"q": "100%_"})).json()["items"] == []
    page1 = (await api.get("/v1/quotes", params={"limit": 2})).json()
    page2 = (await api.get("/v1/quotes", params={"limit": 2, "cursor": page1["next_cursor"]})).json()
    assert len(page1["items"]) == 2 and len(page2["items"]) == 1 and page2["next_cursor"] is None


async def test_quote_bad_input(api: Any) -> None:
    problem(await api.get("/v1/quotes/12345"), 404)
    problem(await api.get("/v1/quotes", params={"speaker_id": "jane"}), 422)
    problem(await api.get("/v1/quotes", params={"speaker_id": 2**63}), 422)
    problem(await api.get(f"/v1/quotes/{2**63}"), 422)
    problem(await api.get("/v1/quotes", params={"limit": 500}), 422)
    problem(await api.get("/v1/quotes", params={"cursor": "%%%"}), 422)


async def test_entity_with_aliases_and_counts(api: Any) -> None:
    a = await post(api, SMITH, "Alpha")
    await post(api, DOE, "Beta")
    smith = a["quotes"][0]["speaker"]["id"]
    reuters = a["quotes"][0]["chain"][1]["entity"]["id"]
    e = (await api.get(f"/v1/entities/{smith}")).json()
    assert e == {
        "id": smith,
        "name": "Jane Smith",
        "type": "person",
        "aliases": ["Jane Smith", "Smith"],
        "quote_count": 2,
        "relay_count": 0,
    }
    r = (await api.get(f"/v1/entities/{reuters}")).json()
    assert r["relay_count"] == 1 and r["quote_count"] == 0 and r["type"] == "media"
    found = (await api.get("/v1/entities", params={"name": "jane smith"})).json()["items"]
    assert [x["id"] for x in found] == [smith]
    by_alias = (await api.get("/v1/entities", params={"name": "smi"})).json()["items"]
    assert smith in [x["id"] for x in by_alias]
    assert (await api.get("/v1/entities", params={"name": "Nobody Atall"})).json()["items"] == []


async def test_entity_bad_input(api: Any) -> None:
    problem(await api.get("/v1/entities/777"), 404)
    problem(await api.get("/v1/entities/x"), 404)
    problem(await api.get("/v1/entities", params={"limit": -1}), 422)
    problem(await api.get("/v1/entities", params={"cursor": "eyJ2IjoyfQ"}), 422)
    problem(await api.get(f"/v1/entities/{2**63}"), 422)
