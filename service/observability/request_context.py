"""Outermost ASGI wrapper: request id, one JSON access-log line and metrics for every request.

It wraps litestar's whole handler (not a route middleware) so that 404s, 401s, 413s and 429s are
counted and logged like everything else. `X-Request-ID` from the client is reused when it looks
like an id (so a newsroom tool can trace its call through our logs) and echoed on the response;
anything else is replaced by a fresh one, so clients cannot inject text into our logs.
"""

from __future__ import annotations

import contextlib
import re
import time
import uuid
from typing import Any

import msgspec
from litestar.datastructures import MutableScopeHeaders
from litestar.enums import ScopeType
from litestar.types import ASGIApp, HTTPScope, Message, Receive, Scope, Send

from service.observability.logs import REQUEST_ID, log_access
from service.observability.metrics import Metrics

_VALID_ID = re.compile(r"[A-Za-z0-9._:\-]{1,128}")
_INGEST_ROUTE = "/v1/articles"


class _Created(msgspec.Struct):
    quotes: list[msgspec.Raw]


def request_id_from(scope: Scope) -> str:
    for name, value in scope.get("headers", ()):
        if name == b"x-request-id":
            candidate = value.decode("latin-1")
            if _VALID_ID.fullmatch(candidate):
                return candidate
    return uuid.uuid4().hex


class RequestContext:
    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics
        # labelled children by label values: `labels()` re-validates and hashes its arguments on
        # every call (~6 us each, twice a request); routes are templates and statuses few, so
        # these stay small
        self._counted: dict[tuple[str, str, int], Any] = {}
        self._timed: dict[tuple[str, str], Any] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP:
            await self.app(scope, receive, send)
            return
        request_id = request_id_from(scope)
        token = REQUEST_ID.set(request_id)
        started = time.perf_counter()
        status = 500
        ingest = scope["method"] == "POST" and scope["path"].rstrip("/") == _INGEST_ROUTE
        body: list[bytes] = []

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableScopeHeaders(message)["X-Request-ID"] = request_id
            elif message["type"] == "http.response.body" and ingest and status == 201:
                body.append(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            self._record(scope, status, time.perf_counter() - started, body if ingest else None)
            REQUEST_ID.reset(token)

    def _record(self, scope: HTTPScope, status: int, seconds: float, ingest_body: list[bytes] | None) -> None:
        route = scope.get("path_template") or "unmatched"
        method = scope["method"]
        counter = self._counted.get((method, route, status))
        if counter is None:
            counter = self._counted[(method, route, status)] = self.metrics.requests.labels(
                method, route, str(status)
            )
        counter.inc()
        timer = self._timed.get((method, route))
        if timer is None:
            timer = self._timed[(method, route)] = self.metrics.latency.labels(method, route)
        timer.observe(seconds)
        if ingest_body is not None and status in (200, 201):
            self.metrics.articles_ingested.labels("created" if status == 201 else "duplicate").inc()
            if status == 201:
                with contextlib.suppress(msgspec.DecodeError):
                    created = msgspec.json.decode(b"".join(ingest_body), type=_Created)
                    self.metrics.quotes_ingested.inc(len(created.quotes))
        extra: dict[str, Any] = {
            "method": method,
            # the route template, never the raw path or query: a client that puts its key in a
            # URL (by mistake or in a probe) must not get it written to our logs
            "route": route,
            "status": status,
            "duration_ms": round(seconds * 1000, 2),
        }
        client = scope.get("client")
        if client:
            extra["client"] = client[0]
        key_id = scope.get("quotetrail_key_id")
        if key_id:
            extra["key_id"] = key_id
        log_access(extra)
