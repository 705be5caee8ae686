from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.claim import Claim
from ...models.claims_partial_update_response_400 import ClaimsPartialUpdateResponse400
from ...models.detail_error import DetailError
from ...models.patched_claim_curation_request import PatchedClaimCurationRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: PatchedClaimCurationRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/claims/{id}/".format(
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
) -> Claim | ClaimsPartialUpdateResponse400 | DetailError | None:
    if response.status_code == 200:
        response_200 = Claim.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ClaimsPartialUpdateResponse400.from_dict(response.json())

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
) -> Response[Claim | ClaimsPartialUpdateResponse400 | DetailError]:
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
    body: PatchedClaimCurationRequest | Unset = UNSET,
) -> Response[Claim | ClaimsPartialUpdateResponse400 | DetailError]:
    """Curate a claim

     Set the review status or the curator's note (a curator's token is required). The claim is marked
    curated: re-ingesting its article never overwrites it. A PATCH that changes nothing writes nothing
    and answers `X-Unchanged: true`.

    Args:
        id (int):
        body (PatchedClaimCurationRequest | Unset): What a curator may change on a claim.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Claim | ClaimsPartialUpdateResponse400 | DetailError]
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
    body: PatchedClaimCurationRequest | Unset = UNSET,
) -> Claim | ClaimsPartialUpdateResponse400 | DetailError | None:
    """Curate a claim

     Set the review status or the curator's note (a curator's token is required). The claim is marked
    curated: re-ingesting its article never overwrites it. A PATCH that changes nothing writes nothing
    and answers `X-Unchanged: true`.

    Args:
        id (int):
        body (PatchedClaimCurationRequest | Unset): What a curator may change on a claim.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Claim | ClaimsPartialUpdateResponse400 | DetailError
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
    body: PatchedClaimCurationRequest | Unset = UNSET,
) -> Response[Claim | ClaimsPartialUpdateResponse400 | DetailError]:
    """Curate a claim

     Set the review status or the curator's note (a curator's token is required). The claim is marked
    curated: re-ingesting its article never overwrites it. A PATCH that changes nothing writes nothing
    and answers `X-Unchanged: true`.

    Args:
        id (int):
        body (PatchedClaimCurationRequest | Unset): What a curator may change on a claim.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Claim | ClaimsPartialUpdateResponse400 | DetailError]
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
    body: PatchedClaimCurationRequest | Unset = UNSET,
) -> Claim | ClaimsPartialUpdateResponse400 | DetailError | None:
    """Curate a claim

     Set the review status or the curator's note (a curator's token is required). The claim is marked
    curated: re-ingesting its article never overwrites it. A PATCH that changes nothing writes nothing
    and answers `X-Unchanged: true`.

    Args:
        id (int):
        body (PatchedClaimCurationRequest | Unset): What a curator may change on a claim.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Claim | ClaimsPartialUpdateResponse400 | DetailError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
