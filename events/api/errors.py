"""JSON error bodies that name the parameter and the problem, never an HTML 500 page for bad input."""

from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import OperationalError
from rest_framework import exceptions, status
from rest_framework.views import exception_handler as drf_exception_handler


class QueryTooLong(exceptions.APIException):
    status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    default_detail = (
        "The query took longer than the server allows (statement timeout). Narrow the filters (a place, a date "
        "range) or use the streamed exports for whole tables."
    )
    default_code = "query_too_long"


QUERY_CANCELED = "57014"  # PostgreSQL's SQLSTATE for a statement cancelled by statement_timeout


def _statement_timeout(exc: Exception) -> bool:
    cause = exc.__cause__
    return isinstance(exc, OperationalError) and getattr(cause, "sqlstate", None) == QUERY_CANCELED


def exception_handler(exc, context):
    if _statement_timeout(exc):
        exc = QueryTooLong()
    if isinstance(exc, DjangoValidationError):
        detail = exc.message_dict if hasattr(exc, "error_dict") else {"detail": exc.messages}
        exc = exceptions.ValidationError(detail)
    return drf_exception_handler(exc, context)
