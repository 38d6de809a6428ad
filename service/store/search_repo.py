"""Quote search candidates from the databases' own text search (migration 0003).

SQLite: FTS5 `quotes_fts` (porter stemming, bm25). PostgreSQL: the GIN index on
`to_tsvector('english', text)` (websearch_to_tsquery / to_tsquery, ts_rank_cd), and pg_trgm's
`<%` (word similarity) when full text finds nothing, so a typo still finds the quote.

A reader's paste is approximate, so the query widens in tiers and stops as soon as it has enough:
1. every word (AND): the paste is a stretch of the quote;
2. every word but one, for each word (OR of ANDs): one word misremembered or not in the quote;
3. PostgreSQL: trigram word similarity of the whole paste; SQLite: any word (OR).
Every tier is an indexed lookup with a LIMIT; the service re-ranks the short list with a fuzzy
score. The match expressions are bound parameters: words are reduced to letters and digits and
quoted for FTS5, so nothing a reader types can change the query's structure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from models.tables import Quote
from service.provenance.cluster import STOPWORDS

MAX_QUERY_WORDS = 12
# Rows matched by a full-text tier that are ranked at most: one very common word must not make a
# query rank a large part of the archive; a real paste (several words) matches far fewer.
MAX_RANKED = 2_000
_TOKEN = re.compile(r"[^\W_]+")

_FTS5 = text(
    "SELECT rowid, -bm25(quotes_fts) AS rank FROM quotes_fts WHERE quotes_fts MATCH :q "
    "ORDER BY rank DESC, rowid DESC LIMIT :n"
)
_PG_ALL = text(
    "WITH q AS (SELECT websearch_to_tsquery('english'::regconfig, :q) AS tsq), "
    "m AS (SELECT quotes.id, quotes.text FROM quotes, q "
    "WHERE to_tsvector('english'::regconfig, quotes.text) @@ q.tsq LIMIT :cap) "
    "SELECT m.id, ts_rank_cd(to_tsvector('english'::regconfig, m.text), q.tsq) AS rank "
    "FROM m, q ORDER BY rank DESC, m.id DESC LIMIT :n"
)
_PG_ANY = text(
    "WITH q AS (SELECT to_tsquery('english'::regconfig, :q) AS tsq), "
    "m AS (SELECT quotes.id, quotes.text FROM quotes, q "
    "WHERE to_tsvector('english'::regconfig, quotes.text) @@ q.tsq LIMIT :cap) "
    "SELECT m.id, ts_rank_cd(to_tsvector('english'::regconfig, m.text), q.tsq) AS rank "
    "FROM m, q ORDER BY rank DESC, m.id DESC LIMIT :n"
)
_PG_TRGM = text(
    "SELECT id, word_similarity(:q, text) AS rank FROM quotes WHERE :q <% text "
    "ORDER BY rank DESC, id DESC LIMIT :n"
)


def query_words(q: str) -> list[str]:
    """Distinct content words of a paste (letters and digits only), at most MAX_QUERY_WORDS."""
    out: dict[str, None] = {}
    for tok in _TOKEN.findall(q.casefold()):
        if len(tok) > 1 and tok not in STOPWORDS:
            out.setdefault(tok, None)
    return list(out)[:MAX_QUERY_WORDS]


def _leave_one_out(words: Sequence[str]) -> list[list[str]]:
    return [[w for j, w in enumerate(words) if j != i] for i in range(len(words))] if len(words) > 2 else []


def _fts5_all(words: Sequence[str]) -> str:
    return " AND ".join(f'"{w}"' for w in words)  # tokens are [^\W_]+: no quote to escape


async def candidates(
    session: AsyncSession, q: str, words: Sequence[str], enough: int, limit: int
) -> list[tuple[int, int, float]]:
    """(quote_id, tier, database rank) best first; tiers widen until `enough` ids are found."""
    postgres = session.get_bind().dialect.name == "postgresql"
    tiers: list[tuple[object, str]] = []
    if postgres:
        tiers.append((_PG_ALL, " ".join(words)))
        groups = _leave_one_out(words)
        if groups:
            tiers.append((_PG_ANY, " | ".join("(" + " & ".join(g) + ")" for g in groups)))
    else:
        tiers.append((_FTS5, _fts5_all(words)))
        groups = _leave_one_out(words)
        if groups:
            tiers.append((_FTS5, " OR ".join(f"({_fts5_all(g)})" for g in groups)))
    found: dict[int, tuple[int, float]] = {}
    for tier, (statement, match) in enumerate(tiers, start=1):
        rows = await session.execute(statement, {"q": match, "n": limit, "cap": MAX_RANKED})  # type: ignore[call-overload]
        for qid, rank in rows:
            found.setdefault(int(qid), (tier, float(rank)))
        if len(found) >= enough:
            break
    if not found:  # nothing in full text: typo tolerance
        if postgres:
            rows = await session.execute(_PG_TRGM, {"q": q, "n": limit})
        else:
            rows = await session.execute(_FTS5, {"q": " OR ".join(f'"{w}"' for w in words), "n": limit})
        for qid, rank in rows:
            found.setdefault(int(qid), (len(tiers) + 1, float(rank)))
    return [(qid, tier, rank) for qid, (tier, rank) in found.items()]


async def quotes_by_id(session: AsyncSession, ids: Sequence[int]) -> dict[int, Quote]:
    if not ids:
        return {}
    return {q.id: q for q in await session.scalars(select(Quote).where(Quote.id.in_(ids)))}
