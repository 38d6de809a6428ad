"""Compile the attribution engine to C extensions with mypyc, in place.

Why: the engine is plain typed Python (mypy --strict clean), and its cost is spread thinly over
tokenising, mention finding and coreference, so no single hot spot is left to rewrite. mypyc turns
the same source into C, about twice as fast (bench/README.md), with no second code base: the
`.py` files stay the one source and the interpreted engine the fallback wherever no C compiler is
(`--clean` goes back to it).

    uv run python scripts/compile_engine.py            # build next to the sources
    uv run python scripts/compile_engine.py --clean    # remove the build: interpreted again
    python scripts/compile_engine.py --install-to SITE_PACKAGES
                                                       # and copy the build into an installed,
                                                       # non-editable copy of the same source (docker/)

The extensions are written beside the sources, with the digest of the sources they were built
from (`service.attribution.build`): importing the engine refuses a build older than its source
rather than silently running stale code.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import tempfile
from pathlib import Path
from types import ModuleType

PACKAGE = Path("service") / "attribution"
GROUP = "service.attribution._engine"


def _build_module(root: Path) -> ModuleType:
    """`service/attribution/build.py` loaded by path: importing the package would run its check
    of the very build this script is about to replace."""
    spec = importlib.util.spec_from_file_location("_quotetrail_engine_build", root / PACKAGE / "build.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def modules(root: Path) -> list[Path]:
    return list(_build_module(root).compiled_sources(root / PACKAGE))


def clean(root: Path) -> int:
    gone = _build_module(root).built_files(root / PACKAGE)
    for p in gone:
        p.unlink()
    return len(gone)


def compile_engine(root: Path) -> None:
    # mypyc and setuptools are build-time tools (the `compile` dependency group), never needed
    # to run the service: import them here only
    from mypyc.build import mypycify
    from setuptools import Distribution  # type: ignore[import-untyped]

    build = _build_module(root)
    clean(root)
    rel = [str(p.relative_to(root)) for p in modules(root)]
    build_dir = Path(tempfile.mkdtemp(prefix="quotetrail-mypyc-"))
    cwd = Path.cwd()
    os.chdir(root)  # mypyc names modules by their path relative to the working directory
    try:
        exts = mypycify(rel, opt_level="3", group_name=GROUP, target_dir=str(build_dir / "c"))
        dist = Distribution({"name": "quotetrail-engine", "ext_modules": exts})
        cmd = dist.get_command_obj("build_ext")
        cmd.inplace = True
        cmd.build_temp = str(build_dir / "tmp")
        cmd.ensure_finalized()
        cmd.run()
    finally:
        os.chdir(cwd)
        shutil.rmtree(build_dir, ignore_errors=True)
    pkg = root / PACKAGE
    build.digest_file(pkg).write_text(build.sources_digest(pkg) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1],
                    help="the folder holding service/ (default: this checkout)")
    ap.add_argument("--clean", action="store_true", help="remove the compiled engine and stop")
    ap.add_argument("--install-to", type=Path, metavar="SITE_PACKAGES",
                    help="then copy the build into this installed copy of the same source (mypy cannot "
                         "compile inside site-packages itself: its own modules there shadow the stdlib's)")
    args = ap.parse_args(argv)
    root = args.root.resolve()
    if args.clean:
        print(f"removed {clean(root)} compiled files")
        return
    compile_engine(root)
    print(f"compiled {len(modules(root))} engine modules under {root / PACKAGE}")
    if args.install_to:
        install(root, args.install_to.resolve())
        print(f"installed the build into {args.install_to / PACKAGE}")


def install(root: Path, site: Path) -> None:
    """Copy the build into an installed copy, which must hold the very sources it was built from."""
    build = _build_module(root)
    src, dest = root / PACKAGE, site / PACKAGE
    if build.sources_digest(dest) != build.sources_digest(src):
        raise SystemExit(f"{dest} does not hold the sources compiled in {src}")
    for p in build.built_files(dest):
        p.unlink()
    for p in build.built_files(src):
        shutil.copy2(p, dest / p.name)


if __name__ == "__main__":
    main()
