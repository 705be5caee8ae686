"""Exports: flat CSV and GeoJSON (one row or Point per record x place) and an ACLED-style CSV of events.

An export is the whole filtered set, not a page. It is streamed: the records are read in keyset chunks (the
primary keys in the export's order, then each chunk's rows and their related objects by those keys) and leave
as text chunk by chunk, so memory stays flat however large it is, and the first bytes leave after one chunk.

Why not a database cursor: outside a transaction Django declares PostgreSQL's server-side cursor WITH HOLD,
and PostgreSQL then materialises the whole result before the first row (5 s for the 1.25M rows of the claims
export, before a byte was sent). A keyset chunk is `WHERE id > last ORDER BY id LIMIT n`, one index range.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pycountry
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import F, Model, OrderBy, Q, QuerySet
from django.http import StreamingHttpResponse
from rest_framework.renderers import BaseRenderer

from events import selectors
from events.choices import DatePrecision, EventType, GeoPrecision, LocalityKind, Side, Stance
from events.models import Claim, Event, Locality

# Records fetched, with their related objects, per query. Looked up by 500 ids, the claims and their event,
# source and claimant are index lookups (7 ms, and 3 ms for the events' places, at 1M claims); from about 1,000
# ids on, PostgreSQL's estimates switch to hash joins over the whole events table (13-50 ms for 2,000 ids).
EXPORT_CHUNK_SIZE = 500
# Primary keys read per query of the key pass: more than a chunk, so that an ordering on a joined column (whose
# keyset query sorts what remains of the set) is sorted once per this many rows.
EXPORT_KEYS_PER_QUERY = 20_000
ROWS_PER_WRITE = 500


class CSVRenderer(BaseRenderer):
    """Selects `?format=csv`. List views stream the body themselves (ExportMixin); this renders the rest."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data: Any, accepted_media_type: str | None = None, renderer_context: dict | None = None) -> bytes:
        rows = data if isinstance(data, list) else [data]
        dict_rows = [row for row in rows if isinstance(row, dict)]
        columns = list(dict_rows[0]) if dict_rows else []
        return "".join(_csv_lines(columns, dict_rows)).encode()


class GeoJSONRenderer(BaseRenderer):
    """Selects `?format=geojson`. List views stream the body themselves (ExportMixin)."""

    media_type = "application/geo+json"
    format = "geojson"
    charset = None

    def render(self, data: Any, accepted_media_type: str | None = None, renderer_context: dict | None = None) -> bytes:
        return json.dumps(data, cls=DjangoJSONEncoder).encode()


# ---------------------------------------------------------------------------------------------
# Rows
# ---------------------------------------------------------------------------------------------

PLACE_COLUMNS = [
    "locality_id", "locality_name", "locality_name_fr", "locality_kind", "latitude", "longitude", "geo_precision",
]


def event_places(event: Event) -> list[Locality | None]:
    """Where an event is: its places, else its region (its centroid), else nowhere (one row, no position)."""
    places = list(event.localities.all())
    if places:
        return places
    return [event.region] if event.region_id else [None]


def _place_columns(place: Locality | None) -> dict[str, Any]:
    if place is None:
        return dict.fromkeys(PLACE_COLUMNS)
    return {
        "locality_id": place.pk,
        "locality_name": place.name,
        "locality_name_fr": place.name_fr,
        "locality_kind": place.kind,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "geo_precision": place.geo_precision,
    }


def _quantities(event: Event) -> str:
    return json.dumps(event.quantities or {}, sort_keys=True, ensure_ascii=False)


def claimant_sides(event: Event) -> list[str]:
    """The sides of the claimants of an event, from the claims event_list() prefetches."""
    return sorted({claim.claimant.side for claim in getattr(event, "claims_with_sides", [])})


