"""The attribution engine: pure functions, no I/O. `extract` is its one door."""

from service.attribution.engine import extract
from service.attribution.types import ArticleMeta, ChainLink, Entity, Quote

__all__ = ["ArticleMeta", "ChainLink", "Entity", "Quote", "extract"]
