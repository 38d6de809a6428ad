"""`quotetrail ingest FOLDER` as a user runs it: a real process, .txt and .json inputs, bad records
reported, a rerun resuming after the checkpoint, --restart finding everything already stored."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from models.tables import Article, Quote

REPO = Path(__file__).resolve().parents[2]
SAID = 'Finance Minister Ana Duarte said: "We will not sell the harbour to anyone, at any price."'


def ingest(db_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QUOTETRAIL_DATABASE_URL": db_url,
        "QUOTETRAIL_AUTO_MIGRATE": "false",
        "PYTHONPATH": str(REPO),
    }
    return subprocess.run(
        [sys.executable, "-c", "from service.cli import main; raise SystemExit(main())", "ingest", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_folder_ingest_reports_resumes_and_restarts(db_url: str, run_db: Any, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(f"Port Essen, Monday.\n\n{SAID}\n")
    (folder / "sub" / "c.txt").write_text("A plain report without quotes.\n")
    (folder / "b.json").write_text(
        json.dumps(
            [
                {
                    "text": f"Carrow.\n\n{SAID} She spoke to the Harbour Post.",
                    "outlet": "Carrow Herald",
                    "url": "https://carrow.example/1",
                    "id": "ignored-extra-key",
                },
                {"text": "   "},  # rejected like the API rejects it: whitespace only
            ]
        )
    )
    (folder / "notes.md").write_text("not an input")
    ckpt = tmp_path / "ck.json"

    postgres = db_url.startswith("postgresql")

    async def analysed_at(session: Any) -> Any:
        if not postgres:
            return None
        return await session.scalar(
            text("SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'quote_keys'")
        )

    before = asyncio.run(run_db(db_url, analysed_at))
    first = ingest(db_url, str(folder), "--quiet", "--workers", "2", "--checkpoint", str(ckpt))
    assert first.returncode == 1, first.stderr  # one record failed
    assert "3 stored, 0 already present, 1 failed" in first.stdout
    # PostgreSQL: a backfill that stored something ends with fresh planner statistics
    assert ("table statistics refreshed" in first.stdout) == postgres
    after = asyncio.run(run_db(db_url, analysed_at))
    assert after == before if not postgres else after is not None and (before is None or after > before)
    assert "b.json #2: text: must contain something other than whitespace" in first.stderr

    async def counts(session: Any) -> tuple[int, int]:
        return (
            await session.scalar(select(func.count()).select_from(Article)),
            await session.scalar(select(func.count()).select_from(Quote)),
        )

    assert asyncio.run(run_db(db_url, counts)) == (3, 2)

    resumed = ingest(db_url, str(folder), "--quiet", "--checkpoint", str(ckpt))
    assert resumed.returncode == 0, resumed.stderr
    assert "0 stored, 0 already present, 0 failed" in resumed.stdout  # nothing left after the checkpoint
    assert "statistics" not in resumed.stdout  # nothing stored, nothing to refresh

    again = ingest(db_url, str(folder), "--quiet", "--checkpoint", str(ckpt), "--restart", "--workers", "0")
    assert "0 stored, 3 already present, 1 failed" in again.stdout
    assert asyncio.run(run_db(db_url, counts)) == (3, 2)


def test_missing_path_is_a_usage_error(db_url: str, tmp_path: Path) -> None:
    r = ingest(db_url, str(tmp_path / "nope.jsonl"))
    assert r.returncode == 2 and "does not exist" in r.stderr
