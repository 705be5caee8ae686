"""OpenAPI: how our filters describe themselves, the shared parameters and the documented error responses."""

from __future__ import annotations

from typing import Any

from drf_spectacular import openapi
from drf_spectacular.contrib.django_filters import DjangoFilterExtension
from drf_spectacular.plumbing import build_parameter_type
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, OpenApiResponse
from rest_framework.permissions import SAFE_METHODS

from events.api.permissions import ReadOnlyOrCurator
from events.api.serializers import DetailErrorSerializer
from events.filters import DocumentedFilter


class AutoSchema(openapi.AutoSchema):
    """Reads need no credentials: an empty security requirement says so on every safe method.

    A list is recognised by its 200 response (a `many` serializer), also on the extra actions (`deleted`,
    `timeline`): their filters and paging are documented as the lists' are.
    """

    def _is_list_view(self, serializer=None) -> bool:
        if serializer is None:
            responses = self.get_response_serializers()
            if isinstance(responses, dict):
                ok = [s for code, s in responses.items() if (code[0] if isinstance(code, tuple) else code) in (200, "200")]
                serializer = ok[0] if ok else responses
        return super()._is_list_view(serializer)

    def get_filter_backends(self) -> list:
        # An action that answers one object computed from the filtered set (the map's columns) reads the filters
        # of a list: its view names it in `filtered_object_actions`.
        if getattr(self.view, "action", None) in getattr(self.view, "filtered_object_actions", ()):
            return getattr(self.view, "filter_backends", [])
        return super().get_filter_backends()

    def get_auth(self) -> list[dict]:
        auths = super().get_auth()
        anonymous_reads = any(isinstance(p, ReadOnlyOrCurator) for p in self.view.get_permissions())
        if anonymous_reads and self.method in SAFE_METHODS and {} not in auths:
            auths.append({})
        return auths


class DocumentedFilterExtension(DjangoFilterExtension):
    """Parameters straight from our filters: their own schema, help_text as description, and an example."""

    target_class = "events.api.backends.FilterBackend"
    priority = 1

    def get_schema_operation_parameters(self, auto_schema, *args, **kwargs) -> list[dict]:
        # The action's own FilterSet (`deleted` filters history rows, not the viewset's model): every parameter
        # that events.api.backends.check_query accepts is documented, and nothing else.
        filterset_class = getattr(auto_schema.view, "filterset_class", None)
        if filterset_class is None:
            return []
        model = filterset_class._meta.model
        parameters = []
        for field_name, filter_field in filterset_class.base_filters.items():
            parameters += self.resolve_filter_field(auto_schema, model, filterset_class, field_name, filter_field)
        return parameters

    def resolve_filter_field(self, auto_schema, model, filterset_class, field_name, filter_field) -> list[dict]:
        if not isinstance(filter_field, DocumentedFilter):  # pragma: no cover - every filter of ours is
            return super().resolve_filter_field(auto_schema, model, filterset_class, field_name, filter_field)
        schema = filter_field.parameter_schema()
        is_array = schema.get("type") == "array"
        parameter = build_parameter_type(
            name=field_name,
            schema=schema,
            location=OpenApiParameter.QUERY,
            description=filter_field.extra.get("help_text") or filter_field.label,
            explode=True if is_array else None,
            style="form" if is_array else None,
        )
        if filter_field.example is not None:
            parameter["example"] = filter_field.example
        return [parameter]


VALIDATION_ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "Each invalid parameter (or field) with what is wrong with it.",
    "additionalProperties": {"type": "array", "items": {"type": "string"}},
}

VALIDATION_ERROR = OpenApiResponse(
    response=VALIDATION_ERROR_SCHEMA,
    description="A parameter is malformed, unknown to this endpoint (with the nearest valid name), given twice "
    "though it takes one value, or empty where a value is needed: the body names each and says what was expected.",
    examples=[
        OpenApiExample(
            "unknown parameter",
            value={"ocurred_after": ["Unknown parameter. Did you mean occurred_after?"]},
            status_codes=["400"],
        ),
        OpenApiExample(
            "repeated parameter",
            value={"occurred_after": ["Given 2 times; this parameter takes one value."]},
            status_codes=["400"],
        ),
        OpenApiExample(
            "bad date",
            value={"occurred_after": ["Expected an existing date as YYYY-MM-DD, e.g. 2024-08-15."]},
            status_codes=["400"],
        ),
        OpenApiExample(
            "bad bbox",
            value={"bbox": ["Expected 4 numbers min_lon,min_lat,max_lon,max_lat separated by commas, got 3."]},
            status_codes=["400"],
        ),
    ],
)


def detail_response(description: str, example: str) -> OpenApiResponse:
    return OpenApiResponse(
        response=DetailErrorSerializer,
        description=description,
        examples=[OpenApiExample(description, value={"detail": example}, status_codes=[])],
    )


