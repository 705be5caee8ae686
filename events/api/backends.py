"""DRF plumbing: the filter backend and the content negotiation, both strict about bad input (400, not 404/500).

A query means what it says or is refused: a parameter the endpoint does not document, a single-valued one given
twice (which value would win?) or an empty value where the parameter's schema admits none is a 400 naming it,
instead of being ignored or read as something else.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework.exceptions import ValidationError
from rest_framework.negotiation import DefaultContentNegotiation

from events.filters import NO_NUL_PATTERN, DocumentedFilter, MultipleChoiceFilter, StrictBooleanField

# Parameters read by the pagination and the renderers, not by the FilterSets, with their OpenAPI schemas.
PAGINATION_PARAMETERS: dict[str, dict[str, Any]] = {
    "limit": {"type": "integer"},
    "page_size": {"type": "integer"},
    "cursor": {"type": "string", "pattern": NO_NUL_PATTERN},
    "count": {"type": "boolean"},
}
# Paging styles this API does not offer: named, rather than answered with the first page as if they were not there.
OTHER_PAGING = {
    "offset": "This API pages with cursors, not offsets: follow the `next` link of each page.",
    "page": "This API pages with cursors, not page numbers: follow the `next` link of each page.",
}
FORMAT_PARAMETER: dict[str, dict[str, Any]] = {"format": {"type": "string", "enum": ["json", "csv", "geojson", "api"]}}
NOT_FILTERS = frozenset({*PAGINATION_PARAMETERS, *FORMAT_PARAMETER})
# Actions on one record: they document no query parameter but `format`.
RECORD_ACTIONS = frozenset({"retrieve", "partial_update", "update", "destroy"})


def query_parameters(view) -> dict[str, tuple[dict[str, Any], bool]]:
    """The query parameters the view's action documents: name -> (its schema, whether it may be repeated)."""
    parameters: dict[str, tuple[dict[str, Any], bool]] = {name: (schema, False) for name, schema in FORMAT_PARAMETER.items()}
    if getattr(view, "action", None) in RECORD_ACTIONS:
        return parameters
    filterset = getattr(view, "filterset_class", None)
    for name, filter_ in (filterset.base_filters.items() if filterset else ()):
        schema = filter_.parameter_schema() if isinstance(filter_, DocumentedFilter) else {"type": "string"}
        parameters[name] = (schema, isinstance(filter_, MultipleChoiceFilter))
    if getattr(view, "paginator", None) is not None and view.action not in getattr(view, "unpaginated_actions", ()):
        parameters.update({name: (schema, False) for name, schema in PAGINATION_PARAMETERS.items()})
    return parameters


def _admits_empty(schema: dict[str, Any]) -> bool:
    """Whether "" is a valid value under this schema: a string with no format, enumeration or minimum length,
    whose pattern (if any) matches the empty string."""
    if schema.get("type") != "string" or any(schema.get(keyword) for keyword in ("format", "enum", "minLength")):
        return False
    return "pattern" not in schema or re.search(schema["pattern"], "") is not None


PAGE_SIZES = ("limit", "page_size")


def _max_limit(view) -> int:
    return getattr(getattr(view, "paginator", None), "max_limit", None) or 500


def _page_size_ok(raw: str, view) -> bool:
    return raw.isdigit() and 1 <= int(raw) <= _max_limit(view)


def _not_boolean(raw: str) -> str | None:
    try:
        StrictBooleanField(required=False).clean(raw)
    except DjangoValidationError as exc:
        return " ".join(exc.messages)
    return None


def check_query(request, view) -> None:
    """Refuse, all at once, what the action does not document, repeats of single values and misplaced empties."""
    documented = query_parameters(view)
    problems: dict[str, list[str]] = {}
    for name, values in request.query_params.lists():
        if "\x00" in name or any("\x00" in value for value in values):
            problems[name.replace("\x00", "")] = ["Null characters are not allowed."]
        elif name not in documented and name in OTHER_PAGING and "limit" in documented:
            problems[name] = [f"Unknown parameter. {OTHER_PAGING[name]}"]
        elif name not in documented:
            close = difflib.get_close_matches(name, list(documented), n=1, cutoff=0.6)
            hint = f" Did you mean {close[0]}?" if close else f" This endpoint reads: {', '.join(sorted(documented))}."
            problems[name] = [f"Unknown parameter.{hint}"]
        elif len(values) > 1 and not documented[name][1]:
            problems[name] = [f"Given {len(values)} times; this parameter takes one value."]
        elif "" in values and not _admits_empty(documented[name][0]):
            problems[name] = ["Empty value: give a value or leave the parameter out."]
        elif name in PAGE_SIZES and not _page_size_ok(values[0], view):
            # Checked here too: an export (CSV, GeoJSON) is not paged, yet the documented range still holds.
            problems[name] = [f"Expected a whole number from 1 to {_max_limit(view)}, got {values[0]!r}."]
        elif name == "count" and (message := _not_boolean(values[0])):
            problems[name] = [message]  # (the same for an export, which counts nothing)
    if problems:
        raise ValidationError(problems)


class FilterBackend(DjangoFilterBackend):
    """The view's FilterSet, after `check_query` (a strict reading of the query string).

    A request without filter parameters skips the FilterSet: building one copies its two dozen filters and a
    form, a millisecond or two of a page that has nothing to filter (the pagination applies the ordering).
    """

    def filter_queryset(self, request, queryset, view):
        check_query(request, view)
        if NOT_FILTERS.issuperset(request.query_params):
            return queryset
        return super().filter_queryset(request, queryset, view)


class StrictFormatNegotiation(DefaultContentNegotiation):
    """`?format=` naming a format this endpoint does not offer is a 400 naming the parameter, not a 404.

    A method the endpoint does not offer is answered first, in JSON: its 405 does not depend on the format.
    """

    def select_renderer(self, request, renderers, format_suffix=None):
        view = request.parser_context.get("view")
        if view is not None and not hasattr(view, request.method.lower()):
            return renderers[0], renderers[0].media_type
        return super().select_renderer(request, renderers, format_suffix)

    def filter_renderers(self, renderers, format):
        chosen = [renderer for renderer in renderers if renderer.format == format]
        if not chosen:
            offered = ", ".join(renderer.format for renderer in renderers if renderer.format != "api")
            raise ValidationError({"format": [f"{format!r} is not offered here; use one of: {offered}."]})
        return chosen
