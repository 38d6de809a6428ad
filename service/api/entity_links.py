"""/v1/entities/{id}/quotes, /relays, /merge and /resolution: an entity's words, the words it
carried, and fixing a missed link between two entities.

Merged ids stay valid: every lookup here follows `merged_into_id` to the surviving entity and
answers for it (including everything merged into it). `GET .../resolution` says where an id leads.
"""

from __future__ import annotations

from typing import Annotated

from litestar import Controller, get, post
from litestar.openapi import ResponseSpec
from litestar.params import JSONBody, Parameter

from models.provenance_schemas import EntityQuotes, EntityRelays, EntityResolution, MergeIn, MergeOut
from service import provenance_service
from service.api.deps import DbSession
from service.api.params import id_param
from service.api.problems import Problem

EntityId = Annotated[int, id_param("Entity id (a merged id resolves to its survivor).")]
_PROBLEM = "application/problem+json"
_NOT_FOUND = {404: ResponseSpec(Problem, description="No such entity.", media_type=_PROBLEM)}


class EntityLinksController(Controller):
    path = "/v1/entities"
    tags = ["entities"]  # noqa: RUF012 - litestar reads this class attribute

    @get(
        "/{entity_id:int}/quotes",
        summary="What this person or body said, newest first",
        operation_id="list_entity_quotes",
        responses=_NOT_FOUND,
    )
    async def quotes(
        self,
        entity_id: EntityId,
        db_session: DbSession,
        limit: Annotated[int, Parameter(ge=1, le=200, description="Page size, 1..200.")] = 50,
        offset: Annotated[
            int, Parameter(ge=0, le=100_000, description="`next_offset` of the previous page.")
        ] = 0,
    ) -> EntityQuotes:
        return await provenance_service.entity_quotes(db_session, entity_id, limit=limit, offset=offset)

    @get(
        "/{entity_id:int}/relays",
        summary="Whose words this source carried",
        operation_id="list_entity_relays",
        responses=_NOT_FOUND,
    )
    async def relays(
        self,
        entity_id: EntityId,
        db_session: DbSession,
        limit: Annotated[int, Parameter(ge=1, le=200, description="Speakers to return, 1..200.")] = 50,
    ) -> EntityRelays:
        return await provenance_service.entity_relays(db_session, entity_id, limit=limit)

    @get(
        "/{entity_id:int}/resolution",
        summary="The surviving entity for an id, and its merge history",
        operation_id="get_entity_resolution",
        responses=_NOT_FOUND,
    )
    async def resolution(self, entity_id: EntityId, db_session: DbSession) -> EntityResolution:
        return await provenance_service.resolve_entity(db_session, entity_id)

    @post(
        "/{entity_id:int}/merge",
        summary="Merge this entity into another (they are the same)",
        operation_id="merge_entities",
        description=(
            "Repoints its quotes and chain links to `into`, moves its aliases, marks it merged and records "
            "the merge; all in one transaction. The merged id keeps resolving (see /resolution), and "
            "articles stored later that name the merged entity attach to `into`. Clusters are not "
            "recomputed: quotes keep their clusters (clusters spoken by the merged entity now name "
            "`into`), so two clusters of the same words that differed only by speaker stay apart."
        ),
        status_code=201,
        responses={
            **_NOT_FOUND,
            409: ResponseSpec(Problem, description="One of the two was already merged.", media_type=_PROBLEM),
        },
    )
    async def merge(
        self,
        entity_id: Annotated[int, id_param("The entity to fold away.")],
        data: JSONBody[MergeIn],
        db_session: DbSession,
    ) -> MergeOut:
        return await provenance_service.merge_entities(
            db_session, entity_id, data.into, merged_by=data.merged_by, reason=data.reason
        )
