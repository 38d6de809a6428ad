"""Store extracted articles in one transaction, with one multi-row statement per table.

The one implementation of "store these extracted articles": bulk backfill calls `store_batch`,
`POST /v1/articles` calls `store_one` (a batch of one), so a statement count per article that does
not grow with its quotes or names, and the same stored result either way (tests/perf_paths checks
a batch against posting one by one). Duplicates within the batch and against the database are
skipped, an entity keeps the name of its first mention, its type the first known one, clusters are
decided quote by quote in input order against (stored candidates fetched once for the batch) +
(this batch's earlier quotes), choosing the most similar among at most `MAX_CANDIDATES` distinct
candidates by cluster id.
"""

from __future__ import annotations

import asyncio
import zlib
from collections.abc import Iterable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, String, Table, bindparam, func, select, text, true, type_coerce, update
from sqlalchemy.dialects import postgresql

from models.schemas import ArticleIn
from models.tables import Article, ChainLink, Cluster, Entity, EntityAlias, Quote, QuoteKey
from service.attribution import Quote as EngineQuote
from service.attribution.types import Entity as EngineEntity
from service.ingest import ids as ids_
from service.ingest.copy import append_tables
from service.provenance.cluster import (
    Features,
    QuoteSig,
    context_window,
    features,
    prime,
    same_features,
    same_speaker,
    score_features,
    speaker_key,
)
from service.provenance.entities import entity_key, speaker_class
from service.store import clustering, entities_repo
from service.store.db import Db, dialect_name
from service.store.entities_repo import MAX_ALIAS_CHARS
from service.store.upsert import insert_ignore

# bound parameters per IN list: far below SQLite's and asyncpg's (32767) limits
CHUNK = 2000
_NEW_CLUSTER = 1 << 62
ARTICLES: Table = Article.__table__  # type: ignore[assignment]
CLUSTERS: Table = Cluster.__table__  # type: ignore[assignment]
QUOTES: Table = Quote.__table__  # type: ignore[assignment]
CHAIN_LINKS: Table = ChainLink.__table__  # type: ignore[assignment]
QUOTE_KEYS: Table = QuoteKey.__table__  # type: ignore[assignment]  # sorts after every stored cluster id, as a new cluster's id would


@dataclass(slots=True)
class Derived:
    """What follows from one article alone, computed by the extraction workers in parallel.

    The profile of the writer showed cluster keys (stemming) and entity keys at ~40% of its time;
    they need no database, so they move off the single writer process.
    """

    name_keys: dict[str, str]
    """Entity surface name -> stored entity key."""
    contexts: list[str]
    cluster_keys: list[list[str]]
    """Per quote, computed with the speaker as the article names them; valid as long as the stored
    (canonical) name has the same entity_key, which the writer checks."""
    features: list[Features] = field(default_factory=list)
    """Per quote, what clustering compares (stems, keys), under the same condition: handed to the
    writer's process (`cluster.prime`) so it does not stem the quote a second time."""


def derive(text: str, quotes: Sequence[EngineQuote]) -> Derived:
    names = {e.name for q in quotes for e in ([q.speaker] if q.speaker else []) + [c.entity for c in q.chain]}
    contexts = [context_window(text, q.start, q.end) for q in quotes]
    sigs = [
        QuoteSig(text=q.text, context=c, speaker=q.speaker.name if q.speaker else None)
        for q, c in zip(quotes, contexts, strict=True)
    ]
    return Derived(
        name_keys={n: entities_repo.key_for(n) for n in names},
        contexts=contexts,
        cluster_keys=[clustering.keys_for(sig) for sig in sigs],
        features=[features(sig) for sig in sigs],
    )


@dataclass(slots=True)
class Prepared:
    """A validated article with its hashes, the engine's quotes and what derives from them."""

    article: ArticleIn
    published_at: datetime | None
    outlet_key: str
    text_hash: str
    quotes: list[EngineQuote] = field(default_factory=list)
    derived: Derived | None = None

    def ensure_derived(self) -> Derived:
        if self.derived is None:
            self.derived = derive(self.article.text, self.quotes)
        return self.derived


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


