"""Reads behind the provenance lookups: a cluster's occurrences, an entity's quotes and relays.

Each lookup is a fixed number of indexed queries (cluster_id, speaker_entity_id, chain_links
(entity_id, role)), so latency depends on the size of the answer, not of the archive.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from models.tables import Article, ChainLink, Entity, Quote

# A cluster larger than this (a slogan quoted everywhere) is answered from its earliest members.
MAX_OCCURRENCES = 500


async def cluster_of(session: AsyncSession, quote_id: int) -> tuple[Quote, int | None] | None:
    quote = await session.get(Quote, quote_id)
    return None if quote is None else (quote, quote.cluster_id)


async def occurrences(session: AsyncSession, quote: Quote) -> list[tuple[Quote, Article]]:
    """Every stored quote of the cluster (or just this one when unclustered) with its article."""
    query = select(Quote, Article).join(Article, Article.id == Quote.article_id)
    if quote.cluster_id is None:
        query = query.where(Quote.id == quote.id)
    else:
        query = query.where(Quote.cluster_id == quote.cluster_id)
    rows = await session.execute(query.order_by(Quote.id).limit(MAX_OCCURRENCES))
    return [(q, a) for q, a in rows.all()]


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
