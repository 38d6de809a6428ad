"""/v1/quotes/search: find a quote from words a reader remembers, ranked, with highlights."""

from __future__ import annotations

from typing import Annotated

from litestar import Controller, get
from litestar.params import Parameter

from models.provenance_schemas import SearchResults
from service import provenance_service
from service.api.deps import DbSession


class SearchController(Controller):
    path = "/v1/quotes"
    tags = ["provenance"]  # noqa: RUF012 - litestar reads this class attribute

    @get("/search", summary="Find a quote by approximate text", operation_id="search_quotes")
    async def search(
        self,
        db_session: DbSession,
        q: Annotated[
            str,
            Parameter(
                min_length=1, max_length=1000, description="Words of the quote, as remembered.", examples=[]
            ),
        ],
        limit: Annotated[int, Parameter(ge=1, le=50, description="Hits to return, 1..50.")] = 10,
        per_cluster: Annotated[
            bool, Parameter(description="One hit per cluster (the best printing of each statement).")
        ] = True,
    ) -> SearchResults:
        return await provenance_service.search(db_session, q, limit=limit, per_cluster=per_cluster)
