"""After a merge, the merged-away entity is only a name for its survivor: new articles naming it
attach their quotes to the survivor, and its id answers as the survivor (both backends)."""

from __future__ import annotations

from typing import Any

import pytest

from service.attribution import ArticleMeta, ChainLink, Entity, Quote

pytestmark = pytest.mark.anyio
WORDS = "The harbour will reopen before the summer storms"


def _says(name: str, relay: str) -> Any:
    """An extractor for one-quote articles: `name` said WORDS, as relayed by `relay`."""

    def extract(text: str, meta: ArticleMeta) -> list[Quote]:
        start = text.index(WORDS)
        speaker = Entity(name=name, type="person", aliases=(name.split()[-1],))
        chain = (
            ChainLink(role="speaker", entity=speaker, cue="said"),
            ChainLink(role="relay", entity=Entity(name=relay, type="media"), cue="told"),
        )
        return [
            Quote(
                text=WORDS, start=start, end=start + len(WORDS), kind="full",
                speaker=speaker, cue="said", confidence=0.9, chain=chain,
            )
        ]  # fmt: skip

    return extract


async def _post(make_client: Any, name: str, relay: str, n: int) -> dict[str, Any]:
    client = await make_client(extractor=_says(name, relay))
    resp = await client.post(
        "/v1/articles",
        json={"text": f'"{WORDS}," {name} told {relay}. ({n})', "url": f"https://merge.example/{n}"},
    )
    assert resp.status_code == 201, resp.text
    return dict(resp.json()["quotes"][0])


async def test_ingest_after_merge_attaches_to_the_survivor(make_client: Any) -> None:
    first = await _post(make_client, "Paolo Marchetti", "Wire One", 1)
    other = await _post(make_client, "Elena Marchetti", "Wire Two", 2)
    paolo, elena = first["speaker"]["id"], other["speaker"]["id"]
    client = await make_client()
    resp = await client.post(f"/v1/entities/{paolo}/merge", json={"into": elena, "reason": "test"})
    assert resp.status_code == 201, resp.text
    relay = await client.get("/v1/entities", params={"name": "Wire One"})
    wire_one = relay.json()["items"][0]["id"]
    resp = await client.post(f"/v1/entities/{wire_one}/merge", json={"into": elena + 1})  # Wire Two
    assert resp.status_code == 201, resp.text

    # a new article naming the merged speaker and relay: the quote lands on the survivors
    later = await _post(make_client, "Paolo Marchetti", "Wire One", 3)
    assert later["speaker"]["id"] == elena, later
    assert {link["entity"]["id"] for link in later["chain"]} == {elena, elena + 1}, later["chain"]
    quotes = (await client.get(f"/v1/entities/{elena}/quotes", params={"limit": 50})).json()["items"]
    assert len(quotes) == 3
    assert (await client.get(f"/v1/entities/{paolo}/quotes")).json()["entity"]["id"] == elena

    # the merged id answers as the survivor; its name and aliases find the survivor only
    got = (await client.get(f"/v1/entities/{paolo}")).json()
    assert got["id"] == elena and got["quote_count"] == 3 and "Paolo Marchetti" in got["aliases"]
    listed = (await client.get("/v1/entities", params={"name": "Paolo Marchetti"})).json()["items"]
    assert [e["id"] for e in listed] == [elena]
    assert paolo not in [e["id"] for e in (await client.get("/v1/entities")).json()["items"]]
    assert (await client.get("/v1/entities/999999")).status_code == 404
