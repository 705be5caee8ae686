"""Read side: querysets with their related-object loading, shared by the API and the admin."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connections
from django.db.models import (
    Case,
    Exists,
    ExpressionWrapper,
    FloatField,
    IntegerField,
    Max,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Cos, Power, Radians, Sin
from django.db.models.sql.where import WhereNode

from events.choices import EventType, LocalityKind, ReviewStatus, Side, Stance
from events.extraction.places import fold
from events.models import Actor, Claim, Event, Locality, Source

# Belligerent camps: an event claimed by both camps is contested. KP fights on the Russian side.
RU_CAMP: tuple[str, ...] = (Side.RU, Side.KP)
UA_CAMP: tuple[str, ...] = (Side.UA,)

# The events that say who holds a place: what a place's timeline shows.
CONTROL_EVENT_TYPES: tuple[str, ...] = (
    EventType.CAPTURE,
    EventType.WITHDRAWAL,
    EventType.ATTACK_REPELLED,
    EventType.TERRITORIAL_CONTROL,
    EventType.ENCIRCLEMENT,
)

CLAIM_SEARCH_FIELDS = ("quote", "claimant__name", "source__title")
SEARCH_CONFIG = "french"
EARTH_RADIUS_KM = 6371.0088


class SubqueryCount(Subquery):
    """COUNT(*) of a correlated subquery: one number per row, computed only for the rows of the page."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) _count)"
    output_field = IntegerField()


# ---------------------------------------------------------------------------------------------
# Lists and details: what each representation needs, in a fixed number of queries
# ---------------------------------------------------------------------------------------------


# The columns of a place as other records embed it (the API's brief place, the exports' place columns).
LOCALITY_BRIEF_FIELDS = (
    "id", "name", "name_fr", "name_native", "kind", "country_code", "latitude", "longitude", "geo_precision",
)
# What a claim shows in lists and exports, as the keys of a `.values()` row (events.api.representations reads
# them): its own columns, its source without the text, its claimant, its event and the event's region.
CLAIM_ROW_FIELDS = (
    "id", "stance", "quote", "quote_start", "quote_end", "claimed_on", "claimed_precision", "review_status",
    "curator_note", "curated", "created_at", "updated_at",
    "source__id", "source__name", "source__title", "source__publisher", "source__language", "source__published_on",
    "source__published_precision",
    "claimant__id", "claimant__name", "claimant__side", "claimant__kind",
    "event__id", "event__event_type", "event__actor_side", "event__country_code", "event__occurred_on",
    "event__occurred_precision", "event__quantities", "event__summary",
    *(f"event__region__{name}" for name in LOCALITY_BRIEF_FIELDS),
)
# The same for QuerySet.only() on instances, which names the foreign keys select_related follows rather than
# the related rows' ids ("source" for "source__id").
CLAIM_FEED_FIELDS = tuple(name.removesuffix("__id") for name in CLAIM_ROW_FIELDS)


def _ordered_localities(lookup: str = "localities", *, brief: bool = False) -> Prefetch:
    places = Locality.objects.order_by("name", "id")
    return Prefetch(lookup, queryset=places.only(*LOCALITY_BRIEF_FIELDS) if brief else places)


def claim_list() -> QuerySet[Claim]:
    """Claims with source (without its text), claimant, event, region and the event's places: 2 queries."""
    return (
        Claim.objects.select_related("source", "claimant", "event", "event__region")
        .defer("source__text")
        .prefetch_related(_ordered_localities("event__localities"))
    )


def claim_feed() -> QuerySet[Claim]:
    """claim_list() reading only the columns the API's lists and exports show: 2 queries.

    Parsing the unused columns (the timestamps and search names of five tables) was a third of a page's time.
    Read-only: an instance with deferred fields saves only its loaded fields, so edits use claim_list().
    """
    return (
        Claim.objects.select_related("source", "claimant", "event", "event__region")
        .only(*CLAIM_FEED_FIELDS)
        .prefetch_related(_ordered_localities("event__localities", brief=True))
    )


def by_keys(queryset: QuerySet, keys: Sequence[int]) -> QuerySet:
    """The rows of `queryset` whose primary key is in `keys`, without its filters nor its order.

    For late row lookup: the filters chose the keys already (in a narrow query the database can stop early), and
    run again their subqueries (a whole region's events, the ids of a text search...) would cost as much as the
    first time. The joins the filters added stay: every row of `keys` satisfies them (a join over a many-valued
    relation may repeat a row; callers key the rows by primary key).
    """
    rows = queryset.order_by()
    rows.query.where = WhereNode()
    return rows.filter(pk__in=list(keys))


