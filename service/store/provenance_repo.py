"""Reads behind the provenance lookups: a cluster's occurrences, an entity's quotes and relays.

Each lookup is a fixed number of indexed queries (cluster_id, speaker_entity_id, chain_links
(entity_id, role)), so latency depends on the size of the answer, not of the archive.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Select, bindparam, case, func, literal_column, or_, select, text, true
from sqlalchemy.dialects.postgresql import asyncpg as pg_asyncpg
from sqlalchemy.engine import Row
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import BindParameter

from models.tables import Article, ChainLink, Entity, Quote
from service.store.db import Db, dialect_name
from service.store.engine import read_connection

# A cluster larger than this (a slogan quoted everywhere) is answered from its earliest members.
MAX_OCCURRENCES = 500


async def cluster_rows(session: AsyncSession, quote_id: int) -> list[tuple[Quote, Article]]:
    """The quote and every quote of its cluster, with articles: one query (primary key OR
    cluster index, a BitmapOr on PostgreSQL). Empty when the quote does not exist. The asked quote
    sorts first so it is kept even when a huge cluster is cut at MAX_OCCURRENCES."""
    cluster = select(Quote.cluster_id).where(Quote.id == quote_id).scalar_subquery()
    rows = await session.execute(
        select(Quote, Article)
        .join(Article, Article.id == Quote.article_id)
        .where(or_(Quote.id == quote_id, Quote.cluster_id == cluster))
        .order_by(case((Quote.id == quote_id, 0), else_=1), Quote.id)
        .limit(MAX_OCCURRENCES)
    )
    return [(q, a) for q, a in rows.all()]


_Survivor = aliased(Entity, name="survivor")
_MEMBER_COLUMNS = ("id", "cluster_id", "text", "cue", "speaker_entity_id")
"""A cluster member's own columns, first in both forms of the cluster statement."""


def _cluster_statement(postgres: bool = False) -> Select[Any]:
    """The whole provenance of `:quote_id` in one statement: the cluster's members (the asked quote
    first, cut at MAX_OCCURRENCES), each with its article, its speaker and its chain links, every
    entity shown as its survivor when merged. One row per (member, link), members in id order and
    links in chain order; a member without links is one row with NULL link columns.

    Core columns, not ORM entities: no identity map, no per-object instrumentation, and one round
    trip (PostgreSQL: BitmapOr(pk_quotes, ix_quotes_cluster_id) then index joins).

    `postgres`: the same rows through LATERAL subqueries keyed on primary keys and the chain-link
    index, so every join is an index probe whatever the statistics say. With plain joins, a store
    grown faster than autoanalyze got hash joins over sequential scans of chain_links, articles and
    entities: 51 ms of PostgreSQL CPU per lookup at 32,000 quotes (SQLite has no LATERAL, and its
    planner prefers the indexes anyway)."""
    qt, at, lt, et = Quote.__table__, Article.__table__, ChainLink.__table__, Entity.__table__
    qid: BindParameter[int] = bindparam("quote_id")
    cluster = select(qt.c.cluster_id).where(qt.c.id == qid).scalar_subquery()
    members = (
        select(qt.c.id, qt.c.cluster_id, qt.c.text, qt.c.cue, qt.c.speaker_entity_id, qt.c.article_id)
        .where(or_(qt.c.id == qid, qt.c.cluster_id == cluster))
        .order_by(case((qt.c.id == qid, 0), else_=1), qt.c.id)
        .limit(MAX_OCCURRENCES)
        .cte("members")
    )
    if postgres:
        return _cluster_statement_probing(members)
    se, ss, le, ls = (et.alias(n) for n in ("se", "ss", "le", "ls"))
    return (
        select(
            *(members.c[n] for n in _MEMBER_COLUMNS),
            func.coalesce(ss.c.id, se.c.id),
            func.coalesce(ss.c.name, se.c.name),
            func.coalesce(ss.c.type, se.c.type),
            at.c.id,
            at.c.outlet,
            at.c.url,
            at.c.title,
            at.c.published_at,
            lt.c.entity_id,
            lt.c.role,
            lt.c.cue,
            func.coalesce(ls.c.id, le.c.id),
            func.coalesce(ls.c.name, le.c.name),
            func.coalesce(ls.c.type, le.c.type),
        )
        .select_from(
            members.join(at, at.c.id == members.c.article_id)
            .outerjoin(se, se.c.id == members.c.speaker_entity_id)
            .outerjoin(ss, ss.c.id == se.c.merged_into_id)
            .outerjoin(lt, lt.c.quote_id == members.c.id)
            .outerjoin(le, le.c.id == lt.c.entity_id)
            .outerjoin(ls, ls.c.id == le.c.merged_into_id)
        )
        .order_by(members.c.id, lt.c.position)
    )


