"""Assign each new quote to a cross-article cluster through the `quote_keys` inverted index.

Candidates come from an indexed key lookup capped at a few hundred rows, so the cost per quote is
bounded however large the archive grows; the provenance module decides what keys and what counts
as the same quote.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from models.tables import Cluster, Entity, Quote, QuoteKey
from service.provenance.cluster import QuoteSig, cluster_keys, match_score, same_quote
from service.store.keys import bounded
from service.store.upsert import insert_ignore

MAX_CANDIDATES = 300


def keys_for(sig: QuoteSig) -> list[str]:
    return sorted({bounded(k) for k in cluster_keys(sig) if k})


async def find_or_create_cluster(
    session: AsyncSession, sig: QuoteSig, keys: list[str], speaker_entity_id: int | None
) -> int:
    if keys:
        candidates = await session.execute(
            select(Quote.text, Quote.context, Entity.name, Quote.cluster_id)
            .join(QuoteKey, QuoteKey.quote_id == Quote.id)
            .outerjoin(Entity, Entity.id == Quote.speaker_entity_id)
            .where(QuoteKey.key.in_(keys), Quote.cluster_id.is_not(None))
            .distinct()
            .order_by(Quote.cluster_id)
            .limit(MAX_CANDIDATES)
        )
        best: tuple[float, int, int] | None = None  # (score, members matched, -cluster_id)
        matched: dict[int, int] = {}
        top: dict[int, float] = {}
        for text, context, speaker, cluster_id in candidates:
            other = QuoteSig(text=text, context=context, speaker=speaker)
            if cluster_id is None or not same_quote(sig, other):
                continue
            cid = int(cluster_id)
            matched[cid] = matched.get(cid, 0) + 1
            top[cid] = max(top.get(cid, 0.0), match_score(sig, other))
        for cid in matched:
            rank = (top[cid], matched[cid], -cid)
            if best is None or rank > best:
                best = rank
        if best is not None:
            # the most similar cluster, not the first: a fragment matching two statements joins
            # the one it resembles most, and never bridges them (a quote has one cluster)
            return -best[2]
    cluster = Cluster(speaker_entity_id=speaker_entity_id)
    session.add(cluster)
    await session.flush()
    return cluster.id


async def index_quote(session: AsyncSession, quote_id: int, keys: list[str]) -> None:
    """Index a just-stored quote for clustering (its keys).

    Text search needs no call here: the database indexes `quotes.text` itself (migration 0003).
    """
    if keys:
        await session.execute(
            insert_ignore(session, QuoteKey).values([{"key": k, "quote_id": quote_id} for k in keys])
        )
