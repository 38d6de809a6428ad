"""/v1/quotes/{id}/provenance: a quote's cluster, relay graph and first appearance.

One URL, three representations chosen by `format`: our JSON (default), W3C PROV-JSON, and PROV-O
Turtle (served as text/turtle). A query parameter rather than content negotiation, because the
newsroom tools that call us set Accept headers carelessly and links get pasted into chats.

The hot path (issue 6): one SQL statement on a pooled connection outside any transaction, no ORM
session and no dependency-injected session generator per request. The JSON answer is the cluster's
stored document with the asked quote's fields spliced in (`service.provenance.documents`; computed
and stored on a miss, kept valid by the database's triggers); the PROV formats are computed.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from litestar import Controller, Request, Response, get
from litestar.datastructures import State
from litestar.openapi import ResponseSpec
from litestar.openapi.spec import (
    OpenAPIHeader,
    OpenAPIMediaType,
    OpenAPIResponse,
    OpenAPIType,
    Operation,
    Schema,
)
from litestar.openapi.spec import Reference as SchemaRef
from litestar.params import Parameter
from sqlalchemy.ext.asyncio import AsyncEngine

from models.provenance_schemas import ProvenanceOut
from service import provenance_service
from service.api.params import id_param
from service.api.problems import Problem
from service.provenance import documents
from service.provenance.prov_export import to_prov_json, to_prov_turtle

ProvFormat = Literal["json", "prov-json", "prov-turtle"]
_NOT_FOUND = ResponseSpec(Problem, description="No such quote.", media_type="application/problem+json")
_JSON = "application/json"
_TURTLE = "text/turtle; charset=utf-8"
# Revalidate on every use: a new article can change the answer at any time, and reads may need an
# API key, so shared caches must ask us (a 304 costs no body) rather than serve a stored copy.
_CACHE_CONTROL = "no-cache"


def etag(body: bytes) -> str:
    return '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'


def _matches(if_none_match: str | None, tag: str) -> bool:
    if not if_none_match:
        return False
    return any(
        t.strip() in ("*", tag) or t.strip().removeprefix("W/") == tag for t in if_none_match.split(",")
    )


def _answer(request: Request[Any, Any, Any], body: bytes, media_type: str) -> Response[bytes]:
    tag = etag(body)
    headers = {"ETag": tag, "Cache-Control": _CACHE_CONTROL}
    if _matches(request.headers.get("if-none-match"), tag):
        return Response(b"", status_code=304, headers=headers, media_type=media_type)
    return Response(body, media_type=media_type, headers=headers)


_PROV_JSON = Schema(
    type=OpenAPIType.OBJECT,
    title="ProvJson",
    description=(
        "`format=prov-json`: W3C PROV-JSON (https://www.w3.org/submissions/prov-json/). Agents are the "
        "graph's nodes (`qt:agent/<key>`), entities the words as each agent carried them and each "
        "article (`qt:article/<id>`); a quotation is a `wasDerivedFrom` record with prov:type "
        "prov:Quotation, carrying `qt:articles` and `qt:cues`."
    ),
    properties={
        name: Schema(type=OpenAPIType.OBJECT, description=text)
        for name, text in (
            ("prefix", "Namespace prefixes (`qt` is quotetrail's)."),
            ("agent", "Agents by id: the speaker, relays and outlets."),
            ("entity", "Entities by id: the utterance, the words as carried, the articles."),
            ("wasAttributedTo", "Attributions of words to agents."),
            ("wasDerivedFrom", "Quotations (words from words) and articles derived from the words."),
        )
    },
    required=["prefix"],
    additional_properties=Schema(type=OpenAPIType.OBJECT),
)
_TURTLE_EXAMPLE = """@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix qt: <https://quotetrail.example/ns/> .

qt:quote-1/via/reuters prov:wasQuotedFrom qt:quote-1/via/jane-smith .
"""
_ETAG = OpenAPIHeader(
    schema=Schema(type=OpenAPIType.STRING),
    description="Strong validator of this representation; send it back in If-None-Match for a 304.",
)
_CACHING = OpenAPIHeader(
    schema=Schema(type=OpenAPIType.STRING),
    description="`no-cache`: caches may keep the answer but must revalidate it (new articles change it).",
)


@dataclass
class _ProvenanceOperation(Operation):
    """The spec of GET /provenance: litestar derives one 200 body from the return annotation; this
    operation serves three (issue 4), plus ETag / 304."""

    def __post_init__(self) -> None:
        ok = (self.responses or {}).get("200")
        if not isinstance(ok, OpenAPIResponse) or ok.content is None:
            return
        ok.description = (
            "The provenance, in the representation `format` asks for: application/json with "
            "ProvenanceOut (`json`, the default) or W3C PROV-JSON (`prov-json`), or text/turtle "
            "with PROV-O (`prov-turtle`)."
        )
        ok.content = {
            "application/json": OpenAPIMediaType(
                schema=Schema(one_of=[SchemaRef(ref="#/components/schemas/ProvenanceOut"), _PROV_JSON])
            ),
            "text/turtle": OpenAPIMediaType(
                schema=Schema(type=OpenAPIType.STRING, description="`format=prov-turtle`: PROV-O in Turtle."),
                example=_TURTLE_EXAMPLE,
            ),
        }
        ok.headers = {**(ok.headers or {}), "ETag": _ETAG, "Cache-Control": _CACHING}
        assert self.responses is not None
        self.responses["304"] = OpenAPIResponse(
            description="Not modified: If-None-Match named the current ETag (no body).",
            headers={"ETag": _ETAG, "Cache-Control": _CACHING},
        )


class ProvenanceController(Controller):
    path = "/v1/quotes"
    tags = ["provenance"]  # noqa: RUF012 - litestar reads this class attribute

    @get(
        "/{quote_id:int}/provenance",
        summary="Who said it first and how it travelled",
        operation_id="get_quote_provenance",
        description=(
            "The quote's cluster (the same words across articles): speaker, every occurrence with its "
            "chain, the earliest appearance and the merged relay graph. `format=prov-json` returns W3C "
            "PROV-JSON (application/json); `format=prov-turtle` returns PROV-O as text/turtle."
        ),
        responses={404: _NOT_FOUND},
        operation_class=_ProvenanceOperation,
    )
    async def provenance(
        self,
        quote_id: Annotated[int, id_param("Any quote of the cluster.")],
        state: State,
        request: Request[Any, Any, Any],
        format: Annotated[
            ProvFormat, Parameter(description="json (default), prov-json or prov-turtle.")
        ] = "json",
    ) -> ProvenanceOut:
        engine: AsyncEngine = state.engine
        if format == "json":
            body = await documents.provenance_json(engine, quote_id)
            return _answer(request, body, _JSON)  # type: ignore[return-value]  # sent as is
        graph = await provenance_service.provenance_graph(engine, quote_id)
        name = f"quote-{quote_id}"
        if format == "prov-json":
            return _answer(request, to_prov_json(graph, name).encode(), _JSON)  # type: ignore[return-value]
        return _answer(request, to_prov_turtle(graph, name).encode(), _TURTLE)  # type: ignore[return-value]