def _survivor_of(ref: Any, name: str) -> Any:
    """LATERAL: (id, name, type) of entity `ref`, or of the entity it was merged into."""
    et = Entity.__table__
    e, s = et.alias(f"{name}_e"), et.alias(f"{name}_s")
    return (
        select(
            func.coalesce(s.c.id, e.c.id).label("id"),
            func.coalesce(s.c.name, e.c.name).label("name"),
            func.coalesce(s.c.type, e.c.type).label("type"),
        )
        .select_from(e.outerjoin(s, s.c.id == e.c.merged_into_id))
        .where(e.c.id == ref)
        .limit(1)
        .lateral(name)
    )


def _cluster_statement_probing(members: Any) -> Select[Any]:
    at, lt = Article.__table__, ChainLink.__table__
    article = (
        select(at.c.id, at.c.outlet, at.c.url, at.c.title, at.c.published_at)
        .where(at.c.id == members.c.article_id)
        .limit(1)  # a LIMIT keeps a LATERAL subquery from being flattened into a plain join
        .lateral("a")
    )
    speaker = _survivor_of(members.c.speaker_entity_id, "sp")
    links = (
        select(lt.c.entity_id, lt.c.role, lt.c.cue, lt.c.position)
        .where(lt.c.quote_id == members.c.id)
        .offset(0)
        .lateral("lk")
    )
    linked = _survivor_of(links.c.entity_id, "le")
    return (
        select(
            *(members.c[n] for n in _MEMBER_COLUMNS),
            speaker.c.id,
            speaker.c.name,
            speaker.c.type,
            article.c.id,
            article.c.outlet,
            article.c.url,
            article.c.title,
            article.c.published_at,
            links.c.entity_id,
            links.c.role,
            links.c.cue,
            linked.c.id,
            linked.c.name,
            linked.c.type,
        )
        .select_from(
            members.join(article, true())
            .outerjoin(speaker, true())
            .outerjoin(links, true())
            .outerjoin(linked, true())
        )
        .order_by(members.c.id, links.c.position)
    )


CLUSTER_STATEMENT = _cluster_statement()
"""Built once at import: SQLAlchemy caches its compiled form, asyncpg its prepared statement."""
CLUSTER_STATEMENT_PG = _cluster_statement(postgres=True)
"""CLUSTER_STATEMENT's rows, every join an index probe (PostgreSQL only: LATERAL)."""

ClusterRow = Row[Any]
"""(quote id, cluster id, text, cue, speaker entity id, speaker id, name, type (survivor's),
article id, outlet, url, title, published_at, link entity id, role, cue, link entity id, name,
type (survivor's)); the link columns are NULL for a member without chain links."""


async def cluster_flat(db: Db, quote_id: int) -> list[ClusterRow]:
    """Rows of CLUSTER_STATEMENT for `quote_id`; empty when the quote does not exist."""
    statement = CLUSTER_STATEMENT_PG if dialect_name(db) == "postgresql" else CLUSTER_STATEMENT
    result = await db.execute(statement, {"quote_id": quote_id})
    return list(result.all())


