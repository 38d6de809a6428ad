"""`quotetrail extract`: run the engine on files or JSON Lines, print JSON. No database involved.

With `--jsonl` this is the contract of the shared scorer: one `{"id", "text", ...}` object a line in,
one `{"id", "quotes": [...]}` line out, quotes carrying the API's fields. Quotes are clustered across
the whole batch, so the same words reported by several articles share a `cluster_id`.
"""

from __future__ import annotations

import argparse
import os
import sys
from functools import partial
from pathlib import Path
from typing import Any

import msgspec

from service.attribution import ArticleMeta, Quote, extract
from service.engine_setup import lexicon_for
from service.provenance.cluster import QuoteSig, cluster_batch, context_window
from service.settings import SettingsError, load_media_lexicon


def register(sub: Any) -> None:
    p = sub.add_parser("extract", help="extract quotes from files, stdin or JSON Lines (no storage)")
    p.add_argument("files", nargs="*", help="text files; '-' or nothing reads stdin")
    p.add_argument("--jsonl", action="store_true", help="stdin/files are JSON Lines of {id, text, ...}")
    p.add_argument("--outlet", help="publishing outlet for plain-text input")
    p.add_argument("--lexicon", metavar="FILE", default=os.environ.get("QUOTETRAIL_MEDIA_LEXICON") or None,
                   help="JSON list of extra media outlets (default: $QUOTETRAIL_MEDIA_LEXICON)")
    p.set_defaults(func=run)


def quote_to_dict(q: Quote, cluster: str | None) -> dict[str, Any]:
    d: dict[str, Any] = msgspec.to_builtins(q)
    for link in d["chain"]:
        link["entity"].pop("aliases", None)
    if d["speaker"] is not None:
        d["speaker"].pop("aliases", None)
    d["cluster_id"] = cluster
    d["cluster"] = cluster  # the scorer's name for the same field
    return d


def _meta(rec: dict[str, Any]) -> ArticleMeta:
    fields = ("outlet", "title", "url", "byline", "published_at", "language")
    return ArticleMeta(**{k: str(rec[k]) for k in fields if rec.get(k) is not None})


def _read_records(args: argparse.Namespace) -> list[dict[str, Any]]:
    sources = args.files or ["-"]
    records: list[dict[str, Any]] = []
    for src in sources:
        raw = sys.stdin.read() if src == "-" else Path(src).read_text(encoding="utf-8")
        if args.jsonl:
            for n, line in enumerate(raw.splitlines(), 1):
                if line.strip():
                    try:
                        rec = msgspec.json.decode(line)
                    except msgspec.DecodeError as exc:
                        raise SystemExit(f"{src}:{n}: not JSON: {exc}") from None
                    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                        raise SystemExit(f"{src}:{n}: expected an object with a string 'text'")
                    records.append(rec)
        else:
            records.append({"id": src, "text": raw, "outlet": args.outlet})
    return records


def run(args: argparse.Namespace) -> int:
    records = _read_records(args)
    run_engine = extract
    if args.lexicon:
        try:
            outlets = load_media_lexicon(Path(args.lexicon))
        except SettingsError as exc:
            raise SystemExit(str(exc)) from None
        run_engine = partial(extract, lexicon=lexicon_for(outlets))
    results = [run_engine(rec["text"], _meta(rec)) for rec in records]
    sigs: list[QuoteSig] = []
    owners: list[tuple[int, int]] = []
    for i, (rec, quotes) in enumerate(zip(records, results, strict=True)):
        for j, q in enumerate(quotes):
            sigs.append(QuoteSig(text=q.text, context=context_window(rec["text"], q.start, q.end),
                                 speaker=q.speaker.name if q.speaker else None))
            owners.append((i, j))
    labels = cluster_batch(sigs)
    clusters: dict[tuple[int, int], str | None] = dict(zip(owners, labels, strict=True))
    out = sys.stdout
    for i, (rec, quotes) in enumerate(zip(records, results, strict=True)):
        payload = [quote_to_dict(q, clusters[(i, j)]) for j, q in enumerate(quotes)]
        line = msgspec.json.encode({"id": rec.get("id"), "quotes": payload})
        if not args.jsonl:
            line = msgspec.json.format(line, indent=2)
        out.write(line.decode() + "\n")
    return 0
