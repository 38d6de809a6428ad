"""Every runtime setting in one place, read from the environment once.

A frozen Struct (not module globals) so that tests and the CLI can build an app for any database
without touching the process environment, and so nothing can change a setting behind a running app.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated

import msgspec

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./quotetrail.db"

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


class SettingsError(ValueError):
    """A setting in the environment has a value we cannot use; the message names the variable."""


class MediaOutlet(msgspec.Struct, frozen=True, kw_only=True):
    """One extra media outlet from the lexicon file; `aliases` are other names it goes by."""

    name: str
    aliases: tuple[str, ...] = ()


class Settings(msgspec.Struct, frozen=True, kw_only=True):
    database_url: str = DEFAULT_DATABASE_URL
    """SQLAlchemy async URL: sqlite+aiosqlite:///path or postgresql+asyncpg://user@host/db."""
    max_text_bytes: Annotated[int, msgspec.Meta(ge=1)] = 1_000_000
    """Largest article text (UTF-8 bytes) accepted; larger requests get 413."""
    auto_migrate: bool = True
    """Run Alembic migrations to head when the app starts."""
    host: str = "127.0.0.1"
    port: Annotated[int, msgspec.Meta(ge=0, le=65535)] = 8000
    workers: Annotated[int, msgspec.Meta(ge=1)] = 1
    media_lexicon_path: str | None = None
    media_lexicon: tuple[MediaOutlet, ...] = ()
    """Extra media outlets loaded from `media_lexicon_path`, kept for the engine to accept later."""

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Build settings from QUOTETRAIL_* variables; a bad value fails loudly at start-up."""
        e = os.environ if env is None else env
        lexicon_path = e.get("QUOTETRAIL_MEDIA_LEXICON") or None
        return cls(
            database_url=e.get("QUOTETRAIL_DATABASE_URL") or DEFAULT_DATABASE_URL,
            max_text_bytes=_int(e, "QUOTETRAIL_MAX_TEXT_BYTES", 1_000_000, minimum=1),
            auto_migrate=_bool(e, "QUOTETRAIL_AUTO_MIGRATE", True),
            host=e.get("QUOTETRAIL_HOST") or "127.0.0.1",
            port=_int(e, "QUOTETRAIL_PORT", 8000, minimum=0, maximum=65535),
            workers=_int(e, "QUOTETRAIL_WORKERS", 1, minimum=1),
            media_lexicon_path=lexicon_path,
            media_lexicon=load_media_lexicon(Path(lexicon_path)) if lexicon_path else (),
        )


def _int(env: Mapping[str, str], name: str, default: int, *, minimum: int, maximum: int | None = None) -> int:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw.strip().replace("_", ""))
    except ValueError:
        raise SettingsError(f"{name}={raw!r} is not an integer") from None
    if value < minimum or (maximum is not None and value > maximum):
        raise SettingsError(f"{name}={value} is out of range")
    return value


def _bool(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise SettingsError(f"{name}={raw!r} is not a boolean (use true/false)")


def load_media_lexicon(path: Path) -> tuple[MediaOutlet, ...]:
    """Read the lexicon file: a JSON list of names or of {name, aliases} objects.

    Both shapes are accepted because newsroom staff write these by hand; a plain list of outlet
    names is the common case.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SettingsError(f"QUOTETRAIL_MEDIA_LEXICON: cannot read {path}: {exc.strerror}") from None
    try:
        items = msgspec.json.decode(raw, type=list[str | MediaOutlet])
    except msgspec.DecodeError as exc:
        raise SettingsError(f"QUOTETRAIL_MEDIA_LEXICON: {path} is not a list of outlets: {exc}") from None
    return tuple(MediaOutlet(name=i) if isinstance(i, str) else i for i in items)