def _quote_statement() -> Select[Any]:
    """One quote with its speaker and chain links (entities as stored, not merge-resolved, like
    GET /v1/quotes/{id} always showed them): one row per link in chain order, or one row with
    NULL link columns."""
    qt, lt, et = Quote.__table__, ChainLink.__table__, Entity.__table__
    se, le = et.alias("se"), et.alias("le")
    return (
        select(
            qt.c.id, qt.c.article_id, qt.c.text, qt.c.start, qt.c.end, qt.c.kind,
            qt.c.speaker_entity_id, se.c.name, se.c.type, qt.c.cue, qt.c.confidence, qt.c.cluster_id,
            lt.c.role, lt.c.entity_id, le.c.name, le.c.type, lt.c.cue,
        )
        .select_from(
            qt.outerjoin(se, se.c.id == qt.c.speaker_entity_id)
            .outerjoin(lt, lt.c.quote_id == qt.c.id)
            .outerjoin(le, le.c.id == lt.c.entity_id)
        )
        .where(qt.c.id == bindparam("quote_id"))
        .order_by(lt.c.position)
    )


QUOTE_STATEMENT = _quote_statement()


class _Direct:
    """A Core statement compiled once for asyncpg, run on a pooled connection's driver."""

    def __init__(self, statement: Select[Any], elsewhere: Select[Any] | None = None) -> None:
        self.statement = statement if elsewhere is None else elsewhere  # what other drivers run
        compiled = statement.compile(dialect=pg_asyncpg.dialect())  # type: ignore[no-untyped-call]
        self.sql = str(compiled)
        self.params = dict(compiled.params)
        self.order: tuple[str, ...] = tuple(compiled.positiontup or ())

    async def rows(self, engine: AsyncEngine, **values: Any) -> Sequence[Any]:
        """The statement's rows, indexable like SQLAlchemy Rows.

        On asyncpg the statement runs on the driver connection of a pooled connection, outside
        any transaction (one statement, one snapshot): no BEGIN/ROLLBACK round trips, and none of
        the SQLAlchemy Connection/Result machinery, which cost ~0.45 ms of CPU per provenance
        lookup (0.66 ms against 0.21 ms for the same statement on asyncpg, 2,000 lookups at 1M
        quotes). The pool, its checkout liveness check and its timeouts are the engine's. Other
        drivers (SQLite): the statement on a connection of the engine."""
        if engine.dialect.driver != "asyncpg":
            async with read_connection(engine) as conn:
                return list((await conn.execute(self.statement, values)).all())
        args = [values[name] if name in values else self.params[name] for name in self.order]
        pooled = await engine.raw_connection()
        driver = pooled.driver_connection
        try:
            return await driver.fetch(self.sql, *args)  # type: ignore[union-attr, no-any-return]
        except BaseException:
            if driver is None or driver.is_closed():
                pooled.invalidate()  # the server went away: do not hand this one out again
            raise
        finally:
            pooled.close()  # back to the pool; no transaction was opened, so no ROLLBACK is sent


_CLUSTER = _Direct(CLUSTER_STATEMENT_PG, CLUSTER_STATEMENT)
_QUOTE = _Direct(QUOTE_STATEMENT)


async def cluster_rows_direct(engine: AsyncEngine, quote_id: int) -> Sequence[Any]:
    """CLUSTER_STATEMENT's rows for the API's hot path (see _Direct.rows)."""
    return await _CLUSTER.rows(engine, quote_id=quote_id)


async def quote_rows_direct(engine: AsyncEngine, quote_id: int) -> Sequence[Any]:
    """QUOTE_STATEMENT's rows (see _Direct.rows); empty when the quote does not exist."""
    return await _QUOTE.rows(engine, quote_id=quote_id)


def _resolved(rows: Iterable[tuple[Entity, Entity | None]]) -> dict[int, Entity]:
    """Entity id -> the entity to show: its survivor when merged (merges point straight at the
    survivor: `merge_repo` repoints earlier merges, so one join is enough)."""
    return {e.id: s if s is not None else e for e, s in rows}


async def links_and_entities(
    session: AsyncSession, quote_ids: Sequence[int]
) -> tuple[dict[int, list[ChainLink]], dict[int, Entity]]:
    """Chain links of the quotes in chain order, with their entities resolved: one query."""
    links: dict[int, list[ChainLink]] = {i: [] for i in quote_ids}
    entities: list[tuple[Entity, Entity | None]] = []
    if quote_ids:
        rows = await session.execute(
            select(ChainLink, Entity, _Survivor)
            .join(Entity, Entity.id == ChainLink.entity_id)
            .outerjoin(_Survivor, _Survivor.id == Entity.merged_into_id)
            .where(ChainLink.quote_id.in_(quote_ids))
            .order_by(ChainLink.quote_id, ChainLink.position)
        )
        for link, entity, survivor in rows.tuples():
            links[link.quote_id].append(link)
            entities.append((entity, survivor))
    return links, _resolved(entities)


