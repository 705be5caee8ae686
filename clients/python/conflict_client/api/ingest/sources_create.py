from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.article_file_request import ArticleFileRequest
from ...models.article_text_request import ArticleTextRequest
from ...models.detail_error import DetailError
from ...models.ingested import Ingested
from ...models.sources_create_response_400 import SourcesCreateResponse400
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ArticleTextRequest | ArticleFileRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/sources/",
    }

    if isinstance(body, ArticleTextRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, ArticleFileRequest):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DetailError | Ingested | SourcesCreateResponse400 | None:
    if response.status_code == 200:
        response_200 = Ingested.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Ingested.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = SourcesCreateResponse400.from_dict(response.json())

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
) -> Response[DetailError | Ingested | SourcesCreateResponse400]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ArticleTextRequest | ArticleFileRequest | Unset = UNSET,
) -> Response[DetailError | Ingested | SourcesCreateResponse400]:
    """Ingest an article

     Extract an article's claims and store them, as `manage.py ingest` does for a file (same validation,
    limits and idempotency). Send JSON `{name, text}` or a multipart upload `file` (with an optional
    `name`). 201 with the new source and its claims; 200 when it was already there (the same bytes:
    `unchanged`, the existing ids) or replaced a text of the same name (`updated`). Needs the token of
    an ingester or a curator.

    Args:
        body (ArticleTextRequest): An article as JSON: its file name and its text.
        body (ArticleFileRequest): An article as a file upload (multipart/form-data), UTF-8 as the
            command reads files.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailError | Ingested | SourcesCreateResponse400]
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
    body: ArticleTextRequest | ArticleFileRequest | Unset = UNSET,
) -> DetailError | Ingested | SourcesCreateResponse400 | None:
    """Ingest an article

     Extract an article's claims and store them, as `manage.py ingest` does for a file (same validation,
    limits and idempotency). Send JSON `{name, text}` or a multipart upload `file` (with an optional
    `name`). 201 with the new source and its claims; 200 when it was already there (the same bytes:
    `unchanged`, the existing ids) or replaced a text of the same name (`updated`). Needs the token of
    an ingester or a curator.

    Args:
        body (ArticleTextRequest): An article as JSON: its file name and its text.
        body (ArticleFileRequest): An article as a file upload (multipart/form-data), UTF-8 as the
            command reads files.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailError | Ingested | SourcesCreateResponse400
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ArticleTextRequest | ArticleFileRequest | Unset = UNSET,
) -> Response[DetailError | Ingested | SourcesCreateResponse400]:
    """Ingest an article

     Extract an article's claims and store them, as `manage.py ingest` does for a file (same validation,
    limits and idempotency). Send JSON `{name, text}` or a multipart upload `file` (with an optional
    `name`). 201 with the new source and its claims; 200 when it was already there (the same bytes:
    `unchanged`, the existing ids) or replaced a text of the same name (`updated`). Needs the token of
    an ingester or a curator.

    Args:
        body (ArticleTextRequest): An article as JSON: its file name and its text.
        body (ArticleFileRequest): An article as a file upload (multipart/form-data), UTF-8 as the
            command reads files.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailError | Ingested | SourcesCreateResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ArticleTextRequest | ArticleFileRequest | Unset = UNSET,
) -> DetailError | Ingested | SourcesCreateResponse400 | None:
    """Ingest an article

     Extract an article's claims and store them, as `manage.py ingest` does for a file (same validation,
    limits and idempotency). Send JSON `{name, text}` or a multipart upload `file` (with an optional
    `name`). 201 with the new source and its claims; 200 when it was already there (the same bytes:
    `unchanged`, the existing ids) or replaced a text of the same name (`updated`). Needs the token of
    an ingester or a curator.

    Args:
        body (ArticleTextRequest): An article as JSON: its file name and its text.
        body (ArticleFileRequest): An article as a file upload (multipart/form-data), UTF-8 as the
            command reads files.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetailError | Ingested | SourcesCreateResponse400
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
