from __future__ import annotations

from typing import Any

import pytest

from service.attribution import COMPILED
from service.store.migrate import head_revision

pytestmark = pytest.mark.anyio


async def test_health_answers(api: Any) -> None:
    r = await api.get("/health")
    assert r.status_code == 200
    # the server runs the same checkout as this test, so the same build of the engine
    assert r.json() == {"status": "ok", "engine": "compiled" if COMPILED else "interpreted"}


async def test_ready_reports_database_and_schema(api: Any, backend: str) -> None:
    r = await api.get("/ready")
    assert r.status_code == 200
    body = r.json()
    assert body["database"] == {"sqlite": "sqlite", "postgres": "postgresql"}[backend]
    assert body["schema_revision"] == head_revision()


async def test_ready_is_503_problem_when_database_unreachable(make_client: Any, tmp_path: Any) -> None:
    # a SQLite path inside a directory that does not exist cannot be opened
    client = await make_client(database_url=f"sqlite+aiosqlite:///{tmp_path}/missing/dir/x.db")
    r = await client.get("/ready")
    assert r.status_code == 503
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["status"] == 503


async def test_unknown_route_and_method_are_problems(api: Any) -> None:
    r = await api.get("/v1/nothing-here")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/problem+json")
    r = await api.put("/v1/articles/1", json={})
    assert r.status_code == 405
    assert r.json()["title"] == "Method not allowed"


async def test_openapi_documents_every_field(api: Any) -> None:
    r = await api.get("/schema/openapi.json")
    assert r.status_code == 200
    schemas = r.json()["components"]["schemas"]
    quote = next(v for k, v in schemas.items() if k.endswith("QuoteOut"))
    for field in (
        "id",
        "article_id",
        "text",
        "start",
        "end",
        "kind",
        "speaker",
        "cue",
        "confidence",
        "chain",
        "cluster_id",
    ):
        assert field in quote["properties"]
    article_in = next(v for k, v in schemas.items() if k.endswith("ArticleIn"))
    assert article_in["required"] == ["text"]
    assert article_in["properties"]["text"].get("description")
