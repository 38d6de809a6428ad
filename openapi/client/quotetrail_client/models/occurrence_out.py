from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.chain_link_out import ChainLinkOut


T = TypeVar("T", bound="OccurrenceOut")


@_attrs_define
class OccurrenceOut:
    """One article's printing of the quote.

    Attributes:
        article_id (int): Database id.
        chain (list[ChainLinkOut]): Speaker, then each relay, then the publisher, as this article shows.
        outlet (None | str): Publishing outlet.
        published_at (datetime.datetime | None): Publication time (UTC).
        quote_id (int): Database id.
        text (str): The words exactly as this article prints them.
        title (None | str): Article headline.
        url (None | str): Article URL.
    """

    article_id: int
    chain: list[ChainLinkOut]
    outlet: None | str
    published_at: datetime.datetime | None
    quote_id: int
    text: str
    title: None | str
    url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article_id = self.article_id

        chain = []
        for chain_item_data in self.chain:
            chain_item = chain_item_data.to_dict()
            chain.append(chain_item)

        outlet: None | str
        outlet = self.outlet

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        quote_id = self.quote_id

        text = self.text

        title: None | str
        title = self.title

        url: None | str
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "article_id": article_id,
                "chain": chain,
                "outlet": outlet,
                "published_at": published_at,
                "quote_id": quote_id,
                "text": text,
                "title": title,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_link_out import ChainLinkOut  # noqa: PLC0415

        d = dict(src_dict)
        article_id = d.pop("article_id")

        chain = []
        _chain = d.pop("chain")
        for chain_item_data in _chain:
            chain_item = ChainLinkOut.from_dict(chain_item_data)

            chain.append(chain_item)

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

        text = d.pop("text")

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        occurrence_out = cls(
            article_id=article_id,
            chain=chain,
            outlet=outlet,
            published_at=published_at,
            quote_id=quote_id,
            text=text,
            title=title,
            url=url,
        )

        occurrence_out.additional_properties = d
        return occurrence_out

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
