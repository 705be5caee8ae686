import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.claims_deleted_list_ordering import ClaimsDeletedListOrdering
from ...models.claims_deleted_list_response_400 import ClaimsDeletedListResponse400
from ...models.detail_error import DetailError
from ...models.paginated_deleted_record_list import PaginatedDeletedRecordList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    count: bool | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
    ordering: ClaimsDeletedListOrdering | Unset = ClaimsDeletedListOrdering.DELETED_AT,
    page_size: int | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["count"] = count

    params["cursor"] = cursor

    params["limit"] = limit

    json_ordering: str | Unset = UNSET
    if not isinstance(ordering, Unset):
        json_ordering = ordering.value

    params["ordering"] = json_ordering

    params["page_size"] = page_size

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/claims/deleted/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClaimsDeletedListResponse400 | DetailError | PaginatedDeletedRecordList | None:
    if response.status_code == 200:
        response_200 = PaginatedDeletedRecordList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ClaimsDeletedListResponse400.from_dict(response.json())

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
) -> Response[ClaimsDeletedListResponse400 | DetailError | PaginatedDeletedRecordList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    count: bool | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
    ordering: ClaimsDeletedListOrdering | Unset = ClaimsDeletedListOrdering.DELETED_AT,
    page_size: int | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
) -> Response[ClaimsDeletedListResponse400 | DetailError | PaginatedDeletedRecordList]:
    """List deleted claims

     The claims deleted since a moment (`since`), for incremental sync: together with
    `/api/claims/?updated_since=` a client keeps a copy without downloading everything again.

    Args:
        count (bool | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 50.
        ordering (ClaimsDeletedListOrdering | Unset):  Default:
            ClaimsDeletedListOrdering.DELETED_AT.
        page_size (int | Unset):
        since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClaimsDeletedListResponse400 | DetailError | PaginatedDeletedRecordList]
    """

    kwargs = _get_kwargs(
        count=count,
        cursor=cursor,
        limit=limit,
        ordering=ordering,
        page_size=page_size,
        since=since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    count: bool | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
    ordering: ClaimsDeletedListOrdering | Unset = ClaimsDeletedListOrdering.DELETED_AT,
    page_size: int | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
) -> ClaimsDeletedListResponse400 | DetailError | PaginatedDeletedRecordList | None:
    """List deleted claims

     The claims deleted since a moment (`since`), for incremental sync: together with
    `/api/claims/?updated_since=` a client keeps a copy without downloading everything again.

    Args:
        count (bool | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 50.
        ordering (ClaimsDeletedListOrdering | Unset):  Default:
            ClaimsDeletedListOrdering.DELETED_AT.
        page_size (int | Unset):
        since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClaimsDeletedListResponse400 | DetailError | PaginatedDeletedRecordList
    """

    return sync_detailed(
        client=client,
        count=count,
        cursor=cursor,
        limit=limit,
        ordering=ordering,
        page_size=page_size,
        since=since,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    count: bool | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
    ordering: ClaimsDeletedListOrdering | Unset = ClaimsDeletedListOrdering.DELETED_AT,
    page_size: int | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
) -> Response[ClaimsDeletedListResponse400 | DetailError | PaginatedDeletedRecordList]:
    """List deleted claims

     The claims deleted since a moment (`since`), for incremental sync: together with
    `/api/claims/?updated_since=` a client keeps a copy without downloading everything again.

    Args:
        count (bool | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 50.
        ordering (ClaimsDeletedListOrdering | Unset):  Default:
            ClaimsDeletedListOrdering.DELETED_AT.
        page_size (int | Unset):
        since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClaimsDeletedListResponse400 | DetailError | PaginatedDeletedRecordList]
    """

    kwargs = _get_kwargs(
        count=count,
        cursor=cursor,
        limit=limit,
        ordering=ordering,
        page_size=page_size,
        since=since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    count: bool | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
    ordering: ClaimsDeletedListOrdering | Unset = ClaimsDeletedListOrdering.DELETED_AT,
    page_size: int | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
) -> ClaimsDeletedListResponse400 | DetailError | PaginatedDeletedRecordList | None:
    """List deleted claims

     The claims deleted since a moment (`since`), for incremental sync: together with
    `/api/claims/?updated_since=` a client keeps a copy without downloading everything again.

    Args:
        count (bool | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 50.
        ordering (ClaimsDeletedListOrdering | Unset):  Default:
            ClaimsDeletedListOrdering.DELETED_AT.
        page_size (int | Unset):
        since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClaimsDeletedListResponse400 | DetailError | PaginatedDeletedRecordList
    """

    return (
        await asyncio_detailed(
            client=client,
            count=count,
            cursor=cursor,
            limit=limit,
            ordering=ordering,
            page_size=page_size,
            since=since,
        )
    ).parsed
