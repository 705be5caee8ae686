"""PlaceClaims: stored, and kept equal to what `/api/claims/places/` counts with no filter.

A place's row depends on the claims of the events at that place (an event with no place of its own counts at its
region), on those events' type, date and `contested`, and on which places the events are at. The rule is
events.explorer.aggregate_sql(), the same statement the filtered map runs; a refresh reruns it for the places
touched and replaces their rows (all rows when asked for everything, or when too many places are touched).

Kept up to date, like Event.contested (events.contested):
- by signals, for the writes that go through save(), delete() or a many-to-many change: a claim saved or
  deleted (also moved to another event: the places of the event it left), an event saved (also its region
  changed), an event's places changed (the places it leaves and those it joins), a claimant whose side changed
  (that moves `contested`, so every row is recomputed: a rare curator act);
- by the bulk writers, which send no signal, calling refresh() themselves: the ingest service and the benchmark
  loader, after contested.refresh().
Receivers are connected after those of events.contested, so that they read `contested` already refreshed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from django.db import connection, transaction
from django.db.models import Count, Exists, OuterRef
from django.db.models.signals import m2m_changed, post_delete, post_init, post_save

from events.models import Actor, Claim, Event, PlaceClaims

# Above this many places, a partial refresh costs more than recomputing every row.
MANY_PLACES = 2000
# Inside deferred(): the places the writes touched, refreshed once when it ends.
_pending = threading.local()


@contextmanager
def deferred() -> Iterator[None]:
    """Refresh the places a block of writes touches once, when it ends, rather than at every signal.

    An article's ingest adds places to events one by one (each a signal); one refresh of all of them at the end
    gives the same rows for a fraction of the statements. Used inside the write's transaction.
    """
    if getattr(_pending, "places", None) is not None:
        yield  # already deferred by an outer block
        return
    _pending.places, _pending.created = set(), set()
    try:
        yield
        places = _pending.places
    finally:
        _pending.places, _pending.created = None, set()
    refresh_places(places)


def _table() -> str:
    return PlaceClaims._meta.db_table


def insert_sql(aggregate: str) -> str:
    """INSERT the rows of events.explorer.aggregate_sql() into PlaceClaims."""
    from events.explorer import STORED_COLUMNS

    columns = ", ".join(STORED_COLUMNS)
    return f"INSERT INTO {_table()} (locality_id, {columns}) SELECT place_id, {columns} FROM ({aggregate}) a"


def places_of(event_ids: Iterable[int]) -> set[int]:
    """The places these events count at: their own places, or their region when they have none."""
    ids = sorted({pk for pk in event_ids if pk is not None})
    if not ids:
        return set()
    link = Event.localities.through
    places: set[int] = set()
    linked: set[int] = set()
    for event_id, locality_id in link.objects.filter(event_id__in=ids).values_list("event_id", "locality_id"):
        linked.add(event_id)
        places.add(locality_id)
    unlinked = [pk for pk in ids if pk not in linked]
    if unlinked:
        places |= set(
            Event.objects.filter(pk__in=unlinked, region_id__isnull=False).values_list("region_id", flat=True)
        )
    return places


def refresh_all() -> None:
    """Recompute every row (the bulk loader, a claimant changing side, a very large write)."""
    from events.explorer import aggregate_sql

    per_event = Claim.objects.order_by().values("event_id").annotate(n=Count("pk")).values("event_id", "n")
    claims_sql, params = per_event.query.sql_with_params()
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {_table()}")
        cursor.execute(insert_sql(aggregate_sql(claims_sql)), params)


def refresh_places(place_ids: Iterable[int]) -> None:
    """Recompute the rows of these places from the claims of the events counted at them."""
    from events.explorer import aggregate_sql

    ids = sorted({int(pk) for pk in place_ids if pk is not None})
    if not ids:
        return
    if getattr(_pending, "places", None) is not None:
        _pending.places.update(ids)
        return
    if len(ids) > MANY_PLACES:
        refresh_all()
        return
    link = Event.localities.through
    # The events counted at these places, as one UNION ALL subquery: an OR of two IN subqueries made PostgreSQL
    # scan every claim (0.9 s at a million claims for one village, 1-4 ms this way).
    at_places = link.objects.order_by().filter(locality_id__in=ids).values("event_id")
    at_regions = (
        Event.objects.order_by().filter(region_id__in=ids)
        .exclude(Exists(link.objects.filter(event_id=OuterRef("pk")))).values("pk")
    )
    per_event = (
        Claim.objects.order_by().filter(event_id__in=at_places.union(at_regions, all=True))
        .values("event_id").annotate(n=Count("pk")).values("event_id", "n")
    )
    claims_sql, params = per_event.query.sql_with_params()
    listed = ", ".join(str(pk) for pk in ids)  # integers
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {_table()} WHERE locality_id IN ({listed})")
        cursor.execute(insert_sql(aggregate_sql(claims_sql, only_places=listed)), params)


def refresh(event_ids: Iterable[int] | None = None) -> None:
    """Recompute the rows of the places of these events (None: every row)."""
    if event_ids is None:
        refresh_all()
    else:
        refresh_places(places_of(event_ids))


# ------------------------------------------------------------------ signals


def _loaded(sender, instance, **kwargs) -> None:
    # What the row said when read: a save that moves a claim to another event, or an event to another region,
    # must also refresh where it was.
    if sender is Claim:
        instance._place_claims_event_id = instance.__dict__.get("event_id")
    else:
        instance._place_claims_region_id = instance.__dict__.get("region_id")


def _claim_written(sender, instance: Claim, **kwargs) -> None:
    refresh([instance.event_id, getattr(instance, "_place_claims_event_id", None)])
    instance._place_claims_event_id = instance.event_id


def _event_saved(sender, instance: Event, created: bool, **kwargs) -> None:
    if created:  # a new event has no claims yet
        instance._place_claims_region_id = instance.region_id
        if getattr(_pending, "places", None) is not None:
            _pending.created.add(instance.pk)
        return
    places = places_of([instance.pk])
    before = getattr(instance, "_place_claims_region_id", None)
    if before is not None and before != instance.region_id and not Event.localities.through.objects.filter(
        event_id=instance.pk
    ).exists():
        places.add(before)
    refresh_places(places)
    instance._place_claims_region_id = instance.region_id


def _places_changed(sender, instance, action: str, reverse: bool, pk_set, **kwargs) -> None:
    if not reverse and instance.pk in getattr(_pending, "created", ()) and action in {"pre_add", "post_add"}:
        if action == "post_add":
            _pending.places.update(pk_set or ())  # an event made in this deferred block had no places before
        return
    if not reverse:
        events = {instance.pk}
    elif action.startswith("pre_"):  # place.events.add(...): the events are pk_set, or every event of the place
        events = set(pk_set) if pk_set else set(Event.objects.filter(localities=instance).values_list("pk", flat=True))
    else:
        events = getattr(instance, "_place_claims_events", set())
    if action.startswith("pre_"):
        instance._place_claims_events = events
        instance._place_claims_before = places_of(events)
    elif action.startswith("post_"):
        before = getattr(instance, "_place_claims_before", set())
        instance._place_claims_before, instance._place_claims_events = set(), set()
        if reverse:
            before.add(instance.pk)
        refresh_places(before | places_of(events))


def _actor_saved(sender, instance: Actor, created: bool, **kwargs) -> None:
    # events.contested has read the side before the save and refreshed the events' `contested`
    if not created and getattr(instance, "_side_before_save", None) != instance.side:
        refresh_all()


def connect() -> None:
    post_init.connect(_loaded, sender=Claim, dispatch_uid="place_claims_claim_loaded")
    post_init.connect(_loaded, sender=Event, dispatch_uid="place_claims_event_loaded")
    post_save.connect(_claim_written, sender=Claim, dispatch_uid="place_claims_claim_saved")
    post_delete.connect(_claim_written, sender=Claim, dispatch_uid="place_claims_claim_deleted")
    post_save.connect(_event_saved, sender=Event, dispatch_uid="place_claims_event_saved")
    m2m_changed.connect(_places_changed, sender=Event.localities.through, dispatch_uid="place_claims_places")
    post_save.connect(_actor_saved, sender=Actor, dispatch_uid="place_claims_actor_saved")
