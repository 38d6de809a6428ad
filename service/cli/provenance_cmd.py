"""`quotetrail provenance "words of a quote"`: search, take the best match, print its story as a tree.

Reads the database from QUOTETRAIL_DATABASE_URL (Settings.from_env), like the server, so a
journalist can ask the same store from a terminal.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from rich.console import Console


def register(sub: Any) -> None:
    p = sub.add_parser("provenance", help="where a quote came from, as a tree")
    p.add_argument("words", help="words of the quote, as remembered")
    p.add_argument("--format", choices=["tree", "json", "prov-json", "prov-turtle"], default="tree")
    p.set_defaults(func=run)


async def _lookup(words: str, fmt: str) -> tuple[int, str]:
    import msgspec

    from service import provenance_service
    from service.errors import ServiceError
    from service.provenance.prov_export import to_prov_json, to_prov_turtle
    from service.provenance.tree import render_tree
    from service.settings import Settings
    from service.store.engine import create_engine, create_sessionmaker

    engine = create_engine(Settings.from_env().database_url)
    try:
        async with create_sessionmaker(engine)() as session:
            try:
                quote_id = await provenance_service.best_match(session, words)
            except ServiceError as exc:
                return 2, f"quotetrail provenance: {exc.detail}"
            if quote_id is None:
                return 1, f"no stored quote matches {words!r}"
            if fmt == "json":
                out = await provenance_service.provenance(session, quote_id)
                return 0, msgspec.json.encode(out).decode()
            graph = await provenance_service.provenance_graph(session, quote_id)
    finally:
        await engine.dispose()
    name = f"quote-{quote_id}"
    if fmt == "prov-json":
        return 0, to_prov_json(graph, name)
    if fmt == "prov-turtle":
        return 0, to_prov_turtle(graph, name)
    width = Console().width if sys.stdout.isatty() else 100
    return 0, render_tree(graph, width=width).rstrip()


def run(args: argparse.Namespace) -> int:
    code, text = asyncio.run(_lookup(args.words, args.format))
    print(text, file=sys.stdout if code == 0 else sys.stderr)
    return code
