"""Input readers that say, for every record, how far into the input it is safe to resume after it.

Positions are what the checkpoint stores: a byte offset into a JSON Lines file (the end of the
record's line), or a count of fully read files for a folder. A record whose position is P can be
skipped on resume by starting the reader at P.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec

from models.schemas import ArticleIn

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
_FIELDS = frozenset(ArticleIn.__struct_fields__)


@dataclass(frozen=True, slots=True)
class Record:
    position: int
    """Resume point after this record (bytes for JSONL, files for a folder)."""
    where: str
    """For error messages: file and line."""
    article: ArticleIn | None
    error: str | None = None


def to_article(raw: Any) -> ArticleIn:
    """Generators and exports carry extra keys (ids, scores); the backfill keeps the article fields."""
    if isinstance(raw, dict):
        raw = {k: v for k, v in raw.items() if k in _FIELDS}
    return msgspec.convert(raw, ArticleIn)


def _record(position: int, where: str, raw: Any) -> Record:
    try:
        return Record(position, where, to_article(raw))
    except msgspec.ValidationError as exc:
        return Record(position, where, None, str(exc))


def total_size(path: Path) -> int:
    """The last position of the input, for a progress bar."""
    if path.is_dir():
        return len(list_files(path))
    if path.suffix == ".json":
        return 1  # one file: positions 0 and 1
    return path.stat().st_size


def list_files(folder: Path) -> list[Path]:
    """Every .txt/.json below `folder`, sorted by path so positions mean the same on a rerun."""
    return sorted(p for p in folder.rglob("*") if p.suffix in (".txt", ".json") and p.is_file())


def read(path: Path, start: int = 0) -> Iterator[Record]:
    """Records of `path` (JSON Lines file, .json file, or folder) from position `start` on."""
    if path.is_dir():
        yield from _read_folder(path, start)
    elif path.suffix == ".json":
        yield from _read_json_file(path, 1, path.name) if start == 0 else iter(())
    else:
        yield from _read_jsonl(path, start)


def _read_jsonl(path: Path, start: int) -> Iterator[Record]:
    decoder = msgspec.json.Decoder()
    with path.open("rb") as f:
        f.seek(start)
        offset = start
        for n, line in enumerate(f, 1):
            offset += len(line)
            if not line.strip():
                continue
            where = f"{path.name} at byte {offset - len(line)}" if start else f"{path.name}:{n}"
            try:
                raw = decoder.decode(line)
            except msgspec.DecodeError as exc:
                yield Record(offset, where, None, f"not JSON: {exc}")
                continue
            yield _record(offset, where, raw)


def _read_json_file(path: Path, done_after: int, where: str) -> Iterator[Record]:
    """A .json file holds one article or a list; only its last record moves the position past it."""
    try:
        data = msgspec.json.decode(path.read_bytes())
    except (OSError, msgspec.DecodeError) as exc:
        yield Record(done_after, where, None, f"not readable JSON: {exc}")
        return
    items = data if isinstance(data, list) else [data]
    for i, raw in enumerate(items):
        yield _record(done_after if i == len(items) - 1 else done_after - 1, f"{where} #{i + 1}", raw)


def _read_folder(folder: Path, start: int) -> Iterator[Record]:
    files = list_files(folder)
    for index in range(start, len(files)):
        path = files[index]
        where = str(path.relative_to(folder))
        if path.suffix == ".json":
            yield from _read_json_file(path, index + 1, where)
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            yield Record(index + 1, where, None, f"not readable UTF-8 text: {exc}")
            continue
        yield _record(index + 1, where, {"text": text})
