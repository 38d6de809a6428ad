"""Article ingestion, preview, lookup, listing and deletion: what the API and `quotetrail seed` call.

Extraction runs before any database work (and off the event loop: it is CPU-bound), then the
article and everything derived from it is written in a single transaction, so a failure at any
point leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import anyio.to_thread
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from models.schemas import (
    ArticleIn,
    ArticleOut,
    ArticlePage,
    ArticleSummary,
    ChainLinkOut,
    EntityRef,
    ExtractOut,
    PreviewEntity,
    PreviewLink,
    PreviewQuote,
    QuoteOut,
)
from service import quotes as quote_service
from service.attribution import ArticleMeta, Quote, extract
from service.attribution.types import Entity as EngineEntity
from service.dates import as_utc, parse_instant, upper_bound
from service.errors import InvalidInput, NotFound, TooLarge
from service.ingest import batch_store, group_commit
from service.pagination import decode_cursor
from service.store import articles_repo, cursor, quotes_repo
from service.store.keys import outlet_key, text_hash


def validate(article: ArticleIn, max_text_bytes: int) -> datetime | None:
    """Checks the schema cannot express; returns the parsed publication time."""
    size = len(article.text.encode("utf-8"))
    if size > max_text_bytes:
        raise TooLarge(f"text is {size} bytes; the limit is {max_text_bytes}")
    if not article.text.strip():
        raise InvalidInput("text: must contain something other than whitespace")
    if article.published_at is None:
        return None
    return parse_instant(article.published_at, "published_at")


def _meta(article: ArticleIn) -> ArticleMeta:
    return ArticleMeta(
        outlet=article.outlet,
        title=article.title,
        url=article.url,
        byline=article.byline,
        published_at=article.published_at,
        language=article.language,
    )


Extractor = Callable[[str, ArticleMeta], list[Quote]]
"""The engine's signature. Injectable so tests of storage can script exactly which speakers and
chains come back, independent of the engine's evolving output."""


INLINE_ENGINE_CHARS = 20_000
"""Texts up to this size are extracted on the event loop's thread; longer ones on a worker thread.

Why: the engine holds the GIL throughout (the compiled build as much as the interpreted one), so a
worker thread buys no parallelism, only the hand-off and the two threads' GIL ping-pong. A 5 KB
article costs ~1 ms either way, less than the derive step that already runs inline. A long text
(up to `max_text_bytes`) would hold the loop for tens of ms; on a thread the loop still gets the
GIL every switch interval (5 ms), so other requests and health checks keep moving.
"""


async def run_engine(article: ArticleIn, extractor: Extractor) -> list[Quote]:
    if len(article.text) <= INLINE_ENGINE_CHARS:
        return extractor(article.text, _meta(article))
    return await anyio.to_thread.run_sync(extractor, article.text, _meta(article))


def _preview_entity(e: EngineEntity) -> PreviewEntity:
    return PreviewEntity(name=e.name, type=e.type)


async def preview(article: ArticleIn, max_text_bytes: int, extractor: Extractor = extract) -> ExtractOut:
    validate(article, max_text_bytes)
    found = await run_engine(article, extractor)
    return ExtractOut(
        quotes=[
            PreviewQuote(
                text=q.text,
                start=q.start,
                end=q.end,
                kind=q.kind,
                speaker=_preview_entity(q.speaker) if q.speaker else None,
                cue=q.cue,
                confidence=q.confidence,
                chain=[
                    PreviewLink(role=link.role, entity=_preview_entity(link.entity), cue=link.cue)
                    for link in q.chain
                ],
            )
            for q in found
        ]
    )


