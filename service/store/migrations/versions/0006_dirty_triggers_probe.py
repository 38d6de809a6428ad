"""provenance triggers: look quotes up by index, never by a join the planner may turn into a scan

The statement-level triggers of 0004 joined their transition table with `quotes`. PL/pgSQL keeps
a trigger query's plan for the life of the connection, and a plan made while `quotes` was small
(or never analysed) hash-joins a sequential scan of the whole table: seen under POST load, every
`chain_links` insert scanned all quotes, and PostgreSQL's CPU per POST grew with the store (8 ms at
8 connections, 24 ms at 32, after ~10,000 quotes). The queries below reach `quotes` only through
correlated subqueries and LATERAL joins keyed on indexed columns (pk_quotes,
uq_quotes_article_id_position, ix_quotes_speaker_entity_id_id, ix_chain_links_entity_id_role, and
the new ix_entities_merged_into_id: an entity update looked its merged aliases up by scanning
`entities`), so each touched row costs one index probe whatever the statistics say. Same rows
appended to `provenance_dirty` as before; SQLite's row triggers already probe by id.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

# ruff: noqa: S608  # DDL assembled from this file's own constants; nothing comes from input
from __future__ import annotations

import importlib
from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# the cluster of the quote a chain-link row (alias l) points at: one pk_quotes probe
_LINK_CLUSTER = "(SELECT q.cluster_id FROM quotes q WHERE q.id = l.quote_id)"


def _links(*tables: str) -> str:
    parts = " UNION ".join(f"SELECT {_LINK_CLUSTER} AS c FROM {t} l" for t in tables)
    return f"SELECT DISTINCT c FROM ({parts}) touched WHERE c IS NOT NULL"


_ENTITY_CLUSTERS = """
    , e AS (
        SELECT id FROM changed
        UNION SELECT x.id FROM changed c CROSS JOIN LATERAL (
            SELECT id FROM entities x WHERE x.merged_into_id = c.id OFFSET 0
        ) x
    )
    SELECT s.cluster_id FROM e CROSS JOIN LATERAL (
        SELECT q.cluster_id FROM quotes q WHERE q.speaker_entity_id = e.id AND q.cluster_id IS NOT NULL
        OFFSET 0
    ) s
    UNION
    SELECT c FROM (
        SELECT (SELECT q.cluster_id FROM quotes q WHERE q.id = l.quote_id) AS c
        FROM e CROSS JOIN LATERAL (SELECT quote_id FROM chain_links x WHERE x.entity_id = e.id OFFSET 0) l
    ) linked WHERE c IS NOT NULL
"""


def _function(name: str, body: str) -> str:
    return f"""CREATE OR REPLACE FUNCTION provenance_{name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO provenance_dirty (cluster_id)
        {body};
        RETURN NULL;
    END $$"""


PG_UP = (
    _function("dirty_links_new", _links("new_rows")),
    _function("dirty_links_old", _links("old_rows")),
    _function("dirty_links_both", _links("new_rows", "old_rows")),
    _function(
        "dirty_articles",
        "SELECT DISTINCT s.cluster_id FROM new_rows a CROSS JOIN LATERAL (SELECT q.cluster_id "
        "FROM quotes q WHERE q.article_id = a.id AND q.cluster_id IS NOT NULL OFFSET 0) s",
    ),
    _function(
        "dirty_entities",
        f"WITH changed AS (SELECT id FROM new_rows UNION SELECT id FROM old_rows) {_ENTITY_CLUSTERS}",
    ),
)


def _previous() -> list[str]:
    """0004's definitions of the same functions (for downgrade), as CREATE OR REPLACE."""
    v4 = importlib.import_module("service.store.migrations.versions.0004_provenance_docs")
    names = ("dirty_links_new", "dirty_links_old", "dirty_links_both", "dirty_articles", "dirty_entities")
    return [
        s.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1)
        for s in v4.PG_UP
        if any(s.startswith(f"CREATE FUNCTION provenance_{n}()") for n in names)
    ]


def upgrade() -> None:
    op.create_index("ix_entities_merged_into_id", "entities", ["merged_into_id"])
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in _previous():
            op.execute(statement)
    op.drop_index("ix_entities_merged_into_id", "entities")
