"""Extraction as the write side runs it: batches of articles read in this process, or in one forked worker that reads
the next batch while this process writes the last one, so that on two cores reading the language and writing rows
overlap instead of taking turns.

The extraction is pure (no ORM), so the worker needs nothing but the texts; the database connections are closed
before it is forked, so that it shares no socket with this process. A worker that dies or cannot return its result
costs nothing but time: that batch is read again here.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from django.db import connections

logger = logging.getLogger(__name__)

Extracted = list  # one ExtractedArticle, or the Exception its extraction raised, per text, in order


def extract_batch(texts: Sequence[tuple[str, str]]) -> Extracted:
    """Extract a batch; when the batch fails, each article alone, so that only the one at fault is lost."""
    from events.extraction.pipeline import extract_articles

    try:
        return extract_articles(list(texts))
    except Exception:  # a bug met by one article: find which
        logger.debug("batch extraction failed; extracting one by one", exc_info=True)
    extracted: Extracted = []
    for name, text in texts:
        try:
            extracted.extend(extract_articles([(name, text)]))
        except Exception as exc:
            extracted.append(exc)
    return extracted


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


class BatchExtractor:
    """Hands out batches to extract; `submit(texts)` returns a callable giving the batch's results.

    With `background`, batches go to one forked worker process and `submit` returns at once; without it (one batch
    only, inside a caller's transaction, or no fork on this platform) the batch is extracted here when its results
    are asked for.
    """

    def __init__(self, *, background: bool):
        self._pool: ProcessPoolExecutor | None = None
        if background and _can_fork() and not any(c.in_atomic_block for c in connections.all()):
            from events.extraction.pipeline import load_nlp
            from events.extraction.places import get_gazetteer

            load_nlp()  # loaded once here: the forked worker shares the model and the gazetteer
            get_gazetteer()
            connections.close_all()  # reopened on the next query; the worker must not inherit the sockets
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))

    @property
    def background(self) -> bool:
        return self._pool is not None

    def submit(self, texts: Sequence[tuple[str, str]]) -> Callable[[], Extracted]:
        texts = list(texts)
        if self._pool is None or not texts:
            return lambda: extract_batch(texts)
        try:
            future = self._pool.submit(extract_batch, texts)
        except Exception:  # the pool broke with an earlier batch: the rest are read here
            self._give_up()
            return lambda: extract_batch(texts)
        return lambda: self._result(future, texts)

    def _result(self, future: Future, texts: list[tuple[str, str]]) -> Extracted:
        try:
            return future.result()
        except Exception:  # the worker died (out of memory, killed) or a result would not pickle
            logger.warning("background extraction failed; extracting the batch in this process", exc_info=True)
            return extract_batch(texts)

    def _give_up(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> BatchExtractor:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
