"""`api`: an httpx client on the app with the scripted engine, in-process and over real HTTP.

Every API test using it runs four ways: {in-process AsyncTestClient, uvicorn on loopback} x
{SQLite, PostgreSQL}.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
import pytest

from api.scripted_engine import scripted_extract


@pytest.fixture(params=["inproc", "live"])
async def api(
    request: pytest.FixtureRequest, make_client: Callable[..., Awaitable[Any]]
) -> AsyncIterator[Any]:
    if request.param == "inproc":
        yield await make_client(extractor=scripted_extract)
        return
    base = request.getfixturevalue("scripted_live_server")
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        yield client