def claim_rows(claims: QuerySet[Claim]) -> QuerySet:
    """Claims (filtered) as `.values()` rows of CLAIM_ROW_FIELDS: one query, no model instances.

    A page of lists is read this way; its events' places come from places_of_events().
    """
    return claims.prefetch_related(None).values(*CLAIM_ROW_FIELDS)


def places_of_events(event_ids: Iterable[int]) -> dict[int, list[dict]]:
    """The places of each event, as dicts of LOCALITY_BRIEF_FIELDS ordered by name: one query."""
    ids = sorted(set(event_ids))
    places: dict[int, list[dict]] = {pk: [] for pk in ids}
    if not ids:
        return places
    links = (
        Event.localities.through.objects.filter(event_id__in=ids)
        .order_by("locality__name", "locality_id")
        .values_list("event_id", *(f"locality__{name}" for name in LOCALITY_BRIEF_FIELDS))
    )
    for event_id, *values in links:
        places[event_id].append(dict(zip(LOCALITY_BRIEF_FIELDS, values, strict=True)))
    return places


def contested_event_ids() -> QuerySet:
    """Ids of the contested events, in one grouped pass over the claims (narrow it with .filter(event_id__in=)).

    An event is contested when its claims have opposing stances (one denies, another asserts or acknowledges)
    or come from both camps (RU_CAMP and UA_CAMP); rejected claims do not count (a curator has said they are
    extraction mistakes). events.contested stores the result on each event.
    """
    def having(**condition) -> Max:
        return Max(Case(When(then=Value(1), **condition), default=Value(0), output_field=IntegerField()))

    return (
        Claim.objects.exclude(review_status=ReviewStatus.REJECTED)
        .order_by()
        .values("event_id")
        .annotate(
            denied=having(stance=Stance.DENIES),
            affirmed=having(stance__in=[Stance.ASSERTS, Stance.ACKNOWLEDGES]),
            by_ru_camp=having(claimant__side__in=RU_CAMP),
            by_ua_camp=having(claimant__side__in=UA_CAMP),
        )
        .filter(Q(denied=1, affirmed=1) | Q(by_ru_camp=1, by_ua_camp=1))
        .values("event_id")
    )


def _claims_of_event() -> QuerySet[Claim]:
    return Claim.objects.filter(event_id=OuterRef("pk")).order_by()


def event_list() -> QuerySet[Event]:
    """Events with region, places, claim and source counts, and their claimants' sides (claims_with_sides):
    3 queries. `contested` is a column (events.contested keeps it up to date)."""
    return (
        Event.objects.select_related("region")
        .prefetch_related(
            _ordered_localities(brief=True),
            Prefetch(
                "claims",
                queryset=Claim.objects.select_related("claimant").only("event", "claimant__side").order_by("id"),
                to_attr="claims_with_sides",
            ),
        )
        .annotate(
            claims_count=SubqueryCount(_claims_of_event().values("pk")),
            sources_count=SubqueryCount(_claims_of_event().values("source_id").distinct()),
        )
    )


def event_export() -> QuerySet[Event]:
    """event_list() plus every claim with its source and claimant, for the ACLED export (source, notes)."""
    return event_list().prefetch_related(
        Prefetch(
            "claims",
            queryset=Claim.objects.select_related("source", "claimant")
            .only("event", "stance", "quote", "source__name", "source__publisher", "claimant__name", "claimant__side")
            .order_by("id"),
            to_attr="claims_for_export",
        )
    )


def _linked_event_ids() -> QuerySet:
    return Event.localities.through.objects.filter(locality_id=OuterRef("pk")).order_by().values("event_id")


def _region_event_ids() -> QuerySet:
    return Event.objects.filter(region_id=OuterRef("pk")).order_by().values("pk")


def locality_list() -> QuerySet[Locality]:
    """Places with their parent and the number of events at them (as a place or as the event's region).

    The count is over a UNION of two index lookups (the events linked to the place, the events of the region):
    an OR of the two conditions scanned every event for every place of the page (4.5 s for 100 places at a
    million claims, 0.3 s this way, most of it counting the largest regions' events).
    """
    events = _linked_event_ids().union(_region_event_ids())
    return Locality.objects.select_related("parent").annotate(events_count=SubqueryCount(events))


def has_events_q() -> Q:
    """Places with at least one event (as one of its places or as its region), without counting them."""
    return Q(Exists(_linked_event_ids())) | Q(Exists(_region_event_ids()))


