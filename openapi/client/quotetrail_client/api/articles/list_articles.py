from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.article_page import ArticlePage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    outlet: None | str | Unset = UNSET,
    published_from: None | str | Unset = UNSET,
    published_to: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_outlet: None | str | Unset
    if isinstance(outlet, Unset):
        json_outlet = UNSET
    else:
        json_outlet = outlet
    params["outlet"] = json_outlet

    json_published_from: None | str | Unset
    if isinstance(published_from, Unset):
        json_published_from = UNSET
    else:
        json_published_from = published_from
    params["published_from"] = json_published_from

    json_published_to: None | str | Unset
    if isinstance(published_to, Unset):
        json_published_to = UNSET
    else:
        json_published_to = published_to
    params["published_to"] = json_published_to

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/articles",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ArticlePage | Problem | None:
    if response.status_code == 200:
        response_200 = ArticlePage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[ArticlePage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    outlet: None | str | Unset = UNSET,
    published_from: None | str | Unset = UNSET,
    published_to: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[ArticlePage | Problem]:
    """List articles, newest first

    Args:
        outlet (None | str | Unset): Only this outlet (case-insensitive).
        published_from (None | str | Unset): ISO 8601; only articles published at or after this.
        published_to (None | str | Unset): ISO 8601; only articles published at or before this (a
            date: that whole day).
        cursor (None | str | Unset): `next_cursor` from the previous page; a cursor that does not
            parse is a 422.
        limit (int | Unset): Page size, 1..200. Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArticlePage | Problem]
    """

    kwargs = _get_kwargs(
        outlet=outlet,
        published_from=published_from,
        published_to=published_to,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    outlet: None | str | Unset = UNSET,
    published_from: None | str | Unset = UNSET,
    published_to: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> ArticlePage | Problem | None:
    """List articles, newest first

    Args:
        outlet (None | str | Unset): Only this outlet (case-insensitive).
        published_from (None | str | Unset): ISO 8601; only articles published at or after this.
        published_to (None | str | Unset): ISO 8601; only articles published at or before this (a
            date: that whole day).
        cursor (None | str | Unset): `next_cursor` from the previous page; a cursor that does not
            parse is a 422.
        limit (int | Unset): Page size, 1..200. Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArticlePage | Problem
    """

    return sync_detailed(
        client=client,
        outlet=outlet,
        published_from=published_from,
        published_to=published_to,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    outlet: None | str | Unset = UNSET,
    published_from: None | str | Unset = UNSET,
    published_to: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[ArticlePage | Problem]:
    """List articles, newest first

    Args:
        outlet (None | str | Unset): Only this outlet (case-insensitive).
        published_from (None | str | Unset): ISO 8601; only articles published at or after this.
        published_to (None | str | Unset): ISO 8601; only articles published at or before this (a
            date: that whole day).
        cursor (None | str | Unset): `next_cursor` from the previous page; a cursor that does not
            parse is a 422.
        limit (int | Unset): Page size, 1..200. Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArticlePage | Problem]
    """

    kwargs = _get_kwargs(
        outlet=outlet,
        published_from=published_from,
        published_to=published_to,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    outlet: None | str | Unset = UNSET,
    published_from: None | str | Unset = UNSET,
    published_to: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> ArticlePage | Problem | None:
    """List articles, newest first

    Args:
        outlet (None | str | Unset): Only this outlet (case-insensitive).
        published_from (None | str | Unset): ISO 8601; only articles published at or after this.
        published_to (None | str | Unset): ISO 8601; only articles published at or before this (a
            date: that whole day).
        cursor (None | str | Unset): `next_cursor` from the previous page; a cursor that does not
            parse is a 422.
        limit (int | Unset): Page size, 1..200. Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArticlePage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            outlet=outlet,
            published_from=published_from,
            published_to=published_to,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
