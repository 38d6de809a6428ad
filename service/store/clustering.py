"""Cluster keys of a quote (the `quote_keys` inverted index) and the cap on candidates per key.

Candidates come from an indexed key lookup capped at a few hundred rows, so the cost per quote is
bounded however large the archive grows; the provenance module decides what keys and what counts
as the same quote, `service.ingest.batch_store` fetches the candidates of a whole article (or
batch) in one query and chooses each quote's cluster in memory.
"""

from __future__ import annotations

from service.provenance.cluster import QuoteSig, cluster_keys
from service.store.keys import bounded

MAX_CANDIDATES = 300


def keys_for(sig: QuoteSig) -> list[str]:
    return sorted({bounded(k) for k in cluster_keys(sig) if k})
