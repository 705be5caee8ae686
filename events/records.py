"""Places, claimants and events that claims refer to: found or created, safe against a concurrent ingest."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable

from django.db import IntegrityError, connection, transaction
from django.db.models import Q

from events.choices import DatePrecision
from events.extraction.places import fold
from events.extraction.types import ExtractedClaim, PlaceRef
from events.models import Actor, Event, Locality, LocalityKey


def _create_or_get(model, lookup: dict, **fields):
    """Create a row, or take the one another transaction created meanwhile under the same natural key.

    The insert runs in a savepoint: on PostgreSQL an insert of a key that another transaction has just inserted
    waits for that transaction, then fails here alone, and the row it committed is read back.
    """
    try:
        with transaction.atomic():
            return model.objects.create(**lookup, **fields)
    except IntegrityError:
        found = model.objects.filter(**lookup).first()
        if found is None:  # another constraint than the natural key: a real conflict
            raise
        return found


def events_lock(claims: Iterable[ExtractedClaim]) -> None:
    """Serialise, on PostgreSQL, the writers of articles that may tell the same events.

    Matching an event and creating it when none matches is a read then a write: two ingests telling the same
    capture at once would each create it. A transaction-scoped advisory lock per (type, side, month) makes the
    second wait for the first; taken in one sorted sweep before any other write, so two writers never wait on
    each other in a circle.
    """
    if connection.vendor != "postgresql":
        return  # SQLite lets one writer at a time in anyway
    keys = sorted({_event_lock_key(c) for c in claims if c.occurred.known})
    with connection.cursor() as cursor:
        for key in keys:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [key])


def _event_lock_key(claim: ExtractedClaim) -> int:
    month = claim.occurred.value.strftime("%Y") if claim.occurred.precision == DatePrecision.YEAR else \
        claim.occurred.value.strftime("%Y-%m")
    digest = hashlib.blake2b(f"event:{claim.event_type}:{claim.actor_side}:{month}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _search_names(place: PlaceRef) -> str:
    names = {fold(n) for n in (place.name, place.name_fr, place.name_native, place.mention, *place.alternate_names) if n}
    return "|" + "|".join(sorted(n for n in names if n)) + "|"


def localities_upsert(*, places: Iterable[PlaceRef]) -> dict[str, Locality]:
    """Create the places not yet known (parents first); never overwrite an existing one (curators edit them)."""
    from events.extraction.places import get_gazetteer, with_parents

    wanted = {place.key: place for place in with_parents(get_gazetteer(), places)}
    existing = {loc.gazetteer_key: loc for loc in Locality.objects.filter(gazetteer_key__in=list(wanted))}
    # Keys of places that curators merged into another one resolve to the surviving place.
    for alias in LocalityKey.objects.filter(key__in=[k for k in wanted if k not in existing]).select_related("locality"):
        existing[alias.key] = alias.locality
    for key, place in wanted.items():  # insertion order puts parents first
        if key in existing:
            continue
        parent = existing.get(place.parent_key) if place.parent_key else None
        existing[key] = _create_or_get(
            Locality,
            {"gazetteer_key": key},
            name=place.name[:200],
            name_fr=place.name_fr[:200],
            name_native=place.name_native[:200],
            alternate_names=list(place.alternate_names),
            search_names=_search_names(place),
            kind=place.kind,
            parent=parent,
            country_code=place.country_code or "",
            iso_code=place.iso_code,
            latitude=place.latitude,
            longitude=place.longitude,
            geo_precision=place.geo_precision,
            geonames_id=place.geonames_id,
        )
    return existing


def actors_upsert(claims: Iterable[ExtractedClaim]) -> dict[tuple[str, str], Actor]:
    refs = {(c.claimant.name, c.claimant.side): c.claimant for c in claims}
    if not refs:
        return {}
    q = Q()
    for name, side in refs:
        q |= Q(name=name, side=side)
    actors = {(a.name, a.side): a for a in Actor.objects.filter(q)}
    for key, ref in refs.items():
        if key not in actors:
            actors[key] = _create_or_get(Actor, {"name": ref.name, "side": ref.side}, kind=ref.kind)
    return actors


def dates_compatible(a_on, a_prec: str, b_on, b_prec: str) -> bool:
    """Two dates can name the same day: equal days, or a day inside a month, or equal months."""
    if a_on is None or b_on is None or DatePrecision.UNKNOWN in (a_prec, b_prec):
        return False
    if DatePrecision.YEAR in (a_prec, b_prec):
        return a_on.year == b_on.year
    if DatePrecision.MONTH in (a_prec, b_prec):
        return (a_on.year, a_on.month) == (b_on.year, b_on.month)
    return a_on == b_on


def _date_window(occurred) -> dict:
    """Stored dates an event compatible with this date can have: its month (or year), as an index-friendly range."""
    value = occurred.value
    if occurred.precision == DatePrecision.YEAR:
        start, end = dt.date(value.year, 1, 1), dt.date(value.year + 1, 1, 1)
    else:
        start = value.replace(day=1)
        end = dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    return {"occurred_on__gte": start, "occurred_on__lt": end}


def _quantities_compatible(a: dict, b: dict) -> bool:
    return all(a[k] == b[k] for k in a.keys() & b.keys())


def event_match_or_create(*, claim: ExtractedClaim, localities: dict[str, Locality]) -> Event:
    """The Event this claim is about: an existing one told by another article, or a new one.

    Two reports are the same event when type, performing side and places agree, their dates can name the
    same day, and no stated number contradicts the other. Events without a known date are never merged
    across articles: too many distinct events would collapse into one.
    """
    place_ids = {localities[p.key].id for p in claim.localities}
    region_id = localities[claim.region.key].id if claim.region else None
    if claim.occurred.known:
        found = _matching_event_id(claim, place_ids, region_id)
        if found is not None:
            event = Event.objects.get(pk=found)
            event_enrich(event, claim, localities)
            return event
    event = Event.objects.create(
        event_type=claim.event_type,
        actor_side=claim.actor_side,
        region_id=region_id,
        country_code=claim.country_code or "",
        occurred_on=claim.occurred.value,
        occurred_precision=claim.occurred.precision,
        quantities=dict(claim.quantities),
        summary=claim.summary[:500],
    )
    if place_ids:
        event.localities.set(place_ids)
    return event


def _matching_event_id(claim: ExtractedClaim, place_ids: set[int], region_id: int | None) -> int | None:
    """The first stored event this dated claim tells again, read in one query (this runs for every claim of every
    article, on tables of millions of rows): candidates narrowed in SQL by type, side, date window and a shared
    place, then compared here on their whole set of places, their dates and their numbers."""
    same = {"event_type": claim.event_type, "actor_side": claim.actor_side, **_date_window(claim.occurred)}
    fields = ("event_id", "event__occurred_on", "event__occurred_precision", "event__quantities")
    through = Event.localities.through
    if place_ids:
        of_event = {f"event__{key}": value for key, value in same.items()}
        sharing = through.objects.filter(locality_id__in=place_ids, **of_event).values("event_id")[:50]
        rows = through.objects.filter(event_id__in=sharing).values_list(*fields, "locality_id").order_by("event_id")
        events: dict[int, tuple] = {}
        places: dict[int, set[int]] = {}
        for event_id, occurred_on, precision, quantities, locality_id in rows:
            events.setdefault(event_id, (occurred_on, precision, quantities))
            places.setdefault(event_id, set()).add(locality_id)
        candidates = [(event_id, *events[event_id]) for event_id in events if places[event_id] == place_ids]
    else:
        candidates = list(Event.objects.filter(region_id=region_id, localities__isnull=True, **same).values_list(
            "id", "occurred_on", "occurred_precision", "quantities").order_by("id")[:50])
    for event_id, occurred_on, precision, quantities in candidates:
        if not dates_compatible(occurred_on, precision, claim.occurred.value, claim.occurred.precision):
            continue
        if not _quantities_compatible(quantities or {}, claim.quantities):
            continue
        return event_id
    return None


_PRECISION_RANK = {DatePrecision.UNKNOWN: 0, DatePrecision.YEAR: 1, DatePrecision.MONTH: 2, DatePrecision.DAY: 3}


def event_enrich(event: Event, claim: ExtractedClaim, localities: dict[str, Locality]) -> None:
    """Another report of the same event may be more precise: keep the sharper date and add numbers."""
    if event.curated:
        return
    changed = False
    if _PRECISION_RANK[claim.occurred.precision] > _PRECISION_RANK[event.occurred_precision]:
        event.occurred_on, event.occurred_precision = claim.occurred.value, claim.occurred.precision
        changed = True
    merged = {**claim.quantities, **(event.quantities or {})}
    if merged != (event.quantities or {}):
        event.quantities = merged
        changed = True
    if event.region_id is None and claim.region is not None:
        event.region_id = localities[claim.region.key].id
        changed = True
    if changed:
        event.save()
