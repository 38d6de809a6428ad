"""Bulk backfill: read a corpus, extract on every core, store in large batched transactions.

The one-article path (`service.articles.ingest`) pays a dozen round trips per quote; a backfill of
millions of articles cannot. This package keeps the same stored result (same dedupe, entities,
chains and clusters as posting the articles one by one, in input order) while doing the work per
batch: one lookup of already-stored articles, one multi-row insert per table, clustering in memory
against the candidates fetched once for the whole batch.
"""
