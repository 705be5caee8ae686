from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.detail_error import DetailError
from ...models.events_acled_export_response_400 import EventsAcledExportResponse400
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/events/acled/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DetailError | EventsAcledExportResponse400 | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        response_400 = EventsAcledExportResponse400.from_dict(response.json())

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
) -> Response[DetailError | EventsAcledExportResponse400 | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[DetailError | EventsAcledExportResponse400 | str]:
    """Export events as ACLED CSV

     The filtered events in ACLED's column layout (event_date, time_precision 1/2/3, disorder_type,
    event_type and sub_event_type mapped from ours, actor1, actor2, admin1, location, latitude,
    longitude, geo_precision, source, notes, fatalities...), one row per event x place, streamed, so
    that tools written for ACLED read our data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailError | EventsAcledExportResponse400 | str]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> DetailError | EventsAcledExportResponse400 | str | None:
    """Export events as ACLED CSV

     The filtered events in ACLED's column layout (event_date, time_precision 1/2/3, disorder_type,
    event_type and sub_event_type mapped from ours, actor1, actor2, admin1, location, latitude,
    longitude, geo_precision, source, notes, fatalities...), one row per event x place, streamed, so
    that tools written for ACLED read our data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailError | EventsAcledExportResponse400 | str
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[DetailError | EventsAcledExportResponse400 | str]:
    """Export events as ACLED CSV

     The filtered events in ACLED's column layout (event_date, time_precision 1/2/3, disorder_type,
    event_type and sub_event_type mapped from ours, actor1, actor2, admin1, location, latitude,
    longitude, geo_precision, source, notes, fatalities...), one row per event x place, streamed, so
    that tools written for ACLED read our data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailError | EventsAcledExportResponse400 | str]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> DetailError | EventsAcledExportResponse400 | str | None:
    """Export events as ACLED CSV

     The filtered events in ACLED's column layout (event_date, time_precision 1/2/3, disorder_type,
    event_type and sub_event_type mapped from ours, actor1, actor2, admin1, location, latitude,
    longitude, geo_precision, source, notes, fatalities...), one row per event x place, streamed, so
    that tools written for ACLED read our data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailError | EventsAcledExportResponse400 | str
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
