import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.detail_error import DetailError
from ...models.events_acled_export_actor_side_item import EventsAcledExportActorSideItem
from ...models.events_acled_export_claimant_side_item import EventsAcledExportClaimantSideItem
from ...models.events_acled_export_event_type_item import EventsAcledExportEventTypeItem
from ...models.events_acled_export_ordering import EventsAcledExportOrdering
from ...models.events_acled_export_response_400 import EventsAcledExportResponse400
from ...models.events_acled_export_review_status_item import EventsAcledExportReviewStatusItem
from ...models.events_acled_export_stance_item import EventsAcledExportStanceItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    actor_side: list[EventsAcledExportActorSideItem] | Unset = UNSET,
    bbox: str | Unset = UNSET,
    claimant: str | Unset = UNSET,
    claimant_side: list[EventsAcledExportClaimantSideItem] | Unset = UNSET,
    contested: bool | Unset = UNSET,
    country: str | Unset = UNSET,
    event_type: list[EventsAcledExportEventTypeItem] | Unset = UNSET,
    locality: str | Unset = UNSET,
    near: str | Unset = UNSET,
    occurred_after: datetime.date | Unset = UNSET,
    occurred_before: datetime.date | Unset = UNSET,
    ordering: EventsAcledExportOrdering | Unset = EventsAcledExportOrdering.ID,
    q: str | Unset = UNSET,
    radius_km: float | Unset = UNSET,
    region: str | Unset = UNSET,
    review_status: list[EventsAcledExportReviewStatusItem] | Unset = UNSET,
    source: str | Unset = UNSET,
    stance: list[EventsAcledExportStanceItem] | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_actor_side: list[str] | Unset = UNSET
    if not isinstance(actor_side, Unset):
        json_actor_side = []
        for actor_side_item_data in actor_side:
            actor_side_item = actor_side_item_data.value
            json_actor_side.append(actor_side_item)

    params["actor_side"] = json_actor_side

    params["bbox"] = bbox

    params["claimant"] = claimant

    json_claimant_side: list[str] | Unset = UNSET
    if not isinstance(claimant_side, Unset):
        json_claimant_side = []
        for claimant_side_item_data in claimant_side:
            claimant_side_item = claimant_side_item_data.value
            json_claimant_side.append(claimant_side_item)

    params["claimant_side"] = json_claimant_side

    params["contested"] = contested

    params["country"] = country

    json_event_type: list[str] | Unset = UNSET
    if not isinstance(event_type, Unset):
        json_event_type = []
        for event_type_item_data in event_type:
            event_type_item = event_type_item_data.value
            json_event_type.append(event_type_item)

    params["event_type"] = json_event_type

    params["locality"] = locality

    params["near"] = near

    json_occurred_after: str | Unset = UNSET
    if not isinstance(occurred_after, Unset):
        json_occurred_after = occurred_after.isoformat()
    params["occurred_after"] = json_occurred_after

    json_occurred_before: str | Unset = UNSET
    if not isinstance(occurred_before, Unset):
        json_occurred_before = occurred_before.isoformat()
    params["occurred_before"] = json_occurred_before

    json_ordering: str | Unset = UNSET
    if not isinstance(ordering, Unset):
        json_ordering = ordering.value

    params["ordering"] = json_ordering

    params["q"] = q

    params["radius_km"] = radius_km

    params["region"] = region

    json_review_status: list[str] | Unset = UNSET
    if not isinstance(review_status, Unset):
        json_review_status = []
        for review_status_item_data in review_status:
            review_status_item = review_status_item_data.value
            json_review_status.append(review_status_item)

    params["review_status"] = json_review_status

    params["source"] = source

    json_stance: list[str] | Unset = UNSET
    if not isinstance(stance, Unset):
        json_stance = []
        for stance_item_data in stance:
            stance_item = stance_item_data.value
            json_stance.append(stance_item)

    params["stance"] = json_stance

    json_updated_since: str | Unset = UNSET
    if not isinstance(updated_since, Unset):
        json_updated_since = updated_since.isoformat()
    params["updated_since"] = json_updated_since

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/events/acled/",
        "params": params,
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
    actor_side: list[EventsAcledExportActorSideItem] | Unset = UNSET,
    bbox: str | Unset = UNSET,
    claimant: str | Unset = UNSET,
    claimant_side: list[EventsAcledExportClaimantSideItem] | Unset = UNSET,
    contested: bool | Unset = UNSET,
    country: str | Unset = UNSET,
    event_type: list[EventsAcledExportEventTypeItem] | Unset = UNSET,
    locality: str | Unset = UNSET,
    near: str | Unset = UNSET,
    occurred_after: datetime.date | Unset = UNSET,
    occurred_before: datetime.date | Unset = UNSET,
    ordering: EventsAcledExportOrdering | Unset = EventsAcledExportOrdering.ID,
    q: str | Unset = UNSET,
    radius_km: float | Unset = UNSET,
    region: str | Unset = UNSET,
    review_status: list[EventsAcledExportReviewStatusItem] | Unset = UNSET,
    source: str | Unset = UNSET,
    stance: list[EventsAcledExportStanceItem] | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[DetailError | EventsAcledExportResponse400 | str]:
    """Export events as ACLED CSV

     The filtered events in ACLED's column layout (event_date, time_precision 1/2/3, disorder_type,
    event_type and sub_event_type mapped from ours, actor1, actor2, admin1, location, latitude,
    longitude, geo_precision, source, notes, fatalities...), one row per event x place, streamed, so
    that tools written for ACLED read our data.

    Args:
        actor_side (list[EventsAcledExportActorSideItem] | Unset):
        bbox (str | Unset):
        claimant (str | Unset):
        claimant_side (list[EventsAcledExportClaimantSideItem] | Unset):
        contested (bool | Unset):
        country (str | Unset):
        event_type (list[EventsAcledExportEventTypeItem] | Unset):
        locality (str | Unset):
        near (str | Unset):
        occurred_after (datetime.date | Unset):
        occurred_before (datetime.date | Unset):
        ordering (EventsAcledExportOrdering | Unset):  Default: EventsAcledExportOrdering.ID.
        q (str | Unset):
        radius_km (float | Unset):
        region (str | Unset):
        review_status (list[EventsAcledExportReviewStatusItem] | Unset):
        source (str | Unset):
        stance (list[EventsAcledExportStanceItem] | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailError | EventsAcledExportResponse400 | str]
    """

    kwargs = _get_kwargs(
        actor_side=actor_side,
        bbox=bbox,
        claimant=claimant,
        claimant_side=claimant_side,
        contested=contested,
        country=country,
        event_type=event_type,
        locality=locality,
        near=near,
        occurred_after=occurred_after,
        occurred_before=occurred_before,
        ordering=ordering,
        q=q,
        radius_km=radius_km,
        region=region,
        review_status=review_status,
        source=source,
        stance=stance,
        updated_since=updated_since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    actor_side: list[EventsAcledExportActorSideItem] | Unset = UNSET,
    bbox: str | Unset = UNSET,
    claimant: str | Unset = UNSET,
    claimant_side: list[EventsAcledExportClaimantSideItem] | Unset = UNSET,
    contested: bool | Unset = UNSET,
    country: str | Unset = UNSET,
    event_type: list[EventsAcledExportEventTypeItem] | Unset = UNSET,
    locality: str | Unset = UNSET,
    near: str | Unset = UNSET,
    occurred_after: datetime.date | Unset = UNSET,
    occurred_before: datetime.date | Unset = UNSET,
    ordering: EventsAcledExportOrdering | Unset = EventsAcledExportOrdering.ID,
    q: str | Unset = UNSET,
    radius_km: float | Unset = UNSET,
    region: str | Unset = UNSET,
    review_status: list[EventsAcledExportReviewStatusItem] | Unset = UNSET,
    source: str | Unset = UNSET,
    stance: list[EventsAcledExportStanceItem] | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> DetailError | EventsAcledExportResponse400 | str | None:
    """Export events as ACLED CSV

     The filtered events in ACLED's column layout (event_date, time_precision 1/2/3, disorder_type,
    event_type and sub_event_type mapped from ours, actor1, actor2, admin1, location, latitude,
    longitude, geo_precision, source, notes, fatalities...), one row per event x place, streamed, so
    that tools written for ACLED read our data.

    Args:
        actor_side (list[EventsAcledExportActorSideItem] | Unset):
        bbox (str | Unset):
        claimant (str | Unset):
        claimant_side (list[EventsAcledExportClaimantSideItem] | Unset):
        contested (bool | Unset):
        country (str | Unset):
        event_type (list[EventsAcledExportEventTypeItem] | Unset):
        locality (str | Unset):
        near (str | Unset):
        occurred_after (datetime.date | Unset):
        occurred_before (datetime.date | Unset):
        ordering (EventsAcledExportOrdering | Unset):  Default: EventsAcledExportOrdering.ID.
        q (str | Unset):
        radius_km (float | Unset):
        region (str | Unset):
        review_status (list[EventsAcledExportReviewStatusItem] | Unset):
        source (str | Unset):
        stance (list[EventsAcledExportStanceItem] | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailError | EventsAcledExportResponse400 | str
    """

    return sync_detailed(
        client=client,
        actor_side=actor_side,
        bbox=bbox,
        claimant=claimant,
        claimant_side=claimant_side,
        contested=contested,
        country=country,
        event_type=event_type,
        locality=locality,
        near=near,
        occurred_after=occurred_after,
        occurred_before=occurred_before,
        ordering=ordering,
        q=q,
        radius_km=radius_km,
        region=region,
        review_status=review_status,
        source=source,
        stance=stance,
        updated_since=updated_since,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    actor_side: list[EventsAcledExportActorSideItem] | Unset = UNSET,
    bbox: str | Unset = UNSET,
    claimant: str | Unset = UNSET,
    claimant_side: list[EventsAcledExportClaimantSideItem] | Unset = UNSET,
    contested: bool | Unset = UNSET,
    country: str | Unset = UNSET,
    event_type: list[EventsAcledExportEventTypeItem] | Unset = UNSET,
    locality: str | Unset = UNSET,
    near: str | Unset = UNSET,
    occurred_after: datetime.date | Unset = UNSET,
    occurred_before: datetime.date | Unset = UNSET,
    ordering: EventsAcledExportOrdering | Unset = EventsAcledExportOrdering.ID,
    q: str | Unset = UNSET,
    radius_km: float | Unset = UNSET,
    region: str | Unset = UNSET,
    review_status: list[EventsAcledExportReviewStatusItem] | Unset = UNSET,
    source: str | Unset = UNSET,
    stance: list[EventsAcledExportStanceItem] | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[DetailError | EventsAcledExportResponse400 | str]:
    """Export events as ACLED CSV

     The filtered events in ACLED's column layout (event_date, time_precision 1/2/3, disorder_type,
    event_type and sub_event_type mapped from ours, actor1, actor2, admin1, location, latitude,
    longitude, geo_precision, source, notes, fatalities...), one row per event x place, streamed, so
    that tools written for ACLED read our data.

    Args:
        actor_side (list[EventsAcledExportActorSideItem] | Unset):
        bbox (str | Unset):
        claimant (str | Unset):
        claimant_side (list[EventsAcledExportClaimantSideItem] | Unset):
        contested (bool | Unset):
        country (str | Unset):
        event_type (list[EventsAcledExportEventTypeItem] | Unset):
        locality (str | Unset):
        near (str | Unset):
        occurred_after (datetime.date | Unset):
        occurred_before (datetime.date | Unset):
        ordering (EventsAcledExportOrdering | Unset):  Default: EventsAcledExportOrdering.ID.
        q (str | Unset):
        radius_km (float | Unset):
        region (str | Unset):
        review_status (list[EventsAcledExportReviewStatusItem] | Unset):
        source (str | Unset):
        stance (list[EventsAcledExportStanceItem] | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailError | EventsAcledExportResponse400 | str]
    """

    kwargs = _get_kwargs(
        actor_side=actor_side,
        bbox=bbox,
        claimant=claimant,
        claimant_side=claimant_side,
        contested=contested,
        country=country,
        event_type=event_type,
        locality=locality,
        near=near,
        occurred_after=occurred_after,
        occurred_before=occurred_before,
        ordering=ordering,
        q=q,
        radius_km=radius_km,
        region=region,
        review_status=review_status,
        source=source,
        stance=stance,
        updated_since=updated_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    actor_side: list[EventsAcledExportActorSideItem] | Unset = UNSET,
    bbox: str | Unset = UNSET,
    claimant: str | Unset = UNSET,
    claimant_side: list[EventsAcledExportClaimantSideItem] | Unset = UNSET,
    contested: bool | Unset = UNSET,
    country: str | Unset = UNSET,
    event_type: list[EventsAcledExportEventTypeItem] | Unset = UNSET,
    locality: str | Unset = UNSET,
    near: str | Unset = UNSET,
    occurred_after: datetime.date | Unset = UNSET,
    occurred_before: datetime.date | Unset = UNSET,
    ordering: EventsAcledExportOrdering | Unset = EventsAcledExportOrdering.ID,
    q: str | Unset = UNSET,
    radius_km: float | Unset = UNSET,
    region: str | Unset = UNSET,
    review_status: list[EventsAcledExportReviewStatusItem] | Unset = UNSET,
    source: str | Unset = UNSET,
    stance: list[EventsAcledExportStanceItem] | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> DetailError | EventsAcledExportResponse400 | str | None:
    """Export events as ACLED CSV

     The filtered events in ACLED's column layout (event_date, time_precision 1/2/3, disorder_type,
    event_type and sub_event_type mapped from ours, actor1, actor2, admin1, location, latitude,
    longitude, geo_precision, source, notes, fatalities...), one row per event x place, streamed, so
    that tools written for ACLED read our data.

    Args:
        actor_side (list[EventsAcledExportActorSideItem] | Unset):
        bbox (str | Unset):
        claimant (str | Unset):
        claimant_side (list[EventsAcledExportClaimantSideItem] | Unset):
        contested (bool | Unset):
        country (str | Unset):
        event_type (list[EventsAcledExportEventTypeItem] | Unset):
        locality (str | Unset):
        near (str | Unset):
        occurred_after (datetime.date | Unset):
        occurred_before (datetime.date | Unset):
        ordering (EventsAcledExportOrdering | Unset):  Default: EventsAcledExportOrdering.ID.
        q (str | Unset):
        radius_km (float | Unset):
        region (str | Unset):
        review_status (list[EventsAcledExportReviewStatusItem] | Unset):
        source (str | Unset):
        stance (list[EventsAcledExportStanceItem] | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailError | EventsAcledExportResponse400 | str
    """

    return (
        await asyncio_detailed(
            client=client,
            actor_side=actor_side,
            bbox=bbox,
            claimant=claimant,
            claimant_side=claimant_side,
            contested=contested,
            country=country,
            event_type=event_type,
            locality=locality,
            near=near,
            occurred_after=occurred_after,
            occurred_before=occurred_before,
            ordering=ordering,
            q=q,
            radius_km=radius_km,
            region=region,
            review_status=review_status,
            source=source,
            stance=stance,
            updated_since=updated_since,
        )
    ).parsed
