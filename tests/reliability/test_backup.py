"""export -> import -> export gives the same bytes, from SQLite into SQLite and into PostgreSQL.

The source is a SQLite store filled through the API (scripted engine: speakers, relays, aliases,
clusters) plus an entity merge; the target is an empty database on each backend.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import anyio
import pytest
from api.scripted_engine import scripted_extract
from litestar.testing import AsyncTestClient
from sqlalchemy import func, insert, select, update

from models.tables import Article, Base, Entity, EntityMerge
from service.app import create_app
from service.cli import main as cli
from service.settings import Settings
from service.store.migrate import upgrade_sync

pytestmark = pytest.mark.anyio
ARTICLES = [
    {"text": '"We hold," said Rosa Vale, according to Wire Service.', "outlet": "Herald",
     "published_at": "2024-03-01T09:30:00+01:00", "url": "https://herald.example/1"},
    {"text": '"We hold," said Rosa Vale. "Fine," said Rosie Vale.', "outlet": "Post"},
    {"text": '"Numbers up," said Omar Eze, according to Daily Post.', "outlet": "Gazette",
     "title": "Ünïcode ✓"},
]


async def _fill(url: str, run_db: Any) -> None:
    async with AsyncTestClient(app=create_app(Settings(database_url=url, auto_migrate=False),
                                              extractor=scripted_extract)) as client:
        for body in ARTICLES:
            assert (await client.post("/v1/articles", json=body)).status_code == 201

    async def merge(session: Any) -> None:
        ids = {name: i for i, name in (await session.execute(select(Entity.id, Entity.name))).all()}
        old, new = ids["Rosie Vale"], ids["Rosa Vale"]
        await session.execute(update(Entity).where(Entity.id == old).values(merged_into_id=new))
        await session.execute(insert(EntityMerge).values(
            from_entity_id=old, into_entity_id=new, merged_by="test", reason="same person",
            moved_quotes=1, moved_links=1, moved_aliases=0))
        await session.commit()

    await run_db(url, merge)


async def run_cli(*args: str) -> int:
    """The CLI runs its own event loop: call it from a worker thread, as a shell would."""
    result: int = await anyio.to_thread.run_sync(cli, list(args))
    return result


async def _export(url: str, path: Path) -> bytes:
    assert await run_cli("export", str(path), "--database-url", url) == 0
    return path.read_bytes()


async def test_round_trip_is_byte_identical(
    fresh_db_url: str, tmp_path: Path, run_db: Any, capsys: Any
) -> None:
    source = f"sqlite+aiosqlite:///{tmp_path / 'source.db'}"
    await anyio.to_thread.run_sync(upgrade_sync, source)
    await _fill(source, run_db)
    first = await _export(source, tmp_path / "first.jsonl")
    assert json.loads(first.splitlines()[0])["tables"] == [t.name for t in Base.metadata.sorted_tables]
    assert b'"table":"entity_merges"' in first and b'"merged_into_id":' in first

    assert await run_cli("import", str(tmp_path / "first.jsonl"), "--database-url", fresh_db_url) == 0
    second = await _export(fresh_db_url, tmp_path / "second.jsonl")
    assert second == first

    # the imported store keeps working: new rows get fresh ids after the imported ones
    async with AsyncTestClient(app=create_app(Settings(database_url=fresh_db_url, auto_migrate=False),
                                              extractor=scripted_extract)) as client:
        r = await client.post("/v1/articles", json={"text": '"New," said Ada Park.', "outlet": "Later"})
        assert r.status_code == 201 and r.json()["id"] == len(ARTICLES) + 1
        merged = (await client.get("/v1/articles/2")).json()
        assert merged["quotes"][0]["speaker"]["name"] == "Rosa Vale"

    # a store that holds data is refused, and left as it was
    capsys.readouterr()
    assert await run_cli("import", str(tmp_path / "first.jsonl"), "--database-url", fresh_db_url) == 2
    assert "not empty" in capsys.readouterr().err
    assert await run_db(fresh_db_url, lambda s: s.scalar(select(func.count()).select_from(Article))) == 4


async def test_truncated_or_foreign_files_are_refused_and_store_nothing(
    tmp_path: Path, run_db: Any, capsys: Any
) -> None:
    source = f"sqlite+aiosqlite:///{tmp_path / 'source.db'}"
    await anyio.to_thread.run_sync(upgrade_sync, source)
    await _fill(source, run_db)
    lines = (await _export(source, tmp_path / "full.jsonl")).splitlines(keepends=True)
    cases = {
        "truncated": b"".join(lines[:-3]),
        "no-end": b"".join(lines[:-1]),
        "foreign": b'{"hello": 1}\n',
        "reordered": lines[0] + b"".join(reversed(lines[1:-1])) + lines[-1],
    }
    for name, content in cases.items():
        target = f"sqlite+aiosqlite:///{tmp_path / (name + '.db')}"
        (tmp_path / name).write_bytes(content)
        assert await run_cli("import", str(tmp_path / name), "--database-url", target) == 2, name
        assert "refused" in capsys.readouterr().err
        assert await run_db(target, lambda s: s.scalar(select(func.count()).select_from(Article))) == 0
