"""Parallel clients against a real uvicorn server, on SQLite and PostgreSQL.

tests/store checks the same races in-process; here the requests come over real sockets into one
server process, so they interleave the way production traffic does.
"""

from __future__ import annotations

from typing import Any

import anyio
import httpx
import pytest
from sqlalchemy import func, select

from models.tables import Article, Entity, Quote

pytestmark = pytest.mark.anyio
CLIENTS = 8
ROUNDS = 5


async def _in_parallel(base: str, bodies: list[dict[str, str]]) -> list[httpx.Response]:
    responses: list[httpx.Response] = []

    async def post(client: httpx.AsyncClient, body: dict[str, str]) -> None:
        responses.append(await client.post("/v1/articles", json=body))

    with anyio.fail_after(60):
        # one connection per client: several TCP connections, as several newsroom tools would use
        clients = [httpx.AsyncClient(base_url=base, timeout=30) for _ in bodies]
        try:
            async with anyio.create_task_group() as tg:
                for client, body in zip(clients, bodies, strict=True):
                    tg.start_soon(post, client, body)
        finally:
            for client in clients:
                await client.aclose()
    return responses


async def test_different_articles_naming_one_new_speaker_make_one_entity(
    scripted_live_server: str, run_db: Any, db_url: str
) -> None:
    bodies = [
        {"text": f'"Point {i} stands," said Ilse Brandt.', "outlet": f"Paper {i}"} for i in range(CLIENTS)
    ]
    responses = await _in_parallel(scripted_live_server, bodies)
    assert [r.status_code for r in responses] == [201] * CLIENTS, [r.text for r in responses]
    assert len({r.json()["quotes"][0]["speaker"]["id"] for r in responses}) == 1
    names = await run_db(db_url, lambda s: s.scalars(select(Entity.name).where(Entity.name == "Ilse Brandt")))
    assert list(names) == ["Ilse Brandt"]
    assert await run_db(db_url, lambda s: s.scalar(select(func.count()).select_from(Article))) == CLIENTS


async def test_one_article_posted_by_many_clients_is_stored_once(
    scripted_live_server: str, run_db: Any, db_url: str
) -> None:
    body = {"text": '"We stay," said Noor Haddad, according to Wire Service.', "outlet": "Gazette"}
    responses = await _in_parallel(scripted_live_server, [body] * CLIENTS)
    assert sorted(r.status_code for r in responses) == [200] * (CLIENTS - 1) + [201]
    assert len({r.json()["id"] for r in responses}) == 1
    assert await run_db(db_url, lambda s: s.scalar(select(func.count()).select_from(Article))) == 1


async def test_one_new_quote_in_many_articles_posted_at_once_makes_one_cluster(
    scripted_live_server: str, run_db: Any, db_url: str
) -> None:
    """Issue 4: concurrent first posts of one new quote (different articles, one speaker) used to
    create a cluster each when both looked for candidates before either committed."""
    async with httpx.AsyncClient(base_url=scripted_live_server, timeout=30) as client:
        first = await client.post("/v1/articles", json={"text": '"Ports first," said Oskar Varga.'})
        assert first.status_code == 201, first.text  # the speaker exists: no entity wait serialises
    for round_ in range(ROUNDS):  # a few rounds: the race needs the requests to interleave
        words = f"We will finish harbour wall number {round_} before the autumn tides"
        bodies = [
            {"text": f'Edition {i}. "{words}," said Oskar Varga.', "outlet": f"Paper {i}"}
            for i in range(CLIENTS)
        ]
        responses = await _in_parallel(scripted_live_server, bodies)
        assert [r.status_code for r in responses] == [201] * CLIENTS, [r.text for r in responses]
        assert len({r.json()["quotes"][0]["cluster_id"] for r in responses}) == 1, round_
        clusters = await run_db(
            db_url, lambda s, w=words: s.scalars(select(Quote.cluster_id).where(Quote.text == w + ","))
        )
        assert len(set(clusters)) == 1
