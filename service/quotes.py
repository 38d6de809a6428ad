"""Quote lookups and the one place stored quote rows become API `QuoteOut` Structs."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from models import tables
from models.schemas import ChainLinkOut, EntityRef, QuoteOut, QuotePage
from service.errors import NotFound
from service.pagination import decode_cursor
from service.store import cursor, quotes_repo
from service.store.keys import outlet_key


def entity_ref(entity: tables.Entity) -> EntityRef:
    return EntityRef(id=entity.id, name=entity.name, type=entity.type)  # type: ignore[arg-type]


async def render(session: AsyncSession, quotes: Sequence[tables.Quote]) -> list[QuoteOut]:
    """Quotes with their speakers and chains, in three queries whatever the page size."""
    links = await quotes_repo.links_for(session, [q.id for q in quotes])
    wanted = {q.speaker_entity_id for q in quotes if q.speaker_entity_id is not None}
    wanted |= {link.entity_id for chain in links.values() for link in chain}
    entities = await quotes_repo.entities_by_id(session, wanted)
    return [
        QuoteOut(
            id=q.id,
            article_id=q.article_id,
            text=q.text,
            start=q.start,
            end=q.end,
            kind=q.kind,
            speaker=entity_ref(entities[q.speaker_entity_id]) if q.speaker_entity_id is not None else None,
            cue=q.cue,
            confidence=q.confidence,
            chain=[
                ChainLinkOut(
                    role=link.role,  # type: ignore[arg-type]  # stored from the LinkRole literal
                    entity=entity_ref(entities[link.entity_id]),
                    cue=link.cue,
                )
                for link in links[q.id]
            ],
            cluster_id=q.cluster_id,
        )
        for q in quotes
    ]


async def get_quote(session: AsyncSession, quote_id: int) -> QuoteOut:
    quote = await quotes_repo.get(session, quote_id)
    if quote is None:
        raise NotFound(f"no quote with id {quote_id}")
    return (await render(session, [quote]))[0]


async def list_quotes(
    session: AsyncSession,
    *,
    speaker_id: int | None = None,
    q: str | None = None,
    outlet: str | None = None,
    article_id: int | None = None,
    cluster_id: int | None = None,
    cursor_token: str | None = None,
    limit: int = 50,
) -> QuotePage:
    before = decode_cursor(cursor_token)
    query = quotes_repo.filtered(
        speaker_id=speaker_id,
        text=q,
        outlet_key=outlet_key(outlet) if outlet is not None else None,
        article_id=article_id,
        cluster_id=cluster_id,
    )
    rows = await quotes_repo.page(session, query, before, limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    return QuotePage(
        items=await render(session, rows), next_cursor=cursor.encode(rows[-1].id) if more else None
    )
