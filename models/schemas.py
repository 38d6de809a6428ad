"""API v1 request and response bodies.

Every field carries a description (and where useful an example) through `msgspec.Meta`, because
litestar copies those into the OpenAPI schema and the schema is the documentation newsroom tool
authors read. Responses are frozen: they are built once from stored rows and never edited.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

import msgspec
from msgspec import Meta

EntityType = Literal["person", "organization", "government", "media", "unknown"]
LinkRole = Literal["speaker", "relay", "publisher"]

ArticleText = Annotated[
    str,
    Meta(
        min_length=1,
        description="The full article text. Quote offsets in responses index into exactly this string.",
        examples=['"We will not back down," Prime Minister Jane Smith told Reuters on Monday.'],
    ),
]
Outlet = Annotated[str, Meta(max_length=300, description="Publishing outlet.", examples=["The Guardian"])]
Url = Annotated[
    str,
    Meta(
        min_length=1,
        max_length=2048,
        description="Canonical article URL; unique.",
        examples=["https://example.org/news/2024/05/01/smith"],
    ),
]
Title = Annotated[str, Meta(max_length=2000, description="Headline.", examples=["Smith vows to fight on"])]
PublishedAt = Annotated[
    str,
    Meta(
        max_length=64,
        description="Publication time, ISO 8601 date or date-time; without a zone it is taken as UTC.",
        examples=["2024-05-01T09:30:00Z"],
    ),
]
Byline = Annotated[str, Meta(max_length=2000, description="Author line as printed.", examples=["By Ann Lee"])]
Language = Annotated[str, Meta(max_length=35, description="BCP 47 language tag.", examples=["en"])]
Id = Annotated[int, Meta(ge=1, description="Database id.", examples=[42])]
Offset = Annotated[int, Meta(ge=0)]
Confidence = Annotated[
    float, Meta(ge=0.0, le=1.0, description="Attribution confidence, 0..1.", examples=[0.92])
]
Cue = Annotated[
    str | None, Meta(description="The verb or phrase that attributes the words.", examples=["said"])
]
NextCursor = Annotated[
    str | None, Meta(description="Opaque cursor for the next page (pass as `cursor`); null on the last page.")
]


class ArticleIn(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """An article to extract quotes from. Only `text` is required."""

    text: ArticleText
    outlet: Outlet | None = None
    url: Url | None = None
    title: Title | None = None
    published_at: PublishedAt | None = None
    byline: Byline | None = None
    language: Language | None = None


class EntityRef(msgspec.Struct, frozen=True, kw_only=True):
    """A speaker or source, as stored: look it up with GET /v1/entities/{id}."""

    id: Id
    name: Annotated[str, Meta(description="Fullest name the articles give.", examples=["Jane Smith"])]
    type: Annotated[EntityType, Meta(description="What kind of entity this is.")]


class ChainLinkOut(msgspec.Struct, frozen=True, kw_only=True):
    """One hop of a quote's provenance chain."""

    role: Annotated[
        LinkRole,
        Meta(description="`speaker` (said it), `relay` (passed it on), or `publisher` (the outlet)."),
    ]
    entity: EntityRef
    cue: Cue = None


class QuoteOut(msgspec.Struct, frozen=True, kw_only=True):
    """A stored quote."""

    id: Id
    article_id: Id
    text: Annotated[str, Meta(description="The words inside the quotation marks.")]
    start: Annotated[Offset, Meta(description="Character offset of `text` in the article text.")]
    end: Annotated[Offset, Meta(description="End offset (exclusive): article.text[start:end] == text.")]
    kind: Annotated[str, Meta(description="`full`, `partial` or `headline`.", examples=["full"])]
    speaker: Annotated[EntityRef | None, Meta(description="Who said it; null when unattributed.")]
    cue: Cue
    confidence: Confidence
    chain: Annotated[
        list[ChainLinkOut],
        Meta(description="From the original speaker through each relay to the publishing outlet."),
    ]
    cluster_id: Annotated[
        int | None,
        Meta(
            description="Quotes with the same cluster_id are the same words reported by different articles."
        ),
    ]


class ArticleSummary(msgspec.Struct, frozen=True, kw_only=True):
    """An article without its text and quotes, for listings."""

    id: Id
    outlet: str | None
    url: str | None
    title: str | None
    byline: str | None
    language: str | None
    published_at: Annotated[datetime | None, Meta(description="Publication time (UTC).")]
    created_at: Annotated[datetime, Meta(description="When quotetrail stored the article.")]
    quote_count: Annotated[int, Meta(ge=0, description="Quotes found in the article.")]


class ArticleOut(msgspec.Struct, frozen=True, kw_only=True):
    """A stored article with its text and every quote found in it."""

    id: Id
    outlet: str | None
    url: str | None
    title: str | None
    byline: str | None
    language: str | None
    published_at: Annotated[datetime | None, Meta(description="Publication time (UTC).")]
    created_at: Annotated[datetime, Meta(description="When quotetrail stored the article.")]
    text: str
    quotes: list[QuoteOut]


class ArticlePage(msgspec.Struct, frozen=True, kw_only=True):
    """A page of articles, newest first."""

    items: list[ArticleSummary]
    next_cursor: NextCursor = None


class QuotePage(msgspec.Struct, frozen=True, kw_only=True):
    """A page of quotes, newest first."""

    items: list[QuoteOut]
    next_cursor: NextCursor = None


class EntityOut(msgspec.Struct, frozen=True, kw_only=True):
    """A speaker or source with every surface name it was seen under."""

    id: Id
    name: str
    type: EntityType
    aliases: Annotated[list[str], Meta(description="Surface names seen in articles, sorted.")]
    quote_count: Annotated[int, Meta(ge=0, description="Quotes this entity is the speaker of.")]
    relay_count: Annotated[int, Meta(ge=0, description="Chain links where this entity relayed a quote.")]


class EntityPage(msgspec.Struct, frozen=True, kw_only=True):
    items: list[EntityOut]
    next_cursor: NextCursor = None


class PreviewEntity(msgspec.Struct, frozen=True, kw_only=True):
    """An entity as the engine named it; not stored, so no id."""

    name: str
    type: EntityType


class PreviewLink(msgspec.Struct, frozen=True, kw_only=True):
    role: LinkRole
    entity: PreviewEntity
    cue: Cue = None


class PreviewQuote(msgspec.Struct, frozen=True, kw_only=True):
    """A quote found by POST /v1/extract: like a stored quote minus the ids."""

    text: str
    start: Offset
    end: Offset
    kind: str
    speaker: PreviewEntity | None
    cue: Cue
    confidence: Confidence
    chain: list[PreviewLink]


class ExtractOut(msgspec.Struct, frozen=True, kw_only=True):
    quotes: list[PreviewQuote]


class Health(msgspec.Struct, frozen=True, kw_only=True):
    status: Annotated[str, Meta(examples=["ok"])]


class Readiness(msgspec.Struct, frozen=True, kw_only=True):
    status: Annotated[str, Meta(examples=["ok"])]
    database: Annotated[str, Meta(description="Database backend in use.", examples=["postgresql"])]
    schema_revision: Annotated[str | None, Meta(description="Alembic revision of the database.")]
