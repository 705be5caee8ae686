"""Serializers: the JSON contract of the API (thin: representation and input validation, no queries)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import models
from drf_spectacular.utils import extend_schema_field, extend_schema_serializer
from rest_framework import serializers

from events.api import exports, representations
from events.choices import ActorKind, DatePrecision, EventType, GeoPrecision, LocalityKind, ReviewStatus, Side, Stance
from events.models import Actor, Claim, Event, Locality, Source

TIMESTAMPS = {
    "created_at": {"help_text": "When the record was created (ISO 8601, UTC)."},
    "updated_at": {"help_text": "When the record was last created or edited (ISO 8601, UTC): see updated_since."},
}
CURATED = {"help_text": "Edited by a curator: a re-ingest of its article never overwrites it."}


@extend_schema_field(
    {
        "type": "object",
        "additionalProperties": {"type": "number"},
        "description": "Numbers stated: killed, wounded, prisoners, drones, localities, area_km2, civilians, "
        "waves, battalions...",
        "example": {"killed": 12, "drones": 25},
    }
)
class QuantitiesField(serializers.Field):
    """The numbers an event states; anything that is not a number is left out rather than failing."""

    def __init__(self, **kwargs: Any):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, value: Any) -> dict[str, float | int]:
        return representations.quantities(value)


class LocalityBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Locality
        fields = [
            "id", "name", "name_fr", "name_native", "kind", "country_code",
            "latitude", "longitude", "geo_precision",
        ]
        extra_kwargs = {
            "id": {"help_text": "Id of the place: /api/localities/{id}/, ?locality={id}."},
            "name": {"help_text": "Canonical English (GeoNames) spelling, e.g. Kupiansk."},
            "name_fr": {"help_text": "French spelling, e.g. Koupiansk (blank when unknown)."},
            "name_native": {"help_text": "Spelling in the local script, e.g. Куп'янськ (blank when unknown)."},
            "kind": {"help_text": "village, town, city, region or country."},
            "latitude": {"help_text": "WGS84 latitude in degrees; null when unknown."},
            "longitude": {"help_text": "WGS84 longitude in degrees; null when unknown."},
            "geo_precision": {
                "help_text": "exact: the place's own coordinates; region or country: the centroid of its region "
                "or country, waiting for geocoding."
            },
        }

    def to_representation(self, instance: Locality) -> dict[str, Any]:
        return representations.locality_brief(instance)


class LocalitySerializer(serializers.ModelSerializer):
    parent = LocalityBriefSerializer(
        read_only=True, allow_null=True, help_text="The region of a settlement, the country of a region; or null."
    )
    events_count = serializers.IntegerField(
        read_only=True, help_text="Events at this place (as one of their places or as their region)."
    )
    needs_geocoding = serializers.BooleanField(
        read_only=True, help_text="A settlement placed at its region's or country's centroid."
    )
    alternate_names = serializers.ListField(
        child=serializers.CharField(), read_only=True,
        help_text="Other known spellings (transliterations, former names).",
    )

    class Meta:
        model = Locality
        fields = [
            "id", "name", "name_fr", "name_native", "alternate_names", "kind", "parent", "country_code",
            "iso_code", "latitude", "longitude", "geo_precision", "needs_geocoding", "geonames_id",
            "events_count", "created_at", "updated_at",
        ]
        extra_kwargs = {
            **LocalityBriefSerializer.Meta.extra_kwargs,
            "iso_code": {"help_text": "ISO 3166-2 code of a region (e.g. UA-63), blank otherwise."},
            "geonames_id": {"help_text": "GeoNames id, when the place comes from GeoNames."},
            **TIMESTAMPS,
        }



class ActorSerializer(serializers.ModelSerializer):
    class Meta:
        model = Actor
        fields = ["id", "name", "side", "kind"]
        extra_kwargs = {
            "id": {"help_text": "Id of the claimant: ?claimant={id}."},
            "name": {"help_text": "Normalised name, e.g. Russian Ministry of Defence."},
            "side": {"help_text": "Side the claimant speaks for."},
            "kind": {"help_text": "ministry, person, army, government, media, organisation or other."},
        }


class ActorListSerializer(ActorSerializer):
    claims_count = serializers.IntegerField(read_only=True, help_text="Claims made by this claimant.")

    class Meta(ActorSerializer.Meta):
        fields = [*ActorSerializer.Meta.fields, "claims_count"]


class SourceBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["id", "name", "title", "publisher", "language", "published_on", "published_precision"]
        extra_kwargs = {
            "id": {"help_text": "Id of the source: /api/sources/{id}/ has its text."},
            "title": {"help_text": "Headline of the article, blank when none was found."},
            "published_on": {
                "help_text": "Publication date; for month or year precision, the first day of that month or year."
            },
            "published_precision": {"help_text": "How precisely published_on is known."},
        }


class EventBriefSerializer(serializers.ModelSerializer):
    localities = LocalityBriefSerializer(many=True, read_only=True, help_text="The places of the event.")
    region = LocalityBriefSerializer(read_only=True, allow_null=True, help_text="The region (oblast), or null.")
    quantities = QuantitiesField()

    class Meta:
        model = Event
        fields = [
            "id", "event_type", "actor_side", "localities", "region", "country_code",
            "occurred_on", "occurred_precision", "quantities", "summary",
        ]
        extra_kwargs = {
            "id": {"help_text": "Id of the event: /api/events/{id}/, ?event={id} on claims."},
            "event_type": {"help_text": "What happened."},
            "actor_side": {"help_text": "The side that performed the event; null when not stated."},
            "occurred_on": {
                "help_text": "When it happened; for month or year precision the first day of that month or year."
            },
            "occurred_precision": {"help_text": "How precisely occurred_on is known."},
            "summary": {"help_text": "A one-line description, blank when none was written."},
        }


class ClaimSerializer(serializers.ModelSerializer):
    source = SourceBriefSerializer(read_only=True, help_text="The article the claim is quoted from.")
    claimant = ActorSerializer(read_only=True, help_text="Who makes the claim.")
    event = EventBriefSerializer(read_only=True, help_text="The event the claim is about.")

    class Meta:
        model = Claim
        fields = [
            "id", "source", "claimant", "stance", "event", "quote", "quote_start", "quote_end",
            "claimed_on", "claimed_precision", "review_status", "curator_note", "curated", "created_at",
            "updated_at",
        ]
        read_only_fields = fields
        extra_kwargs = {
            "id": {"help_text": "Id of the claim."},
            "stance": {"help_text": "asserts, denies, or acknowledges (admits a setback of its own side)."},
            "quote": {"help_text": "The verbatim sentence, equal to source.text[quote_start:quote_end]."},
            "quote_start": {"help_text": "Offset of the quote's first character in the source text."},
            "quote_end": {"help_text": "Offset just after the quote's last character in the source text."},
            "claimed_on": {"help_text": "When the claim was made (often the publication date)."},
            "claimed_precision": {"help_text": "How precisely claimed_on is known."},
            "review_status": {"help_text": "Curation status: unreviewed, verified or rejected."},
            "curator_note": {"help_text": "The curator's note, blank when none."},
            "curated": CURATED,
            **TIMESTAMPS,
        }

    def to_representation(self, instance: Claim) -> dict[str, Any]:
        return representations.claim(instance)


class StrictCharField(serializers.CharField):
    """Text only: a number or a boolean is refused, not turned into its string (`curator_note: 0` is a 400)."""

    def to_internal_value(self, data: Any) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class StrictPrimaryKeyRelatedField(serializers.PrimaryKeyRelatedField):
    """An integer id only: "5" or true are refused, as the schema says (type integer)."""

    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, bool) or not isinstance(data, int):
            self.fail("incorrect_type", data_type=type(data).__name__)
        return super().to_internal_value(data)


class CurationSerializer(serializers.ModelSerializer):
    """Base of the curators' write serializers: their text fields take text only."""

    serializer_field_mapping = {
        **serializers.ModelSerializer.serializer_field_mapping,
        models.CharField: StrictCharField,
        models.TextField: StrictCharField,
    }


