"""Cluster pair F1 on the shared gold, built from GOLD spans and speakers (optional: needs ../shared).

This measures the matcher alone, independent of the engine: the same pair metric as the scorer
(pairs among gold quotes that carry a gold cluster), plus a check that no two quotes the gold keeps
apart (clustered or not) end up with one label.
"""

from __future__ import annotations

import itertools
import json
import pathlib

import pytest

from service.provenance.cluster import QuoteSig, cluster_batch, context_window

SHARED = pathlib.Path(__file__).resolve().parents[2].parent / "shared"
GOLD = SHARED / "corpus" / "seeds.gold.json"

pytestmark = [pytest.mark.shared,
              pytest.mark.skipif(not GOLD.exists(), reason="shared gold not available")]


def _gold_sigs() -> tuple[list[QuoteSig], list[str | None]]:
    data = json.loads(GOLD.read_text(encoding="utf-8"))
    sigs: list[QuoteSig] = []
    gold: list[str | None] = []
    for doc in data["documents"]:
        text = (GOLD.parent / doc["file"]).read_text(encoding="utf-8")
        for q in doc["quotes"]:
            if q.get("optional"):
                continue
            s, e = q["start"], q["end"]
            sigs.append(QuoteSig(text=text[s:e], context=context_window(text, s, e), speaker=q["speaker"]))
            gold.append(q.get("cluster"))
    return sigs, gold


def test_cluster_pair_f1_on_shared_gold() -> None:
    sigs, gold = _gold_sigs()
    labels = cluster_batch(sigs)
    pairs = [(g, p) for g, p in zip(gold, labels, strict=True) if g]
    same_gold = same_pred = both = 0
    for (ga, pa), (gb, pb) in itertools.combinations(pairs, 2):
        p_same = pa is not None and pa == pb
        same_gold += ga == gb
        same_pred += p_same
        both += ga == gb and p_same
    precision = both / same_pred if same_pred else 0.0
    recall = both / same_gold if same_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    assert f1 >= 0.90, (precision, recall, f1)


def test_no_false_merge_across_gold_clusters() -> None:
    sigs, gold = _gold_sigs()
    labels = cluster_batch(sigs)
    for g, p in zip(gold, labels, strict=True):
        if g is None or p is None:
            continue
        others = {g2 for g2, p2 in zip(gold, labels, strict=True) if p2 == p and g2 is not None}
        assert others == {g}, (g, others)
