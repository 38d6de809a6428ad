"""Group commit of POST /v1/articles (service/ingest/group_commit.py), on real databases.

Posts that arrive while a transaction is being written share the next one; each must still get
its own answer (equal to what a read returns afterwards), duplicates within a group must answer
200 with the stored article, and an article that fails must fail alone: its neighbours in the
group are written, it is not.
"""

from __future__ import annotations

import asyncio
import warnings
from typing import Any

import msgspec
import pytest
from api.scripted_engine import scripted_extract
from sqlalchemy import event, func, select

from models.schemas import ArticleIn
from models.tables import Article, Cluster, Quote
from service import articles
from service.ingest import group_commit
from service.ingest.batch_store import Prepared
from service.store.engine import create_engine, create_sessionmaker
from service.store.keys import outlet_key, text_hash

pytestmark = pytest.mark.anyio


def body(i: int, words: str | None = None) -> ArticleIn:
    words = words or f"Shipment {i} leaves the northern port before the winter storms"
    return ArticleIn(text=f'"{words}," said Rosa Vale, according to Wire {i}.', outlet=f"Paper {i}")


def prepared(b: ArticleIn) -> Prepared:
    return Prepared(
        article=b,
        published_at=None,
        outlet_key=outlet_key(b.outlet),
        text_hash=text_hash(b.text),
        quotes=scripted_extract(b.text, articles._meta(b)),
    )


async def post_all(sessions: Any, bodies: list[ArticleIn]) -> list[Any]:
    """Every body through `articles.ingest` concurrently, each on its own session (as requests)."""

    async def post(b: ArticleIn) -> Any:
        async with sessions() as s:
            return await articles.ingest(s, b, 1_000_000, scripted_extract)

    return await asyncio.gather(*(post(b) for b in bodies), return_exceptions=True)


async def post_as_one_group(engine: Any, sessions: Any, bodies: list[ArticleIn]) -> list[Any]:
    """`post_all` with the writer held until every post is queued, so they go as one group."""
    writer = group_commit.writer_for(engine)
    async with writer._turn:
        posting = asyncio.ensure_future(post_all(sessions, bodies))
        for _ in range(3000):
            if len(writer._queue) == len(bodies):
                break
            await asyncio.sleep(0.01)
        assert len(writer._queue) == len(bodies)
    return await posting


async def test_concurrent_posts_share_transactions_and_answer_what_was_stored(db_url: str) -> None:
    engine = create_engine(db_url)
    sessions = create_sessionmaker(engine)
    try:
        # eight posts of one new quote (one cluster) and four other quotes
        shared = "We will open the northern bridge before the winter storms arrive"
        bodies = [body(i, shared) for i in range(8)] + [body(i) for i in range(8, 12)]
        writer = group_commit.writer_for(engine)
        results = await post_as_one_group(engine, sessions, bodies)
        assert writer.groups == 1, "the queued posts were not written as one group"
        assert [new for _, new in results] == [True] * len(bodies)
        async with sessions() as s:
            for answer, _ in results:
                read = await articles.get_article(s, answer.id)
                assert msgspec.to_builtins(answer) == msgspec.to_builtins(read)
            clusters = set(await s.scalars(select(Quote.cluster_id)))
            assert await s.scalar(select(func.count()).select_from(Cluster)) == len(clusters) == 5
        same = {answer.quotes[0].cluster_id for answer, _ in results[:8]}
        assert len(same) == 1
        speakers = {answer.quotes[0].speaker.id for answer, _ in results}
        assert len(speakers) == 1
    finally:
        await engine.dispose()


