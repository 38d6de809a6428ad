"""Where the engine runs for a POST (issue 6): on the event loop's thread for ordinary articles,
on a worker thread for long ones.

The engine holds the GIL throughout, so a worker thread only adds the hand-off and the threads'
GIL ping-pong (measured: POST on PostgreSQL 126–179 -> 183–193/s, p99 117–135 -> 99–113 ms). A long
text stays on a thread so the loop still runs other requests every switch interval.
"""

from __future__ import annotations

import threading

import pytest

from models.schemas import ArticleIn
from service.articles import INLINE_ENGINE_CHARS, run_engine
from service.attribution import ArticleMeta, Quote, extract

pytestmark = pytest.mark.anyio


class _Recorder:
    """An extractor that notes which thread ran it, and runs the real engine."""

    def __init__(self) -> None:
        self.threads: list[int] = []

    def __call__(self, text: str, meta: ArticleMeta) -> list[Quote]:
        self.threads.append(threading.get_ident())
        return extract(text, meta)


def _article(chars: int) -> ArticleIn:
    para = '"We will rebuild the bridge," Mayor Ana Ruiz said on Monday. '
    return ArticleIn(text=(para * (chars // len(para) + 1))[:chars], outlet="Test Times")


async def test_ordinary_article_runs_on_the_loop_thread() -> None:
    rec = _Recorder()
    found = await run_engine(_article(5_000), rec)
    assert rec.threads == [threading.get_ident()]
    assert found and found[0].speaker is not None and found[0].speaker.name == "Ana Ruiz"


async def test_long_article_runs_on_a_worker_thread() -> None:
    rec = _Recorder()
    found = await run_engine(_article(INLINE_ENGINE_CHARS + 1), rec)
    assert len(rec.threads) == 1 and rec.threads[0] != threading.get_ident()
    assert found and found[0].speaker is not None and found[0].speaker.name == "Ana Ruiz"


async def test_the_limit_itself_is_inline() -> None:
    rec = _Recorder()
    await run_engine(_article(INLINE_ENGINE_CHARS), rec)
    assert rec.threads == [threading.get_ident()]
