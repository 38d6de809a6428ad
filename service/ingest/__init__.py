"""Bulk backfill: read a corpus, extract on every core, store in large batched transactions.

The writer (`batch_store`) is also the one-article path: `service.articles.ingest` stores a batch
of one. Per batch: one lookup of already-stored articles, one multi-row insert per table,
clustering in memory against the candidates fetched once for the whole batch; the stored result is
the same as posting the articles one by one, in input order.
"""
