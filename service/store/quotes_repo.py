"""Quotes and their chain links: reads, and bulk loading with the entities they point at.

Inserts go through `service.ingest.batch_store` (one statement per table per article or batch).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from models.tables import Article, ChainLink, Entity, Quote


async def get(session: AsyncSession, quote_id: int) -> Quote | None:
    return await session.get(Quote, quote_id)


async def for_article(session: AsyncSession, article_id: int) -> list[Quote]:
    return list(
        (
            await session.scalars(
                select(Quote).where(Quote.article_id == article_id).order_by(Quote.position)
            )
        ).all()
    )


def filtered(
    *,
    speaker_id: int | None = None,
    text: str | None = None,
    outlet_key: str | None = None,
    article_id: int | None = None,
    cluster_id: int | None = None,
) -> Select[Quote]:
    query = select(Quote)
    if speaker_id is not None:
        query = query.where(Quote.speaker_entity_id == speaker_id)
    if text:
        query = query.where(func.lower(Quote.text).contains(text.casefold(), autoescape=True))
    if outlet_key is not None:
        query = query.join(Article, Article.id == Quote.article_id).where(Article.outlet_key == outlet_key)
    if article_id is not None:
        query = query.where(Quote.article_id == article_id)
    if cluster_id is not None:
        query = query.where(Quote.cluster_id == cluster_id)
    return query


async def page(
    session: AsyncSession, query: Select[Quote], before_id: int | None, limit: int
) -> list[Quote]:
    if before_id is not None:
        query = query.where(Quote.id < before_id)
    return list((await session.scalars(query.order_by(Quote.id.desc()).limit(limit))).all())


async def links_for(session: AsyncSession, quote_ids: Sequence[int]) -> dict[int, list[ChainLink]]:
    out: dict[int, list[ChainLink]] = {i: [] for i in quote_ids}
    if quote_ids:
        rows = await session.scalars(
            select(ChainLink)
            .where(ChainLink.quote_id.in_(quote_ids))
            .order_by(ChainLink.quote_id, ChainLink.position)
        )
        for link in rows:
            out[link.quote_id].append(link)
    return out


async def entities_by_id(session: AsyncSession, ids: set[int]) -> dict[int, Entity]:
    if not ids:
        return {}
    return {e.id: e for e in await session.scalars(select(Entity).where(Entity.id.in_(ids)))}
