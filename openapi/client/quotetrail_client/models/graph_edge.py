from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GraphEdge")


@_attrs_define
class GraphEdge:
    """`source` reported `target`'s words (target is nearer the speaker).

    Attributes:
        article_ids (list[int]): Articles that show this edge.
        cues (list[str]): Link phrases seen for this edge.
        source (str): Key of the reporting node.
        target (str): Key of the node whose words it reported.
    """

    article_ids: list[int]
    cues: list[str]
    source: str
    target: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article_ids = self.article_ids

        cues = self.cues

        source = self.source

        target = self.target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "article_ids": article_ids,
                "cues": cues,
                "source": source,
                "target": target,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        article_ids = cast(list[int], d.pop("article_ids"))

        cues = cast(list[str], d.pop("cues"))

        source = d.pop("source")

        target = d.pop("target")

        graph_edge = cls(
            article_ids=article_ids,
            cues=cues,
            source=source,
            target=target,
        )

        graph_edge.additional_properties = d
        return graph_edge

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
