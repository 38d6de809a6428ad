"""Cursor decoding with the service's error type, shared by every listing."""

from __future__ import annotations

from service.errors import InvalidInput
from service.store import cursor


def decode_cursor(token: str | None) -> int | None:
    if token is None or token == "":
        return None
    try:
        return cursor.decode(token)
    except cursor.BadCursor as exc:
        raise InvalidInput(f"cursor: {exc}") from None
