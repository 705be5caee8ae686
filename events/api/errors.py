"""Every answer under /api/ is JSON with the status it deserves: a bad parameter is a 400 naming it, a database
that cannot be reached a 503 with Retry-After, a body over the limit a 413, an unexpected failure a JSON 500;
never an HTML page nor a traceback, with DEBUG on or off, whatever format the request asked for."""

from __future__ import annotations

import logging
from http import HTTPStatus

from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.http import Http404, JsonResponse
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler
from rest_framework.views import set_rollback

logger = logging.getLogger("django.request")

API_PREFIX = "/api/"
# How long a client should wait before retrying after a 503: a database restart or fail-over takes seconds.
RETRY_AFTER_SECONDS = 5
# Headers an error response keeps when its HTML body is replaced by JSON.
KEPT_HEADERS = ("Allow", "Retry-After", "WWW-Authenticate", "Location")


class QueryTooLong(exceptions.APIException):
    status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    default_detail = (
        "The query took longer than the server allows (statement timeout). Narrow the filters (a place, a date "
        "range) or use the streamed exports for whole tables."
    )
    default_code = "query_too_long"


class DatabaseUnavailable(exceptions.APIException):
    status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    default_detail = (
        "The database cannot be reached just now, so the request was not served. Nothing was changed: retry after "
        "the number of seconds in the Retry-After header."
    )
    default_code = "database_unavailable"


class RequestTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The request body is larger than the server reads."
    default_code = "too_large"


QUERY_CANCELED = "57014"  # PostgreSQL's SQLSTATE for a statement cancelled by statement_timeout


def _statement_timeout(exc: Exception) -> bool:
    cause = exc.__cause__
    return isinstance(exc, OperationalError) and getattr(cause, "sqlstate", None) == QUERY_CANCELED


def _database_unavailable(exc: Exception) -> bool:
    # Django wraps the driver's errors: refused or dropped connections, a database that does not exist, an SQLite
    # file that cannot be opened, a server shutting down. Each is transient from the client's side.
    return isinstance(exc, OperationalError | InterfaceError)


def _too_large(request) -> RequestTooLarge:
    from django.conf import settings

    return RequestTooLarge(
        f"The request body is {request.META.get('CONTENT_LENGTH')} bytes; at most "
        f"{settings.DATA_UPLOAD_MAX_MEMORY_SIZE} are read (DATA_UPLOAD_MAX_MEMORY_SIZE)."
    )


def api_exception(exc: Exception, request=None) -> exceptions.APIException | None:
    """The API exception a failure is answered as, or None when it is unexpected (a 500)."""
    if isinstance(exc, exceptions.APIException):
        return exc
    if isinstance(exc, Http404):
        return exceptions.NotFound(*exc.args)
    if isinstance(exc, PermissionDenied):
        return exceptions.PermissionDenied(*exc.args)
    if _statement_timeout(exc):
        return QueryTooLong()
    if _database_unavailable(exc):
        logger.warning("Database unavailable: %s: %s", type(exc).__name__, exc)
        return DatabaseUnavailable()
    if isinstance(exc, RequestDataTooBig):
        return _too_large(request) if request is not None else RequestTooLarge()
    if isinstance(exc, DjangoValidationError):
        detail = exc.message_dict if hasattr(exc, "error_dict") else {"detail": exc.messages}
        return exceptions.ValidationError(detail)
    return None


def _internal_error(exc: Exception, request) -> None:
    # Logged with its traceback as Django logs a 500, and signalled (the test client re-raises it, error
    # reporters hook the signal); the client reads no traceback.
    django_request = getattr(request, "_request", request)
    logger.error("Internal Server Error: %s", getattr(django_request, "path", "?"), exc_info=exc)
    got_request_exception.send(sender=None, request=django_request)


INTERNAL_ERROR = {"detail": "Internal server error: the failure is logged on the server."}


def exception_handler(exc, context):
    """DRF's handler, plus the database and size failures; an unexpected exception is a JSON 500, never re-raised."""
    request = context.get("request")
    mapped = api_exception(exc, request)
    if mapped is None:
        _internal_error(exc, request)
        set_rollback()
        return Response(INTERNAL_ERROR, status=status.HTTP_500_INTERNAL_SERVER_ERROR)
    if isinstance(mapped, exceptions.ParseError):
        # A body that is not valid JSON: the same shape as every other 400 (a name, a list of messages).
        mapped = exceptions.ValidationError({"detail": [str(mapped.detail)]})
    response = drf_exception_handler(mapped, context)
    if response is not None and response.status_code == status.HTTP_503_SERVICE_UNAVAILABLE:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def json_error(exc: Exception, request) -> JsonResponse:
    """An exception raised outside DRF's views (a plain Django view under /api/), answered in JSON."""
    mapped = api_exception(exc, request)
    if mapped is None:
        _internal_error(exc, request)
        return JsonResponse(INTERNAL_ERROR, status=500)
    detail = mapped.detail if isinstance(mapped.detail, dict | list) else {"detail": mapped.detail}
    response = JsonResponse(detail, status=mapped.status_code, safe=False)
    if mapped.status_code == status.HTTP_503_SERVICE_UNAVAILABLE:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def _is_json(response) -> bool:
    return response.get("Content-Type", "").split(";")[0].strip().endswith("json")


class JsonErrorsMiddleware:
    """Under /api/, whatever Django itself answers with an HTML page (its 400 for a bad Host, the CSRF 403, the
    DEBUG technical pages, a failing middleware) is answered with the same status and a JSON `detail` instead.

    First in MIDDLEWARE, so that it sees every response; the views' own exceptions are mapped by
    `exception_handler` (DRF) or `process_exception` (plain views) with their precise status.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(API_PREFIX) or response.status_code < 400 or _is_json(response):
            return response
        status_code = response.status_code
        phrase = HTTPStatus(status_code).phrase if status_code in HTTPStatus._value2member_map_ else "Error"
        body = INTERNAL_ERROR if status_code == 500 else {"detail": f"{phrase}."}
        replacement = JsonResponse(body, status=status_code)
        for header in KEPT_HEADERS:
            if header in response:
                replacement[header] = response[header]
        return replacement

    def process_exception(self, request, exception):
        if request.path.startswith(API_PREFIX):
            return json_error(exception, request)
        return None
