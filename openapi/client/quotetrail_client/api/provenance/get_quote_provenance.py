from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_quote_provenance_format import GetQuoteProvenanceFormat
from ...models.get_quote_provenance_prov_json import GetQuoteProvenanceProvJson
from ...models.problem import Problem
from ...models.provenance_out import ProvenanceOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    quote_id: int,
    *,
    format_: GetQuoteProvenanceFormat | Unset = GetQuoteProvenanceFormat.JSON,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/quotes/{quote_id}/provenance".format(
            quote_id=quote(str(quote_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetQuoteProvenanceProvJson | ProvenanceOut | Problem | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> GetQuoteProvenanceProvJson | ProvenanceOut:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ProvenanceOut.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_prov_json = GetQuoteProvenanceProvJson.from_dict(data)

            return response_200_prov_json

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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
) -> Response[Any | GetQuoteProvenanceProvJson | ProvenanceOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    quote_id: int,
    *,
    client: AuthenticatedClient,
    format_: GetQuoteProvenanceFormat | Unset = GetQuoteProvenanceFormat.JSON,
) -> Response[Any | GetQuoteProvenanceProvJson | ProvenanceOut | Problem]:
    """Who said it first and how it travelled

     The quote's cluster (the same words across articles): speaker, every occurrence with its chain, the
    earliest appearance and the merged relay graph. `format=prov-json` returns W3C PROV-JSON
    (application/json); `format=prov-turtle` returns PROV-O as text/turtle.

    Args:
        quote_id (int): Any quote of the cluster.
        format_ (GetQuoteProvenanceFormat | Unset): json (default), prov-json or prov-turtle.
            Default: GetQuoteProvenanceFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetQuoteProvenanceProvJson | ProvenanceOut | Problem]
    """

    kwargs = _get_kwargs(
        quote_id=quote_id,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    quote_id: int,
    *,
    client: AuthenticatedClient,
    format_: GetQuoteProvenanceFormat | Unset = GetQuoteProvenanceFormat.JSON,
) -> Any | GetQuoteProvenanceProvJson | ProvenanceOut | Problem | None:
    """Who said it first and how it travelled

     The quote's cluster (the same words across articles): speaker, every occurrence with its chain, the
    earliest appearance and the merged relay graph. `format=prov-json` returns W3C PROV-JSON
    (application/json); `format=prov-turtle` returns PROV-O as text/turtle.

    Args:
        quote_id (int): Any quote of the cluster.
        format_ (GetQuoteProvenanceFormat | Unset): json (default), prov-json or prov-turtle.
            Default: GetQuoteProvenanceFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetQuoteProvenanceProvJson | ProvenanceOut | Problem
    """

    return sync_detailed(
        quote_id=quote_id,
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    quote_id: int,
    *,
    client: AuthenticatedClient,
    format_: GetQuoteProvenanceFormat | Unset = GetQuoteProvenanceFormat.JSON,
) -> Response[Any | GetQuoteProvenanceProvJson | ProvenanceOut | Problem]:
    """Who said it first and how it travelled

     The quote's cluster (the same words across articles): speaker, every occurrence with its chain, the
    earliest appearance and the merged relay graph. `format=prov-json` returns W3C PROV-JSON
    (application/json); `format=prov-turtle` returns PROV-O as text/turtle.

    Args:
        quote_id (int): Any quote of the cluster.
        format_ (GetQuoteProvenanceFormat | Unset): json (default), prov-json or prov-turtle.
            Default: GetQuoteProvenanceFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetQuoteProvenanceProvJson | ProvenanceOut | Problem]
    """

    kwargs = _get_kwargs(
        quote_id=quote_id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    quote_id: int,
    *,
    client: AuthenticatedClient,
    format_: GetQuoteProvenanceFormat | Unset = GetQuoteProvenanceFormat.JSON,
) -> Any | GetQuoteProvenanceProvJson | ProvenanceOut | Problem | None:
    """Who said it first and how it travelled

     The quote's cluster (the same words across articles): speaker, every occurrence with its chain, the
    earliest appearance and the merged relay graph. `format=prov-json` returns W3C PROV-JSON
    (application/json); `format=prov-turtle` returns PROV-O as text/turtle.

    Args:
        quote_id (int): Any quote of the cluster.
        format_ (GetQuoteProvenanceFormat | Unset): json (default), prov-json or prov-turtle.
            Default: GetQuoteProvenanceFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetQuoteProvenanceProvJson | ProvenanceOut | Problem
    """

    return (
        await asyncio_detailed(
            quote_id=quote_id,
            client=client,
            format_=format_,
        )
    ).parsed
