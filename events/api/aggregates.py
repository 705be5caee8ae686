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


class ClaimAggregatesMixin:
    """`places` and `weekly` on the claims viewset: the same FilterSet as the list, no pagination."""

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
        claims = self.filter_queryset(self.get_queryset())  # validates the parameters (400) in every case
        unfiltered = not set(request.query_params) - {"format"}
        # Every claim: the stored per-place rows (events.place_claims), the same figures without counting them.
        return Response(explorer.places_with_claims(None if unfiltered else claims))

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
