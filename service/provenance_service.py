"""Provenance lookups and entity merges: what the API and `quotetrail provenance` call.

The pure graph work stays in `service.provenance` (build_graph, PROV export, tree); this module
turns stored rows into its `Occurrence`s and its graph back into API Structs with entity ids.
Entities merged into another are shown as the survivor, so a graph never shows one person twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import msgspec
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession

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
from models.schemas import ChainLinkOut, EntityRef, QuoteOut
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


class _Member:
    """One quote of the cluster as CLUSTER_STATEMENT returns it: its article, speaker and links."""

    __slots__ = ("article", "cue", "id", "links", "published", "speaker", "speaker_id", "text")

    def __init__(self, row: Any, speaker: EntityRef | None) -> None:
        self.id: int = row[0]
        self.text: str = row[2]
        self.cue: str | None = row[3]
        self.speaker_id: int | None = row[4]  # as stored (before merge resolution)
        self.speaker = speaker  # the survivor
        self.article: tuple[int, str | None, str | None, str | None] = (row[8], row[9], row[10], row[11])
        self.published: datetime | None = as_utc(row[12]) if row[12] is not None else None
        self.links: list[tuple[str, str | None, EntityRef]] = []  # (role, cue, survivor)


class ClusterView:
    """A quote's cluster as loaded from the store (one statement), and the pure graph over it."""

    def __init__(self, quote_id: int, rows: Sequence[Any]) -> None:
        self.quote_id = quote_id
        self.cluster_id: int | None = None
        refs: dict[int, EntityRef] = {}  # survivor id -> its ref (one Struct per entity)
        # stored entity id -> survivor, links first (chain order), then speakers no chain names
        self.entities: dict[int, EntityRef] = {}
        members: dict[int, _Member] = {}
        speakers: list[tuple[int, EntityRef]] = []

        def ref(eid: int, name: str, etype: str) -> EntityRef:
            r = refs.get(eid)
            if r is None:
                r = refs[eid] = EntityRef(id=eid, name=name, type=etype)  # type: ignore[arg-type]
            return r

        for row in rows:
            m = members.get(row[0])
            if m is None:
                spk = ref(row[5], row[6], row[7]) if row[4] is not None else None
                m = members[row[0]] = _Member(row, spk)
                if row[0] == quote_id:
                    self.cluster_id = row[1]
                if spk is not None:
                    speakers.append((row[4], spk))
            if row[13] is not None:
                e = ref(row[16], row[17], row[18])
                m.links.append((row[14], row[15], e))
                self.entities.setdefault(row[13], e)
        for eid, e in speakers:
            self.entities.setdefault(eid, e)
        self.members = [members[k] for k in sorted(members)]
        self.keys: dict[str, str] = {}  # name -> entity_key, shared by the graph and provenance_out
        self.graph = build_graph([self._occurrence(m) for m in self.members], key_memo=self.keys)

    @staticmethod
    def _occurrence(m: _Member) -> Occurrence:
        chain: list[ChainEntry] = []
        if m.speaker is not None:
            chain.append(ChainEntry(role="speaker", name=m.speaker.name, type=m.speaker.type, cue=m.cue))
        for role, cue, e in m.links:
            if role == "speaker" and m.speaker is not None:
                continue
            chain.append(ChainEntry(role=role, name=e.name, type=e.type, cue=cue))  # type: ignore[arg-type]
        article_id, outlet, url, _ = m.article
        return Occurrence(
            article_id=str(article_id),
            text=m.text,
            chain=tuple(chain),
            outlet=outlet,
            published_at=m.published.isoformat() if m.published else None,
            url=url,
        )


Db = AsyncSession | AsyncConnection | AsyncEngine
"""A session or connection (the statement runs in it), or an engine (the API: one statement on a
pooled connection, see provenance_repo.cluster_rows_direct)."""


