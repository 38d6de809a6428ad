from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.entity_ref import EntityRef
    from ..models.graph_edge import GraphEdge
    from ..models.graph_node import GraphNode
    from ..models.occurrence_out import OccurrenceOut


T = TypeVar("T", bound="ProvenanceOut")


@_attrs_define
class ProvenanceOut:
    """Where a quote came from: its cluster across articles and the merged relay graph.

    Attributes:
        cluster_id (int | None): The quote's cluster; null if it was never clustered.
        edges (list[GraphEdge]): "source reported target's words", with the articles.
        first (None | OccurrenceOut): The earliest known appearance.
        nodes (list[GraphNode]): Entities of the relay graph, merged over all occurrences.
        occurrences (list[OccurrenceOut]): Every printing, earliest first (undated last).
        quote_id (int): Database id.
        speaker (EntityRef | None): Who said the words; null if no article says.
        variants (list[str]): Distinct printed forms, most common first.
    """

    cluster_id: int | None
    edges: list[GraphEdge]
    first: None | OccurrenceOut
    nodes: list[GraphNode]
    occurrences: list[OccurrenceOut]
    quote_id: int
    speaker: EntityRef | None
    variants: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.entity_ref import EntityRef  # noqa: PLC0415
        from ..models.occurrence_out import OccurrenceOut  # noqa: PLC0415

        cluster_id: int | None
        cluster_id = self.cluster_id

        edges = []
        for edges_item_data in self.edges:
            edges_item = edges_item_data.to_dict()
            edges.append(edges_item)

        first: dict[str, Any] | None
        if isinstance(self.first, OccurrenceOut):
            first = self.first.to_dict()
        else:
            first = self.first

        nodes = []
        for nodes_item_data in self.nodes:
            nodes_item = nodes_item_data.to_dict()
            nodes.append(nodes_item)

        occurrences = []
        for occurrences_item_data in self.occurrences:
            occurrences_item = occurrences_item_data.to_dict()
            occurrences.append(occurrences_item)

        quote_id = self.quote_id

        speaker: dict[str, Any] | None
        if isinstance(self.speaker, EntityRef):
            speaker = self.speaker.to_dict()
        else:
            speaker = self.speaker

        variants = self.variants

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cluster_id": cluster_id,
                "edges": edges,
                "first": first,
                "nodes": nodes,
                "occurrences": occurrences,
                "quote_id": quote_id,
                "speaker": speaker,
                "variants": variants,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_ref import EntityRef  # noqa: PLC0415
        from ..models.graph_edge import GraphEdge  # noqa: PLC0415
        from ..models.graph_node import GraphNode  # noqa: PLC0415
        from ..models.occurrence_out import OccurrenceOut  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_cluster_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        cluster_id = _parse_cluster_id(d.pop("cluster_id"))

        edges = []
        _edges = d.pop("edges")
        for edges_item_data in _edges:
            edges_item = GraphEdge.from_dict(edges_item_data)

            edges.append(edges_item)

        def _parse_first(data: object) -> None | OccurrenceOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                first_type_0 = OccurrenceOut.from_dict(data)

                return first_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OccurrenceOut, data)

        first = _parse_first(d.pop("first"))

        nodes = []
        _nodes = d.pop("nodes")
        for nodes_item_data in _nodes:
            nodes_item = GraphNode.from_dict(nodes_item_data)

            nodes.append(nodes_item)

        occurrences = []
        _occurrences = d.pop("occurrences")
        for occurrences_item_data in _occurrences:
            occurrences_item = OccurrenceOut.from_dict(occurrences_item_data)

            occurrences.append(occurrences_item)

        quote_id = d.pop("quote_id")

        def _parse_speaker(data: object) -> EntityRef | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                speaker_type_0 = EntityRef.from_dict(data)

                return speaker_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityRef | None, data)

        speaker = _parse_speaker(d.pop("speaker"))

        variants = cast(list[str], d.pop("variants"))

        provenance_out = cls(
            cluster_id=cluster_id,
            edges=edges,
            first=first,
            nodes=nodes,
            occurrences=occurrences,
            quote_id=quote_id,
            speaker=speaker,
            variants=variants,
        )

        provenance_out.additional_properties = d
        return provenance_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
