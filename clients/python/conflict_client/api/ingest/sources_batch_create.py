from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.article_batch_request import ArticleBatchRequest
from ...models.batch import Batch
from ...models.detail_error import DetailError
from ...models.sources_batch_create_response_400 import SourcesBatchCreateResponse400
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ArticleBatchRequest | ArticleBatchRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/sources/batch/",
    }

    if isinstance(body, ArticleBatchRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, ArticleBatchRequest):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Batch | DetailError | SourcesBatchCreateResponse400 | None:
    if response.status_code == 200:
        response_200 = Batch.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SourcesBatchCreateResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DetailError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DetailError.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = DetailError.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = DetailError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Batch | DetailError | SourcesBatchCreateResponse400]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ArticleBatchRequest | ArticleBatchRequest | Unset = UNSET,
) -> Response[Batch | DetailError | SourcesBatchCreateResponse400]:
    """Ingest several articles

     Up to INGEST_BATCH_MAX articles (default 50) as `{articles: [{name, text}, ...]}`, extracted
    together: 200 with one result per article, in order; an article refused for its content is reported
    `failed` with its reason and does not stop the others.

    Args:
        body (ArticleBatchRequest):
        body (ArticleBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Batch | DetailError | SourcesBatchCreateResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ArticleBatchRequest | ArticleBatchRequest | Unset = UNSET,
) -> Batch | DetailError | SourcesBatchCreateResponse400 | None:
    """Ingest several articles

     Up to INGEST_BATCH_MAX articles (default 50) as `{articles: [{name, text}, ...]}`, extracted
    together: 200 with one result per article, in order; an article refused for its content is reported
    `failed` with its reason and does not stop the others.

    Args:
        body (ArticleBatchRequest):
        body (ArticleBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Batch | DetailError | SourcesBatchCreateResponse400
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ArticleBatchRequest | ArticleBatchRequest | Unset = UNSET,
) -> Response[Batch | DetailError | SourcesBatchCreateResponse400]:
    """Ingest several articles

     Up to INGEST_BATCH_MAX articles (default 50) as `{articles: [{name, text}, ...]}`, extracted
    together: 200 with one result per article, in order; an article refused for its content is reported
    `failed` with its reason and does not stop the others.

    Args:
        body (ArticleBatchRequest):
        body (ArticleBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Batch | DetailError | SourcesBatchCreateResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ArticleBatchRequest | ArticleBatchRequest | Unset = UNSET,
) -> Batch | DetailError | SourcesBatchCreateResponse400 | None:
    """Ingest several articles

     Up to INGEST_BATCH_MAX articles (default 50) as `{articles: [{name, text}, ...]}`, extracted
    together: 200 with one result per article, in order; an article refused for its content is reported
    `failed` with its reason and does not stop the others.

    Args:
        body (ArticleBatchRequest):
        body (ArticleBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Batch | DetailError | SourcesBatchCreateResponse400
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
