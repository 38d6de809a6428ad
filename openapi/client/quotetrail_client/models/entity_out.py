from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entity_out_type import EntityOutType

T = TypeVar("T", bound="EntityOut")


@_attrs_define
class EntityOut:
    """A speaker or source with every surface name it was seen under.

    Attributes:
        aliases (list[str]): Surface names seen in articles, sorted.
        id (int): Database id.
        name (str): Fullest name the articles give.
        quote_count (int): Quotes this entity is the speaker of.
        relay_count (int): Chain links where this entity relayed a quote.
        type_ (EntityOutType): What kind of entity this is.
    """

    aliases: list[str]
    id: int
    name: str
    quote_count: int
    relay_count: int
    type_: EntityOutType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aliases = self.aliases

        id = self.id

        name = self.name

        quote_count = self.quote_count

        relay_count = self.relay_count

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aliases": aliases,
                "id": id,
                "name": name,
                "quote_count": quote_count,
                "relay_count": relay_count,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        aliases = cast(list[str], d.pop("aliases"))

        id = d.pop("id")

        name = d.pop("name")

        quote_count = d.pop("quote_count")

        relay_count = d.pop("relay_count")

        type_ = EntityOutType(d.pop("type"))

        entity_out = cls(
            aliases=aliases,
            id=id,
            name=name,
            quote_count=quote_count,
            relay_count=relay_count,
            type_=type_,
        )

        entity_out.additional_properties = d
        return entity_out

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
