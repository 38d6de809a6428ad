from __future__ import annotations

from typing import Any

import msgspec
import pytest
from sqlalchemy import func, select

from models.tables import Article, ChainLink, Entity, Quote, QuoteKey

pytestmark = pytest.mark.anyio

SMITH = 'Markets fell. "We will not back down," said Jane Smith, according to Reuters. Later, more.'
DOE = 'Talks stalled. "The deal is dead," said John Doe. "We walk away," said Jane Smith.'


def problem(r: Any, status: int) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = r.json()
    assert body["status"] == status
    assert body["type"] and body["title"] and body["detail"]
    return body


async def count(run_db: Any, db_url: str, table: Any) -> int:
    async def q(s: Any) -> int:
        return int(await s.scalar(select(func.count()).select_from(table)))

    return int(await run_db(db_url, q))


async def test_post_stores_article_quotes_speaker_and_chain(api: Any, run_db: Any, db_url: str) -> None:
    r = await api.post(
        "/v1/articles",
        json={
            "text": SMITH,
            "outlet": "The Globe",
            "url": "https://g.example/1",
            "title": "Stocks",
            "published_at": "2024-05-01T10:00:00+02:00",
            "byline": "By A. Writer",
            "language": "en",
        },
    )
    assert r.status_code == 201, r.text
    art = r.json()
    assert art["published_at"] == "2024-05-01T08:00:00Z"
    assert [art[k] for k in ("outlet", "url", "title", "byline", "language")] == [
        "The Globe",
        "https://g.example/1",
        "Stocks",
        "By A. Writer",
        "en",
    ]
    (q,) = art["quotes"]
    assert art["text"][q["start"] : q["end"]] == q["text"] == "We will not back down,"
    assert q["article_id"] == art["id"] and q["cue"] == "said" and q["kind"] == "full"
    assert q["speaker"]["name"] == "Jane Smith" and q["speaker"]["type"] == "person"
    assert [(link["role"], link["entity"]["name"]) for link in q["chain"]] == [
        ("speaker", "Jane Smith"),
        ("relay", "Reuters"),
        ("publisher", "The Globe"),
    ]
    assert q["chain"][0]["entity"]["id"] == q["speaker"]["id"]
    assert isinstance(q["cluster_id"], int)
    # and it really is in the database
    assert await count(run_db, db_url, Article) == 1
    assert await count(run_db, db_url, Quote) == 1
    assert await count(run_db, db_url, ChainLink) == 3
    assert await count(run_db, db_url, Entity) == 3
    assert await count(run_db, db_url, QuoteKey) >= 1
    got = await api.get(f"/v1/articles/{art['id']}")
    assert got.status_code == 200 and got.json() == art


async def test_same_url_or_same_outlet_and_text_returns_stored_article(
    api: Any, run_db: Any, db_url: str
) -> None:
    first = await api.post(
        "/v1/articles", json={"text": SMITH, "outlet": "Globe", "url": "https://g.example/2"}
    )
    assert first.status_code == 201
    again_url = await api.post("/v1/articles", json={"text": "changed text", "url": "https://g.example/2"})
    again_text = await api.post("/v1/articles", json={"text": SMITH, "outlet": "  GLOBE "})
    assert again_url.status_code == again_text.status_code == 200
    assert again_url.json() == again_text.json() == first.json()
    other_outlet = await api.post("/v1/articles", json={"text": SMITH, "outlet": "Other"})
    assert other_outlet.status_code == 201
    assert await count(run_db, db_url, Article) == 2


async def test_same_speaker_across_articles_is_one_entity_and_same_words_one_cluster(api: Any) -> None:
    a = (await api.post("/v1/articles", json={"text": SMITH, "outlet": "A"})).json()
    b = (await api.post("/v1/articles", json={"text": DOE, "outlet": "B"})).json()
    c = (await api.post("/v1/articles", json={"text": "Re-run: " + SMITH, "outlet": "C"})).json()
    smith_ids = {
        q["speaker"]["id"] for art in (a, b, c) for q in art["quotes"] if q["speaker"]["name"] == "Jane Smith"
    }
    assert len(smith_ids) == 1
    assert a["quotes"][0]["cluster_id"] == c["quotes"][0]["cluster_id"]
    assert a["quotes"][0]["cluster_id"] != b["quotes"][1]["cluster_id"]


