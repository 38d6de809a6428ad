"""Which build of the engine runs, and whether a compiled one still matches its source.

`scripts/compile_engine.py` can compile the engine's modules with mypyc into C extensions that sit
beside the `.py` files, and Python imports an extension before a source file of the same name. An
extension left over from older source would then run silently instead of the code being read and
edited, so the package door checks, before importing any engine module, that the extensions were
built from exactly the sources present, and refuses to start otherwise. This module imports
nothing of the engine (the compile script loads it by path, before any extension exists).
"""

from __future__ import annotations

import hashlib
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

NOT_COMPILED = frozenset({"__init__.py", "build.py", "types.py", "first_names.py"})
"""Modules left as Python: the package door and this check (they run before any extension may be
trusted), the public msgspec Structs (nothing to gain) and the data-only list of first names."""

DIGEST_NAME = "_engine.sha256"


class StaleBuildError(ImportError):
    """The compiled engine was built from other sources than the ones present."""


def compiled_sources(pkg: Path) -> list[Path]:
    return sorted(p for p in pkg.glob("*.py") if p.name not in NOT_COMPILED)


def built_files(pkg: Path) -> list[Path]:
    """Every file a compile left in the package: its extensions and their digest."""
    ends = tuple(EXTENSION_SUFFIXES)
    return sorted(p for p in pkg.iterdir() if p.name == DIGEST_NAME or p.name.endswith(ends))


def digest_file(pkg: Path) -> Path:
    return pkg / DIGEST_NAME


def sources_digest(pkg: Path) -> str:
    h = hashlib.sha256()
    for p in compiled_sources(pkg):
        h.update(p.name.encode())
        h.update(b"\0")
        h.update(p.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def check(pkg: Path) -> bool:
    """True when a compiled engine is present and current, False when there is none.

    Raises `StaleBuildError` when extensions are present but were built from other sources (or
    their digest is missing): rebuild with `scripts/compile_engine.py`, or remove them with its
    `--clean`.
    """
    files = built_files(pkg)
    if not files:
        return False
    digest = digest_file(pkg)
    recorded = digest.read_text(encoding="utf-8").strip() if digest.exists() else ""
    if recorded != sources_digest(pkg):
        raise StaleBuildError(
            f"the compiled attribution engine in {pkg} was built from other sources than the ones "
            "present: run `uv run python scripts/compile_engine.py` to rebuild it, or "
            "`uv run python scripts/compile_engine.py --clean` to run the Python source")
    return True
