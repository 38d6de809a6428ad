"""Prometheus metrics: request counts and latencies per route, ingest totals, store size.

A registry per app (not prometheus_client's global one) so that several apps in one process, as
in the tests, do not collide. Routes are labelled by template (`/v1/articles/{article_id:int}`),
never by raw path, so the number of series stays bounded whatever clients send.
With several workers each process has its own counters; scrape each or sum in Prometheus.
"""

from __future__ import annotations

from litestar import Response, get
from litestar.datastructures import State
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from models.tables import Article, Quote
from service.store.engine import read_connection


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "quotetrail_http_requests",
            "HTTP requests answered, by method, route template and status.",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "quotetrail_http_request_duration_seconds",
            "Time from request start to the last response byte.",
            ["method", "route"],
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
            registry=self.registry,
        )
        self.articles_ingested = Counter(
            "quotetrail_articles_ingested",
            "POST /v1/articles outcomes: created (201) or duplicate (200).",
            ["outcome"],
            registry=self.registry,
        )
        self.quotes_ingested = Counter(
            "quotetrail_quotes_ingested", "Quotes stored with newly created articles.", registry=self.registry
        )
        self.store_articles = Gauge(
            "quotetrail_store_articles", "Articles in the database at scrape time.", registry=self.registry
        )
        self.store_quotes = Gauge(
            "quotetrail_store_quotes", "Quotes in the database at scrape time.", registry=self.registry
        )
        self.store_up = Gauge(
            "quotetrail_store_up", "1 if the database answered the last scrape.", registry=self.registry
        )


@get(
    "/metrics",
    tags=["ops"],
    summary="Prometheus metrics",
    operation_id="metrics",
    media_type=CONTENT_TYPE_LATEST,
)
async def metrics_endpoint(state: State) -> Response[bytes]:
    """Text exposition format. Store totals are read from the database on each scrape (so they
    are right across replicas); if it is down, `quotetrail_store_up` is 0 and the rest still answers."""
    metrics: Metrics = state.metrics
    engine: AsyncEngine = state.engine
    try:
        async with read_connection(engine) as conn:
            articles = await conn.scalar(select(func.count()).select_from(Article))
            quotes = await conn.scalar(select(func.count()).select_from(Quote))
        metrics.store_articles.set(articles or 0)
        metrics.store_quotes.set(quotes or 0)
        metrics.store_up.set(1)
    except Exception:  # any database failure: report it as a metric, never fail the scrape
        metrics.store_up.set(0)
    return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

