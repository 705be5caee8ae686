from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.claims_places_response_400 import ClaimsPlacesResponse400
from ...models.detail_error import DetailError
from ...models.place_claims import PlaceClaims
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/claims/places/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClaimsPlacesResponse400 | DetailError | list[PlaceClaims] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PlaceClaims.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = ClaimsPlacesResponse400.from_dict(response.json())

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
) -> Response[ClaimsPlacesResponse400 | DetailError | list[PlaceClaims]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ClaimsPlacesResponse400 | DetailError | list[PlaceClaims]]:
    """Claims per place, with the latest control claim

     The places of the filtered claims (every filter of /api/claims/), busiest first, each with its
    coordinates and how precise they are, its number of claims and who holds it after its latest control
    event (capture, withdrawal, attack repelled, territorial control, encirclement). An event with no
    place of its own counts at its region. Places without coordinates are left out. The whole set, not
    paginated: what a map draws.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClaimsPlacesResponse400 | DetailError | list[PlaceClaims]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ClaimsPlacesResponse400 | DetailError | list[PlaceClaims] | None:
    """Claims per place, with the latest control claim

     The places of the filtered claims (every filter of /api/claims/), busiest first, each with its
    coordinates and how precise they are, its number of claims and who holds it after its latest control
    event (capture, withdrawal, attack repelled, territorial control, encirclement). An event with no
    place of its own counts at its region. Places without coordinates are left out. The whole set, not
    paginated: what a map draws.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClaimsPlacesResponse400 | DetailError | list[PlaceClaims]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ClaimsPlacesResponse400 | DetailError | list[PlaceClaims]]:
    """Claims per place, with the latest control claim

     The places of the filtered claims (every filter of /api/claims/), busiest first, each with its
    coordinates and how precise they are, its number of claims and who holds it after its latest control
    event (capture, withdrawal, attack repelled, territorial control, encirclement). An event with no
    place of its own counts at its region. Places without coordinates are left out. The whole set, not
    paginated: what a map draws.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClaimsPlacesResponse400 | DetailError | list[PlaceClaims]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ClaimsPlacesResponse400 | DetailError | list[PlaceClaims] | None:
    """Claims per place, with the latest control claim

     The places of the filtered claims (every filter of /api/claims/), busiest first, each with its
    coordinates and how precise they are, its number of claims and who holds it after its latest control
    event (capture, withdrawal, attack repelled, territorial control, encirclement). An event with no
    place of its own counts at its region. Places without coordinates are left out. The whole set, not
    paginated: what a map draws.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClaimsPlacesResponse400 | DetailError | list[PlaceClaims]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
