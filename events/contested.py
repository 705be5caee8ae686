"""Event.contested: stored, and kept equal to what the event's claims say.

An event is contested when its claims have opposing stances (one denies, another asserts or acknowledges) or
come from both camps (selectors.RU_CAMP and UA_CAMP); rejected claims do not count (a curator has said they are
extraction mistakes). The rule is selectors.contested_event_ids(), one grouped pass over claims.

Kept up to date:
- by signals, for the writes that go through a model's save() or delete(): a claim saved or deleted (curation in
  the admin or the API, merges), an event saved (a save writes every column, `contested` included, from an
  instance that may have been read before its claims changed), a claimant whose side changed;
- by the bulk writers, which send no signal, calling refresh() themselves: the ingest service and the benchmark
  loader.
A change of `contested` moves the event's updated_at, so that incremental sync (updated_since) sees it.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Exists, OuterRef
from django.db.models.signals import post_delete, post_save, pre_save
from django.utils import timezone

from events import data_version, selectors
from events.models import Actor, Claim, Event

CHUNK = 500


def refresh(event_ids: Iterable[int] | None = None) -> int:
    """Recompute `contested` for these events (None: every event); returns how many changed."""
    now = timezone.now()
    if event_ids is None:
        contested = selectors.contested_event_ids()
        changed = Event.objects.filter(contested=False, pk__in=contested).update(contested=True, updated_at=now)
        changed += Event.objects.filter(contested=True).exclude(pk__in=contested).update(
            contested=False, updated_at=now
        )
    else:
        ids = sorted(set(event_ids))
        changed = 0
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            contested = set(selectors.contested_event_ids().filter(event_id__in=chunk).values_list("event_id", flat=True))
            calm = [pk for pk in chunk if pk not in contested]
            changed += Event.objects.filter(pk__in=contested, contested=False).update(contested=True, updated_at=now)
            changed += Event.objects.filter(pk__in=calm, contested=True).update(contested=False, updated_at=now)
    if changed:
        data_version.changed()  # update() sends no signal
    return changed


def _claim_written(sender, instance: Claim, **kwargs) -> None:
    if instance.event_id is not None:
        refresh([instance.event_id])


def _event_saved(sender, instance: Event, created: bool, **kwargs) -> None:
    if not created:  # a new event has no claims yet
        refresh([instance.pk])


def _actor_saving(sender, instance: Actor, **kwargs) -> None:
    # The side before the save: a national claimant speaks on a third of all events, so its events are
    # refreshed only when its side really changes (not for a corrected name).
    stored = Actor.objects.filter(pk=instance.pk).values_list("side", flat=True).first() if instance.pk else None
    instance._side_before_save = stored


def _actor_saved(sender, instance: Actor, created: bool, **kwargs) -> None:
    if not created and getattr(instance, "_side_before_save", None) != instance.side:
        claims = Claim.objects.filter(claimant_id=instance.pk, event_id=OuterRef("pk"))
        refresh(Event.objects.filter(Exists(claims)).values_list("pk", flat=True))


def connect() -> None:
    post_save.connect(_claim_written, sender=Claim, dispatch_uid="contested_claim_saved")
    post_delete.connect(_claim_written, sender=Claim, dispatch_uid="contested_claim_deleted")
    post_save.connect(_event_saved, sender=Event, dispatch_uid="contested_event_saved")
    pre_save.connect(_actor_saving, sender=Actor, dispatch_uid="contested_actor_saving")
    post_save.connect(_actor_saved, sender=Actor, dispatch_uid="contested_actor_saved")
