"""Placeholder entity keys. Replaced by the real cross-article entity normaliser."""

from __future__ import annotations

import regex

_NON_WORD = regex.compile(r"[\W_]+")


def entity_key(name: str) -> str:
    """The key under which two surface names count as one entity across articles."""
    return _NON_WORD.sub(" ", name.casefold()).strip()
