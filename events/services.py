"""Write side: ingesting articles (files or posted bytes), each checked, extracted and written in its own transaction.

The writes of one article are in `events.writes`, the places, claimants and events it refers to in `events.records`.
What can go wrong is reported per file in one line and loses nothing else: an unreadable, oversized, empty or
non-text file, a failed extraction, a database error. When the database itself is gone the run stops at once and
the files not yet tried are counted as such.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, IntegrityError, InterfaceError, OperationalError, connection

from events.extracting import BatchExtractor
from events.extraction.errors import ArticleError
from events.extraction.formats import article_text
from events.models import Source
from events.writes import (  # noqa: F401  (the statuses and the write are this module's public names too)
    CREATED,
    FAILED,
    NOT_ATTEMPTED,
    UNCHANGED,
    UPDATED,
    IngestResult,
    article_write,
)

logger = logging.getLogger(__name__)

NAME_MAX_CHARS = 255  # Source.name


@dataclass
class IngestSummary:
    results: list[IngestResult] = field(default_factory=list)
    stopped: str = ""  # why the run stopped before the last file (the database went away)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def failed(self) -> list[IngestResult]:
        return [r for r in self.results if r.status == FAILED]


class DatabaseUnavailable(OperationalError):
    """The database cannot be reached: no further file is worth trying."""


def display_name(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (kept by the OS as surrogates) become U+FFFD."""
    return os.fsencode(name).decode("utf-8", "replace")


def _link_problem(path: Path) -> str:
    """Why a path that is a symbolic link cannot be followed ("" when it can)."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop: the link leads back to itself"
        if exc.errno == errno.ENOENT:
            return f"broken symbolic link (to {display_name(os.readlink(path))})"
        return f"cannot follow symbolic link: {exc.strerror}"
    return ""


def _problem(path: Path, error: str) -> IngestResult:
    return IngestResult(name=display_name(str(path)), status=FAILED, error=error)


def _walk(folder: Path, ancestors: frozenset, files: list[Path], problems: list[IngestResult]) -> None:
    """Files under a folder, symbolic links followed; a link back to a folder being walked is reported, not walked."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        problems.append(_problem(folder, f"cannot read folder: {exc.strerror or exc}"))
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.is_symlink():
            problem = _link_problem(path)
            if problem:
                problems.append(_problem(path, problem))
                continue
        try:
            is_dir = entry.is_dir()
            if is_dir:
                stat = os.stat(path)
        except OSError as exc:
            problems.append(_problem(path, f"cannot read: {exc.strerror or exc}"))
            continue
        if is_dir:
            key = (stat.st_dev, stat.st_ino)
            if key in ancestors:
                problems.append(_problem(path, "symbolic link loop: the link leads back to a folder that contains it"))
            else:
                _walk(path, ancestors | {key}, files, problems)
        elif entry.is_file() and not entry.name.startswith("."):
            files.append(path)


def collect_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[IngestResult]]:
    """Expand folders into their files (sorted, hidden files skipped); report what cannot be read and why."""
    files: list[Path] = []
    problems: list[IngestResult] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found: list[Path] = []
            stat = os.stat(path)
            _walk(path, frozenset({(stat.st_dev, stat.st_ino)}), found, problems)
            files.extend(sorted(found))
        elif path.is_file():
            files.append(path)
        elif path.is_symlink():
            problems.append(_problem(path, _link_problem(path) or "not a file or folder"))
        else:
            problems.append(_problem(path, "no such file or directory"))
    return files, problems


def _too_large(size: int) -> str:
    limit = settings.INGEST_MAX_BYTES
    return f"too large: {size} bytes, at most {limit} per article" if size > limit else ""


def _read(path: Path) -> bytes | str:
    """The file's bytes, or why they were not read: a file over INGEST_MAX_BYTES is refused before reading."""
    limit = settings.INGEST_MAX_BYTES
    try:
        error = _too_large(path.stat().st_size)
        if error:
            return error
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)  # a file growing while read is held to the limit too
    except OSError as exc:
        return f"cannot read file: {exc.strerror or exc}"
    return _too_large(len(raw)) or raw


Progress = Callable[[IngestResult, int, int], None]


