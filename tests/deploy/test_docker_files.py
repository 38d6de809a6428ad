"""Static checks of docker/Dockerfile and docker/compose.yaml.

No Docker engine runs on our machines or in CI, so an image is never built here. What can be known
without one is checked: the files parse, every path they copy exists in the repository, the build
stage's uv commands succeed on exactly the files copied, the image runs the documented production
command as a non-root user and is health-checked on /health, and every QUOTETRAIL_* name the deploy
files set is one that service/settings.py actually reads (a typo there would silently be ignored).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.deploy.dockerfile import Instruction, final_stage, parse

ROOT = Path(__file__).resolve().parents[2]
DOCKERFILE = ROOT / "docker" / "Dockerfile"
COMPOSE = ROOT / "docker" / "compose.yaml"
SETTINGS = ROOT / "service" / "settings.py"
DOCS = ROOT / "docs" / "integration.md"
PRODUCTION_COMMAND = ["quotetrail", "serve"]
SETTING_NAME = re.compile(r"\bQUOTETRAIL_[A-Z0-9_]+\b")


@pytest.fixture(scope="module")
def dockerfile() -> list[Instruction]:
    return parse(DOCKERFILE)


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE.read_text())
    assert isinstance(data, dict), "compose.yaml must be a mapping"
    return data


def _settings_names() -> set[str]:
    if not SETTINGS.exists():
        pytest.skip("service/settings.py does not exist yet: nothing to compare env names against")
    names = set(SETTING_NAME.findall(SETTINGS.read_text()))
    assert names, "service/settings.py reads no QUOTETRAIL_* variable?"
    return names


def _local_copies(instructions: list[Instruction]) -> list[Instruction]:
    """COPY/ADD from the build context (not from another stage or image)."""
    return [i for i in instructions if i.keyword in {"COPY", "ADD"} and "from" not in i.flags]


# ---- Dockerfile ------------------------------------------------------------------------------


def test_dockerfile_is_multi_stage_and_final_stage_copies_from_build(dockerfile: list[Instruction]) -> None:
    stages = [i for i in dockerfile if i.keyword == "FROM"]
    assert len(stages) >= 2, "expected a build stage and a runtime stage"
    names = {i.args[-1] for i in stages if len(i.args) >= 3 and i.args[-2].upper() == "AS"}
    runtime = final_stage(dockerfile)
    assert any(i.keyword == "COPY" and i.flags.get("from") in names for i in runtime)
    assert not _local_copies(runtime), "runtime stage should take only the built venv, not sources"


def test_dependencies_are_installed_by_uv_from_the_lock(dockerfile: list[Instruction]) -> None:
    uv_runs = [i.args for i in dockerfile if i.keyword == "RUN" and i.args[:2] == ["uv", "sync"]]
    assert uv_runs, "the build stage must install with `uv sync`"
    for argv in uv_runs:
        assert "--locked" in argv, f"{argv}: without --locked the image may drift from uv.lock"
        assert "--no-dev" in argv, f"{argv}: dev tools do not belong in the production image"
    assert any(i.flags.get("from", "").startswith("ghcr.io/astral-sh/uv:") for i in dockerfile)


def test_every_copied_path_is_tracked_in_the_repository(dockerfile: list[Instruction]) -> None:
    tracked = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.splitlines()
    copies = _local_copies(dockerfile)
    assert copies
    for instruction in copies:
        for source in instruction.args[:-1]:
            assert (ROOT / source).exists(), f"{instruction.raw}: {source} does not exist"
            hits = [t for t in tracked if t == source or t.startswith(source.rstrip("/") + "/")]
            assert hits, f"{instruction.raw}: {source} is ignored by git, so a fresh clone lacks it"


def test_copied_paths_are_not_excluded_by_the_dockerignore(dockerfile: list[Instruction]) -> None:
    ignore = DOCKERFILE.with_name("Dockerfile.dockerignore")
    patterns = [
        line.strip() for line in ignore.read_text().splitlines() if line.strip() and not line.startswith("#")
    ]
    assert ".git" in patterns and ".venv" in patterns
    for instruction in _local_copies(dockerfile):
        for source in instruction.args[:-1]:
            first = source.split("/")[0]
            assert first not in patterns, f"{source} is copied but excluded from the build context"


def test_runs_the_documented_production_command(dockerfile: list[Instruction]) -> None:
    runtime = final_stage(dockerfile)
    assert not [i for i in runtime if i.keyword == "ENTRYPOINT"], "CMD alone should define the command"
    cmds = [i for i in runtime if i.keyword == "CMD"]
    assert cmds and cmds[-1].exec_form == PRODUCTION_COMMAND, "exec form, so signals reach the server"
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert "quotetrail" in scripts
    from service.cli import COMMAND_MODULES

    assert any("serve" in cmds for cmds in COMMAND_MODULES.values())
    assert "quotetrail serve" in DOCS.read_text(), "docs/integration.md must document the command"


def test_runs_as_a_non_root_user(dockerfile: list[Instruction]) -> None:
    users = [i for i in final_stage(dockerfile) if i.keyword == "USER"]
    assert users, "no USER: the container would run as root"
    user = users[-1].args[0].split(":")[0]
    assert user not in {"root", "0"}
    creates_user = any(i.keyword == "RUN" and "useradd" in i.raw and user in i.raw for i in dockerfile)
    assert creates_user or user.isdigit(), f"user {user} is never created"


def test_healthcheck_probes_health_on_the_served_port(dockerfile: list[Instruction]) -> None:
    checks = [i for i in final_stage(dockerfile) if i.keyword == "HEALTHCHECK"]
    assert len(checks) == 1
    check = checks[0]
    assert check.exec_form is not None and "/health" in " ".join(check.exec_form)
    # the probe must be runnable with what the slim image has: python, not curl/wget
    assert check.exec_form[0] == "python"
    compile(check.exec_form[2], "<healthcheck>", "exec")
    env = _env(final_stage(dockerfile))
    exposed = [i.args[0] for i in final_stage(dockerfile) if i.keyword == "EXPOSE"]
    assert exposed == [env["QUOTETRAIL_PORT"]]


def _env(instructions: list[Instruction]) -> dict[str, str]:
    out: dict[str, str] = {}
    for i in instructions:
        if i.keyword == "ENV":
            out.update(a.split("=", 1) for a in i.args if "=" in a)
    return out


def test_dockerfile_env_names_are_real_settings(dockerfile: list[Instruction]) -> None:
    names = {k for k in _env(dockerfile) if k.startswith("QUOTETRAIL_")}
    assert names <= _settings_names(), f"unknown settings: {names - _settings_names()}"
    # the service must listen beyond the container's loopback, or the published port is dead
    assert _env(final_stage(dockerfile))["QUOTETRAIL_HOST"] == "0.0.0.0"


def test_build_stage_installs_and_the_installed_command_runs(
    dockerfile: list[Instruction], tmp_path: Path
) -> None:
    """Replays the build stage without Docker: copy exactly what it copies, run its uv commands.

    Catches a COPY list that misses something the lock or the package needs, and a package whose
    installed (non-editable) form lacks files such as migrations. Offline: uv's cache already holds
    everything after `uv sync --locked --all-groups`.
    """
    if not (ROOT / "service" / "cli" / "server_cmd.py").exists():
        pytest.skip("service/cli/server_cmd.py (quotetrail serve / db upgrade) does not exist yet")
    context = tmp_path / "src"
    context.mkdir()
    build = [i for i in dockerfile if i.stage == 0]
    env = {k: v for k, v in os.environ.items() if k not in {"VIRTUAL_ENV", "UV_PROJECT_ENVIRONMENT"}}
    env.update({"UV_PROJECT_ENVIRONMENT": str(tmp_path / "venv"), "UV_COMPILE_BYTECODE": "0"})
    for i in build:
        if i.keyword in {"COPY", "ADD"} and "from" not in i.flags:
            for source in i.args[:-1]:
                src, dest = ROOT / source, context / source
                dest.parent.mkdir(parents=True, exist_ok=True)
                if src.is_dir():
                    shutil.copytree(src, dest, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
                else:
                    shutil.copy2(src, dest)
        elif i.keyword == "RUN" and i.args[:1] == ["uv"]:
            argv = [shutil.which("uv") or "uv", *i.args[1:], "--offline", "--python", sys.executable]
            done = subprocess.run(argv, cwd=context, env=env, capture_output=True, text=True, timeout=240)
            assert done.returncode == 0, f"{i.raw}\n{done.stderr[-3000:]}"
    venv_bin = tmp_path / "venv" / "bin"
    elsewhere = tmp_path / "run"
    elsewhere.mkdir()
    shutil.rmtree(context)  # the runtime image has no source tree: prove nothing reads it
    for argv in (PRODUCTION_COMMAND, ["quotetrail", "db", "upgrade"]):
        done = subprocess.run(
            [str(venv_bin / argv[0]), *argv[1:], "--help"],
            cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120,
        )
        assert done.returncode == 0, f"{argv}: {done.stderr[-3000:]}"
    has_migrations = subprocess.run(
        [str(venv_bin / "python"), "-c",
         "import importlib.resources as r, service.store as s; "
         "print(any(p.name.endswith('.py') for p in (r.files(s) / 'migrations').rglob('*')))"],
        cwd=elsewhere, env=env, capture_output=True, text=True, timeout=60,
    )
    assert has_migrations.stdout.strip() == "True", has_migrations.stderr[-2000:]


# ---- compose ---------------------------------------------------------------------------------


def test_compose_builds_this_dockerfile(compose: dict[str, Any]) -> None:
    builds = [s["build"] for s in compose["services"].values() if "build" in s]
    assert builds
    for build in builds:
        context = (COMPOSE.parent / build["context"]).resolve()
        assert context == ROOT
        assert (context / build["dockerfile"]).resolve() == DOCKERFILE


def test_compose_postgres_has_volume_and_healthcheck(compose: dict[str, Any]) -> None:
    db = compose["services"]["db"]
    assert db["image"].startswith("postgres:")
    mounts = [v.split(":") for v in db["volumes"]]
    assert any(m[0] in compose["volumes"] and m[1] == "/var/lib/postgresql/data" for m in mounts)
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])


def test_compose_api_runs_production_command_after_migrations(compose: dict[str, Any]) -> None:
    services = compose["services"]
    api, migrate = services["api"], services["migrate"]
    assert api.get("command", PRODUCTION_COMMAND) == PRODUCTION_COMMAND
    assert migrate["command"] == ["quotetrail", "db", "upgrade"]
    assert migrate["image"] == api["image"]
    assert api["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert api["depends_on"]["db"]["condition"] == "service_healthy"
    assert migrate["depends_on"]["db"]["condition"] == "service_healthy"
    assert "/health" in " ".join(api["healthcheck"]["test"])
    port = api["environment"]["QUOTETRAIL_PORT"]
    assert any(str(p).endswith(f":{port}") for p in api["ports"])


def test_compose_database_url_points_at_the_db_service(compose: dict[str, Any]) -> None:
    for name in ("api", "migrate"):
        url = compose["services"][name]["environment"]["QUOTETRAIL_DATABASE_URL"]
        assert url.startswith("postgresql+asyncpg://")
        assert "@db:5432/" in url
        db_env = compose["services"]["db"]["environment"]
        assert url.rsplit("/", 1)[1] == db_env["POSTGRES_DB"]
        assert url.split("://", 1)[1].startswith(db_env["POSTGRES_USER"] + ":")


def test_compose_env_names_are_real_settings(compose: dict[str, Any]) -> None:
    used: set[str] = set()
    for service in compose["services"].values():
        used |= {k for k in service.get("environment", {}) if k.startswith("QUOTETRAIL_")}
    used |= set(SETTING_NAME.findall(COMPOSE.read_text()))  # ${QUOTETRAIL_...} interpolations too
    assert used
    unknown = used - _settings_names()
    assert not unknown, f"compose sets variables the service never reads: {sorted(unknown)}"


def test_every_setting_is_documented() -> None:
    text = DOCS.read_text()
    missing = sorted(n for n in _settings_names() if f"`{n}`" not in text)
    assert not missing, f"docs/integration.md Configuration lacks {missing}"
    assert "docker compose -f docker/compose.yaml up" in text
