"""Floors on clustering across the scraped-web story sets in `seeds/invented/` (AB-AF): each tells
three stories through three or four outlets, so the same quote recurs trimmed, reworded or
re-attributed, and the gold marks which occurrences are one quote.

The measure is the scorer's (`../shared/eval/score.py`): over pairs of matched gold quotes that
carry a cluster id, precision and recall of "same predicted cluster" against "same gold cluster".
Extraction and clustering run as `quotetrail extract` runs them, so this is what a caller of the
CLI gets. Floors sit about two points under session 16's end; recall is the weak side (a quote
attributed to two different speakers by two outlets never joins one cluster, by design).
"""

from __future__ import annotations

import itertools
import json
import pathlib

import pytest

from service.attribution import extract
from service.provenance.cluster import QuoteSig, cluster_batch, context_window

SETS = pathlib.Path(__file__).resolve().parents[2] / "seeds" / "invented"

# set -> cluster pair F1 floor (session 16's end: AB 0.617, AC 0.726, AD 0.778, AE 0.721, AF 0.580;
# session 17, one person's differently written names in one speaker class: AB 0.630, AC 0.755,
# AD 0.777, AE 0.739 (0.802 once a weekday stopped ending a name), AF 0.677; AG, written for this
# and scored blind: 0.410 at the session's start, 0.520 with the speaker class; then from AG's
# misses, 0.545 once given names with the same consonants matched, 0.578 once "Muhammad al-Rashid"
# was learnt whole); session 18: AG 0.638 once a question subheading named nobody, AF 0.687 with
# reordered content words; AH, scored blind at 0.743, 0.834 once a double surname alone resolved
# to the person named with it and reordered words matched; AI, scored blind after those at 0.760
# (the session-start engine 0.756), 0.833 after its own rules; AJ, blind after both, 0.608, and
# 0.641 at the end (AF 0.744 once a description stopped reaching ten paragraphs ahead); session
# 19, each scored blind first (shared scorer): AK 0.667 -> 0.677, AL 0.570 -> 0.682, AM 0.783 ->
# 0.794, AN 0.652 (0.681 after AK's and AL's rules) -> 0.755, AO 0.689 -> 0.701, AP 0.705 (0.714
# with the session's rules) -> 0.732 (AI 0.853); session 20's, blind (session start) -> end:
# AQ 0.650 -> 0.768, AR 0.732 -> 0.762, AS 0.599 (0.612 blind at the end) -> 0.667, AT 0.769
# (0.772) -> 0.780, AU 0.722 -> 0.708 (titles of works no longer quotes), AV 0.650 (0.662) -> 0.687;
# session 21's, session start -> end: AW 0.618 -> 0.631, AX 0.901 -> 0.930, AY 0.838 -> 0.843, BA
# 0.712 -> 0.811, BC 0.471 -> 0.484, AZ (held out) 0.731 -> 0.788, BB (held out) 0.664 -> 0.664;
# session 22's, blind -> end (here): BD 0.696 -> 0.783, BE 0.776 -> 0.803, BF 0.706 -> 0.729, BI
# 0.798 -> 0.808, BJ 0.646 -> 0.657, BK 0.525 -> 0.559, BM 0.637, BN 0.774 -> 0.750 (one more quote
# placed), BP 0.739 -> 0.733; held out: BG 0.672, BH 0.667, BL 0.720, BO 0.731
FLOORS = {"AB": 0.61, "AC": 0.73, "AD": 0.75, "AE": 0.78, "AF": 0.72, "AG": 0.62, "AH": 0.80, "AI": 0.83,
          "AJ": 0.61, "AK": 0.64, "AL": 0.66, "AM": 0.77, "AN": 0.72, "AO": 0.68, "AP": 0.68,
          "AQ": 0.74, "AR": 0.73, "AS": 0.64, "AT": 0.75, "AU": 0.68, "AV": 0.66,
          "AW": 0.60, "AX": 0.91, "AY": 0.81, "AZ": 0.79, "BA": 0.76, "BB": 0.62, "BC": 0.51,
          "BD": 0.76, "BE": 0.78, "BF": 0.70, "BG": 0.65, "BH": 0.64, "BI": 0.78, "BJ": 0.63, "BK": 0.53,
          "BL": 0.70, "BM": 0.61, "BN": 0.72, "BO": 0.71, "BP": 0.71}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter / max(a[1] - a[0], b[1] - b[0], 1) if inter > 0 else 0.0


def cluster_pair_f1(name: str) -> tuple[float, float, float]:
    docs = [json.loads(line) for line in (SETS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
    results = [extract(d["text"]) for d in docs]
    sigs = [QuoteSig(text=q.text, context=context_window(d["text"], q.start, q.end),
                     speaker=q.speaker.name if q.speaker else None)
            for d, quotes in zip(docs, results, strict=True) for q in quotes]
    labels = iter(cluster_batch(sigs))
    predicted = [[next(labels) for _ in quotes] for quotes in results]
    pairs: list[tuple[str, str | None]] = []
    for d, quotes, labs in zip(docs, results, predicted, strict=True):
        used: set[int] = set()
        for g in d["quotes"]:
            best = max(((i, _overlap((g["start"], g["end"]), (q.start, q.end))) for i, q in enumerate(quotes)
                        if i not in used), key=lambda x: x[1], default=(None, 0.0))
            if best[0] is None or best[1] < 0.5:
                continue
            used.add(best[0])
            if g.get("cluster"):
                pairs.append((g["cluster"], labs[best[0]]))
    same_gold = same_pred = both = 0
    for (ga, pa), (gb, pb) in itertools.combinations(pairs, 2):
        g_same, p_same = ga == gb, pa is not None and pa == pb
        same_gold += g_same
        same_pred += p_same
        both += g_same and p_same
    p = both / same_pred if same_pred else 0.0
    r = both / same_gold if same_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_story_set_keeps_its_clusters(name: str) -> None:
    precision, recall, f1 = cluster_pair_f1(name)
    assert f1 >= FLOORS[name], f"{name}: cluster pair F1 {f1:.3f} (p {precision:.3f}, r {recall:.3f})"
    assert precision >= 0.95, f"{name}: cluster pair precision {precision:.3f}: quotes wrongly merged"
