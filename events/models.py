"""The records of the project: articles (Source), places (Locality), claimants (Actor), events and claims."""

from __future__ import annotations

from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

from events.choices import (
    ActorKind,
    DatePrecision,
    EventType,
    GeoPrecision,
    LocalityKind,
    ReviewStatus,
    Side,
    Stance,
)


class TimestampedModel(models.Model):
    """created_at / updated_at, indexed so that clients can sync incrementally (`updated_since`)."""

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        abstract = True


class Source(TimestampedModel):
    """One ingested article: its verbatim text, where it came from and when it was published.

    `sha256` is the checksum of the raw bytes: ingesting the same bytes again changes nothing.
    Claim offsets (`Claim.quote_start` / `quote_end`) index into `text`.
    """

    name = models.CharField(max_length=255, help_text="File name of the article, e.g. 000_32dfb83c7dd7f389.txt")
    title = models.CharField(max_length=500, blank=True)
    publisher = models.CharField(max_length=100, blank=True, help_text="Agency or outlet credited (AFP, BBC...)")
    language = models.CharField(max_length=8, blank=True, help_text="ISO 639-1 code detected from the text")
    published_on = models.DateField(null=True, blank=True)
    published_precision = models.CharField(
        max_length=8, choices=DatePrecision.choices, default=DatePrecision.UNKNOWN
    )
    text = models.TextField(help_text="The article text exactly as decoded from the file")
    sha256 = models.CharField(max_length=64, help_text="SHA-256 of the raw bytes")
    extraction_note = models.TextField(blank=True, help_text="Why the extraction found nothing, when it did not")
    ingested_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["name"], name="source_unique_name"),
            models.UniqueConstraint(fields=["sha256"], name="source_unique_sha256"),
        ]
        indexes = [models.Index(fields=["published_on"], name="source_published_on_idx")]

    def __str__(self) -> str:
        return self.name


class Locality(TimestampedModel):
    """A place: village, town, city, region or country, with its spellings and coordinates.

    `name` is the canonical English / GeoNames spelling (Kupiansk), `name_fr` the French one (Koupiansk),
    `name_native` the local script (Куп'янськ). A place that no offline gazetteer knows is created with its
    region's centroid and `geo_precision = region`: curators see it as "needs geocoding".
    """

    name = models.CharField(max_length=200, db_index=True)
    name_fr = models.CharField(max_length=200, blank=True)
    name_native = models.CharField(max_length=200, blank=True)
    alternate_names = models.JSONField(default=list, blank=True)
    search_names = models.TextField(
        blank=True, editable=False, help_text="Folded spellings separated by '|', for lookups in any spelling"
    )
    kind = models.CharField(max_length=16, choices=LocalityKind.choices, default=LocalityKind.VILLAGE)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    country_code = models.CharField(max_length=2, blank=True, db_index=True, help_text="ISO 3166-1 alpha-2")
    iso_code = models.CharField(max_length=10, blank=True, help_text="ISO 3166-2 code of a region")
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    geo_precision = models.CharField(max_length=8, choices=GeoPrecision.choices, default=GeoPrecision.EXACT)
    geonames_id = models.BigIntegerField(null=True, blank=True)
    gazetteer_key = models.CharField(
        max_length=255, help_text="Natural key from the extraction: geonames:<id>, iso:<code> or unresolved:..."
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["name", "id"]
        verbose_name_plural = "localities"
        constraints = [
            models.UniqueConstraint(fields=["gazetteer_key"], name="locality_unique_gazetteer_key"),
            models.UniqueConstraint(
                fields=["geonames_id"], condition=Q(geonames_id__isnull=False), name="locality_unique_geonames_id"
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True) | Q(latitude__gte=-90, latitude__lte=90),
                name="locality_latitude_range",
            ),
            models.CheckConstraint(
                condition=Q(longitude__isnull=True) | Q(longitude__gte=-180, longitude__lte=180),
                name="locality_longitude_range",
            ),
        ]
        indexes = [
            models.Index(fields=["latitude", "longitude"], name="locality_lat_lon_idx"),
            models.Index(fields=["kind"], name="locality_kind_idx"),
            models.Index(fields=["geo_precision"], name="locality_geo_precision_idx"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def needs_geocoding(self) -> bool:
        return self.geo_precision != GeoPrecision.EXACT and self.kind not in (
            LocalityKind.REGION,
            LocalityKind.COUNTRY,
        )


class LocalityKey(models.Model):
    """A gazetteer key that now names another place: kept when curators merge duplicates, so that a later
    ingest meeting the merged-away key attaches to the surviving place instead of re-creating the duplicate."""

    key = models.CharField(max_length=255)
    locality = models.ForeignKey(Locality, on_delete=models.CASCADE, related_name="merged_keys")

    class Meta:
        ordering = ["key"]
        constraints = [models.UniqueConstraint(fields=["key"], name="localitykey_unique_key")]

    def __str__(self) -> str:
        return f"{self.key} -> {self.locality_id}"


class Actor(TimestampedModel):
    """A claimant or belligerent: a ministry, a person, an army, a government, a medium."""

    name = models.CharField(max_length=200)
    side = models.CharField(max_length=8, choices=Side.choices, db_index=True)
    kind = models.CharField(max_length=16, choices=ActorKind.choices, default=ActorKind.OTHER)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["name", "side"], name="actor_unique_name_side")]

    def __str__(self) -> str:
        return f"{self.name} ({self.side})"


