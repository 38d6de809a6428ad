from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.health_engine import HealthEngine
from ..types import UNSET, Unset

T = TypeVar("T", bound="Health")


@_attrs_define
class Health:
    """The process answers (it says nothing about the database: see /ready).

    Attributes:
        status (str): Always `ok` when the process answers.
        engine (HealthEngine | Unset): Which build of the attribution engine this process runs: `compiled` (mypyc, the
            production build, about twice as fast) or `interpreted` (the Python source). Default: HealthEngine.INTERPRETED.
    """

    status: str
    engine: HealthEngine | Unset = HealthEngine.INTERPRETED
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        engine: str | Unset = UNSET
        if not isinstance(self.engine, Unset):
            engine = self.engine.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if engine is not UNSET:
            field_dict["engine"] = engine

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        _engine = d.pop("engine", UNSET)
        engine: HealthEngine | Unset
        if isinstance(_engine, Unset):
            engine = UNSET
        else:
            engine = HealthEngine(_engine)

        health = cls(
            status=status,
            engine=engine,
        )

        health.additional_properties = d
        return health

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
