"""The cheap necessary conditions in `same_features` never change its answer.

`_text_match` rejects a partial match when the content words missing from the longer quote already
sink the share, and `_context_match` when neither quote is a contiguous run of the other's context;
both skip an alignment. Features without the precomputed sets take the full path, so comparing the
two on many pairs (generated articles, and the invented slices of one utterance that only the
context alignment links) checks the shortcuts against the alignments they stand in for.
"""

from __future__ import annotations

import dataclasses
import itertools

from bench.generate import generate_articles
from service.attribution import ArticleMeta, extract
from service.provenance.cluster import Features, QuoteSig, context_window, features, same_features


def _without_shortcuts(f: Features) -> Features:
    return dataclasses.replace(f, content_set=frozenset(), quote_set=frozenset(), context_joined="")


def _sigs() -> list[QuoteSig]:
    out = []
    for a in generate_articles(60, seed=23, min_bytes=1500, max_bytes=4000):
        text = str(a["text"])
        for q in extract(text, ArticleMeta(outlet=str(a["outlet"]))):
            out.append(QuoteSig(text=q.text, context=context_window(text, q.start, q.end),
                                speaker=q.speaker.name if q.speaker else None))
    utterance = ("Mayor Ines Calder said the council had been scheming against the Port Board of Aldmoor "
                 "and its allies in the harbour office for years.")
    slices = (
        "scheming against", "against the Port Board of Aldmoor", "had been scheming",
        # each pair below overlaps, and only one of its quotes is whole in the other's context
        "scheming against the Port Board", "Port Board of Aldmoor and its allies in the harbour office",
        "against the Port Board", "Board of Aldmoor and its allies in the harbour office for years",
    )
    for quote in slices:
        start = utterance.index(quote)
        out.append(QuoteSig(text=quote, context=context_window(utterance, start, start + len(quote)),
                            speaker="Ines Calder"))
    return out


def test_shortcuts_agree_with_the_full_comparison() -> None:
    sigs = _sigs()
    by_speaker: dict[str | None, list[QuoteSig]] = {}
    for s in sigs:
        by_speaker.setdefault(s.speaker, []).append(s)
    pairs = same = 0
    for group in by_speaker.values():
        for a, b in itertools.combinations(group[:80], 2):
            fa, fb = features(a), features(b)
            if fa.keys.isdisjoint(fb.keys):
                continue  # never compared by the clusterer, and rejected before any shortcut
            fast = same_features(fa, fb)
            assert fast == same_features(_without_shortcuts(fa), _without_shortcuts(fb)), (a, b)
            pairs += 1
            same += fast
    # enough of both answers that the comparison means something
    assert pairs > 500 and 20 < same < pairs
