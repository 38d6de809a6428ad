"""/v1/quotes."""

from __future__ import annotations

from typing import Annotated

from litestar import Controller, Response, get
from litestar.datastructures import State
from litestar.openapi import ResponseSpec
from litestar.params import Parameter

from models.schemas import QuoteOut, QuotePage
from service import provenance_service, quotes
from service.api.deps import DbSession
from service.api.params import DEFAULT_LIMIT, Cursor, Limit, id_param
from service.api.problems import Problem


class QuoteController(Controller):
    path = "/v1/quotes"
    tags = ["quotes"]  # noqa: RUF012 - litestar reads this class attribute

    @get("/", summary="Search quotes, newest first", operation_id="list_quotes")
    async def list(
        self,
        db_session: DbSession,
        speaker_id: Annotated[int | None, id_param("Speaker entity id.")] = None,
        q: Annotated[
            str | None, Parameter(max_length=500, description="Words the quote contains (case-insensitive).")
        ] = None,
        outlet: Annotated[str | None, Parameter(description="Publishing outlet.")] = None,
        article_id: Annotated[int | None, id_param("Only this article.")] = None,
        cluster_id: Annotated[
            int | None,
            id_param("Only this cluster (the same quote across articles)."),
        ] = None,
        cursor: Cursor = None,
        limit: Limit = DEFAULT_LIMIT,
    ) -> QuotePage:
        return await quotes.list_quotes(
            db_session,
            speaker_id=speaker_id,
            q=q,
            outlet=outlet,
            article_id=article_id,
            cluster_id=cluster_id,
            cursor_token=cursor,
            limit=limit,
        )

    @get(
        "/{quote_id:int}",
        summary="One quote with speaker and chain",
        operation_id="get_quote",
        responses={
            404: ResponseSpec(Problem, description="No such quote.", media_type="application/problem+json")
        },
    )
    async def read(
        self,
        quote_id: Annotated[int, id_param("Quote id.")],
        state: State,
    ) -> QuoteOut:
        # one statement on a pooled connection, no session (issue 6); same answer as quotes.get_quote
        body = await provenance_service.quote_json(state.engine, quote_id)
        return Response(body, media_type="application/json")  # type: ignore[return-value]  # sent as is
