from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.detail_error import DetailError
from ...models.events_deleted_list_response_400 import EventsDeletedListResponse400
from ...models.paginated_deleted_record_list import PaginatedDeletedRecordList
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/events/deleted/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DetailError | EventsDeletedListResponse400 | PaginatedDeletedRecordList | None:
    if response.status_code == 200:
        response_200 = PaginatedDeletedRecordList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = EventsDeletedListResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 429:
        response_429 = DetailError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DetailError | EventsDeletedListResponse400 | PaginatedDeletedRecordList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[DetailError | EventsDeletedListResponse400 | PaginatedDeletedRecordList]:
    """List deleted events

     The events deleted since a moment (`since`), for incremental sync: together with
    `/api/events/?updated_since=` a client keeps a copy without downloading everything again.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailError | EventsDeletedListResponse400 | PaginatedDeletedRecordList]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> DetailError | EventsDeletedListResponse400 | PaginatedDeletedRecordList | None:
    """List deleted events

     The events deleted since a moment (`since`), for incremental sync: together with
    `/api/events/?updated_since=` a client keeps a copy without downloading everything again.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailError | EventsDeletedListResponse400 | PaginatedDeletedRecordList
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[DetailError | EventsDeletedListResponse400 | PaginatedDeletedRecordList]:
    """List deleted events

     The events deleted since a moment (`since`), for incremental sync: together with
    `/api/events/?updated_since=` a client keeps a copy without downloading everything again.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailError | EventsDeletedListResponse400 | PaginatedDeletedRecordList]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> DetailError | EventsDeletedListResponse400 | PaginatedDeletedRecordList | None:
    """List deleted events

     The events deleted since a moment (`since`), for incremental sync: together with
    `/api/events/?updated_since=` a client keeps a copy without downloading everything again.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailError | EventsDeletedListResponse400 | PaginatedDeletedRecordList
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
