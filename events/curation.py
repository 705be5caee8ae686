"""Curation write side: what a curator does in the admin (review, edit, merge, re-extract), recorded in history.

Every function here is atomic, records the acting user and a change reason in django-simple-history, and marks
what it touched `curated=True` so that a re-ingest never overwrites or deletes it (see
`events.writes`). `updated_at` moves with every save, so API clients syncing with
`updated_since` see curator edits.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, Group, Permission
from django.contrib.auth.password_validation import validate_password
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Model
from django.utils import timezone

from events import data_version
from events.choices import GeoPrecision, ReviewStatus
from events.models import Actor, Claim, Event, Locality, LocalityKey, Source

if TYPE_CHECKING:
    from events.services import IngestResult

CURATORS, VIEWERS, INGESTERS = "curators", "viewers", "ingesters"

# The permissions of each role, as (model, action) pairs of the `events` app. Migration 0002 creates the same
# groups on a fresh database (it keeps its own frozen copy of this table, as migrations must).
GROUP_PERMISSIONS: dict[str, list[tuple[str, str]]] = {
    CURATORS: [
        ("claim", "view"), ("claim", "change"),
        ("event", "view"), ("event", "change"),
        ("locality", "view"), ("locality", "change"),
        ("source", "view"),
        ("actor", "view"),
    ],
    VIEWERS: [
        ("claim", "view"), ("event", "view"), ("locality", "view"), ("source", "view"), ("actor", "view"),
    ],
    # Feeds and scripts that POST articles to /api/sources/ (migration 0008); no admin login.
    INGESTERS: [("source", "add"), ("source", "view")],
}

CLAIM_EDITABLE = frozenset(
    {"claimant", "stance", "claimed_on", "claimed_precision", "event", "review_status", "curator_note"}
)
EVENT_EDITABLE = frozenset(
    {"event_type", "actor_side", "localities", "region", "country_code", "occurred_on", "occurred_precision",
     "quantities", "summary"}
)
LOCALITY_EDITABLE = frozenset(
    {"name", "name_fr", "name_native", "alternate_names", "kind", "parent", "country_code", "iso_code",
     "latitude", "longitude", "geo_precision", "geonames_id"}
)

# Which review a merge keeps when the same claimant in the same article ends up twice on one event.
_REVIEW_RANK = {ReviewStatus.VERIFIED: 2, ReviewStatus.REJECTED: 1, ReviewStatus.UNREVIEWED: 0}


def _save(obj: Model, *, user: AbstractBaseUser | None, reason: str, **kwargs: Any) -> None:
    """Save with the user and reason that django-simple-history records (the request user is its fallback)."""
    if user is not None:
        obj._history_user = user
    obj._change_reason = reason[:100]
    obj.save(**kwargs)


def _delete(obj: Model, *, user: AbstractBaseUser | None, reason: str) -> None:
    if user is not None:
        obj._history_user = user
    obj._change_reason = reason[:100]
    obj.delete()


def _check_fields(data: Mapping[str, Any], allowed: frozenset[str], what: str) -> None:
    unknown = set(data) - allowed
    if unknown:
        raise ValueError(f"{what} fields not editable by curation: {', '.join(sorted(unknown))}")


# --- claims ----------------------------------------------------------------------------------------------


def claim_review(
    *, claim: Claim, status: str, user: AbstractBaseUser | None = None, note: str | None = None
) -> Claim:
    """Mark one claim verified, rejected (or back to unreviewed); it is curated from then on."""
    if status not in ReviewStatus.values:
        raise ValueError(f"unknown review status {status!r}")
    with transaction.atomic():
        claim.review_status = status
        claim.curated = True
        if note is not None:
            claim.curator_note = note
        _save(claim, user=user, reason=f"marked {status}")
    return claim


def claims_mark(*, claims: Iterable[Claim], status: str, user: AbstractBaseUser | None = None) -> int:
    """Bulk review. One save per claim (not a queryset update) so that each gets its history row and updated_at.

    Claims already at `status` and curated are left alone; returns how many changed.
    """
    changed = 0
    with transaction.atomic():
        for claim in claims:
            if claim.review_status == status and claim.curated:
                continue
            claim_review(claim=claim, status=status, user=user)
            changed += 1
    return changed


def claim_update(
    *,
    claim: Claim,
    data: Mapping[str, Any],
    user: AbstractBaseUser | None = None,
    event_data: Mapping[str, Any] | None = None,
) -> Claim:
    """Save a curator's edit of a claim, and of its event when `event_data` is given.

    Any save by a curator makes the claim curated, even one that changed nothing else: the curator looked at it.
    """
    _check_fields(data, CLAIM_EDITABLE, "claim")
    reason = f"marked {data['review_status']}" if set(data) == {"review_status"} else "edited by curator"
    with transaction.atomic():
        for name, value in data.items():
            setattr(claim, name, value)
        changed = bool(data) or not claim.curated
        claim.curated = True
        if changed:
            _save(claim, user=user, reason=reason)
        if event_data:
            event_update(event=claim.event, data=event_data, user=user)
    return claim


# --- events ----------------------------------------------------------------------------------------------


def _touch_claims(event_ids: Iterable[int]) -> None:
    """A claim's API representation embeds its event: move its updated_at when the event changes."""
    Claim.objects.filter(event_id__in=list(event_ids)).update(updated_at=timezone.now())
    data_version.changed()  # update() sends no signal