class ClaimCurationSerializer(CurationSerializer):
    """What a curator may change on a claim."""

    class Meta:
        model = Claim
        fields = ["review_status", "curator_note"]
        extra_kwargs = {
            "review_status": {"help_text": "New curation status."},
            "curator_note": {"help_text": "Why: the curator's note.", "allow_blank": True},
        }

    def update(self, instance: Claim, validated_data: dict[str, Any]) -> Claim:
        for field, value in validated_data.items():
            setattr(instance, field, value)
        instance.curated = True
        instance.save()
        return instance


class EventCurationSerializer(CurationSerializer):
    """What a curator may change on an event."""

    localities = StrictPrimaryKeyRelatedField(
        many=True, queryset=Locality.objects.all(), help_text="Ids of the event's places (replaces the list)."
    )

    class Meta:
        model = Event
        fields = ["event_type", "occurred_on", "occurred_precision", "localities"]
        extra_kwargs = {
            "event_type": {"help_text": "New event type."},
            "occurred_on": {"help_text": "New date; for month or year precision any day of it (stored as the first)."},
            "occurred_precision": {"help_text": "Precision of occurred_on; unknown requires occurred_on to be null."},
        }

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        day: dt.date | None = attrs.get("occurred_on", getattr(self.instance, "occurred_on", None))
        precision = attrs.get("occurred_precision", getattr(self.instance, "occurred_precision", None))
        if day is None and precision not in (None, DatePrecision.UNKNOWN):
            raise serializers.ValidationError({"occurred_on": [f"A date is needed with precision {precision}."]})
        if day is not None and precision == DatePrecision.UNKNOWN:
            raise serializers.ValidationError(
                {"occurred_precision": ["Give the precision of occurred_on (day, month or year)."]}
            )
        if day is not None and precision == DatePrecision.MONTH:
            attrs["occurred_on"] = day.replace(day=1)
        elif day is not None and precision == DatePrecision.YEAR:
            attrs["occurred_on"] = day.replace(month=1, day=1)
        return attrs

    def update(self, instance: Event, validated_data: dict[str, Any]) -> Event:
        localities = validated_data.pop("localities", None)
        for field, value in validated_data.items():
            setattr(instance, field, value)
        instance.curated = True
        instance.save()
        if localities is not None:
            instance.localities.set(localities)
        return instance


