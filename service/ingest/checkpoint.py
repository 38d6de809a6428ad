"""Where a backfill got to, saved after every committed batch so a rerun starts there.

The checkpoint is a convenience (skip re-reading and re-extracting), not the guarantee: a crash
between a commit and the checkpoint write leaves a batch committed but not recorded, and the rerun's
batch lookup of stored articles skips it. It names the input and the database so that the same
file ingested into another database starts from the beginning.
"""

from __future__ import annotations

import os
from pathlib import Path

import msgspec
from sqlalchemy.engine import make_url


class State(msgspec.Struct, kw_only=True):
    input: str
    database: str
    position: int = 0


def _identity(input_path: Path, database_url: str) -> tuple[str, str]:
    return str(input_path.resolve()), make_url(database_url).render_as_string(hide_password=True)


def default_path(input_path: Path) -> Path:
    resolved = input_path.resolve()
    return resolved.with_name(resolved.name + ".checkpoint")


def load(path: Path, input_path: Path, database_url: str) -> int:
    """The position to resume from: 0 if there is no checkpoint or it is for another input/database."""
    try:
        state = msgspec.json.decode(path.read_bytes(), type=State)
    except (OSError, msgspec.DecodeError):
        return 0
    if (state.input, state.database) != _identity(input_path, database_url):
        return 0
    return state.position


def save(path: Path, input_path: Path, database_url: str, position: int) -> None:
    """Write-then-rename, so an interrupted write never leaves a truncated checkpoint."""
    src, db = _identity(input_path, database_url)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(msgspec.json.encode(State(input=src, database=db, position=position)))
    os.replace(tmp, path)