def event_update(*, event: Event, data: Mapping[str, Any], user: AbstractBaseUser | None = None) -> Event:
    """Save a curator's edit of an event (its `localities` may be given as a list); it is curated from then on."""
    _check_fields(data, EVENT_EDITABLE, "event")
    data = dict(data)
    localities = data.pop("localities", None)
    with transaction.atomic():
        for name, value in data.items():
            setattr(event, name, value)
        event.curated = True
        _save(event, user=user, reason="edited by curator")
        if localities is not None:
            if user is not None:
                event._history_user = user
            event._change_reason = "places edited by curator"
            event.localities.set(list(localities))
        _touch_claims([event.pk])
    return event


@dataclass
class EventMergeResult:
    target: Event
    merged_ids: list[int] = field(default_factory=list)
    claims_moved: int = 0
    duplicates_removed: int = 0


def _merge_note(winner: Claim, loser: Claim) -> str:
    notes = [n for n in (winner.curator_note, loser.curator_note) if n]
    return "\n".join(dict.fromkeys(notes))


def event_merge(*, target: Event, others: Iterable[Event], user: AbstractBaseUser | None = None) -> EventMergeResult:
    """Move every claim of `others` onto `target`, then delete `others`; history says what was merged.

    The target keeps its own fields; its places become the union of all places, and it takes a region, date or
    number that only the others had. Moved claims and the target become curated, so a re-ingest cannot split
    them again. When the same claimant in the same article now claims the target twice (the unique
    source+claimant+event), the better-reviewed claim is kept and the other deleted with a reason.
    """
    others = [e for e in others if e.pk != target.pk]
    if not others:
        raise ValueError("merging needs at least one event other than the target")
    other_ids = [e.pk for e in others]
    result = EventMergeResult(target=target, merged_ids=other_ids)
    with transaction.atomic():
        data_version.changed()  # the merge moves claims and places with update()
        # Lock the rows so that a concurrent ingest cannot attach a claim to an event being deleted.
        locked = {e.pk: e for e in Event.objects.select_for_update().filter(pk__in=[target.pk, *other_ids])}
        if len(locked) != len(other_ids) + 1:
            raise ValueError("an event to merge no longer exists")
        target = locked[target.pk]
        result.target = target
        others = [locked[pk] for pk in other_ids]

        on_target = {(c.source_id, c.claimant_id): c for c in target.claims.all()}
        for claim in Claim.objects.filter(event_id__in=other_ids).order_by("id"):
            from_id = claim.event_id
            key = (claim.source_id, claim.claimant_id)
            kept = on_target.get(key)
            if kept is not None:
                winner, loser = (
                    (claim, kept) if _REVIEW_RANK[claim.review_status] > _REVIEW_RANK[kept.review_status]
                    else (kept, claim)
                )
                winner.curator_note = _merge_note(winner, loser)
                _delete(loser, user=user, reason=f"duplicate of claim {winner.pk} after merging events")
                result.duplicates_removed += 1
                if winner is kept:
                    kept.curated = True
                    _save(kept, user=user, reason=f"kept over claim {loser.pk} by event merge")
                    continue
            claim.event = target
            claim.curated = True
            _save(claim, user=user, reason=f"moved from event {from_id} by merge")
            on_target[key] = claim
            result.claims_moved += 1

        places = {loc.pk for loc in target.localities.all()}
        for other in others:
            places |= {loc.pk for loc in other.localities.all()}
            if target.region_id is None and other.region_id is not None:
                target.region_id = other.region_id
            if target.occurred_on is None and other.occurred_on is not None:
                target.occurred_on, target.occurred_precision = other.occurred_on, other.occurred_precision
            if not target.country_code and other.country_code:
                target.country_code = other.country_code
            target.quantities = {**(other.quantities or {}), **(target.quantities or {})}
            if not target.summary and other.summary:
                target.summary = other.summary
        for other in others:
            _delete(other, user=user, reason=f"merged into event {target.pk}")
        target.curated = True
        _save(target, user=user, reason="merged events " + ", ".join(str(pk) for pk in other_ids))
        if places != {loc.pk for loc in target.localities.all()}:
            if user is not None:
                target._history_user = user
            target._change_reason = "places merged"
            target.localities.set(places)
        _touch_claims([target.pk])
    return result


