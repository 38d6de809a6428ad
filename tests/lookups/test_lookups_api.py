"""Search, entity quotes/relays, merge and PROV formats over the API, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import httpx
import pytest
from prov.model import ProvDocument

from tests.conftest import REPO

pytestmark = pytest.mark.anyio


async def _entity(client: Any, name: str) -> dict[str, Any]:
    items = (await client.get("/v1/entities", params={"name": name})).json()["items"]
    return next(e for e in items if e["name"] == name)


async def _search(client: Any, q: str) -> dict[str, Any]:
    resp = await client.get("/v1/quotes/search", params={"q": q})
    assert resp.status_code == 200, resp.text
    return dict(resp.json())


async def test_search_ranks_reworded_paste_first_with_highlights(client: Any) -> None:
    body = await _search(client, "wont let the river decide")
    top = body["items"][0]
    assert "river decide" in top["text"] and top["speaker"]["name"] == "Elena Marchetti"
    marked = [top["text"][h["start"] : h["end"]] for h in top["highlights"]]
    assert any("river" in m for m in marked)
    assert len({h["cluster_id"] for h in body["items"] if h["cluster_id"]}) == len(
        [h for h in body["items"] if h["cluster_id"]]
    )


async def test_search_bad_input_is_a_problem(client: Any) -> None:
    for params in ({"q": "the of and"}, {"q": ""}, {}, {"q": "duty", "limit": "0"}):
        resp = await client.get("/v1/quotes/search", params=params)
        assert resp.status_code == 422, (params, resp.text)
        assert resp.headers["content-type"].startswith("application/problem+json")


async def test_entity_quotes_newest_first_and_relays(client: Any) -> None:
    elena = await _entity(client, "Elena Marchetti")
    body = (await client.get(f"/v1/entities/{elena['id']}/quotes", params={"limit": 100})).json()
    dates = [i["published_at"] for i in body["items"]]
    assert dates == sorted(dates, reverse=True) and len(dates) == 20
    assert all(i["quote"]["speaker"]["id"] == elena["id"] for i in body["items"])
    meridian = await _entity(client, "Meridian News Agency")
    relays = (await client.get(f"/v1/entities/{meridian['id']}/relays")).json()
    assert [(r["speaker"]["name"], r["quote_count"]) for r in relays["items"]] == [("Elena Marchetti", 4)]
    assert (await client.get("/v1/entities/999999/relays")).status_code == 404


async def test_merge_repoints_moves_aliases_and_keeps_history(client: Any, run_db: Any, db_url: str) -> None:
    paolo = await _entity(client, "Paolo Marchetti")
    elena = await _entity(client, "Elena Marchetti")
    before = (await client.get(f"/v1/entities/{elena['id']}/quotes", params={"limit": 200})).json()["items"]
    resp = await client.post(
        f"/v1/entities/{paolo['id']}/merge", json={"into": elena["id"], "merged_by": "test", "reason": "demo"}
    )
    assert resp.status_code == 201, resp.text
    rec = resp.json()
    assert (
        rec["moved_quotes"] == 2 and rec["merged"]["id"] == paolo["id"] and rec["into"]["id"] == elena["id"]
    )
    after = (await client.get(f"/v1/entities/{elena['id']}/quotes", params={"limit": 200})).json()["items"]
    assert len(after) == len(before) + 2
    res = (await client.get(f"/v1/entities/{paolo['id']}/resolution")).json()
    assert res["merged"] is True and res["entity"]["id"] == elena["id"] and len(res["history"]) == 1
    merged_quotes = (await client.get(f"/v1/entities/{paolo['id']}/quotes", params={"limit": 200})).json()
    assert merged_quotes["entity"]["id"] == elena["id"]
    got = (await client.get(f"/v1/entities/{elena['id']}")).json()
    assert "Paolo Marchetti" in got["aliases"]
    # a second merge of the same entity conflicts; bad targets are problems and change nothing
    again = await client.post(f"/v1/entities/{paolo['id']}/merge", json={"into": elena["id"]})
    assert again.status_code == 409
    for body, status in (({"into": 999999}, 404), ({"into": elena["id"]}, 422), ({"nope": 1}, 422)):
        r = await client.post(f"/v1/entities/{elena['id']}/merge", json=body)
        assert r.status_code == status, (body, r.text)
    final = (await client.get(f"/v1/entities/{elena['id']}/quotes", params={"limit": 200})).json()["items"]
    assert len(final) == len(after)


async def test_prov_json_and_turtle_validate_with_prov(client: Any) -> None:
    hit = (await _search(client, "fully back the people of Solvane"))["items"][0]
    resp = await client.get(f"/v1/quotes/{hit['quote_id']}/provenance", params={"format": "prov-json"})
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("application/json")
    doc = ProvDocument.deserialize(content=resp.text, format="json")
    labels = json.dumps(json.loads(resp.text)["agent"])
    assert "Elena Marchetti" in labels and "Lowmarsh Ledger" in labels
    assert len(json.loads(resp.text)["wasDerivedFrom"]) >= 5
    assert doc.get_records()
    ttl = await client.get(f"/v1/quotes/{hit['quote_id']}/provenance", params={"format": "prov-turtle"})
    assert ttl.status_code == 200 and ttl.headers["content-type"].startswith("text/turtle")
    rdf = ProvDocument.deserialize(content=ttl.text, format="rdf", rdf_format="turtle")
    assert rdf.get_records()
    assert "wasQuotedFrom" in ttl.text
    bad = await client.get(f"/v1/quotes/{hit['quote_id']}/provenance", params={"format": "xml"})
    assert bad.status_code == 422
    assert (await client.get("/v1/quotes/999999/provenance")).status_code == 404


async def test_cli_prints_the_tree(client: Any, db_url: str) -> None:
    env = {**os.environ, "QUOTETRAIL_DATABASE_URL": db_url, "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-m", "service.cli", "provenance", "fully back the people of Solvane"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert (
        "Elena Marchetti" in out.stdout and "Lowmarsh Ledger" in out.stdout and "Harbour Post" in out.stdout
    )
    assert "first seen" in out.stdout and "2025-04-02" in out.stdout


def test_live_server_provenance(live_server: str) -> None:
    """Through a real uvicorn process (real engine): the lookups answer and bad ids are problems."""
    r = httpx.get(f"{live_server}/v1/quotes/search", params={"q": "anything at all here"}, timeout=30)
    assert r.status_code == 200 and r.json()["items"] == []
    r = httpx.get(f"{live_server}/v1/quotes/12345/provenance", timeout=30)
    assert r.status_code == 404 and r.headers["content-type"].startswith("application/problem+json")
