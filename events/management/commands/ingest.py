"""`manage.py ingest PATH...`: read articles, extract their claims, write them (thin: the work is in services)."""

from __future__ import annotations

import sys
import time
import traceback

from django.core.management.base import BaseCommand, CommandError

from events.services import (
    CREATED,
    FAILED,
    NOT_ATTEMPTED,
    UNCHANGED,
    UPDATED,
    DatabaseUnavailable,
    IngestResult,
    articles_ingest,
)

BAR_WIDTH = 30


class ProgressBar:
    """One line redrawn in place on a terminal: files done of the total, the rate and the last file."""

    def __init__(self, stream):
        self.stream = stream
        self.started = time.monotonic()
        self.drawn = False

    def update(self, result: IngestResult, done: int, total: int) -> None:
        filled = BAR_WIDTH * done // max(total, 1)
        rate = done / max(time.monotonic() - self.started, 1e-6)
        line = f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total} files, {rate:.1f}/s  {result.name[:40]}"
        self.stream.write(f"\r{line:<100}", style_func=_plain, ending="")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\r" + " " * 100 + "\r", style_func=_plain, ending="")
            self.stream.flush()


class Command(BaseCommand):
    help = (
        "Ingest news articles (files or folders of files; plain text in UTF-8 or UTF-16, or HTML pages): extract "
        "sources, places, events and claims. Idempotent: the same bytes ingested twice change nothing. Exits "
        "non-zero if any file failed or the database could not be reached."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="article files or folders of article files")
        parser.add_argument(
            "--dry-run", action="store_true", help="run the whole ingest, then roll back: nothing is written"
        )

    def handle(self, *args, paths: list[str], dry_run: bool, verbosity: int, **options):
        show_traceback = options.get("traceback", False)
        # A bar on a terminal only: redirected to a file or a pipe, stderr gets the failures and nothing else.
        bar = ProgressBar(self.stderr) if verbosity >= 1 and _is_terminal(self.stderr) else None
        started = time.monotonic()

        def progress(result: IngestResult, done: int, total: int) -> None:
            if verbosity >= 2:
                if bar:
                    bar.close()
                claims = f"{result.claims_created} claims created, {result.claims_kept} kept"
                detail = f"({claims})" if result.status in (CREATED, UPDATED) else f"({result.error})" if result.error else ""
                self.stdout.write(f"[{done}/{total} {time.monotonic() - started:.1f}s] {result.status:9} {result.name} "
                                  f"{detail}".rstrip())
            if bar:
                bar.update(result, done, total)

        try:
            summary = articles_ingest(paths=paths, dry_run=dry_run, progress=progress)
        finally:
            if bar:
                bar.close()
        for result in summary.failed:
            self.stderr.write(self.style.ERROR(f"failed    {result.name}: {result.error}"))
            if show_traceback and result.exc is not None:
                self.stderr.write("".join(traceback.format_exception(result.exc)))
        if verbosity >= 1:
            for result in summary.results:
                if result.note and result.status != FAILED:
                    self.stdout.write(f"note      {result.name}: {result.note}")
        claims = sum(r.claims_created for r in summary.results)
        prefix = "dry run, nothing written: " if dry_run else ""
        not_attempted = summary.count(NOT_ATTEMPTED)
        self.stdout.write(
            f"{prefix}{summary.count(CREATED)} created, {summary.count(UPDATED)} updated, "
            f"{summary.count(UNCHANGED)} unchanged, {summary.count(FAILED)} failed, {not_attempted} not attempted; "
            f"{claims} claims created"
        )
        sys.stdout.flush()
        if summary.stopped:
            message = f"stopped: {summary.stopped}; {not_attempted} file(s) not attempted"
            if show_traceback:
                raise DatabaseUnavailable(message)
            raise CommandError(message)
        if summary.failed:
            raise CommandError(f"{len(summary.failed)} file(s) failed: " + ", ".join(r.name for r in summary.failed))


def _plain(text: str) -> str:
    return text  # stderr's wrapper colours everything as an error on a terminal; the bar is not one


def _is_terminal(stream) -> bool:
    isatty = getattr(getattr(stream, "_out", stream), "isatty", None)
    return bool(isatty and isatty())
