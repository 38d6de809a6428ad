"""The image's start-up path, replayed without Docker on a fresh database of each backend.

Compose runs `quotetrail db upgrade` (service `migrate`) and then `quotetrail serve` with
QUOTETRAIL_AUTO_MIGRATE=false; a plain `docker run` relies on serve migrating by itself. Both must
leave a server whose /ready reports the migrated schema, with the environment the deploy files set.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from tests.deploy.serve import quotetrail_command, run_server, service_env

COMPOSE = Path(__file__).resolve().parents[2] / "docker" / "compose.yaml"


def _compose_env(service: str) -> dict[str, str]:
    data: dict[str, Any] = yaml.safe_load(COMPOSE.read_text())
    return {k: str(v) for k, v in data["services"][service].get("environment", {}).items()}


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
