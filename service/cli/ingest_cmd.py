"""`quotetrail ingest PATH`: bulk backfill of a JSON Lines file, a .json file or a folder of .txt/.json.

Resumable: a checkpoint (PATH.checkpoint by default) records how far committed batches got, and
already-stored articles are skipped by a batch lookup before extraction, so an interrupted run is
simply run again. Imports stay inside `run_ingest` so `quotetrail --help` stays fast.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser("ingest", help="bulk-load articles (JSON Lines, .json, or a folder of .txt/.json)")
    p.add_argument("path", type=Path, help="a .jsonl file (an article per line), a .json file, or a folder")
    p.add_argument("--batch-size", type=int, default=500, help="articles per transaction (default 500)")
    p.add_argument("--workers", type=int, default=None,
                   help="extraction processes (default: one per core; 0 = extract in this process)")
    p.add_argument("--checkpoint", type=Path, default=None, help="checkpoint file (default: PATH.checkpoint)")
    p.add_argument("--restart", action="store_true",
                   help="ignore the checkpoint and read from the start (stored articles are still skipped)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run_ingest)


def run_ingest(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from service.ingest import pipeline, source
    from service.settings import Settings, SettingsError

    path: Path = args.path
    if not path.exists():
        print(f"quotetrail ingest: {path} does not exist", file=sys.stderr)
        return 2
    if args.batch_size < 1:
        print("quotetrail ingest: --batch-size must be at least 1", file=sys.stderr)
        return 2
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(f"quotetrail: {exc}", file=sys.stderr)
        return 2

    console = Console(stderr=True)
    unit = "files" if path.is_dir() else "bytes"
    progress = Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        TextColumn("{task.percentage:>5.1f}%"),
        TextColumn("{task.fields[stored]:,} stored, {task.fields[already]:,} already, "
                   "{task.fields[failed]:,} failed, {task.fields[rate]:,.0f} articles/s"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
        disable=args.quiet,
    )
    total = source.total_size(path)
    with progress:
        task = progress.add_task(unit, total=total, stored=0, already=0, failed=0, rate=0.0)

        def on_batch(r: pipeline.Report) -> None:
            rate = (r.stored + r.already) / r.seconds if r.seconds else 0.0
            progress.update(task, completed=r.position, stored=r.stored, already=r.already,
                            failed=r.failed, rate=rate)

        try:
            report = pipeline.run(path, settings, batch_size=args.batch_size, workers=args.workers,
                                  checkpoint_path=args.checkpoint, restart=args.restart, on_batch=on_batch)
        except KeyboardInterrupt:
            console.print("interrupted: committed batches are kept; run the same command again to resume")
            return 130
    for line in report.errors:
        print(line, file=sys.stderr)
    rate = report.read / report.seconds if report.seconds else 0.0
    print(f"ingested {path}: {report.stored} stored, {report.already} already present, "
          f"{report.failed} failed, "
          f"{report.quotes} quotes, {report.seconds:.1f} s, {rate:.0f} articles/s"
          + ("; table statistics refreshed" if report.analysed else ""))
    return 1 if report.failed else 0
