from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.detail_error import DetailError
from ...models.source_detail import SourceDetail
from ...models.sources_retrieve_response_400 import SourcesRetrieveResponse400
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/sources/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DetailError | SourceDetail | SourcesRetrieveResponse400 | None:
    if response.status_code == 200:
        response_200 = SourceDetail.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SourcesRetrieveResponse400.from_dict(response.json())

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
) -> Response[DetailError | SourceDetail | SourcesRetrieveResponse400]:
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
) -> Response[DetailError | SourceDetail | SourcesRetrieveResponse400]:
    """Read one source, with its text and claim offsets

     The full text and, for each claim quoted from it, quote_start and quote_end:
    text[quote_start:quote_end] is the quote, ready to highlight.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailError | SourceDetail | SourcesRetrieveResponse400]
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
) -> DetailError | SourceDetail | SourcesRetrieveResponse400 | None:
    """Read one source, with its text and claim offsets

     The full text and, for each claim quoted from it, quote_start and quote_end:
    text[quote_start:quote_end] is the quote, ready to highlight.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailError | SourceDetail | SourcesRetrieveResponse400
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[DetailError | SourceDetail | SourcesRetrieveResponse400]:
    """Read one source, with its text and claim offsets

     The full text and, for each claim quoted from it, quote_start and quote_end:
    text[quote_start:quote_end] is the quote, ready to highlight.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailError | SourceDetail | SourcesRetrieveResponse400]
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
) -> DetailError | SourceDetail | SourcesRetrieveResponse400 | None:
    """Read one source, with its text and claim offsets

     The full text and, for each claim quoted from it, quote_start and quote_end:
    text[quote_start:quote_end] is the quote, ready to highlight.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailError | SourceDetail | SourcesRetrieveResponse400
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
