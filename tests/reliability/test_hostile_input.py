"""Hostile and malformed input, with the real engine: never a 500, never a hang.

Engine-level properties live in tests/attribution; these go through the API on both databases.
Every request is bounded by a timeout (anyio.fail_after); speed itself is measured in
bench/bench_linear.py, not here.
"""

from __future__ import annotations

from typing import Any

import anyio
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from litestar.testing import TestClient

from service.app import create_app
from service.settings import Settings

pytestmark = pytest.mark.anyio
OK = {200, 201, 400, 413, 415, 422}
EXTREMES = {
    "one-megabyte-line": "word " * 199_000,
    "100k-quote-marks": '"' * 100_000,
    "100k-mixed-marks": "«»„“”‘’‚‹›\"'" * 9_000,
    "deeply-nested": "".join(f'"Level {i} «' for i in range(3_000)) + "said X." + "»\"" * 3_000,
    "control-characters": "".join(chr(c) for c in range(32)) * 1_000 + '"Hi," said Al Bo.\x00\x7f',
    "lone-combining-and-rtl": "\u0301\u200f\u202e\ufeff\u2028" * 20_000,
}


@pytest.mark.parametrize("name", list(EXTREMES))
async def test_extreme_texts_are_answered_not_crashed(name: str, app_client: Any) -> None:
    body = {"text": EXTREMES[name], "outlet": "Fuzz"}
    with anyio.fail_after(120):
        preview = await app_client.post("/v1/extract", json=body)
        stored = await app_client.post("/v1/articles", json=body)
    assert preview.status_code in OK and stored.status_code in OK, (preview.text[:300], stored.text[:300])


@pytest.mark.parametrize(
    ("content", "headers", "status"),
    [
        # litestar reads a JSON body whatever the declared type: accepted or refused, never a 500
        (b'{"text": "a"}', {"content-type": "text/plain"}, {201, 400, 415}),
        (b"text=a", {"content-type": "application/x-www-form-urlencoded"}, {400, 415, 422}),
        (b'{"text": "\xff\xfe bad utf-8"}', {"content-type": "application/json"}, {400}),
        # readable JSON that breaks the schema is 422; unreadable bodies are 400
        (b'{"text": "a", "surprise": 1}', {"content-type": "application/json"}, {422}),
        (b'{"text": 1e400}', {"content-type": "application/json"}, {400}),
        (b'{"text": "a", "published_at": 99999999999999999999999999}', {"content-type": "application/json"},
         {422}),
        (b"[" * 100_000 + b"]" * 100_000, {"content-type": "application/json"}, {400}),
        (b'{"text": "\\ud800"}', {"content-type": "application/json"}, {400, 201}),
        (b"", {"content-type": "application/json"}, {400}),
    ],
)
async def test_malformed_bodies_are_problems(
    content: bytes, headers: dict[str, str], status: set[int], app_client: Any
) -> None:
    with anyio.fail_after(30):
        r = await app_client.post("/v1/articles", content=content, headers=headers)
    assert r.status_code in status, r.text[:300]
    assert r.headers["content-type"].startswith("application/problem+json") or r.status_code == 201


@pytest.mark.parametrize(
    "path",
    ["/v1/articles/99999999999999999999999999", "/v1/articles?limit=99999999999999999999",
     "/v1/quotes/9223372036854775808", "/v1/entities/-1", "/v1/articles?cursor=%00%ff"],
)
async def test_huge_numbers_in_urls_are_problems(path: str, app_client: Any) -> None:
    r = await app_client.get(path)
    assert r.status_code in {404, 422}, r.text[:300]  # ids and limits past their documented maximum


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(st.characters(codec="utf-8"), max_size=400), outlet=st.none() | st.text(max_size=30))
def test_arbitrary_unicode_is_never_a_500(settings_for_fuzz: Settings, text: str, outlet: str | None) -> None:
    with TestClient(app=_app(settings_for_fuzz)) as client:
        for path in ("/v1/extract", "/v1/articles"):
            r = client.post(path, json={"text": text, "outlet": outlet}, timeout=30)
            assert r.status_code in OK, r.text[:300]


_apps: dict[str, Any] = {}


def _app(s: Settings) -> Any:
    if s.database_url not in _apps:
        _apps.clear()
        _apps[s.database_url] = create_app(s)
    return _apps[s.database_url]


@pytest.fixture
def settings_for_fuzz(settings: Settings) -> Settings:
    return settings