async def stored_mask(db: Db, items: Sequence[Prepared]) -> list[bool]:
    """Which items are already stored (by url, or outlet + text): two indexed lookups per chunk."""
    urls = sorted({p.article.url for p in items if p.article.url is not None})
    hashes = sorted({p.text_hash for p in items})
    have_urls: set[str] = set()
    have_keys: set[tuple[str, str]] = set()
    for chunk in _chunks(urls):
        found = (await db.scalars(select(Article.url).where(Article.url.in_(chunk)))).all()
        have_urls.update(u for u in found if u is not None)
    for chunk in _chunks(hashes):
        rows = await db.execute(
            select(Article.outlet_key, Article.text_hash).where(Article.text_hash.in_(chunk))
        )
        have_keys.update((o, h) for o, h in rows)
    return [p.article.url in have_urls or (p.outlet_key, p.text_hash) in have_keys for p in items]


def dedupe(items: Sequence[Prepared]) -> list[Prepared]:
    """Drop later copies within the batch, as the second post of one article would be a duplicate."""
    seen_urls: set[str] = set()
    seen_keys: set[tuple[str, str]] = set()
    out = []
    for p in items:
        key = (p.outlet_key, p.text_hash)
        if key in seen_keys or (p.article.url is not None and p.article.url in seen_urls):
            continue
        seen_keys.add(key)
        if p.article.url is not None:
            seen_urls.add(p.article.url)
        out.append(p)
    return out


async def store_batch(
    db: Db, items: Sequence[Prepared], shards: Sequence[Executor] = ()
) -> int:
    """Insert the new articles of `items` and everything derived from them; returns how many were new.

    The caller commits. A row that a concurrent writer stored first is skipped by its unique key.
    `shards`: single-process executors that decide clusters in parallel (see `_assign_clusters`).
    """
    return len((await _store(db, dedupe(items), shards)).article_ids)


@dataclass(slots=True)
class StoredQuote:
    """A quote row as inserted (`values`: the `quotes` columns, id and cluster_id included) and its
    chain as (role, entity id, cue)."""

    values: dict[str, Any]
    links: Sequence[tuple[str, int, str | None]]


@dataclass(slots=True)
class StoredArticle:
    """What `store_one` wrote, so the API can answer without reading it back (4 statements fewer)."""

    id: int
    created_at: datetime
    quotes: list[StoredQuote]
    entities: dict[int, tuple[str, str]]
    """Entity id -> (name, type) as stored for every entity the quotes point at."""


async def store_one(db: Db, item: Prepared) -> StoredArticle | None:
    """Store one article and everything derived from it; what was written, or None if its url or
    outlet + text is already taken (a concurrent post of the same article won the unique key).
    The caller commits.
    """
    return (await store_each(db, [item]))[0]


async def store_each(db: Db, items: Sequence[Prepared]) -> list[StoredArticle | None]:
    """`store_one` for several articles in one transaction (the API's group commit): per item, in
    input order, what was written, or None if it was not stored because an earlier item of `items`
    or a stored article already has its url or outlet + text. The caller commits.

    Every answer carries the entities as they are once the whole transaction commits (an entity
    typed 'unknown' by one item and typed by a later one answers typed in both), i.e. what a read
    after the commit returns.
    """
    written = await _store(db, dedupe(items))
    entities = {eid: (name, type_) for eid, name, type_ in written.entities.values()}
    by_article: dict[int, list[StoredQuote]] = {}
    for pq in written.quotes:
        by_article.setdefault(pq.values["article_id"], []).append(StoredQuote(pq.values, pq.links))
    out: list[StoredArticle | None] = []
    claimed: set[int] = set()
    for item in items:
        aid = written.article_ids.get((item.outlet_key, item.text_hash))
        if aid is None or aid in claimed:  # not ours, or an in-batch copy of an earlier item
            out.append(None)
            continue
        claimed.add(aid)
        out.append(
            StoredArticle(id=aid, created_at=written.now, quotes=by_article.get(aid, []), entities=entities)
        )
    return out


@dataclass(slots=True)
class _Written:
    now: datetime
    article_ids: dict[tuple[str, str], int]
    """(outlet_key, text_hash) -> id of each article of the input that we stored."""
    entities: dict[str, tuple[int, str, str]] = field(default_factory=dict)
    quotes: list[_Pending] = field(default_factory=list)


