"""`manage.py ingest` as real processes: two at once on one PostgreSQL database, and a database that goes away."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote

import pytest
from django.core.management import CommandError, call_command
from django.db import OperationalError, connection

from events import services
from events.models import Claim, Event, Source

PROJECT = Path(__file__).resolve().parent.parent
SEEDS = sorted((PROJECT / "seeds").iterdir())


def database_url() -> str:
    db = connection.settings_dict
    credentials = quote(db["USER"] or "") + (f":{quote(db['PASSWORD'])}" if db["PASSWORD"] else "")
    return f"postgres://{credentials}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def command(*args: str, database: str) -> list[str]:
    return [sys.executable, "manage.py", "ingest", *args]


def environment(database: str) -> dict[str, str]:
    # No NER: these tests are about processes and the database, and the French model takes seconds to load.
    return {**os.environ, "DEBUG": "1", "DATABASE_URL": database, "CONN_MAX_AGE": "0", "EXTRACTION_NER": "0"}


def start(*args: str, database: str) -> subprocess.Popen:
    return subprocess.Popen(command(*args, database=database), cwd=PROJECT, env=environment(database),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(process: subprocess.Popen) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=300)
    return process.returncode, out, err


def corpus(folder: Path) -> list[Path]:
    """Ten articles: the seeds and, for each, a copy with one more paragraph (distinct bytes, same claims)."""
    folder.mkdir()
    paths = []
    for seed in SEEDS:
        paths.append(Path(shutil.copy(seed, folder / seed.name)))
        variant = folder / f"{seed.stem}_maj.txt"
        variant.write_bytes(seed.read_bytes() + "\n\nMise à jour : pas de nouvel élément.\n".encode())
        paths.append(variant)
    return sorted(paths)


def claim_ids() -> dict[int, tuple[str, str]]:
    return dict((pk, (name, quote)) for pk, name, quote in Claim.objects.values_list("pk", "source__name", "quote"))


@pytest.mark.slow
@pytest.mark.skipif(connection.vendor != "postgresql", reason="two ingest processes writing at once need PostgreSQL "
                    "(SQLite lets one writer in at a time): this runs in the PostgreSQL pass of CI, .ci/run")
# The processes' writes must really commit; serialized_rollback keeps the rows migrations create (groups).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_ingests_of_overlapping_folders_at_once_fail_nothing_duplicate_nothing_and_keep_claim_ids(tmp_path):
    files = corpus(tmp_path / "all")
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, chosen in ((first, files[:7]), (second, files[3:])):  # four files in both
        folder.mkdir()
        for path in chosen:
            os.symlink(path, folder / path.name)

    def both_at_once() -> list[tuple[int, str, str]]:
        processes = [start(str(first), database=database_url()), start(str(second), database=database_url())]
        return [finish(p) for p in processes]

    for code, out, err in both_at_once():
        assert code == 0, out + err
        assert "0 failed, 0 not attempted" in out and "Traceback" not in err
    assert sorted(Source.objects.values_list("name", flat=True)) == [p.name for p in files]
    # What a lone ingest would have merged (the same type, side, date, places and numbers) is one event.
    told = Counter(
        (e.event_type, e.actor_side, e.occurred_on, e.occurred_precision, e.region_id, str(sorted(e.quantities.items())),
         tuple(sorted(loc.pk for loc in e.localities.all())))
        for e in Event.objects.exclude(occurred_on=None).prefetch_related("localities")
    )
    assert [key for key, n in told.items() if n > 1] == []
    before = claim_ids()
    assert before

    # Again at once, one file changed meanwhile: nothing fails, and every claim not about the change keeps its id.
    changed = files[4]
    changed.write_bytes(changed.read_bytes() + b"\nUn paragraphe de plus, sans rapport avec les combats.\n")
    results = both_at_once()
    for code, out, err in results:
        assert code == 0, out + err
    outs = "".join(out for _code, out, _err in results)
    assert outs.count("1 updated") == 1 and outs.count("0 created") == 2
    assert claim_ids() == before


def test_re_ingesting_a_changed_article_keeps_the_ids_of_its_unchanged_claims(tmp_path, db):
    path = tmp_path / "article.txt"
    shutil.copy(SEEDS[1], path)
    call_command("ingest", str(path), verbosity=0)
    before = claim_ids()
    assert len(before) >= 2
    path.write_text(path.read_text(encoding="utf-8") + "\nUn paragraphe ajouté, sans rapport avec les combats.\n",
                    encoding="utf-8")
    call_command("ingest", str(path), verbosity=0)
    source = Source.objects.get()
    assert claim_ids() == before
    assert all(source.text[c.quote_start:c.quote_end] == c.quote for c in source.claims.all())


def test_an_unreachable_database_stops_the_run_with_its_summary_and_no_traceback(tmp_path):
    files = corpus(tmp_path / "articles")
    started = time.monotonic()
    process = start(str(tmp_path / "articles"), database="postgres://postgres@127.0.0.1:9/nothing")  # discard port
    code, out, err = finish(process)
    assert code != 0
    assert f"0 created, 0 updated, 0 unchanged, 0 failed, {len(files)} not attempted" in out
    assert "database unreachable" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert time.monotonic() - started < 60


def test_a_database_error_is_one_line_naming_each_file_and_the_problem(tmp_path):
    corpus(tmp_path / "articles")
    (tmp_path / "empty.sqlite3").touch()  # a database without the tables: it answers, every query fails
    code, out, err = finish(start(str(tmp_path / "articles"), database=f"sqlite:///{tmp_path / 'empty.sqlite3'}"))
    assert code != 0
    assert "0 created, 0 updated, 0 unchanged, 10 failed, 0 not attempted" in out
    assert f"failed    {SEEDS[0].name}: database error: no such table: events_source" in err
    assert "Traceback" not in err


def test_a_database_lost_in_the_middle_of_a_run_stops_it_and_counts_the_files_not_attempted(tmp_path, db, monkeypatch):
    corpus(tmp_path / "articles")
    writes = []

    def article_write(**kwargs):
        writes.append(kwargs["name"])
        if len(writes) == 3:
            raise OperationalError("server closed the connection unexpectedly")
        return original(**kwargs)

    original = services.article_write
    monkeypatch.setattr(services, "article_write", article_write)
    monkeypatch.setattr(services, "_database_reachable", lambda: False)
    out = __import__("io").StringIO()
    err = __import__("io").StringIO()
    with pytest.raises(CommandError, match="stopped: database unreachable: server closed the connection"):
        call_command("ingest", str(tmp_path / "articles"), stdout=out, stderr=err)
    assert "2 created, 0 updated, 0 unchanged, 1 failed, 7 not attempted" in out.getvalue()
    assert len(writes) == 3
    assert "database error: server closed the connection unexpectedly" in err.getvalue()
