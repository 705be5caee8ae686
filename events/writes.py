"""Writing one extracted article: its source under a row lock, then its claims updated in place, in one transaction.

An unchanged claim keeps its id across re-ingests (downstream apps store claim ids): a claim found again, by its
claimant, its quote and what its event is, is updated in place; only claims that the new text no longer makes are
deleted, and claims a curator verified, rejected or edited are never touched.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from django.db import IntegrityError, OperationalError, transaction
from django.utils import timezone

from events import contested, data_version, place_claims
from events.choices import ReviewStatus
from events.extraction.types import ExtractedArticle, ExtractedClaim
from events.models import Claim, Event, Locality, Source
from events.records import actors_upsert, dates_compatible, event_enrich, event_match_or_create, events_lock, localities_upsert

logger = logging.getLogger(__name__)

CREATED, UPDATED, UNCHANGED, FAILED = "created", "updated", "unchanged", "failed"
# A file never tried because the database went away before its turn.
NOT_ATTEMPTED = "not attempted"
DEADLOCK = "40P01"  # PostgreSQL's SQLSTATE for a transaction chosen to break a deadlock
WRITE_ATTEMPTS = 3


@dataclass
class IngestResult:
    """What happened to one file."""

    name: str
    status: str
    claims_created: int = 0
    error: str = ""
    note: str = ""
    sha256: str = ""
    claims_kept: int = 0  # claims found again unchanged and kept with their ids
    exc: BaseException | None = field(default=None, repr=False, compare=False)  # what made it fail, for --traceback


class _DryRunRollback(Exception):
    pass


class _AlreadyStored(Exception):
    """These bytes are stored already (written meanwhile by another ingest, maybe under another name)."""


def article_write(*, name: str, sha256: str, article: ExtractedArticle, dry_run: bool = False,
                  skip_known: bool = False) -> IngestResult:
    """Write one extracted article in one transaction; with dry_run the same writes are rolled back.

    With skip_known (an ingest of files), bytes that another ingest stored since they were checked change
    nothing; without it (a curator's re-extraction) the stored text is read again. A transaction that lost a
    race (a deadlock, a key inserted meanwhile) rolled back whole and is tried again, at most WRITE_ATTEMPTS times.
    """
    for attempt in range(1, WRITE_ATTEMPTS + 1):
        try:
            with transaction.atomic(), place_claims.deferred():
                data_version.changed()  # claims are written with bulk_create, which sends no signal
                result = _article_write(name=name, sha256=sha256, article=article, skip_known=skip_known)
                if dry_run:
                    raise _DryRunRollback
        except _DryRunRollback:
            pass
        except _AlreadyStored:
            return IngestResult(name=name, status=UNCHANGED, sha256=sha256)
        except (IntegrityError, OperationalError) as exc:
            retry = isinstance(exc, IntegrityError) or getattr(exc.__cause__, "sqlstate", None) == DEADLOCK
            if not retry or attempt == WRITE_ATTEMPTS:
                raise
            logger.info("writing %s lost a race with another ingest (%s): trying again", name, exc)
            continue
        return result
    raise AssertionError("unreachable")  # pragma: no cover


def _source_locked(name: str, fields: dict) -> tuple[Source, bool]:
    """The source of that name, locked until the transaction ends (created when new); True when created.

    Two ingests of one file serialise here: the second waits for the first to commit, then reads its row.
    """
    source = Source.objects.select_for_update().filter(name=name).first()
    if source is not None:
        return source, False
    try:
        with transaction.atomic():
            return Source.objects.create(name=name, **fields), True
    except IntegrityError:
        source = Source.objects.select_for_update().filter(name=name).first()
        if source is None:  # the conflict was the checksum: these bytes are stored under another name
            raise _AlreadyStored from None
        return source, False


def _article_write(*, name: str, sha256: str, article: ExtractedArticle, skip_known: bool) -> IngestResult:
    fields = {
        "title": article.title[:500],
        "publisher": article.publisher[:100],
        "language": article.language[:8],
        "published_on": article.published.value,
        "published_precision": article.published.precision,
        "text": article.text,
        "sha256": sha256,
        "extraction_note": article.note,
    }
    source, created = _source_locked(name, fields)
    if not created:
        if skip_known and (source.sha256 == sha256 or Source.objects.filter(sha256=sha256).exists()):
            raise _AlreadyStored
        for key, value in fields.items():
            setattr(source, key, value)
        source.save()
    events_lock(article.claims)
    localities = localities_upsert(places=article.places + [p for c in article.claims for p in c.localities])
    actors = actors_upsert(article.claims)
    created_count, kept_count, touched, events = _claims_sync(source, article.claims, localities, actors)
    # Events matched or made for claims that were then skipped (kept curated ones) must not linger empty.
    _drop_orphan_events(touched | events)
    contested.refresh(touched | events)  # bulk_create sends no signal
    place_claims.refresh(touched | events)  # after contested, which it reads
    return IngestResult(name=name, status=CREATED if created else UPDATED, claims_created=created_count,
                        claims_kept=kept_count, note=article.note, sha256=sha256)


def _is_curated(claim: Claim) -> bool:
    return claim.curated or claim.review_status != ReviewStatus.UNREVIEWED


def _claims_sync(source: Source, extracted: list[ExtractedClaim], localities: dict[str, Locality],
                 actors: dict) -> tuple[int, int, set[int], set[int]]:
    """Bring the source's claims in line with the extracted ones; returns (created, kept, events left, events used)."""
    existing = list(source.claims.select_related("event").prefetch_related("event__localities"))
    curated = [c for c in existing if _is_curated(c)]
    machine: dict[tuple[int, str], list[Claim]] = {}
    for claim in existing:
        if not _is_curated(claim):
            machine.setdefault((claim.claimant_id, claim.quote), []).append(claim)
    kept = {(c.claimant_id, c.event_id) for c in curated}
    # A curator may have moved a kept claim to another event: its claimant and quote still identify it.
    kept_quotes = {(c.claimant_id, c.quote) for c in curated}
    for claim in curated:
        _reanchor(claim, source.text)

    events_by_ref: dict[int, Event] = {}
    found_again: list[Claim] = []
    new_claims: list[Claim] = []
    seen: set[tuple[int, int]] = set()
    for claim in extracted:
        actor = actors[(claim.claimant.name, claim.claimant.side)]
        same = _same_claim(machine.get((actor.id, claim.quote), []), claim, localities, events_by_ref.get(claim.event_ref))
        if same is not None and (actor.id, same.event_id) not in seen:
            machine[(actor.id, claim.quote)].remove(same)
            event = events_by_ref.setdefault(claim.event_ref, same.event)
            event_enrich(event, claim, localities)
            seen.add((actor.id, event.id))
            _update_in_place(same, claim)
            found_again.append(same)
            continue
        event = events_by_ref.get(claim.event_ref)
        if event is None:
            event = event_match_or_create(claim=claim, localities=localities)
            events_by_ref[claim.event_ref] = event
        else:
            event_enrich(event, claim, localities)
        key = (actor.id, event.id)
        if key in seen or key in kept or (actor.id, claim.quote) in kept_quotes:
            continue
        seen.add(key)
        new_claims.append(Claim(
            event=event, source=source, claimant=actor, stance=claim.stance, claimed_on=claim.claimed.value,
            claimed_precision=claim.claimed.precision, quote=claim.quote, quote_start=claim.start, quote_end=claim.end,
        ))
    # What the machine wrote before and the new text no longer says goes (before the inserts: a new claim may
    # take the (claimant, event) of one that goes).
    gone = [c for claims in machine.values() for c in claims]
    touched = {c.event_id for c in gone}
    Claim.objects.filter(pk__in=[c.pk for c in gone]).delete()
    Claim.objects.bulk_create(new_claims)
    return len(new_claims), len(found_again), touched, {e.id for e in events_by_ref.values()}


def _same_claim(candidates: list[Claim], claim: ExtractedClaim, localities: dict[str, Locality],
                grouped: Event | None) -> Claim | None:
    """The stored machine claim that the extracted one is again: same claimant and quote (the key of the
    candidates), an event of the same type, side and places at a compatible date, and, when the article already
    put this claim's event reference on an event, that event."""
    place_ids = {localities[p.key].id for p in claim.localities}
    for stored in candidates:
        event = stored.event
        if grouped is not None and event.id != grouped.id:
            continue
        if (event.event_type, event.actor_side) != (claim.event_type, claim.actor_side):
            continue
        if {loc.id for loc in event.localities.all()} != place_ids:
            continue
        if claim.occurred.known and not dates_compatible(event.occurred_on, event.occurred_precision,
                                                         claim.occurred.value, claim.occurred.precision):
            continue
        return stored
    return None


def _update_in_place(stored: Claim, claim: ExtractedClaim) -> None:
    """Offsets, stance and claim date as the new text gives them; a write (and a new updated_at) only on change."""
    values = {"stance": claim.stance, "claimed_on": claim.claimed.value, "claimed_precision": claim.claimed.precision,
              "quote_start": claim.start, "quote_end": claim.end}
    if any(getattr(stored, field) != value for field, value in values.items()):
        Claim.objects.filter(pk=stored.pk).update(**values, updated_at=timezone.now())


def _reanchor(claim: Claim, text: str) -> None:
    """Keep a curated claim's offsets true when its article text changed."""
    if text[claim.quote_start : claim.quote_end] == claim.quote:
        return
    start = text.find(claim.quote)
    if start >= 0:
        Claim.objects.filter(pk=claim.pk).update(quote_start=start, quote_end=start + len(claim.quote))


def _drop_orphan_events(event_ids: set[int]) -> None:
    """Events left without any claim by a re-extraction go too (unless a curator edited them)."""
    if event_ids:
        Event.objects.filter(id__in=event_ids, claims__isnull=True, curated=False).delete()
