"""The image's start-up path, replayed without Docker on a fresh database of each backend.

Compose runs `quotetrail db upgrade` (service `migrate`) and then `quotetrail serve` with
QUOTETRAIL_AUTO_MIGRATE=false; a plain `docker run` relies on serve migrating by itself. Both must
leave a server whose /ready reports the migrated schema, with the environment the deploy files set.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from tests.deploy.serve import quotetrail_command, run_server, service_env

COMPOSE = Path(__file__).resolve().parents[2] / "docker" / "compose.yaml"


# what an operator exports before `docker compose up` (required variables have no default)
OPERATOR_ENV = {"QUOTETRAIL_API_KEYS": "test-key-1,test-key-2"}
_INTERPOLATION = re.compile(r"\$\{(?P<name>[A-Z0-9_]+)(?::(?P<op>[-?])(?P<arg>[^}]*))?\}")


def _interpolate(value: str) -> str:
    """Compose's ${VAR}, ${VAR:-default} and ${VAR:?error}, from OPERATOR_ENV (not this shell)."""
    def one(match: re.Match[str]) -> str:
        name, op, arg = match["name"], match["op"], match["arg"]
        if OPERATOR_ENV.get(name):
            return OPERATOR_ENV[name]
        assert op != "?", f"compose requires {name}: {arg}"
        return arg or ""

    return _INTERPOLATION.sub(one, value)


def _compose_env(service: str) -> dict[str, str]:
    data: dict[str, Any] = yaml.safe_load(COMPOSE.read_text())
    env = data["services"][service].get("environment", {})
    return {k: _interpolate(str(v)) for k, v in env.items()}


def _ready(base_url: str) -> dict[str, Any]:
    response = httpx.get(f"{base_url}/ready", timeout=10)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert body["schema_revision"], body
    assert httpx.get(f"{base_url}/health", timeout=10).status_code == 200
    return body


def test_serve_migrates_a_fresh_database_itself(fresh_db_url: str, backend: str, tmp_path: Path) -> None:
    with run_server(fresh_db_url, backend, tmp_path) as server:
        assert _ready(server.base_url)["database"] in {"sqlite", "postgresql"}
    log = server.log_tail(100_000)  # after the stop: a line is written once the response is sent
    # one access line per request, ours (JSON, with the route template), not uvicorn's text too
    access = [json.loads(line) for line in log.splitlines()
              if line.startswith("{") and '"quotetrail.access"' in line]
    assert any(entry["route"] == "/health" and entry["status"] == 200 for entry in access), log[-2000:]
    assert "GET /health HTTP/1.1" not in log, log[-2000:]


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgres"], indirect=True)  # compose runs on PostgreSQL only
def test_compose_order_migrate_then_serve(fresh_db_url: str, backend: str, tmp_path: Path) -> None:
    migrate_env = {**_compose_env("migrate"), "QUOTETRAIL_DATABASE_URL": fresh_db_url}
    migrate_argv: list[str] = yaml.safe_load(COMPOSE.read_text())["services"]["migrate"]["command"]
    done = subprocess.run(quotetrail_command(*migrate_argv[1:]), env=service_env(migrate_env),
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]

    api_env = _compose_env("api")
    assert api_env["QUOTETRAIL_AUTO_MIGRATE"] == "false"
    # compose's values, except where the container's network differs from this machine's
    api_env.pop("QUOTETRAIL_PORT")
    api_env.pop("QUOTETRAIL_HOST")
    api_env["QUOTETRAIL_DATABASE_URL"] = fresh_db_url
    api_env["QUOTETRAIL_WORKERS"] = "2"  # compose default: the multi-worker path, as deployed
    with run_server(fresh_db_url, backend, tmp_path, extra_env=api_env) as server:
        _ready(server.base_url)
        # compose makes writes need a key: refused without one, accepted with one
        article = {"text": '"We will not back down," Jane Smith told Reuters.'}
        refused = httpx.post(f"{server.base_url}/v1/articles", json=article, timeout=30)
        assert refused.status_code == 401, refused.text
        key = OPERATOR_ENV["QUOTETRAIL_API_KEYS"].split(",")[1]
        accepted = httpx.post(f"{server.base_url}/v1/articles", json=article, timeout=30,
                              headers={"X-API-Key": key})
        assert accepted.status_code == 201, accepted.text


def test_serve_refuses_a_bad_setting(tmp_path: Path) -> None:
    """A typo'd value must stop the container at start, not run with a silent default."""
    env = service_env({"QUOTETRAIL_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'x.db'}",
                       "QUOTETRAIL_PORT": "eighty"})
    done = subprocess.run(quotetrail_command("serve"), env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert "QUOTETRAIL_PORT" in done.stderr


@pytest.mark.parametrize("name", ["api", "migrate"])
def test_compose_services_have_the_database_url(name: str) -> None:
    assert _compose_env(name)["QUOTETRAIL_DATABASE_URL"].startswith("postgresql+asyncpg://")


def test_compose_env_is_accepted_by_the_settings() -> None:
    """Compose's values (defaults filled in) must parse: a bad default would stop the container."""
    from service.settings import Settings

    env = {**_compose_env("api"), "QUOTETRAIL_HOST": "0.0.0.0"}
    settings = Settings.from_env(env)
    assert settings.workers == 2 and settings.auto_migrate is False
    assert len(settings.api_key_hashes) == 2
    assert settings.database_url == "postgresql+asyncpg://quotetrail:quotetrail@db:5432/quotetrail"
