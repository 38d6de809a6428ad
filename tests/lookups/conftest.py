"""Loading the project's own seed articles (seeds/*.json) through the real API and engine."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def client(make_client: Any) -> Any:
    """The app with the README's scripted engine and every seed article posted (a module that
    wants it empty defines its own `client`)."""
    from tests.lookups.readme_engine import readme_extract

    client = await make_client(extractor=readme_extract)
    await load_seeds(client)
    return client


async def load_seeds(client: Any) -> dict[str, int]:
    """POST every seed article; file name -> article id."""
    ids: dict[str, int] = {}
    for path in sorted(SEEDS.glob("*.json")):
        resp = await client.post("/v1/articles", json=json.loads(path.read_text(encoding="utf-8")))
        assert resp.status_code == 201, resp.text
        ids[path.name] = resp.json()["id"]
    return ids