CLAIM_COLUMNS = [
    "claim_id", "stance", "quote", "quote_start", "quote_end", "claimed_on", "claimed_precision", "review_status",
    "curated", "claimant_id", "claimant_name", "claimant_side", "claimant_kind", "source_id", "source_name",
    "source_title", "source_publisher", "source_published_on", "source_published_precision", "event_id",
    "event_type", "actor_side", "occurred_on", "occurred_precision", "country_code", "region_id", "region_name",
    "quantities", *PLACE_COLUMNS, "created_at", "updated_at",
]


def _event_columns(event: Event) -> dict[str, Any]:
    """The event's own columns, shared by the claim rows and the event rows."""
    return {
        "event_id": event.pk,
        "event_type": event.event_type,
        "actor_side": event.actor_side,
        "occurred_on": event.occurred_on,
        "occurred_precision": event.occurred_precision,
        "country_code": event.country_code,
        "region_id": event.region_id,
        "region_name": event.region.name if event.region_id else None,
        "quantities": _quantities(event),
    }


def claim_rows(claim: Claim) -> Iterator[dict[str, Any]]:
    event, source, claimant = claim.event, claim.source, claim.claimant
    base = {
        "claim_id": claim.pk,
        "stance": claim.stance,
        "quote": claim.quote,
        "quote_start": claim.quote_start,
        "quote_end": claim.quote_end,
        "claimed_on": claim.claimed_on,
        "claimed_precision": claim.claimed_precision,
        "review_status": claim.review_status,
        "curated": claim.curated,
        "claimant_id": claimant.pk,
        "claimant_name": claimant.name,
        "claimant_side": claimant.side,
        "claimant_kind": claimant.kind,
        "source_id": source.pk,
        "source_name": source.name,
        "source_title": source.title,
        "source_publisher": source.publisher,
        "source_published_on": source.published_on,
        "source_published_precision": source.published_precision,
        **_event_columns(event),
        "created_at": claim.created_at,
        "updated_at": claim.updated_at,
    }
    for place in event_places(event):
        yield {**base, **_place_columns(place)}


EVENT_COLUMNS = [
    "event_id", "event_type", "actor_side", "occurred_on", "occurred_precision", "country_code", "region_id",
    "region_name", "summary", "quantities", "claims_count", "sources_count", "contested", "claimant_sides",
    "curated", *PLACE_COLUMNS, "created_at", "updated_at",
]


def event_rows(event: Event) -> Iterator[dict[str, Any]]:
    base = {
        **_event_columns(event),
        "summary": event.summary,
        "claims_count": event.claims_count,
        "sources_count": event.sources_count,
        "contested": event.contested,
        "claimant_sides": ";".join(claimant_sides(event)),
        "curated": event.curated,
        "created_at": event.created_at,
        "updated_at": event.updated_at,
    }
    for place in event_places(event):
        yield {**base, **_place_columns(place)}


LOCALITY_COLUMNS = [
    "locality_id", "name", "name_fr", "name_native", "kind", "parent_id", "parent_name", "country_code", "iso_code",
    "latitude", "longitude", "geo_precision", "needs_geocoding", "geonames_id", "events_count", "created_at",
    "updated_at",
]


def locality_rows(place: Locality) -> Iterator[dict[str, Any]]:
    yield {
        "locality_id": place.pk,
        "name": place.name,
        "name_fr": place.name_fr,
        "name_native": place.name_native,
        "kind": place.kind,
        "parent_id": place.parent_id,
        "parent_name": place.parent.name if place.parent_id else None,
        "country_code": place.country_code,
        "iso_code": place.iso_code,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "geo_precision": place.geo_precision,
        "needs_geocoding": place.needs_geocoding,
        "geonames_id": place.geonames_id,
        "events_count": place.events_count,
        "created_at": place.created_at,
        "updated_at": place.updated_at,
    }


# ---------------------------------------------------------------------------------------------
# ACLED
# ---------------------------------------------------------------------------------------------