class ClaimOffsetSerializer(serializers.ModelSerializer):
    """A claim as shown inside its source: enough to highlight the quote."""

    claimant = ActorSerializer(read_only=True, help_text="Who makes the claim.")
    event_type = serializers.ChoiceField(
        source="event.event_type", choices=EventType.choices, read_only=True, help_text="Type of the event."
    )

    class Meta:
        model = Claim
        fields = ["id", "claimant", "stance", "event", "event_type", "quote_start", "quote_end", "review_status"]
        extra_kwargs = {
            "id": {"help_text": "Id of the claim: /api/claims/{id}/."},
            "stance": {"help_text": "asserts, denies or acknowledges."},
            "event": {"help_text": "Id of the event the claim is about."},
            # The bound is written out: the model field's depends on the database (SQLite's is 2**63 - 1), and the
            # schema, and the client generated from it, must be the same whatever the database.
            "quote_start": {"help_text": "Offset of the quote's first character in `text`.", "max_value": 2**31 - 1},
            "quote_end": {"help_text": "Offset just after the quote's last character: text[quote_start:quote_end].",
                          "max_value": 2**31 - 1},
            "review_status": {"help_text": "Curation status."},
        }


class EventSerializer(EventBriefSerializer):
    claims_count = serializers.IntegerField(read_only=True, help_text="Claims about this event.")
    sources_count = serializers.IntegerField(read_only=True, help_text="Articles with a claim about this event.")
    contested = serializers.BooleanField(
        read_only=True,
        help_text="Claims of opposing stance, or from both camps (RU/KP and UA); rejected claims do not count.",
    )
    claimant_sides = serializers.SerializerMethodField(help_text="The sides of the claimants, sorted.")

    class Meta(EventBriefSerializer.Meta):
        fields = [*EventBriefSerializer.Meta.fields, "claims_count", "sources_count", "contested", "claimant_sides",
                  "curated", "created_at", "updated_at"]
        extra_kwargs = {**EventBriefSerializer.Meta.extra_kwargs, "curated": CURATED, **TIMESTAMPS}

    @extend_schema_field(serializers.ListField(child=serializers.ChoiceField(choices=Side.choices)))
    def get_claimant_sides(self, obj: Event) -> list[str]:
        return exports.claimant_sides(obj)