async def _store(
    db: Db, items: Sequence[Prepared], shards: Sequence[Executor] = ()
) -> _Written:
    """Store `items` (already deduped); `shards`: see `_assign_clusters`."""
    now = datetime.now(UTC)
    if not items:
        return _Written(now, {})
    for p in items:  # CPU work before the first statement: SQLite holds its write lock from there
        p.ensure_derived()
    article_ids = await _insert_articles(db, items, now)
    written = _Written(now, article_ids)
    new = [
        (article_ids[(p.outlet_key, p.text_hash)], p)
        for p in items
        if (p.outlet_key, p.text_hash) in article_ids
    ]
    if new:
        written.entities = await _entities(db, [p for _, p in new])
        written.quotes = await _insert_quotes(db, new, written.entities, now, shards)
    return written


_INSERT_ONE: dict[str, Any] = {}


def _insert_one_article(db: Db) -> Any:
    """INSERT ... ON CONFLICT DO NOTHING RETURNING id, built once per dialect."""
    dialect = dialect_name(db)
    if dialect not in _INSERT_ONE:
        _INSERT_ONE[dialect] = insert_ignore(db, ARTICLES).returning(ARTICLES.c.id)
    return _INSERT_ONE[dialect]


def _article_row(p: Prepared, now: datetime) -> dict[str, Any]:
    return {
        "url": p.article.url,
        "outlet": p.article.outlet,
        "outlet_key": p.outlet_key,
        "title": p.article.title,
        "byline": p.article.byline,
        "language": p.article.language,
        "published_at": p.published_at,
        "text": p.article.text,
        "text_hash": p.text_hash,
        "created_at": now,
    }


async def _insert_articles(
    db: Db, items: Sequence[Prepared], now: datetime
) -> dict[tuple[str, str], int]:
    """Insert, skipping unique-key conflicts; (outlet_key, text_hash) -> id of ours.

    One article (the API's batch of one) is a single INSERT ... RETURNING, which answers with the id
    or nothing on a conflict; a batch reserves ids, inserts, and reads back which ids made it (a
    multi-row RETURNING is one statement per row on aiosqlite, see `ids`).
    """
    if len(items) == 1:
        p = items[0]
        aid = await db.scalar(_insert_one_article(db), _article_row(p, now))
        return {} if aid is None else {(p.outlet_key, p.text_hash): int(aid)}
    ids = await ids_.reserve(db, ARTICLES, len(items))
    rows = [{"id": aid, **_article_row(p, now)} for aid, p in zip(ids, items, strict=True)]
    await db.execute(insert_ignore(db, ARTICLES), rows)
    ours = {
        aid
        for chunk in _chunks(ids)
        for aid in await db.scalars(select(ARTICLES.c.id).where(ARTICLES.c.id.in_(chunk)))
    }
    return {(p.outlet_key, p.text_hash): aid for aid, p in zip(ids, items, strict=True) if aid in ours}


def _mentions(p: Prepared) -> dict[str, EngineEntity]:
    """An article's entities by key, first mention wins (as `articles._store_quotes` picks them)."""
    name_keys = p.ensure_derived().name_keys
    named: dict[str, EngineEntity] = {}
    for q in p.quotes:
        for e in ([q.speaker] if q.speaker else []) + [link.entity for link in q.chain]:
            named.setdefault(name_keys[e.name], e)
    return named


