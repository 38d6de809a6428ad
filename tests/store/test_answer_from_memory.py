"""POST /v1/articles answers from what it wrote instead of reading the article back; the two agree.

Generated articles with recurring quotes (so answers carry existing and new clusters, existing
entities and new ones, relays and publishers) and a scripted article whose speaker's type is first
unknown, then known (the type update must show in the answer). Both backends.
"""

from __future__ import annotations

import msgspec
import pytest
from api.scripted_engine import scripted_extract

from bench.generate import generate_articles
from models.schemas import ArticleIn
from service import articles
from service.attribution import ArticleMeta, Quote
from service.store.engine import create_engine, create_sessionmaker

pytestmark = pytest.mark.anyio


def _unknown_then_known(text: str, meta: ArticleMeta) -> list[Quote]:
    quotes = scripted_extract(text, meta)
    if "unknown" in text:
        return [
            msgspec.structs.replace(
                q, speaker=msgspec.structs.replace(q.speaker, type="unknown") if q.speaker else None
            )
            for q in quotes
        ]
    return quotes


async def test_answer_equals_the_stored_article_read_back(db_url: str) -> None:
    engine = create_engine(db_url)
    sessions = create_sessionmaker(engine)
    bodies = [{k: v for k, v in a.items() if k != "id"} for a in generate_articles(12, 5, 800, 2500)]
    try:
        for body in bodies:
            async with sessions() as s:
                answer, new = await articles.ingest(s, msgspec.convert(body, ArticleIn), 1_000_000)
            assert new
            async with sessions() as s:
                assert answer == await articles.get_article(s, answer.id)
        for text in ('"Ports first," said Una Fenn (unknown).', '"Ports first, always," said Una Fenn.'):
            async with sessions() as s:
                answer, new = await articles.ingest(
                    s, ArticleIn(text=text, outlet="Gazette"), 1_000_000, _unknown_then_known
                )
            assert new
            async with sessions() as s:
                assert answer == await articles.get_article(s, answer.id)
        assert answer.quotes[0].speaker is not None and answer.quotes[0].speaker.type == "person"
    finally:
        await engine.dispose()

