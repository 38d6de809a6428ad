#!/usr/bin/env bash
# Regenerate the typed client package openapi/client/quotetrail_client from the committed spec
# openapi/openapi.json, with the openapi-python-client pinned in uv.lock.
#
#   scripts/gen_client.sh           # rewrite openapi/client/quotetrail_client
#   scripts/gen_client.sh --check   # regenerate into a temp dir; exit 1 if the committed code differs
#   scripts/gen_client.sh --allow-warnings [--check]   # local stopgap only, never in CI (see below)
#
# Generation always happens in a temp dir and is formatted with the repo's ruff and
# openapi/client/ruff.toml, so both modes produce byte-identical output for the same spec.
# Warnings fail by default: each one means an operation or response was left out of the client
# (e.g. an error response whose schema is not the Problem model). --allow-warnings exists only to
# keep working locally while such a spec defect is being fixed in the service.
set -euo pipefail
cd "$(dirname "$0")/.."

spec=openapi/openapi.json
config=openapi/client-config.yaml
ruff_config=openapi/client/ruff.toml
target=openapi/client/quotetrail_client

mode=write
strict=--fail-on-warning
for arg in "$@"; do
  case "$arg" in
    --check) mode=check ;;
    --allow-warnings) strict=--no-fail-on-warning ;;
    *) echo "usage: $0 [--allow-warnings] [--check]" >&2; exit 2 ;;
  esac
done

[ -f "$spec" ] || { echo "$spec missing: run uv run python -m scripts.export_openapi" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
out="$tmp/quotetrail_client"

if ! uv run --no-sync openapi-python-client generate --path "$spec" --config "$config" --meta none \
    --output-path "$out" "$strict" >"$tmp/gen.log" 2>&1; then
  cat "$tmp/gen.log" >&2
  echo "client generation failed (see above)" >&2
  exit 1
fi
uv run --no-sync ruff check --quiet --fix-only --config "$ruff_config" "$out"
uv run --no-sync ruff format --quiet --config "$ruff_config" "$out"
find "$out" \( -name .ruff_cache -o -name __pycache__ \) -prune -exec rm -rf {} +

if [ "$mode" = check ]; then
  if diff -r -u --exclude=__pycache__ "$target" "$out" >"$tmp/diff" 2>&1; then
    echo "generated client up to date ($(find "$out" -name '*.py' | wc -l) modules)"
    exit 0
  fi
  head -n 200 "$tmp/diff"
  echo "client drift: $target differs from what $spec generates; run scripts/gen_client.sh and commit" >&2
  exit 1
fi

rm -rf "$target"
cp -R "$out" "$target"
echo "regenerated $target from $spec ($(find "$target" -name '*.py' | wc -l) modules)"
