"""Every runtime setting in one place, read from the environment once.

A frozen Struct (not module globals) so that tests and the CLI can build an app for any database
without touching the process environment, and so nothing can change a setting behind a running app.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any

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
    """Extra media outlets loaded from `media_lexicon_path`; the engine treats them as relays/publishers."""
    api_key_hashes: tuple[str, ...] = ()
    """SHA-256 hex digests of the accepted API keys (QUOTETRAIL_API_KEYS); empty = no key needed.
    Only digests are kept so a logged or printed Settings never reveals a key."""
    read_requires_key: bool = False
    """Whether GET endpoints need a key too (writes always do once keys are configured)."""
    rate_limit: str | None = None
    """Per-key (or per-address) request budget such as "120/minute"; None = unlimited."""
    cors_origins: tuple[str, ...] = ()
    """Origins allowed to call the API from a browser; empty = CORS off."""
    db_connect_timeout: Annotated[float, msgspec.Meta(gt=0)] = 3.0
    """Seconds to wait for a database connection before answering 503."""
    db_command_timeout: Annotated[float, msgspec.Meta(gt=0)] = 30.0
    """Seconds a single PostgreSQL statement may run before it is abandoned (503)."""
    log_level: str = "INFO"
    """Level of the JSON log lines on stderr (DEBUG, INFO, WARNING, ERROR)."""

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
            **_access_settings(e),
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


def _access_settings(e: Mapping[str, str]) -> dict[str, Any]:
    """Security, database-fault and logging settings (issue 7), parsed and checked here at start-up."""
    from service.security.keys import hash_key
    from service.security.rate_limit import parse_rate_limit

    keys = _list(e, "QUOTETRAIL_API_KEYS")
    rate = (e.get("QUOTETRAIL_RATE_LIMIT") or "").strip() or None
    if rate is not None:
        try:
            parse_rate_limit(rate)
        except ValueError as exc:
            raise SettingsError(f"QUOTETRAIL_RATE_LIMIT={rate!r}: {exc}") from None
    level = (e.get("QUOTETRAIL_LOG_LEVEL") or "INFO").strip().upper()
    if level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
        raise SettingsError(f"QUOTETRAIL_LOG_LEVEL={level!r} is not DEBUG, INFO, WARNING or ERROR")
    return {
        "api_key_hashes": tuple(hash_key(k) for k in keys),
        "read_requires_key": _bool(e, "QUOTETRAIL_READ_REQUIRES_KEY", False),
        "rate_limit": rate,
        "cors_origins": _list(e, "QUOTETRAIL_CORS_ORIGINS"),
        "db_connect_timeout": _float(e, "QUOTETRAIL_DB_CONNECT_TIMEOUT", 3.0),
        "db_command_timeout": _float(e, "QUOTETRAIL_DB_COMMAND_TIMEOUT", 30.0),
        "log_level": level,
    }


def _list(env: Mapping[str, str], name: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in (env.get(name) or "").split(",") if item.strip())


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    raw = (env.get(name) or "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(f"{name}={raw!r} is not a number") from None
    if not value > 0 or value == float("inf"):
        raise SettingsError(f"{name}={raw!r} must be a positive number of seconds")
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
