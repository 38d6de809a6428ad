"""ISO 8601 parsing for the API's date fields, normalised to UTC.

Everything is stored and compared in UTC so that SQLite (which keeps no zone) and PostgreSQL
(timestamptz) order and filter the same way.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from service.errors import InvalidInput


def parse_instant(value: str, field: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(f"{field}: {value!r} is not an ISO 8601 date or date-time") from None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def is_date_only(value: str) -> bool:
    return len(value.strip()) == 10


def upper_bound(value: str, field: str) -> datetime:
    """Exclusive upper bound for an inclusive `..._to` filter: a bare date means the whole day."""
    parsed = parse_instant(value, field)
    return parsed + timedelta(days=1) if is_date_only(value) else parsed + timedelta(microseconds=1)


def as_utc(value: datetime) -> datetime:
    """Rows read back from SQLite are naive; they were written in UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
