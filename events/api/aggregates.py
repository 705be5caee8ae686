"""Aggregates of the filtered claims, for maps and charts: claims per place, claims per week and claimant side.

They take every filter of `/api/claims/` (events.filters.ClaimAggregateFilterSet) and answer a whole set, not a
page: a few thousand places or a few hundred weeks, whatever the number of claims.
"""

from __future__ import annotations

from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import serializers
from rest_framework.decorators import action
from rest_framework.response import Response

from events import explorer, filters
from events.api import schema as api_schema
from events.choices import EventType, GeoPrecision, LocalityKind, Side


class ControlEventSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="Id of the event: /api/events/{id}/.")
    event_type = serializers.ChoiceField(
        choices=EventType.choices, help_text="capture, withdrawal, attack_repelled, territorial_control or encirclement."
    )
    actor_side = serializers.ChoiceField(choices=Side.choices, allow_null=True, help_text="The side that acted.")
    occurred_on = serializers.DateField(allow_null=True, help_text="When it happened; null when undated.")
    contested = serializers.BooleanField(help_text="Its claims oppose each other.")


class PlaceClaimsSerializer(serializers.Serializer):
    """A place of the filtered claims: where it is, how many claims, what its latest control claim says."""

    id = serializers.IntegerField(help_text="Id of the place: /api/localities/{id}/timeline/.")
    name = serializers.CharField(help_text="Canonical English spelling.")
    name_fr = serializers.CharField(help_text="French spelling (blank when unknown).")
    kind = serializers.ChoiceField(choices=LocalityKind.choices, help_text="village, town, city, region or country.")
    country_code = serializers.CharField(help_text="ISO 3166-1 alpha-2.")
    latitude = serializers.FloatField(help_text="WGS84 latitude.")
    longitude = serializers.FloatField(help_text="WGS84 longitude.")
    geo_precision = serializers.ChoiceField(
        choices=GeoPrecision.choices,
        help_text="exact: the place's own point; district, region or country: only the centroid of that area.",
    )
    claims_count = serializers.IntegerField(
        help_text="Filtered claims about events at this place (an event with no place of its own counts at its "
        "region)."
    )
    contested_claims_count = serializers.IntegerField(help_text="Of those, claims about contested events.")
    control = serializers.ChoiceField(
        choices=explorer.CONTROL_CHOICES, allow_null=True,
        help_text="Who holds the place after its latest control event among the filtered claims: RU, UA, "
        "contested (its claims oppose each other, or an encirclement), or null (no control claim).",
    )
    control_event = ControlEventSerializer(allow_null=True, help_text="That latest control event, or null.")


class PlaceMarkersSerializer(serializers.Serializer):
    """The places of /api/claims/places/ as columns: entry i of every list is place i (busiest first)."""

    count = serializers.IntegerField(help_text="Number of places: the length of every list.")
    id = serializers.ListField(child=serializers.IntegerField(), help_text="Ids of the places.")
    name = serializers.ListField(child=serializers.CharField(), help_text="Canonical English spellings.")
    name_fr = serializers.ListField(
        child=serializers.CharField(allow_blank=True), help_text="French spellings (blank when unknown)."
    )
    kind = serializers.ListField(
        child=serializers.ChoiceField(choices=LocalityKind.choices), help_text="village, town, city, region or country."
    )
    latitude = serializers.ListField(child=serializers.FloatField(), help_text="WGS84 latitudes.")
    longitude = serializers.ListField(child=serializers.FloatField(), help_text="WGS84 longitudes.")
    geo_precision = serializers.ListField(
        child=serializers.ChoiceField(choices=GeoPrecision.choices),
        help_text="exact: the place's own point; district, region or country: only the centroid of that area.",
    )
    claims_count = serializers.ListField(
        child=serializers.IntegerField(), help_text="Filtered claims about events at each place."
    )
    control = serializers.ListField(
        child=serializers.ChoiceField(choices=explorer.CONTROL_CHOICES, allow_null=True),
        help_text="Who holds each place after its latest control event among the filtered claims: RU, UA, "
        "contested, or null (no control claim).",
    )


class WeeklyCountSerializer(serializers.Serializer):
    week = serializers.DateField(
        allow_null=True, help_text="Monday of the week of the claim date; null for claims without a date."
    )
    claimant_side = serializers.ChoiceField(choices=Side.choices, help_text="Side of the claimants.")
    claims = serializers.IntegerField(help_text="Claims of that side in that week.")


