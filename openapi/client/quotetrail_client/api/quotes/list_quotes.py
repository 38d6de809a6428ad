from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.quote_page import QuotePage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    speaker_id: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    outlet: None | str | Unset = UNSET,
    article_id: int | None | Unset = UNSET,
    cluster_id: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_speaker_id: int | None | Unset
    if isinstance(speaker_id, Unset):
        json_speaker_id = UNSET
    else:
        json_speaker_id = speaker_id
    params["speaker_id"] = json_speaker_id

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_outlet: None | str | Unset
    if isinstance(outlet, Unset):
        json_outlet = UNSET
    else:
        json_outlet = outlet
    params["outlet"] = json_outlet

    json_article_id: int | None | Unset
    if isinstance(article_id, Unset):
        json_article_id = UNSET
    else:
        json_article_id = article_id
    params["article_id"] = json_article_id

    json_cluster_id: int | None | Unset
    if isinstance(cluster_id, Unset):
        json_cluster_id = UNSET
    else:
        json_cluster_id = cluster_id
    params["cluster_id"] = json_cluster_id

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
        "url": "/v1/quotes",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | QuotePage | None:
    if response.status_code == 200:
        response_200 = QuotePage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | QuotePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    speaker_id: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    outlet: None | str | Unset = UNSET,
    article_id: int | None | Unset = UNSET,
    cluster_id: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[Problem | QuotePage]:
    """Search quotes, newest first

    Args:
        speaker_id (int | None | Unset): Speaker entity id.
        q (None | str | Unset): Words the quote contains (case-insensitive).
        outlet (None | str | Unset): Publishing outlet.
        article_id (int | None | Unset): Only this article.
        cluster_id (int | None | Unset): Only this cluster (the same quote across articles).
        cursor (None | str | Unset): `next_cursor` from the previous page; a cursor that does not
            parse is a 422.
        limit (int | Unset): Page size, 1..200. Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | QuotePage]
    """

    kwargs = _get_kwargs(
        speaker_id=speaker_id,
        q=q,
        outlet=outlet,
        article_id=article_id,
        cluster_id=cluster_id,
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
    speaker_id: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    outlet: None | str | Unset = UNSET,
    article_id: int | None | Unset = UNSET,
    cluster_id: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Problem | QuotePage | None:
    """Search quotes, newest first

    Args:
        speaker_id (int | None | Unset): Speaker entity id.
        q (None | str | Unset): Words the quote contains (case-insensitive).
        outlet (None | str | Unset): Publishing outlet.
        article_id (int | None | Unset): Only this article.
        cluster_id (int | None | Unset): Only this cluster (the same quote across articles).
        cursor (None | str | Unset): `next_cursor` from the previous page; a cursor that does not
            parse is a 422.
        limit (int | Unset): Page size, 1..200. Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | QuotePage
    """

    return sync_detailed(
        client=client,
        speaker_id=speaker_id,
        q=q,
        outlet=outlet,
        article_id=article_id,
        cluster_id=cluster_id,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    speaker_id: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    outlet: None | str | Unset = UNSET,
    article_id: int | None | Unset = UNSET,
    cluster_id: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[Problem | QuotePage]:
    """Search quotes, newest first

    Args:
        speaker_id (int | None | Unset): Speaker entity id.
        q (None | str | Unset): Words the quote contains (case-insensitive).
        outlet (None | str | Unset): Publishing outlet.
        article_id (int | None | Unset): Only this article.
        cluster_id (int | None | Unset): Only this cluster (the same quote across articles).
        cursor (None | str | Unset): `next_cursor` from the previous page; a cursor that does not
            parse is a 422.
        limit (int | Unset): Page size, 1..200. Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | QuotePage]
    """

    kwargs = _get_kwargs(
        speaker_id=speaker_id,
        q=q,
        outlet=outlet,
        article_id=article_id,
        cluster_id=cluster_id,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    speaker_id: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    outlet: None | str | Unset = UNSET,
    article_id: int | None | Unset = UNSET,
    cluster_id: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Problem | QuotePage | None:
    """Search quotes, newest first

    Args:
        speaker_id (int | None | Unset): Speaker entity id.
        q (None | str | Unset): Words the quote contains (case-insensitive).
        outlet (None | str | Unset): Publishing outlet.
        article_id (int | None | Unset): Only this article.
        cluster_id (int | None | Unset): Only this cluster (the same quote across articles).
        cursor (None | str | Unset): `next_cursor` from the previous page; a cursor that does not
            parse is a 422.
        limit (int | Unset): Page size, 1..200. Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | QuotePage
    """

    return (
        await asyncio_detailed(
            client=client,
            speaker_id=speaker_id,
            q=q,
            outlet=outlet,
            article_id=article_id,
            cluster_id=cluster_id,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
