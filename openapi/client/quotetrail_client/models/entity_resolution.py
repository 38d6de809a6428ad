from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.entity_ref import EntityRef
    from ..models.merge_out import MergeOut


T = TypeVar("T", bound="EntityResolution")


@_attrs_define
class EntityResolution:
    """Where an entity id leads: itself, or the entity it was merged into.

    Attributes:
        entity (EntityRef): A speaker or source, as stored: look it up with GET /v1/entities/{id}.
        history (list[MergeOut]): Merges into or out of the requested entity.
        merged (bool): True when `requested_id` was merged into `entity`.
        requested_id (int): Database id.
    """

    entity: EntityRef
    history: list[MergeOut]
    merged: bool
    requested_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.to_dict()

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        merged = self.merged

        requested_id = self.requested_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "history": history,
                "merged": merged,
                "requested_id": requested_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_ref import EntityRef  # noqa: PLC0415
        from ..models.merge_out import MergeOut  # noqa: PLC0415

        d = dict(src_dict)
        entity = EntityRef.from_dict(d.pop("entity"))

        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = MergeOut.from_dict(history_item_data)

            history.append(history_item)

        merged = d.pop("merged")

        requested_id = d.pop("requested_id")

        entity_resolution = cls(
            entity=entity,
            history=history,
            merged=merged,
            requested_id=requested_id,
        )

        entity_resolution.additional_properties = d
        return entity_resolution

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