PLACES_EXAMPLE = OpenApiExample(
    "Sudzha",
    response_only=True,
    value=[{
        "id": 8, "name": "Sudzha", "name_fr": "Soudja", "kind": "town", "country_code": "RU", "latitude": 51.1914,
        "longitude": 35.2708, "geo_precision": "exact", "claims_count": 4, "contested_claims_count": 4,
        "control": "contested",
        "control_event": {"id": 4, "event_type": "withdrawal", "actor_side": "UA", "occurred_on": "2025-03-12",
                          "contested": True},
    }],
)


MARKERS_EXAMPLE = OpenApiExample(
    "Sudzha and Kupiansk",
    response_only=True,
    value={
        "count": 2, "id": [8, 3], "name": ["Sudzha", "Kupiansk"], "name_fr": ["Soudja", "Koupiansk"],
        "kind": ["town", "town"], "latitude": [51.1914, 49.7106], "longitude": [35.2708, 37.6156],
        "geo_precision": ["exact", "exact"], "claims_count": [4, 2], "control": ["contested", "UA"],
    },
)


def _unfiltered(request) -> bool:
    """No filter at all: every claim, whose per-place figures are stored (events.place_claims) rather than counted.
    Called after filter_queryset(), which has refused any malformed or unknown parameter (400)."""
    return not set(request.query_params) - {"format"}


class ClaimAggregatesMixin:
    """`places`, `markers` and `weekly` on the claims viewset: the same FilterSet as the list, no pagination."""

    filtered_object_actions = ("markers",)  # one object, not a list, but filtered as one (events.api.schema)

    @extend_schema(
        operation_id="claims_places",
        summary="Claims per place, with the latest control claim",
        description="The places of the filtered claims (every filter of /api/claims/), busiest first, each with "
        "its coordinates and how precise they are, its number of claims and who holds it after its latest "
        "control event (capture, withdrawal, attack repelled, territorial control, encirclement). An event with "
        "no place of its own counts at its region. Places without coordinates are left out. The whole set, not "
        "paginated: what a map draws.",
        responses={200: PlaceClaimsSerializer(many=True), **api_schema.read_errors(detail=False)},
        examples=[PLACES_EXAMPLE],
    )
    @action(detail=False, filterset_class=filters.ClaimAggregateFilterSet, pagination_class=None,
            serializer_class=PlaceClaimsSerializer)
    def places(self, request, *args, **kwargs):
        claims = self.filter_queryset(self.get_queryset())
        return Response(explorer.places_with_claims(None if _unfiltered(request) else claims))

    @extend_schema(
        operation_id="claims_markers",
        summary="Claims per place, as the columns a map draws",
        description="The places of /api/claims/places/ with the same filters, counts and control, in the same "
        "order, as one list per field (id, names, kind, coordinates, precision, claims, control) instead of one "
        "object per place: a sixth of the size, for a map of tens of thousands of places. The latest control "
        "event itself and the contested claims are only in /api/claims/places/.",
        responses={200: PlaceMarkersSerializer, **api_schema.read_errors(detail=False)},
        examples=[MARKERS_EXAMPLE],
    )
    @action(detail=False, filterset_class=filters.ClaimAggregateFilterSet, pagination_class=None,
            serializer_class=PlaceMarkersSerializer)
    def markers(self, request, *args, **kwargs):
        claims = self.filter_queryset(self.get_queryset())
        return Response(explorer.place_markers(None if _unfiltered(request) else claims))

    @extend_schema(
        operation_id="claims_weekly",
        summary="Claims per week and claimant side",
        description="The filtered claims (every filter of /api/claims/) counted per week of their claim date "
        "(weeks start on Monday) and side of the claimant, oldest week first; claims without a date under "
        "week null. Weeks without claims are not listed.",
        responses={200: WeeklyCountSerializer(many=True), **api_schema.read_errors(detail=False)},
    )
    @action(detail=False, filterset_class=filters.ClaimAggregateFilterSet, pagination_class=None,
            serializer_class=WeeklyCountSerializer)
    def weekly(self, request, *args, **kwargs):
        return Response(explorer.weekly_counts(self.filter_queryset(self.get_queryset())))
