from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.chain_link_out import ChainLinkOut
    from ..models.entity_ref import EntityRef


T = TypeVar("T", bound="QuoteOut")


@_attrs_define
class QuoteOut:
    """A stored quote.

    Attributes:
        article_id (int): Database id.
        chain (list[ChainLinkOut]): From the original speaker through each relay to the publishing outlet.
        cluster_id (int | None): Quotes with the same cluster_id are the same words reported by different articles.
        confidence (float): Attribution confidence, 0..1.
        cue (None | str): The verb or phrase that attributes the words.
        end (int): End offset (exclusive): article.text[start:end] == text.
        id (int): Database id.
        kind (str): `full`, `partial` or `headline`.
        speaker (EntityRef | None): Who said it; null when unattributed.
        start (int): Character offset of `text` in the article text.
        text (str): The words inside the quotation marks.
    """

    article_id: int
    chain: list[ChainLinkOut]
    cluster_id: int | None
    confidence: float
    cue: None | str
    end: int
    id: int
    kind: str
    speaker: EntityRef | None
    start: int
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.entity_ref import EntityRef  # noqa: PLC0415

        article_id = self.article_id

        chain = []
        for chain_item_data in self.chain:
            chain_item = chain_item_data.to_dict()
            chain.append(chain_item)

        cluster_id: int | None
        cluster_id = self.cluster_id

        confidence = self.confidence

        cue: None | str
        cue = self.cue

        end = self.end

        id = self.id

        kind = self.kind

        speaker: dict[str, Any] | None
        if isinstance(self.speaker, EntityRef):
            speaker = self.speaker.to_dict()
        else:
            speaker = self.speaker

        start = self.start

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "article_id": article_id,
                "chain": chain,
                "cluster_id": cluster_id,
                "confidence": confidence,
                "cue": cue,
                "end": end,
                "id": id,
                "kind": kind,
                "speaker": speaker,
                "start": start,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_link_out import ChainLinkOut  # noqa: PLC0415
        from ..models.entity_ref import EntityRef  # noqa: PLC0415

        d = dict(src_dict)
        article_id = d.pop("article_id")

        chain = []
        _chain = d.pop("chain")
        for chain_item_data in _chain:
            chain_item = ChainLinkOut.from_dict(chain_item_data)

            chain.append(chain_item)

        def _parse_cluster_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        cluster_id = _parse_cluster_id(d.pop("cluster_id"))

        confidence = d.pop("confidence")

        def _parse_cue(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cue = _parse_cue(d.pop("cue"))

        end = d.pop("end")

        id = d.pop("id")

        kind = d.pop("kind")

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

        start = d.pop("start")

        text = d.pop("text")

        quote_out = cls(
            article_id=article_id,
            chain=chain,
            cluster_id=cluster_id,
            confidence=confidence,
            cue=cue,
            end=end,
            id=id,
            kind=kind,
            speaker=speaker,
            start=start,
            text=text,
        )

        quote_out.additional_properties = d
        return quote_out

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
