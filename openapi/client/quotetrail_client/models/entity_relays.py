from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.entity_ref import EntityRef
    from ..models.relayed_speaker import RelayedSpeaker


T = TypeVar("T", bound="EntityRelays")


@_attrs_define
class EntityRelays:
    """Whose words this source carried, most relayed first.

    Attributes:
        entity (EntityRef): A speaker or source, as stored: look it up with GET /v1/entities/{id}.
        items (list[RelayedSpeaker]): Speakers, most relayed first.
    """

    entity: EntityRef
    items: list[RelayedSpeaker]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_ref import EntityRef  # noqa: PLC0415
        from ..models.relayed_speaker import RelayedSpeaker  # noqa: PLC0415

        d = dict(src_dict)
        entity = EntityRef.from_dict(d.pop("entity"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = RelayedSpeaker.from_dict(items_item_data)

            items.append(items_item)

        entity_relays = cls(
            entity=entity,
            items=items,
        )

        entity_relays.additional_properties = d
        return entity_relays

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
