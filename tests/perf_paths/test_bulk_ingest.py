"""`quotetrail ingest` stores exactly what posting the articles one by one stores, and resumes cleanly.

Both backends. The reference is POST /v1/articles on the real app, one article at a time in input
order; the bulk path runs in small batches so clustering crosses batch boundaries and the input's
duplicates (same url, same outlet+text) fall inside and across batches.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from litestar.testing import AsyncTestClient

from bench.generate import generate_articles
from service.app import create_app
from service.ingest import checkpoint, pipeline
from service.settings import Settings
from service.store.migrate import upgrade_sync
from tests.perf_paths.stored import snapshot

N = 36


def corpus() -> list[dict[str, Any]]:
    """Generated articles (recurring quotes) plus duplicates: an exact repeat, a same-url re-edit,
    and the same text under another url (a duplicate by outlet + text)."""
    arts = [{k: v for k, v in a.items() if k != "id"} for a in generate_articles(N, 5, 800, 2500)]
    arts.insert(9, dict(arts[2]))
    arts.insert(20, {**arts[4], "text": arts[4]["text"] + "\n\nUpdated with a correction."})
    arts.append({**arts[7], "url": "https://example.test/copy-of-7"})
    return arts


def write_jsonl(path: Path, arts: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(a) + "\n" for a in arts))
    return path


def posted_one_by_one(settings: Settings, run_db: Any, url: str) -> dict[str, Any]:
    """POST /v1/articles for each article in order, on the real app (in-process, real engine)."""

    async def post_all() -> list[int]:
        async with AsyncTestClient(app=create_app(settings)) as client:
            return [(await client.post("/v1/articles", json=a)).status_code for a in corpus()]

    statuses = asyncio.run(post_all())
    assert statuses.count(201) == N and statuses.count(200) == 3, statuses
    return db(run_db, url)


def db(run_db: Any, url: str) -> dict[str, Any]:
    return asyncio.run(run_db(url, snapshot))


def test_bulk_equals_posting_one_by_one(
    settings: Settings, run_db: Any, db_url: str, fresh_db_url: str, tmp_path: Path
) -> None:
    expected = posted_one_by_one(settings, run_db, db_url)
    upgrade_sync(fresh_db_url)
    src = write_jsonl(tmp_path / "in.jsonl", corpus())

    report = pipeline.run(
        src, Settings(database_url=fresh_db_url, auto_migrate=False), batch_size=7, workers=0
    )

    assert (report.read, report.stored, report.already, report.failed) == (N + 3, N, 3, 0)
    got = db(run_db, fresh_db_url)
    assert len(expected["clusters"]) < len(expected["quotes"])  # the corpus does exercise clustering
    for part in expected:
        assert got[part] == expected[part], part


class Interrupted(Exception):
    pass


def test_resume_after_interruption_has_no_duplicates(
    settings: Settings, run_db: Any, db_url: str, fresh_db_url: str, tmp_path: Path
) -> None:
    expected = posted_one_by_one(settings, run_db, db_url)
    upgrade_sync(fresh_db_url)
    src = write_jsonl(tmp_path / "in.jsonl", corpus())
    settings = Settings(database_url=fresh_db_url, auto_migrate=False)
    ckpt = tmp_path / "in.ckpt"
    positions: list[int] = []

    def stop_after_third(r: pipeline.Report) -> None:
        positions.append(r.position)
        if r.batches == 3:
            raise Interrupted

    with pytest.raises(Interrupted):
        pipeline.run(src, settings, batch_size=6, workers=2, checkpoint_path=ckpt, on_batch=stop_after_third)
    partial = db(run_db, fresh_db_url)
    assert 0 < len(partial["articles"]) < len(expected["articles"])
    assert checkpoint.load(ckpt, src, fresh_db_url) == positions[2]
    # the worst case: batch 3 committed but its checkpoint lost -> the rerun re-reads it
    checkpoint.save(ckpt, src, fresh_db_url, positions[1])

    report = pipeline.run(src, settings, batch_size=6, workers=2, checkpoint_path=ckpt)

    assert report.start_position == positions[1]
    # batch 3 (6 articles) found stored by the batch lookup, plus the 2 duplicates later in the input
    assert report.already == 6 + 2
    got = db(run_db, fresh_db_url)
    for part in expected:
        assert got[part] == expected[part], part
    again = pipeline.run(src, settings, batch_size=6, workers=0, checkpoint_path=ckpt, restart=True)
    assert (again.stored, again.already) == (0, N + 3)
    assert db(run_db, fresh_db_url) == got


def test_bulk_follows_entity_merges_like_posting(db_url: str, run_db: Any, tmp_path: Path) -> None:
    """A name whose entity was merged away attaches new quotes to the survivor (as get_or_create)."""
    from sqlalchemy import select, update

    from models.tables import Entity, Quote

    def article(n: int, speaker: str) -> dict[str, Any]:
        return {
            "url": f"https://example.test/m{n}",
            "outlet": "Harbour Post",
            "text": f'Port Essen.\n\nFinance Minister {speaker} said: "The harbour stays public, '
            f'whatever the bidders offer, number {n}."\n',
        }

    settings = Settings(database_url=db_url, auto_migrate=False)
    pipeline.run(
        write_jsonl(tmp_path / "a.jsonl", [article(1, "Ana Duarte"), article(2, "Tomas Novak")]),
        settings,
        workers=0,
    )

    async def merge(session: Any) -> tuple[int, int]:
        ids = {e.name: e.id for e in await session.scalars(select(Entity))}
        await session.execute(
            update(Entity).where(Entity.id == ids["Tomas Novak"]).values(merged_into_id=ids["Ana Duarte"])
        )
        await session.commit()
        return ids["Ana Duarte"], ids["Tomas Novak"]

    survivor, merged = asyncio.run(run_db(db_url, merge))
    pipeline.run(write_jsonl(tmp_path / "b.jsonl", [article(3, "Tomas Novak")]), settings, workers=0)

    async def speaker_of_third(session: Any) -> int:
        return int(await session.scalar(select(Quote.speaker_entity_id).where(Quote.article_id == 3)))

    assert asyncio.run(run_db(db_url, speaker_of_third)) == survivor != merged
