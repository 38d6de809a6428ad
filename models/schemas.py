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
MAX_ID = 2**63 - 1
"""Ids are BIGINT: larger values cannot name a row, so the schema rejects them (422)."""
Id = Annotated[int, Meta(ge=1, le=MAX_ID, description="Database id.", examples=[42])]
Offset = Annotated[int, Meta(ge=0)]
Start = Annotated[
    int, Meta(ge=0, description="Character offset of `text` in the article text.", examples=[1])
]
End = Annotated[
    int, Meta(ge=0, description="End offset (exclusive): article.text[start:end] == text.", examples=[22])
]
QuoteText = Annotated[
    str, Meta(description="The words inside the quotation marks.", examples=["We will not back down,"])
]
QuoteKind = Annotated[str, Meta(description="`full`, `partial` or `headline`.", examples=["full"])]
EntityName = Annotated[str, Meta(description="Fullest name the articles give.", examples=["Jane Smith"])]
EntityKind = Annotated[EntityType, Meta(description="What kind of entity this is.", examples=["person"])]
Role = Annotated[
    LinkRole,
    Meta(
        description="`speaker` (said it), `relay` (passed it on), or `publisher` (the outlet).",
        examples=["relay"],
    ),
]
StoredOutlet = Annotated[
    str | None, Meta(description="Publishing outlet; null if not given.", examples=["The Guardian"])
]
StoredUrl = Annotated[
    str | None,
    Meta(
        description="Canonical article URL; null if not given.",
        examples=["https://example.org/news/2024/05/01/smith"],
    ),
]
StoredTitle = Annotated[
    str | None, Meta(description="Headline; null if not given.", examples=["Smith vows to fight on"])
]
StoredByline = Annotated[
    str | None, Meta(description="Author line as printed; null if not given.", examples=["By Ann Lee"])
]
StoredLanguage = Annotated[
    str | None, Meta(description="BCP 47 language tag; null if not given.", examples=["en"])
]
PublishedTime = Annotated[
    datetime | None,
    Meta(
        description="Publication time (UTC); null when the article gave none.",
        examples=["2024-05-01T09:30:00Z"],
    ),
]
CreatedTime = Annotated[
    datetime, Meta(description="When quotetrail stored the article.", examples=["2024-05-02T08:00:00Z"])
]
Count = Annotated[int, Meta(ge=0, examples=[3])]
Confidence = Annotated[
    float, Meta(ge=0.0, le=1.0, description="Attribution confidence, 0..1.", examples=[0.92])
]
Cue = Annotated[
    str | None, Meta(description="The verb or phrase that attributes the words.", examples=["said"])
]
NextCursor = Annotated[
    str | None,
    Meta(
        description="Opaque cursor for the next page (pass as `cursor`); null on the last page.",
        examples=["eyJ2IjoxLCJrIjpbIjIwMjQtMDUtMDEiLDQyXX0"],
    ),
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
    name: EntityName
    type: EntityKind


class ChainLinkOut(msgspec.Struct, frozen=True, kw_only=True):
    """One hop of a quote's provenance chain."""

    role: Role
    entity: EntityRef
    cue: Cue = None


class QuoteOut(msgspec.Struct, frozen=True, kw_only=True):
    """A stored quote."""

    id: Id
    article_id: Id
    text: QuoteText
    start: Start
    end: End
    kind: QuoteKind
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
            description="Quotes with the same cluster_id are the same words reported by different articles.",
            examples=[17],
        ),
    ]


class ArticleSummary(msgspec.Struct, frozen=True, kw_only=True):
    """An article without its text and quotes, for listings."""

    id: Id
    outlet: StoredOutlet
    url: StoredUrl
    title: StoredTitle
    byline: StoredByline
    language: StoredLanguage
    published_at: PublishedTime
    created_at: CreatedTime
    quote_count: Annotated[Count, Meta(description="Quotes found in the article.")]


class ArticleOut(msgspec.Struct, frozen=True, kw_only=True):
    """A stored article with its text and every quote found in it."""

    id: Id
    outlet: StoredOutlet
    url: StoredUrl
    title: StoredTitle
    byline: StoredByline
    language: StoredLanguage
    published_at: PublishedTime
    created_at: CreatedTime
    text: ArticleText
    quotes: Annotated[list[QuoteOut], Meta(description="Every quote found in `text`, in text order.")]


class ArticlePage(msgspec.Struct, frozen=True, kw_only=True):
    """A page of articles, newest first."""

    items: Annotated[list[ArticleSummary], Meta(description="Up to `limit` articles.")]
    next_cursor: NextCursor = None


class QuotePage(msgspec.Struct, frozen=True, kw_only=True):
    """A page of quotes, newest first."""

    items: Annotated[list[QuoteOut], Meta(description="Up to `limit` quotes.")]
    next_cursor: NextCursor = None


class EntityOut(msgspec.Struct, frozen=True, kw_only=True):
    """A speaker or source with every surface name it was seen under."""

    id: Id
    name: EntityName
    type: EntityKind
    aliases: Annotated[
        list[str],
        Meta(description="Surface names seen in articles, sorted.", examples=[["Jane Smith", "Smith"]]),
    ]
    quote_count: Annotated[Count, Meta(description="Quotes this entity is the speaker of.")]
    relay_count: Annotated[Count, Meta(description="Chain links where this entity relayed a quote.")]


class EntityPage(msgspec.Struct, frozen=True, kw_only=True):
    """A page of entities, by name."""

    items: Annotated[list[EntityOut], Meta(description="Up to `limit` entities.")]
    next_cursor: NextCursor = None


class PreviewEntity(msgspec.Struct, frozen=True, kw_only=True):
    """An entity as the engine named it; not stored, so no id."""

    name: EntityName
    type: EntityKind


class PreviewLink(msgspec.Struct, frozen=True, kw_only=True):
    """One hop of a previewed quote's chain."""

    role: Role
    entity: PreviewEntity
    cue: Cue = None


class PreviewQuote(msgspec.Struct, frozen=True, kw_only=True):
    """A quote found by POST /v1/extract: like a stored quote minus the ids."""

    text: QuoteText
    start: Start
    end: End
    kind: QuoteKind
    speaker: Annotated[PreviewEntity | None, Meta(description="Who said it; null when unattributed.")]
    cue: Cue
    confidence: Confidence
    chain: Annotated[
        list[PreviewLink],
        Meta(description="From the original speaker through each relay to the publishing outlet."),
    ]


class ExtractOut(msgspec.Struct, frozen=True, kw_only=True):
    """What POST /v1/articles would store for this body, without storing it."""

    quotes: Annotated[list[PreviewQuote], Meta(description="The quotes found, in text order.")]


class Health(msgspec.Struct, frozen=True, kw_only=True):
    """The process answers (it says nothing about the database: see /ready)."""

    status: Annotated[str, Meta(description="Always `ok` when the process answers.", examples=["ok"])]
    engine: Annotated[Literal["compiled", "interpreted"], Meta(
        description="Which build of the attribution engine this process runs: `compiled` (mypyc, the "
                    "production build, about twice as fast) or `interpreted` (the Python source).",
        examples=["compiled"])] = "interpreted"


class Readiness(msgspec.Struct, frozen=True, kw_only=True):
    """The database answers; which one, and at which schema revision."""

    status: Annotated[str, Meta(description="`ok` when the database answered.", examples=["ok"])]
    database: Annotated[str, Meta(description="Database backend in use.", examples=["postgresql"])]
    schema_revision: Annotated[
        str | None,
        Meta(description="Alembic revision of the database; null if unmigrated.", examples=["0003"]),
    ]