async def _entities(db: Db, items: Sequence[Prepared]) -> dict[str, tuple[int, str, str]]:
    """Get-or-create every entity the batch names; key -> (id, canonical name, type)."""
    per_article = [_mentions(p) for p in items]
    first: dict[str, EngineEntity] = {}
    for named in per_article:
        for key, e in named.items():
            first.setdefault(key, e)
    if not first:
        return {}
    # insert-then-select (never select-then-insert): concurrent writers naming the same new speaker
    # all end up with the one row that won the unique key; key order is every writer's lock order,
    # so they cannot deadlock each other
    keys = sorted(first)
    await db.execute(
        insert_ignore(db, Entity.__table__),
        [{"name": first[k].name, "type": first[k].type, "key": k} for k in keys],
    )
    rows: dict[str, tuple[int, str, str]] = {}
    for chunk in _chunks(keys):
        rows.update(await entities_repo.resolve(db, chunk))
    typed = []
    for key in keys:
        eid, _, type_ = rows[key]
        if type_ == "unknown":
            known = next((n[key].type for n in per_article if key in n and n[key].type != "unknown"), None)
            if known is not None:
                typed.append({"eid": eid, "etype": known})
                rows[key] = (eid, rows[key][1], known)
    if typed:
        table: Table = Entity.__table__  # type: ignore[assignment]
        await db.execute(
            update(table)
            .where(table.c.id == bindparam("eid"), table.c.type == "unknown")
            .values(type=bindparam("etype")),
            typed,
        )
    aliases: set[tuple[int, str]] = set()
    for named in per_article:
        for key, e in named.items():
            for a in (e.name, *e.aliases):
                a = a.strip() if a else ""
                if a and len(a) <= MAX_ALIAS_CHARS:
                    aliases.add((rows[key][0], a))
    if aliases:
        await db.execute(
            insert_ignore(db, EntityAlias.__table__),
            [{"entity_id": i, "alias": a} for i, a in sorted(aliases)],
        )
    return rows


@dataclass(slots=True)
class _Pending:
    """A quote about to be inserted; `cluster` is a stored id or an index into the new clusters."""

    values: dict[str, Any]
    sig: QuoteSig
    keys: list[str]
    links: Sequence[tuple[str, int, str | None]]
    cluster: int
    new_cluster: bool


# pg_advisory_xact_lock(int4, int4): this class id keeps our locks apart from anyone else's
_LOCK_CLASS = 0x71740001  # "qt" + 1
LOCK_BUCKETS = 1024
_PG_LOCK = text("SELECT pg_advisory_xact_lock(:cls, b) FROM unnest(CAST(:buckets AS integer[])) AS b")


def lock_buckets(pending: Sequence[_Pending]) -> list[int]:
    """Advisory-lock buckets of a set of quotes, ascending (every writer's lock order).

    A quote can only join a cluster of the same speaker class (cluster keys start with it, and
    `same_quote` requires it), so a named speaker's quotes lock their `speaker_class`; anonymous quotes
    ("?") lock each of their cluster keys, so unrelated anonymous quotes do not queue on one lock.
    Hashed into `LOCK_BUCKETS` so a 500-article batch takes at most that many locks (PostgreSQL's
    shared lock table holds max_locks_per_transaction x max_connections, 6,400 by default).
    """
    names: set[str] = set()
    for pq in pending:
        speaker = pq.sig.speaker
        if speaker is None or not speaker.strip():
            names.update(pq.keys)
        else:
            names.add(speaker_class(speaker))
    return sorted({zlib.crc32(n.encode("utf-8")) % LOCK_BUCKETS for n in names})


async def _lock_cluster_keys(db: Db, pending: Sequence[_Pending]) -> None:
    """Serialise cluster decisions of concurrent writers on PostgreSQL (issue 4).

    Two first posts of one new quote in two transactions would each see no candidate and create
    two clusters. Holding the quote's bucket locks from before the candidate query to commit makes
    the second writer wait, then (READ COMMITTED: a new snapshot per statement) see the first's
    rows. Taken after entities and articles, whose unique-key waits therefore never happen while
    holding these locks; ascending order, so two writers cannot deadlock on them. SQLite needs
    none: BEGIN IMMEDIATE already gives the whole write transaction to one writer at a time.
    """
    if not pending or dialect_name(db) != "postgresql":
        return
    await db.execute(_PG_LOCK, {"cls": _LOCK_CLASS, "buckets": lock_buckets(pending)})


