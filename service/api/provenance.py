"""/v1/quotes/{id}/provenance: a quote's cluster, relay graph and first appearance.

One URL, three representations chosen by `format`: our JSON (default), W3C PROV-JSON, and PROV-O
Turtle (served as text/turtle). A query parameter rather than content negotiation, because the
newsroom tools that call us set Accept headers carelessly and links get pasted into chats.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from litestar import Controller, Response, get
from litestar.openapi import ResponseSpec
from litestar.params import Parameter

from models.provenance_schemas import ProvenanceOut
from service import provenance_service
from service.api.deps import DbSession
from service.api.params import id_param
from service.api.problems import Problem
from service.provenance.prov_export import to_prov_json, to_prov_turtle

ProvFormat = Literal["json", "prov-json", "prov-turtle"]
_NOT_FOUND = ResponseSpec(Problem, description="No such quote.", media_type="application/problem+json")


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
    )
    async def provenance(
        self,
        quote_id: Annotated[int, id_param("Any quote of the cluster.")],
        db_session: DbSession,
        format: Annotated[
            ProvFormat, Parameter(description="json (default), prov-json or prov-turtle.")
        ] = "json",
    ) -> ProvenanceOut:
        if format == "json":
            return await provenance_service.provenance(db_session, quote_id)
        graph = await provenance_service.provenance_graph(db_session, quote_id)
        name = f"quote-{quote_id}"
        body: Response[Any] = (
            Response(to_prov_json(graph, name), media_type="application/json")
            if format == "prov-json"
            else Response(to_prov_turtle(graph, name), media_type="text/turtle; charset=utf-8")
        )
        return body  # type: ignore[return-value]  # litestar sends a Response as is
