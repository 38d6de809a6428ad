from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_quote_provenance_prov_json_additional_property import GetQuoteProvenanceProvJsonAdditionalProperty
    from ..models.get_quote_provenance_prov_json_agent import GetQuoteProvenanceProvJsonAgent
    from ..models.get_quote_provenance_prov_json_entity import GetQuoteProvenanceProvJsonEntity
    from ..models.get_quote_provenance_prov_json_prefix import GetQuoteProvenanceProvJsonPrefix
    from ..models.get_quote_provenance_prov_json_was_attributed_to import GetQuoteProvenanceProvJsonWasAttributedTo
    from ..models.get_quote_provenance_prov_json_was_derived_from import GetQuoteProvenanceProvJsonWasDerivedFrom


T = TypeVar("T", bound="GetQuoteProvenanceProvJson")


@_attrs_define
class GetQuoteProvenanceProvJson:
    """`format=prov-json`: W3C PROV-JSON (https://www.w3.org/submissions/prov-json/). Agents are the graph's nodes
    (`qt:agent/<key>`), entities the words as each agent carried them and each article (`qt:article/<id>`); a quotation
    is a `wasDerivedFrom` record with prov:type prov:Quotation, carrying `qt:articles` and `qt:cues`.

        Attributes:
            prefix (GetQuoteProvenanceProvJsonPrefix): Namespace prefixes (`qt` is quotetrail's).
            agent (GetQuoteProvenanceProvJsonAgent | Unset): Agents by id: the speaker, relays and outlets.
            entity (GetQuoteProvenanceProvJsonEntity | Unset): Entities by id: the utterance, the words as carried, the
                articles.
            was_attributed_to (GetQuoteProvenanceProvJsonWasAttributedTo | Unset): Attributions of words to agents.
            was_derived_from (GetQuoteProvenanceProvJsonWasDerivedFrom | Unset): Quotations (words from words) and articles
                derived from the words.
    """

    prefix: GetQuoteProvenanceProvJsonPrefix
    agent: GetQuoteProvenanceProvJsonAgent | Unset = UNSET
    entity: GetQuoteProvenanceProvJsonEntity | Unset = UNSET
    was_attributed_to: GetQuoteProvenanceProvJsonWasAttributedTo | Unset = UNSET
    was_derived_from: GetQuoteProvenanceProvJsonWasDerivedFrom | Unset = UNSET
    additional_properties: dict[str, GetQuoteProvenanceProvJsonAdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        prefix = self.prefix.to_dict()

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        entity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entity, Unset):
            entity = self.entity.to_dict()

        was_attributed_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.was_attributed_to, Unset):
            was_attributed_to = self.was_attributed_to.to_dict()

        was_derived_from: dict[str, Any] | Unset = UNSET
        if not isinstance(self.was_derived_from, Unset):
            was_derived_from = self.was_derived_from.to_dict()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update(
            {
                "prefix": prefix,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if entity is not UNSET:
            field_dict["entity"] = entity
        if was_attributed_to is not UNSET:
            field_dict["wasAttributedTo"] = was_attributed_to
        if was_derived_from is not UNSET:
            field_dict["wasDerivedFrom"] = was_derived_from

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_quote_provenance_prov_json_additional_property import (
            GetQuoteProvenanceProvJsonAdditionalProperty,  # noqa: PLC0415
        )
        from ..models.get_quote_provenance_prov_json_agent import GetQuoteProvenanceProvJsonAgent  # noqa: PLC0415
        from ..models.get_quote_provenance_prov_json_entity import GetQuoteProvenanceProvJsonEntity  # noqa: PLC0415
        from ..models.get_quote_provenance_prov_json_prefix import GetQuoteProvenanceProvJsonPrefix  # noqa: PLC0415
        from ..models.get_quote_provenance_prov_json_was_attributed_to import GetQuoteProvenanceProvJsonWasAttributedTo  # noqa: PLC0415
        from ..models.get_quote_provenance_prov_json_was_derived_from import GetQuoteProvenanceProvJsonWasDerivedFrom  # noqa: PLC0415

        d = dict(src_dict)
        prefix = GetQuoteProvenanceProvJsonPrefix.from_dict(d.pop("prefix"))

        _agent = d.pop("agent", UNSET)
        agent: GetQuoteProvenanceProvJsonAgent | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = GetQuoteProvenanceProvJsonAgent.from_dict(_agent)

        _entity = d.pop("entity", UNSET)
        entity: GetQuoteProvenanceProvJsonEntity | Unset
        if isinstance(_entity, Unset):
            entity = UNSET
        else:
            entity = GetQuoteProvenanceProvJsonEntity.from_dict(_entity)

        _was_attributed_to = d.pop("wasAttributedTo", UNSET)
        was_attributed_to: GetQuoteProvenanceProvJsonWasAttributedTo | Unset
        if isinstance(_was_attributed_to, Unset):
            was_attributed_to = UNSET
        else:
            was_attributed_to = GetQuoteProvenanceProvJsonWasAttributedTo.from_dict(_was_attributed_to)

        _was_derived_from = d.pop("wasDerivedFrom", UNSET)
        was_derived_from: GetQuoteProvenanceProvJsonWasDerivedFrom | Unset
        if isinstance(_was_derived_from, Unset):
            was_derived_from = UNSET
        else:
            was_derived_from = GetQuoteProvenanceProvJsonWasDerivedFrom.from_dict(_was_derived_from)

        get_quote_provenance_prov_json = cls(
            prefix=prefix,
            agent=agent,
            entity=entity,
            was_attributed_to=was_attributed_to,
            was_derived_from=was_derived_from,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = GetQuoteProvenanceProvJsonAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        get_quote_provenance_prov_json.additional_properties = additional_properties
        return get_quote_provenance_prov_json

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> GetQuoteProvenanceProvJsonAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: GetQuoteProvenanceProvJsonAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
