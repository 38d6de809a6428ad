"""API keys, read keys, per-key rate limits, CORS, body limit before reading, secrets kept out of logs."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import httpx
import pytest

from reliability.servers import serve
from service.security.keys import KeyRing, hash_key
from service.settings import Settings, SettingsError

pytestmark = pytest.mark.anyio
KEY = "qt-test-key-8f2c1e9a77"
OTHER_KEY = "qt-other-key-5510"
BODY = {"text": '"Fine," said Ana Ruiz.', "outlet": "Post"}


def test_keys_are_kept_only_as_digests_and_matched_by_value() -> None:
    settings = Settings.from_env({"QUOTETRAIL_API_KEYS": f" {KEY}, {OTHER_KEY} "})
    assert KEY not in repr(settings) and settings.api_key_hashes == (hash_key(KEY), hash_key(OTHER_KEY))
    ring = KeyRing(settings.api_key_hashes)
    assert ring.identify(KEY) == hash_key(KEY)[:12]
    assert ring.identify(KEY + "x") is None and ring.identify(KEY[:-1]) is None and ring.identify("") is None
    assert not KeyRing(())


@pytest.mark.parametrize(
    "env",
    [
        {"QUOTETRAIL_RATE_LIMIT": "lots"},
        {"QUOTETRAIL_RATE_LIMIT": "0/minute"},
        {"QUOTETRAIL_RATE_LIMIT": "5/fortnight"},
        {"QUOTETRAIL_DB_CONNECT_TIMEOUT": "-1"},
        {"QUOTETRAIL_LOG_LEVEL": "LOUD"},
    ],
)
def test_bad_access_settings_fail_at_start(env: dict[str, str]) -> None:
    with pytest.raises(SettingsError, match=next(iter(env))):
        Settings.from_env(env)


async def test_writes_need_a_key_reads_are_open_by_default(make_client: Any) -> None:
    client = await make_client(api_key_hashes=(hash_key(KEY),))
    r = await client.post("/v1/articles", json=BODY)
    assert r.status_code == 401 and r.headers["content-type"].startswith("application/problem+json")
    assert r.headers["www-authenticate"].startswith("Bearer")
    assert (await client.post("/v1/articles", json=BODY, headers={"X-API-Key": "wrong"})).status_code == 401
    assert (await client.post("/v1/articles", json=BODY, headers={"X-API-Key": KEY})).status_code == 201
    bearer = {"Authorization": f"Bearer {KEY}"}
    assert (await client.post("/v1/articles", json=BODY, headers=bearer)).status_code == 200
    assert (await client.delete("/v1/articles/1")).status_code == 401
    assert (await client.post("/v1/extract", json=BODY)).status_code == 401
    assert (await client.get("/v1/articles")).status_code == 200
    for path in ("/health", "/ready", "/metrics"):
        assert (await client.get(path)).status_code == 200


async def test_reads_can_require_a_key(make_client: Any) -> None:
    client = await make_client(api_key_hashes=(hash_key(KEY),), read_requires_key=True)
    assert (await client.get("/v1/articles")).status_code == 401
    assert (await client.get("/v1/quotes", headers={"X-API-Key": "nope"})).status_code == 401
    assert (await client.get("/v1/articles", headers={"X-API-Key": KEY})).status_code == 200
    assert (await client.get("/health")).status_code == 200


async def test_rate_limit_is_per_key_with_retry_after(make_client: Any) -> None:
    client = await make_client(api_key_hashes=(hash_key(KEY), hash_key(OTHER_KEY)), rate_limit="3/minute")
    for _ in range(3):
        assert (await client.get("/v1/articles", headers={"X-API-Key": KEY})).status_code == 200
    r = await client.get("/v1/articles", headers={"X-API-Key": KEY})
    assert r.status_code == 429 and r.headers["content-type"].startswith("application/problem+json")
    assert 1 <= int(r.headers["retry-after"]) <= 60
    assert r.json()["type"] == "urn:quotetrail:problem:rate-limited"
    # another key has its own budget; probes are never limited
    assert (await client.get("/v1/articles", headers={"X-API-Key": OTHER_KEY})).status_code == 200
    assert (await client.get("/health")).status_code == 200


async def test_cors_allows_only_configured_origins(make_client: Any) -> None:
    client = await make_client(cors_origins=("https://desk.example",))
    pre = await client.options(
        "/v1/articles",
        headers={"Origin": "https://desk.example", "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "content-type,x-api-key"},
    )
    assert pre.status_code in (200, 204)
    assert pre.headers["access-control-allow-origin"] == "https://desk.example"
    ok = await client.get("/v1/articles", headers={"Origin": "https://desk.example"})
    assert ok.headers["access-control-allow-origin"] == "https://desk.example"
    other = await client.get("/v1/articles", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers
    plain = await make_client()
    assert "access-control-allow-origin" not in (await plain.get("/v1/articles", headers={"Origin": "https://desk.example"})).headers


def _raw_http(port: int, head: bytes, body: bytes = b"", timeout: float = 10) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(head + body)
        chunks = b""
        while b"\r\n\r\n" not in chunks:
            data = s.recv(65536)
            if not data:
                break
            chunks += data
        return chunks


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_body_limit_is_enforced_before_the_body_is_read(db_url: str, tmp_path: Path) -> None:
    env = {"QUOTETRAIL_DATABASE_URL": db_url, "QUOTETRAIL_MAX_TEXT_BYTES": "1000"}
    with serve(env, tmp_path / "server.log") as base:
        port = int(base.rsplit(":", 1)[1])
        # announce 500 MB, send none of it: the answer must come without waiting for the body
        head = (b"POST /v1/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                b"Content-Length: 500000000\r\n\r\n")
        assert _raw_http(port, head).startswith(b"HTTP/1.1 413")
        # chunked, no length announced: refused once the stream passes the limit
        chunk = b"a" * 65536
        chunked = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(4))
        head = (b"POST /v1/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                b"Transfer-Encoding: chunked\r\n\r\n")
        assert _raw_http(port, head, chunked).startswith(b"HTTP/1.1 413")


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_keys_never_reach_the_logs_and_logs_are_json_with_request_ids(db_url: str, tmp_path: Path) -> None:
    log_path = tmp_path / "server.log"
    env = {"QUOTETRAIL_DATABASE_URL": db_url, "QUOTETRAIL_API_KEYS": f"{KEY},{OTHER_KEY}",
           "QUOTETRAIL_READ_REQUIRES_KEY": "true", "QUOTETRAIL_LOG_LEVEL": "DEBUG"}
    with serve(env, log_path) as base, httpx.Client(base_url=base, timeout=30) as client:
        r = client.post("/v1/articles", json=BODY, headers={"X-API-Key": KEY, "X-Request-ID": "trace-42"})
        assert r.status_code == 201 and r.headers["x-request-id"] == "trace-42"
        client.get("/v1/articles", headers={"Authorization": f"Bearer {OTHER_KEY}"})
        client.get(f"/v1/articles?key={KEY}", headers={"X-API-Key": KEY + "-wrong"})
        client.get(f"/v1/nowhere/{KEY}")
        hostile = client.get("/v1/articles", headers={"X-API-Key": KEY, "X-Request-ID": "a b {forged}"})
        assert hostile.headers["x-request-id"] != "a b {forged}"
    logs = log_path.read_text()
    assert KEY not in logs and OTHER_KEY not in logs
    lines = [json.loads(line) for line in logs.splitlines() if line.startswith("{")]
    access = [entry for entry in lines if entry["logger"] == "quotetrail.access"]
    assert len(access) >= 5
    assert all(entry["request_id"] and entry["status"] for entry in access)
    traced = [entry for entry in access if entry["request_id"] == "trace-42"]
    assert len(traced) == 1 and traced[0]["key_id"] == hash_key(KEY)[:12] and traced[0]["status"] == 201
