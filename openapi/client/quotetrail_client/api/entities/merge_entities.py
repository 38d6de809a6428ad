from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.merge_in import MergeIn
from ...models.merge_out import MergeOut
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    entity_id: int,
    *,
    body: MergeIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/entities/{entity_id}/merge".format(
            entity_id=quote(str(entity_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MergeOut | Problem | None:
    if response.status_code == 201:
        response_201 = MergeOut.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MergeOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    entity_id: int,
    *,
    client: AuthenticatedClient,
    body: MergeIn,
) -> Response[MergeOut | Problem]:
    """Merge this entity into another (they are the same)

     Repoints its quotes and chain links to `into`, moves its aliases, marks it merged and records the
    merge; all in one transaction. The merged id keeps resolving (see /resolution), and articles stored
    later that name the merged entity attach to `into`. Clusters are not recomputed: quotes keep their
    clusters (clusters spoken by the merged entity now name `into`), so two clusters of the same words
    that differed only by speaker stay apart.

    Args:
        entity_id (int): The entity to fold away.
        body (MergeIn): Merge the path entity into `into` (the surviving entity).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MergeOut | Problem]
    """

    kwargs = _get_kwargs(
        entity_id=entity_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    entity_id: int,
    *,
    client: AuthenticatedClient,
    body: MergeIn,
) -> MergeOut | Problem | None:
    """Merge this entity into another (they are the same)

     Repoints its quotes and chain links to `into`, moves its aliases, marks it merged and records the
    merge; all in one transaction. The merged id keeps resolving (see /resolution), and articles stored
    later that name the merged entity attach to `into`. Clusters are not recomputed: quotes keep their
    clusters (clusters spoken by the merged entity now name `into`), so two clusters of the same words
    that differed only by speaker stay apart.

    Args:
        entity_id (int): The entity to fold away.
        body (MergeIn): Merge the path entity into `into` (the surviving entity).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MergeOut | Problem
    """

    return sync_detailed(
        entity_id=entity_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    entity_id: int,
    *,
    client: AuthenticatedClient,
    body: MergeIn,
) -> Response[MergeOut | Problem]:
    """Merge this entity into another (they are the same)

     Repoints its quotes and chain links to `into`, moves its aliases, marks it merged and records the
    merge; all in one transaction. The merged id keeps resolving (see /resolution), and articles stored
    later that name the merged entity attach to `into`. Clusters are not recomputed: quotes keep their
    clusters (clusters spoken by the merged entity now name `into`), so two clusters of the same words
    that differed only by speaker stay apart.

    Args:
        entity_id (int): The entity to fold away.
        body (MergeIn): Merge the path entity into `into` (the surviving entity).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MergeOut | Problem]
    """

    kwargs = _get_kwargs(
        entity_id=entity_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    entity_id: int,
    *,
    client: AuthenticatedClient,
    body: MergeIn,
) -> MergeOut | Problem | None:
    """Merge this entity into another (they are the same)

     Repoints its quotes and chain links to `into`, moves its aliases, marks it merged and records the
    merge; all in one transaction. The merged id keeps resolving (see /resolution), and articles stored
    later that name the merged entity attach to `into`. Clusters are not recomputed: quotes keep their
    clusters (clusters spoken by the merged entity now name `into`), so two clusters of the same words
    that differed only by speaker stay apart.

    Args:
        entity_id (int): The entity to fold away.
        body (MergeIn): Merge the path entity into `into` (the surviving entity).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MergeOut | Problem
    """

    return (
        await asyncio_detailed(
            entity_id=entity_id,
            client=client,
            body=body,
        )
    ).parsed
