"""Start a server process warm, with what it loaded at start kept out of the garbage collector's way.

Why: CPython's full (generation 2) collection walks every tracked container, and a started worker
already holds ~100,000 of them: litestar, SQLAlchemy, the engine's lexicons (name sets of tens of
thousands of entries). A full collection there took ~45 ms, ~90 ms after 1,500 posted articles had
filled the clustering caches, and it stops the whole event loop: every request in flight on that
worker waits. `gc.freeze()` moves what exists at start to a permanent generation that collections
skip; what requests allocate is collected as before. The engine (`service.attribution.extract`,
not an extractor a test injects) is run once first, so its lazily built default lexicon is among
what is frozen rather than built by the first request; an operator's lexicon is built with the app.

Unfrozen at shutdown, so a process that starts and stops many apps (the tests) does not keep
their objects alive.
"""

from __future__ import annotations

import gc
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from typing import Any

from service.attribution import ArticleMeta, extract

_WARM_UP_TEXT = '"We will keep the bridge open," said Ana Reyes, the mayor, according to the Gazette.'


def freeze_started_heap() -> int:
    """Run the engine once, collect, freeze; how many objects are now frozen."""
    extract(_WARM_UP_TEXT, ArticleMeta())
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()


@asynccontextmanager
async def frozen_heap(_app: Any) -> AsyncGenerator[None, None]:
    """A litestar lifespan step: freeze once the steps before it have started, unfreeze at the end."""
    freeze_started_heap()
    try:
        yield
    finally:
        gc.unfreeze()