NOT_FOUND = detail_response("No record has this id.", "No Claim matches the given query.")
NO_PAGE = detail_response(
    "The cursor names no page of this list (it was altered, or belongs to another ordering): follow the links.",
    "No page here: invalid cursor. Follow the next and previous links as they are given.",
)
UNAVAILABLE = detail_response(
    "The database cannot be reached just now (retry after Retry-After seconds), or the query took longer than the "
    "server allows.",
    "The database cannot be reached just now, so the request was not served. Nothing was changed: retry after the "
    "number of seconds in the Retry-After header.",
)
TOO_LARGE = detail_response("The request body is larger than the server reads (DATA_UPLOAD_MAX_MEMORY_SIZE).",
                            "The request body is 3000000 bytes; at most 2621440 are read (DATA_UPLOAD_MAX_MEMORY_SIZE).")
UNSUPPORTED = detail_response("The body is not JSON (Content-Type).", 'Unsupported media type "text/plain" in request.')
THROTTLED = detail_response("Too many requests: the rate limit is exceeded.", "Request was throttled.")
UNAUTHENTICATED = detail_response("No valid token was given.", "Authentication credentials were not provided.")
FORBIDDEN = detail_response("The token is not a curator's.", "You do not have permission to perform this action.")

JSON = "application/json"
CSV = "text/csv"
GEOJSON = "application/geo+json"


def read_errors(*, detail: bool) -> dict:
    """A record's errors (`detail`: an unknown id is a 404) or a list's (a cursor that names no page is a 404)."""
    return {
        (400, JSON): VALIDATION_ERROR,
        (404, JSON): NOT_FOUND if detail else NO_PAGE,
        (429, JSON): THROTTLED,
        (503, JSON): UNAVAILABLE,
    }


def write_errors() -> dict:
    return {
        (400, JSON): VALIDATION_ERROR,
        (401, JSON): UNAUTHENTICATED,
        (403, JSON): FORBIDDEN,
        (404, JSON): NOT_FOUND,
        (413, JSON): TOO_LARGE,
        (415, JSON): UNSUPPORTED,
        (429, JSON): THROTTLED,
        (503, JSON): UNAVAILABLE,
    }


UNCHANGED_HEADER = OpenApiParameter(
    "X-Unchanged",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    enum=["true", "false"],
    required=True,
    response=[200],
    description="true: the PATCH changed nothing (an empty body, only fields a curator cannot set, or the values "
    "already stored), so nothing was written: the record is not marked curated, its history, updated_at and the "
    "data version stay as they were. false: the change was saved.",
)


def format_parameter(formats: list[str]) -> OpenApiParameter:
    return OpenApiParameter(
        "format",
        OpenApiTypes.STR,
        OpenApiParameter.QUERY,
        enum=formats,
        description="json (default, paginated); csv: the whole filtered set, streamed, flat columns, one row per "
        "record x place; geojson: the whole filtered set, streamed, a FeatureCollection of Points (null geometry "
        "where there are no coordinates). limit and cursor do not apply to csv and geojson.",
        examples=[OpenApiExample("csv", value="csv")],
    )


def list_responses(json_serializer, geojson_serializer) -> dict:
    """200 in JSON (paginated), CSV and GeoJSON, plus the errors of a list."""
    return {
        (200, JSON): json_serializer,
        (200, CSV): OpenApiResponse(OpenApiTypes.STR, description="CSV with a header row, streamed."),
        (200, GEOJSON): geojson_serializer,
        **read_errors(detail=False),
    }


CLAIM_EXAMPLE = OpenApiExample(
    "A denial",
    response_only=True,
    value={
        "id": 2,
        "source": {"id": 1, "name": "000_32dfb83c7dd7f389.txt", "title": "Offensive ukrainienne dans la région de Koursk",
                   "publisher": "AFP", "language": "fr", "published_on": "2024-08-16", "published_precision": "day"},
        "claimant": {"id": 1, "name": "Russian Ministry of Defence", "side": "RU", "kind": "ministry"},
        "stance": "denies",
        "event": {
            "id": 1, "event_type": "capture", "actor_side": "UA",
            "localities": [{"id": 8, "name": "Sudzha", "name_fr": "Soudja", "name_native": "Суджа", "kind": "town",
                            "country_code": "RU", "latitude": 51.1914, "longitude": 35.2708,
                            "geo_precision": "exact"}],
            "region": {"id": 5, "name": "Kursk Oblast", "name_fr": "région de Koursk",
                       "name_native": "Курская область", "kind": "region", "country_code": "RU", "latitude": 51.5,
                       "longitude": 36.0, "geo_precision": "exact"},
            "country_code": "RU", "occurred_on": "2024-08-01", "occurred_precision": "month", "quantities": {},
            "summary": "",
        },
        "quote": "Moscou a démenti toute prise de Soudja par les forces de Kiev.",
        "quote_start": 90, "quote_end": 152, "claimed_on": "2024-08-16", "claimed_precision": "day",
        "review_status": "unreviewed", "curator_note": "", "curated": False,
        "created_at": "2024-08-16T09:12:00Z", "updated_at": "2024-08-16T09:12:00Z",
    },
)
