"""Opaque keyset cursors: clients pass them back verbatim, we can change their insides freely."""

from __future__ import annotations

import base64
import binascii

import msgspec


class BadCursor(ValueError):
    pass


class _Cursor(msgspec.Struct, frozen=True):
    v: int
    before_id: int


def encode(before_id: int) -> str:
    raw = msgspec.json.encode(_Cursor(v=1, before_id=before_id))
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode(cursor: str) -> int:
    """The id the next page starts below (listings are newest first)."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        parsed = msgspec.json.decode(raw, type=_Cursor)
    except (binascii.Error, ValueError, msgspec.DecodeError):
        raise BadCursor("cursor is not one this service issued") from None
    if parsed.v != 1 or parsed.before_id < 1:
        raise BadCursor("cursor is not one this service issued")
    return parsed.before_id
