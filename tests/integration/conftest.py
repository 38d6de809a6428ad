"""`qt_server`: one real `quotetrail serve` per backend for this package's modules.

Not tests/conftest.py's `live_server`: that one pipes the server's stderr without reading it, so
once the JSON access log fills the pipe (a few hundred requests) the server blocks and every later
request times out. Contract runs make hundreds of requests, so this server logs to a file. It also
starts through the production command on a fresh database (migrated by `quotetrail serve`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext

import pytest

from tests.deploy.serve import run_server, throwaway_postgres

PG_ENV = "QUOTETRAIL_TEST_DATABASE_URL"


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def qt_server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of the server; module-scoped, so each module starts from an empty database."""
    backend = str(request.param)
    workdir = tmp_path_factory.mktemp(f"qt-{backend}")
    database: AbstractContextManager[str]
    if backend == "postgres":
        admin_url = os.environ.get(PG_ENV)
        if not admin_url:
            if os.environ.get("QUOTETRAIL_REQUIRE_POSTGRES") == "1":
                pytest.fail(f"QUOTETRAIL_REQUIRE_POSTGRES=1 but {PG_ENV} is not set")
            pytest.skip(f"{PG_ENV} not set")
        database = throwaway_postgres(admin_url)
    else:
        database = nullcontext(f"sqlite+aiosqlite:///{workdir / 'quotetrail.db'}")
    with database as url, run_server(url, backend, workdir) as server:
        yield server.base_url
