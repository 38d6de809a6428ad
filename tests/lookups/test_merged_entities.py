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


async def test_merge_folds_the_two_speakers_clusters_of_the_same_words(make_client: Any) -> None:
    """Apart, "Paolo" and "Elena" each had a cluster of WORDS; merged, it is one quote with both
    occurrences, and later articles (under either name) join that one cluster."""
    paolo_q = await _post(make_client, "Paolo Marchetti", "Wire One", 11)
    elena_q = await _post(make_client, "Elena Marchetti", "Wire Two", 12)
    assert paolo_q["cluster_id"] != elena_q["cluster_id"]
    client = await make_client()
    resp = await client.post(
        f"/v1/entities/{paolo_q['speaker']['id']}/merge", json={"into": elena_q["speaker"]["id"]}
    )
    assert resp.status_code == 201, resp.text

    after = [(await client.get(f"/v1/quotes/{q['id']}")).json() for q in (paolo_q, elena_q)]
    oldest = min(paolo_q["cluster_id"], elena_q["cluster_id"])
    assert after[0]["cluster_id"] == after[1]["cluster_id"] == oldest
    prov = (await client.get(f"/v1/quotes/{paolo_q['id']}/provenance")).json()
    assert len(prov["occurrences"]) == 2, prov

    later = await _post(make_client, "Paolo Marchetti", "Wire Three", 13)
    assert later["cluster_id"] == after[0]["cluster_id"], later
    prov = (await client.get(f"/v1/quotes/{later['id']}/provenance")).json()
    assert len(prov["occurrences"]) == 3, prov


async def test_merge_keeps_different_words_in_different_clusters(make_client: Any) -> None:
    other_words = "The toll bridge stays shut all winter long"

    def elena_says_both(text: str, meta: ArticleMeta) -> list[Quote]:
        speaker = Entity(name="Elena Marchetti", type="person")
        out = []
        for words in (WORDS, other_words):
            start = text.index(words)
            out.append(Quote(
                text=words, start=start, end=start + len(words), kind="full", speaker=speaker, cue="said",
                confidence=0.9, chain=(ChainLink(role="speaker", entity=speaker, cue="said"),),
            ))  # fmt: skip
        return out

    first = await _post(make_client, "Paolo Marchetti", "Wire One", 21)
    client = await make_client(extractor=elena_says_both)
    text = f'"{WORDS}," Elena Marchetti said. "{other_words}," she added.'
    resp = await client.post("/v1/articles", json={"text": text, "url": "https://merge.example/22"})
    assert resp.status_code == 201, resp.text
    elena_quotes = resp.json()["quotes"]
    elena = elena_quotes[0]["speaker"]["id"]
    resp = await client.post(f"/v1/entities/{first['speaker']['id']}/merge", json={"into": elena})
    assert resp.status_code == 201, resp.text
    quotes = (await client.get(f"/v1/entities/{elena}/quotes", params={"limit": 50})).json()["items"]
    by_text: dict[str, set[int]] = {}
    for item in quotes:
        by_text.setdefault(item["quote"]["text"], set()).add(item["quote"]["cluster_id"])
    # the same words fold into the older cluster; the survivor's other quote keeps its own
    assert by_text == {WORDS: {first["cluster_id"]}, other_words: {elena_quotes[1]["cluster_id"]}}
