"""API bodies of the provenance lookups: a quote's cluster and relay graph, search hits, an
entity's quotes and relays, and entity merges.

Separate from `models.schemas` because these describe derived answers (graphs, rankings,
history), not stored rows; they reuse its `EntityRef`, `ChainLinkOut` and `QuoteOut`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import msgspec
from msgspec import Meta

from models.schemas import ChainLinkOut, EntityRef, Id, LinkRole, QuoteOut


class OccurrenceOut(msgspec.Struct, frozen=True, kw_only=True):
    """One article's printing of the quote."""

    quote_id: Id
    article_id: Id
    outlet: Annotated[str | None, Meta(description="Publishing outlet.", examples=["Carrow Herald"])]
    url: Annotated[
        str | None, Meta(description="Article URL.", examples=["https://example.org/herald/carter"])
    ]
    title: Annotated[
        str | None, Meta(description="Article headline.", examples=["Bridges by spring, says Carter"])
    ]
    published_at: Annotated[
        datetime | None, Meta(description="Publication time (UTC).", examples=["2024-05-01T09:30:00Z"])
    ]
    text: Annotated[
        str,
        Meta(
            description="The words exactly as this article prints them.",
            examples=["Every bridge will be rebuilt by spring,"],
        ),
    ]
    chain: Annotated[
        list[ChainLinkOut],
        Meta(description="Speaker, then each relay, then the publisher, as this article shows."),
    ]


class GraphNode(msgspec.Struct, frozen=True, kw_only=True):
    """An entity in the relay graph."""

    key: Annotated[
        str, Meta(description="Node key, unique in the graph; edges refer to it.", examples=["reuters"])
    ]
    name: Annotated[str, Meta(description="Display name.", examples=["Reuters"])]
    entity: Annotated[
        EntityRef | None,
        Meta(description="The stored entity; null for an outlet that only appears as an article's outlet."),
    ]
    roles: Annotated[list[LinkRole], Meta(description="Roles the entity plays across the occurrences.")]
    article_ids: Annotated[
        list[int], Meta(description="Articles in which the entity appears in the chain.", examples=[[42, 43]])
    ]


class GraphEdge(msgspec.Struct, frozen=True, kw_only=True):
    """`source` reported `target`'s words (target is nearer the speaker)."""

    source: Annotated[str, Meta(description="Key of the reporting node.", examples=["carrow herald"])]
    target: Annotated[str, Meta(description="Key of the node whose words it reported.", examples=["reuters"])]
    cues: Annotated[
        list[str], Meta(description="Link phrases seen for this edge.", examples=[["according to"]])
    ]
    article_ids: Annotated[list[int], Meta(description="Articles that show this edge.", examples=[[42]])]


class ProvenanceOut(msgspec.Struct, frozen=True, kw_only=True):
    """Where a quote came from: its cluster across articles and the merged relay graph."""

    quote_id: Id
    cluster_id: Annotated[
        int | None, Meta(description="The quote's cluster; null if it was never clustered.", examples=[17])
    ]
    speaker: Annotated[EntityRef | None, Meta(description="Who said the words; null if no article says.")]
    occurrences: Annotated[
        list[OccurrenceOut], Meta(description="Every printing, earliest first (undated last).")
    ]
    first: Annotated[OccurrenceOut | None, Meta(description="The earliest known appearance.")]
    variants: Annotated[
        list[str],
        Meta(
            description="Distinct printed forms, most common first.",
            examples=[["Every bridge will be rebuilt by spring,", "every bridge will be rebuilt"]],
        ),
    ]
    nodes: Annotated[
        list[GraphNode], Meta(description="Entities of the relay graph, merged over all occurrences.")
    ]
    edges: Annotated[
        list[GraphEdge], Meta(description='"source reported target\'s words", with the articles.')
    ]


class Highlight(msgspec.Struct, frozen=True, kw_only=True):
    """A span of the hit's text that matches the query: text[start:end]."""

    start: Annotated[int, Meta(ge=0, description="Start offset in `text`.", examples=[6])]
    end: Annotated[int, Meta(ge=0, description="End offset in `text` (exclusive).", examples=[12])]


