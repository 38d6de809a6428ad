"""The merged relay graph of one quote cluster: who said it, who passed it on, who first printed it.

Each article only shows one path (speaker -> agency -> newspaper); the story of a quote is the
union of those paths. Nodes are entities keyed by `entity_key`, so "AP" in one article and "The
Associated Press" in another are one node; each edge remembers the articles that show it, which is
what lets a reader check the claim. Pure: the API converts its rows into `Occurrence`s and may
return `ProvenanceGraph` as is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Literal

import msgspec

from service.provenance.entities import entity_key

Role = Literal["speaker", "relay", "publisher"]


def D(text: str) -> msgspec.Meta:
    """Field description for the OpenAPI schema the API derives from these Structs."""
    return msgspec.Meta(description=text)


class ChainEntry(msgspec.Struct, frozen=True, kw_only=True):
    role: Annotated[Role, D("speaker, relay, or publisher (the outlet of the article)")]
    name: Annotated[str, D("Entity name as the article gives it, fullest form")]
    type: Annotated[str, D("person, organization, government, media or unknown")] = (
        "unknown")
    cue: Annotated[str | None, D('Verb or phrase creating this link ("said", "told", "according to")')] = None


class Occurrence(msgspec.Struct, frozen=True, kw_only=True):
    article_id: Annotated[str, D("Stable id of the article carrying the quote")]
    text: Annotated[str, D("The quote's words as this article prints them")]
    chain: Annotated[tuple[ChainEntry, ...], D(
        "Speaker first, then relays nearest the speaker first, then the publisher if known")] = ()
    outlet: Annotated[str | None, D("Publishing outlet")] = None
    published_at: Annotated[str | None, D("ISO date or datetime of publication")] = None
    url: Annotated[str | None, D("Article URL")] = None


class Node(msgspec.Struct, frozen=True, kw_only=True):
    key: Annotated[str, D("entity_key of the entity; unique within the graph")]
    name: Annotated[str, D("Display name: the longest surface name seen")]
    type: Annotated[str, D("Entity type, the most specific one seen")]
    roles: Annotated[tuple[Role, ...], D("Roles this entity plays in the cluster")]
    articles: Annotated[tuple[str, ...], D("Articles in which the entity appears")]


class Edge(msgspec.Struct, frozen=True, kw_only=True):
    source: Annotated[str, D("Key of the entity that reported the words")]
    target: Annotated[str, D("Key of the entity it reported them from (nearer the speaker)")]
    cues: Annotated[tuple[str, ...], D("Link phrases seen for this edge")]
    articles: Annotated[tuple[str, ...], D("Articles that show this edge")]


class Appearance(msgspec.Struct, frozen=True, kw_only=True):
    article_id: str
    text: Annotated[str, D("The quote variant printed in this article")]
    outlet: str | None = None
    published_at: str | None = None
    url: str | None = None
    via: Annotated[tuple[str, ...], D("Relay names, speaker's side first")] = ()
    nearest: Annotated[str | None, D(
        "Key of the entity the reader got the words from (publisher, else last relay)")] = None


class ProvenanceGraph(msgspec.Struct, frozen=True, kw_only=True):
    speaker: Annotated[Node | None, D("Who said the words; None if no article says")]
    nodes: tuple[Node, ...]
    edges: Annotated[tuple[Edge, ...], D('"source reported target\'s words"')]
    first: Annotated[Appearance | None, D(
        "Earliest appearance by published_at (undated last), ties broken by article id")]
    appearances: Annotated[tuple[Appearance, ...], D("All appearances, earliest first")]
    variants: Annotated[tuple[str, ...], D("Distinct printed forms, most common first")]


_TYPE_RANK = {"unknown": 0, "organization": 1, "government": 2, "media": 2, "person": 2}


def _path(occ: Occurrence) -> list[ChainEntry]:
    """The occurrence's chain, with the outlet appended as publisher when the chain lacks one."""
    path = [c for c in occ.chain if c.name.strip()]
    if occ.outlet and not any(c.role == "publisher" for c in path):
        path.append(ChainEntry(role="publisher", name=occ.outlet, type="media"))
    return path


def _when(a: Appearance) -> tuple[int, str, str]:
    return (0 if a.published_at else 1, a.published_at or "", a.article_id)


def build_graph(
    occurrences: Sequence[Occurrence], key_memo: dict[str, str] | None = None
) -> ProvenanceGraph:
    """Merge the occurrences' chains into one graph; edges point from reporter to its source.

    `key_memo` (name -> entity_key) is filled as names are keyed, so a caller can key more names of
    this graph without normalising any name twice; a cluster repeats the same few names in every
    occurrence and entity_key is the costliest step here (~15 us a name)."""
    memo: dict[str, str] = {} if key_memo is None else key_memo

    def key_of(name: str) -> str:
        key = memo.get(name)
        if key is None:
            key = memo[name] = entity_key(name)
        return key

    names: dict[str, str] = {}
    types: dict[str, str] = {}
    roles: dict[str, list[Role]] = {}
    node_articles: dict[str, list[str]] = {}
    edges: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
    speaker_votes: dict[str, int] = {}
    appearances: list[Appearance] = []
    variant_count: dict[str, int] = {}

    for occ in occurrences:
        path = _path(occ)
        keys: list[str] = []
        for link in path:
            key = key_of(link.name)
            if not key:
                continue
            if len(link.name) > len(names.get(key, "")):
                names[key] = link.name
            if _TYPE_RANK.get(link.type, 0) > _TYPE_RANK.get(types.get(key, "unknown"), 0):
                types[key] = link.type
            types.setdefault(key, link.type)
            if link.role not in roles.setdefault(key, []):
                roles[key].append(link.role)
            if occ.article_id not in node_articles.setdefault(key, []):
                node_articles[key].append(occ.article_id)
            if link.role == "speaker":
                speaker_votes[key] = speaker_votes.get(key, 0) + 1
            # An outlet that is also the last relay ("..., according to Reuters" in a Reuters
            # story) is one hop, not a self-loop.
            if keys and keys[-1] == key:
                continue
            if keys:
                cues, arts = edges.setdefault((key, keys[-1]), ([], []))
                if link.cue and link.cue not in cues:
                    cues.append(link.cue)
                if occ.article_id not in arts:
                    arts.append(occ.article_id)
            keys.append(key)
        appearances.append(Appearance(
            article_id=occ.article_id, text=occ.text, outlet=occ.outlet, published_at=occ.published_at,
            url=occ.url, via=tuple(names.get(key_of(c.name), c.name) for c in path if c.role == "relay"),
            nearest=keys[-1] if keys else None))
        variant_count[occ.text] = variant_count.get(occ.text, 0) + 1

    nodes = {k: Node(key=k, name=names[k], type=types.get(k, "unknown"), roles=tuple(roles[k]),
                     articles=tuple(sorted(node_articles[k]))) for k in names}
    speaker_key = max(speaker_votes, key=lambda k: (speaker_votes[k], k)) if speaker_votes else None
    appearances.sort(key=_when)
    return ProvenanceGraph(
        speaker=nodes[speaker_key] if speaker_key else None,
        nodes=tuple(nodes[k] for k in sorted(nodes)),
        edges=tuple(Edge(source=s, target=t, cues=tuple(c), articles=tuple(sorted(a)))
                    for (s, t), (c, a) in sorted(edges.items())),
        first=appearances[0] if appearances else None,
        appearances=tuple(appearances),
        variants=tuple(sorted(variant_count, key=lambda v: (-variant_count[v], v))),
    )
