"""Concurrent posts: unique constraints + ON CONFLICT keep one article and one entity per speaker."""

from __future__ import annotations

from typing import Any

import anyio
import pytest
from api.scripted_engine import scripted_extract
from sqlalchemy import func, select

from models.tables import Article, Entity

pytestmark = pytest.mark.anyio


async def test_concurrent_posts_of_one_article_store_it_once(
    make_client: Any, run_db: Any, db_url: str
) -> None:
    client = await make_client(extractor=scripted_extract)
    body = {"text": '"It is over," said Pat Quinn, according to Wire Service.', "outlet": "Same"}
    statuses: list[int] = []
    ids: set[int] = set()

    async def post() -> None:
        r = await client.post("/v1/articles", json=body)
        statuses.append(r.status_code)
        ids.add(r.json()["id"])

    async with anyio.create_task_group() as tg:
        for _ in range(8):
            tg.start_soon(post)
    assert sorted(statuses) == [200] * 7 + [201]
    assert len(ids) == 1
    assert await run_db(db_url, lambda s: s.scalar(select(func.count()).select_from(Article))) == 1


async def test_concurrent_articles_naming_one_new_speaker_create_one_entity(
    make_client: Any, run_db: Any, db_url: str
) -> None:
    client = await make_client(extractor=scripted_extract)
    speakers: set[int] = set()

    async def post(i: int) -> None:
        r = await client.post(
            "/v1/articles", json={"text": f'"Take {i}," said Rosa Vale.', "outlet": f"O{i}"}
        )
        assert r.status_code == 201, r.text
        speakers.add(r.json()["quotes"][0]["speaker"]["id"])

    async with anyio.create_task_group() as tg:
        for i in range(8):
            tg.start_soon(post, i)
    assert len(speakers) == 1
    names = await run_db(db_url, lambda s: s.scalars(select(Entity.name)))
    assert sorted(set(names)) == ["O0", "O1", "O2", "O3", "O4", "O5", "O6", "O7", "Rosa Vale"]