BATTLES, EXPLOSIONS, STRATEGIC = "Battles", "Explosions/Remote violence", "Strategic developments"
ACLED_TYPES: dict[str, tuple[str, str]] = {
    EventType.CAPTURE: (BATTLES, "Armed clash"),
    EventType.WITHDRAWAL: (STRATEGIC, "Non-violent transfer of territory"),
    EventType.OFFENSIVE: (BATTLES, "Armed clash"),
    EventType.ATTACK_REPELLED: (BATTLES, "Armed clash"),
    EventType.STRIKE: (EXPLOSIONS, "Shelling/artillery/missile attack"),
    EventType.INTERCEPTION: (STRATEGIC, "Disrupted weapons use"),
    EventType.PRISONERS: (STRATEGIC, "Other"),
    EventType.CASUALTIES: (BATTLES, "Armed clash"),
    EventType.DISPLACEMENT: (STRATEGIC, "Other"),
    EventType.DEPLOYMENT: (STRATEGIC, "Change to group/activity"),
    EventType.TERRITORIAL_CONTROL: (STRATEGIC, "Other"),
    EventType.ENCIRCLEMENT: (BATTLES, "Armed clash"),
    EventType.AGREEMENT: (STRATEGIC, "Agreement"),
}
ACLED_ACTORS = {
    Side.RU: "Military Forces of Russia (2000-)",
    Side.UA: "Military Forces of Ukraine (2019-)",
    Side.KP: "Military Forces of North Korea (2011-)",
    Side.US: "Military Forces of the United States (2021-)",
}
ACLED_OPPONENT = {Side.RU: Side.UA, Side.KP: Side.UA, Side.UA: Side.RU}
ACLED_TIME_PRECISION = {DatePrecision.DAY: 1, DatePrecision.MONTH: 3, DatePrecision.YEAR: 3, DatePrecision.UNKNOWN: 3}
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "actor2", "iso", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source",
    "notes", "fatalities", "tags", "timestamp",
]
SIDE_COUNTRY = {Side.RU: "RU", Side.UA: "UA", Side.KP: "KP", Side.US: "US"}


# ACLED's country names where they differ from ISO 3166's
ACLED_COUNTRY_NAMES = {
    "RU": "Russia", "KP": "North Korea", "KR": "South Korea", "US": "United States", "MD": "Moldova",
    "IR": "Iran", "SY": "Syria", "GB": "United Kingdom",
}


@lru_cache(maxsize=512)
def _country(alpha_2: str) -> tuple[str, str, str]:
    """(ISO numeric, alpha-3, ACLED name) of a country, blank when unknown."""
    country = pycountry.countries.get(alpha_2=alpha_2) if alpha_2 else None
    if country is None:
        return "", "", ""
    name = ACLED_COUNTRY_NAMES.get(alpha_2) or getattr(country, "common_name", country.name)
    return str(int(country.numeric)), country.alpha_3, name


def acled_type(event: Event) -> tuple[str, str, str]:
    """(disorder_type, event_type, sub_event_type) of ACLED for one of our events."""
    acled_event_type, sub_type = ACLED_TYPES.get(event.event_type, (STRATEGIC, "Other"))
    if event.event_type == EventType.CAPTURE and SIDE_COUNTRY.get(event.actor_side) == event.country_code:
        sub_type = "Government regains territory"
    if event.event_type == EventType.STRIKE and "drones" in (event.quantities or {}):
        sub_type = "Air/drone strike"
    disorder = STRATEGIC if acled_event_type == STRATEGIC else "Political violence"
    return disorder, acled_event_type, sub_type


def _acled_geo_precision(place: Locality | None) -> int:
    if place is None or place.kind in (LocalityKind.REGION, LocalityKind.COUNTRY):
        return 3
    return 1 if place.geo_precision == GeoPrecision.EXACT else 3


def _admin1(event: Event, place: Locality | None) -> str:
    """ACLED's admin1 is the oblast without the word: Kharkiv, Kursk."""
    region = event.region if event.region_id else None
    if region is None and place is not None and place.kind == LocalityKind.REGION:
        region = place
    return region.name.removesuffix(" Oblast") if region is not None else ""


