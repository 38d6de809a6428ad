"""Entities (speakers, relays, outlets) keyed by `entity_key`, and their surface-name aliases."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Select, bindparam, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from models.tables import ChainLink, Entity, EntityAlias, Quote
from service.provenance.entities import entity_key
from service.store.db import Db
from service.store.keys import bounded

MAX_ALIAS_CHARS = 300


def key_for(name: str) -> str:
    """The stored key of a name; falls back to the casefolded name when the normaliser yields ''."""
    return bounded(entity_key(name) or name.casefold().strip() or name)


_survivor = aliased(Entity)
# built once: constructing it per call cost more CPU than running it (POST /v1/articles profile)
_RESOLVE = (
    select(
        Entity.key,
        func.coalesce(_survivor.id, Entity.id),
        func.coalesce(_survivor.name, Entity.name),
        func.coalesce(_survivor.type, Entity.type),
    )
    .select_from(Entity)
    .outerjoin(_survivor, _survivor.id == Entity.merged_into_id)
    .where(Entity.key.in_(bindparam("keys", expanding=True)))
)


async def resolve(db: Db, keys: Sequence[str]) -> dict[str, tuple[int, str, str]]:
    """key -> (id, name, type) of the stored entities with those keys, in one query.

    A name whose entity was merged away belongs to the survivor: new quotes, links and aliases go
    there (merges point straight at the survivor, so one outer join resolves it).
    """
    rows = await db.execute(_RESOLVE, {"keys": list(keys)})
    return {key: (int(eid), name, type_) for key, eid, name, type_ in rows}


async def get(session: AsyncSession, entity_id: int) -> Entity | None:
    """The entity, or the one it was merged into: a merged id keeps answering, as its survivor."""
    entity = await session.get(Entity, entity_id)
    seen: set[int] = set()
    while entity is not None and entity.merged_into_id is not None and entity.id not in seen:
        seen.add(entity.id)
        entity = await session.get(Entity, entity.merged_into_id)
    return entity


def search_query(name: str | None) -> Select[Entity]:
    query = select(Entity)
    if name:
        needle = name.strip().casefold()
        by_alias = select(EntityAlias.entity_id).where(
            func.lower(EntityAlias.alias).contains(needle, autoescape=True)
        )
        by_key = select(func.coalesce(Entity.merged_into_id, Entity.id)).where(Entity.key == key_for(name))
        query = query.where(or_(Entity.id.in_(by_key), Entity.id.in_(by_alias)))
    # merged entities are listed as their survivor only (their aliases moved there on merge)
    return query.where(Entity.merged_into_id.is_(None))


async def page(session: AsyncSession, name: str | None, before_id: int | None, limit: int) -> list[Entity]:
    query = search_query(name)
    if before_id is not None:
        query = query.where(Entity.id < before_id)
    return list((await session.scalars(query.order_by(Entity.id.desc()).limit(limit))).all())


async def aliases(session: AsyncSession, ids: Sequence[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {i: [] for i in ids}
    rows = await session.execute(
        select(EntityAlias.entity_id, EntityAlias.alias)
        .where(EntityAlias.entity_id.in_(ids))
        .order_by(EntityAlias.alias)
    )
    for entity_id, alias in rows:
        out[entity_id].append(alias)
    return out


async def quote_counts(session: AsyncSession, ids: Sequence[int]) -> dict[int, int]:
    rows = await session.execute(
        select(Quote.speaker_entity_id, func.count())
        .where(Quote.speaker_entity_id.in_(ids))
        .group_by(Quote.speaker_entity_id)
    )
    return {i: n for i, n in rows if i is not None}


async def relay_counts(session: AsyncSession, ids: Sequence[int]) -> dict[int, int]:
    rows = await session.execute(
        select(ChainLink.entity_id, func.count())
        .where(ChainLink.entity_id.in_(ids), ChainLink.role == "relay")
        .group_by(ChainLink.entity_id)
    )
    return {i: int(n) for i, n in rows}