async def load_cluster(db: Db, quote_id: int) -> ClusterView:
    """One indexed statement whatever the cluster's size: members with articles, speakers and
    chain links, entities resolved to their survivors (see provenance_repo.CLUSTER_STATEMENT)."""
    rows = await (
        provenance_repo.cluster_rows_direct(db, quote_id)
        if isinstance(db, AsyncEngine)
        else provenance_repo.cluster_flat(db, quote_id)
    )
    if not any(r[0] == quote_id for r in rows):
        raise NotFound(f"no quote with id {quote_id}")
    return ClusterView(quote_id, rows)


def _occurrence_out(m: _Member) -> OccurrenceOut:
    chain: list[ChainLinkOut] = []
    if m.speaker is not None and not any(role == "speaker" for role, _, _ in m.links):
        chain.append(ChainLinkOut(role="speaker", entity=m.speaker, cue=m.cue))
    chain += [ChainLinkOut(role=role, entity=e, cue=cue) for role, cue, e in m.links]  # type: ignore[arg-type]
    article_id, outlet, url, title = m.article
    return OccurrenceOut(
        quote_id=m.id,
        article_id=article_id,
        outlet=outlet,
        url=url,
        title=title,
        published_at=m.published,
        text=m.text,
        chain=chain,
    )


def provenance_out(view: ClusterView) -> ProvenanceOut:
    g = view.graph
    keys = view.keys
    by_key: dict[str, EntityRef] = {}
    for e in view.entities.values():
        key = keys.get(e.name)
        if key is None:
            key = keys[e.name] = entity_key(e.name)
        by_key[key] = e
    by_article = {str(m.article[0]): m for m in view.members}
    occurrences = [_occurrence_out(by_article[app.article_id]) for app in g.appearances]
    speaker = next((m.speaker for m in view.members if m.id == view.quote_id), None)
    if speaker is None and g.speaker is not None:
        speaker = by_key.get(g.speaker.key)
    return ProvenanceOut(
        quote_id=view.quote_id,
        cluster_id=view.cluster_id,
        speaker=speaker,
        occurrences=occurrences,
        first=occurrences[0] if occurrences else None,
        variants=list(g.variants),
        nodes=[
            GraphNode(
                key=n.key,
                name=n.name,
                entity=by_key.get(n.key),
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


async def provenance(db: Db, quote_id: int) -> ProvenanceOut:
    return provenance_out(await load_cluster(db, quote_id))


_encode = msgspec.json.Encoder().encode


async def provenance_json(db: Db, quote_id: int) -> bytes:
    """`provenance` as the JSON body the API sends, encoded straight to bytes."""
    return _encode(provenance_out(await load_cluster(db, quote_id)))


async def provenance_graph(db: Db, quote_id: int) -> ProvenanceGraph:
    """The pure graph, for the PROV exports and the terminal tree."""
    return (await load_cluster(db, quote_id)).graph


def quote_out(rows: Sequence[Any]) -> QuoteOut:
    """QUOTE_STATEMENT's rows as the QuoteOut that GET /v1/quotes/{id} returns."""
    r = rows[0]
    chain = [
        ChainLinkOut(role=x[12], entity=EntityRef(id=x[13], name=x[14], type=x[15]), cue=x[16])
        for x in rows
        if x[13] is not None
    ]
    return QuoteOut(
        id=r[0],
        article_id=r[1],
        text=r[2],
        start=r[3],
        end=r[4],
        kind=r[5],
        speaker=EntityRef(id=r[6], name=r[7], type=r[8]) if r[6] is not None else None,
        cue=r[9],
        confidence=r[10],
        chain=chain,
        cluster_id=r[11],
    )


async def quote_json(engine: AsyncEngine, quote_id: int) -> bytes:
    """GET /v1/quotes/{id} in one statement (was five round trips: BEGIN, quote, links,
    entities, ROLLBACK), encoded to bytes. The same answer as `service.quotes.get_quote`."""
    rows = await provenance_repo.quote_rows_direct(engine, quote_id)
    if not rows:
        raise NotFound(f"no quote with id {quote_id}")
    return _encode(quote_out(rows))


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
    "provenance_json",
    "quote_json",
    "resolve_entity",
    "search",
]
