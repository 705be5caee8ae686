from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.actors_list_kind_item import ActorsListKindItem
from ...models.actors_list_ordering import ActorsListOrdering
from ...models.actors_list_response_400 import ActorsListResponse400
from ...models.actors_list_side_item import ActorsListSideItem
from ...models.detail_error import DetailError
from ...models.paginated_actor_list_list import PaginatedActorListList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    count: bool | Unset = UNSET,
    cursor: str | Unset = UNSET,
    kind: list[ActorsListKindItem] | Unset = UNSET,
    limit: int | Unset = 50,
    ordering: ActorsListOrdering | Unset = ActorsListOrdering.ID,
    page_size: int | Unset = UNSET,
    q: str | Unset = UNSET,
    side: list[ActorsListSideItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["count"] = count

    params["cursor"] = cursor

    json_kind: list[str] | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = []
        for kind_item_data in kind:
            kind_item = kind_item_data.value
            json_kind.append(kind_item)

    params["kind"] = json_kind

    params["limit"] = limit

    json_ordering: str | Unset = UNSET
    if not isinstance(ordering, Unset):
        json_ordering = ordering.value

    params["ordering"] = json_ordering

    params["page_size"] = page_size

    params["q"] = q

    json_side: list[str] | Unset = UNSET
    if not isinstance(side, Unset):
        json_side = []
        for side_item_data in side:
            side_item = side_item_data.value
            json_side.append(side_item)

    params["side"] = json_side

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/actors/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActorsListResponse400 | DetailError | PaginatedActorListList | None:
    if response.status_code == 200:
        response_200 = PaginatedActorListList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ActorsListResponse400.from_dict(response.json())

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
) -> Response[ActorsListResponse400 | DetailError | PaginatedActorListList]:
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
    kind: list[ActorsListKindItem] | Unset = UNSET,
    limit: int | Unset = 50,
    ordering: ActorsListOrdering | Unset = ActorsListOrdering.ID,
    page_size: int | Unset = UNSET,
    q: str | Unset = UNSET,
    side: list[ActorsListSideItem] | Unset = UNSET,
) -> Response[ActorsListResponse400 | DetailError | PaginatedActorListList]:
    """List claimants

     Claimants: ministries, armies, governments, people, media; with their side.

    Args:
        count (bool | Unset):
        cursor (str | Unset):
        kind (list[ActorsListKindItem] | Unset):
        limit (int | Unset):  Default: 50.
        ordering (ActorsListOrdering | Unset):  Default: ActorsListOrdering.ID.
        page_size (int | Unset):
        q (str | Unset):
        side (list[ActorsListSideItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActorsListResponse400 | DetailError | PaginatedActorListList]
    """

    kwargs = _get_kwargs(
        count=count,
        cursor=cursor,
        kind=kind,
        limit=limit,
        ordering=ordering,
        page_size=page_size,
        q=q,
        side=side,
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
    kind: list[ActorsListKindItem] | Unset = UNSET,
    limit: int | Unset = 50,
    ordering: ActorsListOrdering | Unset = ActorsListOrdering.ID,
    page_size: int | Unset = UNSET,
    q: str | Unset = UNSET,
    side: list[ActorsListSideItem] | Unset = UNSET,
) -> ActorsListResponse400 | DetailError | PaginatedActorListList | None:
    """List claimants

     Claimants: ministries, armies, governments, people, media; with their side.

    Args:
        count (bool | Unset):
        cursor (str | Unset):
        kind (list[ActorsListKindItem] | Unset):
        limit (int | Unset):  Default: 50.
        ordering (ActorsListOrdering | Unset):  Default: ActorsListOrdering.ID.
        page_size (int | Unset):
        q (str | Unset):
        side (list[ActorsListSideItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActorsListResponse400 | DetailError | PaginatedActorListList
    """

    return sync_detailed(
        client=client,
        count=count,
        cursor=cursor,
        kind=kind,
        limit=limit,
        ordering=ordering,
        page_size=page_size,
        q=q,
        side=side,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    count: bool | Unset = UNSET,
    cursor: str | Unset = UNSET,
    kind: list[ActorsListKindItem] | Unset = UNSET,
    limit: int | Unset = 50,
    ordering: ActorsListOrdering | Unset = ActorsListOrdering.ID,
    page_size: int | Unset = UNSET,
    q: str | Unset = UNSET,
    side: list[ActorsListSideItem] | Unset = UNSET,
) -> Response[ActorsListResponse400 | DetailError | PaginatedActorListList]:
    """List claimants

     Claimants: ministries, armies, governments, people, media; with their side.

    Args:
        count (bool | Unset):
        cursor (str | Unset):
        kind (list[ActorsListKindItem] | Unset):
        limit (int | Unset):  Default: 50.
        ordering (ActorsListOrdering | Unset):  Default: ActorsListOrdering.ID.
        page_size (int | Unset):
        q (str | Unset):
        side (list[ActorsListSideItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActorsListResponse400 | DetailError | PaginatedActorListList]
    """

    kwargs = _get_kwargs(
        count=count,
        cursor=cursor,
        kind=kind,
        limit=limit,
        ordering=ordering,
        page_size=page_size,
        q=q,
        side=side,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    count: bool | Unset = UNSET,
    cursor: str | Unset = UNSET,
    kind: list[ActorsListKindItem] | Unset = UNSET,
    limit: int | Unset = 50,
    ordering: ActorsListOrdering | Unset = ActorsListOrdering.ID,
    page_size: int | Unset = UNSET,
    q: str | Unset = UNSET,
    side: list[ActorsListSideItem] | Unset = UNSET,
) -> ActorsListResponse400 | DetailError | PaginatedActorListList | None:
    """List claimants

     Claimants: ministries, armies, governments, people, media; with their side.

    Args:
        count (bool | Unset):
        cursor (str | Unset):
        kind (list[ActorsListKindItem] | Unset):
        limit (int | Unset):  Default: 50.
        ordering (ActorsListOrdering | Unset):  Default: ActorsListOrdering.ID.
        page_size (int | Unset):
        q (str | Unset):
        side (list[ActorsListSideItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActorsListResponse400 | DetailError | PaginatedActorListList
    """

    return (
        await asyncio_detailed(
            client=client,
            count=count,
            cursor=cursor,
            kind=kind,
            limit=limit,
            ordering=ordering,
            page_size=page_size,
            q=q,
            side=side,
        )
    ).parsed
