"""/v1/entities."""

from __future__ import annotations

from typing import Annotated

from litestar import Controller, get
from litestar.openapi import ResponseSpec
from litestar.params import Parameter

from models.schemas import EntityOut, EntityPage
from service import entities
from service.api.deps import DbSession
from service.api.params import DEFAULT_LIMIT, Cursor, Limit, id_param
from service.api.problems import Problem


class EntityController(Controller):
    path = "/v1/entities"
    tags = ["entities"]  # noqa: RUF012 - litestar reads this class attribute

    @get("/", summary="Find speakers and sources by name", operation_id="list_entities")
    async def list(
        self,
        db_session: DbSession,
        name: Annotated[
            str | None,
            Parameter(
                max_length=300,
                description="Matches the entity key or any alias containing it; merged entities "
                "are listed as their survivor.",
            ),
        ] = None,
        cursor: Cursor = None,
        limit: Limit = DEFAULT_LIMIT,
    ) -> EntityPage:
        return await entities.list_entities(db_session, name=name, cursor_token=cursor, limit=limit)

    @get(
        "/{entity_id:int}",
        summary="A speaker or source with aliases and counts",
        operation_id="get_entity",
        description=(
            "An id that was merged into another entity answers with the surviving entity (following "
            "merges), so the returned `id` is then the survivor's, not the one asked for; "
            "`GET /v1/entities/{id}/resolution` shows the merge history."
        ),
        responses={
            404: ResponseSpec(Problem, description="No such entity.", media_type="application/problem+json")
        },
    )
    async def read(
        self,
        entity_id: Annotated[int, id_param("Entity id.")],
        db_session: DbSession,
    ) -> EntityOut:
        return await entities.get_entity(db_session, entity_id)