def _candidates_statement(postgres: bool) -> Any:
    if postgres:
        # per wanted key (unnest of one array parameter: one statement text, prepared once), a
        # LATERAL subquery that can only probe the key's index. The one-join form's plan hung on
        # row estimates: on a store growing faster than autoanalyze it seq-scanned quote_keys and
        # quotes whole (39 ms at 1,000 articles, 5.8 ms of PostgreSQL per POST on average).
        # tests/perf_paths/test_index_probes.py checks the plan on a never-analysed store.
        wanted = (
            func.unnest(bindparam("keys", type_=postgresql.ARRAY(String)))
            .table_valued("k")
            .render_derived("w")
        )
        # each key's quotes by primary key in a LATERAL of their own (LIMIT 1 keeps it from being
        # flattened into a join), the speaker's name by a correlated subquery: probes, never a hash
        # join over a whole table, which the planner chose on a never-analysed store
        quote = (
            select(Quote.text, Quote.context, Quote.speaker_entity_id, Quote.cluster_id)
            .where(Quote.id == QuoteKey.quote_id)
            .limit(1)
            .lateral("q")
        )
        speaker = select(Entity.name).where(Entity.id == quote.c.speaker_entity_id).scalar_subquery()
        per_key = (
            select(quote.c.text, quote.c.context, speaker.label("speaker"), quote.c.cluster_id)
            .select_from(QuoteKey)
            .join(quote, true())
            .where(QuoteKey.key == wanted.c.k, quote.c.cluster_id.is_not(None))
            .distinct()
            .order_by(quote.c.cluster_id)
            .limit(bindparam("cap"))
            .lateral("c")
        )
        # one row per distinct stored quote with the wanted keys it sits under: a quote shares
        # ~9 keys with an article's quotes, and its text and context travelled once per key
        content = [per_key.c[n] for n in ("text", "context", "speaker", "cluster_id")]
        return (
            select(*content, func.array_agg(wanted.c.k).label("keys"))
            .select_from(wanted)
            .join(per_key, true())
            .group_by(*content)
        )
    speaker_name = Entity.name.label("speaker")
    stored = select(QuoteKey.key, Quote.text, Quote.context, speaker_name, Quote.cluster_id).where(
        QuoteKey.key.in_(bindparam("keys", expanding=True))
    )
    distinct = (
        stored.join(Quote, Quote.id == QuoteKey.quote_id)
        .outerjoin(Entity, Entity.id == Quote.speaker_entity_id)
        .where(Quote.cluster_id.is_not(None))
        .distinct()
        .subquery()
    )
    ranked = select(
        distinct,
        func.row_number().over(partition_by=distinct.c.key, order_by=distinct.c.cluster_id).label("rn"),
    ).subquery()
    content = [ranked.c.text, ranked.c.context, ranked.c.speaker, ranked.c.cluster_id]
    keys = type_coerce(func.json_group_array(ranked.c.key), JSON).label("keys")  # decoded to a list
    return select(*content, keys).where(ranked.c.rn <= bindparam("cap")).group_by(*content)


# built once: constructing it per call cost more CPU than the database spent running it
_CANDIDATES = {"postgresql": _candidates_statement(True), "sqlite": _candidates_statement(False)}


async def _candidates(db: Db, keys: Sequence[str]) -> dict[str, list[tuple[int, QuoteSig]]]:
    """Stored clustered quotes sharing each key: per key the first MAX_CANDIDATES distinct by cluster id.

    Per-key top-N is a superset of what the one-quote query sees (its first N over the union of a
    quote's keys are each among the first N of their own key), so the choice is the same.
    """
    out: dict[str, list[tuple[int, QuoteSig]]] = {}
    sigs: dict[tuple[str, str, str | None], QuoteSig] = {}  # one QuoteSig per distinct quote
    statement = _CANDIDATES[dialect_name(db)]
    for chunk in _chunks(keys):
        rows = await db.execute(statement, {"keys": list(chunk), "cap": clustering.MAX_CANDIDATES})
        for qtext, context, speaker, cluster_id, under in rows:
            sig = sigs.get((qtext, context, speaker))
            if sig is None:
                sig = sigs[(qtext, context, speaker)] = QuoteSig(text=qtext, context=context, speaker=speaker)
            candidate = (int(cluster_id), sig)
            for key in under:
                out.setdefault(key, []).append(candidate)
    return out