async def entities_resolved(session: AsyncSession, ids: set[int]) -> dict[int, Entity]:
    """Entities by id, each shown as its survivor when merged: one query (none for no ids)."""
    if not ids:
        return {}
    rows = await session.execute(
        select(Entity, _Survivor)
        .outerjoin(_Survivor, _Survivor.id == Entity.merged_into_id)
        .where(Entity.id.in_(ids))
    )
    return _resolved(rows.tuples())


async def merged_family(session: AsyncSession, entity_id: int) -> list[int]:
    """The entity and every entity merged into it, directly or through a chain of merges."""
    family, frontier = [entity_id], [entity_id]
    while frontier:
        rows = await session.scalars(select(Entity.id).where(Entity.merged_into_id.in_(frontier)))
        frontier = [i for i in rows if i not in family]
        family.extend(frontier)
    return family


async def survivor(session: AsyncSession, entity_id: int) -> Entity | None:
    """The entity that `entity_id` was merged into, following chains; itself if never merged."""
    entity = await session.get(Entity, entity_id)
    seen: set[int] = set()
    while entity is not None and entity.merged_into_id is not None and entity.id not in seen:
        seen.add(entity.id)
        entity = await session.get(Entity, entity.merged_into_id)
    return entity


def _newest_first() -> tuple[Any, ...]:
    return (Article.published_at.desc().nulls_last(), Quote.id.desc())


async def quotes_by_speaker(
    session: AsyncSession, speaker_ids: Sequence[int], limit: int, offset: int
) -> list[tuple[Quote, Article]]:
    rows = await session.execute(
        select(Quote, Article)
        .join(Article, Article.id == Quote.article_id)
        .where(Quote.speaker_entity_id.in_(speaker_ids))
        .order_by(*_newest_first())
        .limit(limit)
        .offset(offset)
    )
    return [(q, a) for q, a in rows.all()]


async def relayed_speakers(
    session: AsyncSession, relay_ids: Sequence[int], limit: int
) -> list[tuple[int | None, int, int, int]]:
    """(speaker id, quotes carried, distinct clusters, latest quote id) per speaker relayed."""
    quote_count = func.count(func.distinct(Quote.id)).label("n")
    rows = await session.execute(
        select(
            Quote.speaker_entity_id,
            quote_count,
            func.count(func.distinct(Quote.cluster_id)),
            func.max(Quote.id),
        )
        .join(ChainLink, ChainLink.quote_id == Quote.id)
        .where(ChainLink.entity_id.in_(relay_ids), ChainLink.role == "relay")
        .group_by(Quote.speaker_entity_id)
        .order_by(quote_count.desc(), func.max(Quote.id).desc())
        .limit(limit)
    )
    return [(s, int(n), int(c), int(m)) for s, n, c, m in rows]


async def articles_by_id(session: AsyncSession, ids: set[int]) -> dict[int, Article]:
    if not ids:
        return {}
    return {a.id: a for a in await session.scalars(select(Article).where(Article.id.in_(ids)))}


# ---------------------------------------------------------------- provenance documents (migration 0004)
#
# A cluster's provenance answer, stored once it was computed: GET provenance is then one primary-key
# fetch. The database's triggers record every write that may change a cluster's answer; a document
# is served only while none happened after the snapshot (PostgreSQL) or version (SQLite) it was
# computed from, and it is only installed if none had happened by then (see migration 0004).

