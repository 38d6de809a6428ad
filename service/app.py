"""The litestar application factory.

`create_app(settings)` for tests and embedding; `create_app()` reads the environment, which is what
`uvicorn --factory service.app:create_app` and `quotetrail serve` use.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager

from litestar import Litestar
from litestar.datastructures import State
from litestar.di import Provide
from litestar.openapi import OpenAPIConfig
from litestar.openapi.spec import Components, Reference, SecurityScheme

from service.api.articles import ArticleController, extract_preview
from service.api.deps import provide_extractor, provide_session, provide_settings
from service.api.entities import EntityController
from service.api.entity_links import EntityLinksController
from service.api.error_docs import document_errors
from service.api.health import health, ready
from service.api.problems import EXCEPTION_HANDLERS
from service.api.provenance import ProvenanceController
from service.api.quotes import QuoteController
from service.api.schema_docs import DocumentedStructPlugin
from service.api.search import SearchController
from service.articles import Extractor
from service.engine_setup import configured_extractor
from service.observability import db_faults
from service.observability.instrument import instrument
from service.security import stack as security
from service.settings import Settings
from service.store import migrate
from service.store.engine import create_engine, create_sessionmaker, read_only
from service.warm_heap import frozen_heap

# JSON may escape each character of the text as \uXXXX: allow for that before our own byte check
_JSON_OVERHEAD = 6
_BODY_SLACK = 64 * 1024


def create_app(settings: Settings | None = None, *, extractor: Extractor | None = None) -> Litestar:
    """`extractor` replaces the attribution engine (tests script its output; default: the engine
    with the operator's media lexicon)."""
    settings = Settings.from_env() if settings is None else settings
    if extractor is None:
        extractor = configured_extractor(settings.media_lexicon)

    @asynccontextmanager
    async def database(app: Litestar) -> AsyncGenerator[None, None]:
        engine = create_engine(settings.database_url, **db_faults.engine_options(settings))
        try:
            if settings.auto_migrate:
                await migrate.upgrade(engine)
            app.state.engine = engine
            app.state.sessionmaker = create_sessionmaker(engine)
            app.state.read_sessionmaker = create_sessionmaker(read_only(engine))  # GET requests
            yield
        finally:
            await engine.dispose()

    app = Litestar(
        route_handlers=[
            ArticleController,
            extract_preview,
            QuoteController,
            EntityController,
            health,
            ready,
            SearchController,
            ProvenanceController,
            EntityLinksController,
        ],
        dependencies={
            "db_session": Provide(provide_session),
            "settings": Provide(provide_settings, sync_to_thread=False),
            "extractor": Provide(provide_extractor, sync_to_thread=False),
        },
        exception_handlers={
            **EXCEPTION_HANDLERS,
            **db_faults.EXCEPTION_HANDLERS,
            **security.EXCEPTION_HANDLERS,
        },
        middleware=security.middleware(settings),
        cors_config=security.cors(settings),
        lifespan=[database, frozen_heap],  # the heap frozen once the database is set up
        state=State({"settings": settings, "extractor": extractor}),
        request_max_body_size=settings.max_text_bytes * _JSON_OVERHEAD + _BODY_SLACK,
        plugins=[DocumentedStructPlugin()],
        openapi_config=OpenAPIConfig(
            title="quotetrail",
            version="1.0.0",
            path="/schema",
            description="Quote attribution and provenance for newsrooms.",
            components=Components(security_schemes=SECURITY_SCHEMES),
        ),
    )
    # after instrument(): /metrics is registered there, and document_errors walks every route
    return document_errors(instrument(app, settings))


# names match service.api.error_docs.SECURITY_SCHEMES; both carry the same key (service.security.auth)
SECURITY_SCHEMES: dict[str, SecurityScheme | Reference] = {
    "ApiKeyHeader": SecurityScheme(
        type="apiKey",
        name="X-API-Key",
        security_scheme_in="header",
        description="An API key issued by the operator.",
    ),
    "BearerKey": SecurityScheme(
        type="http", scheme="bearer", description="The same API key as `Authorization: Bearer KEY`."
    ),
}
