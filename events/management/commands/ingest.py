"""`manage.py ingest PATH...`: read articles, extract their claims, write them (thin: the work is in services)."""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand, CommandError

from events.services import CREATED, FAILED, UNCHANGED, UPDATED, IngestResult, articles_ingest


class Command(BaseCommand):
    help = (
        "Ingest news articles (files or folders of files): extract sources, places, events and claims. "
        "Idempotent: the same bytes ingested twice change nothing. Exits non-zero if any file failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="article files or folders of article files")
        parser.add_argument(
            "--dry-run", action="store_true", help="run the whole ingest, then roll back: nothing is written"
        )

    def handle(self, *args, paths: list[str], dry_run: bool, verbosity: int, **options):
        def progress(result: IngestResult) -> None:
            if verbosity >= 2:
                self.stdout.write(f"{result.status:9} {result.name} ({result.claims_created} claims)")

        summary = articles_ingest(paths=paths, dry_run=dry_run, progress=progress)
        for result in summary.failed:
            self.stderr.write(self.style.ERROR(f"failed    {result.name}: {result.error}"))
        if verbosity >= 1:
            for result in summary.results:
                if result.note and result.status != FAILED:
                    self.stdout.write(f"note      {result.name}: {result.note}")
        claims = sum(r.claims_created for r in summary.results)
        prefix = "dry run, nothing written: " if dry_run else ""
        self.stdout.write(
            f"{prefix}{summary.count(CREATED)} created, {summary.count(UPDATED)} updated, "
            f"{summary.count(UNCHANGED)} unchanged, {summary.count(FAILED)} failed; {claims} claims created"
        )
        if summary.failed:
            sys.stdout.flush()
            raise CommandError(f"{len(summary.failed)} file(s) failed: " + ", ".join(r.name for r in summary.failed))
