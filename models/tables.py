"""The relational schema, as SQLAlchemy 2 typed ORM classes.

Integer ids everywhere, and uniqueness enforced by the database (not by read-then-write code), so
that concurrent posts of one article or of one new speaker converge on a single row. Alembic
migrations under `service/store/migrations` are the source of truth for the live schema; these
classes must stay in step with them (a test compares the two).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# SQLite only auto-increments a column declared exactly INTEGER PRIMARY KEY; BIGINT elsewhere.
Id = BigInteger().with_variant(Integer(), "sqlite")

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _now() -> datetime:
    from datetime import UTC

    return datetime.now(UTC)


class Article(Base):
    __tablename__ = "articles"
    __table_args__ = (
        UniqueConstraint("outlet_key", "text_hash"),
        Index("ix_articles_outlet_key_id", "outlet_key", "id"),
        Index("ix_articles_published_at", "published_at"),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    url: Mapped[str | None] = mapped_column(String(2048), unique=True)
    outlet: Mapped[str | None] = mapped_column(Text)
    outlet_key: Mapped[str] = mapped_column(String(200), default="")
    """Normalised outlet, '' when unknown: NULLs never collide in a unique index, '' does."""
    title: Mapped[str | None] = mapped_column(Text)
    byline: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(35))
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    text: Mapped[str] = mapped_column(Text)
    text_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=_now, server_default=func.current_timestamp()
    )


class Entity(Base):
    __tablename__ = "entities"
    # who was merged into an entity: the provenance triggers ask on every entity update (0006)
    __table_args__ = (Index("ix_entities_merged_into_id", "merged_into_id"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(32), default="unknown")
    key: Mapped[str] = mapped_column(String(200), unique=True)
    merged_into_id: Mapped[int | None] = mapped_column(Id, ForeignKey("entities.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=_now, server_default=func.current_timestamp()
    )


class EntityAlias(Base):
    __tablename__ = "entity_aliases"
    __table_args__ = (
        UniqueConstraint("entity_id", "alias"),
        Index("ix_entity_aliases_alias", "alias"),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    entity_id: Mapped[int] = mapped_column(Id, ForeignKey("entities.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(300))


class Cluster(Base):
    __tablename__ = "clusters"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    speaker_entity_id: Mapped[int | None] = mapped_column(Id, ForeignKey("entities.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=_now, server_default=func.current_timestamp()
    )


class Quote(Base):
    __tablename__ = "quotes"
    __table_args__ = (
        UniqueConstraint("article_id", "position"),
        Index("ix_quotes_speaker_entity_id_id", "speaker_entity_id", "id"),
        Index("ix_quotes_cluster_id", "cluster_id"),
        # Text search (migration 0003). PostgreSQL only: there the indexes live on `quotes`; SQLite
        # searches the FTS5 table `quotes_fts`, which the ORM does not model (a virtual table).
        Index(
            "ix_quotes_text_tsv",
            sql_text("to_tsvector('english'::regconfig, text)"),
            postgresql_using="gin",
        ).ddl_if(dialect="postgresql"),
        Index(
            "ix_quotes_text_trgm", "text", postgresql_using="gin", postgresql_ops={"text": "gin_trgm_ops"}
        ).ddl_if(dialect="postgresql"),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    article_id: Mapped[int] = mapped_column(Id, ForeignKey("articles.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32))
    speaker_entity_id: Mapped[int | None] = mapped_column(Id, ForeignKey("entities.id", ondelete="SET NULL"))
    cue: Mapped[str | None] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    cluster_id: Mapped[int | None] = mapped_column(Id, ForeignKey("clusters.id", ondelete="SET NULL"))
    context: Mapped[str] = mapped_column(Text, default="")
    """The words around the quote when stored, so clustering never re-reads whole articles."""


class ChainLink(Base):
    __tablename__ = "chain_links"
    __table_args__ = (
        UniqueConstraint("quote_id", "position"),
        Index("ix_chain_links_entity_id_role", "entity_id", "role"),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    quote_id: Mapped[int] = mapped_column(Id, ForeignKey("quotes.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(16))
    entity_id: Mapped[int] = mapped_column(Id, ForeignKey("entities.id", ondelete="RESTRICT"))
    cue: Mapped[str | None] = mapped_column(Text)


class QuoteKey(Base):
    """Inverted index for clustering: one row per (cluster key, quote).

    No surrogate id and no foreign key (migration 0005): the writer appends ~130 rows per article
    and these cost half of it; whoever deletes quotes deletes their keys, and a stray row is
    harmless because the candidate query joins `quotes`.
    """

    __tablename__ = "quote_keys"
    __table_args__ = (Index("ix_quote_keys_quote_id", "quote_id"),)

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    quote_id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=False)


class EntityMerge(Base):
    """History of manual entity merges: who folded which entity into which, when, and what moved.

    The merged entity row stays (with `merged_into_id` set) so old ids keep resolving; this table is
    what makes a wrong merge auditable and reversible by hand.
    """

    __tablename__ = "entity_merges"
    __table_args__ = (Index("ix_entity_merges_from_entity_id", "from_entity_id"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    from_entity_id: Mapped[int] = mapped_column(Id, ForeignKey("entities.id", ondelete="CASCADE"))
    into_entity_id: Mapped[int] = mapped_column(Id, ForeignKey("entities.id", ondelete="CASCADE"))
    merged_by: Mapped[str | None] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(Text)
    moved_quotes: Mapped[int] = mapped_column(Integer, default=0)
    moved_links: Mapped[int] = mapped_column(Integer, default=0)
    moved_aliases: Mapped[int] = mapped_column(Integer, default=0)
    merged_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=_now, server_default=func.current_timestamp()
    )