async def ingest(
    session: AsyncSession, article: ArticleIn, max_text_bytes: int, extractor: Extractor = extract
) -> tuple[ArticleOut, bool]:
    """Store an article and its quotes; (stored article, True if new / False if it was a duplicate).

    The write goes through the engine's group writer (`service.ingest.group_commit`): concurrent
    posts in this process share one transaction, each getting its own answer or error; `session`
    only reads (the duplicate check, and the stored article when it was a duplicate).
    """
    published_at = validate(article, max_text_bytes)
    okey, thash = outlet_key(article.outlet), text_hash(article.text)
    # outside any write transaction (extraction below may take a while)
    existing = await articles_repo.find_existing_unlocked(session, article.url, okey, thash)
    if existing is not None:
        return await get_article(session, existing), False
    found = await run_engine(article, extractor)
    prepared = batch_store.Prepared(
        article=article, published_at=published_at, outlet_key=okey, text_hash=thash, quotes=found
    )
    prepared.ensure_derived()  # CPU work here, not while the group holds the write transaction
    engine = session.bind
    if not isinstance(engine, AsyncEngine):  # a session bound to a connection: write in it
        stored = await batch_store.store_one(session, prepared)
        await session.commit()
    else:
        # a batch of one (or of the posts that arrived meanwhile) through the bulk writer: one
        # statement per table, however many articles, quotes and names
        stored = await group_commit.writer_for(engine).store(prepared)
    if stored is None:  # a concurrent post of the same article won the unique key
        existing = await articles_repo.find_existing_unlocked(session, article.url, okey, thash)
        if existing is None:
            raise InvalidInput("url: already used by an article that is being deleted; retry")
        return await get_article(session, existing), False
    # the answer is what was written (tests/store/test_answer_from_memory.py compares it with a read)
    return _written_article(article, published_at, stored), True


def _written_article(
    article: ArticleIn, published_at: datetime | None, stored: batch_store.StoredArticle
) -> ArticleOut:
    def ref(entity_id: int) -> EntityRef:
        name, type_ = stored.entities[entity_id]
        return EntityRef(id=entity_id, name=name, type=type_)  # type: ignore[arg-type]

    quotes = []
    for sq in stored.quotes:
        v = sq.values
        speaker = v["speaker_entity_id"]
        quotes.append(
            QuoteOut(
                id=v["id"],
                article_id=stored.id,
                text=v["text"],
                start=v["start"],
                end=v["end"],
                kind=v["kind"],
                speaker=ref(speaker) if speaker is not None else None,
                cue=v["cue"],
                confidence=v["confidence"],
                chain=[
                    ChainLinkOut(role=role, entity=ref(eid), cue=cue)  # type: ignore[arg-type]
                    for role, eid, cue in sq.links
                ],
                cluster_id=v["cluster_id"],
            )
        )
    return ArticleOut(
        id=stored.id,
        outlet=article.outlet,
        url=article.url,
        title=article.title,
        byline=article.byline,
        language=article.language,
        published_at=as_utc(published_at) if published_at else None,
        created_at=as_utc(stored.created_at),
        text=article.text,
        quotes=quotes,
    )


async def get_article(session: AsyncSession, article_id: int) -> ArticleOut:
    article = await articles_repo.get(session, article_id)
    if article is None:
        raise NotFound(f"no article with id {article_id}")
    quotes = await quote_service.render(session, await quotes_repo.for_article(session, article_id))
    return ArticleOut(
        id=article.id,
        outlet=article.outlet,
        url=article.url,
        title=article.title,
        byline=article.byline,
        language=article.language,
        published_at=as_utc(article.published_at) if article.published_at else None,
        created_at=as_utc(article.created_at),
        text=article.text,
        quotes=quotes,
    )


async def list_articles(
    session: AsyncSession,
    *,
    outlet: str | None = None,
    published_from: str | None = None,
    published_to: str | None = None,
    cursor_token: str | None = None,
    limit: int = 50,
) -> ArticlePage:
    before = decode_cursor(cursor_token)
    rows = await articles_repo.page(
        session,
        outlet_key=outlet_key(outlet) if outlet is not None else None,
        published_from=parse_instant(published_from, "published_from") if published_from else None,
        published_before=upper_bound(published_to, "published_to") if published_to else None,
        before_id=before,
        limit=limit + 1,
    )
    more = len(rows) > limit
    rows = rows[:limit]
    return ArticlePage(
        items=[
            ArticleSummary(
                id=a.id,
                outlet=a.outlet,
                url=a.url,
                title=a.title,
                byline=a.byline,
                language=a.language,
                published_at=as_utc(a.published_at) if a.published_at else None,
                created_at=as_utc(a.created_at),
                quote_count=n,
            )
            for a, n in rows
        ],
        next_cursor=cursor.encode(rows[-1][0].id) if more else None,
    )


async def delete_article(session: AsyncSession, article_id: int) -> None:
    deleted = await articles_repo.delete_with_quotes(session, article_id)
    await session.commit()
    if not deleted:
        raise NotFound(f"no article with id {article_id}")
