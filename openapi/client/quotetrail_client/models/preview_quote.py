from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.preview_entity import PreviewEntity
    from ..models.preview_link import PreviewLink


T = TypeVar("T", bound="PreviewQuote")


@_attrs_define
class PreviewQuote:
    """A quote found by POST /v1/extract: like a stored quote minus the ids.

    Attributes:
        chain (list[PreviewLink]): From the original speaker through each relay to the publishing outlet.
        confidence (float): Attribution confidence, 0..1.
        cue (None | str): The verb or phrase that attributes the words.
        end (int): End offset (exclusive): article.text[start:end] == text.
        kind (str): `full`, `partial` or `headline`.
        speaker (None | PreviewEntity): Who said it; null when unattributed.
        start (int): Character offset of `text` in the article text.
        text (str): The words inside the quotation marks.
    """

    chain: list[PreviewLink]
    confidence: float
    cue: None | str
    end: int
    kind: str
    speaker: None | PreviewEntity
    start: int
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.preview_entity import PreviewEntity  # noqa: PLC0415

        chain = []
        for chain_item_data in self.chain:
            chain_item = chain_item_data.to_dict()
            chain.append(chain_item)

        confidence = self.confidence

        cue: None | str
        cue = self.cue

        end = self.end

        kind = self.kind

        speaker: dict[str, Any] | None
        if isinstance(self.speaker, PreviewEntity):
            speaker = self.speaker.to_dict()
        else:
            speaker = self.speaker

        start = self.start

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chain": chain,
                "confidence": confidence,
                "cue": cue,
                "end": end,
                "kind": kind,
                "speaker": speaker,
                "start": start,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preview_entity import PreviewEntity  # noqa: PLC0415
        from ..models.preview_link import PreviewLink  # noqa: PLC0415

        d = dict(src_dict)
        chain = []
        _chain = d.pop("chain")
        for chain_item_data in _chain:
            chain_item = PreviewLink.from_dict(chain_item_data)

            chain.append(chain_item)

        confidence = d.pop("confidence")

        def _parse_cue(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cue = _parse_cue(d.pop("cue"))

        end = d.pop("end")

        kind = d.pop("kind")

        def _parse_speaker(data: object) -> None | PreviewEntity:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                speaker_type_0 = PreviewEntity.from_dict(data)

                return speaker_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PreviewEntity, data)

        speaker = _parse_speaker(d.pop("speaker"))

        start = d.pop("start")

        text = d.pop("text")

        preview_quote = cls(
            chain=chain,
            confidence=confidence,
            cue=cue,
            end=end,
            kind=kind,
            speaker=speaker,
            start=start,
            text=text,
        )

        preview_quote.additional_properties = d
        return preview_quote

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
