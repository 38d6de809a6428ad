"""Contains all the data models used in inputs/outputs"""

from .article_in import ArticleIn
from .article_out import ArticleOut
from .article_page import ArticlePage
from .article_summary import ArticleSummary
from .chain_link_out import ChainLinkOut
from .chain_link_out_role import ChainLinkOutRole
from .entity_out import EntityOut
from .entity_out_type import EntityOutType
from .entity_page import EntityPage
from .entity_quote import EntityQuote
from .entity_quotes import EntityQuotes
from .entity_ref import EntityRef
from .entity_ref_type import EntityRefType
from .entity_relays import EntityRelays
from .entity_resolution import EntityResolution
from .extract_out import ExtractOut
from .get_quote_provenance_format import GetQuoteProvenanceFormat
from .get_quote_provenance_prov_json import GetQuoteProvenanceProvJson
from .get_quote_provenance_prov_json_additional_property import GetQuoteProvenanceProvJsonAdditionalProperty
from .get_quote_provenance_prov_json_agent import GetQuoteProvenanceProvJsonAgent
from .get_quote_provenance_prov_json_entity import GetQuoteProvenanceProvJsonEntity
from .get_quote_provenance_prov_json_prefix import GetQuoteProvenanceProvJsonPrefix
from .get_quote_provenance_prov_json_was_attributed_to import GetQuoteProvenanceProvJsonWasAttributedTo
from .get_quote_provenance_prov_json_was_derived_from import GetQuoteProvenanceProvJsonWasDerivedFrom
from .graph_edge import GraphEdge
from .graph_node import GraphNode
from .graph_node_roles_item import GraphNodeRolesItem
from .health import Health
from .health_engine import HealthEngine
from .highlight import Highlight
from .merge_in import MergeIn
from .merge_out import MergeOut
from .occurrence_out import OccurrenceOut
from .preview_entity import PreviewEntity
from .preview_entity_type import PreviewEntityType
from .preview_link import PreviewLink
from .preview_link_role import PreviewLinkRole
from .preview_quote import PreviewQuote
from .problem import Problem
from .problem_errors_type_0_item import ProblemErrorsType0Item
from .provenance_out import ProvenanceOut
from .quote_out import QuoteOut
from .quote_page import QuotePage
from .readiness import Readiness
from .relayed_speaker import RelayedSpeaker
from .search_hit import SearchHit
from .search_results import SearchResults

__all__ = (
    "ArticleIn",
    "ArticleOut",
    "ArticlePage",
    "ArticleSummary",
    "ChainLinkOut",
    "ChainLinkOutRole",
    "EntityOut",
    "EntityOutType",
    "EntityPage",
    "EntityQuote",
    "EntityQuotes",
    "EntityRef",
    "EntityRefType",
    "EntityRelays",
    "EntityResolution",
    "ExtractOut",
    "GetQuoteProvenanceFormat",
    "GetQuoteProvenanceProvJson",
    "GetQuoteProvenanceProvJsonAdditionalProperty",
    "GetQuoteProvenanceProvJsonAgent",
    "GetQuoteProvenanceProvJsonEntity",
    "GetQuoteProvenanceProvJsonPrefix",
    "GetQuoteProvenanceProvJsonWasAttributedTo",
    "GetQuoteProvenanceProvJsonWasDerivedFrom",
    "GraphEdge",
    "GraphNode",
    "GraphNodeRolesItem",
    "Health",
    "HealthEngine",
    "Highlight",
    "MergeIn",
    "MergeOut",
    "OccurrenceOut",
    "PreviewEntity",
    "PreviewEntityType",
    "PreviewLink",
    "PreviewLinkRole",
    "PreviewQuote",
    "Problem",
    "ProblemErrorsType0Item",
    "ProvenanceOut",
    "QuoteOut",
    "QuotePage",
    "Readiness",
    "RelayedSpeaker",
    "SearchHit",
    "SearchResults",
)