def articles_ingest(*, paths: Sequence[str | Path], dry_run: bool = False, progress: Progress | None = None,
                    batch_size: int = 20) -> IngestSummary:
    """Ingest files and folders: read and extract a batch of articles, then write each one atomically.

    A file that cannot be read or decoded is reported with its reason and the others still ingest.
    Ingesting the same bytes twice changes nothing; a changed file with the same name is re-extracted
    while its curated claims are kept. Batches bound memory and let the NER run over many paragraphs at once;
    with more than one, a worker process extracts the next batch while this one is written (events.extracting),
    and batches small enough keep both cores busy from the start. `progress(result, done, total)` is called after
    each file.
    """
    files, problems = collect_paths(paths)
    summary = IngestSummary()
    total = len(files) + len(problems)

    def report(result: IngestResult) -> None:
        summary.results.append(result)
        if progress:
            progress(result, len(summary.results), total)

    for result in problems:
        report(result)
    seen: set[str] = set()
    batches = list(_batches(files, batch_size))
    # While one batch is written, the next one is read by a worker process (when there is a next one).
    with BatchExtractor(background=len(batches) > 1) as extractor:
        queued: tuple[list[Path], list[tuple[str, bytes | str]], _Prepared | DatabaseUnavailable | None] | None = None
        for batch in [*batches, None]:
            ahead = None
            if batch is not None and summary.stopped:
                ahead = (batch, [], None)  # reported as not attempted
            elif batch is not None:
                articles = [(display_name(path.name), _read(path)) for path in batch]
                try:
                    ahead = (batch, articles, _prepare(articles, seen=seen, extractor=extractor))
                except DatabaseUnavailable as exc:
                    ahead = (batch, articles, exc)
            if queued is not None:
                _report_batch(summary, *queued, dry_run=dry_run, report=report)
            queued = ahead
    return summary


def _report_batch(summary: IngestSummary, batch: list[Path], articles: list[tuple[str, bytes | str]],
                  prepared: _Prepared | DatabaseUnavailable | None, *, dry_run: bool, report: Callable) -> None:
    """Report a batch: not attempted once the run has stopped (`prepared` is then None or a batch read ahead)."""
    if summary.stopped or prepared is None:
        batch_results = [IngestResult(name=display_name(path.name), status=NOT_ATTEMPTED) for path in batch]
    elif isinstance(prepared, DatabaseUnavailable):
        summary.stopped = str(prepared)
        batch_results = [IngestResult(name=name, status=FAILED, error=raw) if isinstance(raw, str)
                         else IngestResult(name=name, status=NOT_ATTEMPTED) for name, raw in articles]
    else:
        try:
            batch_results = _finish(prepared, dry_run=dry_run)
        except _Stopped as exc:
            summary.stopped, batch_results = str(exc), exc.results
    for result in batch_results:
        report(result)


# Bytes read ahead in one batch: a hundred large articles are not held in memory at once.
BATCH_MAX_BYTES = 32 * 1024 * 1024


def _batches(files: list[Path], batch_size: int) -> Iterable[list[Path]]:
    batch: list[Path] = []
    size = 0
    for path in files:
        try:
            length = path.stat().st_size
        except OSError:
            length = 0  # reported when read
        if batch and (len(batch) >= batch_size or size + length > BATCH_MAX_BYTES):
            yield batch
            batch, size = [], 0
        batch.append(path)
        size += length
    if batch:
        yield batch


def articles_ingest_raw(*, articles: Sequence[tuple[str, bytes]], dry_run: bool = False) -> IngestSummary:
    """Ingest articles given as (name, raw bytes), e.g. posted over HTTP: the same path as files, results in order.

    Raises DatabaseUnavailable (an OperationalError) when the database cannot be reached.
    """
    sized = [(name, _too_large(len(raw)) or raw) for name, raw in articles]
    with BatchExtractor(background=False) as extractor:
        return IngestSummary(results=_finish(_prepare(sized, seen=set(), extractor=extractor), dry_run=dry_run))


def _database_error(exc: DatabaseError) -> str:
    first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return f"database error: {first}"


def _database_reachable() -> bool:
    """After an error, whether the database answers a new connection (inside a caller's transaction: assumed)."""
    if connection.in_atomic_block:
        return True
    try:
        connection.close()
    except DatabaseError:
        pass
    try:
        connection.ensure_connection()
    except DatabaseError:
        return False
    return True


def _check_database(exc: DatabaseError) -> None:
    """Raise DatabaseUnavailable when the error means the database is gone rather than this one article."""
    if isinstance(exc, (OperationalError, InterfaceError)) and not _database_reachable():
        raise DatabaseUnavailable(_database_error(exc).replace("database error", "database unreachable", 1)) from exc