async def test_one_person_written_two_ways_shares_a_cluster_but_not_an_entity(api: Any) -> None:
    """Outlets spell a name differently; the same words link, a namesake's words do not."""
    full = 'Gaza talks. "Every gun must fall silent at midnight," said Rashed Omar Tamimi.'
    short = 'Truce. "Every gun must fall silent at midnight," said Rashid Tamimi.'
    other = 'Mourners wept. "Every gun must fall silent at midnight," said Leila Tamimi.'
    a = (await api.post("/v1/articles", json={"text": full, "outlet": "A"})).json()
    b = (await api.post("/v1/articles", json={"text": short, "outlet": "B"})).json()
    c = (await api.post("/v1/articles", json={"text": other, "outlet": "C"})).json()
    qa, qb, qc = a["quotes"][0], b["quotes"][0], c["quotes"][0]
    assert qa["speaker"]["id"] != qb["speaker"]["id"]  # two entities: merging them is a human's call
    assert qa["cluster_id"] == qb["cluster_id"]
    assert qc["cluster_id"] != qa["cluster_id"]


async def test_extract_previews_without_storing(api: Any, run_db: Any, db_url: str) -> None:
    r = await api.post("/v1/extract", json={"text": DOE, "outlet": "B"})
    assert r.status_code == 200
    quotes = r.json()["quotes"]
    assert [q["text"] for q in quotes] == ["The deal is dead,", "We walk away,"]
    assert all(DOE[q["start"] : q["end"]] == q["text"] for q in quotes)
    assert "id" not in quotes[0] and quotes[0]["speaker"] == {"name": "John Doe", "type": "person"}
    assert await count(run_db, db_url, Article) == 0
    assert await count(run_db, db_url, Entity) == 0


@pytest.mark.parametrize("path", ["/v1/articles", "/v1/extract"])
async def test_bad_bodies_are_problems_and_store_nothing(
    api: Any, run_db: Any, db_url: str, path: str
) -> None:
    problem(
        await api.post(path, content=b'{"text": "unfinished', headers={"content-type": "application/json"}),
        400,
    )
    as_json = {"content-type": "application/json"}
    problem(await api.post(path, content=b"[1, 2", headers=as_json), 400)
    problem(await api.post(path, content=b"", headers=as_json), 400)
    problem(await api.post(path, content=b'{"text": "\xff"}', headers=as_json), 400)
    # readable JSON that breaks the schema: 422, naming the field
    body = problem(await api.post(path, json={"text": 42}), 422)
    assert body["type"] == "urn:quotetrail:problem:invalid-input"
    assert body["errors"][0]["key"] == "text" and body["errors"][0]["source"] == "body"
    problem(await api.post(path, json=[1, 2]), 422)
    problem(await api.post(path, json={"outlet": "no text"}), 422)
    assert problem(await api.post(path, json={"text": ""}), 422)["errors"][0]["key"] == "text"
    problem(await api.post(path, json={"text": " \n\t "}), 422)
    problem(await api.post(path, json={"text": "ok", "published_at": "last Tuesday"}), 422)
    problem(await api.post(path, json={"text": "ok", "url": 7}), 422)
    problem(await api.post(path, json={"text": "ok", "surprise": 1}), 422)
    assert await count(run_db, db_url, Article) == 0


async def test_text_over_limit_is_413(make_client: Any, run_db: Any, db_url: str) -> None:
    from api.scripted_engine import scripted_extract

    client = await make_client(extractor=scripted_extract, max_text_bytes=100)
    body = problem(await client.post("/v1/articles", json={"text": "é" * 51}), 413)  # 102 bytes
    assert "100" in body["detail"]
    problem(await client.post("/v1/extract", json={"text": "x" * 101}), 413)
    # far over the limit: refused while reading the body, still a problem document
    problem(await client.post("/v1/articles", json={"text": "x" * 2_000_000}), 413)
    assert (await client.post("/v1/articles", json={"text": "x" * 100})).status_code == 201
    assert await count(run_db, db_url, Article) == 1


async def test_default_limit_is_one_megabyte(api: Any) -> None:
    problem(await api.post("/v1/extract", json={"text": "x" * 1_000_001}), 413)


async def test_failure_midway_leaves_nothing_behind(make_client: Any, run_db: Any, db_url: str) -> None:
    from service.attribution import Quote as EngineQuote

    def broken(text: str, meta: Any) -> list[EngineQuote]:
        # the second quote is invalid for the database (confidence is NOT NULL), after the first is written
        good = EngineQuote(
            text=text[0:2], start=0, end=2, kind="full", speaker=None, cue=None, confidence=0.5
        )
        return [good, msgspec.structs.replace(good, confidence=None)]

    client = await make_client(extractor=broken)
    r = await client.post("/v1/articles", json={"text": "abcdef", "outlet": "X"})
    assert r.status_code == 500 and r.headers["content-type"].startswith("application/problem+json")
    assert await count(run_db, db_url, Article) == 0
    assert await count(run_db, db_url, Quote) == 0


