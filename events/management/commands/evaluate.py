"""`manage.py evaluate --gold DIR --articles DIR`: score the extraction on annotated articles, in a throwaway database."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dj_database_url
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections

from events import selectors
from events.api import representations
from events.evaluation import Evaluation, load_gold, score
from events.services import articles_ingest


@contextmanager
def throwaway_database() -> Iterator[Path]:
    """Point the default database at a new, migrated SQLite file for the duration; put the real one back after.

    The ingest service and the selectors write and read the default alias, so the default connection itself is
    swapped (as Django's test runner does), not a second alias. The real connection object is kept and restored
    untouched (an open transaction on it stays open), and nothing is ever sent to it. A fresh database rather
    than a rolled-back transaction on the real one: the claims the real data holds would be matched with the new
    ones (same events, same sources) and the figures would depend on it, where the shared scorer starts empty.
    """
    original_settings = connections.settings[DEFAULT_DB_ALIAS]
    original = connections[DEFAULT_DB_ALIAS]
    with tempfile.TemporaryDirectory(prefix="evaluate-") as folder:
        throwaway = dj_database_url.parse(f"sqlite:///{Path(folder) / 'db.sqlite3'}")
        # Nothing here needs to survive a crash: skip the fsyncs.
        throwaway["OPTIONS"] = {"init_command": "PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF;"}
        connections.settings[DEFAULT_DB_ALIAS] = connections.configure_settings({DEFAULT_DB_ALIAS: throwaway})[
            DEFAULT_DB_ALIAS
        ]
        del connections[DEFAULT_DB_ALIAS]
        # Content types are cached per alias with their ids: the real database's must not be used in the
        # throwaway one (migrate creates permissions with them), nor the throwaway's kept afterwards.
        ContentType.objects.clear_cache()
        try:
            call_command("migrate", verbosity=0, interactive=False)
            yield Path(folder)
        finally:
            connections[DEFAULT_DB_ALIAS].close()
            connections.settings[DEFAULT_DB_ALIAS] = original_settings
            connections[DEFAULT_DB_ALIAS] = original
            ContentType.objects.clear_cache()


def served_claims() -> list[dict]:
    """Every claim as /api/claims/ serves it, in its default order (by id): the list view's selectors and shape."""
    rows = list(selectors.claim_rows(selectors.claim_feed().order_by("pk")))
    places = selectors.places_of_events(row["event__id"] for row in rows)
    return representations.claim_rows(rows, places)


def _check_folders(gold: Path, articles: Path) -> dict[str, dict]:
    for option, path in (("--gold", gold), ("--articles", articles)):
        if not path.is_dir():
            raise CommandError(f"{option} {path}: no such folder")
    try:
        golds = load_gold(gold)
    except (ValueError, KeyError) as exc:
        raise CommandError(f"--gold {gold}: unreadable gold file ({type(exc).__name__}: {exc})") from exc
    if not golds:
        raise CommandError(f"--gold {gold}: no gold *.json file in this folder")
    for name in golds:
        if not (articles / name).is_file():
            raise CommandError(f"--articles {articles / name}: the gold names this article but it is not there")
    return golds


class Command(BaseCommand):
    help = (
        "Score the extraction on a folder of articles against gold annotations, with the rules of the shared "
        "scorer (../shared/eval/score_claims.py): precision, recall, F1 over claim units (per locality), field "
        "accuracies, coreference and a per-event-type table; -v 2 adds per-article figures and the MISSED/EXTRA "
        "units, -v 0 prints the F1 line only, --json the figures as the shared scorer's --json does. "
        "How: the default database is pointed at a new SQLite file for the run, migrated, the articles are "
        "ingested by the ingest service, the claims are read as /api/claims/ serves them, then the file is "
        "deleted and the real database put back. Your data is neither read nor written."
    )

    def add_arguments(self, parser):
        parser.add_argument("--gold", required=True, type=Path, help="folder of gold *.json files")
        parser.add_argument("--articles", required=True, type=Path, help="folder of the article files they annotate")
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="print the figures as one JSON object, nothing else"
        )

    def handle(self, *args, gold: Path, articles: Path, as_json: bool, verbosity: int, **options):
        golds = _check_folders(gold, articles)
        with throwaway_database():
            summary = articles_ingest(paths=[articles])
            claims = served_claims()
        result = score(claims, golds, articles)
        for failed in summary.failed:
            self.stderr.write(f"ingest failed {failed.name}: {failed.error}")
        if as_json:
            self.stdout.write(json.dumps(result.as_json()))
            return
        self._report(result, verbosity)

    def _report(self, result: Evaluation, verbosity: int) -> None:
        fig = result.figures
        if verbosity >= 2:
            for name, counts in result.per_article.items():
                self.stdout.write(f"{name:40} tp {counts.tp:3} fp {counts.fp:3} fn {counts.fn:3}  "
                                  f"P {counts.precision:.3f} R {counts.recall:.3f} F1 {counts.f1:.3f}")
            for u, quote in result.missed:
                self.stdout.write(f"MISSED   {u[0][:12]} {u[1]} {u[2]} {u[3]} | {quote}")
            for u, quote in result.extra:
                self.stdout.write(f"EXTRA    {u[0][:12]} {u[1]} {u[2]} {u[3]} | {quote}")
        if verbosity >= 3:
            for fname, name, gold_value, served_value, quote in result.mismatched:
                self.stdout.write(f"FIELD    {fname[:12]} {name}: gold {gold_value}, served {served_value} | {quote}")
        if verbosity >= 1:
            for key, value in fig.items():
                if key != "coreference":
                    self.stdout.write(f"{key}: {value}")
            split = {key: n for key, n in fig["coreference"].items() if n > 1}
            self.stdout.write(f"coreference: {len(fig['coreference'])} gold events matched, "
                              f"{len(split)} split over several events {split or ''}".rstrip())
            self.stdout.write(f"{'event type':20} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}")
            for event_type, counts in sorted(result.per_event_type.items()):
                self.stdout.write(f"{event_type:20} {counts.tp:4} {counts.fp:4} {counts.fn:4} "
                                  f"{counts.precision:6.3f} {counts.recall:6.3f} {counts.f1:6.3f}")
        self.stdout.write(f"f1 {fig['f1']} precision {fig['precision']} recall {fig['recall']}")

