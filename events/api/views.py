"""API views: thin viewsets of queryset, serializer and filterset, with their OpenAPI description beside them."""

from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound

from events import filters, selectors
from events.api import exports, representations, serializers
from events.api import schema as api_schema
from events.api.aggregates import ClaimAggregatesMixin
from events.api.caching import CachedReadMixin
from events.api.ingest import SourceIngestMixin
from events.api.mixins import CurationMixin, ExportMixin
from events.models import Locality

FORMATS = ["json", "csv", "geojson"]


def _deleted_schema(resource: str) -> dict:
    return {
        "operation_id": f"{resource}_deleted_list",
        "summary": f"List deleted {resource}",
        "description": f"The {resource} deleted since a moment (`since`), for incremental sync: together with "
        f"`/api/{resource}/?updated_since=` a client keeps a copy without downloading everything again.",
        "responses": {200: serializers.DeletedRecordSerializer(many=True), **api_schema.read_errors(detail=False)},
    }


@extend_schema_view(
    list=extend_schema(
        operation_id="claims_list",
        summary="List claims",
        description="Who asserts, denies or acknowledges which event, in which article, with the verbatim quote. "
        "Every status is listed, rejected claims included (filter with review_status).",
        parameters=[api_schema.format_parameter(FORMATS)],
        responses=api_schema.list_responses(
            serializers.ClaimSerializer(many=True), serializers.ClaimFeatureCollectionSerializer
        ),
    ),
    retrieve=extend_schema(
        operation_id="claims_retrieve",
        summary="Read one claim",
        examples=[api_schema.CLAIM_EXAMPLE],
        responses={200: serializers.ClaimSerializer, **api_schema.read_errors(detail=True)},
    ),
    partial_update=extend_schema(
        operation_id="claims_partial_update",
        summary="Curate a claim",
        description="Set the review status or the curator's note (a curator's token is required). The claim is "
        "marked curated: re-ingesting its article never overwrites it. A PATCH that changes nothing writes nothing "
        "and answers `X-Unchanged: true`.",
        request=serializers.ClaimCurationSerializer,
        parameters=[api_schema.UNCHANGED_HEADER],
        responses={200: serializers.ClaimSerializer, **api_schema.write_errors()},
    ),
    deleted=extend_schema(**_deleted_schema("claims")),
)
class ClaimViewSet(
    CachedReadMixin,
    ClaimAggregatesMixin,
    ExportMixin,
    CurationMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """Claims: who asserts, denies or acknowledges which event, in which article, with the verbatim quote."""

    cached_actions = ("list", "retrieve", "places", "weekly")

    queryset = selectors.claim_list()
    serializer_class = serializers.ClaimSerializer
    filterset_class = filters.ClaimFilterSet
    exporter = exports.CLAIMS
    curation_serializer_class = serializers.ClaimCurationSerializer
    http_method_names = ["get", "patch", "head", "options"]

    def get_queryset(self):
        if self.action == "deleted":
            return selectors.claims_deleted()
        if self.action == "list":
            return selectors.claim_feed()
        if self.action in ("places", "weekly"):
            return selectors.claims_to_count()
        return super().get_queryset()

    def list(self, request, *args, **kwargs):
        if request.accepted_renderer.format in ("csv", "geojson"):
            return super().list(request, *args, **kwargs)
        # A page is read as `.values()` rows plus one query for its events' places: no model instances.
        rows = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        places = selectors.places_of_events(row["event__id"] for row in rows)
        return self.get_paginated_response(representations.claim_rows(rows, places))

    def page_rows(self, queryset, keys):
        """The rows of a JSON page (KeysetPagination reads its keys first): `.values()` for representations."""
        if self.action == "list":  # the exports of list() stream without pages
            return selectors.claim_rows(selectors.by_keys(queryset, keys))
        return selectors.by_keys(queryset, keys)

    @action(
        detail=False,
        filterset_class=filters.DeletedClaimFilterSet,
        serializer_class=serializers.DeletedRecordSerializer,
    )
    def deleted(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)


@extend_schema_view(
    list=extend_schema(
        operation_id="events_list",
        summary="List events",
        description="Events, each with the number of claims and articles about it, the claimants' sides and "
        "whether it is contested.",
        parameters=[api_schema.format_parameter(FORMATS)],
        responses=api_schema.list_responses(
            serializers.EventSerializer(many=True), serializers.EventFeatureCollectionSerializer
        ),
    ),
    retrieve=extend_schema(
        operation_id="events_retrieve",
        summary="Read one event",
        responses={200: serializers.EventSerializer, **api_schema.read_errors(detail=True)},
    ),
    partial_update=extend_schema(
        operation_id="events_partial_update",
        summary="Curate an event",
        description="Correct the type, date, precision or places of an event (a curator's token is required). "
        "The event is marked curated: re-ingesting never overwrites it. A PATCH that changes nothing writes "
        "nothing and answers `X-Unchanged: true`.",
        request=serializers.EventCurationSerializer,
        parameters=[api_schema.UNCHANGED_HEADER],
        responses={200: serializers.EventSerializer, **api_schema.write_errors()},
    ),
    deleted=extend_schema(**_deleted_schema("events")),
    acled=extend_schema(
        operation_id="events_acled_export",
        summary="Export events as ACLED CSV",
        description="The filtered events in ACLED's column layout (event_date, time_precision 1/2/3, "
        "disorder_type, event_type and sub_event_type mapped from ours, actor1, actor2, admin1, location, "
        "latitude, longitude, geo_precision, source, notes, fatalities...), one row per event x place, streamed, "
        "so that tools written for ACLED read our data.",
        filters=True,
        responses={
            (200, api_schema.CSV): OpenApiResponse(OpenApiTypes.STR, description="ACLED-style CSV, streamed."),
            **api_schema.read_errors(detail=False),
        },
    ),
)
class EventViewSet(
    CachedReadMixin,
    ExportMixin,
    CurationMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """Events, each with the claims made about it across articles."""

    queryset = selectors.event_list()
    serializer_class = serializers.EventSerializer
    filterset_class = filters.EventFilterSet
    exporter = exports.EVENTS
    unpaginated_actions = ("acled",)  # the whole filtered set, as CSV
    curation_serializer_class = serializers.EventCurationSerializer
    http_method_names = ["get", "patch", "head", "options"]

    def get_queryset(self):
        if self.action == "deleted":
            return selectors.events_deleted()
        return super().get_queryset()

    @action(
        detail=False,
        filterset_class=filters.DeletedEventFilterSet,
        serializer_class=serializers.DeletedRecordSerializer,
    )
    def deleted(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @action(detail=False, renderer_classes=[exports.CSVRenderer])
    def acled(self, request, *args, **kwargs):
        spec = self.filterset_class.ordering_spec(request.query_params.get("ordering"))
        queryset = self.filter_queryset(selectors.event_export()).order_by(*spec.order_by())
        return exports.csv_response(exports.ACLED, queryset)


@extend_schema_view(
    list=extend_schema(
        operation_id="localities_list",
        summary="List places",
        description="Places with their French, English and native spellings, coordinates, parent and number of "
        "events. `q` finds a place by any spelling.",
        parameters=[api_schema.format_parameter(FORMATS)],
        responses=api_schema.list_responses(
            serializers.LocalitySerializer(many=True), serializers.LocalityFeatureCollectionSerializer
        ),
    ),
    retrieve=extend_schema(
        operation_id="localities_retrieve",
        summary="Read one place",
        responses={200: serializers.LocalitySerializer, **api_schema.read_errors(detail=True)},
    ),
    timeline=extend_schema(
        operation_id="localities_timeline",
        summary="Who claimed what about a place, in time order",
        description="The control claims (capture, withdrawal, attack repelled, territorial control, "
        "encirclement) about this place or any place inside it, oldest event first: claimant, side, stance, "
        "dates and source. The claim filters apply.",
        parameters=[OpenApiParameter("id", OpenApiTypes.INT, OpenApiParameter.PATH, description="Id of the place.")],
        responses={200: serializers.TimelineEntrySerializer(many=True), **api_schema.read_errors(detail=True)},
    ),
)
class LocalityViewSet(CachedReadMixin, ExportMixin, viewsets.ReadOnlyModelViewSet):
    """Places with their French, English and native spellings and coordinates."""

    cached_actions = ("list", "retrieve", "timeline")

    queryset = selectors.locality_list()
    serializer_class = serializers.LocalitySerializer
    filterset_class = filters.LocalityFilterSet
    exporter = exports.LOCALITIES

    def get_queryset(self):
        if self.action == "timeline":
            return selectors.claim_feed()
        return super().get_queryset()

    @action(
        detail=True,
        filterset_class=filters.TimelineFilterSet,
        serializer_class=serializers.TimelineEntrySerializer,
    )
    def timeline(self, request, *args, **kwargs):
        pk = filters.as_id(kwargs["pk"])
        place = Locality.objects.filter(pk=pk) if pk is not None else Locality.objects.none()
        place_ids = selectors.place_ids(selectors.localities_with_descendants(place))
        if not place_ids:
            raise NotFound("No Locality matches the given query.")
        queryset = self.filter_queryset(selectors.claim_timeline(place_ids))
        page = self.paginate_queryset(queryset)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


@extend_schema_view(
    list=extend_schema(
        operation_id="sources_list",
        summary="List sources",
        description="The ingested articles (without their text: read one source for it).",
        responses={200: serializers.SourceSerializer(many=True), **api_schema.read_errors(detail=False)},
    ),
    retrieve=extend_schema(
        operation_id="sources_retrieve",
        summary="Read one source, with its text and claim offsets",
        description="The full text and, for each claim quoted from it, quote_start and quote_end: "
        "text[quote_start:quote_end] is the quote, ready to highlight.",
        responses={200: serializers.SourceDetailSerializer, **api_schema.read_errors(detail=True)},
    ),
)
class SourceViewSet(CachedReadMixin, SourceIngestMixin, viewsets.ReadOnlyModelViewSet):
    """Ingested articles; ingesters and curators post new ones."""

    queryset = selectors.source_list()
    serializer_class = serializers.SourceSerializer
    filterset_class = filters.SourceFilterSet

    def get_serializer_class(self):
        return serializers.SourceDetailSerializer if self.action == "retrieve" else serializers.SourceSerializer

    def get_queryset(self):
        return selectors.source_detail() if self.action == "retrieve" else super().get_queryset()


@extend_schema_view(
    list=extend_schema(
        operation_id="actors_list",
        summary="List claimants",
        responses={200: serializers.ActorListSerializer(many=True), **api_schema.read_errors(detail=False)},
    ),
    retrieve=extend_schema(
        operation_id="actors_retrieve",
        summary="Read one claimant",
        responses={200: serializers.ActorListSerializer, **api_schema.read_errors(detail=True)},
    ),
)
class ActorViewSet(CachedReadMixin, viewsets.ReadOnlyModelViewSet):
    """Claimants: ministries, armies, governments, people, media; with their side."""

    queryset = selectors.actor_list()
    serializer_class = serializers.ActorListSerializer
    filterset_class = filters.ActorFilterSet
