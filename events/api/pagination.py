"""Pagination: `limit` (default 50, at most 500) and `offset`, with next/previous links and a total count."""

from rest_framework.pagination import LimitOffsetPagination


class LimitPagination(LimitOffsetPagination):
    default_limit = 50
    max_limit = 500
