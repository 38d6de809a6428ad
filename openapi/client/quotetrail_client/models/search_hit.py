from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.entity_ref import EntityRef
    from ..models.highlight import Highlight


T = TypeVar("T", bound="SearchHit")


@_attrs_define
class SearchHit:
    """A stored quote matching the pasted words.

    Attributes:
        article_id (int): Database id.
        cluster_id (int | None): Its cluster: pass quote_id to /provenance for the story.
        highlights (list[Highlight]): Matching spans of `text`.
        outlet (None | str): Publishing outlet of this occurrence.
        published_at (datetime.datetime | None): Publication time (UTC).
        quote_id (int): Database id.
        score (float): Match quality, 0..100.
        speaker (EntityRef | None): Who said it.
        text (str): The quote as stored.
    """

    article_id: int
    cluster_id: int | None
    highlights: list[Highlight]
    outlet: None | str
    published_at: datetime.datetime | None
    quote_id: int
    score: float
    speaker: EntityRef | None
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.entity_ref import EntityRef  # noqa: PLC0415

        article_id = self.article_id

        cluster_id: int | None
        cluster_id = self.cluster_id

        highlights = []
        for highlights_item_data in self.highlights:
            highlights_item = highlights_item_data.to_dict()
            highlights.append(highlights_item)

        outlet: None | str
        outlet = self.outlet

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        quote_id = self.quote_id

        score = self.score

        speaker: dict[str, Any] | None
        if isinstance(self.speaker, EntityRef):
            speaker = self.speaker.to_dict()
        else:
            speaker = self.speaker

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "article_id": article_id,
                "cluster_id": cluster_id,
                "highlights": highlights,
                "outlet": outlet,
                "published_at": published_at,
                "quote_id": quote_id,
                "score": score,
                "speaker": speaker,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_ref import EntityRef  # noqa: PLC0415
        from ..models.highlight import Highlight  # noqa: PLC0415

        d = dict(src_dict)
        article_id = d.pop("article_id")

        def _parse_cluster_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        cluster_id = _parse_cluster_id(d.pop("cluster_id"))

        highlights = []
        _highlights = d.pop("highlights")
        for highlights_item_data in _highlights:
            highlights_item = Highlight.from_dict(highlights_item_data)

            highlights.append(highlights_item)

        def _parse_outlet(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outlet = _parse_outlet(d.pop("outlet"))

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        quote_id = d.pop("quote_id")

        score = d.pop("score")

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

        text = d.pop("text")

        search_hit = cls(
            article_id=article_id,
            cluster_id=cluster_id,
            highlights=highlights,
            outlet=outlet,
            published_at=published_at,
            quote_id=quote_id,
            score=score,
            speaker=speaker,
            text=text,
        )

        search_hit.additional_properties = d
        return search_hit

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