async def _insert_quotes(
    db: Db,
    new: Sequence[tuple[int, Prepared]],
    entities: dict[str, tuple[int, str, str]],
    now: datetime,
    shards: Sequence[Executor] = (),
) -> list[_Pending]:
    pending: list[_Pending] = []
    same_speaker_key: dict[tuple[str, str], bool] = {}
    for article_id, p in new:
        d = p.ensure_derived()
        for position, q in enumerate(p.quotes):
            speaker = entities[d.name_keys[q.speaker.name]] if q.speaker else None
            speaker_id, speaker_name = (speaker[0], speaker[1]) if speaker else (None, None)
            context = d.contexts[position]
            sig = QuoteSig(text=q.text, context=context, speaker=speaker_name)
            keys = d.cluster_keys[position]
            derived_holds = True
            if q.speaker and speaker_name is not None and speaker_name != q.speaker.name:
                pair = (q.speaker.name, speaker_name)
                if pair not in same_speaker_key:
                    same_speaker_key[pair] = entity_key(pair[0]) == entity_key(pair[1])
                derived_holds = same_speaker_key[pair]
                if not derived_holds:
                    keys = clustering.keys_for(sig)
            if derived_holds and position < len(d.features):
                prime(sig, d.features[position])
            values = {
                "article_id": article_id,
                "position": position,
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "kind": q.kind,
                "speaker_entity_id": speaker_id,
                "cue": q.cue,
                "confidence": q.confidence,
                "context": context,
            }
            links = [(link.role, entities[d.name_keys[link.entity.name]][0], link.cue) for link in q.chain]
            pending.append(_Pending(values, sig, keys, links, 0, False))
    await _lock_cluster_keys(db, pending)
    stored = await _candidates(db, sorted({k for pq in pending for k in pq.keys}))
    new_speakers = await _assign_clusters(pending, stored, shards)
    cluster_ids, quote_ids = await ids_.reserve_pair(
        db, (CLUSTERS, len(new_speakers)), (QUOTES, len(pending))
    )
    cluster_rows = [
        {"id": cid, "speaker_entity_id": s, "created_at": now}
        for cid, s in zip(cluster_ids, new_speakers, strict=True)
    ]
    for qid, pq in zip(quote_ids, pending, strict=True):
        pq.values["id"] = qid
        pq.values["cluster_id"] = cluster_ids[pq.cluster] if pq.new_cluster else pq.cluster
    link_rows = [
        {"quote_id": qid, "position": i, "role": role, "entity_id": eid, "cue": cue}
        for qid, pq in zip(quote_ids, pending, strict=True)
        for i, (role, eid, cue) in enumerate(pq.links)
    ]
    key_rows = [
        {"key": k, "quote_id": qid} for qid, pq in zip(quote_ids, pending, strict=True) for k in pq.keys
    ]
    # in foreign-key order: clusters before the quotes in them, quotes before their chain links
    await append_tables(
        db,
        [(CLUSTERS, cluster_rows), (QUOTES, [pq.values for pq in pending]), (CHAIN_LINKS, link_rows),
         (QUOTE_KEYS, key_rows)],
    )
    return pending


Candidates = dict[str, list[tuple[int, QuoteSig]]]


