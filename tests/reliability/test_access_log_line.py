"""The access line's short path writes what the logging module would, and steps aside for any
other set-up (an operator's handler, a filter), so nothing watching the logger misses a request."""

from __future__ import annotations

import json
import logging

import pytest

from service.observability.logs import REQUEST_ID, JsonFormatter, configure, log_access

FIELDS = {"method": "GET", "route": "/v1/quotes/{quote_id:int}", "status": 200, "duration_ms": 1.25,
          "client": "127.0.0.1"}


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _lines(err: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in err.splitlines() if line.startswith("{")]


def test_short_path_writes_the_formatters_json(capsys: pytest.CaptureFixture[str]) -> None:
    configure("INFO")
    token = REQUEST_ID.set("req-7")
    try:
        log_access(dict(FIELDS))
        record = logging.getLogger("quotetrail.access").makeRecord(
            "quotetrail.access", logging.INFO, __file__, 1, "request", (), None, extra=dict(FIELDS))
        expected = json.loads(JsonFormatter().format(record))
    finally:
        REQUEST_ID.reset(token)
    [line] = _lines(capsys.readouterr().err)
    assert line.keys() == expected.keys()
    assert {k: v for k, v in line.items() if k != "ts"} == {k: v for k, v in expected.items() if k != "ts"}
    assert line["request_id"] == "req-7" and line["route"] == FIELDS["route"]


def test_another_handler_gets_an_ordinary_record(capsys: pytest.CaptureFixture[str]) -> None:
    configure("INFO")
    access = logging.getLogger("quotetrail.access")
    extra = _Collect()
    access.addHandler(extra)
    try:
        log_access(dict(FIELDS))
    finally:
        access.removeHandler(extra)
    [record] = extra.records
    assert record.getMessage() == "request" and record.__dict__["status"] == 200
    # and the JSON line still reaches stderr, once, through the parent's handler
    assert len(_lines(capsys.readouterr().err)) == 1


def test_level_above_info_silences_it(capsys: pytest.CaptureFixture[str]) -> None:
    configure("WARNING")
    try:
        log_access(dict(FIELDS))
    finally:
        configure("INFO")
    assert _lines(capsys.readouterr().err) == []
