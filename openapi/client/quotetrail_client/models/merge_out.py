from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.entity_ref import EntityRef


T = TypeVar("T", bound="MergeOut")


@_attrs_define
class MergeOut:
    """One recorded merge.

    Attributes:
        id (int): Database id.
        into (EntityRef): A speaker or source, as stored: look it up with GET /v1/entities/{id}.
        merged (EntityRef): A speaker or source, as stored: look it up with GET /v1/entities/{id}.
        merged_at (datetime.datetime): When the merge was recorded.
        merged_by (None | str): Who asked for the merge, as given.
        moved_aliases (int): Aliases moved to the survivor.
        moved_links (int): Chain links repointed.
        moved_quotes (int): Quotes whose speaker was repointed.
        reason (None | str): Why, as given.
    """

    id: int
    into: EntityRef
    merged: EntityRef
    merged_at: datetime.datetime
    merged_by: None | str
    moved_aliases: int
    moved_links: int
    moved_quotes: int
    reason: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        into = self.into.to_dict()

        merged = self.merged.to_dict()

        merged_at = self.merged_at.isoformat()

        merged_by: None | str
        merged_by = self.merged_by

        moved_aliases = self.moved_aliases

        moved_links = self.moved_links

        moved_quotes = self.moved_quotes

        reason: None | str
        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "into": into,
                "merged": merged,
                "merged_at": merged_at,
                "merged_by": merged_by,
                "moved_aliases": moved_aliases,
                "moved_links": moved_links,
                "moved_quotes": moved_quotes,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_ref import EntityRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        into = EntityRef.from_dict(d.pop("into"))

        merged = EntityRef.from_dict(d.pop("merged"))

        merged_at = datetime.datetime.fromisoformat(d.pop("merged_at"))

        def _parse_merged_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        merged_by = _parse_merged_by(d.pop("merged_by"))

        moved_aliases = d.pop("moved_aliases")

        moved_links = d.pop("moved_links")

        moved_quotes = d.pop("moved_quotes")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        merge_out = cls(
            id=id,
            into=into,
            merged=merged,
            merged_at=merged_at,
            merged_by=merged_by,
            moved_aliases=moved_aliases,
            moved_links=moved_links,
            moved_quotes=moved_quotes,
            reason=reason,
        )

        merge_out.additional_properties = d
        return merge_out

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
