"""Build the extractor the service runs, from settings.

The engine is pure and never reads files or the environment; this is the one place where the
operator's media lexicon (QUOTETRAIL_MEDIA_LEXICON) is turned into an engine `Lexicon`, so the API,
`quotetrail seed` and `quotetrail ingest` all attribute quotes with the same outlets.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from service.articles import Extractor
from service.attribution import extract
from service.attribution.lexicon import Lexicon
from service.settings import MediaOutlet


def lexicon_for(outlets: Sequence[MediaOutlet]) -> Lexicon | None:
    """The default lexicon extended with the operator's outlets; None when there are none."""
    if not outlets:
        return None
    return Lexicon.from_dict(
        {"outlets": [{"name": o.name, "aliases": list(o.aliases), "type": "media"} for o in outlets]}
    )


def configured_extractor(outlets: Sequence[MediaOutlet]) -> Extractor:
    lexicon = lexicon_for(outlets)
    if lexicon is None:
        return extract
    return partial(extract, lexicon=lexicon)
