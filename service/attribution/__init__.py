"""The attribution engine: pure functions, no I/O. `extract` is its one door."""

from pathlib import Path

from service.attribution.build import check as _check_build

# before any engine module is imported: a compiled engine older than its source must not run
COMPILED: bool = _check_build(Path(__file__).parent)
"""Whether the engine runs compiled (mypyc, `scripts/compile_engine.py`) or as Python source."""

from service.attribution.engine import extract  # noqa: E402
from service.attribution.types import ArticleMeta, ChainLink, Entity, Quote  # noqa: E402

__all__ = ["COMPILED", "ArticleMeta", "ChainLink", "Entity", "Quote", "extract"]