_DOC_PG = """
SELECT q.cluster_id, q.speaker_entity_id, coalesce(ss.id, se.id), coalesce(ss.name, se.name),
       coalesce(ss.type, se.type), d.speaker, d.body
FROM quotes q
LEFT JOIN entities se ON se.id = q.speaker_entity_id
LEFT JOIN entities ss ON ss.id = se.merged_into_id
LEFT JOIN provenance_docs d ON d.cluster_id = q.cluster_id AND NOT EXISTS (
    SELECT 1 FROM provenance_dirty x
    WHERE x.cluster_id = q.cluster_id AND NOT pg_visible_in_snapshot(x.xid, d.snap))
WHERE q.id = $1
"""
_DOC_SQLITE = """
SELECT q.cluster_id, q.speaker_entity_id, coalesce(ss.id, se.id), coalesce(ss.name, se.name),
       coalesce(ss.type, se.type), d.speaker, d.body
FROM quotes q
LEFT JOIN entities se ON se.id = q.speaker_entity_id
LEFT JOIN entities ss ON ss.id = se.merged_into_id
LEFT JOIN provenance_docs d ON d.cluster_id = q.cluster_id AND d.version = coalesce(
    (SELECT v.version FROM provenance_versions v WHERE v.cluster_id = q.cluster_id), 0)
WHERE q.id = :quote_id
"""
_INSTALL_PG = """
INSERT INTO provenance_docs (cluster_id, snap, speaker, body)
SELECT $1, CAST($2::text AS pg_snapshot), $3, $4
WHERE pg_snapshot_xmin(CAST($2::text AS pg_snapshot)) >= (SELECT horizon FROM provenance_gc WHERE id = 1)
  AND NOT EXISTS (
    SELECT 1 FROM provenance_dirty x
    WHERE x.cluster_id = $1 AND NOT pg_visible_in_snapshot(x.xid, CAST($2::text AS pg_snapshot)))
ON CONFLICT (cluster_id) DO UPDATE
SET snap = excluded.snap, speaker = excluded.speaker, body = excluded.body
"""
_INSTALL_SQLITE = """
INSERT INTO provenance_docs (cluster_id, version, speaker, body)
SELECT :cluster_id, :stamp, :speaker, :body
WHERE coalesce((SELECT version FROM provenance_versions WHERE cluster_id = :cluster_id), 0) = :stamp
ON CONFLICT (cluster_id) DO UPDATE
SET version = excluded.version, speaker = excluded.speaker, body = excluded.body
"""

DocRow = tuple[int | None, int | None, int | None, str | None, str | None, bytes | None, bytes | None]
"""(cluster id, speaker entity id as stored, speaker survivor id, name, type, the document's
speaker for a quote without one, the document's body after `"speaker":...`); the last two are
NULL when no document is valid for the cluster now."""


async def _pg_driver_call(engine: AsyncEngine, method: str, sql: str, *args: Any) -> Any:
    """`driver.<method>(sql, *args)` on a pooled asyncpg connection outside any transaction (as
    _Direct.rows: one statement, one snapshot, no BEGIN/ROLLBACK round trips)."""
    pooled = await engine.raw_connection()
    driver = pooled.driver_connection
    try:
        return await getattr(driver, method)(sql, *args)
    except BaseException:
        if driver is None or driver.is_closed():
            pooled.invalidate()
        raise
    finally:
        pooled.close()


async def doc_row(engine: AsyncEngine, quote_id: int) -> Sequence[Any] | None:
    """The asked quote's cluster and speaker (its survivor) and the cluster's document if it is
    valid now (see DocRow), in one statement; None when the quote does not exist."""
    if engine.dialect.driver == "asyncpg":
        row: Sequence[Any] | None = await _pg_driver_call(engine, "fetchrow", _DOC_PG, quote_id)
        return row
    async with read_connection(engine) as conn:
        found = (await conn.execute(text(_DOC_SQLITE), {"quote_id": quote_id})).first()
    if found is None:
        return None
    out = tuple(found)
    return (*out[:5], _blob(out[5]), _blob(out[6]))


def _blob(value: Any) -> bytes | None:
    return None if value is None else bytes(value)


def _fill_statement(postgres: bool) -> Select[Any]:
    """CLUSTER_STATEMENT with one more column: what the document will be stamped with, read in the
    same statement (so the same snapshot) as the rows it is computed from. PostgreSQL: the
    statement's snapshot; SQLite: the cluster's version."""
    stamp = (
        "pg_current_snapshot()::text"
        if postgres
        else "coalesce((SELECT v.version FROM provenance_versions v"
        " WHERE v.cluster_id = members.cluster_id), 0)"
    )
    return (CLUSTER_STATEMENT_PG if postgres else CLUSTER_STATEMENT).add_columns(literal_column(stamp))


