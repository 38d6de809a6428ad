from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.graph_node_roles_item import GraphNodeRolesItem

if TYPE_CHECKING:
    from ..models.entity_ref import EntityRef


T = TypeVar("T", bound="GraphNode")


@_attrs_define
class GraphNode:
    """An entity in the relay graph.

    Attributes:
        article_ids (list[int]): Articles in which the entity appears in the chain.
        entity (EntityRef | None): The stored entity; null for an outlet that only appears as an article's outlet.
        key (str): Node key, unique in the graph; edges refer to it.
        name (str): Display name.
        roles (list[GraphNodeRolesItem]): Roles the entity plays across the occurrences.
    """

    article_ids: list[int]
    entity: EntityRef | None
    key: str
    name: str
    roles: list[GraphNodeRolesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.entity_ref import EntityRef  # noqa: PLC0415

        article_ids = self.article_ids

        entity: dict[str, Any] | None
        if isinstance(self.entity, EntityRef):
            entity = self.entity.to_dict()
        else:
            entity = self.entity

        key = self.key

        name = self.name

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.value
            roles.append(roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "article_ids": article_ids,
                "entity": entity,
                "key": key,
                "name": name,
                "roles": roles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_ref import EntityRef  # noqa: PLC0415

        d = dict(src_dict)
        article_ids = cast(list[int], d.pop("article_ids"))

        def _parse_entity(data: object) -> EntityRef | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                entity_type_0 = EntityRef.from_dict(data)

                return entity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityRef | None, data)

        entity = _parse_entity(d.pop("entity"))

        key = d.pop("key")

        name = d.pop("name")

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = GraphNodeRolesItem(roles_item_data)

            roles.append(roles_item)

        graph_node = cls(
            article_ids=article_ids,
            entity=entity,
            key=key,
            name=name,
            roles=roles,
        )

        graph_node.additional_properties = d
        return graph_node

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
