"""The engine's output vocabulary.

These Structs are the one contract between the engine and everything that consumes it (API, CLI,
storage, provenance). They carry exact character offsets into the caller's text, never into a
normalised copy, so a consumer can always cut the quote back out of the article it stored.
"""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec

EntityType = Literal["person", "organization", "government", "media", "unknown"]
QuoteKind = Literal["full", "partial", "headline"]
LinkRole = Literal["speaker", "relay", "publisher"]

Confidence = Annotated[float, msgspec.Meta(ge=0.0, le=1.0)]


class Entity(msgspec.Struct, frozen=True, kw_only=True):
    """A speaker or source as the article names it, resolved to its fullest in-article name."""

    name: str
    type: EntityType = "unknown"
    aliases: tuple[str, ...] = ()
    """Other surface forms the article used for the same entity ("Kim", "the North Korean leader")."""


class ChainLink(msgspec.Struct, frozen=True, kw_only=True):
    role: LinkRole
    entity: Entity
    cue: str | None = None
    """The verb or phrase that creates this link ("said", "told", "according to", "reported")."""


class Quote(msgspec.Struct, frozen=True, kw_only=True):
    text: str
    """The words inside the marks, exactly text[start:end]."""
    start: int
    end: int
    kind: QuoteKind
    speaker: Entity | None
    cue: str | None
    confidence: Confidence
    chain: tuple[ChainLink, ...] = ()
    """Speaker first, then each relay nearest the speaker first, then the publisher when known."""


class ArticleMeta(msgspec.Struct, frozen=True, kw_only=True):
    """What the caller knows about the article besides its text; all optional."""

    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    byline: str | None = None
    published_at: str | None = None
    language: str | None = None
