from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.claim import Claim
from ...models.claims_retrieve_response_400 import ClaimsRetrieveResponse400
from ...models.detail_error import DetailError
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/claims/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Claim | ClaimsRetrieveResponse400 | DetailError | None:
    if response.status_code == 200:
        response_200 = Claim.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ClaimsRetrieveResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = DetailError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = DetailError.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = DetailError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Claim | ClaimsRetrieveResponse400 | DetailError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Claim | ClaimsRetrieveResponse400 | DetailError]:
    """Read one claim

     Claims: who asserts, denies or acknowledges which event, in which article, with the verbatim quote.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Claim | ClaimsRetrieveResponse400 | DetailError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Claim | ClaimsRetrieveResponse400 | DetailError | None:
    """Read one claim

     Claims: who asserts, denies or acknowledges which event, in which article, with the verbatim quote.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Claim | ClaimsRetrieveResponse400 | DetailError
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Claim | ClaimsRetrieveResponse400 | DetailError]:
    """Read one claim

     Claims: who asserts, denies or acknowledges which event, in which article, with the verbatim quote.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Claim | ClaimsRetrieveResponse400 | DetailError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Claim | ClaimsRetrieveResponse400 | DetailError | None:
    """Read one claim

     Claims: who asserts, denies or acknowledges which event, in which article, with the verbatim quote.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Claim | ClaimsRetrieveResponse400 | DetailError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
