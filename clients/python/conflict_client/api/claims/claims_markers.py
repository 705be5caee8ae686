import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.claims_markers_actor_side_item import ClaimsMarkersActorSideItem
from ...models.claims_markers_claimant_side_item import ClaimsMarkersClaimantSideItem
from ...models.claims_markers_event_type_item import ClaimsMarkersEventTypeItem
from ...models.claims_markers_response_400 import ClaimsMarkersResponse400
from ...models.claims_markers_review_status_item import ClaimsMarkersReviewStatusItem
from ...models.claims_markers_stance_item import ClaimsMarkersStanceItem
from ...models.detail_error import DetailError
from ...models.place_markers import PlaceMarkers
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    actor_side: list[ClaimsMarkersActorSideItem] | Unset = UNSET,
    bbox: str | Unset = UNSET,
    claimant: str | Unset = UNSET,
    claimant_side: list[ClaimsMarkersClaimantSideItem] | Unset = UNSET,
    claimed_after: datetime.date | Unset = UNSET,
    claimed_before: datetime.date | Unset = UNSET,
    contested: bool | Unset = UNSET,
    country: str | Unset = UNSET,
    event: int | Unset = UNSET,
    event_type: list[ClaimsMarkersEventTypeItem] | Unset = UNSET,
    locality: str | Unset = UNSET,
    near: str | Unset = UNSET,
    occurred_after: datetime.date | Unset = UNSET,
    occurred_before: datetime.date | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    q: str | Unset = UNSET,
    radius_km: float | Unset = UNSET,
    region: str | Unset = UNSET,
    review_status: list[ClaimsMarkersReviewStatusItem] | Unset = UNSET,
    source: str | Unset = UNSET,
    stance: list[ClaimsMarkersStanceItem] | Unset = UNSET,
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

    json_claimed_after: str | Unset = UNSET
    if not isinstance(claimed_after, Unset):
        json_claimed_after = claimed_after.isoformat()
    params["claimed_after"] = json_claimed_after

    json_claimed_before: str | Unset = UNSET
    if not isinstance(claimed_before, Unset):
        json_claimed_before = claimed_before.isoformat()
    params["claimed_before"] = json_claimed_before

    params["contested"] = contested

    params["country"] = country

    params["event"] = event

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

    json_published_after: str | Unset = UNSET
    if not isinstance(published_after, Unset):
        json_published_after = published_after.isoformat()
    params["published_after"] = json_published_after

    json_published_before: str | Unset = UNSET
    if not isinstance(published_before, Unset):
        json_published_before = published_before.isoformat()
    params["published_before"] = json_published_before

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
        "url": "/api/claims/markers/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClaimsMarkersResponse400 | DetailError | PlaceMarkers | None:
    if response.status_code == 200:
        response_200 = PlaceMarkers.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ClaimsMarkersResponse400.from_dict(response.json())

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
) -> Response[ClaimsMarkersResponse400 | DetailError | PlaceMarkers]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    actor_side: list[ClaimsMarkersActorSideItem] | Unset = UNSET,
    bbox: str | Unset = UNSET,
    claimant: str | Unset = UNSET,
    claimant_side: list[ClaimsMarkersClaimantSideItem] | Unset = UNSET,
    claimed_after: datetime.date | Unset = UNSET,
    claimed_before: datetime.date | Unset = UNSET,
    contested: bool | Unset = UNSET,
    country: str | Unset = UNSET,
    event: int | Unset = UNSET,
    event_type: list[ClaimsMarkersEventTypeItem] | Unset = UNSET,
    locality: str | Unset = UNSET,
    near: str | Unset = UNSET,
    occurred_after: datetime.date | Unset = UNSET,
    occurred_before: datetime.date | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    q: str | Unset = UNSET,
    radius_km: float | Unset = UNSET,
    region: str | Unset = UNSET,
    review_status: list[ClaimsMarkersReviewStatusItem] | Unset = UNSET,
    source: str | Unset = UNSET,
    stance: list[ClaimsMarkersStanceItem] | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[ClaimsMarkersResponse400 | DetailError | PlaceMarkers]:
    """Claims per place, as the columns a map draws

     The places of /api/claims/places/ with the same filters, counts and control, in the same order, as
    one list per field (id, names, kind, coordinates, precision, claims, control) instead of one object
    per place: a sixth of the size, for a map of tens of thousands of places. The latest control event
    itself and the contested claims are only in /api/claims/places/.

    Args:
        actor_side (list[ClaimsMarkersActorSideItem] | Unset):
        bbox (str | Unset):
        claimant (str | Unset):
        claimant_side (list[ClaimsMarkersClaimantSideItem] | Unset):
        claimed_after (datetime.date | Unset):
        claimed_before (datetime.date | Unset):
        contested (bool | Unset):
        country (str | Unset):
        event (int | Unset):
        event_type (list[ClaimsMarkersEventTypeItem] | Unset):
        locality (str | Unset):
        near (str | Unset):
        occurred_after (datetime.date | Unset):
        occurred_before (datetime.date | Unset):
        published_after (datetime.date | Unset):
        published_before (datetime.date | Unset):
        q (str | Unset):
        radius_km (float | Unset):
        region (str | Unset):
        review_status (list[ClaimsMarkersReviewStatusItem] | Unset):
        source (str | Unset):
        stance (list[ClaimsMarkersStanceItem] | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClaimsMarkersResponse400 | DetailError | PlaceMarkers]
    """

    kwargs = _get_kwargs(
        actor_side=actor_side,
        bbox=bbox,
        claimant=claimant,
        claimant_side=claimant_side,
        claimed_after=claimed_after,
        claimed_before=claimed_before,
        contested=contested,
        country=country,
        event=event,
        event_type=event_type,
        locality=locality,
        near=near,
        occurred_after=occurred_after,
        occurred_before=occurred_before,
        published_after=published_after,
        published_before=published_before,
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
    actor_side: list[ClaimsMarkersActorSideItem] | Unset = UNSET,
    bbox: str | Unset = UNSET,
    claimant: str | Unset = UNSET,
    claimant_side: list[ClaimsMarkersClaimantSideItem] | Unset = UNSET,
    claimed_after: datetime.date | Unset = UNSET,
    claimed_before: datetime.date | Unset = UNSET,
    contested: bool | Unset = UNSET,
    country: str | Unset = UNSET,
    event: int | Unset = UNSET,
    event_type: list[ClaimsMarkersEventTypeItem] | Unset = UNSET,
    locality: str | Unset = UNSET,
    near: str | Unset = UNSET,
    occurred_after: datetime.date | Unset = UNSET,
    occurred_before: datetime.date | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    q: str | Unset = UNSET,
    radius_km: float | Unset = UNSET,
    region: str | Unset = UNSET,
    review_status: list[ClaimsMarkersReviewStatusItem] | Unset = UNSET,
    source: str | Unset = UNSET,
    stance: list[ClaimsMarkersStanceItem] | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> ClaimsMarkersResponse400 | DetailError | PlaceMarkers | None:
    """Claims per place, as the columns a map draws

     The places of /api/claims/places/ with the same filters, counts and control, in the same order, as
    one list per field (id, names, kind, coordinates, precision, claims, control) instead of one object
    per place: a sixth of the size, for a map of tens of thousands of places. The latest control event
    itself and the contested claims are only in /api/claims/places/.

    Args:
        actor_side (list[ClaimsMarkersActorSideItem] | Unset):
        bbox (str | Unset):
        claimant (str | Unset):
        claimant_side (list[ClaimsMarkersClaimantSideItem] | Unset):
        claimed_after (datetime.date | Unset):
        claimed_before (datetime.date | Unset):
        contested (bool | Unset):
        country (str | Unset):
        event (int | Unset):
        event_type (list[ClaimsMarkersEventTypeItem] | Unset):
        locality (str | Unset):
        near (str | Unset):
        occurred_after (datetime.date | Unset):
        occurred_before (datetime.date | Unset):
        published_after (datetime.date | Unset):
        published_before (datetime.date | Unset):
        q (str | Unset):
        radius_km (float | Unset):
        region (str | Unset):
        review_status (list[ClaimsMarkersReviewStatusItem] | Unset):
        source (str | Unset):
        stance (list[ClaimsMarkersStanceItem] | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClaimsMarkersResponse400 | DetailError | PlaceMarkers
    """

    return sync_detailed(
        client=client,
        actor_side=actor_side,
        bbox=bbox,
        claimant=claimant,
        claimant_side=claimant_side,
        claimed_after=claimed_after,
        claimed_before=claimed_before,
        contested=contested,
        country=country,
        event=event,
        event_type=event_type,
        locality=locality,
        near=near,
        occurred_after=occurred_after,
        occurred_before=occurred_before,
        published_after=published_after,
        published_before=published_before,
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
    actor_side: list[ClaimsMarkersActorSideItem] | Unset = UNSET,
    bbox: str | Unset = UNSET,
    claimant: str | Unset = UNSET,
    claimant_side: list[ClaimsMarkersClaimantSideItem] | Unset = UNSET,
    claimed_after: datetime.date | Unset = UNSET,
    claimed_before: datetime.date | Unset = UNSET,
    contested: bool | Unset = UNSET,
    country: str | Unset = UNSET,
    event: int | Unset = UNSET,
    event_type: list[ClaimsMarkersEventTypeItem] | Unset = UNSET,
    locality: str | Unset = UNSET,
    near: str | Unset = UNSET,
    occurred_after: datetime.date | Unset = UNSET,
    occurred_before: datetime.date | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    q: str | Unset = UNSET,
    radius_km: float | Unset = UNSET,
    region: str | Unset = UNSET,
    review_status: list[ClaimsMarkersReviewStatusItem] | Unset = UNSET,
    source: str | Unset = UNSET,
    stance: list[ClaimsMarkersStanceItem] | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> Response[ClaimsMarkersResponse400 | DetailError | PlaceMarkers]:
    """Claims per place, as the columns a map draws

     The places of /api/claims/places/ with the same filters, counts and control, in the same order, as
    one list per field (id, names, kind, coordinates, precision, claims, control) instead of one object
    per place: a sixth of the size, for a map of tens of thousands of places. The latest control event
    itself and the contested claims are only in /api/claims/places/.

    Args:
        actor_side (list[ClaimsMarkersActorSideItem] | Unset):
        bbox (str | Unset):
        claimant (str | Unset):
        claimant_side (list[ClaimsMarkersClaimantSideItem] | Unset):
        claimed_after (datetime.date | Unset):
        claimed_before (datetime.date | Unset):
        contested (bool | Unset):
        country (str | Unset):
        event (int | Unset):
        event_type (list[ClaimsMarkersEventTypeItem] | Unset):
        locality (str | Unset):
        near (str | Unset):
        occurred_after (datetime.date | Unset):
        occurred_before (datetime.date | Unset):
        published_after (datetime.date | Unset):
        published_before (datetime.date | Unset):
        q (str | Unset):
        radius_km (float | Unset):
        region (str | Unset):
        review_status (list[ClaimsMarkersReviewStatusItem] | Unset):
        source (str | Unset):
        stance (list[ClaimsMarkersStanceItem] | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClaimsMarkersResponse400 | DetailError | PlaceMarkers]
    """

    kwargs = _get_kwargs(
        actor_side=actor_side,
        bbox=bbox,
        claimant=claimant,
        claimant_side=claimant_side,
        claimed_after=claimed_after,
        claimed_before=claimed_before,
        contested=contested,
        country=country,
        event=event,
        event_type=event_type,
        locality=locality,
        near=near,
        occurred_after=occurred_after,
        occurred_before=occurred_before,
        published_after=published_after,
        published_before=published_before,
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
    actor_side: list[ClaimsMarkersActorSideItem] | Unset = UNSET,
    bbox: str | Unset = UNSET,
    claimant: str | Unset = UNSET,
    claimant_side: list[ClaimsMarkersClaimantSideItem] | Unset = UNSET,
    claimed_after: datetime.date | Unset = UNSET,
    claimed_before: datetime.date | Unset = UNSET,
    contested: bool | Unset = UNSET,
    country: str | Unset = UNSET,
    event: int | Unset = UNSET,
    event_type: list[ClaimsMarkersEventTypeItem] | Unset = UNSET,
    locality: str | Unset = UNSET,
    near: str | Unset = UNSET,
    occurred_after: datetime.date | Unset = UNSET,
    occurred_before: datetime.date | Unset = UNSET,
    published_after: datetime.date | Unset = UNSET,
    published_before: datetime.date | Unset = UNSET,
    q: str | Unset = UNSET,
    radius_km: float | Unset = UNSET,
    region: str | Unset = UNSET,
    review_status: list[ClaimsMarkersReviewStatusItem] | Unset = UNSET,
    source: str | Unset = UNSET,
    stance: list[ClaimsMarkersStanceItem] | Unset = UNSET,
    updated_since: datetime.datetime | Unset = UNSET,
) -> ClaimsMarkersResponse400 | DetailError | PlaceMarkers | None:
    """Claims per place, as the columns a map draws

     The places of /api/claims/places/ with the same filters, counts and control, in the same order, as
    one list per field (id, names, kind, coordinates, precision, claims, control) instead of one object
    per place: a sixth of the size, for a map of tens of thousands of places. The latest control event
    itself and the contested claims are only in /api/claims/places/.

    Args:
        actor_side (list[ClaimsMarkersActorSideItem] | Unset):
        bbox (str | Unset):
        claimant (str | Unset):
        claimant_side (list[ClaimsMarkersClaimantSideItem] | Unset):
        claimed_after (datetime.date | Unset):
        claimed_before (datetime.date | Unset):
        contested (bool | Unset):
        country (str | Unset):
        event (int | Unset):
        event_type (list[ClaimsMarkersEventTypeItem] | Unset):
        locality (str | Unset):
        near (str | Unset):
        occurred_after (datetime.date | Unset):
        occurred_before (datetime.date | Unset):
        published_after (datetime.date | Unset):
        published_before (datetime.date | Unset):
        q (str | Unset):
        radius_km (float | Unset):
        region (str | Unset):
        review_status (list[ClaimsMarkersReviewStatusItem] | Unset):
        source (str | Unset):
        stance (list[ClaimsMarkersStanceItem] | Unset):
        updated_since (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClaimsMarkersResponse400 | DetailError | PlaceMarkers
    """

    return (
        await asyncio_detailed(
            client=client,
            actor_side=actor_side,
            bbox=bbox,
            claimant=claimant,
            claimant_side=claimant_side,
            claimed_after=claimed_after,
            claimed_before=claimed_before,
            contested=contested,
            country=country,
            event=event,
            event_type=event_type,
            locality=locality,
            near=near,
            occurred_after=occurred_after,
            occurred_before=occurred_before,
            published_after=published_after,
            published_before=published_before,
            q=q,
            radius_km=radius_km,
            region=region,
            review_status=review_status,
            source=source,
            stance=stance,
            updated_since=updated_since,
        )
    ).parsed