# --- localities ------------------------------------------------------------------------------------------


def _fold(name: str) -> str:
    from events.extraction.places import fold  # the extraction owns spelling folding: one definition

    return fold(name)


def _spellings(locality: Locality) -> list[str]:
    names = [locality.name, locality.name_fr, locality.name_native, *(locality.alternate_names or [])]
    return [n for n in names if isinstance(n, str) and n.strip()]


def _search_set(search_names: str) -> set[str]:
    return {n for n in (search_names or "").split("|") if n}


def _search_names(names: Iterable[str]) -> str:
    folded = sorted({f for f in (_fold(n) for n in names) if f})
    return "|" + "|".join(folded) + "|" if folded else ""


def locality_update(*, locality: Locality, data: Mapping[str, Any], user: AbstractBaseUser | None = None) -> Locality:
    """Save a curator's edit of a place, keeping `search_names` in step with its spellings.

    Spellings the extraction saw in articles (not in any name field) stay searchable. Typing coordinates
    without choosing a precision means the place is now geocoded: its precision becomes exact.
    """
    _check_fields(data, LOCALITY_EDITABLE, "locality")
    with transaction.atomic():
        # Compare with the stored row: the admin form has already copied the new values onto `locality`.
        stored = Locality.objects.filter(pk=locality.pk).first() if locality.pk else None
        stored = stored or locality
        seen_in_articles = _search_set(stored.search_names) - {_fold(n) for n in _spellings(stored)}
        coordinates_changed = any(
            k in data and data[k] != getattr(stored, k) for k in ("latitude", "longitude")
        )
        for name, value in data.items():
            setattr(locality, name, value)
        if coordinates_changed and "geo_precision" not in data and locality.latitude is not None:
            locality.geo_precision = GeoPrecision.EXACT
        locality.search_names = _search_names([*_spellings(locality), *seen_in_articles])
        _save(locality, user=user, reason="edited by curator")
    return locality


def locality_merge(
    *, target: Locality, others: Iterable[Locality], user: AbstractBaseUser | None = None
) -> Locality:
    """Fold duplicate places into `target`: events, regions and child places point at it, spellings join it.

    The target keeps its names and adds the others' as alternate spellings; it takes exact coordinates or a
    GeoNames id that only a duplicate had.
    """
    others = [loc for loc in others if loc.pk != target.pk]
    if not others:
        raise ValueError("merging needs at least one place other than the target")
    other_ids = [loc.pk for loc in others]
    with transaction.atomic():
        data_version.changed()  # the merge moves events and keys with update()
        locked = {loc.pk: loc for loc in Locality.objects.select_for_update().filter(pk__in=[target.pk, *other_ids])}
        if len(locked) != len(other_ids) + 1:
            raise ValueError("a place to merge no longer exists")
        target = locked[target.pk]
        others = [locked[pk] for pk in other_ids]
        reason = f"places {', '.join(map(str, other_ids))} merged into {target.pk}"

        for event in Event.objects.filter(localities__in=other_ids).distinct().prefetch_related("localities"):
            places = {loc.pk for loc in event.localities.all()} - set(other_ids) | {target.pk}
            if user is not None:
                event._history_user = user
            event._change_reason = reason
            event.localities.set(places)
            event.save(update_fields=["updated_at"])  # history is written by the m2m change above
        for event in Event.objects.filter(region_id__in=other_ids):
            event.region = target
            _save(event, user=user, reason=reason)
        for child in Locality.objects.filter(parent_id__in=other_ids).exclude(pk=target.pk):
            child.parent = target
            _save(child, user=user, reason=reason)
        touched_events = Event.objects.filter(localities=target).values_list("pk", flat=True)
        _touch_claims(touched_events)

        own = {n.casefold() for n in (target.name, target.name_fr, target.name_native) if n}
        alternates = list(target.alternate_names or [])
        search = _search_set(target.search_names)
        geonames_id = None
        while target.parent_id in other_ids:
            target.parent_id = locked[target.parent_id].parent_id
        # The target's own row must stop pointing at a duplicate before that one is deleted (parent is PROTECT).
        Locality.objects.filter(pk=target.pk).update(parent_id=target.parent_id)
        for other in others:
            for spelling in _spellings(other):
                if spelling.casefold() not in own and spelling.casefold() not in {a.casefold() for a in alternates}:
                    alternates.append(spelling)
            search |= _search_set(other.search_names)
            if target.geo_precision != GeoPrecision.EXACT and other.geo_precision == GeoPrecision.EXACT:
                target.latitude, target.longitude = other.latitude, other.longitude
                target.geo_precision = GeoPrecision.EXACT
            if target.geonames_id is None and other.geonames_id is not None and geonames_id is None:
                geonames_id = other.geonames_id
        # A later ingest that meets a merged-away key must land on the target, not re-create the duplicate.
        LocalityKey.objects.filter(locality_id__in=other_ids).update(locality=target)
        LocalityKey.objects.bulk_create(
            [LocalityKey(key=other.gazetteer_key, locality=target) for other in others if other.gazetteer_key],
            ignore_conflicts=True,
        )
        for other in others:  # before the target takes a unique geonames_id that one of them holds
            _delete(other, user=user, reason=f"merged into place {target.pk}")
        target.alternate_names = alternates
        search |= _search_set(_search_names(_spellings(target)))
        target.search_names = "|" + "|".join(sorted(search)) + "|" if search else ""
        if geonames_id is not None:
            target.geonames_id = geonames_id
        _save(target, user=user, reason=reason)
    return target


