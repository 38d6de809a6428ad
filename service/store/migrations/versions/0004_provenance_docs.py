"""provenance documents: each cluster's provenance answer precomputed, invalidated by triggers

GET /v1/quotes/{id}/provenance becomes one primary-key fetch and a byte splice (issue 6). The
document is a cache; what keeps it correct lives in the database, so no write path (one article,
bulk COPY, merges, deletes, imports, hand-written SQL) can forget it:

- PostgreSQL: statement-level triggers on `quotes`, `chain_links`, `articles` (update) and
  `entities` (update) append `(cluster_id, pg_current_xact_id())` for every cluster whose answer
  the statement may change to `provenance_dirty`, an insert-only log (no row locks, so no new waits
  or deadlocks between concurrent writers). A document stores the snapshot it was computed from
  (`pg_current_snapshot()` of the very statement that read the cluster) and is served only while
  every dirty entry of its cluster is visible to that snapshot: a reader racing a writer may store
  a document, but it is never believed once the writer commits. `provenance_gc.horizon` lets
  `provenance_repo.compact` drop old log entries safely (documents older than the horizon are
  never installed). TRUNCATE of a source table empties the documents.
- SQLite (one writer at a time): row triggers bump `provenance_versions.version` of each touched
  cluster; a document stores the version it was computed from and is served only while equal.

None of these tables is an ORM model: they are derived state, never exported by backups.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

# ruff: noqa: S608  # DDL assembled from this file's own constants; nothing comes from input
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# clusters whose answer shows an entity of `changed` (ids), directly or as the survivor of a merge
_PG_ENTITY_CLUSTERS = """
    , e AS (
        SELECT id FROM changed
        UNION SELECT x.id FROM entities x JOIN changed c ON x.merged_into_id = c.id
    )
    SELECT q.cluster_id FROM quotes q JOIN e ON q.speaker_entity_id = e.id WHERE q.cluster_id IS NOT NULL
    UNION
    SELECT q.cluster_id FROM chain_links l JOIN e ON l.entity_id = e.id JOIN quotes q ON q.id = l.quote_id
    WHERE q.cluster_id IS NOT NULL
