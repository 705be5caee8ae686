"""Serializers: the JSON contract of the API (thin: no logic beyond representation)."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from events.models import Actor, Claim, Event, Locality, Source


class LocalityBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Locality
        fields = [
            "id", "name", "name_fr", "name_native", "kind", "country_code",
            "latitude", "longitude", "geo_precision",
        ]


class LocalitySerializer(serializers.ModelSerializer):
    parent = LocalityBriefSerializer(read_only=True)
    events_count = serializers.IntegerField(read_only=True)
    needs_geocoding = serializers.BooleanField(read_only=True)

    class Meta:
        model = Locality
        fields = [
            "id", "name", "name_fr", "name_native", "alternate_names", "kind", "parent", "country_code",
            "iso_code", "latitude", "longitude", "geo_precision", "needs_geocoding", "geonames_id",
            "events_count", "created_at", "updated_at",
        ]


class ActorSerializer(serializers.ModelSerializer):
    class Meta:
        model = Actor
        fields = ["id", "name", "side", "kind"]


class SourceBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["id", "name", "title", "publisher", "language", "published_on", "published_precision"]


class EventBriefSerializer(serializers.ModelSerializer):
    localities = LocalityBriefSerializer(many=True, read_only=True)
    region = LocalityBriefSerializer(read_only=True, allow_null=True)
    quantities = serializers.DictField(child=serializers.FloatField(), read_only=True,
                                       help_text="Numbers stated: killed, wounded, prisoners, drones, localities, "
                                                 "area_km2, civilians, waves, battalions...")

    class Meta:
        model = Event
        fields = [
            "id", "event_type", "actor_side", "localities", "region", "country_code",
            "occurred_on", "occurred_precision", "quantities", "summary",
        ]


class ClaimSerializer(serializers.ModelSerializer):
    source = SourceBriefSerializer(read_only=True)
    claimant = ActorSerializer(read_only=True)
    event = EventBriefSerializer(read_only=True)

    class Meta:
        model = Claim
        fields = [
            "id", "source", "claimant", "stance", "event", "quote", "quote_start", "quote_end",
            "claimed_on", "claimed_precision", "review_status", "curator_note", "created_at", "updated_at",
        ]
        read_only_fields = [f for f in fields if f not in ("review_status", "curator_note")]


class ClaimOffsetSerializer(serializers.ModelSerializer):
    """A claim as shown inside its source: enough to highlight the quote."""

    claimant = ActorSerializer(read_only=True)
    event_type = serializers.CharField(source="event.event_type", read_only=True)

    class Meta:
        model = Claim
        fields = ["id", "claimant", "stance", "event", "event_type", "quote_start", "quote_end", "review_status"]


class EventSerializer(EventBriefSerializer):
    claims_count = serializers.IntegerField(read_only=True)
    sources_count = serializers.IntegerField(read_only=True)

    class Meta(EventBriefSerializer.Meta):
        fields = EventBriefSerializer.Meta.fields + ["claims_count", "sources_count", "created_at", "updated_at"]


class SourceSerializer(SourceBriefSerializer):
    claims_count = serializers.IntegerField(read_only=True)

    class Meta(SourceBriefSerializer.Meta):
        fields = SourceBriefSerializer.Meta.fields + [
            "sha256", "extraction_note", "claims_count", "ingested_at", "updated_at",
        ]


class SourceDetailSerializer(SourceSerializer):
    claims = serializers.SerializerMethodField()

    class Meta(SourceSerializer.Meta):
        fields = SourceSerializer.Meta.fields + ["text", "claims"]

    @extend_schema_field(ClaimOffsetSerializer(many=True))
    def get_claims(self, obj):
        return ClaimOffsetSerializer(obj.claims.all(), many=True).data
