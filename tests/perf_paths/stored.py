"""A canonical, id-free picture of everything stored, to compare two databases filled different ways.

Ids differ legitimately between a bulk load and posting one by one (entities are created in key
order per batch, not per article); everything else must be equal, so rows are named by natural keys:
an article by url (or outlet+text hash), a quote by (article, position), an entity by its key, and a
cluster by the set of quotes in it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from models.tables import Article, ChainLink, Cluster, Entity, EntityAlias, Quote, QuoteKey


async def snapshot(session: AsyncSession) -> dict[str, Any]:
    articles = {a.id: a for a in await session.scalars(select(Article))}
    name = {aid: a.url or f"{a.outlet_key}|{a.text_hash}" for aid, a in articles.items()}
    entities = {e.id: e for e in await session.scalars(select(Entity))}
    quotes = list(await session.scalars(select(Quote)))
    qname = {q.id: (name[q.article_id], q.position) for q in quotes}
    members: dict[int | None, set[tuple[str, int]]] = {}
    for q in quotes:
        members.setdefault(q.cluster_id, set()).add(qname[q.id])
    chains: dict[int, list[tuple[str, str, str | None]]] = {}
    for link in await session.scalars(select(ChainLink).order_by(ChainLink.quote_id, ChainLink.position)):
        chains.setdefault(link.quote_id, []).append((link.role, entities[link.entity_id].key, link.cue))
    keys: set[tuple[tuple[str, int], str]] = {
        (qname[qid], key) for key, qid in await session.execute(select(QuoteKey.key, QuoteKey.quote_id))
    }
    clusters = list(await session.scalars(select(Cluster)))
    return {
        "articles": {
            name[aid]: (a.outlet, a.outlet_key, a.title, a.byline, a.language, a.published_at, a.text_hash)
            for aid, a in articles.items()
        },
        "entities": {e.key: (e.name, e.type) for e in entities.values()},
        "aliases": {
            (entities[eid].key, alias)
            for eid, alias in await session.execute(select(EntityAlias.entity_id, EntityAlias.alias))
        },
        "quotes": {
            qname[q.id]: (
                q.text,
                q.start,
                q.end,
                q.kind,
                entities[q.speaker_entity_id].key if q.speaker_entity_id else None,
                q.cue,
                round(q.confidence, 9),
                q.context,
                tuple(chains.get(q.id, [])),
                frozenset(members[q.cluster_id]) if q.cluster_id is not None else None,
            )
            for q in quotes
        },
        "clusters": {
            (
                frozenset(members.get(c.id, set())),
                entities[c.speaker_entity_id].key if c.speaker_entity_id else None,
            )
            for c in clusters
        },
        "quote_keys": keys,
    }