class Event(TimestampedModel):
    """Something that happened (or is said to have happened): one record, however many articles tell it.

    `actor_side` is the side that performed the event. `quantities` holds the numbers stated
    (killed, wounded, prisoners, drones, localities, area_km2, civilians, waves, battalions...).
    """

    event_type = models.CharField(max_length=24, choices=EventType.choices)
    # NULL, not "": "no side performed it" (displacement, agreements) is a value clients filter on as null.
    actor_side = models.CharField(max_length=8, choices=Side.choices, null=True, blank=True)  # noqa: DJ001
    localities = models.ManyToManyField(Locality, blank=True, related_name="events")
    region = models.ForeignKey(
        Locality, null=True, blank=True, on_delete=models.SET_NULL, related_name="region_events"
    )
    country_code = models.CharField(max_length=2, blank=True, help_text="ISO 3166-1 alpha-2")
    occurred_on = models.DateField(null=True, blank=True)
    occurred_precision = models.CharField(
        max_length=8, choices=DatePrecision.choices, default=DatePrecision.UNKNOWN
    )
    quantities = models.JSONField(default=dict, blank=True)
    summary = models.CharField(max_length=500, blank=True)
    curated = models.BooleanField(default=False, help_text="Edited by a curator: a re-ingest never overwrites it")
    # Derived from the claims (events.contested keeps it true): stored so that `contested=true` is a column test,
    # not a grouping of every claim (4 s at a million claims).
    contested = models.BooleanField(
        default=False,
        editable=False,
        help_text="Claims of opposing stance, or from both camps (RU/KP and UA); rejected claims do not count",
    )
    history = HistoricalRecords(m2m_fields=[localities])

    class Meta:
        ordering = ["-occurred_on", "id"]
        indexes = [
            models.Index(fields=["event_type", "occurred_on"], name="event_type_occurred_idx"),
            models.Index(fields=["occurred_on", "id"], name="event_occurred_id_idx"),
            models.Index(fields=["actor_side"], name="event_actor_side_idx"),
            models.Index(fields=["id"], condition=Q(contested=True), name="event_contested_idx"),
        ]

    def __str__(self) -> str:
        where = self.region.name if self.region_id and self.region else ""
        return f"{self.get_event_type_display()} by {self.actor_side or '?'} {where} {self.occurred_on or ''}".strip()


class PlaceClaims(models.Model):
    """Stored: what `/api/claims/places/` says of a place with no filter, kept equal to the claims.

    One row per place with claims (an event with no place of its own counts at its region): its claims, those about
    contested events, and its latest control event. events.place_claims keeps it up to date (signals and the bulk
    writers, as for Event.contested), so that the explorer's first view reads a few thousand rows instead of
    counting every claim (1.4 s at a million claims). Coordinates and names are read from the place itself.
    Empty control fields (blank type) when the place has no control claim.
    """

    locality = models.OneToOneField(Locality, primary_key=True, on_delete=models.CASCADE, related_name="+")
    claims_count = models.PositiveIntegerField()
    contested_claims_count = models.PositiveIntegerField()
    # The latest control event, with the fields the map shows copied (a join to a third of a million events cost
    # more than the rest of the read): any write to that event refreshes this row. No foreign key constraint nor
    # cascade: an event with claims cannot be deleted (Claim.event is PROTECT), and deleting its claims first
    # refreshes this row.
    control_event = models.ForeignKey(
        Event, null=True, blank=True, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    control_event_type = models.CharField(max_length=24, choices=EventType.choices, blank=True)
    control_actor_side = models.CharField(max_length=8, choices=Side.choices, null=True, blank=True)  # noqa: DJ001
    control_occurred_on = models.DateField(null=True, blank=True)
    control_contested = models.BooleanField(default=False)

    class Meta:
        verbose_name_plural = "place claims"

    def __str__(self) -> str:
        return f"place {self.locality_id}: {self.claims_count} claims"


class Claim(TimestampedModel):
    """Who asserts, denies or acknowledges an event, in which article, with the verbatim quote.

    `quote == source.text[quote_start:quote_end]`. One claim per (source, claimant, event).
    """

    event = models.ForeignKey(Event, on_delete=models.PROTECT, related_name="claims")
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="claims")
    claimant = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="claims")
    stance = models.CharField(max_length=16, choices=Stance.choices, default=Stance.ASSERTS)
    claimed_on = models.DateField(null=True, blank=True)
    claimed_precision = models.CharField(
        max_length=8, choices=DatePrecision.choices, default=DatePrecision.UNKNOWN
    )
    quote = models.TextField()
    quote_start = models.PositiveIntegerField()
    quote_end = models.PositiveIntegerField()
    review_status = models.CharField(
        max_length=16, choices=ReviewStatus.choices, default=ReviewStatus.UNREVIEWED, db_index=True
    )
    curator_note = models.TextField(blank=True)
    curated = models.BooleanField(default=False, help_text="Edited by a curator: a re-ingest never overwrites it")
    history = HistoricalRecords()

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["source", "claimant", "event"], name="claim_unique_source_claimant_event"),
            models.CheckConstraint(condition=Q(quote_end__gt=F("quote_start")), name="claim_quote_span_not_empty"),
        ]
        indexes = [
            models.Index(fields=["claimed_on", "id"], name="claim_claimed_on_id_idx"),
            models.Index(fields=["stance"], name="claim_stance_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.claimant} {self.stance} {self.event.event_type}"


class DataVersion(models.Model):
    """One row whose `version` grows with every committed change to the records: the API's cached responses
    are keyed by it, so a write invalidates them all at once (events.data_version)."""

    version = models.BigIntegerField(default=0)
    changed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "data version"

    def __str__(self) -> str:
        return f"version {self.version}"
