from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.entity_ref import EntityRef


T = TypeVar("T", bound="RelayedSpeaker")


@_attrs_define
class RelayedSpeaker:
    """A speaker whose words the source carried.

    Attributes:
        cluster_count (int): Distinct statements (clusters) among them.
        latest_quote_id (int): Database id.
        quote_count (int): Quotes of this speaker the source relayed.
        speaker (EntityRef | None): The speaker; null for unattributed quotes.
    """

    cluster_count: int
    latest_quote_id: int
    quote_count: int
    speaker: EntityRef | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.entity_ref import EntityRef  # noqa: PLC0415

        cluster_count = self.cluster_count

        latest_quote_id = self.latest_quote_id

        quote_count = self.quote_count

        speaker: dict[str, Any] | None
        if isinstance(self.speaker, EntityRef):
            speaker = self.speaker.to_dict()
        else:
            speaker = self.speaker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cluster_count": cluster_count,
                "latest_quote_id": latest_quote_id,
                "quote_count": quote_count,
                "speaker": speaker,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_ref import EntityRef  # noqa: PLC0415

        d = dict(src_dict)
        cluster_count = d.pop("cluster_count")

        latest_quote_id = d.pop("latest_quote_id")

        quote_count = d.pop("quote_count")

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

        relayed_speaker = cls(
            cluster_count=cluster_count,
            latest_quote_id=latest_quote_id,
            quote_count=quote_count,
            speaker=speaker,
        )

        relayed_speaker.additional_properties = d
        return relayed_speaker

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
