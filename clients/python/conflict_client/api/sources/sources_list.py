import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.detail_error import DetailError
from ...models.paginated_source_list import PaginatedSourceList
from ...models.sources_list_ordering import SourcesListOrdering
from ...models.sources_list_response_400 import SourcesListResponse400
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    count: bool | Unset = UNSET,
    cursor: str | Unset = UNSET,
    language: str | Unset = UNSET,
    limit: int | Unset = 50,
    name: str | Unset = UNSET,
    ordering: SourcesListOrdering | Unset = SourcesListOrdering.ID,
    page_size: int | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    publisher: str | Unset = UNSET,
    q: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["count"] = count

    params["cursor"] = cursor

    params["language"] = language

    params["limit"] = limit

    params["name"] = name

    json_ordering: str | Unset = UNSET
    if not isinstance(ordering, Unset):
        json_ordering = ordering.value

    params["ordering"] = json_ordering

    params["page_size"] = page_size

    json_published_after: str | Unset = UNSET
    if not isinstance(published_after, Unset):
        json_published_after = published_after.isoformat()
    params["published_after"] = json_published_after

    json_published_before: str | Unset = UNSET
    if not isinstance(published_before, Unset):
        json_published_before = published_before.isoformat()
    params["published_before"] = json_published_before

    params["publisher"] = publisher

    params["q"] = q

    json_updated_since: str | Unset = UNSET
    if not isinstance(updated_since, Unset):
        json_updated_since = updated_since.isoformat()
    params["updated_since"] = json_updated_since

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/sources/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DetailError | PaginatedSourceList | SourcesListResponse400 | None:
    if response.status_code == 200:
        response_200 = PaginatedSourceList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SourcesListResponse400.from_dict(response.json())

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
) -> Response[DetailError | PaginatedSourceList | SourcesListResponse400]:
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
    language: str | Unset = UNSET,
    limit: int | Unset = 50,
    name: str | Unset = UNSET,
    ordering: SourcesListOrdering | Unset = SourcesListOrdering.ID,
    page_size: int | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    publisher: str | Unset = UNSET,
    q: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[DetailError | PaginatedSourceList | SourcesListResponse400]:
    """List sources

     The ingested articles (without their text: read one source for it).

    Args:
        count (bool | Unset):
        cursor (str | Unset):
        language (str | Unset):
        limit (int | Unset):  Default: 50.
        name (str | Unset):
        ordering (SourcesListOrdering | Unset):  Default: SourcesListOrdering.ID.
        page_size (int | Unset):
        published_after (datetime.date | Unset):
        published_before (datetime.date | Unset):
        publisher (str | Unset):
        q (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailError | PaginatedSourceList | SourcesListResponse400]
    """

    kwargs = _get_kwargs(
        count=count,
        cursor=cursor,
        language=language,
        limit=limit,
        name=name,
        ordering=ordering,
        page_size=page_size,
        published_after=published_after,
        published_before=published_before,
        publisher=publisher,
        q=q,
        updated_since=updated_since,
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
    language: str | Unset = UNSET,
    limit: int | Unset = 50,
    name: str | Unset = UNSET,
    ordering: SourcesListOrdering | Unset = SourcesListOrdering.ID,
    page_size: int | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    publisher: str | Unset = UNSET,
    q: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> DetailError | PaginatedSourceList | SourcesListResponse400 | None:
    """List sources

     The ingested articles (without their text: read one source for it).

    Args:
        count (bool | Unset):
        cursor (str | Unset):
        language (str | Unset):
        limit (int | Unset):  Default: 50.
        name (str | Unset):
        ordering (SourcesListOrdering | Unset):  Default: SourcesListOrdering.ID.
        page_size (int | Unset):
        published_after (datetime.date | Unset):
        published_before (datetime.date | Unset):
        publisher (str | Unset):
        q (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailError | PaginatedSourceList | SourcesListResponse400
    """

    return sync_detailed(
        client=client,
        count=count,
        cursor=cursor,
        language=language,
        limit=limit,
        name=name,
        ordering=ordering,
        page_size=page_size,
        published_after=published_after,
        published_before=published_before,
        publisher=publisher,
        q=q,
        updated_since=updated_since,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    count: bool | Unset = UNSET,
    cursor: str | Unset = UNSET,
    language: str | Unset = UNSET,
    limit: int | Unset = 50,
    name: str | Unset = UNSET,
    ordering: SourcesListOrdering | Unset = SourcesListOrdering.ID,
    page_size: int | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    publisher: str | Unset = UNSET,
    q: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[DetailError | PaginatedSourceList | SourcesListResponse400]:
    """List sources

     The ingested articles (without their text: read one source for it).

    Args:
        count (bool | Unset):
        cursor (str | Unset):
        language (str | Unset):
        limit (int | Unset):  Default: 50.
        name (str | Unset):
        ordering (SourcesListOrdering | Unset):  Default: SourcesListOrdering.ID.
        page_size (int | Unset):
        published_after (datetime.date | Unset):
        published_before (datetime.date | Unset):
        publisher (str | Unset):
        q (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailError | PaginatedSourceList | SourcesListResponse400]
    """

    kwargs = _get_kwargs(
        count=count,
        cursor=cursor,
        language=language,
        limit=limit,
        name=name,
        ordering=ordering,
        page_size=page_size,
        published_after=published_after,
        published_before=published_before,
        publisher=publisher,
        q=q,
        updated_since=updated_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    count: bool | Unset = UNSET,
    cursor: str | Unset = UNSET,
    language: str | Unset = UNSET,
    limit: int | Unset = 50,
    name: str | Unset = UNSET,
    ordering: SourcesListOrdering | Unset = SourcesListOrdering.ID,
    page_size: int | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    publisher: str | Unset = UNSET,
    q: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> DetailError | PaginatedSourceList | SourcesListResponse400 | None:
    """List sources

     The ingested articles (without their text: read one source for it).

    Args:
        count (bool | Unset):
        cursor (str | Unset):
        language (str | Unset):
        limit (int | Unset):  Default: 50.
        name (str | Unset):
        ordering (SourcesListOrdering | Unset):  Default: SourcesListOrdering.ID.
        page_size (int | Unset):
        published_after (datetime.date | Unset):
        published_before (datetime.date | Unset):
        publisher (str | Unset):
        q (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailError | PaginatedSourceList | SourcesListResponse400
    """

    return (
        await asyncio_detailed(
            client=client,
            count=count,
            cursor=cursor,
            language=language,
            limit=limit,
            name=name,
            ordering=ordering,
            page_size=page_size,
            published_after=published_after,
            published_before=published_before,
            publisher=publisher,
            q=q,
            updated_since=updated_since,
        )
    ).parsed
