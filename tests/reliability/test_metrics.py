"""/metrics: request counts, latencies and ingest totals move with real traffic; request ids echo."""

from __future__ import annotations

from typing import Any

import pytest
from api.scripted_engine import scripted_extract
from prometheus_client.parser import text_string_to_metric_families

pytestmark = pytest.mark.anyio


def _samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


async def test_metrics_count_requests_latencies_and_ingest(make_client: Any) -> None:
    client = await make_client(extractor=scripted_extract)
    body = {"text": '"One," said Ada Park. "Two," said Ada Park.', "outlet": "M"}
    assert (await client.post("/v1/articles", json=body)).status_code == 201
    assert (await client.post("/v1/articles", json=body)).status_code == 200
    assert (await client.get("/v1/articles/999")).status_code == 404
    r = await client.get("/metrics", headers={"X-Request-ID": "scrape-1"})
    assert r.status_code == 200 and r.headers["x-request-id"] == "scrape-1"
    assert r.headers["content-type"].startswith("text/plain")
    m = _samples(r.text)
    post = ("method", "POST"), ("route", "/v1/articles")
    assert m[("quotetrail_http_requests_total", (*post, ("status", "201")))] == 1
    assert m[("quotetrail_http_requests_total", (*post, ("status", "200")))] == 1
    assert m[("quotetrail_http_request_duration_seconds_count", post)] == 2
    assert m[("quotetrail_http_request_duration_seconds_sum", post)] > 0
    assert m[("quotetrail_articles_ingested_total", (("outcome", "created"),))] == 1
    assert m[("quotetrail_articles_ingested_total", (("outcome", "duplicate"),))] == 1
    assert m[("quotetrail_quotes_ingested_total", ())] == 2
    assert m[("quotetrail_store_articles", ())] == 1 and m[("quotetrail_store_quotes", ())] == 2
    assert m[("quotetrail_store_up", ())] == 1
    not_found = (("method", "GET"), ("route", "/v1/articles/{article_id}"), ("status", "404"))
    assert m[("quotetrail_http_requests_total", not_found)] == 1
