from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.entity_quotes import EntityQuotes
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    entity_id: int,
    *,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/entities/{entity_id}/quotes".format(
            entity_id=quote(str(entity_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EntityQuotes | Problem | None:
    if response.status_code == 200:
        response_200 = EntityQuotes.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EntityQuotes | Problem]:
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
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[EntityQuotes | Problem]:
    """What this person or body said, newest first

    Args:
        entity_id (int): Entity id (a merged id resolves to its survivor).
        limit (int | Unset): Page size, 1..200. Default: 50.
        offset (int | Unset): `next_offset` of the previous page. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntityQuotes | Problem]
    """

    kwargs = _get_kwargs(
        entity_id=entity_id,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    entity_id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> EntityQuotes | Problem | None:
    """What this person or body said, newest first

    Args:
        entity_id (int): Entity id (a merged id resolves to its survivor).
        limit (int | Unset): Page size, 1..200. Default: 50.
        offset (int | Unset): `next_offset` of the previous page. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntityQuotes | Problem
    """

    return sync_detailed(
        entity_id=entity_id,
        client=client,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    entity_id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[EntityQuotes | Problem]:
    """What this person or body said, newest first

    Args:
        entity_id (int): Entity id (a merged id resolves to its survivor).
        limit (int | Unset): Page size, 1..200. Default: 50.
        offset (int | Unset): `next_offset` of the previous page. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntityQuotes | Problem]
    """

    kwargs = _get_kwargs(
        entity_id=entity_id,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    entity_id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> EntityQuotes | Problem | None:
    """What this person or body said, newest first

    Args:
        entity_id (int): Entity id (a merged id resolves to its survivor).
        limit (int | Unset): Page size, 1..200. Default: 50.
        offset (int | Unset): `next_offset` of the previous page. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntityQuotes | Problem
    """

    return (
        await asyncio_detailed(
            entity_id=entity_id,
            client=client,
            limit=limit,
            offset=offset,
        )
    ).parsed