def source_list() -> QuerySet[Source]:
    """Sources without their (long) text, with their number of claims."""
    return Source.objects.defer("text").annotate(
        claims_count=SubqueryCount(Claim.objects.filter(source_id=OuterRef("pk")).order_by().values("pk"))
    )


def source_detail() -> QuerySet[Source]:
    """A source with its text and every claim's offsets in reading order: 2 queries."""
    return Source.objects.annotate(
        claims_count=SubqueryCount(Claim.objects.filter(source_id=OuterRef("pk")).order_by().values("pk"))
    ).prefetch_related(
        Prefetch(
            "claims",
            queryset=Claim.objects.select_related("claimant", "event").order_by("quote_start", "id"),
        )
    )


def source_page() -> QuerySet[Source]:
    """A source with its text, for the page that shows an article with a quote highlighted: 1 query."""
    return Source.objects.only("name", "title", "publisher", "language", "published_on", "published_precision", "text")


def sources_with_sha256(shas: Sequence[str]) -> QuerySet[Source]:
    """The sources of these checksums, as one source is read (what an ingest over HTTP answers): 2 queries."""
    return source_detail().filter(sha256__in=list(shas))


def actor_list() -> QuerySet[Actor]:
    return Actor.objects.annotate(
        claims_count=SubqueryCount(Claim.objects.filter(claimant_id=OuterRef("pk")).order_by().values("pk"))
    )


def claim_timeline(place_ids: Sequence[int]) -> QuerySet[Claim]:
    """The control claims (capture, withdrawal, attack repelled...) about places (a place and those inside it)."""
    events = Event.objects.filter(event_type__in=CONTROL_EVENT_TYPES).filter(events_at(place_ids))
    return claim_feed().filter(event__in=events.values("pk"))


def claims_to_count() -> QuerySet[Claim]:
    """Claims with nothing joined nor loaded: what the aggregates of events.explorer filter and count."""
    return Claim.objects.order_by()


def claims_deleted() -> QuerySet:
    """The history rows that record a deleted claim (simple_history keeps them)."""
    return Claim.history.filter(history_type="-").only("id", "history_id", "history_date")


def events_deleted() -> QuerySet:
    return Event.history.filter(history_type="-").only("id", "history_id", "history_date")


# ---------------------------------------------------------------------------------------------
# Lookups used by the filters
# ---------------------------------------------------------------------------------------------


def locality_spelling_q(text: str, *, exact: bool) -> Q:
    """Places spelt `text` in any of their spellings (folded: case, accents, apostrophes, hyphens ignored).

    `exact` matches a whole spelling (Kupiansk does not find Kupiansk-Vuzlovyi); otherwise any part of one.
    """
    folded = fold(text.replace("|", " "))
    if not folded:
        return Q(pk__in=[])
    raw = text.strip()
    if exact:
        return (
            Q(search_names__contains=f"|{folded}|")
            | Q(name__iexact=raw)
            | Q(name_fr__iexact=raw)
            | Q(name_native__iexact=raw)
        )
    return (
        Q(search_names__contains=folded)
        | Q(name__icontains=raw)
        | Q(name_fr__icontains=raw)
        | Q(name_native__icontains=raw)
    )


def localities_with_descendants(places: QuerySet[Locality]) -> QuerySet[Locality]:
    """The places and everything inside them: a country's regions and their villages, a region's villages."""
    # A UNION of three index lookups: an OR of the three conditions was a sequential scan of every place.
    ids = places.order_by().values("pk")
    inside = (
        Locality.objects.filter(pk__in=ids).order_by().values("pk")
        .union(Locality.objects.filter(parent_id__in=ids).order_by().values("pk"))
        .union(Locality.objects.filter(parent__parent_id__in=ids).order_by().values("pk"))
    )
    return Locality.objects.filter(pk__in=inside)


def regions_named(text: str) -> QuerySet[Locality]:
    return Locality.objects.filter(kind=LocalityKind.REGION).filter(locality_spelling_q(text, exact=True))


def place_ids(places: QuerySet[Locality]) -> list[int]:
    """The ids of a set of places, evaluated now (one small query on the places table).

    Filters hand literal ids to the events query: with a subquery there (a LIKE on spellings, a haversine)
    PostgreSQL cannot estimate how few places match and picks plans that scan every claim.
    """
    return list(places.values_list("pk", flat=True))


