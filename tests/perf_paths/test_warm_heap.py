"""A started app keeps what it loaded out of the garbage collector's full passes (service/warm_heap.py).

A full collection walks every tracked container; a started worker holds ~100,000 of them, and the
pass stops the event loop (~45 ms measured). The app freezes them once its lifespan has started
and unfreezes them when it stops, so a process that runs many apps, like this test run, frees them.
"""

from __future__ import annotations

import gc

import pytest
from litestar.testing import AsyncTestClient

from service.app import create_app
from service.settings import Settings

pytestmark = pytest.mark.anyio


async def test_the_started_heap_is_frozen_while_the_app_runs(settings: Settings) -> None:
    gc.unfreeze()  # whatever an earlier test left
    assert gc.get_freeze_count() == 0
    app = create_app(settings)
    async with AsyncTestClient(app=app) as client:
        frozen = gc.get_freeze_count()
        assert frozen > 20_000, frozen  # the framework, the ORM and the engine's lexicon
        assert (await client.get("/health")).status_code == 200
        gc.collect()
        # collections leave the frozen objects alone (a few are freed by reference counting), and
        # what a full pass still walks is what was made since
        assert gc.get_freeze_count() > 0.99 * frozen
        assert len(gc.get_objects()) < frozen / 2
    assert gc.get_freeze_count() == 0