@dataclass
class _Prepared:
    """A batch checked and handed to the extraction: a result for each article already settled (unreadable,
    unchanged), the others pending as (index, name, sha256, text) with their extraction under way."""

    results: list[IngestResult | None]
    pending: list[tuple[int, str, str, str]]
    extracted: Callable[[], list]


def _prepare(articles: list[tuple[str, bytes | str]], *, seen: set[str], extractor: BatchExtractor) -> _Prepared:
    """Articles as (name, raw bytes, or the reason they could not be read): the ones to extract, submitted.

    Raises DatabaseUnavailable when the database is gone before the first query answered.
    """
    results: list[IngestResult | None] = [None] * len(articles)
    readable: list[tuple[int, str, bytes]] = []
    for index, (name, raw) in enumerate(articles):
        if isinstance(raw, str):
            results[index] = IngestResult(name=name, status=FAILED, error=raw)
        elif len(name) > NAME_MAX_CHARS:
            results[index] = IngestResult(name=name, status=FAILED, error=f"file name longer than {NAME_MAX_CHARS} "
                                          "characters")
        else:
            readable.append((index, name, raw))
    shas = [hashlib.sha256(raw).hexdigest() for _, _, raw in readable]
    try:
        known = set(Source.objects.filter(sha256__in=shas).values_list("sha256", flat=True))
    except DatabaseError as exc:
        _check_database(exc)
        for index, name, _raw in readable:  # the database answers but not this query: a schema not migrated...
            results[index] = IngestResult(name=name, status=FAILED, error=_database_error(exc), exc=exc)
        return _Prepared(results, [], lambda: [])
    pending: list[tuple[int, str, str, str]] = []  # index, name, sha256, text
    for (index, name, raw), sha in zip(readable, shas, strict=True):
        if sha in known or sha in seen:
            results[index] = IngestResult(name=name, status=UNCHANGED, sha256=sha)
            continue
        seen.add(sha)
        try:
            pending.append((index, name, sha, article_text(name, raw)))
        except ArticleError as exc:
            results[index] = IngestResult(name=name, status=FAILED, error=str(exc))
    return _Prepared(results, pending, extractor.submit([(name, text) for _, name, _, text in pending]))


def _finish(prepared: _Prepared, *, dry_run: bool) -> list[IngestResult]:
    """Write what the extraction found; one result for each article of the batch, in order.

    Raises _Stopped (carrying the results, the files after the one that met it not attempted) when the database
    goes away.
    """
    results, pending = prepared.results, prepared.pending
    extracted = prepared.extracted()
    stopped: DatabaseUnavailable | None = None
    for (index, name, sha, _text), article in zip(pending, extracted, strict=True):
        if stopped is not None:
            results[index] = IngestResult(name=name, status=NOT_ATTEMPTED)
        elif isinstance(article, Exception):
            results[index] = IngestResult(name=name, status=FAILED, error=f"extraction failed: "
                                          f"{type(article).__name__}: {article}")
        else:
            results[index] = _write(name, sha, article, dry_run)
            if results[index].status == FAILED and results[index].error.startswith("database error"):
                try:
                    _check_database(results[index].exc)
                except DatabaseUnavailable as exc:
                    stopped = exc
    done = [result for result in results if result is not None]
    if stopped is not None:
        raise _Stopped(done, stopped)
    return done


class _Stopped(DatabaseUnavailable):
    def __init__(self, results: list[IngestResult], cause: DatabaseUnavailable):
        super().__init__(str(cause))
        self.results = results


def _write(name: str, sha: str, article, dry_run: bool) -> IngestResult:
    try:
        return article_write(name=name, sha256=sha, article=article, dry_run=dry_run, skip_known=True)
    except IntegrityError as exc:
        return IngestResult(name=name, status=FAILED, error=f"written meanwhile by another ingest, retry: {exc}", exc=exc)
    except DatabaseError as exc:
        return IngestResult(name=name, status=FAILED, error=_database_error(exc), exc=exc)
    except Exception as exc:  # one bad article must not stop the others; its transaction rolled back
        logger.debug("ingest of %s failed", name, exc_info=True)
        return IngestResult(name=name, status=FAILED, error=f"{type(exc).__name__}: {exc}", exc=exc)
