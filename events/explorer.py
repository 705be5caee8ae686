"""Aggregate reads behind the explorer page: claims per place with what the latest control claim says, per week.

Both take the claims as the claims FilterSet left them (`/api/claims/` and these aggregates share every filter)
and let the database do the counting: at a million claims the page needs a few thousand places and a few hundred
weeks, never the claims themselves.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import EmptyResultSet
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Count, F, QuerySet
from django.db.models.functions import TruncWeek

from events.choices import EventType
from events.models import Claim, Event, Locality, PlaceClaims
from events.selectors import CONTROL_EVENT_TYPES, RU_CAMP, UA_CAMP

# What the map says about who holds a place, from its latest control event.
CONTROL_RU, CONTROL_UA, CONTROL_CONTESTED = "RU", "UA", "contested"
CONTROL_CHOICES = [(CONTROL_RU, "Russian control"), (CONTROL_UA, "Ukrainian control"),
                   (CONTROL_CONTESTED, "Contested")]

PLACE_FIELDS = ("id", "name", "name_fr", "kind", "country_code", "latitude", "longitude", "geo_precision")
# What aggregate_sql() gives per place besides its id, and PlaceClaims stores: the same names, the same order.
STORED_COLUMNS = ("claims_count", "contested_claims_count", "control_event_id", "control_event_type",
                  "control_actor_side", "control_contested", "control_occurred_on")


def _camp(side: str | None) -> str | None:
    if side in RU_CAMP:
        return CONTROL_RU
    if side in UA_CAMP:
        return CONTROL_UA
    return None


def control_after(event_type: str, actor_side: str | None, contested: bool) -> str | None:
    """Who holds a place after a control event, as its claims tell it: RU, UA, contested, or None (unsaid).

    A capture, a territorial control claim or a repelled attack leaves the place with the side that acted; a
    withdrawal leaves it to the other camp; an encirclement is fighting still going on. An event whose claims
    oppose each other (Event.contested) is contested, whatever it is.
    """
    if contested or event_type == EventType.ENCIRCLEMENT:
        return CONTROL_CONTESTED
    camp = _camp(actor_side)
    if camp is None:
        return None
    if event_type == EventType.WITHDRAWAL:
        return CONTROL_UA if camp == CONTROL_RU else CONTROL_RU
    return camp


def aggregate_sql(claims_sql: str, only_places: str = "") -> str:
    """One statement: the filtered claims counted per event, spread on the events' places (or, for an event with
    no place of its own, its region: where bbox and near put it too), counted per place, with each place's latest
    control event (by date, undated last) picked by a window function. Standard SQL: SQLite and PostgreSQL.

    Columns: place_id, claims_count, contested_claims_count and the latest control event's control_event_id,
    control_event_type ('' when none), control_actor_side, control_contested, control_occurred_on (STORED_COLUMNS
    after place_id, the columns of PlaceClaims). `only_places`: a SQL list of place
    ids (integers) to keep, for a partial refresh of the stored rows (PlaceClaims)."""
    event = Event._meta.db_table
    link = Event.localities.through._meta.db_table
    control_types = ", ".join(f"'{value}'" for value in CONTROL_EVENT_TYPES)  # constants, never user input
    keep = f" AND place_id IN ({only_places})" if only_places else ""
    return f"""
    WITH per_event AS ({claims_sql}),
    at_place AS (
        SELECT COALESCE(l.locality_id, e.region_id) AS place_id, e.id AS event_id, e.event_type, e.actor_side,
               e.contested, e.occurred_on, pe.n
        FROM per_event pe
        JOIN {event} e ON e.id = pe.event_id
        LEFT JOIN {link} l ON l.event_id = pe.event_id
    ),
    counted AS (
        SELECT place_id, SUM(n) AS claims, SUM(CASE WHEN contested THEN n ELSE 0 END) AS contested_claims
        FROM at_place WHERE place_id IS NOT NULL{keep} GROUP BY place_id
    ),
    latest AS (
        SELECT * FROM (
            SELECT place_id, event_id, event_type, actor_side, contested, occurred_on,
                   ROW_NUMBER() OVER (PARTITION BY place_id ORDER BY occurred_on DESC NULLS LAST, event_id DESC) AS rn
            FROM at_place WHERE place_id IS NOT NULL{keep} AND event_type IN ({control_types})
        ) ranked WHERE rn = 1
    )
    SELECT c.place_id, c.claims AS claims_count, c.contested_claims AS contested_claims_count,
           t.event_id AS control_event_id, COALESCE(t.event_type, '') AS control_event_type,
           t.actor_side AS control_actor_side, COALESCE(t.contested, FALSE) AS control_contested,
           t.occurred_on AS control_occurred_on
    FROM counted c LEFT JOIN latest t ON t.place_id = c.place_id
    """


def _places_sql(per_place_sql: str) -> str:
    """The rows of the map: `per_place_sql` (aggregate_sql() or the stored PlaceClaims) with each place's
    coordinates; places without coordinates left out; busiest first."""
    place = Locality._meta.db_table
    columns = ", ".join(f"p.{name}" for name in PLACE_FIELDS)
    stored = ", ".join(f"a.{name}" for name in STORED_COLUMNS)
    return f"""
    SELECT {columns}, {stored}
    FROM ({per_place_sql}) a
    JOIN {place} p ON p.id = a.place_id
    WHERE p.latitude IS NOT NULL AND p.longitude IS NOT NULL
    ORDER BY a.claims_count DESC, p.id
    """


def _stored_sql() -> str:
    return f"SELECT locality_id AS place_id, {', '.join(STORED_COLUMNS)} FROM {PlaceClaims._meta.db_table}"


def _date(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)[:10]  # SQLite hands back text from a raw query


def _place_rows(claims: QuerySet[Claim] | None) -> list[tuple]:
    """The map's rows: PLACE_FIELDS then STORED_COLUMNS, busiest first. `claims` None: every claim, read from the
    stored rows (PlaceClaims) instead of counted."""
    if claims is None:
        sql, params, using = _places_sql(_stored_sql()), [], DEFAULT_DB_ALIAS
    else:
        per_event = claims.order_by().values("event_id").annotate(n=Count("pk")).values("event_id", "n")
        try:
            claims_sql, params = per_event.query.sql_with_params()
        except EmptyResultSet:  # a filter that no claim can match (a list of no ids): Django writes no SQL
            return []
        sql, using = _places_sql(aggregate_sql(claims_sql)), claims.db
    with connections[using].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def places_with_claims(claims: QuerySet[Claim] | None) -> list[dict[str, Any]]:
    """The places of the filtered claims with their coordinates, claim counts and latest control event: 1 query.

    `claims` None: every claim, read from the stored rows (PlaceClaims) instead of counted. Places without
    coordinates are left out (nothing to draw). Busiest first.
    """
    places = []
    width = len(PLACE_FIELDS)
    for row in _place_rows(claims):
        place = dict(zip(PLACE_FIELDS, row[:width], strict=True))
        claims_count, contested_claims, event_id, event_type, actor_side, contested, occurred_on = row[width:]
        place["claims_count"] = int(claims_count)
        place["contested_claims_count"] = int(contested_claims or 0)
        if event_id is None:
            place["control"] = None
            place["control_event"] = None
        else:
            place["control"] = control_after(event_type, actor_side, bool(contested))
            place["control_event"] = {
                "id": event_id, "event_type": event_type, "actor_side": actor_side,
                "occurred_on": _date(occurred_on), "contested": bool(contested),
            }
        places.append(place)
    return places


MARKER_COLUMNS = ("id", "name", "name_fr", "kind", "latitude", "longitude", "geo_precision", "claims_count", "control")


def place_markers(claims: QuerySet[Claim] | None) -> dict[str, Any]:
    """The same places as places_with_claims(), as columns of what a marker needs: 1 query.

    A list per field, the i-th entry of each for the i-th place (busiest first): a sixth of the size of the rows
    (no repeated keys, no control event), so quicker to write and for a browser to read.
    """
    columns: dict[str, list] = {name: [] for name in MARKER_COLUMNS}
    width = len(PLACE_FIELDS)
    kept = [(name, PLACE_FIELDS.index(name)) for name in MARKER_COLUMNS if name in PLACE_FIELDS]
    counts, control = columns["claims_count"], columns["control"]
    for row in _place_rows(claims):
        for name, index in kept:
            columns[name].append(row[index])
        claims_count, _, event_id, event_type, actor_side, contested, _ = row[width:]
        counts.append(int(claims_count))
        control.append(None if event_id is None else control_after(event_type, actor_side, bool(contested)))
    return {"count": len(counts), **columns}


def weekly_counts(claims: QuerySet[Claim]) -> list[dict[str, Any]]:
    """The filtered claims per week of their claim date (weeks start on Monday) and claimant side: 1 query.

    Claims without a date are counted under `week: null`. Weeks without claims are not listed.
    """
    rows = (
        claims.order_by()
        .values(week=TruncWeek("claimed_on"), claimant_side=F("claimant__side"))
        .annotate(claims=Count("pk"))
        .order_by(F("week").asc(nulls_last=True), "claimant_side")
    )
    return [
        {"week": _date(row["week"]), "claimant_side": row["claimant_side"], "claims": row["claims"]}
        for row in rows
    ]