class SearchHit(msgspec.Struct, frozen=True, kw_only=True):
    """A stored quote matching the pasted words."""

    quote_id: Id
    cluster_id: Annotated[
        int | None,
        Meta(description="Its cluster: pass quote_id to /provenance for the story.", examples=[17]),
    ]
    text: Annotated[
        str, Meta(description="The quote as stored.", examples=["Every bridge will be rebuilt by spring,"])
    ]
    speaker: Annotated[EntityRef | None, Meta(description="Who said it.")]
    article_id: Id
    outlet: Annotated[
        str | None, Meta(description="Publishing outlet of this occurrence.", examples=["Carrow Herald"])
    ]
    published_at: Annotated[
        datetime | None, Meta(description="Publication time (UTC).", examples=["2024-05-01T09:30:00Z"])
    ]
    score: Annotated[float, Meta(ge=0, le=100, description="Match quality, 0..100.", examples=[92.5])]
    highlights: Annotated[list[Highlight], Meta(description="Matching spans of `text`.")]


class SearchResults(msgspec.Struct, frozen=True, kw_only=True):
    """Quotes matching the query, best first (one per cluster unless `per_cluster=false`)."""

    query: Annotated[str, Meta(description="The query as received.", examples=["bridge rebuilt"])]
    items: Annotated[list[SearchHit], Meta(description="Hits, best first.")]


class EntityQuote(msgspec.Struct, frozen=True, kw_only=True):
    """A quote by the entity, with where and when it was printed."""

    quote: QuoteOut
    outlet: Annotated[str | None, Meta(description="Publishing outlet.", examples=["Carrow Herald"])]
    published_at: Annotated[
        datetime | None, Meta(description="Publication time (UTC).", examples=["2024-05-01T09:30:00Z"])
    ]


class EntityQuotes(msgspec.Struct, frozen=True, kw_only=True):
    """What this person or body said, newest first (by publication time, undated last)."""

    entity: EntityRef
    items: Annotated[list[EntityQuote], Meta(description="Up to `limit` quotes, newest first.")]
    next_offset: Annotated[
        int | None, Meta(description="`offset` for the next page; null on the last.", examples=[50])
    ] = None


class RelayedSpeaker(msgspec.Struct, frozen=True, kw_only=True):
    """A speaker whose words the source carried."""

    speaker: Annotated[EntityRef | None, Meta(description="The speaker; null for unattributed quotes.")]
    quote_count: Annotated[
        int, Meta(ge=0, description="Quotes of this speaker the source relayed.", examples=[5])
    ]
    cluster_count: Annotated[
        int, Meta(ge=0, description="Distinct statements (clusters) among them.", examples=[3])
    ]
    latest_quote_id: Id


class EntityRelays(msgspec.Struct, frozen=True, kw_only=True):
    """Whose words this source carried, most relayed first."""

    entity: EntityRef
    items: Annotated[list[RelayedSpeaker], Meta(description="Speakers, most relayed first.")]


class MergeIn(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """Merge the path entity into `into` (the surviving entity)."""

    into: Annotated[
        int, Meta(ge=1, le=2**63 - 1, description="Id of the entity that survives.", examples=[7])
    ]
    merged_by: (
        Annotated[
            str, Meta(max_length=200, description="Who asked for the merge.", examples=["desk@example.org"])
        ]
        | None
    ) = None
    reason: (
        Annotated[str, Meta(max_length=2000, description="Why, for the history.", examples=["same person"])]
        | None
    ) = None


class MergeOut(msgspec.Struct, frozen=True, kw_only=True):
    """One recorded merge."""

    id: Id
    merged: Annotated[EntityRef, Meta(description="The entity folded away (its id now resolves to `into`).")]
    into: Annotated[EntityRef, Meta(description="The surviving entity.")]
    merged_by: Annotated[
        str | None, Meta(description="Who asked for the merge, as given.", examples=["desk@example.org"])
    ]
    reason: Annotated[str | None, Meta(description="Why, as given.", examples=["same person"])]
    merged_at: Annotated[
        datetime, Meta(description="When the merge was recorded.", examples=["2024-05-03T12:00:00Z"])
    ]
    moved_quotes: Annotated[int, Meta(ge=0, description="Quotes whose speaker was repointed.", examples=[4])]
    moved_links: Annotated[int, Meta(ge=0, description="Chain links repointed.", examples=[2])]
    moved_aliases: Annotated[int, Meta(ge=0, description="Aliases moved to the survivor.", examples=[1])]


class EntityResolution(msgspec.Struct, frozen=True, kw_only=True):
    """Where an entity id leads: itself, or the entity it was merged into."""

    requested_id: Id
    entity: Annotated[EntityRef, Meta(description="The surviving entity.")]
    merged: Annotated[
        bool, Meta(description="True when `requested_id` was merged into `entity`.", examples=[True])
    ]
    history: Annotated[list[MergeOut], Meta(description="Merges into or out of the requested entity.")]
