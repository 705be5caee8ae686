"""DRF plumbing: the filter backend and the content negotiation, both strict about bad input (400, not 404/500)."""

from __future__ import annotations

from django_filters.rest_framework import DjangoFilterBackend
from rest_framework.exceptions import ValidationError
from rest_framework.negotiation import DefaultContentNegotiation

# Parameters read by the pagination and the renderers, not by the FilterSets.
NOT_FILTERS = frozenset({"limit", "cursor", "count", "format"})


class FilterBackend(DjangoFilterBackend):
    """The view's FilterSet; a NUL character in any parameter is refused up front (PostgreSQL cannot store it).

    A request without filter parameters skips the FilterSet: building one copies its two dozen filters and a
    form, a millisecond or two of a page that has nothing to filter (the pagination applies the ordering).
    """

    def filter_queryset(self, request, queryset, view):
        for name, values in request.query_params.lists():
            if "\x00" in name or any("\x00" in value for value in values):
                raise ValidationError({name.replace("\x00", ""): ["Null characters are not allowed."]})
        if NOT_FILTERS.issuperset(request.query_params):
            return queryset
        return super().filter_queryset(request, queryset, view)


class StrictFormatNegotiation(DefaultContentNegotiation):
    """`?format=` naming a format this endpoint does not offer is a 400 naming the parameter, not a 404."""

    def filter_renderers(self, renderers, format):
        chosen = [renderer for renderer in renderers if renderer.format == format]
        if not chosen:
            offered = ", ".join(renderer.format for renderer in renderers if renderer.format != "api")
            raise ValidationError({"format": [f"{format!r} is not offered here; use one of: {offered}."]})
        return chosen