def choose_clusters(quotes: Sequence[tuple[QuoteSig, Sequence[str]]], stored: Candidates) -> list[int]:
    """Each quote's cluster, decided in order: a stored cluster id, or `_NEW_CLUSTER + k` for the
    k-th new cluster (new clusters sort after every stored one, in creation order, which is the
    order their ids will have). Pure and picklable, so cluster shards can run it in other processes.

    Candidates are numbered once (equal (cluster id, quote) pairs share a number) and handled as
    ints: gathering a quote's candidates from its ~14 keys hashed every (cluster id, QuoteSig) pair
    again for every quote, which cost more than the comparisons themselves.
    """
    cluster_of: list[int] = []
    sig_of: list[QuoteSig] = []
    feats: list[Features | None] = []
    numbered: dict[tuple[int, QuoteSig], int] = {}

    def number(candidate: tuple[int, QuoteSig]) -> int:
        n = numbered.get(candidate)
        if n is None:
            n = numbered[candidate] = len(cluster_of)
            cluster_of.append(candidate[0])
            sig_of.append(candidate[1])
            feats.append(None)
        return n

    index: dict[str, list[int]] = {k: [number(c) for c in v] for k, v in stored.items()}
    by_cluster = cluster_of.__getitem__
    out: list[int] = []
    created = 0
    for sig, keys in quotes:
        seen: set[int] = set()
        for k in keys:
            got = index.get(k)
            if got:
                seen.update(got)
        # among the first MAX_CANDIDATES distinct candidates by cluster id (ties by number, i.e.
        # in the order they were met), the matching cluster with the best (top score, members
        # matched, lowest id)
        ordered = sorted(seen)
        ordered.sort(key=by_cluster)
        matched: dict[int, int] = {}
        top: dict[int, float] = {}
        mine = features(sig)
        # a namesake's quote ("Luis Moreno" for "Carmen Moreno": one key space) is turned away by
        # name before its words are stemmed, and takes no place among the candidates compared
        ordered = [n for n in ordered if same_speaker(mine, sig_of[n].speaker)]
        for n in ordered[: clustering.MAX_CANDIDATES]:
            theirs = feats[n]
            if theirs is None:
                theirs = feats[n] = features(sig_of[n])
            if same_features(mine, theirs):
                order = cluster_of[n]
                matched[order] = matched.get(order, 0) + 1
                top[order] = max(top.get(order, 0.0), score_features(mine, theirs))
        if matched:
            chosen = max(matched, key=lambda o: (top[o], matched[o], -o))
        else:
            chosen = _NEW_CLUSTER + created
            created += 1
        out.append(chosen)
        n = number((chosen, sig))
        for k in keys:
            index.setdefault(k, []).append(n)
    return out


MIN_SHARDED_QUOTES = 200
"""Below this many quotes in a batch, clustering runs in the writer: the hand-off costs more."""


def _speaker_key(sig: QuoteSig, cache: dict[str | None, str]) -> str:
    """The quote's speaker class (as `same_quote` compares them): quotes of different speaker keys
    never share a cluster, so clustering splits into independent groups by it."""
    spk = cache.get(sig.speaker)
    if spk is None:
        speaker = sig.speaker
        spk = cache[speaker] = speaker_key(speaker)
    return spk


async def _assign_clusters(
    pending: list[_Pending], stored: Candidates, shards: Sequence[Executor] = ()
) -> list[int | None]:
    """Decide each quote's cluster (`choose_clusters`); returns the speaker of each new cluster,
    in creation order.

    With `shards` (single-process executors), the quotes are split by speaker key (crc32 mod the
    number of shards; a speaker always lands on the same shard, so its features stay in that
    process's cache) and the groups are decided in parallel. Groups are independent, each keeps
    input order, and new clusters are numbered by first appearance in input order, so the result
    is the one the sequential loop gives.
    """
    if len(shards) < 2 or len(pending) < MIN_SHARDED_QUOTES:
        chosen = [(0, c) for c in choose_clusters([(pq.sig, pq.keys) for pq in pending], stored)]
    else:
        cache: dict[str | None, str] = {}
        of: list[int] = [
            zlib.crc32(_speaker_key(pq.sig, cache).encode("utf-8")) % len(shards) for pq in pending
        ]
        groups: list[list[int]] = [[] for _ in shards]
        for i, shard in enumerate(of):
            groups[shard].append(i)
        futures = []
        for shard, members in enumerate(groups):
            quotes = [(pending[i].sig, pending[i].keys) for i in members]
            wanted = {k for _, keys in quotes for k in keys}
            part = {k: v for k, v in stored.items() if k in wanted}
            futures.append(asyncio.wrap_future(shards[shard].submit(choose_clusters, quotes, part)))
        decided = await asyncio.gather(*futures)
        chosen = [(0, 0)] * len(pending)
        for shard, (members, got) in enumerate(zip(groups, decided, strict=True)):
            for i, c in zip(members, got, strict=True):
                chosen[i] = (shard, c)
    new_speakers: list[int | None] = []
    numbered: dict[tuple[int, int], int] = {}
    for pq, (shard, c) in zip(pending, chosen, strict=True):
        pq.new_cluster = c >= _NEW_CLUSTER
        if pq.new_cluster:
            number = numbered.get((shard, c))
            if number is None:
                number = numbered[(shard, c)] = len(new_speakers)
                new_speakers.append(pq.values["speaker_entity_id"])
            pq.cluster = number
        else:
            pq.cluster = c
    return new_speakers
