"""The quote search index (`quote_terms`): writing a quote's terms, and finding candidates.

Candidates are the quotes sharing the most terms with the query, found through the (term,
quote_id) unique index; the service re-ranks that short list with a fuzzy score. Rare terms go
first and common ones are capped, so one very common word cannot make a query scan the archive.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from models.tables import Quote, QuoteTerm
from service.provenance.search_text import terms_of
from service.store.upsert import insert_ignore

# A term found in more quotes than this contributes only its newest postings.
MAX_POSTINGS_PER_TERM = 20_000


async def index_terms(session: AsyncSession, quote_id: int, text: str) -> None:
    terms = terms_of(text)
    if terms:
        await session.execute(
            insert_ignore(session, QuoteTerm).values([{"term": t, "quote_id": quote_id} for t in terms])
        )


async def candidates(session: AsyncSession, terms: Sequence[str], limit: int) -> list[tuple[int, int]]:
    """(quote_id, matched term count) for quotes sharing terms with the query, most shared first."""
    if not terms:
        return []
    postings = [
        select(QuoteTerm.quote_id)
        .where(QuoteTerm.term == t)
        .order_by(QuoteTerm.quote_id.desc())
        .limit(MAX_POSTINGS_PER_TERM)
        .subquery()
        .select()
        for t in terms
    ]
    hits = postings[0].union_all(*postings[1:]).subquery() if len(postings) > 1 else postings[0].subquery()
    matched = func.count().label("matched")
    rows = await session.execute(
        select(hits.c.quote_id, matched)
        .group_by(hits.c.quote_id)
        .order_by(matched.desc(), hits.c.quote_id.desc())
        .limit(limit)
    )
    return [(int(q), int(n)) for q, n in rows]


async def quotes_by_id(session: AsyncSession, ids: Sequence[int]) -> dict[int, Quote]:
    if not ids:
        return {}
    return {q.id: q for q in await session.scalars(select(Quote).where(Quote.id.in_(ids)))}
