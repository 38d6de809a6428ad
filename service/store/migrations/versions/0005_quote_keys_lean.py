"""quote_keys: primary key (key, quote_id), no surrogate id, no foreign key

`quote_keys` is the clustering index the writer appends ~13 rows per quote to (~130 per article),
and on PostgreSQL it was most of the database's CPU per stored article. Measured on PostgreSQL 15,
130,000 rows appended to a table of 650,000: 2.18 s with the surrogate `id` (a sequence and a third
index) and the foreign key to `quotes` (a referential-integrity check per row); 1.02 s without both.
The unique (key, quote_id) index already identifies a row, so those columns become the primary
key. PostgreSQL cannot adopt an index that already backs a constraint, so the index is rebuilt,
holding the table's lock meanwhile: measured 2.3 s for 1.3 million key rows (about 100,000
quotes) on the 2-core development machine, so plan a few minutes for a store of 10 million quotes.

Without the foreign key nothing cascades: the code that deletes quotes deletes their keys
(`articles_repo.delete_article`; merges re-key explicitly). A key row left behind by hand-written
SQL is harmless: the candidate query joins `quotes`, so it never yields a candidate.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SQLITE_UP = [
    "CREATE TABLE quote_keys_new (key VARCHAR(200) NOT NULL, quote_id INTEGER NOT NULL, "
    "CONSTRAINT pk_quote_keys PRIMARY KEY (key, quote_id))",
    "INSERT INTO quote_keys_new (key, quote_id) SELECT key, quote_id FROM quote_keys",
    "DROP TABLE quote_keys",
    "ALTER TABLE quote_keys_new RENAME TO quote_keys",
    "CREATE INDEX ix_quote_keys_quote_id ON quote_keys (quote_id)",
]
_SQLITE_DOWN = [
    "CREATE TABLE quote_keys_old (id INTEGER NOT NULL, key VARCHAR(200) NOT NULL, "
    "quote_id INTEGER NOT NULL, CONSTRAINT pk_quote_keys PRIMARY KEY (id), "
    "CONSTRAINT fk_quote_keys_quote_id_quotes FOREIGN KEY(quote_id) REFERENCES quotes (id) "
    "ON DELETE CASCADE, CONSTRAINT uq_quote_keys_key_quote_id UNIQUE (key, quote_id))",
    "INSERT INTO quote_keys_old (key, quote_id) SELECT key, quote_id FROM quote_keys "
    "WHERE quote_id IN (SELECT id FROM quotes)",
    "DROP TABLE quote_keys",
    "ALTER TABLE quote_keys_old RENAME TO quote_keys",
    "CREATE INDEX ix_quote_keys_quote_id ON quote_keys (quote_id)",
]
_PG_UP = [
    "ALTER TABLE quote_keys DROP CONSTRAINT fk_quote_keys_quote_id_quotes",
    "ALTER TABLE quote_keys DROP CONSTRAINT pk_quote_keys",
    "ALTER TABLE quote_keys DROP COLUMN id",
    "ALTER TABLE quote_keys DROP CONSTRAINT uq_quote_keys_key_quote_id",
    "ALTER TABLE quote_keys ADD CONSTRAINT pk_quote_keys PRIMARY KEY (key, quote_id)",
]
_PG_DOWN = [
    "DELETE FROM quote_keys k WHERE NOT EXISTS (SELECT 1 FROM quotes q WHERE q.id = k.quote_id)",
    "ALTER TABLE quote_keys DROP CONSTRAINT pk_quote_keys",
    "ALTER TABLE quote_keys ADD COLUMN id BIGSERIAL",
    "ALTER TABLE quote_keys ADD CONSTRAINT pk_quote_keys PRIMARY KEY (id)",
    "ALTER TABLE quote_keys ADD CONSTRAINT uq_quote_keys_key_quote_id UNIQUE (key, quote_id)",
    "ALTER TABLE quote_keys ADD CONSTRAINT fk_quote_keys_quote_id_quotes FOREIGN KEY (quote_id) "
    "REFERENCES quotes (id) ON DELETE CASCADE",
]


def upgrade() -> None:
    for statement in _SQLITE_UP if op.get_bind().dialect.name == "sqlite" else _PG_UP:
        op.execute(statement)


def downgrade() -> None:
    for statement in _SQLITE_DOWN if op.get_bind().dialect.name == "sqlite" else _PG_DOWN:
        op.execute(statement)
