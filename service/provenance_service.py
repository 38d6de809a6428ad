"""Provenance lookups and entity merges: what the API and `quotetrail provenance` call.

The pure graph work stays in `service.provenance` (build_graph, PROV export, tree); this module
turns stored rows into its `Occurrence`s and its graph back into API Structs with entity ids.
Entities merged into another are shown as the survivor, so a graph never shows one person twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from models import tables
from models.provenance_schemas import (
    EntityQuote,
    EntityQuotes,
    EntityRelays,
    EntityResolution,
    GraphEdge,
    GraphNode,
    Highlight,
    MergeOut,
    OccurrenceOut,
    ProvenanceOut,
    RelayedSpeaker,
    SearchHit,
    SearchResults,
)
from models.schemas import ChainLinkOut, EntityRef
from service import quotes as quote_service
from service.dates import as_utc
from service.errors import InvalidInput, NotFound, ServiceError
from service.provenance import search_text
from service.provenance.entities import entity_key
from service.provenance.graph import ChainEntry, Occurrence, ProvenanceGraph, build_graph
from service.store import merge_repo, provenance_repo, quotes_repo, search_repo

SEARCH_CANDIDATES = 100
# stop widening the text query once this many candidates are in (per-cluster dedup keeps ~1 in 4)
SEARCH_ENOUGH = 40
# fuzzy score bonus by search tier: all words matched, all but one, typo-tolerant fallback
TIER_BONUS = {1: 10.0, 2: 6.0, 3: 0.0}


class Conflict(ServiceError):
    status = 409
    title = "Conflict"
    slug = "conflict"


def _ref(e: tables.Entity) -> EntityRef:
    return quote_service.entity_ref(e)


def _when(published_at: datetime | None) -> str | None:
    return as_utc(published_at).isoformat() if published_at else None


class ClusterView:
    """A quote's cluster as loaded from the store: rows, entities, and the pure graph over them."""

    def __init__(
        self,
        quote_id: int,
        cluster_id: int | None,
        rows: list[tuple[tables.Quote, tables.Article]],
        links: dict[int, list[tables.ChainLink]],
        entities: dict[int, tables.Entity],
    ) -> None:
        self.quote_id, self.cluster_id, self.rows, self.links, self.entities = (
            quote_id,
            cluster_id,
            rows,
            links,
            entities,
        )
        self.graph = build_graph([self._occurrence(q, a) for q, a in rows])

    def _occurrence(self, q: tables.Quote, a: tables.Article) -> Occurrence:
        chain: list[ChainEntry] = []
        if q.speaker_entity_id is not None:
            e = self.entities[q.speaker_entity_id]
            chain.append(ChainEntry(role="speaker", name=e.name, type=e.type, cue=q.cue))
        for link in self.links[q.id]:
            if link.role == "speaker" and q.speaker_entity_id is not None:
                continue
            e = self.entities[link.entity_id]
            chain.append(ChainEntry(role=link.role, name=e.name, type=e.type, cue=link.cue))  # type: ignore[arg-type]
        return Occurrence(
            article_id=str(a.id),
            text=q.text,
            chain=tuple(chain),
            outlet=a.outlet,
            published_at=_when(a.published_at),
            url=a.url,
        )


async def load_cluster(session: AsyncSession, quote_id: int) -> ClusterView:
    """Two or three indexed queries whatever the cluster's size: occurrences with articles, chain
    links with their (merge-resolved) entities, and speakers no chain names, if any."""
    rows = await provenance_repo.cluster_rows(session, quote_id)
    if not rows or rows[0][0].id != quote_id:
        raise NotFound(f"no quote with id {quote_id}")
    links, entities = await provenance_repo.links_and_entities(session, [q.id for q, _ in rows])
    missing = {q.speaker_entity_id for q, _ in rows if q.speaker_entity_id is not None} - entities.keys()
    entities.update(await provenance_repo.entities_resolved(session, missing))
    cluster_id = rows[0][0].cluster_id  # the asked quote sorts first
    rows.sort(key=lambda r: r[0].id)
    return ClusterView(quote_id, cluster_id, rows, links, entities)


