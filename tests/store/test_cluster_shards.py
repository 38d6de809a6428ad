"""Clusters decided in parallel shards (by speaker key, in other processes) equal the sequential
decision: same cluster per quote, new clusters numbered in the same order. No database needed."""

from __future__ import annotations

import asyncio
from concurrent.futures import ProcessPoolExecutor

import pytest

from bench.generate import generate_articles
from service.attribution import extract
from service.ingest import batch_store
from service.provenance.cluster import QuoteSig


def _pending() -> list[batch_store._Pending]:
    out = []
    for a in generate_articles(60, 11, 800, 2500):
        quotes = extract(a["text"])
        d = batch_store.derive(a["text"], quotes)
        for q, context, keys in zip(quotes, d.contexts, d.cluster_keys, strict=True):
            speaker = q.speaker.name if q.speaker else None
            sig = QuoteSig(text=q.text, context=context, speaker=speaker)
            values = {"speaker_entity_id": len(speaker or "")}
            out.append(batch_store._Pending(values, sig, keys, (), 0, False))
    return out


def test_sharded_cluster_choice_equals_sequential(monkeypatch: pytest.MonkeyPatch) -> None:
    pending = _pending()
    half = len(pending) // 2
    # the first half plays the stored quotes: ids 1.. in the order the sequential pass made them
    first = pending[:half]
    asyncio.run(batch_store._assign_clusters(first, {}))
    stored: batch_store.Candidates = {}
    for pq in first:
        cid = pq.cluster + 1 if pq.new_cluster else pq.cluster
        for k in pq.keys:
            stored.setdefault(k, []).append((cid, pq.sig))
    rest = pending[half:]
    speakers_seq = asyncio.run(batch_store._assign_clusters(rest, stored))
    sequential = [(pq.new_cluster, pq.cluster) for pq in rest]
    assert any(not new for new, _ in sequential) and any(new for new, _ in sequential)

    monkeypatch.setattr(batch_store, "MIN_SHARDED_QUOTES", 1)
    shards = [ProcessPoolExecutor(1) for _ in range(3)]
    try:
        speakers_par = asyncio.run(batch_store._assign_clusters(rest, stored, shards))
    finally:
        for s in shards:
            s.shutdown()
    assert [(pq.new_cluster, pq.cluster) for pq in rest] == sequential
    assert speakers_par == speakers_seq
