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
from .entity_ref import EntityRef
from .entity_ref_type import EntityRefType
from .extract_out import ExtractOut
from .health import Health
from .preview_entity import PreviewEntity
from .preview_entity_type import PreviewEntityType
from .preview_link import PreviewLink
from .preview_link_role import PreviewLinkRole
from .preview_quote import PreviewQuote
from .problem import Problem
from .problem_errors_type_0_item import ProblemErrorsType0Item
from .quote_out import QuoteOut
from .quote_page import QuotePage
from .readiness import Readiness

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
    "EntityRef",
    "EntityRefType",
    "ExtractOut",
    "Health",
    "PreviewEntity",
    "PreviewEntityType",
    "PreviewLink",
    "PreviewLinkRole",
    "PreviewQuote",
    "Problem",
    "ProblemErrorsType0Item",
    "QuoteOut",
    "QuotePage",
    "Readiness",
)
