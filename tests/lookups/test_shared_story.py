"""The five shared seed articles through the real engine: "fraternal duty" -> Kim Jong Un, four
articles, relayed by KCNA and Reuters. Optional: reads ../shared, skipped when it is absent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seeds"

pytestmark = [
    pytest.mark.anyio,
    pytest.mark.shared,
    pytest.mark.skipif(not SHARED.is_dir(), reason="shared corpus not available"),
]


async def test_fraternal_duty(app_client: Any) -> None:
    for i, path in enumerate(sorted(SHARED.glob("*.txt"))):
        resp = await app_client.post(
            "/v1/articles",
            json={"text": path.read_text(encoding="utf-8"), "url": f"https://shared.example/{i}"},
        )
        assert resp.status_code == 201, resp.text
    hits = (await app_client.get("/v1/quotes/search", params={"q": "fraternal duty"})).json()["items"]
    prov = (await app_client.get(f"/v1/quotes/{hits[0]['quote_id']}/provenance")).json()
    assert prov["speaker"]["name"] == "Kim Jong Un"
    assert len({o["article_id"] for o in prov["occurrences"]}) == 4
    relays = {n["name"] for n in prov["nodes"] if "relay" in n["roles"]}
    assert {"KCNA", "Reuters"} <= relays, relays
