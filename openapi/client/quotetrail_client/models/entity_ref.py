from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entity_ref_type import EntityRefType

T = TypeVar("T", bound="EntityRef")


@_attrs_define
class EntityRef:
    """A speaker or source, as stored: look it up with GET /v1/entities/{id}.

    Attributes:
        id (int): Database id.
        name (str): Fullest name the articles give.
        type_ (EntityRefType): What kind of entity this is.
    """

    id: int
    name: str
    type_: EntityRefType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = EntityRefType(d.pop("type"))

        entity_ref = cls(
            id=id,
            name=name,
            type_=type_,
        )

        entity_ref.additional_properties = d
        return entity_ref

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
