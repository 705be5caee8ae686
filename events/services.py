"""Write side: ingesting articles (idempotent, one short transaction each) and merging records."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q

from events import contested, data_version
from events.choices import DatePrecision, ReviewStatus
from events.extraction.errors import ArticleError
from events.extraction.places import fold
from events.extraction.text import decode
from events.extraction.types import ExtractedArticle, ExtractedClaim, PlaceRef
from events.models import Actor, Claim, Event, Locality, LocalityKey, Source

logger = logging.getLogger(__name__)

CREATED, UPDATED, UNCHANGED, FAILED = "created", "updated", "unchanged", "failed"


@dataclass
class IngestResult:
    """What happened to one file."""

    name: str
    status: str
    claims_created: int = 0
    error: str = ""
    note: str = ""
    sha256: str = ""


@dataclass
class IngestSummary:
    results: list[IngestResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def failed(self) -> list[IngestResult]:
        return [r for r in self.results if r.status == FAILED]


@dataclass
class _Pending:
    """An article read and extracted, waiting to be written."""

    name: str
    sha256: str
    article: ExtractedArticle | None = None
    error: str = ""


def collect_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[IngestResult]]:
    """Expand folders into their files (sorted, hidden files skipped); report paths that do not exist."""
    files: list[Path] = []
    missing: list[IngestResult] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")))
        elif path.is_file():
            files.append(path)
        else:
            missing.append(IngestResult(name=str(path), status=FAILED, error="no such file or directory"))
    return files, missing


def _read(path: Path) -> tuple[bytes | None, str]:
    try:
        return path.read_bytes(), ""
    except OSError as exc:
        return None, f"cannot read file: {exc.strerror or exc}"


def articles_ingest(*, paths: Sequence[str | Path], dry_run: bool = False, progress=None,
                    batch_size: int = 100) -> IngestSummary:
    """Ingest files and folders: read and extract a batch of articles, then write each one atomically.

    A file that cannot be read or decoded is reported with its reason and the others still ingest.
    Ingesting the same bytes twice changes nothing; a changed file with the same name is re-extracted
    while its curated claims are kept. Batches bound memory and let the NER run over many paragraphs at once.
    """
    files, missing = collect_paths(paths)
    summary = IngestSummary(results=list(missing))
    seen: set[str] = set()
    for offset in range(0, len(files), batch_size):
        articles: list[tuple[str, bytes | str]] = []
        for path in files[offset:offset + batch_size]:
            raw, error = _read(path)
            articles.append((path.name, raw if raw is not None else error))
        for result in _ingest_batch(articles, seen=seen, dry_run=dry_run):
            summary.results.append(result)
            if progress:
                progress(result)
    return summary


def articles_ingest_raw(*, articles: Sequence[tuple[str, bytes]], dry_run: bool = False) -> IngestSummary:
    """Ingest articles given as (name, raw bytes), e.g. posted over HTTP: the same path as files, results in order."""
    return IngestSummary(results=_ingest_batch(list(articles), seen=set(), dry_run=dry_run))


def _too_large(raw: bytes) -> str:
    limit = settings.INGEST_MAX_BYTES
    return f"too large: {len(raw)} bytes, at most {limit} per article" if len(raw) > limit else ""


def _ingest_batch(articles: list[tuple[str, bytes | str]], *, seen: set[str], dry_run: bool) -> list[IngestResult]:
    """Articles as (name, raw bytes, or the reason they could not be read); one result each, in the same order."""
    from events.extraction.pipeline import extract_articles

    results: list[IngestResult | None] = [None] * len(articles)
    readable: list[tuple[int, str, bytes]] = []
    for index, (name, raw) in enumerate(articles):
        error = raw if isinstance(raw, str) else _too_large(raw)
        if error:
            results[index] = IngestResult(name=name, status=FAILED, error=error)
        else:
            readable.append((index, name, raw))
    shas = [hashlib.sha256(raw).hexdigest() for _, _, raw in readable]
    known = set(Source.objects.filter(sha256__in=shas).values_list("sha256", flat=True))
    pending: list[tuple[int, _Pending]] = []
    texts: list[tuple[str, str]] = []
    for (index, name, raw), sha in zip(readable, shas, strict=True):
        if sha in known or sha in seen:
            results[index] = IngestResult(name=name, status=UNCHANGED, sha256=sha)
            continue
        seen.add(sha)
        item = _Pending(name=name, sha256=sha)
        try:
            texts.append((name, decode(raw)))
        except ArticleError as exc:
            item.error = str(exc)
        pending.append((index, item))

    extracted = iter(extract_articles(texts))
    for index, item in pending:
        if item.error:
            results[index] = IngestResult(name=item.name, status=FAILED, error=item.error)
            continue
        item.article = next(extracted)
        try:
            result = article_write(name=item.name, sha256=item.sha256, article=item.article, dry_run=dry_run)
        except IntegrityError:
            # Another process (a second web node) wrote the same bytes, or the same name, since our check.
            if Source.objects.filter(sha256=item.sha256).exists():
                result = IngestResult(name=item.name, status=UNCHANGED, sha256=item.sha256)
            else:
                result = IngestResult(name=item.name, status=FAILED, error="written meanwhile by another request: retry")
        except Exception as exc:  # one bad article must not stop the others; its transaction rolled back
            logger.exception("ingest of %s failed", item.name)
            result = IngestResult(name=item.name, status=FAILED, error=f"{type(exc).__name__}: {exc}")
        results[index] = result
    return [result for result in results if result is not None]


class _DryRunRollback(Exception):
    pass


def article_write(*, name: str, sha256: str, article: ExtractedArticle, dry_run: bool = False) -> IngestResult:
    """Write one extracted article in one transaction; with dry_run the same writes are rolled back."""
    try:
        with transaction.atomic():
            data_version.changed()  # claims are written with bulk_create, which sends no signal
            result = _article_write(name=name, sha256=sha256, article=article)
            if dry_run:
                raise _DryRunRollback
    except _DryRunRollback:
        pass
    return result


def _article_write(*, name: str, sha256: str, article: ExtractedArticle) -> IngestResult:
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
    touched: set[int] = set()
    source = Source.objects.select_for_update().filter(name=name).first()
    if source is None:
        source = Source.objects.create(name=name, **fields)
        status = CREATED
    else:
        for key, value in fields.items():
            setattr(source, key, value)
        source.save()
        status = UPDATED
        touched = _drop_uncurated_claims(source)

    localities = localities_upsert(places=article.places + [p for c in article.claims for p in c.localities])
    actors = _actors_upsert(article.claims)
    kept = {(c.claimant_id, c.event_id): c for c in source.claims.all()}
    # A curator may have moved a kept claim to another event: its claimant and quote still identify it.
    kept_quotes = {(c.claimant_id, c.quote) for c in kept.values()}
    for claim in kept.values():
        _reanchor(claim, source.text)

    events_by_ref: dict[int, Event] = {}
    new_claims: list[Claim] = []
    seen: set[tuple[int, int]] = set()
    for claim in article.claims:
        event = events_by_ref.get(claim.event_ref)
        if event is None:
            event = event_match_or_create(claim=claim, localities=localities)
            events_by_ref[claim.event_ref] = event
        else:
            _event_enrich(event, claim, localities)
        actor = actors[(claim.claimant.name, claim.claimant.side)]
        key = (actor.id, event.id)
        if key in seen or key in kept or (actor.id, claim.quote) in kept_quotes:
            continue
        seen.add(key)
        new_claims.append(
            Claim(
                event=event,
                source=source,
                claimant=actor,
                stance=claim.stance,
                claimed_on=claim.claimed.value,
                claimed_precision=claim.claimed.precision,
                quote=claim.quote,
                quote_start=claim.start,
                quote_end=claim.end,
            )
        )
    Claim.objects.bulk_create(new_claims)
    # Events matched or made for claims that were then skipped (kept curated ones) must not linger empty.
    _drop_orphan_events(touched | {e.id for e in events_by_ref.values()})
    contested.refresh(touched | {e.id for e in events_by_ref.values()})  # bulk_create sends no signal
    return IngestResult(name=name, status=status, claims_created=len(new_claims), note=article.note, sha256=sha256)


def _drop_uncurated_claims(source: Source) -> set[int]:
    """A re-extraction replaces what the machine wrote, never what a curator touched; returns the events hit."""
    doomed = source.claims.filter(review_status=ReviewStatus.UNREVIEWED, curated=False)
    events = set(doomed.values_list("event_id", flat=True))
    doomed.delete()
    return events


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
        existing[key] = Locality.objects.create(
            gazetteer_key=key,
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


def _actors_upsert(claims: Iterable[ExtractedClaim]) -> dict[tuple[str, str], Actor]:
    refs = {(c.claimant.name, c.claimant.side): c.claimant for c in claims}
    if not refs:
        return {}
    q = Q()
    for name, side in refs:
        q |= Q(name=name, side=side)
    actors = {(a.name, a.side): a for a in Actor.objects.filter(q)}
    for key, ref in refs.items():
        if key not in actors:
            actors[key] = Actor.objects.create(name=ref.name, side=ref.side, kind=ref.kind)
    return actors


def _dates_compatible(a_on, a_prec: str, b_on, b_prec: str) -> bool:
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
        candidates = Event.objects.filter(
            event_type=claim.event_type, actor_side=claim.actor_side, **_date_window(claim.occurred)
        )
        # Narrow in SQL first (this runs for every claim of every article, on tables of millions of rows).
        if place_ids:
            candidates = candidates.filter(localities__in=place_ids).distinct()
        else:
            candidates = candidates.filter(region_id=region_id, localities__isnull=True)
        for event in candidates.prefetch_related("localities")[:50]:
            if {loc.id for loc in event.localities.all()} != place_ids:
                continue
            if not _dates_compatible(event.occurred_on, event.occurred_precision, claim.occurred.value,
                                     claim.occurred.precision):
                continue
            if not _quantities_compatible(event.quantities or {}, claim.quantities):
                continue
            _event_enrich(event, claim, localities)
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


_PRECISION_RANK = {DatePrecision.UNKNOWN: 0, DatePrecision.YEAR: 1, DatePrecision.MONTH: 2, DatePrecision.DAY: 3}


def _event_enrich(event: Event, claim: ExtractedClaim, localities: dict[str, Locality]) -> None:
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