class SourceSerializer(SourceBriefSerializer):
    claims_count = serializers.IntegerField(read_only=True, help_text="Claims quoted from this article.")

    class Meta(SourceBriefSerializer.Meta):
        fields = [*SourceBriefSerializer.Meta.fields, "sha256", "extraction_note", "claims_count", "ingested_at",
                  "created_at", "updated_at"]
        extra_kwargs = {
            **SourceBriefSerializer.Meta.extra_kwargs,
            "ingested_at": {"help_text": "When the article was first ingested."},
            **TIMESTAMPS,
        }


class SourceDetailSerializer(SourceSerializer):
    claims = ClaimOffsetSerializer(
        many=True, read_only=True, help_text="The claims quoted from the text, in reading order."
    )

    class Meta(SourceSerializer.Meta):
        fields = [*SourceSerializer.Meta.fields, "text", "claims"]


class TimelineEntrySerializer(serializers.ModelSerializer):
    """One control claim about a place: who claimed what happened there, when, in which article."""

    event_id = serializers.IntegerField(source="event.id", read_only=True, help_text="Id of the event.")
    event_type = serializers.ChoiceField(
        source="event.event_type", choices=EventType.choices, read_only=True,
        help_text="capture, withdrawal, attack_repelled, territorial_control or encirclement.",
    )
    actor_side = serializers.ChoiceField(
        source="event.actor_side", choices=Side.choices, read_only=True, allow_null=True,
        help_text="The side that performed the event.",
    )
    occurred_on = serializers.DateField(
        source="event.occurred_on", read_only=True, allow_null=True, help_text="When the event happened."
    )
    occurred_precision = serializers.ChoiceField(
        source="event.occurred_precision", choices=DatePrecision.choices, read_only=True,
        help_text="How precisely occurred_on is known.",
    )
    localities = LocalityBriefSerializer(
        source="event.localities", many=True, read_only=True, help_text="The places of the event."
    )
    claimant = ActorSerializer(read_only=True, help_text="Who makes the claim, and for which side.")
    source = SourceBriefSerializer(read_only=True, help_text="The article.")

    class Meta:
        model = Claim
        fields = [
            "id", "occurred_on", "occurred_precision", "event_id", "event_type", "actor_side", "localities",
            "claimant", "stance", "claimed_on", "claimed_precision", "quote", "quote_start", "quote_end", "source",
            "review_status",
        ]
        read_only_fields = fields
        extra_kwargs = {key: ClaimSerializer.Meta.extra_kwargs[key] for key in
                        ("id", "stance", "claimed_on", "claimed_precision", "quote", "quote_start", "quote_end",
                         "review_status")}


class DeletedRecordSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True, help_text="Id the deleted record had.")
    deleted_at = serializers.DateTimeField(source="history_date", read_only=True, help_text="When it was deleted.")


# ---------------------------------------------------------------------------------------------
# Exports: documentation of the flat rows (CSV columns, GeoJSON properties)
# ---------------------------------------------------------------------------------------------


def _nullable_int(help_text: str) -> serializers.IntegerField:
    return serializers.IntegerField(allow_null=True, help_text=help_text)


def _place_fields() -> dict[str, serializers.Field]:
    return {
        "locality_id": _nullable_int("Id of the place of this row (one row per place; a region when the event has "
                                     "no place of its own; null when it has neither)."),
        "locality_name": serializers.CharField(allow_null=True, help_text="Canonical name of the place."),
        "locality_name_fr": serializers.CharField(allow_null=True, help_text="French name of the place."),
        "locality_kind": serializers.ChoiceField(choices=LocalityKind.choices, allow_null=True,
                                                 help_text="Kind of place."),
        "latitude": serializers.FloatField(allow_null=True, help_text="Latitude of the place (WGS84)."),
        "longitude": serializers.FloatField(allow_null=True, help_text="Longitude of the place (WGS84)."),
        "geo_precision": serializers.ChoiceField(choices=GeoPrecision.choices, allow_null=True,
                                                 help_text="exact, or the centroid of a region or country."),
    }