_FILL_PG = _Direct(_fill_statement(True))
_FILL_SQLITE = _fill_statement(False)
STAMP_COLUMN = 19
"""Index of the stamp in a fill row (after CLUSTER_STATEMENT's 19 columns)."""


async def fill_rows(engine: AsyncEngine, quote_id: int) -> Sequence[Any]:
    """CLUSTER_STATEMENT's rows for `quote_id`, each with the stamp at STAMP_COLUMN."""
    if engine.dialect.driver == "asyncpg":
        return await _FILL_PG.rows(engine, quote_id=quote_id)
    async with read_connection(engine) as conn:
        return list((await conn.execute(_FILL_SQLITE, {"quote_id": quote_id})).all())


async def install_doc(engine: AsyncEngine, cluster_id: int, stamp: Any, speaker: bytes, body: bytes) -> bool:
    """Store the cluster's document computed under `stamp`, unless a write to the cluster was
    committed since (then it is simply not stored; the next read computes again).

    SQLite: one try, returning False when another connection holds the write lock. The caller is
    a GET that already has its answer; waiting out the busy timeout (30 s) behind a write only to
    store a cache entry made reads queue behind every ingest."""
    if engine.dialect.driver == "asyncpg":
        await _pg_driver_call(engine, "execute", _INSTALL_PG, cluster_id, stamp, speaker, body)
        return True
    values = {"cluster_id": cluster_id, "stamp": stamp, "speaker": speaker, "body": body}
    async with read_connection(engine) as conn:  # a plain BEGIN: the INSERT asks for the lock once
        wait_ms = int((await conn.exec_driver_sql("PRAGMA busy_timeout")).scalar_one())
        await conn.exec_driver_sql("PRAGMA busy_timeout=0")
        try:
            await conn.execute(text(_INSTALL_SQLITE), values)
            stored = True
        except OperationalError as exc:
            if not _sqlite_busy(exc):
                raise
            stored = False
        finally:  # the pooled connection goes back with the timeout it came with
            await conn.exec_driver_sql(f"PRAGMA busy_timeout={wait_ms:d}")
        if stored:
            await conn.commit()
    return stored


def _sqlite_busy(exc: OperationalError) -> bool:
    name = str(getattr(exc.orig, "sqlite_errorname", ""))
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in str(exc.orig)


_COMPACT_PG = (
    # documents that have not seen an entry about to go could no longer be told apart: drop them
    "DELETE FROM provenance_docs d WHERE EXISTS (SELECT 1 FROM provenance_dirty x "
    "WHERE x.cluster_id = d.cluster_id AND x.xid < CAST(CAST(:h AS text) AS xid8) "
    "AND NOT pg_visible_in_snapshot(x.xid, d.snap))",
    "DELETE FROM provenance_dirty WHERE xid < CAST(CAST(:h AS text) AS xid8)",
    # and no document from a snapshot older than the horizon is installed any more (_INSTALL_PG)
    "UPDATE provenance_gc SET horizon = CAST(CAST(:h AS text) AS xid8) WHERE id = 1",
)


async def compact_dirty_log(engine: AsyncEngine) -> int:
    """PostgreSQL: drop the dirty-log entries every snapshot already sees (and the documents that
    have not seen one of them), in one transaction; returns the entries left. SQLite: nothing to do
    (its versions table has one row per cluster)."""
    if engine.dialect.name != "postgresql":
        return 0
    async with engine.begin() as conn:
        await conn.execute(text("SELECT horizon FROM provenance_gc WHERE id = 1 FOR UPDATE"))
        # every xid below the oldest running one has ended: its entries are visible to everyone
        h = await conn.scalar(text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text"))
        for statement in _COMPACT_PG:
            await conn.execute(text(statement), {"h": h})
        left = await conn.scalar(text("SELECT count(*) FROM provenance_dirty"))
    return int(left or 0)
