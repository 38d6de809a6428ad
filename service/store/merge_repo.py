"""Merging one entity into another: repoint everything, move aliases, keep the history.

All statements run in the caller's transaction; the service commits once at the end, so a merge
happens completely or not at all. The merged row stays, marked with `merged_into_id`, so its id
(in bookmarks, in other systems) keeps resolving to the survivor.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession

from models.tables import ChainLink, Cluster, Entity, EntityAlias, EntityMerge, Quote
from service.store.upsert import insert_ignore


def _count(result: Any) -> int:
    return int(result.rowcount) if isinstance(result, CursorResult) and result.rowcount >= 0 else 0


async def lock_pair(session: AsyncSession, a: int, b: int) -> dict[int, Entity]:
    """Both entity rows, locked (PostgreSQL) in id order so two crossing merges cannot deadlock."""
    query = select(Entity).where(Entity.id.in_([a, b])).order_by(Entity.id)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    return {e.id: e for e in await session.scalars(query)}


async def merge(
    session: AsyncSession, from_id: int, into_id: int, merged_by: str | None, reason: str | None
) -> EntityMerge:
    quotes = await session.execute(
        update(Quote).where(Quote.speaker_entity_id == from_id).values(speaker_entity_id=into_id)
    )
    links = await session.execute(
        update(ChainLink).where(ChainLink.entity_id == from_id).values(entity_id=into_id)
    )
    await session.execute(
        update(Cluster).where(Cluster.speaker_entity_id == from_id).values(speaker_entity_id=into_id)
    )
    aliases = list(await session.scalars(select(EntityAlias.alias).where(EntityAlias.entity_id == from_id)))
    if aliases:
        await session.execute(
            insert_ignore(session, EntityAlias).values([{"entity_id": into_id, "alias": a} for a in aliases])
        )
    await session.execute(delete(EntityAlias).where(EntityAlias.entity_id == from_id))
    # earlier merges into the merged entity now point straight at the survivor
    await session.execute(
        update(Entity).where(Entity.merged_into_id == from_id).values(merged_into_id=into_id)
    )
    await session.execute(update(Entity).where(Entity.id == from_id).values(merged_into_id=into_id))
    record = EntityMerge(
        from_entity_id=from_id,
        into_entity_id=into_id,
        merged_by=merged_by,
        reason=reason,
        moved_quotes=_count(quotes),
        moved_links=_count(links),
        moved_aliases=len(aliases),
    )
    session.add(record)
    await session.flush()
    return record


async def history(session: AsyncSession, entity_id: int) -> list[EntityMerge]:
    """Merges into or out of the entity, oldest first."""
    rows = await session.scalars(
        select(EntityMerge)
        .where((EntityMerge.into_entity_id == entity_id) | (EntityMerge.from_entity_id == entity_id))
        .order_by(EntityMerge.id)
    )
    return list(rows)