"""

PG_UP = (
    """CREATE TABLE provenance_docs (
        cluster_id bigint PRIMARY KEY,
        snap pg_snapshot NOT NULL,
        speaker bytea NOT NULL,
        body bytea NOT NULL
    )""",
    """CREATE TABLE provenance_dirty (
        cluster_id bigint NOT NULL,
        xid xid8 NOT NULL DEFAULT pg_current_xact_id()
    )""",
    "CREATE INDEX ix_provenance_dirty_cluster_id_xid ON provenance_dirty (cluster_id, xid)",
    """CREATE TABLE provenance_gc (
        id integer PRIMARY KEY CHECK (id = 1),
        horizon xid8 NOT NULL
    )""",
    "INSERT INTO provenance_gc (id, horizon) VALUES (1, '0'::xid8)",
    # one function per transition-table shape; each appends the touched clusters, once each
    """CREATE FUNCTION provenance_dirty_quotes_new() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO provenance_dirty (cluster_id)
        SELECT DISTINCT cluster_id FROM new_rows WHERE cluster_id IS NOT NULL;
        RETURN NULL;
    END $$""",
    """CREATE FUNCTION provenance_dirty_quotes_old() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO provenance_dirty (cluster_id)
        SELECT DISTINCT cluster_id FROM old_rows WHERE cluster_id IS NOT NULL;
        RETURN NULL;
    END $$""",
    """CREATE FUNCTION provenance_dirty_quotes_both() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO provenance_dirty (cluster_id)
        SELECT cluster_id FROM new_rows WHERE cluster_id IS NOT NULL
        UNION SELECT cluster_id FROM old_rows WHERE cluster_id IS NOT NULL;
        RETURN NULL;
    END $$""",
    """CREATE FUNCTION provenance_dirty_links_new() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO provenance_dirty (cluster_id)
        SELECT DISTINCT q.cluster_id FROM new_rows l JOIN quotes q ON q.id = l.quote_id
        WHERE q.cluster_id IS NOT NULL;
        RETURN NULL;
    END $$""",
    """CREATE FUNCTION provenance_dirty_links_old() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO provenance_dirty (cluster_id)
        SELECT DISTINCT q.cluster_id FROM old_rows l JOIN quotes q ON q.id = l.quote_id
        WHERE q.cluster_id IS NOT NULL;
        RETURN NULL;
    END $$""",
    """CREATE FUNCTION provenance_dirty_links_both() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO provenance_dirty (cluster_id)
        SELECT q.cluster_id FROM new_rows l JOIN quotes q ON q.id = l.quote_id WHERE q.cluster_id IS NOT NULL
        UNION
        SELECT q.cluster_id FROM old_rows l JOIN quotes q ON q.id = l.quote_id WHERE q.cluster_id IS NOT NULL;
        RETURN NULL;
    END $$""",
    """CREATE FUNCTION provenance_dirty_articles() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO provenance_dirty (cluster_id)
        SELECT DISTINCT q.cluster_id FROM new_rows a JOIN quotes q ON q.article_id = a.id
        WHERE q.cluster_id IS NOT NULL;
        RETURN NULL;
    END $$""",
    f"""CREATE FUNCTION provenance_dirty_entities() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO provenance_dirty (cluster_id)
        WITH changed AS (SELECT id FROM new_rows UNION SELECT id FROM old_rows)
        {_PG_ENTITY_CLUSTERS};
        RETURN NULL;
    END $$""",
    """CREATE FUNCTION provenance_docs_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        DELETE FROM provenance_docs;
        RETURN NULL;
    END $$""",
    "CREATE TRIGGER provenance_quotes_ins AFTER INSERT ON quotes REFERENCING NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION provenance_dirty_quotes_new()",
    "CREATE TRIGGER provenance_quotes_upd AFTER UPDATE ON quotes "
    "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION provenance_dirty_quotes_both()",
    "CREATE TRIGGER provenance_quotes_del AFTER DELETE ON quotes REFERENCING OLD TABLE AS old_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION provenance_dirty_quotes_old()",
    "CREATE TRIGGER provenance_links_ins AFTER INSERT ON chain_links REFERENCING NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION provenance_dirty_links_new()",
    "CREATE TRIGGER provenance_links_upd AFTER UPDATE ON chain_links "
    "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION provenance_dirty_links_both()",
    "CREATE TRIGGER provenance_links_del AFTER DELETE ON chain_links REFERENCING OLD TABLE AS old_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION provenance_dirty_links_old()",
    "CREATE TRIGGER provenance_articles_upd AFTER UPDATE ON articles REFERENCING NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION provenance_dirty_articles()",
    "CREATE TRIGGER provenance_entities_upd AFTER UPDATE ON entities "
    "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION provenance_dirty_entities()",
    *(
        f"CREATE TRIGGER provenance_{t}_truncate AFTER TRUNCATE ON {t} "
        "FOR EACH STATEMENT EXECUTE FUNCTION provenance_docs_truncate()"
        for t in ("quotes", "chain_links", "articles", "entities")
    ),
)
PG_DOWN = (
    *(
        f"DROP TRIGGER IF EXISTS provenance_{t}_truncate ON {t}"
        for t in ("quotes", "chain_links", "articles", "entities")
    ),
    "DROP TRIGGER IF EXISTS provenance_entities_upd ON entities",
    "DROP TRIGGER IF EXISTS provenance_articles_upd ON articles",
    *(f"DROP TRIGGER IF EXISTS provenance_links_{e} ON chain_links" for e in ("ins", "upd", "del")),
    *(f"DROP TRIGGER IF EXISTS provenance_quotes_{e} ON quotes" for e in ("ins", "upd", "del")),
    *(
        f"DROP FUNCTION IF EXISTS provenance_{f}()"
        for f in (
            "docs_truncate",
            "dirty_entities",
            "dirty_articles",
            "dirty_links_both",
            "dirty_links_old",
            "dirty_links_new",
            "dirty_quotes_both",
            "dirty_quotes_old",
            "dirty_quotes_new",
        )
    ),
    "DROP TABLE IF EXISTS provenance_gc",
    "DROP TABLE IF EXISTS provenance_dirty",
    "DROP TABLE IF EXISTS provenance_docs",
)


def _bump(cluster: str) -> str:
    """SQLite: the statement that bumps the version of the cluster(s) `cluster` selects."""
    return (
        f"INSERT INTO provenance_versions (cluster_id, version) SELECT c, 1 FROM ({cluster}) "
        "WHERE c IS NOT NULL ON CONFLICT (cluster_id) DO UPDATE SET version = version + 1;"
    )


def _sqlite_entity_bump(ref: str) -> str:
    e = f"SELECT {ref}.id AS id UNION SELECT id FROM entities WHERE merged_into_id = {ref}.id"
    return _bump(
        f"SELECT cluster_id AS c FROM quotes WHERE speaker_entity_id IN ({e}) "
        f"UNION SELECT q.cluster_id FROM chain_links l JOIN quotes q ON q.id = l.quote_id "
        f"WHERE l.entity_id IN ({e})"
    )


SQLITE_UP = (
    """CREATE TABLE provenance_versions (
        cluster_id INTEGER NOT NULL PRIMARY KEY,
        version INTEGER NOT NULL
    )""",
    """CREATE TABLE provenance_docs (
        cluster_id INTEGER NOT NULL PRIMARY KEY,
        version INTEGER NOT NULL,
        speaker BLOB NOT NULL,
        body BLOB NOT NULL
    )""",
    "CREATE TRIGGER provenance_quotes_ai AFTER INSERT ON quotes BEGIN "
    + _bump("SELECT new.cluster_id AS c")
    + " END",
    "CREATE TRIGGER provenance_quotes_au AFTER UPDATE ON quotes BEGIN "
    + _bump("SELECT new.cluster_id AS c UNION SELECT old.cluster_id")
    + " END",
    "CREATE TRIGGER provenance_quotes_ad AFTER DELETE ON quotes BEGIN "
    + _bump("SELECT old.cluster_id AS c")
    + " END",
    "CREATE TRIGGER provenance_links_ai AFTER INSERT ON chain_links BEGIN "
    + _bump("SELECT cluster_id AS c FROM quotes WHERE id = new.quote_id")
    + " END",
    "CREATE TRIGGER provenance_links_au AFTER UPDATE ON chain_links BEGIN "
    + _bump("SELECT cluster_id AS c FROM quotes WHERE id IN (new.quote_id, old.quote_id)")
    + " END",
    "CREATE TRIGGER provenance_links_ad AFTER DELETE ON chain_links BEGIN "
    + _bump("SELECT cluster_id AS c FROM quotes WHERE id = old.quote_id")
    + " END",
    "CREATE TRIGGER provenance_articles_au AFTER UPDATE ON articles BEGIN "
    + _bump("SELECT cluster_id AS c FROM quotes WHERE article_id = new.id")
    + " END",
    "CREATE TRIGGER provenance_entities_au AFTER UPDATE ON entities BEGIN "
    + _sqlite_entity_bump("new")
    + _sqlite_entity_bump("old")
    + " END",
)
SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS provenance_entities_au",
    "DROP TRIGGER IF EXISTS provenance_articles_au",
    *(f"DROP TRIGGER IF EXISTS provenance_links_a{e}" for e in "iud"),
    *(f"DROP TRIGGER IF EXISTS provenance_quotes_a{e}" for e in "iud"),
    "DROP TABLE IF EXISTS provenance_docs",
    "DROP TABLE IF EXISTS provenance_versions",
)


def upgrade() -> None:
    for statement in SQLITE_UP if op.get_bind().dialect.name == "sqlite" else PG_UP:
        op.execute(statement)


def downgrade() -> None:
    for statement in SQLITE_DOWN if op.get_bind().dialect.name == "sqlite" else PG_DOWN:
        op.execute(statement)
