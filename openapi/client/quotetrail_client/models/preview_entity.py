from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preview_entity_type import PreviewEntityType

T = TypeVar("T", bound="PreviewEntity")


@_attrs_define
class PreviewEntity:
    """An entity as the engine named it; not stored, so no id.

    Attributes:
        name (str): Fullest name the articles give.
        type_ (PreviewEntityType): What kind of entity this is.
    """

    name: str
    type_: PreviewEntityType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = PreviewEntityType(d.pop("type"))

        preview_entity = cls(
            name=name,
            type_=type_,
        )

        preview_entity.additional_properties = d
        return preview_entity

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