# --- sources ---------------------------------------------------------------------------------------------


def source_reextract(*, source: Source, user: AbstractBaseUser | None = None) -> IngestResult:
    """Run the extraction again on the stored text and write it through the ingest path.

    The ingest replaces only what the machine wrote: claims that are reviewed or curated, and curated events,
    survive, and unchanged claims keep their ids (`events.writes`).
    """
    from events.extraction.pipeline import extract_articles
    from events.services import article_write

    [article] = extract_articles([(source.name, source.text)])
    return article_write(name=source.name, sha256=source.sha256, article=article)


# --- roles -----------------------------------------------------------------------------------------------


_ROLE_MODELS: dict[str, type[Model]] = {
    "claim": Claim, "event": Event, "locality": Locality, "source": Source, "actor": Actor,
}


def curator_groups_ensure() -> dict[str, Group]:
    """Create (or repair) the `curators`, `viewers` and `ingesters` groups with exactly their permissions."""
    groups = {}
    with transaction.atomic():
        for name, perms in GROUP_PERMISSIONS.items():
            group, _ = Group.objects.get_or_create(name=name)
            wanted = []
            for model, action in perms:
                content_type = ContentType.objects.get_for_model(_ROLE_MODELS[model])
                permission, _ = Permission.objects.get_or_create(
                    content_type=content_type,
                    codename=f"{action}_{model}",
                    defaults={"name": f"Can {action} {content_type.model_class()._meta.verbose_name}"},
                )
                wanted.append(permission)
            group.permissions.set(wanted)
            groups[name] = group
    return groups


def curator_create(
    *, username: str, password: str | None, email: str = "", group: str = CURATORS
) -> tuple[AbstractBaseUser, bool]:
    """Create a staff user (never a superuser) in the curators (or viewers) group; returns (user, created).

    An account of the `ingesters` group is not staff: it only posts articles with its token.

    An existing user is added to the group and made staff; its password changes only when one is given.
    The password must pass the project's password validators.
    """
    if group not in GROUP_PERMISSIONS:
        raise ValueError(f"unknown group {group!r}; choose one of {', '.join(GROUP_PERMISSIONS)}")
    User = get_user_model()
    with transaction.atomic():
        groups = curator_groups_ensure()
        user = User.objects.filter(**{User.USERNAME_FIELD: username}).first()
        created = user is None
        if created:
            user = User(**{User.USERNAME_FIELD: username})
        if email:
            user.email = email
        user.is_staff = user.is_staff or group != INGESTERS  # an ingest account posts over HTTP, never logs in
        user.is_active = True
        if password is not None:
            validate_password(password, user)
            user.set_password(password)
        elif created:
            user.set_unusable_password()
        user.save()
        user.groups.add(groups[group])
    return user, created
