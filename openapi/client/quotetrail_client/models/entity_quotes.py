from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entity_quote import EntityQuote
    from ..models.entity_ref import EntityRef


T = TypeVar("T", bound="EntityQuotes")


@_attrs_define
class EntityQuotes:
    """What this person or body said, newest first (by publication time, undated last).

    Attributes:
        entity (EntityRef): A speaker or source, as stored: look it up with GET /v1/entities/{id}.
        items (list[EntityQuote]): Up to `limit` quotes, newest first.
        next_offset (int | None | Unset): `offset` for the next page; null on the last.
    """

    entity: EntityRef
    items: list[EntityQuote]
    next_offset: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        next_offset: int | None | Unset
        if isinstance(self.next_offset, Unset):
            next_offset = UNSET
        else:
            next_offset = self.next_offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "items": items,
            }
        )
        if next_offset is not UNSET:
            field_dict["next_offset"] = next_offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_quote import EntityQuote  # noqa: PLC0415
        from ..models.entity_ref import EntityRef  # noqa: PLC0415

        d = dict(src_dict)
        entity = EntityRef.from_dict(d.pop("entity"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = EntityQuote.from_dict(items_item_data)

            items.append(items_item)

        def _parse_next_offset(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        next_offset = _parse_next_offset(d.pop("next_offset", UNSET))

        entity_quotes = cls(
            entity=entity,
            items=items,
            next_offset=next_offset,
        )

        entity_quotes.additional_properties = d
        return entity_quotes

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
