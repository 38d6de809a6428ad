"""Placeholder engine: finds double-quoted spans only. Replaced by the real pipeline."""

from __future__ import annotations

import regex

from service.attribution.types import ArticleMeta, Quote

_QUOTE = regex.compile(r'["\u201c]([^"\u201c\u201d\n]{1,2000})["\u201d]')


def extract(text: str, meta: ArticleMeta | None = None) -> list[Quote]:
    return [
        Quote(text=m.group(1), start=m.start(1), end=m.end(1), kind="full", speaker=None, cue=None,
              confidence=0.3)
        for m in _QUOTE.finditer(text)
    ]
