"""Alembic migration scripts; shipped inside the package so `quotetrail db upgrade` works anywhere."""
