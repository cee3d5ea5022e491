"""The pipeline on several cores of one machine: documents extracted by forked worker processes, in input order.

:class:`ForkedWorkers` is a pool of worker processes *forked* from this one: they inherit the language data
loaded here (:func:`load_language_data`, called before the pool starts, so that the workers share it with this
process instead of each loading its own copy: a second or so and tens of megabytes apiece) and any stage table
as it is (the user's actor dictionaries are closures in it, which could not be pickled to a new process).
Forking needs a POSIX system; :func:`check_workers` refuses ``workers`` > 1
elsewhere, with a clear error. A worker that dies (killed, out of memory) breaks the pool: every document it
held fails, with the reason :data:`WORKER_DIED`, and the next document submitted starts a new pool.

:func:`extract_in_order` is :func:`peristiwa.pipeline.extract_many` over such a pool: the same articles and
failures, in the same order, with at most :data:`IN_FLIGHT_PER_WORKER` documents per worker handed out ahead of
the one the caller is reading (memory stays flat whatever the input). ``peristiwa extract --workers N`` runs it;
``peristiwa.store.ingest`` uses the pool for ``ingest(workers=N)``, with the writes kept in one process.

The per-article time limit (SIGALRM) applies inside the workers, whose tasks run in their main thread. For
archives too big for one machine, see :mod:`peristiwa.distributed` (shards on a process pool or on Dask).
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from peristiwa.model import Article, RawDocument
from peristiwa.pipeline import DEFAULT_STAGES, DEFAULT_TIME_LIMIT, DocumentError, Stage, extract, reader_failure

# Documents handed to each worker ahead of the one the caller takes next: enough that no worker waits while the
# caller writes what it took, few enough that memory stays flat.
IN_FLIGHT_PER_WORKER = 8
WORKER_DIED = "the worker process extracting it died (killed, or out of memory)"


def check_workers(workers: int) -> None:
    """Raise ``ValueError`` for a number of workers that cannot be run here."""
    if workers < 1:
        raise ValueError(f"workers must be 1 or more, not {workers}")
    if workers > 1 and "fork" not in multiprocessing.get_all_start_methods():
        raise ValueError("workers > 1 needs a system that can fork processes (POSIX); use workers=1")


def load_language_data(stages: Iterable[str] = DEFAULT_STAGES, table: dict[str, Stage] | None = None) -> None:
    """Run the stages once on a sentence of our own, so that the dictionaries, lexicons and patterns they read
    are loaded in this process (and frozen out of the garbage collector's passes: see
    ``peristiwa.pipeline._freeze_loaded_data``) before workers are forked from it."""
    extract(RawDocument(id="warm-up", text="JAKARTA - Menteri Luar Negeri bertemu Duta Besar Malaysia di Jakarta, "
                                           "Senin (9/2/2026), dan meminta penjelasan atas penangkapan 14 nelayan."),
            tuple(stages), None, table)


class ForkedWorkers:
    """``size`` forked worker processes, each set up by ``initializer(*initargs)``; a context manager."""

    def __init__(self, size: int, initializer: Callable[..., None] | None = None, initargs: tuple = ()):
        check_workers(size)
        self.size = size
        self._initializer, self._initargs = initializer, initargs
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> ForkedWorkers:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        """The future of ``fn(*args)`` in a worker. A pool broken by the death of a worker has failed every task it
        held (their futures raise ``BrokenProcessPool``); this starts a new one for the tasks after them."""
        if self._pool is not None:
            try:
                return self._pool.submit(fn, *args)
            except BrokenProcessPool:
                self._pool.shutdown(wait=False)
        self._pool = ProcessPoolExecutor(self.size, mp_context=multiprocessing.get_context("fork"),
                                         initializer=self._initializer, initargs=self._initargs)
        return self._pool.submit(fn, *args)


def outcome(future: Future, source: str) -> Any:
    """What a worker's task gave, or ``(source, reason)`` when the worker died or the result could not come
    back (a document fails, never the run)."""
    try:
        return future.result()
    except BrokenProcessPool:
        return source, WORKER_DIED
    except Exception as exc:
        return source, f"{type(exc).__name__} in the worker process: {exc}"


def in_input_order(jobs: Iterable[tuple[Any, Future | None]], workers: int) -> Iterator[tuple[Any, Future | None]]:
    """The ``(tag, future)`` pairs of ``jobs`` given back in their order (a pair with no future is ready as it
    is): the oldest as soon as its future is done, or when more than :data:`IN_FLIGHT_PER_WORKER` per worker are
    out. ``jobs`` is read lazily, so a job submitted as it is read is never more than that far ahead."""
    ahead: deque[tuple[Any, Future | None]] = deque()
    most = IN_FLIGHT_PER_WORKER * workers
    for job in jobs:
        ahead.append(job)
        while ahead and (len(ahead) > most or ahead[0][1] is None or ahead[0][1].done()):
            yield ahead.popleft()
    while ahead:
        yield ahead.popleft()


def extract_in_order(
    docs: Iterable[RawDocument | object], stages: Iterable[str] = DEFAULT_STAGES,
    time_limit: float | None = DEFAULT_TIME_LIMIT, table: dict[str, Stage] | None = None, workers: int = 2,
) -> Iterator[Article | tuple[str, str]]:
    """:func:`peristiwa.pipeline.extract_many` with the extraction in ``workers`` forked processes: the same
    articles and ``(source, reason)`` failures, in input order."""
    stages = tuple(stages)
    load_language_data(stages, table)
    with ForkedWorkers(workers, _start_extracting, (stages, time_limit, table)) as pool:
        for tag, future in in_input_order(_extraction_jobs(docs, pool), workers):
            yield tag if future is None else outcome(future, tag)


def _extraction_jobs(docs: Iterable[RawDocument | object], pool: ForkedWorkers) -> Iterator[tuple[Any, Future | None]]:
    """A raw document's source and the future of its extraction; anything else (a reader's failure) as the
    ``(source, reason)`` that :func:`peristiwa.pipeline.extract_many` gives for it, ready."""
    for doc in docs:
        if isinstance(doc, RawDocument):
            source = doc.source_name or doc.id
            yield source, pool.submit(_extract_one, doc, source)
        else:
            yield reader_failure(doc), None


_extracting: tuple[tuple[str, ...], float | None, dict[str, Stage] | None] = (DEFAULT_STAGES, None, None)


def _start_extracting(stages: tuple[str, ...], time_limit: float | None, table: dict[str, Stage] | None) -> None:
    global _extracting
    _extracting = (stages, time_limit, table)


def _extract_one(doc: RawDocument, source: str) -> Article | tuple[str, str]:
    stages, time_limit, table = _extracting
    try:
        return extract(doc, stages, time_limit, table)
    except DocumentError as exc:
        return source, str(exc)
