from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Readiness")


@_attrs_define
class Readiness:
    """The database answers; which one, and at which schema revision.

    Attributes:
        database (str): Database backend in use.
        schema_revision (None | str): Alembic revision of the database; null if unmigrated.
        status (str): `ok` when the database answered.
    """

    database: str
    schema_revision: None | str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        database = self.database

        schema_revision: None | str
        schema_revision = self.schema_revision

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "database": database,
                "schema_revision": schema_revision,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        database = d.pop("database")

        def _parse_schema_revision(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        schema_revision = _parse_schema_revision(d.pop("schema_revision"))

        status = d.pop("status")

        readiness = cls(
            database=database,
            schema_revision=schema_revision,
            status=status,
        )

        readiness.additional_properties = d
        return readiness

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
