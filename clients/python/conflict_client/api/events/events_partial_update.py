from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.detail_error import DetailError
from ...models.event import Event
from ...models.events_partial_update_response_400 import EventsPartialUpdateResponse400
from ...models.patched_event_curation_request import PatchedEventCurationRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: PatchedEventCurationRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/events/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DetailError | Event | EventsPartialUpdateResponse400 | None:
    if response.status_code == 200:
        response_200 = Event.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = EventsPartialUpdateResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DetailError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DetailError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = DetailError.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = DetailError.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = DetailError.from_dict(response.json())

        return response_415

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
) -> Response[DetailError | Event | EventsPartialUpdateResponse400]:
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
    body: PatchedEventCurationRequest | Unset = UNSET,
) -> Response[DetailError | Event | EventsPartialUpdateResponse400]:
    """Curate an event

     Correct the type, date, precision or places of an event (a curator's token is required). The event
    is marked curated: re-ingesting never overwrites it. A PATCH that changes nothing writes nothing and
    answers `X-Unchanged: true`.

    Args:
        id (int):
        body (PatchedEventCurationRequest | Unset): What a curator may change on an event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailError | Event | EventsPartialUpdateResponse400]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: PatchedEventCurationRequest | Unset = UNSET,
) -> DetailError | Event | EventsPartialUpdateResponse400 | None:
    """Curate an event

     Correct the type, date, precision or places of an event (a curator's token is required). The event
    is marked curated: re-ingesting never overwrites it. A PATCH that changes nothing writes nothing and
    answers `X-Unchanged: true`.

    Args:
        id (int):
        body (PatchedEventCurationRequest | Unset): What a curator may change on an event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailError | Event | EventsPartialUpdateResponse400
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: PatchedEventCurationRequest | Unset = UNSET,
) -> Response[DetailError | Event | EventsPartialUpdateResponse400]:
    """Curate an event

     Correct the type, date, precision or places of an event (a curator's token is required). The event
    is marked curated: re-ingesting never overwrites it. A PATCH that changes nothing writes nothing and
    answers `X-Unchanged: true`.

    Args:
        id (int):
        body (PatchedEventCurationRequest | Unset): What a curator may change on an event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailError | Event | EventsPartialUpdateResponse400]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: PatchedEventCurationRequest | Unset = UNSET,
) -> DetailError | Event | EventsPartialUpdateResponse400 | None:
    """Curate an event

     Correct the type, date, precision or places of an event (a curator's token is required). The event
    is marked curated: re-ingesting never overwrites it. A PATCH that changes nothing writes nothing and
    answers `X-Unchanged: true`.

    Args:
        id (int):
        body (PatchedEventCurationRequest | Unset): What a curator may change on an event.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailError | Event | EventsPartialUpdateResponse400
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
