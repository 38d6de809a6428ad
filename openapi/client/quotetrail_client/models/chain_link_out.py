from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chain_link_out_role import ChainLinkOutRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entity_ref import EntityRef


T = TypeVar("T", bound="ChainLinkOut")


@_attrs_define
class ChainLinkOut:
    """One hop of a quote's provenance chain.

    Attributes:
        entity (EntityRef): A speaker or source, as stored: look it up with GET /v1/entities/{id}.
        role (ChainLinkOutRole): `speaker` (said it), `relay` (passed it on), or `publisher` (the outlet).
        cue (None | str | Unset): The verb or phrase that attributes the words.
    """

    entity: EntityRef
    role: ChainLinkOutRole
    cue: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity = self.entity.to_dict()

        role = self.role.value

        cue: None | str | Unset
        if isinstance(self.cue, Unset):
            cue = UNSET
        else:
            cue = self.cue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity": entity,
                "role": role,
            }
        )
        if cue is not UNSET:
            field_dict["cue"] = cue

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_ref import EntityRef  # noqa: PLC0415

        d = dict(src_dict)
        entity = EntityRef.from_dict(d.pop("entity"))

        role = ChainLinkOutRole(d.pop("role"))

        def _parse_cue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cue = _parse_cue(d.pop("cue", UNSET))

        chain_link_out = cls(
            entity=entity,
            role=role,
            cue=cue,
        )

        chain_link_out.additional_properties = d
        return chain_link_out

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
