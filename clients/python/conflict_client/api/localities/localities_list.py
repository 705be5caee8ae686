import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.detail_error import DetailError
from ...models.localities_list_format import LocalitiesListFormat
from ...models.localities_list_kind_item import LocalitiesListKindItem
from ...models.localities_list_ordering import LocalitiesListOrdering
from ...models.localities_list_response_400 import LocalitiesListResponse400
from ...models.paginated_locality_list import PaginatedLocalityList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    bbox: str | Unset = UNSET,
    count: bool | Unset = UNSET,
    country: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    format_: LocalitiesListFormat | Unset = UNSET,
    has_events: bool | Unset = UNSET,
    kind: list[LocalitiesListKindItem] | Unset = UNSET,
    limit: int | Unset = 50,
    near: str | Unset = UNSET,
    needs_geocoding: bool | Unset = UNSET,
    ordering: LocalitiesListOrdering | Unset = LocalitiesListOrdering.ID,
    page_size: int | Unset = UNSET,
    parent: int | Unset = UNSET,
    q: str | Unset = UNSET,
    radius_km: float | Unset = UNSET,
    region: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["bbox"] = bbox

    params["count"] = count

    params["country"] = country

    params["cursor"] = cursor

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["has_events"] = has_events

    json_kind: list[str] | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = []
        for kind_item_data in kind:
            kind_item = kind_item_data.value
            json_kind.append(kind_item)

    params["kind"] = json_kind

    params["limit"] = limit

    params["near"] = near

    params["needs_geocoding"] = needs_geocoding

    json_ordering: str | Unset = UNSET
    if not isinstance(ordering, Unset):
        json_ordering = ordering.value

    params["ordering"] = json_ordering

    params["page_size"] = page_size

    params["parent"] = parent

    params["q"] = q

    params["radius_km"] = radius_km

    params["region"] = region

    json_updated_since: str | Unset = UNSET
    if not isinstance(updated_since, Unset):
        json_updated_since = updated_since.isoformat()
    params["updated_since"] = json_updated_since

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/localities/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DetailError | LocalitiesListResponse400 | PaginatedLocalityList | None:
    if response.status_code == 200:
        response_200 = PaginatedLocalityList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = LocalitiesListResponse400.from_dict(response.json())

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
) -> Response[DetailError | LocalitiesListResponse400 | PaginatedLocalityList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    bbox: str | Unset = UNSET,
    count: bool | Unset = UNSET,
    country: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    format_: LocalitiesListFormat | Unset = UNSET,
    has_events: bool | Unset = UNSET,
    kind: list[LocalitiesListKindItem] | Unset = UNSET,
    limit: int | Unset = 50,
    near: str | Unset = UNSET,
    needs_geocoding: bool | Unset = UNSET,
    ordering: LocalitiesListOrdering | Unset = LocalitiesListOrdering.ID,
    page_size: int | Unset = UNSET,
    parent: int | Unset = UNSET,
    q: str | Unset = UNSET,
    radius_km: float | Unset = UNSET,
    region: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[DetailError | LocalitiesListResponse400 | PaginatedLocalityList]:
    """List places

     Places with their French, English and native spellings, coordinates, parent and number of events.
    `q` finds a place by any spelling.

    Args:
        bbox (str | Unset):
        count (bool | Unset):
        country (str | Unset):
        cursor (str | Unset):
        format_ (LocalitiesListFormat | Unset):
        has_events (bool | Unset):
        kind (list[LocalitiesListKindItem] | Unset):
        limit (int | Unset):  Default: 50.
        near (str | Unset):
        needs_geocoding (bool | Unset):
        ordering (LocalitiesListOrdering | Unset):  Default: LocalitiesListOrdering.ID.
        page_size (int | Unset):
        parent (int | Unset):
        q (str | Unset):
        radius_km (float | Unset):
        region (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailError | LocalitiesListResponse400 | PaginatedLocalityList]
    """

    kwargs = _get_kwargs(
        bbox=bbox,
        count=count,
        country=country,
        cursor=cursor,
        format_=format_,
        has_events=has_events,
        kind=kind,
        limit=limit,
        near=near,
        needs_geocoding=needs_geocoding,
        ordering=ordering,
        page_size=page_size,
        parent=parent,
        q=q,
        radius_km=radius_km,
        region=region,
        updated_since=updated_since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    bbox: str | Unset = UNSET,
    count: bool | Unset = UNSET,
    country: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    format_: LocalitiesListFormat | Unset = UNSET,
    has_events: bool | Unset = UNSET,
    kind: list[LocalitiesListKindItem] | Unset = UNSET,
    limit: int | Unset = 50,
    near: str | Unset = UNSET,
    needs_geocoding: bool | Unset = UNSET,
    ordering: LocalitiesListOrdering | Unset = LocalitiesListOrdering.ID,
    page_size: int | Unset = UNSET,
    parent: int | Unset = UNSET,
    q: str | Unset = UNSET,
    radius_km: float | Unset = UNSET,
    region: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> DetailError | LocalitiesListResponse400 | PaginatedLocalityList | None:
    """List places

     Places with their French, English and native spellings, coordinates, parent and number of events.
    `q` finds a place by any spelling.

    Args:
        bbox (str | Unset):
        count (bool | Unset):
        country (str | Unset):
        cursor (str | Unset):
        format_ (LocalitiesListFormat | Unset):
        has_events (bool | Unset):
        kind (list[LocalitiesListKindItem] | Unset):
        limit (int | Unset):  Default: 50.
        near (str | Unset):
        needs_geocoding (bool | Unset):
        ordering (LocalitiesListOrdering | Unset):  Default: LocalitiesListOrdering.ID.
        page_size (int | Unset):
        parent (int | Unset):
        q (str | Unset):
        radius_km (float | Unset):
        region (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailError | LocalitiesListResponse400 | PaginatedLocalityList
    """

    return sync_detailed(
        client=client,
        bbox=bbox,
        count=count,
        country=country,
        cursor=cursor,
        format_=format_,
        has_events=has_events,
        kind=kind,
        limit=limit,
        near=near,
        needs_geocoding=needs_geocoding,
        ordering=ordering,
        page_size=page_size,
        parent=parent,
        q=q,
        radius_km=radius_km,
        region=region,
        updated_since=updated_since,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    bbox: str | Unset = UNSET,
    count: bool | Unset = UNSET,
    country: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    format_: LocalitiesListFormat | Unset = UNSET,
    has_events: bool | Unset = UNSET,
    kind: list[LocalitiesListKindItem] | Unset = UNSET,
    limit: int | Unset = 50,
    near: str | Unset = UNSET,
    needs_geocoding: bool | Unset = UNSET,
    ordering: LocalitiesListOrdering | Unset = LocalitiesListOrdering.ID,
    page_size: int | Unset = UNSET,
    parent: int | Unset = UNSET,
    q: str | Unset = UNSET,
    radius_km: float | Unset = UNSET,
    region: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[DetailError | LocalitiesListResponse400 | PaginatedLocalityList]:
    """List places

     Places with their French, English and native spellings, coordinates, parent and number of events.
    `q` finds a place by any spelling.

    Args:
        bbox (str | Unset):
        count (bool | Unset):
        country (str | Unset):
        cursor (str | Unset):
        format_ (LocalitiesListFormat | Unset):
        has_events (bool | Unset):
        kind (list[LocalitiesListKindItem] | Unset):
        limit (int | Unset):  Default: 50.
        near (str | Unset):
        needs_geocoding (bool | Unset):
        ordering (LocalitiesListOrdering | Unset):  Default: LocalitiesListOrdering.ID.
        page_size (int | Unset):
        parent (int | Unset):
        q (str | Unset):
        radius_km (float | Unset):
        region (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailError | LocalitiesListResponse400 | PaginatedLocalityList]
    """

    kwargs = _get_kwargs(
        bbox=bbox,
        count=count,
        country=country,
        cursor=cursor,
        format_=format_,
        has_events=has_events,
        kind=kind,
        limit=limit,
        near=near,
        needs_geocoding=needs_geocoding,
        ordering=ordering,
        page_size=page_size,
        parent=parent,
        q=q,
        radius_km=radius_km,
        region=region,
        updated_since=updated_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    bbox: str | Unset = UNSET,
    count: bool | Unset = UNSET,
    country: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    format_: LocalitiesListFormat | Unset = UNSET,
    has_events: bool | Unset = UNSET,
    kind: list[LocalitiesListKindItem] | Unset = UNSET,
    limit: int | Unset = 50,
    near: str | Unset = UNSET,
    needs_geocoding: bool | Unset = UNSET,
    ordering: LocalitiesListOrdering | Unset = LocalitiesListOrdering.ID,
    page_size: int | Unset = UNSET,
    parent: int | Unset = UNSET,
    q: str | Unset = UNSET,
    radius_km: float | Unset = UNSET,
    region: str | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> DetailError | LocalitiesListResponse400 | PaginatedLocalityList | None:
    """List places

     Places with their French, English and native spellings, coordinates, parent and number of events.
    `q` finds a place by any spelling.

    Args:
        bbox (str | Unset):
        count (bool | Unset):
        country (str | Unset):
        cursor (str | Unset):
        format_ (LocalitiesListFormat | Unset):
        has_events (bool | Unset):
        kind (list[LocalitiesListKindItem] | Unset):
        limit (int | Unset):  Default: 50.
        near (str | Unset):
        needs_geocoding (bool | Unset):
        ordering (LocalitiesListOrdering | Unset):  Default: LocalitiesListOrdering.ID.
        page_size (int | Unset):
        parent (int | Unset):
        q (str | Unset):
        radius_km (float | Unset):
        region (str | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailError | LocalitiesListResponse400 | PaginatedLocalityList
    """

    return (
        await asyncio_detailed(
            client=client,
            bbox=bbox,
            count=count,
            country=country,
            cursor=cursor,
            format_=format_,
            has_events=has_events,
            kind=kind,
            limit=limit,
            near=near,
            needs_geocoding=needs_geocoding,
            ordering=ordering,
            page_size=page_size,
            parent=parent,
            q=q,
            radius_km=radius_km,
            region=region,
            updated_since=updated_since,
        )
    ).parsed
