"""A small Dockerfile reader for static checks: no Docker engine runs on our machines or in CI.

Only what the deploy tests need: instructions with continuations joined, comments dropped, and the
stage each instruction belongs to. Exec-form (JSON) arguments are decoded so a test compares the
real argv, not a string that merely looks like it.
"""

from __future__ import annotations

import json
import shlex
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Instruction:
    """One instruction, e.g. keyword "COPY", flags {"from": "build"}, args ["a", "b", "./"]."""

    keyword: str
    raw: str
    stage: int
    flags: dict[str, str] = field(default_factory=dict)
    args: list[str] = field(default_factory=list)
    exec_form: list[str] | None = None


def parse(path: Path) -> list[Instruction]:
    """Split a Dockerfile into instructions; stage numbers count FROM lines from 0."""
    logical: list[str] = []
    pending = ""
    for line in path.read_text().splitlines():
        stripped = line.strip()
        if not pending and (not stripped or stripped.startswith("#")):
            continue
        if pending and stripped.startswith("#"):
            continue  # comment lines inside a continuation are ignored by Docker too
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        logical.append(pending + stripped)
        pending = ""
    if pending:
        logical.append(pending)

    stage = -1
    out: list[Instruction] = []
    for text in logical:
        keyword, _, rest = text.partition(" ")
        keyword = keyword.upper()
        if keyword == "FROM":
            stage += 1
        rest = rest.strip()
        flags: dict[str, str] = {}
        if keyword in {"COPY", "ADD", "RUN", "HEALTHCHECK", "FROM"}:
            while rest.startswith("--"):
                flag, _, rest = rest.partition(" ")
                name, _, value = flag[2:].partition("=")
                flags[name] = value
                rest = rest.strip()
        if keyword == "HEALTHCHECK" and rest.upper().startswith("CMD "):
            rest = rest[4:].strip()  # HEALTHCHECK [flags] CMD <command>: keep <command>
        exec_form = None
        if keyword in {"CMD", "ENTRYPOINT", "RUN", "HEALTHCHECK"} and rest.startswith("["):
            exec_form = json.loads(rest)
        args = exec_form if exec_form is not None else shlex.split(rest, posix=True)
        out.append(Instruction(keyword, text, stage, flags, args, exec_form))
    return out


def final_stage(instructions: list[Instruction]) -> list[Instruction]:
    """The instructions of the last stage: the image that actually runs."""
    last = max(i.stage for i in instructions)
    return [i for i in instructions if i.stage == last]
