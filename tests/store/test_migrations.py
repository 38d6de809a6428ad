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


async def test_0007_rekeys_stored_quotes_under_the_speaker_class_and_back(fresh_db_url: str) -> None:
    """A store written before 0007 has keys under the speaker's entity key; after it, under the
    class a new quote of "Rashid Al Tamimi" looks up. The round trip restores the same keys."""
    from alembic import command
    from litestar.testing import AsyncTestClient
    from sqlalchemy import select

    from models.tables import QuoteKey
    from service.app import create_app
    from service.store.migrate import alembic_config, upgrade

    text = 'Gaza. "Every gun must fall silent at midnight," said Rashed bin Omar al-Tamimi on Monday.'
    async with AsyncTestClient(app=create_app(Settings(database_url=fresh_db_url))) as client:
        assert (await client.post("/v1/articles", json={"text": text})).status_code == 201
    engine = create_engine(fresh_db_url)

    async def keys() -> set[str]:
        async with engine.connect() as conn:
            return set((await conn.execute(select(QuoteKey.key))).scalars())

    try:
        now = await keys()
        assert now and all(k.startswith("r tamimi|") for k in now)
        async with engine.connect() as conn:
            await conn.run_sync(lambda c: command.downgrade(alembic_config(connection=c), "0006"))
            await conn.commit()
        before = await keys()
        assert all(k.startswith("rashed bin omar al tamimi|") for k in before)
        assert {k.split("|", 1)[1] for k in before} == {k.split("|", 1)[1] for k in now}
        await upgrade(engine)
        assert await keys() == now
    finally:
        await engine.dispose()
