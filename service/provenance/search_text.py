"""Approximate quote search, the pure part: index terms, query terms, scoring and highlights.

A reader pastes words they half remember ("fully supports the people"), possibly trimmed or with
a changed word. Terms are the clustering stemmer's stems of content words, so the same light
rewording that clustering forgives ("fully"/"full", "won't"/"will not") is forgiven here; the
final order comes from a fuzzy comparison of the whole pasted text with each candidate.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from service.provenance.cluster import STOPWORDS, normalise, stem, words

MAX_TERM_CHARS = 64
_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")


def _content_stem(word: str) -> str | None:
    w = word.casefold().replace("\u2019", "'")
    if w in STOPWORDS or (w.isdigit() and len(w) < 2):
        return None
    s = stem(w)
    if not s or s in STOPWORDS:
        return None
    return s[:MAX_TERM_CHARS]


def terms_of(text: str) -> list[str]:
    """Distinct index terms of a text, in first-seen order."""
    out: dict[str, None] = {}
    for w in words(text):
        s = _content_stem(w)
        if s is not None:
            out.setdefault(s, None)
    return list(out)


def score(query: str, text: str) -> float:
    """0..100: how well the pasted words match the quote (trimmed either way, lightly reworded)."""
    q, t = normalise(query), normalise(text)
    if not q or not t:
        return 0.0
    partial = fuzz.partial_ratio(q, t) if len(q) <= len(t) else fuzz.partial_ratio(t, q) * 0.9
    return float(max(partial, fuzz.token_set_ratio(q, t) * 0.95))


def highlights(query: str, text: str) -> list[tuple[int, int]]:
    """Character spans of `text` whose words match a query word (after stemming), merged when
    adjacent, so a client can mark them: text[start:end]."""
    wanted = set(terms_of(query))
    spans: list[tuple[int, int]] = []
    for m in _WORD.finditer(text):
        s = _content_stem(m.group())
        if s is None or s not in wanted:
            continue
        if spans and text[spans[-1][1] : m.start()].strip(" ,;:-") == "":
            spans[-1] = (spans[-1][0], m.end())
        else:
            spans.append((m.start(), m.end()))
    return spans