async def test_get_unknown_and_invalid_ids(api: Any) -> None:
    problem(await api.get("/v1/articles/999"), 404)
    problem(await api.get("/v1/articles/abc"), 404)
    problem(await api.get("/v1/articles/0"), 422)
    problem(await api.get(f"/v1/articles/{2**63 - 1}"), 404)
    problem(await api.get(f"/v1/articles/{2**63}"), 422)  # past BIGINT: the schema's maximum
    problem(await api.delete(f"/v1/articles/{2**63}"), 422)
    problem(await api.delete("/v1/articles/999"), 404)


async def test_list_paginates_and_filters(api: Any) -> None:
    ids = []
    for i in range(5):
        r = await api.post(
            "/v1/articles",
            json={
                "text": f"Story {i}. " + SMITH,
                "outlet": "A" if i % 2 else "B",
                "published_at": f"2024-05-0{i + 1}",
            },
        )
        ids.append(r.json()["id"])
    seen, cursor = [], None
    while True:
        params: dict[str, Any] = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = (await api.get("/v1/articles", params=params)).json()
        seen += [a["id"] for a in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == sorted(ids, reverse=True)
    only_a = (await api.get("/v1/articles", params={"outlet": "a"})).json()["items"]
    assert [a["id"] for a in only_a] == [ids[3], ids[1]]
    assert all(a["quote_count"] == 1 for a in only_a)
    window = (
        await api.get("/v1/articles", params={"published_from": "2024-05-02", "published_to": "2024-05-04"})
    ).json()["items"]
    assert [a["id"] for a in window] == [ids[3], ids[2], ids[1]]


async def test_list_bad_parameters(api: Any) -> None:
    problem(await api.get("/v1/articles", params={"limit": 0}), 422)
    problem(await api.get("/v1/articles", params={"limit": 201}), 422)
    problem(await api.get("/v1/articles", params={"limit": "many"}), 422)
    problem(await api.get("/v1/articles", params={"cursor": "not-a-cursor"}), 422)
    problem(await api.get("/v1/articles", params={"published_from": "soon"}), 422)


async def test_delete_removes_only_that_article(api: Any, run_db: Any, db_url: str) -> None:
    a = (await api.post("/v1/articles", json={"text": SMITH, "outlet": "A"})).json()
    b = (await api.post("/v1/articles", json={"text": SMITH, "outlet": "B"})).json()
    assert (await api.delete(f"/v1/articles/{a['id']}")).status_code == 204
    problem(await api.get(f"/v1/articles/{a['id']}"), 404)
    problem(await api.get(f"/v1/quotes/{a['quotes'][0]['id']}"), 404)
    kept = await api.get(f"/v1/articles/{b['id']}")
    assert kept.status_code == 200 and kept.json() == b
    assert await count(run_db, db_url, Quote) == 1
    assert await count(run_db, db_url, ChainLink) == 3
    speaker = (await api.get(f"/v1/entities/{b['quotes'][0]['speaker']['id']}")).json()
    assert speaker["quote_count"] == 1


async def test_delete_takes_the_articles_cluster_keys_with_it(api: Any, run_db: Any, db_url: str) -> None:
    """quote_keys has no foreign key to cascade (migration 0005): the delete must remove them."""
    kept = await api.post(
        "/v1/articles", json={"text": '"We will repair the bridges first," said Ana Ruiz.', "outlet": "A"}
    )
    gone = await api.post(
        "/v1/articles", json={"text": '"The new rail line opens next year," said Tom Vail.', "outlet": "B"}
    )
    assert kept.status_code == gone.status_code == 201
    before = await count(run_db, db_url, QuoteKey)
    assert (await api.delete(f"/v1/articles/{gone.json()['id']}")).status_code == 204

    async def keys_by_quote(session: Any) -> dict[int, int]:
        rows = await session.execute(select(QuoteKey.quote_id, func.count()).group_by(QuoteKey.quote_id))
        return {int(qid): int(n) for qid, n in rows}

    left = await run_db(db_url, keys_by_quote)
    assert kept.json()["quotes"] and gone.json()["quotes"]
    assert set(left) == {q["id"] for q in kept.json()["quotes"]}
    assert 0 < sum(left.values()) < before
