"""Entity lookups: a speaker or source with its aliases and how often it speaks or relays."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from models import tables
from models.schemas import EntityOut, EntityPage
from service.errors import NotFound
from service.pagination import decode_cursor
from service.store import cursor, entities_repo


async def _render(session: AsyncSession, entities: Sequence[tables.Entity]) -> list[EntityOut]:
    ids = [e.id for e in entities]
    aliases = await entities_repo.aliases(session, ids)
    quotes = await entities_repo.quote_counts(session, ids)
    relays = await entities_repo.relay_counts(session, ids)
    return [
        EntityOut(
            id=e.id,
            name=e.name,
            type=e.type,  # type: ignore[arg-type]  # stored from the EntityType literal
            aliases=aliases[e.id],
            quote_count=quotes.get(e.id, 0),
            relay_count=relays.get(e.id, 0),
        )
        for e in entities
    ]


async def get_entity(session: AsyncSession, entity_id: int) -> EntityOut:
    entity = await entities_repo.get(session, entity_id)
    if entity is None:
        raise NotFound(f"no entity with id {entity_id}")
    return (await _render(session, [entity]))[0]


async def list_entities(
    session: AsyncSession, *, name: str | None = None, cursor_token: str | None = None, limit: int = 50
) -> EntityPage:
    rows = await entities_repo.page(session, name, decode_cursor(cursor_token), limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    return EntityPage(
        items=await _render(session, rows), next_cursor=cursor.encode(rows[-1].id) if more else None
    )
