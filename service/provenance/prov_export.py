"""A quote's provenance as W3C PROV, so other tools can consume it without knowing quotetrail.

Model: the speaker's utterance is an entity attributed to the speaker. Each reporter's version of
the words ("the words as Meridian carried them") is an entity attributed to the reporter and
`prov:wasQuotedFrom` the version it took them from, following the graph's edges. Each article is an
entity `prov:wasDerivedFrom` the version its publisher printed. Turtle output goes through the
`prov` package's RDF serializer, which needs rdflib (added as a dependency for that reason).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from service.provenance.graph import ProvenanceGraph

if TYPE_CHECKING:  # prov + rdflib cost ~0.6 s at import; only the PROV export endpoint needs them
    from prov.model import ProvDocument

NAMESPACE = "https://quotetrail.example/ns/"
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def _slug(text: str) -> str:
    return _UNSAFE.sub("-", text).strip("-") or "x"


def to_prov_document(graph: ProvenanceGraph, quote_id: str = "quote") -> ProvDocument:
    """Build the ProvDocument; the two serialisations below share it."""
    from prov.model import ProvDocument

    doc = ProvDocument()
    doc.add_namespace("qt", NAMESPACE)
    qid = _slug(quote_id)
    nodes = {n.key: n for n in graph.nodes}

    def agent_id(key: str) -> str:
        return f"qt:agent/{_slug(key)}"

    def words_id(key: str) -> str:
        return f"qt:{qid}/via/{_slug(key)}"

    for node in graph.nodes:
        doc.agent(agent_id(node.key), {"prov:label": node.name, "qt:entityType": node.type})
    if graph.speaker is not None:
        utterance = words_id(graph.speaker.key)
        label = graph.variants[0] if graph.variants else ""
        doc.entity(utterance, {"prov:label": label, "qt:role": "utterance"})
        doc.wasAttributedTo(utterance, agent_id(graph.speaker.key))
    carried: set[str] = set()
    for edge in graph.edges:
        for key in (edge.source, edge.target):
            if key in carried or (graph.speaker is not None and key == graph.speaker.key):
                continue
            carried.add(key)
            doc.entity(words_id(key), {"prov:label": f"words as carried by {nodes[key].name}"})
            doc.wasAttributedTo(words_id(key), agent_id(key))
        attrs = {"qt:articles": " ".join(edge.articles), "qt:cues": "; ".join(edge.cues)}
        doc.quotation(words_id(edge.source), words_id(edge.target), other_attributes=attrs)
    for app in graph.appearances:
        art = f"qt:article/{_slug(app.article_id)}"
        attrs = {"prov:label": app.text}
        if app.url:
            attrs["qt:url"] = app.url
        if app.published_at:
            attrs["qt:publishedAt"] = app.published_at
        doc.entity(art, attrs)
        if app.nearest is not None:
            if app.nearest not in {e.source for e in graph.edges} | {e.target for e in graph.edges}:
                doc.entity(words_id(app.nearest))  # a lone speaker with no relay and no outlet
            doc.wasDerivedFrom(art, words_id(app.nearest))
    return doc


def to_prov_json(graph: ProvenanceGraph, quote_id: str = "quote") -> str:
    """PROV-JSON text (W3C member submission format).

    PROV-JSON has no "wasQuotedFrom" section: a quotation is a "wasDerivedFrom" record whose
    prov:type is prov:Quotation, which is what `prov` writes and reads back.
    """
    return str(to_prov_document(graph, quote_id).serialize(format="json"))


def to_prov_turtle(graph: ProvenanceGraph, quote_id: str = "quote") -> str:
    """PROV-O in Turtle, with both the qualified and the plain form of each quotation.

    `prov` writes quotations only as prov:qualifiedQuotation nodes (they carry our article and cue
    attributes); the plain prov:wasQuotedFrom triple is added too, because it is what simple
    SPARQL queries and most PROV-O consumers look for.
    """
    doc = to_prov_document(graph, quote_id)
    import rdflib

    rdf = rdflib.Graph()
    rdf.parse(data=doc.serialize(format="rdf", rdf_format="turtle"), format="turtle")
    prov_ns = rdflib.Namespace("http://www.w3.org/ns/prov#")
    for subject, qualified in list(rdf.subject_objects(prov_ns.qualifiedQuotation)):
        for source in rdf.objects(qualified, prov_ns.entity):
            rdf.add((subject, prov_ns.wasQuotedFrom, source))
    rdf.bind("prov", prov_ns)
    rdf.bind("qt", rdflib.Namespace(NAMESPACE))
    return rdf.serialize(format="turtle")
