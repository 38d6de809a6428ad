"""The real attribution engine behind the API; asserts only what holds whatever the engine's version."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.anyio

TEXT = 'The minister spoke on Monday. "We have secured the funding for the new bridge," she said.'


async def test_engine_quote_is_stored_with_exact_span(app_client: Any) -> None:
    r = await app_client.post("/v1/articles", json={"text": TEXT, "outlet": "Daily Planet"})
    assert r.status_code == 201, r.text
    art = r.json()
    assert len(art["quotes"]) == 1
    (q,) = art["quotes"]
    assert TEXT[q["start"] : q["end"]] == q["text"]
    assert "secured the funding" in q["text"]
    assert 0.0 <= q["confidence"] <= 1.0
    assert (await app_client.get(f"/v1/quotes/{q['id']}")).json() == q
    preview = (await app_client.post("/v1/extract", json={"text": TEXT})).json()["quotes"]
    assert [(p["start"], p["end"]) for p in preview] == [(q["start"], q["end"])]


RELAYED = '"We will rebuild the pier by spring," Mayor Ana Petrov told Nordwelle on Monday.'


async def test_operator_media_lexicon_turns_an_unknown_outlet_into_a_relay(make_client: Any) -> None:
    """QUOTETRAIL_MEDIA_LEXICON reaches the engine: the same text gains a relay only with it."""
    from service.settings import MediaOutlet

    plain = await make_client()
    (before,) = (await plain.post("/v1/extract", json={"text": RELAYED})).json()["quotes"]
    assert [link["role"] for link in before["chain"]] == ["speaker"]

    configured = await make_client(media_lexicon=(MediaOutlet(name="Nordwelle", aliases=("NW",)),))
    r = await configured.post("/v1/articles", json={"text": RELAYED, "outlet": "Harbour Gazette"})
    assert r.status_code == 201, r.text
    (q,) = r.json()["quotes"]
    chain = [(link["role"], link["entity"]["name"], link["entity"]["type"]) for link in q["chain"]]
    assert chain == [
        ("speaker", "Ana Petrov", "person"),
        ("relay", "Nordwelle", "media"),
        ("publisher", "Harbour Gazette", "media"),
    ]
