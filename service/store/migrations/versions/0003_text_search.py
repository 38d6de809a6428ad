"""text search on the databases' own engines: SQLite FTS5, PostgreSQL tsvector GIN + pg_trgm

Replaces the hand-made `quote_terms` index (one row per stem and quote, written by ingest): the
databases' own text search ranks (bm25 / ts_rank_cd), stems (porter / english) and stays in step
with `quotes` without any application code, so no ingest path (one article, bulk backfill, import)
can forget to index a quote.

- SQLite: `quotes_fts`, an FTS5 table with external content on `quotes` (the text is stored once),
  kept in sync by triggers on insert / delete / update of `text`, and rebuilt from existing rows.
- PostgreSQL: a GIN index on `to_tsvector('english', text)` (an expression index rather than a
  generated column: no column the ORM must know about, and rows are not widened) and a pg_trgm GIN
  index on `text` for the typo-tolerant fallback.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

SQLITE_UP = (
    "CREATE VIRTUAL TABLE quotes_fts USING fts5("
    "text, content='quotes', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN "
    "INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN "
    "INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER quotes_fts_au AFTER UPDATE OF text ON quotes BEGIN "
    "INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text); END",
    "INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')",
)
SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS quotes_fts_au",
    "DROP TRIGGER IF EXISTS quotes_fts_ad",
    "DROP TRIGGER IF EXISTS quotes_fts_ai",
    "DROP TABLE IF EXISTS quotes_fts",
)


def upgrade() -> None:
    with op.batch_alter_table("quote_terms", schema=None) as batch_op:
        batch_op.drop_index("ix_quote_terms_quote_id")
    op.drop_table("quote_terms")
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_UP:
            op.execute(statement)
        return
    # pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.create_index(
        "ix_quotes_text_tsv",
        "quotes",
        [sa.text("to_tsvector('english'::regconfig, text)")],
        postgresql_using="gin",
    )
    op.create_index(
        "ix_quotes_text_trgm",
        "quotes",
        ["text"],
        postgresql_using="gin",
        postgresql_ops={"text": "gin_trgm_ops"},
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_DOWN:
            op.execute(statement)
    else:
        op.drop_index("ix_quotes_text_trgm", table_name="quotes")
        op.drop_index("ix_quotes_text_tsv", table_name="quotes")
    op.create_table(
        "quote_terms",
        sa.Column("id", _ID, nullable=False),
        sa.Column("term", sa.String(length=64), nullable=False),
        sa.Column("quote_id", _ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["quote_id"], ["quotes.id"], name=op.f("fk_quote_terms_quote_id_quotes"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quote_terms")),
        sa.UniqueConstraint("term", "quote_id", name=op.f("uq_quote_terms_term_quote_id")),
    )
    with op.batch_alter_table("quote_terms", schema=None) as batch_op:
        batch_op.create_index("ix_quote_terms_quote_id", ["quote_id"], unique=False)
    _backfill_terms()


def _backfill_terms() -> None:
    """Refill `quote_terms` as 0002 did, so the previous code's search finds stored quotes."""
    from service.provenance.search_text import terms_of

    bind = op.get_bind()
    quote_terms = sa.table("quote_terms", sa.column("term", sa.String), sa.column("quote_id", _ID))
    last = 0
    while True:
        rows = bind.execute(
            sa.text("SELECT id, text FROM quotes WHERE id > :last ORDER BY id LIMIT 2000"), {"last": last}
        ).all()
        if not rows:
            return
        values = [{"term": t, "quote_id": qid} for qid, text in rows for t in terms_of(text)]
        if values:
            bind.execute(quote_terms.insert(), values)
        last = rows[-1][0]