def _fatalities(event: Event) -> int:
    killed = (event.quantities or {}).get("killed", 0)
    return int(killed) if isinstance(killed, int | float) and not isinstance(killed, bool) else 0


def _notes(event: Event, claims: list[Claim]) -> str:
    parts = [event.summary] if event.summary else []
    for claim in claims:
        verb = {Stance.ASSERTS: "asserts", Stance.DENIES: "denies", Stance.ACKNOWLEDGES: "acknowledges"}.get(
            claim.stance, claim.stance
        )
        parts.append(f"{claim.claimant.name} ({claim.claimant.side}) {verb}: {claim.quote}")
    return " | ".join(parts)


def acled_rows(event: Event) -> Iterator[dict[str, Any]]:
    claims = getattr(event, "claims_for_export", [])
    numeric, alpha_3, country_name = _country(event.country_code)
    disorder, acled_event_type, sub_type = acled_type(event)
    opponent = ACLED_OPPONENT.get(event.actor_side) if acled_event_type == BATTLES else None
    sources = list(dict.fromkeys((claim.source.publisher or claim.source.name) for claim in claims))
    base = {
        "event_id_cnty": f"{alpha_3 or 'XXX'}{event.pk}",
        "event_date": event.occurred_on,
        "year": event.occurred_on.year if event.occurred_on else None,
        "time_precision": ACLED_TIME_PRECISION.get(event.occurred_precision, 3),
        "disorder_type": disorder,
        "event_type": acled_event_type,
        "sub_event_type": sub_type,
        "actor1": ACLED_ACTORS.get(event.actor_side, ""),
        "actor2": ACLED_ACTORS.get(opponent, "") if opponent else "",
        "iso": numeric,
        "country": country_name,
        "source": "; ".join(sources),
        "notes": _notes(event, claims),
        "fatalities": _fatalities(event),
        "tags": "contested" if event.contested else "",
        "timestamp": int(event.updated_at.timestamp()),
    }
    for place in event_places(event):
        yield {
            **base,
            "admin1": _admin1(event, place),
            "location": place.name if place is not None else "",
            "latitude": place.latitude if place is not None else None,
            "longitude": place.longitude if place is not None else None,
            "geo_precision": _acled_geo_precision(place),
        }


# ---------------------------------------------------------------------------------------------
# Streaming
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Exporter:
    """How one resource is exported: its columns, how a record becomes rows, and the model fields those rows
    read (`fields`, for QuerySet.only(): the foreign keys select_related follows are listed too)."""

    name: str
    columns: list[str]
    rows: Callable[[Any], Iterable[dict[str, Any]]]
    fields: tuple[str, ...] = ()


# What _place_columns() reads of a place: an event's region is its place when it has none of its own.
PLACE_FIELDS = ("name", "name_fr", "kind", "latitude", "longitude", "geo_precision")
EVENT_FIELDS = (
    "event_type", "actor_side", "occurred_on", "occurred_precision", "country_code", "quantities", "summary",
    "curated", "contested", "created_at", "updated_at", "region", *(f"region__{name}" for name in PLACE_FIELDS),
)

CLAIMS = Exporter(
    "claims", CLAIM_COLUMNS, claim_rows,
    fields=(
        "stance", "quote", "quote_start", "quote_end", "claimed_on", "claimed_precision", "review_status",
        "curated", "created_at", "updated_at",
        "source", "source__name", "source__title", "source__publisher", "source__published_on",
        "source__published_precision",
        "claimant", "claimant__name", "claimant__side", "claimant__kind",
        "event", "event__event_type", "event__actor_side", "event__occurred_on", "event__occurred_precision",
        "event__country_code", "event__quantities", "event__region",
        *(f"event__region__{name}" for name in PLACE_FIELDS),
    ),
)
EVENTS = Exporter("events", EVENT_COLUMNS, event_rows, fields=EVENT_FIELDS)
LOCALITIES = Exporter(
    "localities", LOCALITY_COLUMNS, locality_rows,
    fields=(
        "name", "name_fr", "name_native", "kind", "country_code", "iso_code", "latitude", "longitude",
        "geo_precision", "geonames_id", "created_at", "updated_at", "parent", "parent__name",
    ),
)
ACLED = Exporter("events_acled", ACLED_COLUMNS, acled_rows, fields=EVENT_FIELDS)


