"""Attach logging and metrics to an app built by `create_app`."""

from __future__ import annotations

from litestar import Litestar

from service.observability.logs import configure
from service.observability.metrics import Metrics, metrics_endpoint
from service.observability.request_context import RequestContext
from service.settings import Settings


def instrument(app: Litestar, settings: Settings) -> Litestar:
    """Wrap litestar's top-level handler (routing and its exception handling included) so that every
    response, 404 and 401 too, gets a request id, an access-log line and a metrics sample."""
    configure(settings.log_level)
    metrics = Metrics()
    app.state.metrics = metrics
    app.register(metrics_endpoint)
    app.asgi_handler = RequestContext(app.asgi_handler, metrics)
    return app
