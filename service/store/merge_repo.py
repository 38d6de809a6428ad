"""Merging one entity into another: repoint everything, move aliases, keep the history.

All statements run in the caller's transaction; the service commits once at the end, so a merge
happens completely or not at all. The merged row stays, marked with `merged_into_id`, so its id
(in bookmarks, in other systems) keeps resolving to the survivor.

A merge also re-clusters: while two entities were apart, the same words from each sat in two
clusters (clusters never cross speakers), and their quotes were indexed under the old speaker's
keys, where the survivor's new quotes would never look. Both are repaired in the same transaction.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession

from models.tables import ChainLink, Cluster, Entity, EntityAlias, EntityMerge, Quote, QuoteKey
from service.provenance.cluster import QuoteSig, cluster_batch
from service.store import clustering
from service.store.upsert import insert_ignore

_CHUNK = 500


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
    moved = set(await session.scalars(select(Quote.id).where(Quote.speaker_entity_id == from_id)))
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
    if moved:
        await _recluster(session, into_id, moved)
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


async def _recluster(session: AsyncSession, into_id: int, moved: set[int]) -> int:
    """Re-key the moved quotes under the survivor's name and fold clusters that now hold the same
    words from one speaker; returns how many clusters were folded away.

    Only groups that contain a moved quote are touched, so the survivor's own clusters, settled at
    ingest, are never re-decided. Clusters are joined, never split. The survivor's quotes are read
    in full: merges are rare manual acts, and cluster_batch is linear in key collisions.
    """
    name = await session.scalar(select(Entity.name).where(Entity.id == into_id))
    rows = list(await session.execute(
        select(Quote.id, Quote.text, Quote.context, Quote.cluster_id)
        .where(Quote.speaker_entity_id == into_id)
        .order_by(Quote.id)
    ))
    sigs = [QuoteSig(text=text, context=context or "", speaker=name) for _, text, context, _ in rows]
    moved_ids = sorted(moved)
    for i in range(0, len(moved_ids), _CHUNK):
        await session.execute(delete(QuoteKey).where(QuoteKey.quote_id.in_(moved_ids[i:i + _CHUNK])))
    new_keys = [
        {"key": key, "quote_id": qid}
        for (qid, *_), sig in zip(rows, sigs, strict=True) if qid in moved
        for key in clustering.keys_for(sig)
    ]
    for i in range(0, len(new_keys), _CHUNK):
        await session.execute(insert_ignore(session, QuoteKey).values(new_keys[i:i + _CHUNK]))

    parent: dict[int, int] = {}

    def find(c: int) -> int:
        while parent.setdefault(c, c) != c:
            c = parent[c]
        return c

    groups: dict[str, list[int]] = {}
    for k, label in enumerate(cluster_batch(sigs)):
        if label is not None:
            groups.setdefault(label, []).append(k)
    for members in groups.values():
        if not any(rows[k][0] in moved for k in members):
            continue
        ids = sorted({int(c) for k in members if (c := rows[k][3]) is not None})
        for other in ids[1:]:
            a, b = find(ids[0]), find(other)
            if a != b:
                parent[max(a, b)] = min(a, b)  # the oldest cluster keeps its id
    folded = {c: find(c) for c in parent if find(c) != c}
    by_keeper: dict[int, list[int]] = {}
    for c, keeper in folded.items():
        by_keeper.setdefault(keeper, []).append(c)
    for keeper, gone in by_keeper.items():
        await session.execute(update(Quote).where(Quote.cluster_id.in_(gone)).values(cluster_id=keeper))
        await session.execute(delete(Cluster).where(Cluster.id.in_(gone)))
    return len(folded)


async def history(session: AsyncSession, entity_id: int) -> list[EntityMerge]:
    """Merges into or out of the entity, oldest first."""
    rows = await session.scalars(
        select(EntityMerge)
        .where((EntityMerge.into_entity_id == entity_id) | (EntityMerge.from_entity_id == entity_id))
        .order_by(EntityMerge.id)
    )
    return list(rows)