def _occurrence_out(view: ClusterView, q: tables.Quote, a: tables.Article) -> OccurrenceOut:
    chain: list[ChainLinkOut] = []
    if q.speaker_entity_id is not None and not any(link.role == "speaker" for link in view.links[q.id]):
        chain.append(ChainLinkOut(role="speaker", entity=_ref(view.entities[q.speaker_entity_id]), cue=q.cue))
    chain += [
        ChainLinkOut(role=link.role, entity=_ref(view.entities[link.entity_id]), cue=link.cue)  # type: ignore[arg-type]
        for link in view.links[q.id]
    ]
    return OccurrenceOut(
        quote_id=q.id,
        article_id=a.id,
        outlet=a.outlet,
        url=a.url,
        title=a.title,
        published_at=as_utc(a.published_at) if a.published_at else None,
        text=q.text,
        chain=chain,
    )


def provenance_out(view: ClusterView) -> ProvenanceOut:
    g = view.graph
    by_key = {entity_key(e.name): e for e in view.entities.values()}
    by_article = {str(a.id): (q, a) for q, a in view.rows}
    occurrences = [_occurrence_out(view, *by_article[app.article_id]) for app in g.appearances]
    speaker = next(
        (
            view.entities[q.speaker_entity_id]
            for q, _ in view.rows
            if q.id == view.quote_id and q.speaker_entity_id is not None
        ),
        None,
    )
    if speaker is None and g.speaker is not None:
        speaker = by_key.get(g.speaker.key)
    return ProvenanceOut(
        quote_id=view.quote_id,
        cluster_id=view.cluster_id,
        speaker=_ref(speaker) if speaker is not None else None,
        occurrences=occurrences,
        first=occurrences[0] if occurrences else None,
        variants=list(g.variants),
        nodes=[
            GraphNode(
                key=n.key,
                name=n.name,
                entity=_ref(by_key[n.key]) if n.key in by_key else None,
                roles=list(n.roles),
                article_ids=sorted(int(i) for i in n.articles),
            )
            for n in g.nodes
        ],
        edges=[
            GraphEdge(
                source=e.source,
                target=e.target,
                cues=list(e.cues),
                article_ids=sorted(int(i) for i in e.articles),
            )
            for e in g.edges
        ],
    )


async def provenance(session: AsyncSession, quote_id: int) -> ProvenanceOut:
    return provenance_out(await load_cluster(session, quote_id))


async def provenance_graph(session: AsyncSession, quote_id: int) -> ProvenanceGraph:
    """The pure graph, for the PROV exports and the terminal tree."""
    return (await load_cluster(session, quote_id)).graph


async def search(
    session: AsyncSession, q: str, *, limit: int = 10, per_cluster: bool = True
) -> SearchResults:
    """Candidates from the database's text search, re-ranked by a fuzzy score of the whole paste.

    The database finds and orders a short list cheaply (stems, rare words weigh more); the fuzzy
    score then prefers the printing whose wording is closest to what the reader pasted. Hits from
    a stricter tier (all words matched) get a bonus over those that needed widening.
    """
    words = search_repo.query_words(q)
    if not words or not search_text.terms_of(q):
        raise InvalidInput("q: give at least one word that is not a common function word")
    found = await search_repo.candidates(session, q, words, max(SEARCH_ENOUGH, 4 * limit), SEARCH_CANDIDATES)
    quotes = await search_repo.quotes_by_id(session, [i for i, _, _ in found])
    ranked = sorted(
        (
            (search_text.score(q, quotes[i].text) + TIER_BONUS.get(tier, 0.0), -order, i)
            for order, (i, tier, _) in enumerate(found)
            if i in quotes
        ),
        reverse=True,
    )
    ranked_pairs = [(s, i) for s, _, i in ranked]
    chosen: list[tuple[float, tables.Quote]] = []
    seen_clusters: set[int] = set()
    for s, i in ranked_pairs:
        quote = quotes[i]
        if per_cluster and quote.cluster_id is not None:
            if quote.cluster_id in seen_clusters:
                continue
            seen_clusters.add(quote.cluster_id)
        chosen.append((min(100.0, s * 100.0 / 110.0), quote))
        if len(chosen) >= limit:
            break
    articles = await provenance_repo.articles_by_id(session, {qq.article_id for _, qq in chosen})
    speakers = await provenance_repo.entities_resolved(
        session, {qq.speaker_entity_id for _, qq in chosen if qq.speaker_entity_id is not None}
    )
    items = []
    for s, quote in chosen:
        art = articles[quote.article_id]
        items.append(
            SearchHit(
                quote_id=quote.id,
                cluster_id=quote.cluster_id,
                text=quote.text,
                speaker=_ref(speakers[quote.speaker_entity_id])
                if quote.speaker_entity_id is not None
                else None,
                article_id=quote.article_id,
                outlet=art.outlet,
                published_at=as_utc(art.published_at) if art.published_at else None,
                score=round(s, 2),
                highlights=[Highlight(start=a, end=b) for a, b in search_text.highlights(q, quote.text)],
            )
        )
    return SearchResults(query=q, items=items)


