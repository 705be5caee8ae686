"""Exports: flat CSV and GeoJSON (one row or Point per record x place) and an ACLED-style CSV of events.

An export is the whole filtered set, not a page. It is streamed: the rows come from a chunked database
iterator (prefetches run per chunk) and leave as text chunk by chunk, so memory stays flat however large it is.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pycountry
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import QuerySet
from django.http import StreamingHttpResponse
from rest_framework.renderers import BaseRenderer

from events.choices import DatePrecision, EventType, GeoPrecision, LocalityKind, Side, Stance
from events.models import Claim, Event, Locality

EXPORT_CHUNK_SIZE = 2000
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
    """How one resource is exported: its columns and how a record becomes rows."""

    name: str
    columns: list[str]
    rows: Callable[[Any], Iterable[dict[str, Any]]]


CLAIMS = Exporter("claims", CLAIM_COLUMNS, claim_rows)
EVENTS = Exporter("events", EVENT_COLUMNS, event_rows)
LOCALITIES = Exporter("localities", LOCALITY_COLUMNS, locality_rows)
ACLED = Exporter("events_acled", ACLED_COLUMNS, acled_rows)


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


def _records(queryset: QuerySet) -> Iterator[Any]:
    return queryset.iterator(chunk_size=EXPORT_CHUNK_SIZE)


def _all_rows(exporter: Exporter, queryset: QuerySet) -> Iterator[dict[str, Any]]:
    for record in _records(queryset):
        yield from exporter.rows(record)


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
        _csv_lines(exporter.columns, _all_rows(exporter, queryset)), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{exporter.name}.csv"'
    return response


def geojson_response(exporter: Exporter, queryset: QuerySet) -> StreamingHttpResponse:
    response = StreamingHttpResponse(
        _geojson_chunks(_all_rows(exporter, queryset)), content_type="application/geo+json"
    )
    response["Content-Disposition"] = f'attachment; filename="{exporter.name}.geojson"'
    return response
