"""`quotetrail db upgrade` and `quotetrail seed`, run through the real CLI entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.tables import Article
from service.cli import main
from service.store.migrate import head_revision


@pytest.fixture
def env_db(monkeypatch: pytest.MonkeyPatch, fresh_db_url: str) -> str:
    monkeypatch.setenv("QUOTETRAIL_DATABASE_URL", fresh_db_url)
    return fresh_db_url


def _count(url: str, table: type) -> int:
    import asyncio

    from service.store.engine import create_engine

    async def go() -> int:
        engine = create_engine(url)
        try:
            async with engine.connect() as conn:
                return int((await conn.execute(select(func.count()).select_from(table))).scalar_one())
        finally:
            await engine.dispose()

    return asyncio.run(go())


def test_db_upgrade_then_current(env_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "current"]) == 0
    assert "(empty database)" in capsys.readouterr().out
    assert main(["db", "upgrade"]) == 0
    assert main(["db", "current"]) == 0
    assert capsys.readouterr().out.strip().endswith(head_revision())
    assert _count(env_db, Article) == 0



def test_seed_loads_through_the_api_path_and_dedupes(
    env_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    article = {
        "outlet": "Seed Times",
        "url": "https://seed.example/1",
        "title": "T",
        "published_at": "2024-02-03",
        "byline": "By S",
        "text": 'Intro. "We are ready," she said.',
    }
    (seeds / "a.json").write_text(json.dumps(article))
    (seeds / "b.json").write_text(
        json.dumps([{**article, "url": "https://seed.example/2", "outlet": "Other"}])
    )
    assert main(["seed", str(seeds)]) == 0
    assert "2 stored, 0 already present, 0 failed" in capsys.readouterr().out
    assert _count(env_db, Article) == 2
    assert main(["seed", str(seeds)]) == 0
    assert "0 stored, 2 already present" in capsys.readouterr().out
    assert _count(env_db, Article) == 2


def test_seed_reports_bad_files_and_keeps_good_ones(
    env_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bad.json").write_text("{not json")
    (tmp_path / "empty.json").write_text(json.dumps({"text": ""}))
    (tmp_path / "good.json").write_text(json.dumps({"text": '"Fine," he said.'}))
    assert main(["seed", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert "1 stored, 0 already present, 2 failed" in captured.out
    assert "bad.json" in captured.err and "empty.json" in captured.err
    assert _count(env_db, Article) == 1
    assert main(["seed", str(tmp_path / "missing")]) == 2


def test_bad_setting_is_reported_not_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUOTETRAIL_MAX_TEXT_BYTES", "lots")
    with pytest.raises(SystemExit, match="QUOTETRAIL_MAX_TEXT_BYTES"):
        main(["db", "upgrade"])


def test_serve_migrates_once_then_starts_workers_with_auto_migrate_off(
    env_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Workers build Settings from the environment; after serve's own migration they must not
    each migrate again (N workers racing over alembic_version on a busy start)."""
    import uvicorn

    from service import serving

    started: dict[str, object] = {}

    def fake_run(app: str, **kwargs: object) -> None:  # uvicorn would fork workers here
        from service.settings import Settings

        started.update(kwargs, app=app, worker_settings=Settings.from_env())

    def fake_serve(host: str, port: int, workers: int) -> int:  # on Linux: our own workers
        fake_run(serving.APP, host=host, port=port, workers=workers)
        return 0

    monkeypatch.setenv("QUOTETRAIL_AUTO_MIGRATE", "true")
    monkeypatch.setattr(uvicorn, "run", fake_run)
    monkeypatch.setattr(serving, "serve", fake_serve)
    assert main(["serve", "--workers", "2", "--port", "0"]) == 0
    worker_settings = started["worker_settings"]
    assert started["app"] == "service.app:create_app" and started["workers"] == 2
    assert worker_settings.auto_migrate is False  # type: ignore[attr-defined]
    assert main(["db", "current"]) == 0  # ...because serve already migrated the database
    assert capsys.readouterr().out.strip().endswith(head_revision())


def test_db_compact_trims_the_provenance_log_the_writes_left(
    env_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import asyncio

    from sqlalchemy import text

    from service.store.engine import create_engine

    async def log_rows() -> int:
        engine = create_engine(env_db)
        try:
            async with engine.connect() as conn:
                return int((await conn.execute(text("SELECT count(*) FROM provenance_dirty"))).scalar_one())
        finally:
            await engine.dispose()

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.json").write_text(json.dumps({
        "outlet": "Seed Times", "url": "https://seed.example/c", "title": "T",
        "text": 'Intro. "We are ready for the vote," Mara Quist said.'}))
    assert main(["seed", str(seeds)]) == 0
    postgres = env_db.startswith("postgresql")
    if postgres:
        assert asyncio.run(log_rows()) > 0  # the seed's writes were logged for the documents
    capsys.readouterr()
    assert main(["db", "compact"]) == 0
    assert capsys.readouterr().out.strip() == "provenance log entries left: 0"
    if postgres:
        assert asyncio.run(log_rows()) == 0
