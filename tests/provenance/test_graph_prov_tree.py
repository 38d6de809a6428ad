"""Relay graph, PROV export and terminal tree over an invented three-article story."""

from __future__ import annotations

import json

import msgspec
from prov.constants import PROV, PROV_ATTRIBUTION
from prov.model import ProvDerivation, ProvDocument, ProvRecord

from service.provenance.graph import ChainEntry, Occurrence, ProvenanceGraph, build_graph
from service.provenance.prov_export import to_prov_json, to_prov_turtle
from service.provenance.tree import render_tree

DUARTE = ChainEntry(role="speaker", name="Ana Duarte", type="person", cue="said")
MERIDIAN = ChainEntry(role="relay", name="Meridian News Agency", type="media", cue="according to")

OCCURRENCES = [
    Occurrence(article_id="herald-2", outlet="Carrow Herald", published_at="2025-03-05",
               url="https://herald.example/2", text="full backing",
               chain=(DUARTE, MERIDIAN, ChainEntry(role="publisher", name="Carrow Herald", type="media"))),
    Occurrence(article_id="meridian-1", outlet="Meridian News Agency", published_at="2025-03-04",
               url="https://meridian.example/1", text="fully back",
               chain=(ChainEntry(role="speaker", name="Finance Minister Ana Duarte", type="person"),)),
    Occurrence(article_id="post-3", outlet="Harbour Post", published_at="2025-03-06", text="fully back",
               chain=(DUARTE, ChainEntry(role="relay", name="Channel 9", type="media", cue="told"),
                      ChainEntry(role="relay", name="Meridian News Agency", cue="quoted"))),
    Occurrence(article_id="blog-0", text="fully back", chain=(DUARTE,)),  # undated: never "first"
]


PROV_QUOTATION = PROV["Quotation"]


def is_quotation(r: ProvRecord) -> bool:
    return isinstance(r, ProvDerivation) and PROV_QUOTATION in r.get_asserted_types()


def graph() -> ProvenanceGraph:
    return build_graph(OCCURRENCES)


def test_graph_merges_chains_by_entity_key() -> None:
    g = graph()
    assert g.speaker is not None
    assert g.speaker.key == "ana duarte"
    assert g.speaker.name == "Finance Minister Ana Duarte"  # longest surface name wins for display
    edges = {(e.source, e.target): e for e in g.edges}
    assert set(edges) == {
        ("meridian news agency", "ana duarte"),
        ("carrow herald", "meridian news agency"),
        ("channel 9", "ana duarte"),
        ("meridian news agency", "channel 9"),
        ("harbour post", "meridian news agency"),
    }
    # Meridian publishing its own story is one hop, not a self-loop
    assert edges[("meridian news agency", "ana duarte")].articles == ("herald-2", "meridian-1")
    assert edges[("carrow herald", "meridian news agency")].articles == ("herald-2",)
    assert "according to" in edges[("meridian news agency", "ana duarte")].cues


def test_first_appearance_and_order() -> None:
    g = graph()
    assert g.first is not None and g.first.article_id == "meridian-1"
    assert [a.article_id for a in g.appearances] == ["meridian-1", "herald-2", "post-3", "blog-0"]
    assert g.variants[0] == "fully back"
    post = next(a for a in g.appearances if a.article_id == "post-3")
    assert post.via == ("Channel 9", "Meridian News Agency")
    assert post.nearest == "harbour post"


def test_ties_on_date_break_by_article_id() -> None:
    occ = [Occurrence(article_id=i, published_at="2025-01-01", text="x", chain=(DUARTE,)) for i in ("b", "a")]
    g = build_graph(occ)
    assert g.first is not None and g.first.article_id == "a"


def test_output_round_trips_through_msgspec_with_schema_descriptions() -> None:
    g = graph()
    assert msgspec.json.decode(msgspec.json.encode(g), type=ProvenanceGraph) == g
    schema = json.dumps(msgspec.json.schema(ProvenanceGraph))
    assert "Earliest appearance by published_at" in schema


def test_empty_cluster() -> None:
    g = build_graph([])
    assert g.speaker is None and g.first is None and g.edges == ()


def test_prov_json_round_trips_with_quotation_attribution_derivation() -> None:
    text = to_prov_json(graph(), "duarte-backing")
    doc = ProvDocument.deserialize(content=text, format="json")
    records = list(doc.get_records())
    quotations = [r for r in records if is_quotation(r)]
    derivations = [r for r in records if isinstance(r, ProvDerivation) and not is_quotation(r)]
    assert any(r.get_type() == PROV_ATTRIBUTION for r in records)
    assert len(quotations) == len(graph().edges)
    assert len(derivations) == len(OCCURRENCES)
    data = json.loads(text)
    attributed = {v["prov:entity"]: v["prov:agent"] for v in data["wasAttributedTo"].values()}
    assert attributed["qt:duarte-backing/via/ana-duarte"] == "qt:agent/ana-duarte"
    quoted = {(v["prov:generatedEntity"], v["prov:usedEntity"]) for v in data["wasDerivedFrom"].values()
              if v.get("prov:type", {}).get("$") == "prov:Quotation"}
    assert ("qt:duarte-backing/via/carrow-herald", "qt:duarte-backing/via/meridian-news-agency") in quoted


def test_prov_turtle_round_trips() -> None:
    ttl = to_prov_turtle(graph(), "duarte-backing")
    assert "prov:wasQuotedFrom" in ttl and "prov:wasAttributedTo" in ttl and "prov:wasDerivedFrom" in ttl
    doc = ProvDocument.deserialize(content=ttl, format="rdf", rdf_format="turtle")
    records = list(doc.get_records())
    assert sum(1 for r in records if is_quotation(r)) == len(graph().edges)
    assert any(r.get_type() == PROV_ATTRIBUTION for r in records)


def test_tree_shows_speaker_relays_and_first_appearance() -> None:
    out = render_tree(graph(), "fully back")
    lines = out.splitlines()
    assert "fully back" in lines[0]
    assert "Finance Minister Ana Duarte" in out and "speaker" in out
    # the Herald sits under Meridian, which sits under the speaker
    i_mer = next(i for i, line in enumerate(lines) if "Meridian News Agency" in line)
    i_her = next(i for i, line in enumerate(lines) if "Carrow Herald" in line)
    assert i_her > i_mer
    assert lines[i_her].index("Carrow Herald") > lines[i_mer].index("Meridian News Agency")
    assert "first seen 2025-03-04 Meridian News Agency (meridian-1)" in out
    assert "\x1b[" not in out


def test_tree_without_speaker_does_not_loop() -> None:
    a = ChainEntry(role="relay", name="Baltica Wire")
    b = ChainEntry(role="relay", name="Continental Press")
    g = build_graph([Occurrence(article_id="1", text="w", chain=(a, b)),
                     Occurrence(article_id="2", text="w", chain=(b, a))])
    out = render_tree(g)
    assert "speaker unknown" in out
    assert out.count("Baltica Wire") >= 1
