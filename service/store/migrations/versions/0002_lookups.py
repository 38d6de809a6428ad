"""lookups: entity merge history and the quote search index (with a backfill of stored quotes)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "entity_merges",
        sa.Column("id", _ID, nullable=False),
        sa.Column("from_entity_id", _ID, nullable=False),
        sa.Column("into_entity_id", _ID, nullable=False),
        sa.Column("merged_by", sa.String(length=200), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("moved_quotes", sa.Integer(), nullable=False),
        sa.Column("moved_links", sa.Integer(), nullable=False),
        sa.Column("moved_aliases", sa.Integer(), nullable=False),
        sa.Column(
            "merged_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["from_entity_id"],
            ["entities.id"],
            name=op.f("fk_entity_merges_from_entity_id_entities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["into_entity_id"],
            ["entities.id"],
            name=op.f("fk_entity_merges_into_entity_id_entities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entity_merges")),
    )
    with op.batch_alter_table("entity_merges", schema=None) as batch_op:
        batch_op.create_index("ix_entity_merges_from_entity_id", ["from_entity_id"], unique=False)

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
    _backfill()


def _backfill() -> None:
    """Index quotes stored before this revision, in id order and batches (bounded memory)."""
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


def downgrade() -> None:
    with op.batch_alter_table("quote_terms", schema=None) as batch_op:
        batch_op.drop_index("ix_quote_terms_quote_id")
    op.drop_table("quote_terms")
    with op.batch_alter_table("entity_merges", schema=None) as batch_op:
        batch_op.drop_index("ix_entity_merges_from_entity_id")
    op.drop_table("entity_merges")