def _timestamps() -> dict[str, serializers.Field]:
    return {
        "created_at": serializers.DateTimeField(help_text=TIMESTAMPS["created_at"]["help_text"]),
        "updated_at": serializers.DateTimeField(help_text=TIMESTAMPS["updated_at"]["help_text"]),
    }


def _row_serializer(name: str, doc: str, fields: dict[str, serializers.Field], columns: list[str]) -> type:
    assert list(fields) == columns, f"{name} documents {list(fields)}, the export writes {columns}"
    return type(name, (serializers.Serializer,), {"__doc__": doc, **fields})


ClaimRowSerializer = _row_serializer(
    "ClaimRowSerializer",
    "A claim flattened for CSV and GeoJSON: one row per claim x place of its event.",
    {
        "claim_id": serializers.IntegerField(help_text="Id of the claim."),
        "stance": serializers.ChoiceField(choices=Stance.choices, help_text="Stance of the claim."),
        "quote": serializers.CharField(help_text="The verbatim quote."),
        "quote_start": serializers.IntegerField(help_text="Offset of the quote in the source text."),
        "quote_end": serializers.IntegerField(help_text="Offset just after the quote."),
        "claimed_on": serializers.DateField(allow_null=True, help_text="When the claim was made."),
        "claimed_precision": serializers.ChoiceField(choices=DatePrecision.choices, help_text="Its precision."),
        "review_status": serializers.ChoiceField(choices=ReviewStatus.choices, help_text="Curation status."),
        "curated": serializers.BooleanField(help_text=CURATED["help_text"]),
        "claimant_id": serializers.IntegerField(help_text="Id of the claimant."),
        "claimant_name": serializers.CharField(help_text="Name of the claimant."),
        "claimant_side": serializers.ChoiceField(choices=Side.choices, help_text="Side of the claimant."),
        "claimant_kind": serializers.ChoiceField(choices=ActorKind.choices, help_text="Kind of claimant."),
        "source_id": serializers.IntegerField(help_text="Id of the source."),
        "source_name": serializers.CharField(help_text="File name of the source."),
        "source_title": serializers.CharField(help_text="Title of the source."),
        "source_publisher": serializers.CharField(help_text="Agency or outlet credited."),
        "source_published_on": serializers.DateField(allow_null=True, help_text="Publication date."),
        "source_published_precision": serializers.ChoiceField(choices=DatePrecision.choices,
                                                              help_text="Its precision."),
        "event_id": serializers.IntegerField(help_text="Id of the event."),
        "event_type": serializers.ChoiceField(choices=EventType.choices, help_text="Type of the event."),
        "actor_side": serializers.ChoiceField(choices=Side.choices, allow_null=True,
                                              help_text="Side that performed the event."),
        "occurred_on": serializers.DateField(allow_null=True, help_text="When the event happened."),
        "occurred_precision": serializers.ChoiceField(choices=DatePrecision.choices, help_text="Its precision."),
        "country_code": serializers.CharField(help_text="ISO 3166-1 alpha-2 country of the event."),
        "region_id": _nullable_int("Id of the event's region."),
        "region_name": serializers.CharField(allow_null=True, help_text="Name of the event's region."),
        "quantities": serializers.CharField(help_text="The numbers stated, as a JSON object in a string."),
        **_place_fields(),
        **_timestamps(),
    },
    exports.CLAIM_COLUMNS,
)

