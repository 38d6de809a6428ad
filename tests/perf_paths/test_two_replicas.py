"""The service is stateless: two server processes on one database behave as one service.

Replicas behind a load balancer only work if nothing a request depends on lives in a process
(caches of entities, clusters or dedupe keys). So: post through replica A, then read, dedupe and
cluster through replica B, and the reverse, on both backends.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.conftest import start_server, stop_server

FIRST = {
    "outlet": "Harbour Post",
    "url": "https://harbour.example/reform-1",
    "text": (
        "Port Essen, Tuesday.\n\nFinance Minister Ana Duarte said on Tuesday that the government "
        '"will defend the port reform against every delay the unions invent", adding that talks '
        "would resume next week.\n\nUnion leaders rejected the plan."
    ),
}
SECOND = {
    "outlet": "Carrow Herald",
    "url": "https://carrow.example/reform-2",
    "text": (
        'Carrow, Wednesday.\n\nThe reform is back in parliament. "We will defend the port reform against '
        'every delay the unions invent," Finance Minister Ana Duarte told reporters, according to '
        "Meridian News Agency.\n\nOpposition parties called it a provocation."
    ),
}


@pytest.fixture
def replicas(db_url: str) -> Iterator[tuple[str, str]]:
    env = {"QUOTETRAIL_DATABASE_URL": db_url, "QUOTETRAIL_AUTO_MIGRATE": "false"}
    a, base_a = start_server("service.app:create_app", env)
    try:
        b, base_b = start_server("service.app:create_app", env)
    except BaseException:
        stop_server(a)
        raise
    try:
        yield base_a, base_b
    finally:
        stop_server(a)
        stop_server(b)


def test_write_on_one_replica_read_dedupe_cluster_on_the_other(replicas: tuple[str, str]) -> None:
    base_a, base_b = replicas
    with httpx.Client(base_url=base_a, timeout=60) as a, httpx.Client(base_url=base_b, timeout=60) as b:
        created = a.post("/v1/articles", json=FIRST)
        assert created.status_code == 201, created.text
        first = created.json()
        assert [q["speaker"]["name"] for q in first["quotes"]] == ["Ana Duarte"]

        # read through the other process
        assert b.get(f"/v1/articles/{first['id']}").json() == first
        quote = first["quotes"][0]
        assert b.get(f"/v1/quotes/{quote['id']}").json() == quote

        # dedupe through the other process: same article, same id, 200
        again = b.post("/v1/articles", json=FIRST)
        assert again.status_code == 200 and again.json()["id"] == first["id"]

        # the same quote from another outlet, posted on B, lands in A's cluster and speaker entity
        second = b.post("/v1/articles", json=SECOND)
        assert second.status_code == 201, second.text
        relayed = second.json()["quotes"][0]
        assert relayed["cluster_id"] == quote["cluster_id"]
        assert relayed["speaker"]["id"] == quote["speaker"]["id"]

        # and A sees B's writes at once
        members = a.get("/v1/quotes", params={"cluster_id": quote["cluster_id"]}).json()["items"]
        assert {m["article_id"] for m in members} == {first["id"], second.json()["id"]}
        speaker = a.get(f"/v1/entities/{quote['speaker']['id']}")
        assert speaker.status_code == 200 and speaker.json()["name"] == "Ana Duarte"
