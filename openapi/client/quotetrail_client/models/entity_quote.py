from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.quote_out import QuoteOut


T = TypeVar("T", bound="EntityQuote")


@_attrs_define
class EntityQuote:
    """A quote by the entity, with where and when it was printed.

    Attributes:
        outlet (None | str): Publishing outlet.
        published_at (datetime.datetime | None): Publication time (UTC).
        quote (QuoteOut): A stored quote.
    """

    outlet: None | str
    published_at: datetime.datetime | None
    quote: QuoteOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outlet: None | str
        outlet = self.outlet

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        quote = self.quote.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outlet": outlet,
                "published_at": published_at,
                "quote": quote,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quote_out import QuoteOut  # noqa: PLC0415

        d = dict(src_dict)

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

        quote = QuoteOut.from_dict(d.pop("quote"))

        entity_quote = cls(
            outlet=outlet,
            published_at=published_at,
            quote=quote,
        )

        entity_quote.additional_properties = d
        return entity_quote

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