EventRowSerializer = _row_serializer(
    "EventRowSerializer",
    "An event flattened for CSV and GeoJSON: one row per event x place.",
    {
        "event_id": serializers.IntegerField(help_text="Id of the event."),
        "event_type": serializers.ChoiceField(choices=EventType.choices, help_text="Type of the event."),
        "actor_side": serializers.ChoiceField(choices=Side.choices, allow_null=True,
                                              help_text="Side that performed the event."),
        "occurred_on": serializers.DateField(allow_null=True, help_text="When the event happened."),
        "occurred_precision": serializers.ChoiceField(choices=DatePrecision.choices, help_text="Its precision."),
        "country_code": serializers.CharField(help_text="ISO 3166-1 alpha-2 country of the event."),
        "region_id": _nullable_int("Id of the event's region."),
        "region_name": serializers.CharField(allow_null=True, help_text="Name of the event's region."),
        "summary": serializers.CharField(help_text="One-line description."),
        "quantities": serializers.CharField(help_text="The numbers stated, as a JSON object in a string."),
        "claims_count": serializers.IntegerField(help_text="Claims about the event."),
        "sources_count": serializers.IntegerField(help_text="Articles with a claim about the event."),
        "contested": serializers.BooleanField(help_text="Claims of opposing stance or from both camps."),
        "claimant_sides": serializers.CharField(help_text="Sides of the claimants, separated by ';'."),
        "curated": serializers.BooleanField(help_text=CURATED["help_text"]),
        **_place_fields(),
        **_timestamps(),
    },
    exports.EVENT_COLUMNS,
)

LocalityRowSerializer = _row_serializer(
    "LocalityRowSerializer",
    "A place flattened for CSV and GeoJSON.",
    {
        "locality_id": serializers.IntegerField(help_text="Id of the place."),
        "name": serializers.CharField(help_text="Canonical English spelling."),
        "name_fr": serializers.CharField(help_text="French spelling."),
        "name_native": serializers.CharField(help_text="Spelling in the local script."),
        "kind": serializers.ChoiceField(choices=LocalityKind.choices, help_text="Kind of place."),
        "parent_id": _nullable_int("Id of the parent (region or country)."),
        "parent_name": serializers.CharField(allow_null=True, help_text="Name of the parent."),
        "country_code": serializers.CharField(help_text="ISO 3166-1 alpha-2 country."),
        "iso_code": serializers.CharField(help_text="ISO 3166-2 code of a region."),
        "latitude": serializers.FloatField(allow_null=True, help_text="Latitude (WGS84)."),
        "longitude": serializers.FloatField(allow_null=True, help_text="Longitude (WGS84)."),
        "geo_precision": serializers.ChoiceField(choices=GeoPrecision.choices,
                                                 help_text="exact, or the centroid of a region or country."),
        "needs_geocoding": serializers.BooleanField(help_text="A settlement placed at a centroid."),
        "geonames_id": _nullable_int("GeoNames id."),
        "events_count": serializers.IntegerField(help_text="Events at the place."),
        **_timestamps(),
    },
    exports.LOCALITY_COLUMNS,
)


class PointSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=[("Point", "Point")], help_text="Always Point.")
    coordinates = serializers.ListField(
        child=serializers.FloatField(), min_length=2, max_length=2, help_text="[longitude, latitude] (WGS84)."
    )


def _feature_collection(prefix: str, row_serializer: type) -> type:
    feature = type(
        f"{prefix}FeatureSerializer",
        (serializers.Serializer,),
        {
            "__doc__": f"A {prefix.lower()} at one place: a Point, or a null geometry where there are no coordinates.",
            "type": serializers.ChoiceField(choices=[("Feature", "Feature")], help_text="Always Feature."),
            "geometry": PointSerializer(allow_null=True, help_text="The place's Point, or null."),
            "properties": row_serializer(help_text="The flat row, as in the CSV export."),
        },
    )
    collection = type(
        f"{prefix}FeatureCollectionSerializer",
        (serializers.Serializer,),
        {
            "__doc__": f"GeoJSON (RFC 7946) of the filtered {prefix.lower()}s.",
            "type": serializers.ChoiceField(
                choices=[("FeatureCollection", "FeatureCollection")], help_text="Always FeatureCollection."
            ),
            "features": feature(many=True, help_text="One feature per record x place."),
        },
    )
    return extend_schema_serializer(many=False)(collection)


ClaimFeatureCollectionSerializer = _feature_collection("Claim", ClaimRowSerializer)
EventFeatureCollectionSerializer = _feature_collection("Event", EventRowSerializer)
LocalityFeatureCollectionSerializer = _feature_collection("Locality", LocalityRowSerializer)


class DetailErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="What went wrong.")