def _iso(value: dt.date | dt.datetime) -> str:
    """Dates as YYYY-MM-DD, timestamps as the JSON API writes them: ISO 8601 with Z for UTC."""
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


class _Encoder(DjangoJSONEncoder):
    def default(self, o: Any) -> Any:
        if isinstance(o, dt.date | dt.datetime):
            return _iso(o)
        return super().default(o)


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date | dt.datetime):
        return _iso(value)
    return value


def _csv_lines(columns: list[str], rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for count, row in enumerate(rows, start=1):
        writer.writerow([_cell(row.get(column)) for column in columns])
        if count % ROWS_PER_WRITE == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


@dataclass(frozen=True)
class Keyset:
    """An export's order as a keyset: `path` (None: the primary key alone) then the primary key, both ascending
    or both descending, NULLs last (the order of filters.OrderingSpec.order_by(), and of the API's pages)."""

    path: str | None
    descending: bool
    nullable: bool


def _nullable(model: type[Model], path: str) -> bool:
    """Whether `path` (a field, or fields across relations) may be NULL on a row of `model`."""
    for part in path.split("__"):
        field = model._meta.get_field(part)
        if field.null:
            return True
        if field.is_relation:
            model = field.related_model
    return False


def keyset_of(queryset: QuerySet) -> Keyset | None:
    """The keyset of a queryset ordered by [pk] or [F(path) NULLS LAST, pk] (same direction), else None."""
    query = queryset.query
    if query.is_sliced or query.distinct or query.combinator or not query.order_by:
        return None
    *by_value, last = query.order_by
    if not isinstance(last, str) or last.lstrip("-") not in ("pk", queryset.model._meta.pk.name):
        return None
    descending = last.startswith("-")
    if not by_value:
        return Keyset(None, descending, nullable=False)
    if len(by_value) != 1:
        return None
    order = by_value[0]
    if not (isinstance(order, OrderBy) and isinstance(order.expression, F) and order.descending == descending):
        return None
    path = order.expression.name
    nullable = _nullable(queryset.model, path)
    if nullable and not order.nulls_last:
        return None
    return Keyset(path, descending, nullable)


def _pk_chunks(queryset: QuerySet, *, descending: bool) -> Iterator[list[int]]:
    """The primary keys of `queryset` in pk order, each query continuing after the last key of the one before."""
    pk_order, after = ("-pk", "pk__lt") if descending else ("pk", "pk__gt")
    last = None
    while True:
        page = queryset if last is None else queryset.filter(**{after: last})
        pks = list(page.order_by(pk_order).values_list("pk", flat=True)[:EXPORT_KEYS_PER_QUERY])
        if pks:
            yield pks
        if len(pks) < EXPORT_KEYS_PER_QUERY:
            return
        last = pks[-1]


def _key_chunks(queryset: QuerySet, keyset: Keyset) -> Iterator[list[int]]:
    """The primary keys of the filtered set in the export's order, EXPORT_KEYS_PER_QUERY at a time.

    Each query continues after the last (value, pk) of the one before: `value >= v AND (value > v OR pk > k)`,
    a range on the (value, id) index. Rows whose value is NULL come last, in pk order, as on the API's pages.
    """
    keys = queryset.order_by().prefetch_related(None)
    if keyset.path is None:
        yield from _pk_chunks(keys, descending=keyset.descending)
        return
    path, descending = keyset.path, keyset.descending
    valued = keys.filter(**{f"{path}__isnull": False}) if keyset.nullable else keys
    beyond, beyond_or_equal, pk_beyond = ("lt", "lte", "pk__lt") if descending else ("gt", "gte", "pk__gt")
    order = [F(path).desc() if descending else F(path).asc(), "-pk" if descending else "pk"]
    after: tuple[Any, int] | None = None
    while True:
        page = valued
        if after is not None:
            value, pk = after
            page = page.filter(
                Q(**{f"{path}__{beyond_or_equal}": value}) & (Q(**{f"{path}__{beyond}": value}) | Q(**{pk_beyond: pk}))
            )
        rows = list(page.order_by(*order).values_list(path, "pk")[:EXPORT_KEYS_PER_QUERY])
        if rows:
            yield [pk for _, pk in rows]
        if len(rows) < EXPORT_KEYS_PER_QUERY:
            break
        after = rows[-1]
    if keyset.nullable:
        yield from _pk_chunks(keys.filter(**{f"{path}__isnull": True}), descending=descending)


def _records(queryset: QuerySet, fields: tuple[str, ...] = ()) -> Iterator[Any]:
    """The records of `queryset` in its order, EXPORT_CHUNK_SIZE at a time, with their related objects."""
    keyset = keyset_of(queryset)
    if fields:
        queryset = queryset.only(*fields)
    if keyset is None:
        # An order the key pass does not know: the database's cursor, which keeps any order.
        yield from queryset.iterator(chunk_size=EXPORT_CHUNK_SIZE)
        return
    for keys in _key_chunks(queryset, keyset):
        for start in range(0, len(keys), EXPORT_CHUNK_SIZE):
            chunk = keys[start : start + EXPORT_CHUNK_SIZE]
            # One query for the rows (and one per prefetch), put back in the export's order; a row deleted
            # since its key was read is left out.
            found = {record.pk: record for record in selectors.by_keys(queryset, chunk)}
            yield from (found[pk] for pk in chunk if pk in found)


def _all_rows(exporter: Exporter, queryset: QuerySet) -> Iterator[dict[str, Any]]:
    for record in _records(queryset, exporter.fields):
        yield from exporter.rows(record)


def _started(rows: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """`rows` with its first row read now, in the view: a database that cannot be reached (or a first query cut
    by the statement timeout) is then answered by the API's error handler as a JSON 503, not by the WSGI
    server's own error page once streaming has begun. A failure later in the stream can only cut it short."""
    first = next(rows, None)
    return rows if first is None else itertools.chain([first], rows)


def _feature(row: dict[str, Any]) -> dict[str, Any]:
    lat, lon = row.get("latitude"), row.get("longitude")
    geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
    return {"type": "Feature", "geometry": geometry, "properties": row}


def _geojson_chunks(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    encoder = _Encoder(ensure_ascii=False, separators=(",", ":"))
    yield '{"type":"FeatureCollection","features":['
    batch: list[str] = []
    first = True
    for row in rows:
        batch.append(encoder.encode(_feature(row)))
        if len(batch) == ROWS_PER_WRITE:
            yield ("" if first else ",") + ",".join(batch)
            first, batch = False, []
    if batch:
        yield ("" if first else ",") + ",".join(batch)
    yield "]}"


def csv_response(exporter: Exporter, queryset: QuerySet) -> StreamingHttpResponse:
    response = StreamingHttpResponse(
        _csv_lines(exporter.columns, _started(_all_rows(exporter, queryset))), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{exporter.name}.csv"'
    return response


def geojson_response(exporter: Exporter, queryset: QuerySet) -> StreamingHttpResponse:
    response = StreamingHttpResponse(
        _geojson_chunks(_started(_all_rows(exporter, queryset))), content_type="application/geo+json"
    )
    response["Content-Disposition"] = f'attachment; filename="{exporter.name}.geojson"'
    return response
