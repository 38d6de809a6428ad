from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from models.tables import Base
from service.settings import Settings
from service.store.engine import create_engine
from service.store.migrate import head_revision

pytestmark = pytest.mark.anyio


def _not_fts5(name: str | None, type_: str, _parent: object) -> bool:
    """Skip SQLite's FTS5 search table `quotes_fts` and its shadow tables (`quotes_fts_data`,
    `_idx`, `_docsize`, `_config`): migration 0003 creates them with raw DDL because a virtual
    table cannot be an ORM model; everything else must still match exactly. Also migration 0004's
    `provenance_*` tables: derived documents and their invalidation log, deliberately no models
    (a backup, which exports every model, must not carry them)."""
    return not (type_ == "table" and name is not None and name.startswith(("quotes_fts", "provenance_")))


def _for_this_dialect(dialect: str) -> object:
    """Skip model indexes declared `.ddl_if(dialect=...)` for another database (the PostgreSQL
    text-search indexes): the migrations create them only there, so only there can they drift."""

    def include(obj: object, _name: object, type_: str, _reflected: bool, _compare_to: object) -> bool:
        only = getattr(obj, "_ddl_if", None) if type_ == "index" else None
        return only is None or only.dialect in (None, dialect)

    return include


async def test_migrated_schema_matches_the_orm_models(db_url: str) -> None:
    engine = create_engine(db_url)
    try:
        async with engine.connect() as conn:
            diff = await conn.run_sync(
                lambda c: compare_metadata(
                    MigrationContext.configure(
                        c,
                        opts={
                            "compare_type": True,
                            "include_name": _not_fts5,
                            "include_object": _for_this_dialect(c.dialect.name),
                        },
                    ),
                    Base.metadata,
                )
            )
    finally:
        await engine.dispose()
    assert diff == []


async def test_app_migrates_an_empty_database_on_start(fresh_db_url: str, backend: str) -> None:
    from litestar.testing import AsyncTestClient

    from service.app import create_app

    async with AsyncTestClient(app=create_app(Settings(database_url=fresh_db_url))) as client:
        assert (await client.get("/ready")).json()["schema_revision"] == head_revision()
        assert (await client.post("/v1/articles", json={"text": '"Yes," he said.'})).status_code == 201


async def test_auto_migrate_false_leaves_database_alone(fresh_db_url: str) -> None:
    from litestar.testing import AsyncTestClient

    from service.app import create_app

    settings = Settings(database_url=fresh_db_url, auto_migrate=False)
    async with AsyncTestClient(app=create_app(settings)) as client:
        assert (await client.get("/ready")).json()["schema_revision"] is None
        r = await client.post("/v1/articles", json={"text": "no tables yet"})
        # an unmigrated store is a database the service cannot use yet: 503, like an outage
        assert r.status_code == 503 and r.headers["content-type"].startswith("application/problem+json")
