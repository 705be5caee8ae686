from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.claims_weekly_response_400 import ClaimsWeeklyResponse400
from ...models.detail_error import DetailError
from ...models.weekly_count import WeeklyCount
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/claims/weekly/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClaimsWeeklyResponse400 | DetailError | list[WeeklyCount] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = WeeklyCount.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = ClaimsWeeklyResponse400.from_dict(response.json())

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
) -> Response[ClaimsWeeklyResponse400 | DetailError | list[WeeklyCount]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ClaimsWeeklyResponse400 | DetailError | list[WeeklyCount]]:
    """Claims per week and claimant side

     The filtered claims (every filter of /api/claims/) counted per week of their claim date (weeks start
    on Monday) and side of the claimant, oldest week first; claims without a date under week null. Weeks
    without claims are not listed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClaimsWeeklyResponse400 | DetailError | list[WeeklyCount]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ClaimsWeeklyResponse400 | DetailError | list[WeeklyCount] | None:
    """Claims per week and claimant side

     The filtered claims (every filter of /api/claims/) counted per week of their claim date (weeks start
    on Monday) and side of the claimant, oldest week first; claims without a date under week null. Weeks
    without claims are not listed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClaimsWeeklyResponse400 | DetailError | list[WeeklyCount]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ClaimsWeeklyResponse400 | DetailError | list[WeeklyCount]]:
    """Claims per week and claimant side

     The filtered claims (every filter of /api/claims/) counted per week of their claim date (weeks start
    on Monday) and side of the claimant, oldest week first; claims without a date under week null. Weeks
    without claims are not listed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClaimsWeeklyResponse400 | DetailError | list[WeeklyCount]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ClaimsWeeklyResponse400 | DetailError | list[WeeklyCount] | None:
    """Claims per week and claimant side

     The filtered claims (every filter of /api/claims/) counted per week of their claim date (weeks start
    on Monday) and side of the claimant, oldest week first; claims without a date under week null. Weeks
    without claims are not listed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClaimsWeeklyResponse400 | DetailError | list[WeeklyCount]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