async def test_duplicates_in_one_group_answer_the_stored_article(db_url: str) -> None:
    engine = create_engine(db_url)
    sessions = create_sessionmaker(engine)
    try:
        first = body(1)
        same_url = ArticleIn(text=body(2).text, outlet="Paper 2", url="https://example.com/a")
        same_url_again = ArticleIn(text=body(3).text, outlet="Paper 3", url="https://example.com/a")
        bodies = [body(0), first, first, same_url, same_url_again]
        writer = group_commit.writer_for(engine)
        # straight to the writer: the first post leads a group of its own, the other four queue
        # while it is written and go as one group
        stored = await asyncio.gather(*(writer.store(prepared(b)) for b in bodies))
        assert writer.groups == 2
        assert [s is not None for s in stored] == [True, True, False, True, False]
        async with sessions() as s:
            assert await s.scalar(select(func.count()).select_from(Article)) == 3
        # through the API function, the same posts again: all duplicates of what is stored
        again = await post_all(sessions, bodies)
        assert [new for _, new in again] == [False] * 5
        assert again[2][0].id == again[1][0].id == stored[1].id
        assert again[4][0].id == again[3][0].id == stored[3].id and again[4][0].text == same_url.text
    finally:
        await engine.dispose()


class InjectedFault(Exception):
    pass


async def test_a_failing_article_fails_alone_and_its_group_is_stored(db_url: str) -> None:
    """The fault fires at the driver boundary whenever the quotes INSERT carries the poisoned
    quote: its group's transaction fails, then each post is written alone."""
    engine = create_engine(db_url)
    sessions = create_sessionmaker(engine)

    def inject(conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
        # the statement that writes quotes (on PostgreSQL it also writes chain links and keys)
        if "INSERT INTO quotes " in statement and "POISON" in repr(params):
            raise InjectedFault("poisoned quote")

    event.listen(engine.sync_engine, "before_cursor_execute", inject)
    try:
        bodies = [body(0), body(1), body(2, "POISON in the well"), body(3), body(4)]
        results = await post_as_one_group(engine, sessions, bodies)
        assert isinstance(results[2], InjectedFault)
        for i in (0, 1, 3, 4):
            answer, new = results[i]
            assert new and answer.quotes[0].text.startswith(f"Shipment {i} ")
        # the group of five failed and committed nothing; then each alone: four commits
        assert group_commit.writer_for(engine).groups == 4
        async with sessions() as s:
            stored = sorted(await s.scalars(select(Article.outlet)))
            assert stored == ["Paper 0", "Paper 1", "Paper 3", "Paper 4"]
            assert await s.scalar(select(func.count()).select_from(Quote)) == 4
            for answer, _ in (results[i] for i in (0, 1, 3, 4)):
                read = await articles.get_article(s, answer.id)
                assert msgspec.to_builtins(answer) == msgspec.to_builtins(read)
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", inject)
        await engine.dispose()


async def test_a_cancelled_leader_does_not_cancel_its_group(db_url: str) -> None:
    """A client going away while its post leads a group must not undo the others' writes."""
    engine = create_engine(db_url)
    sessions = create_sessionmaker(engine)
    try:
        async with sessions() as s:  # warm: the first statement of a new engine is slow
            await articles.ingest(s, body(9), 1_000_000, scripted_extract)
        writer = group_commit.writer_for(engine)
        leader = asyncio.create_task(writer.store(prepared(body(0))))
        await asyncio.sleep(0)  # the leader takes its group and starts writing it
        follower = asyncio.create_task(writer.store(prepared(body(1))))
        await asyncio.sleep(0)
        leader.cancel()
        stored = await asyncio.wait_for(follower, 30)
        assert stored is not None
        with pytest.raises(asyncio.CancelledError):
            await leader
        async with sessions() as s:  # the leader's own article was written all the same
            outlets = set(await s.scalars(select(Article.outlet)))
            assert {"Paper 0", "Paper 1", "Paper 9"} == outlets
    finally:
        await engine.dispose()


async def test_one_session_reused_across_posts(db_url: str) -> None:
    """Seeding reuses one session: after a duplicate's read left a transaction open, the next
    duplicate check must still be a read of its own (no 'execution_options ignored' warning, which
    on SQLite meant the check ran under the write lock)."""
    engine = create_engine(db_url)
    sessions = create_sessionmaker(engine)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            async with sessions() as s:
                outcomes = [
                    (await articles.ingest(s, b, 1_000_000, scripted_extract))[1]
                    for b in (body(1), body(1), body(2))
                ]
        assert outcomes == [True, False, True]
    finally:
        await engine.dispose()
