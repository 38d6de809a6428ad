"""Articles: duplicate lookup, reads and keyset listing (inserts: `service.ingest.batch_store`)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, bindparam, case, delete, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from models.tables import Article, Cluster, Quote

_SAME_TEXT = and_(Article.outlet_key == bindparam("okey"), Article.text_hash == bindparam("thash"))
_BY_URL = Article.url == bindparam("url")
# built once (per-call construction showed in the POST profile); a url match ranks first
_FIND_BY_TEXT = select(Article.id).where(_SAME_TEXT)
_FIND = select(Article.id).where(or_(_BY_URL, _SAME_TEXT)).order_by(case((_BY_URL, 0), else_=1)).limit(1)


async def find_existing(
    session: AsyncSession, url: str | None, outlet_key: str, text_hash: str
) -> int | None:
    """The stored duplicate of an article: same url first, else same outlet and text.

    One query (both unique indexes, OR-ed; a url match ranks first): every POST asks this first.
    """
    if url is None:
        return await session.scalar(_FIND_BY_TEXT, {"okey": outlet_key, "thash": text_hash})
    return await session.scalar(_FIND, {"url": url, "okey": outlet_key, "thash": text_hash})


async def get(session: AsyncSession, article_id: int) -> Article | None:
    return await session.get(Article, article_id)


async def page(
    session: AsyncSession,
    *,
    outlet_key: str | None,
    published_from: datetime | None,
    published_before: datetime | None,
    before_id: int | None,
    limit: int,
) -> list[tuple[Article, int]]:
    """Articles newest first (by id) with their quote counts."""
    counts = select(Quote.article_id, func.count().label("n")).group_by(Quote.article_id).subquery()
    query = select(Article, func.coalesce(counts.c.n, 0)).outerjoin(counts, counts.c.article_id == Article.id)
    if outlet_key is not None:
        query = query.where(Article.outlet_key == outlet_key)
    if published_from is not None:
        query = query.where(Article.published_at >= published_from)
    if published_before is not None:
        query = query.where(Article.published_at < published_before)
    if before_id is not None:
        query = query.where(Article.id < before_id)
    rows = await session.execute(query.order_by(Article.id.desc()).limit(limit))
    return [(a, int(n)) for a, n in rows]


async def delete_with_quotes(session: AsyncSession, article_id: int) -> bool:
    """Delete an article; its quotes, chain links and keys go by cascade, emptied clusters after.

    Entities stay: other articles may name them, and ids handed out must stay stable.
    """
    cluster_ids = set(
        (
            await session.scalars(
                select(Quote.cluster_id).where(Quote.article_id == article_id, Quote.cluster_id.is_not(None))
            )
        ).all()
    )
    deleted = (
        await session.execute(delete(Article).where(Article.id == article_id).returning(Article.id))
    ).first()
    if deleted is None:
        return False
    if cluster_ids:
        still_used = select(Quote.id).where(Quote.cluster_id == Cluster.id).exists()
        await session.execute(delete(Cluster).where(Cluster.id.in_(cluster_ids), ~still_used))
    return True
