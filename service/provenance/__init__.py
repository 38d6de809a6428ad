"""Provenance: the same quote across articles, its origin chain, PROV export. Pure functions."""
