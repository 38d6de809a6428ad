"""Write the app's OpenAPI document to openapi/openapi.json and openapi/openapi.yaml.

The committed spec is what integrators and the generated client build on, so it must be exactly
what the running app serves. Output is deterministic (sorted keys, fixed formatting, trailing
newline) so that `--check`, run in CI, fails only on a real API change that was not re-exported.

    uv run python -m scripts.export_openapi          # rewrite both files
    uv run python -m scripts.export_openapi --check  # exit 1 if either file is stale
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
JSON_PATH = ROOT / "openapi" / "openapi.json"
YAML_PATH = ROOT / "openapi" / "openapi.yaml"


def build_spec() -> dict[str, Any]:
    """The schema the app would serve at /schema/openapi.json, built without starting it.

    The app is created against a throw-away SQLite file with migrations off: the spec depends on
    routes and models only, never on the database or the caller's environment.
    """
    from litestar.serialization import encode_json

    from service.app import create_app
    from service.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(database_url=f"sqlite+aiosqlite:///{tmp}/spec.db", auto_migrate=False)
        app = create_app(settings)
        spec: dict[str, Any] = app.openapi_schema.to_schema()
    # litestar's own encoder (as used to serve the schema) turns example objects into plain JSON
    loaded: dict[str, Any] = json.loads(encode_json(spec))
    return loaded


def render_json(spec: dict[str, Any]) -> str:
    return json.dumps(spec, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def render_yaml(spec: dict[str, Any]) -> str:
    text: str = yaml.safe_dump(spec, sort_keys=True, allow_unicode=True, width=100, default_flow_style=False)
    return text


def _diff(path: Path, expected: str) -> list[str]:
    current = path.read_text(encoding="utf-8") if path.exists() else ""
    if current == expected:
        return []
    rel = str(path.relative_to(ROOT))
    return list(difflib.unified_diff(
        current.splitlines(keepends=True), expected.splitlines(keepends=True),
        fromfile=f"{rel} (committed)", tofile=f"{rel} (from the app)",
    ))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="do not write; exit 1 if the files are stale")
    args = parser.parse_args(argv)

    spec = build_spec()
    outputs = {JSON_PATH: render_json(spec), YAML_PATH: render_yaml(spec)}
    if args.check:
        stale = {path: _diff(path, text) for path, text in outputs.items()}
        stale = {path: lines for path, lines in stale.items() if lines}
        for lines in stale.values():
            sys.stdout.writelines(lines[:200])
            if len(lines) > 200:
                print(f"... {len(lines) - 200} more diff lines")
        if stale:
            names = ", ".join(str(p.relative_to(ROOT)) for p in stale)
            print(f"\nOpenAPI spec drift in {names}: run `uv run python -m scripts.export_openapi` "
                  "and `scripts/gen_client.sh`, then commit.", file=sys.stderr)
            return 1
        print(f"openapi spec up to date ({len(_operations(spec))} operations)")
        return 0
    JSON_PATH.parent.mkdir(parents=True, exist_ok=True)
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
    print(f"wrote {JSON_PATH.relative_to(ROOT)} and {YAML_PATH.relative_to(ROOT)} "
          f"({len(_operations(spec))} operations)")
    return 0


def _operations(spec: dict[str, Any]) -> list[str]:
    methods = {"get", "put", "post", "delete", "patch", "head", "options"}
    return [f"{m.upper()} {p}" for p, item in spec.get("paths", {}).items() for m in item if m in methods]


if __name__ == "__main__":
    raise SystemExit(main())
