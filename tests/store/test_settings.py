from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.settings import DEFAULT_DATABASE_URL, MediaOutlet, Settings, SettingsError


def test_defaults() -> None:
    s = Settings.from_env({})
    assert (s.database_url, s.max_text_bytes, s.auto_migrate, s.host, s.port, s.workers, s.media_lexicon) == (
        DEFAULT_DATABASE_URL,
        1_000_000,
        True,
        "127.0.0.1",
        8000,
        1,
        (),
    )


def test_values_from_environment(tmp_path: Path) -> None:
    lexicon = tmp_path / "media.json"
    lexicon.write_text(
        json.dumps(["Valdoria Today", {"name": "KCNA", "aliases": ["Korean Central News Agency"]}])
    )
    s = Settings.from_env(
        {
            "QUOTETRAIL_DATABASE_URL": "postgresql+asyncpg://u@h/db",
            "QUOTETRAIL_MAX_TEXT_BYTES": "2_000",
            "QUOTETRAIL_AUTO_MIGRATE": "false",
            "QUOTETRAIL_HOST": "0.0.0.0",
            "QUOTETRAIL_PORT": "9000",
            "QUOTETRAIL_WORKERS": "3",
            "QUOTETRAIL_MEDIA_LEXICON": str(lexicon),
        }
    )
    assert (s.database_url, s.max_text_bytes, s.auto_migrate, s.host, s.port, s.workers) == (
        "postgresql+asyncpg://u@h/db",
        2000,
        False,
        "0.0.0.0",
        9000,
        3,
    )
    assert s.media_lexicon == (
        MediaOutlet(name="Valdoria Today"),
        MediaOutlet(name="KCNA", aliases=("Korean Central News Agency",)),
    )


@pytest.mark.parametrize(
    "env",
    [
        {"QUOTETRAIL_MAX_TEXT_BYTES": "0"},
        {"QUOTETRAIL_PORT": "70000"},
        {"QUOTETRAIL_AUTO_MIGRATE": "maybe"},
        {"QUOTETRAIL_WORKERS": "two"},
        {"QUOTETRAIL_MEDIA_LEXICON": "/nonexistent/media.json"},
    ],
)
def test_bad_values_fail_loudly(env: dict[str, str]) -> None:
    with pytest.raises(SettingsError, match=next(iter(env))):
        Settings.from_env(env)
