"""Reads behind the provenance lookups: a cluster's occurrences, an entity's quotes and relays.

Each lookup is a fixed number of indexed queries (cluster_id, speaker_entity_id, chain_links
(entity_id, role)), so latency depends on the size of the answer, not of the archive.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from models.tables import Article, ChainLink, Entity, Quote

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