def event_ids_at(ids: Sequence[int], *, region_only_as_fallback: bool = False) -> QuerySet:
    """Ids of the events at one of the places `ids`: through their localities, or through their region.

    With `region_only_as_fallback` (geographic filters), the region counts only for an event that has no
    locality of its own: its region's centroid is then the only position it has.
    A UNION rather than an OR: PostgreSQL estimates each half well, but not an OR with a subquery in it.
    """
    through = Event.localities.through.objects
    by_region = Event.objects.filter(region_id__in=ids)
    if region_only_as_fallback:
        by_region = by_region.filter(~Q(Exists(through.filter(event_id=OuterRef("pk")))))
    return through.filter(locality_id__in=ids).values("event_id").union(by_region.order_by().values("pk"))


def events_at(ids: Sequence[int], *, region_only_as_fallback: bool = False) -> Q:
    """The condition on Event of event_ids_at()."""
    return Q(pk__in=event_ids_at(ids, region_only_as_fallback=region_only_as_fallback))


def localities_in_bbox(min_lon: float, min_lat: float, max_lon: float, max_lat: float) -> QuerySet[Locality]:
    """Places in the box; a box whose western edge lies east of its eastern one crosses the antimeridian (as in
    GeoJSON, RFC 7946 5.2), and one whose southern edge lies north of its northern one holds nothing."""
    in_latitude = Q(latitude__gte=min_lat, latitude__lte=max_lat)
    if min_lon <= max_lon:
        return Locality.objects.filter(in_latitude, longitude__gte=min_lon, longitude__lte=max_lon)
    return Locality.objects.filter(in_latitude & (Q(longitude__gte=min_lon) | Q(longitude__lte=max_lon)))


def localities_near(lat: float, lon: float, radius_km: float) -> QuerySet[Locality]:
    """Places within `radius_km` of (lat, lon), great-circle distance (haversine), on any database.

    A bounding box first narrows the rows with the (latitude, longitude) index; the haversine test compares
    hav(d/R) with hav(radius/R), so no arc sine (whose domain errors rounding could trigger) is needed.
    """
    dlat = math.degrees(radius_km / EARTH_RADIUS_KM)
    qs = Locality.objects.filter(
        latitude__isnull=False, longitude__isnull=False,
        latitude__gte=max(-90.0, lat - dlat), latitude__lte=min(90.0, lat + dlat),
    )
    cos_lat = math.cos(math.radians(lat))
    if cos_lat > 1e-6:
        dlon = dlat / cos_lat
        if dlon < 180 and -180 <= lon - dlon and lon + dlon <= 180:
            qs = qs.filter(longitude__gte=lon - dlon, longitude__lte=lon + dlon)
    lat_r, lon_r = math.radians(lat), math.radians(lon)
    hav = Power(Sin((Radians("latitude") - Value(lat_r)) / 2), 2) + Value(cos_lat) * Cos(Radians("latitude")) * Power(
        Sin((Radians("longitude") - Value(lon_r)) / 2), 2
    )
    limit = math.sin(min(radius_km / EARTH_RADIUS_KM, math.pi) / 2) ** 2
    return qs.alias(haversine=ExpressionWrapper(hav, output_field=FloatField())).filter(haversine__lte=limit)


def actor_ids_named(text: str) -> list[int]:
    """Ids of the actors whose name contains `text`, ignoring case and accents (folded in Python: the
    actors table is small, and neither SQLite nor PostgreSQL without `unaccent` folds accents)."""
    needle = fold(text)
    if not needle:
        return []
    return [pk for pk, name in Actor.objects.values_list("pk", "name") if needle in fold(name)]


def search_terms(text: str) -> list[str]:
    return re.findall(r"\w+", text)[:20]


def text_search(queryset: QuerySet, fields: Sequence[str], text: str) -> QuerySet:
    """Full-text search: PostgreSQL's French configuration (stemming, stop words, websearch syntax such as
    "exact phrase", -word, or), or, on other databases, every word contained in one of the fields."""
    if connections[queryset.db].vendor == "postgresql":
        # One subquery per field, each matching the GIN expression index of its table (migration 0004): a single
        # vector over joined columns could use no index and scanned every row.
        query = SearchQuery(text, config=SEARCH_CONFIG, search_type="websearch")
        base = queryset.model._default_manager.using(queryset.db).order_by()
        condition = Q()
        for field in fields:
            matching = base.alias(search_document=SearchVector(field, config=SEARCH_CONFIG)).filter(
                search_document=query
            )
            condition |= Q(pk__in=matching.values("pk"))
        return queryset.filter(condition)
    condition = Q()
    for term in search_terms(text):
        any_field = Q()
        for field in fields:
            any_field |= Q(**{f"{field}__icontains": term})
        condition &= any_field
    return queryset.filter(condition)

