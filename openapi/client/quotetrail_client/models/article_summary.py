from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ArticleSummary")


@_attrs_define
class ArticleSummary:
    """An article without its text and quotes, for listings.

    Attributes:
        byline (None | str): Author line as printed; null if not given.
        created_at (datetime.datetime): When quotetrail stored the article.
        id (int): Database id.
        language (None | str): BCP 47 language tag; null if not given.
        outlet (None | str): Publishing outlet; null if not given.
        published_at (datetime.datetime | None): Publication time (UTC); null when the article gave none.
        quote_count (int): Quotes found in the article.
        title (None | str): Headline; null if not given.
        url (None | str): Canonical article URL; null if not given.
    """

    byline: None | str
    created_at: datetime.datetime
    id: int
    language: None | str
    outlet: None | str
    published_at: datetime.datetime | None
    quote_count: int
    title: None | str
    url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        byline: None | str
        byline = self.byline

        created_at = self.created_at.isoformat()

        id = self.id

        language: None | str
        language = self.language

        outlet: None | str
        outlet = self.outlet

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        quote_count = self.quote_count

        title: None | str
        title = self.title

        url: None | str
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "byline": byline,
                "created_at": created_at,
                "id": id,
                "language": language,
                "outlet": outlet,
                "published_at": published_at,
                "quote_count": quote_count,
                "title": title,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_byline(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        byline = _parse_byline(d.pop("byline"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        def _parse_language(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        language = _parse_language(d.pop("language"))

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

        quote_count = d.pop("quote_count")

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

        article_summary = cls(
            byline=byline,
            created_at=created_at,
            id=id,
            language=language,
            outlet=outlet,
            published_at=published_at,
            quote_count=quote_count,
            title=title,
            url=url,
        )

        article_summary.additional_properties = d
        return article_summary

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
