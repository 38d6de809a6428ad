"""`quotetrail` command line: one module per command family, each registering its subcommands.

Command modules are imported lazily by name so that `quotetrail extract` (pure engine) never pays
for importing the web framework or database drivers.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# module name -> the subcommands it registers (kept here so `--help` needs no imports)
COMMAND_MODULES = {
    "service.cli.extract_cmd": ("extract",),
    "service.cli.server_cmd": ("serve", "seed", "db"),
    "service.cli.ingest_cmd": ("ingest",),
    "service.cli.provenance_cmd": ("provenance",),
    "service.cli.backup_cmd": ("export", "import"),
}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quotetrail", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module_name, commands in COMMAND_MODULES.items():
        if only is not None and only not in commands:
            for name in commands:
                sub.add_parser(name, add_help=False)
            continue
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:  # a command family not built yet
            if exc.name != module_name:
                raise
            continue
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    first = next((a for a in args_list if not a.startswith("-")), None)
    parser = build_parser(only=first)
    args = parser.parse_args(args_list)
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    raise SystemExit(main())
