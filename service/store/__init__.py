"""Storage: async SQLAlchemy engine and sessions, repositories, Alembic migrations."""