async def _entity(session: AsyncSession, entity_id: int) -> tables.Entity:
    entity = await provenance_repo.survivor(session, entity_id)
    if entity is None:
        raise NotFound(f"no entity with id {entity_id}")
    return entity


async def entity_quotes(session: AsyncSession, entity_id: int, *, limit: int, offset: int) -> EntityQuotes:
    entity = await _entity(session, entity_id)
    family = await provenance_repo.merged_family(session, entity.id)
    rows = await provenance_repo.quotes_by_speaker(session, family, limit + 1, offset)
    more = len(rows) > limit
    rows = rows[:limit]
    rendered = await quote_service.render(session, [q for q, _ in rows])
    return EntityQuotes(
        entity=_ref(entity),
        items=[
            EntityQuote(
                quote=r, outlet=a.outlet, published_at=as_utc(a.published_at) if a.published_at else None
            )
            for r, (_, a) in zip(rendered, rows, strict=True)
        ],
        next_offset=offset + limit if more else None,
    )


async def entity_relays(session: AsyncSession, entity_id: int, *, limit: int) -> EntityRelays:
    entity = await _entity(session, entity_id)
    family = await provenance_repo.merged_family(session, entity.id)
    rows = await provenance_repo.relayed_speakers(session, family, limit)
    speakers = await quotes_repo.entities_by_id(session, {s for s, *_ in rows if s is not None})
    return EntityRelays(
        entity=_ref(entity),
        items=[
            RelayedSpeaker(
                speaker=_ref(speakers[s]) if s is not None else None,
                quote_count=n,
                cluster_count=c,
                latest_quote_id=m,
            )
            for s, n, c, m in rows
        ],
    )


def _merge_out(m: tables.EntityMerge, entities: dict[int, tables.Entity]) -> MergeOut:
    return MergeOut(
        id=m.id,
        merged=_ref(entities[m.from_entity_id]),
        into=_ref(entities[m.into_entity_id]),
        merged_by=m.merged_by,
        reason=m.reason,
        merged_at=as_utc(m.merged_at),
        moved_quotes=m.moved_quotes,
        moved_links=m.moved_links,
        moved_aliases=m.moved_aliases,
    )


async def merge_entities(
    session: AsyncSession,
    from_id: int,
    into_id: int,
    *,
    merged_by: str | None = None,
    reason: str | None = None,
) -> MergeOut:
    """Fold `from_id` into `into_id` in one transaction; 404 / 409 leave everything unchanged."""
    if from_id == into_id:
        raise InvalidInput("into: an entity cannot be merged into itself")
    pair = await merge_repo.lock_pair(session, from_id, into_id)
    # no explicit rollback on refusal: the request's session rolls back (and unlocks) when closed
    for eid in (from_id, into_id):
        if eid not in pair:
            raise NotFound(f"no entity with id {eid}")
    if pair[from_id].merged_into_id is not None:
        raise Conflict(f"entity {from_id} was already merged into {pair[from_id].merged_into_id}")
    if pair[into_id].merged_into_id is not None:
        raise Conflict(
            f"entity {into_id} was merged into {pair[into_id].merged_into_id}; merge into that one"
        )
    record = await merge_repo.merge(session, from_id, into_id, merged_by, reason)
    await session.commit()
    entities = await quotes_repo.entities_by_id(session, {from_id, into_id})
    return _merge_out(record, entities)


async def resolve_entity(session: AsyncSession, entity_id: int) -> EntityResolution:
    entity = await _entity(session, entity_id)
    history = await merge_repo.history(session, entity_id)
    ids = {m.from_entity_id for m in history} | {m.into_entity_id for m in history}
    entities = await quotes_repo.entities_by_id(session, ids)
    return EntityResolution(
        requested_id=entity_id,
        entity=_ref(entity),
        merged=entity.id != entity_id,
        history=[_merge_out(m, entities) for m in history],
    )


async def best_match(session: AsyncSession, words: str) -> int | None:
    """Quote id of the best search hit for `words`, or None."""
    hits = await search(session, words, limit=1)
    return hits.items[0].quote_id if hits.items else None


__all__: Sequence[str] = [
    "Conflict",
    "best_match",
    "entity_quotes",
    "entity_relays",
    "merge_entities",
    "provenance",
    "provenance_graph",
    "resolve_entity",
    "search",
]
