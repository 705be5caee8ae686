"""Ingest on two cores: a worker process extracts the next batch while this one writes the last, with the same rows
as one process reading and writing in turn, and a worker that dies costs only time."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from events import extracting, services
from events.models import Claim, Event, Source

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").iterdir())
PARENT = os.getpid()

# The writes must commit for the worker to be used (inside a caller's transaction the batches are read in turn);
# serialized_rollback keeps the rows that migrations create.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def corpus(folder: Path) -> Path:
    """Ten articles: the seeds and, for each, a copy with one more paragraph (distinct bytes, same claims)."""
    folder.mkdir()
    for seed in SEEDS:
        shutil.copy(seed, folder / seed.name)
        (folder / f"{seed.stem}_maj.txt").write_bytes(seed.read_bytes() + "\n\nMise à jour : rien de neuf.\n".encode())
    return folder


def rows() -> list[tuple]:
    return sorted(Claim.objects.values_list("source__name", "quote", "stance", "event__event_type",
                                            "claimant__name"))


def worker_pid(texts):
    """Stands for the extraction: which process ran it."""
    return [os.getpid()] * len(texts)


def dies_in_the_worker(texts):
    if os.getpid() != PARENT:
        os._exit(1)
    return ORIGINAL(texts)


ORIGINAL = extracting.extract_batch


def test_batches_go_to_a_worker_process_when_nothing_holds_a_transaction(monkeypatch):
    monkeypatch.setattr(extracting, "extract_batch", worker_pid)
    with extracting.BatchExtractor(background=True) as extractor:
        assert extractor.background
        [pid] = extractor.submit([("a.txt", "texte")])()
    assert pid != os.getpid()
    with extracting.BatchExtractor(background=False) as extractor:
        assert not extractor.background
        assert extractor.submit([("a.txt", "texte")])() == [os.getpid()]


def test_batches_overlapping_with_writes_give_the_rows_of_batches_taken_in_turn(tmp_path):
    folder = corpus(tmp_path / "articles")
    overlapped = services.articles_ingest(paths=[folder], batch_size=3)  # four batches: a worker reads ahead
    assert overlapped.count(services.CREATED) == 10 and not overlapped.failed
    found = rows()
    assert len(found) > 50 and Event.objects.exists()
    Source.objects.all().delete()
    one_batch = services.articles_ingest(paths=[folder], batch_size=100)  # one batch: read here, then written
    assert one_batch.count(services.CREATED) == 10
    assert rows() == found


def test_a_worker_that_dies_costs_time_not_articles(tmp_path, monkeypatch, caplog):
    folder = corpus(tmp_path / "articles")
    monkeypatch.setattr(extracting, "extract_batch", dies_in_the_worker)
    summary = services.articles_ingest(paths=[folder], batch_size=4)
    assert "background extraction failed" in caplog.text
    assert summary.count(services.CREATED) == 10 and not summary.failed
    assert Source.objects.count() == 10
