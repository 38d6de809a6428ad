"""The compiled engine is the one its sources describe, or the engine refuses to start."""

from __future__ import annotations

import os
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

import service.attribution
from service.attribution import build, engine


def _package(tmp_path: Path) -> Path:
    pkg = tmp_path / "attribution"
    pkg.mkdir()
    for name in ("__init__.py", "engine.py", "segment.py", "types.py"):
        (pkg / name).write_text(f"# {name}\n", encoding="utf-8")
    return pkg


def _compile(pkg: Path) -> None:
    """What scripts/compile_engine.py leaves behind: extensions and the digest of their sources."""
    (pkg / f"engine{EXTENSION_SUFFIXES[0]}").write_bytes(b"\x7fELF")
    build.digest_file(pkg).write_text(build.sources_digest(pkg) + "\n", encoding="utf-8")


def test_no_extensions_is_the_interpreted_engine(tmp_path: Path) -> None:
    assert build.check(_package(tmp_path)) is False


def test_extensions_built_from_these_sources_are_current(tmp_path: Path) -> None:
    pkg = _package(tmp_path)
    _compile(pkg)
    assert build.check(pkg) is True


def test_an_edited_source_makes_the_build_stale(tmp_path: Path) -> None:
    pkg = _package(tmp_path)
    _compile(pkg)
    (pkg / "segment.py").write_text("# segment.py, edited after the build\n", encoding="utf-8")
    with pytest.raises(build.StaleBuildError, match=r"compile_engine\.py"):
        build.check(pkg)


def test_a_new_module_makes_the_build_stale(tmp_path: Path) -> None:
    pkg = _package(tmp_path)
    _compile(pkg)
    (pkg / "relays.py").write_text("# added after the build\n", encoding="utf-8")
    with pytest.raises(build.StaleBuildError):
        build.check(pkg)


def test_extensions_without_a_digest_are_stale(tmp_path: Path) -> None:
    pkg = _package(tmp_path)
    _compile(pkg)
    build.digest_file(pkg).unlink()
    with pytest.raises(build.StaleBuildError):
        build.check(pkg)


def test_modules_left_as_python_do_not_count(tmp_path: Path) -> None:
    """The package door, the check and the public Structs are never compiled: editing them needs
    no rebuild."""
    pkg = _package(tmp_path)
    _compile(pkg)
    (pkg / "types.py").write_text("# types.py, edited\n", encoding="utf-8")
    (pkg / "__init__.py").write_text("# __init__.py, edited\n", encoding="utf-8")
    assert build.check(pkg) is True
    assert [p.name for p in build.compiled_sources(pkg)] == ["engine.py", "segment.py"]


@pytest.mark.skipif(os.environ.get("QUOTETRAIL_EXPECT_COMPILED") != "1",
                    reason="set QUOTETRAIL_EXPECT_COMPILED=1 where the engine was compiled (CI does)")
def test_the_engine_under_test_is_the_compiled_one() -> None:
    assert service.attribution.COMPILED is True
    assert engine.__file__ is not None and engine.__file__.endswith(tuple(EXTENSION_SUFFIXES))
