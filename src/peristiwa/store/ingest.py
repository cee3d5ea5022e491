"""Ingest: documents in, articles stored, every failure recorded; idempotent and resumable.

:func:`ingest` takes any iterable of

* file names (``str`` or path; ``-`` is standard input), read with
  :func:`peristiwa.inputs.read_inputs` (text, HTML, JSON, JSON Lines, gzip),
  or, with ``extracted=True``, as JSON Lines of article records that
  ``peristiwa extract`` wrote;
* :class:`~peristiwa.model.RawDocument` objects, extracted here, and
  ``InputError``-like objects (anything with ``source`` and ``reason``) or
  ``(source, reason)`` pairs, recorded as failures, so a document source such
  as ``peristiwa.ingest.sources.iter_documents`` plugs straight in;
* already extracted :class:`~peristiwa.model.Article` objects or their JSON
  records, stored as they are.

Each document is prepared as it arrives, on its own: checked, extracted if
raw, turned into the rows it will be stored as. One that fails is written to
``ingest_errors`` (input and reason) and the others go on. Prepared articles
are stored in batches, each in one transaction with the failures and the
run's counters, a few statements per table for the whole batch
(:mod:`peristiwa.store.batch`): up to ``batch`` documents (default
:data:`DEFAULT_BATCH`), fewer when ``batch_seconds`` (default 2) have passed
since the first or their text reaches :data:`MAX_BATCH_CHARS`, so memory
stays flat whatever the input (``batch=1`` commits each on its own). An
article the database refuses when its batch is written costs only itself too
(the batch is then written again article by article). The run itself is a row
of ``ingest_runs``.

Resuming: every article is identified by its content hash (URL + cleaned
text). A document is cleaned first, which is cheap, and if its hash is
already stored the costly stages are skipped.
So a run killed at any moment (even with SIGKILL: the batch being written
never commits) is resumed by running the same command again: what was stored
is skipped, what was not is stored, nothing is lost and nothing is stored
twice. A kill costs at most the batch in hand, which is simply done again.

Workers: with ``workers`` > 1 the costly stages of raw documents (all of the pipeline after cleaning, and
turning the article into rows) run in that many worker processes (:class:`peristiwa.parallel.ForkedWorkers`,
which share the language data already loaded and the stage table, the user's actor dictionaries included).
Everything else stays in this process, in input order: reading the inputs, cleaning each document and the
check for stored content, and every write. So the database ends as a run with one process leaves it (a test
compares them), the kill-and-resume guarantee is the same, and the writer is the only one to touch the
database. At most ``parallel.IN_FLIGHT_PER_WORKER`` documents per worker are handed out ahead of the writer, so
memory stays flat; the writer stores a batch while the workers go on with the next documents. A worker that
dies (killed, out of memory) costs the documents it held: each is recorded as failed with the reason, and
the run goes on with a new pool. The per-article time limit applies in the workers as in one process. Forking
needs a POSIX system: elsewhere ``workers`` > 1 is refused with a clear error.
"""

from __future__ import annotations

import gc
import gzip
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from contextlib import AbstractContextManager, ExitStack, contextmanager, nullcontext
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from peristiwa.inputs import DEFAULT_MAX_BYTES, InputError, read_inputs
from peristiwa.model import Article, RawDocument
from peristiwa.parallel import (
    ForkedWorkers,
    check_workers,
    in_input_order,
    load_language_data,
    outcome,
)
from peristiwa.pipeline import (
    DEFAULT_STAGES,
    DEFAULT_TIME_LIMIT,
    STAGES,
    DocumentError,
    Stage,
    _time_limit,
    build_article,
    run_stages,
)
from peristiwa.serialize import loads
from peristiwa.store.batch import ARTICLE_TEXT, PreparedArticle, Refused, content_hash, prepare, run_counts
from peristiwa.store.store import Store

# How many failure reasons a summary keeps in memory (all of them are in the database).
MAX_ERRORS_KEPT = 1000
# Documents per batch (one transaction). Larger batches cost fewer statements and commits per article
# (the gain flattens out past a couple of hundred), and memory grows with them.
DEFAULT_BATCH = 200
DEFAULT_BATCH_SECONDS = 2.0
# Characters of article text a batch may hold before it is written, whatever its count: with the records
# and rows that go with them, about 100 MB of memory at most.
MAX_BATCH_CHARS = 4_000_000
# The garbage collector during a run: off while a batch fills, and its young generations collected once after
# each batch is written (``collections_between_batches``, ``_Batch.write``). Nearly everything an article
# allocates is freed by reference counting as soon as it is done with; a collection only finds the few cycles,
# but walks every young object still alive, and while a batch fills that is the batch itself (the rows of up to
# DEFAULT_BATCH articles) and everything else the documents in hand hold. After the write the batch is gone,
# and the collection finds the batch's cycles with little else to walk. The pipeline makes none (a test checks
# it on the samples: tests/test_pipeline.py), so what is held meanwhile is at most the few cycles of a batch
# (bounded in count, text and seconds). Measured on 600 generated articles (2026-11-29): collecting took 0.15
# to 0.34 ms of an article with passes every 10,000 allocations (the setting before), and 0.01 ms this way;
# side by side in one process, ingest ran 5-7% faster (before the pipeline's last cycles were gone).
# Forked workers have no batches: they collect every INGEST_GC_THRESHOLD allocations (CPython's default is
# 700, which walks the documents in hand a dozen times over).
INGEST_GC_THRESHOLD = 10_000


@dataclass
class IngestSummary:
    """What one run did. ``stored`` counts every new article, near-copies included; ``duplicates`` is the
    part of it linked to a story already stored; ``skipped`` were stored before (by this or an earlier run)."""

    run_id: int
    status: str = "running"
    seen: int = 0
    stored: int = 0
    duplicates: int = 0
    skipped: int = 0
    failed: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    started: float = field(default_factory=time.perf_counter)
    seconds: float = 0.0

    @property
    def articles_per_second(self) -> float:
        elapsed = self.seconds or (time.perf_counter() - self.started)
        return self.seen / elapsed if elapsed > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"run_id": self.run_id, "status": self.status, "seen": self.seen, "stored": self.stored,
                "duplicates": self.duplicates, "skipped": self.skipped, "failed": self.failed,
                "seconds": round(self.seconds, 3), "articles_per_second": round(self.articles_per_second, 1),
                "errors": [{"input": s, "reason": r} for s, r in self.errors]}


def read_records(name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[dict[str, Any] | InputError]:
    """Article records from JSON Lines written by ``peristiwa extract`` (``-`` for standard input, .gz too)."""
    try:
        opened = _open_binary(name)
    except OSError as exc:
        yield InputError(name, "no such file" if isinstance(exc, FileNotFoundError) else f"cannot read: {exc}")
        return
    with opened as fh:
        try:
            for lineno, line in enumerate(fh, 1):
                source = f"{name}:{lineno}"
                if not line.strip():
                    continue
                if len(line) > max_bytes:
                    yield InputError(source, f"line of {len(line):,} bytes is over the limit of {max_bytes:,}")
                    continue
                try:
                    record = loads(line)
                except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                    yield InputError(source, f"malformed JSON: {exc}")
                    continue
                if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record.get("id"):
                    yield InputError(source, "not an article record (needs 'id' and 'text'; see 'peristiwa extract')")
                    continue
                yield record
        except (OSError, EOFError) as exc:
            yield InputError(name, f"cannot read: {exc}")


def _open_binary(name: str) -> AbstractContextManager[BinaryIO]:
    if name == "-":
        return nullcontext(sys.stdin.buffer)
    if name.endswith(".gz"):
        return gzip.open(name, "rb")  # type: ignore[return-value]
    return open(name, "rb")


def _items(inputs: Iterable[Any], *, extracted: bool, fmt: str, max_bytes: int) -> Iterator[Any]:
    for item in inputs:
        if isinstance(item, str | os.PathLike):
            name = str(item)
            if extracted:
                yield from read_records(name, max_bytes=max_bytes)
            else:
                yield from read_inputs([name], fmt=fmt, max_bytes=max_bytes)
        else:
            yield item


def _describe(inputs: Iterable[Any]) -> list[str]:
    if isinstance(inputs, list | tuple):
        names = [str(i) for i in inputs if isinstance(i, str | os.PathLike)]
        return names or [f"{len(inputs)} document(s)"]
    return [type(inputs).__name__]


def ingest(
    inputs: Iterable[Any],
    store: Store,
    *,
    stages: Iterable[str] = DEFAULT_STAGES,
    table: dict[str, Stage] | None = None,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
    extracted: bool = False,
    fmt: str = "auto",
    max_bytes: int = DEFAULT_MAX_BYTES,
    label: list[str] | None = None,
    progress: Callable[[IngestSummary], None] | None = None,
    batch: int = DEFAULT_BATCH,
    batch_seconds: float = DEFAULT_BATCH_SECONDS,
    workers: int = 1,
) -> IngestSummary:
    """Store everything ``inputs`` yields (see the module docstring); returns the run's summary.

    ``label`` names the inputs in the run record (default: the file names given). ``progress`` is called
    with the summary after every document (``seen`` counts it at once, the other counters when its batch
    is written). ``batch`` and ``batch_seconds`` set how often it commits. The run ends "finished";
    "interrupted" on KeyboardInterrupt (the documents prepared before it are stored first) and "failed" on a
    database error (the batch in hand is not stored), both re-raised after the run is closed. ``workers``:
    processes that run the costly stages of raw documents (see the module docstring); 1, the default, runs
    everything in this process.
    """
    check_workers(workers)
    stages = tuple(stages)
    unknown = [s for s in stages if s not in (table or STAGES)]
    if unknown:
        raise ValueError(f"unknown stage(s) {unknown}; known: {list(table or STAGES)}")
    run_id = store.start_run(label if label is not None else _describe(inputs))
    summary = IngestSummary(run_id=run_id)
    checks = ExitStack()
    pending = _Batch(store, summary, stages, table, time_limit, size=batch, seconds=batch_seconds,
                     is_stored=checks.enter_context(store.content_checker()))

    try:
        checks.enter_context(collections_between_batches())
        items = _items(inputs, extracted=extracted, fmt=fmt, max_bytes=max_bytes)
        if workers > 1:
            load_language_data(stages, table)
            pool = checks.enter_context(ForkedWorkers(workers, _start_worker, (stages, table, time_limit)))
            _ingest_in_parallel(items, pending, pool, progress)
        else:
            for item in items:
                pending.add(item)
                if pending.full:
                    pending.write()
                if progress is not None:
                    progress(summary)
        pending.write()
    except KeyboardInterrupt:
        summary.status = "interrupted"
        pending.write()  # every document prepared before the interrupt is stored
        raise
    except BaseException:
        summary.status = "failed"
        raise
    else:
        summary.status = "finished"
    finally:
        checks.close()
        summary.seconds = time.perf_counter() - summary.started
        try:
            store.finish_run(run_id, summary.status if summary.status != "running" else "failed")
        except Exception:  # the database is gone: the error being raised says more than this would
            if summary.status == "finished":
                raise
    return summary


@contextmanager
def collections_between_batches() -> Iterator[None]:
    """The garbage collector off for the block (see :data:`INGEST_GC_THRESHOLD`), on again after it if it was
    on before; :meth:`_Batch.write` collects the young generations after each batch. (The collector is the
    process's: other threads go without automatic collections meanwhile too, and have theirs at each batch.)"""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


class _Batch:
    """The documents of a run not yet written. Each is prepared as it arrives, on its own (checked,
    extracted if raw, turned into rows), so that a failure costs only that document; :meth:`write` then
    stores all of them in one transaction, with the failures and the run's counters."""

    def __init__(self, store: Store, summary: IngestSummary, stages: tuple[str, ...],
                 table: dict[str, Stage] | None, time_limit: float | None, *, size: int, seconds: float,
                 is_stored: Callable[[str], bool]):
        self.store, self.summary, self.is_stored = store, summary, is_stored
        self.stages, self.table, self.time_limit = stages, table, time_limit
        self.size, self.seconds = max(1, size), seconds
        self._clear()

    def _clear(self) -> None:
        self.count = 0  # documents in the batch
        self.ready: list[tuple[int, PreparedArticle]] = []  # (position in the batch, article)
        self.failures: list[tuple[int, str, str]] = []  # (position in the batch, input, reason)
        self.skipped = 0  # raw documents found stored already, before their costly stages
        self.chars = 0  # text held, the measure of its memory
        self.opened = 0.0

    @property
    def full(self) -> bool:
        return (self.count >= self.size or self.chars >= MAX_BATCH_CHARS
                or time.monotonic() - self.opened >= self.seconds)

    def _next_position(self) -> int:
        if not self.count:
            self.opened = time.monotonic()
        position = self.count
        self.count += 1
        self.summary.seen += 1
        return position

    def add(self, item: Any) -> None:
        """Prepare one item of ``_items``: a document, an article or record, or a failure to record."""
        position = self._next_position()
        if isinstance(item, RawDocument):
            self._add_document(item, position)
        elif isinstance(item, Article | dict):
            self._prepare(item, str((item.get("id") if isinstance(item, dict) else item.id) or "?"), position)
        elif isinstance(item, tuple) and len(item) == 2:
            self.failures.append((position, str(item[0]), str(item[1])))
        elif hasattr(item, "source") and hasattr(item, "reason"):
            self.failures.append((position, str(item.source), str(item.reason)))
        else:
            self.failures.append((position, repr(item)[:200], f"cannot ingest a {type(item).__name__}"))

    def _add_document(self, doc: RawDocument, position: int) -> None:
        """Clean the document, which is cheap; the costly stages only if its content is not stored yet.
        (``pipeline.extract`` in two steps, each under the time limit.)"""
        cleaned = self._guarded(doc, position, partial(build_article, doc))
        if cleaned is None:
            return
        if self.is_stored(content_hash(cleaned.text, cleaned.url)):
            self.skipped += 1
            return
        article = self._guarded(doc, position, partial(run_stages, cleaned, self.stages, self.table))
        if article is not None:
            self._prepare(article, doc.source_name or doc.id, position)

    def clean(self, doc: RawDocument) -> Article | tuple[str, str] | None:
        """The first, cheap step of a raw document, as :meth:`_add_document` takes it, for a worker to go on
        with: the cleaned article; None when its content is stored already; (input, reason) when it failed."""
        cleaned = _attempt(partial(build_article, doc), self.time_limit, doc.source_name or doc.id)
        if isinstance(cleaned, tuple) or not self.is_stored(content_hash(cleaned.text, cleaned.url)):
            return cleaned
        return None

    def add_outcome(self, tag: Any, future: Future | None) -> None:
        """Add an item as :func:`_jobs` gives it: with no ``future``, ``tag`` is an item for :meth:`add` (or
        ``_STORED``, a document whose content is stored already); else ``tag`` is the document's source and
        ``future`` gives its rows or the (input, reason) of its failure."""
        if future is None:
            if tag is _STORED:
                self._next_position()
                self.skipped += 1
            else:
                self.add(tag)
            return
        self._add_rows(self._next_position(), outcome(future, tag))

    def _guarded(self, doc: RawDocument, position: int, step: Callable[[], Article]) -> Article | None:
        result = _attempt(step, self.time_limit, doc.source_name or doc.id)
        if isinstance(result, tuple):
            self.failures.append((position, *result))
            return None
        return result

    def _prepare(self, item: Article | dict[str, Any], source: str, position: int) -> None:
        self._add_rows(position, _rows(item, source))

    def _add_rows(self, position: int, rows: PreparedArticle | tuple[str, str]) -> None:
        if isinstance(rows, PreparedArticle):
            self.ready.append((position, rows))
            self.chars += len(rows.row[ARTICLE_TEXT])
        else:
            self.failures.append((position, *rows))

    def write(self) -> None:
        """Store the batch: its articles, its failures and the run's counters, in one transaction."""
        if not self.count:
            return
        run_id, failures = self.summary.run_id, self.failures
        with self.store.writer() as conn:
            results = self.store.add_articles([p for _, p in self.ready], run_id=run_id, conn=conn, count=False)
            for (position, p), result in zip(self.ready, results, strict=True):
                if isinstance(result, Refused):
                    failures.append((position, p.source, result.reason))
            failures.sort(key=lambda failure: failure[0])  # in input order
            self.store.add_errors(run_id, [(source, reason) for _, source, reason in failures], conn=conn)
            counts = run_counts(results) | {"seen": self.count, "failed": len(failures)}
            counts["skipped"] += self.skipped
            self.store.count_run(run_id, conn=conn, **counts)
        summary = self.summary
        summary.stored += counts["stored"]
        summary.duplicates += counts["duplicates"]
        summary.skipped += counts["skipped"]
        summary.failed += counts["failed"]
        room = max(0, MAX_ERRORS_KEPT - len(summary.errors))
        summary.errors += [(source, reason) for _, source, reason in failures[:room]]
        self._clear()
        gc.collect(1)  # the batch's cycles, now that the batch is gone (see INGEST_GC_THRESHOLD)


def _rows(item: Article | dict[str, Any], source: str) -> PreparedArticle | tuple[str, str]:
    """The rows of an article or record (:func:`peristiwa.store.batch.prepare`), or the (input, reason) of its
    failure."""
    try:
        return prepare(item, source)
    except ValueError as exc:
        return source, str(exc)
    except Exception as exc:  # annotations without what their rows need
        return source, f"not a valid article record: {type(exc).__name__}: {exc}"


def _attempt(step: Callable[[], Article], time_limit: float | None, source: str) -> Article | tuple[str, str]:
    """A step of the pipeline on one document under the time limit: its article, or the (input, reason) of
    its failure."""
    try:
        with _time_limit(time_limit):
            return step()
    except DocumentError as exc:
        return source, str(exc)
    except Exception as exc:  # a bug in the pipeline must cost this document, not the run
        return source, f"{type(exc).__name__}: {exc}"


# What the writer is handed for a document whose content is stored already (found when it was cleaned).
_STORED = object()


def _ingest_in_parallel(items: Iterable[Any], pending: _Batch, pool: ForkedWorkers,
                        progress: Callable[[IngestSummary], None] | None) -> None:
    """The loop of :func:`ingest` with worker processes: each raw document is cleaned and checked here, then
    handed to a worker; the results are added to the batch in input order (``in_input_order``), and the batch
    is written whenever it is full."""
    for tag, future in in_input_order(_jobs(items, pending, pool), pool.size):
        pending.add_outcome(tag, future)
        if pending.full:
            pending.write()
        if progress is not None:
            progress(pending.summary)


def _jobs(items: Iterable[Any], pending: _Batch, pool: ForkedWorkers) -> Iterator[tuple[Any, Future | None]]:
    """What :meth:`_Batch.add_outcome` takes for each item: a raw document cleaned and checked here, and, unless
    that settled it, handed to a worker; anything else as it is."""
    for item in items:
        if not isinstance(item, RawDocument):
            yield item, None
            continue
        cleaned = pending.clean(item)
        if cleaned is None:
            yield _STORED, None
        elif isinstance(cleaned, tuple):
            yield cleaned, None
        else:
            source = item.source_name or item.id
            yield source, pool.submit(_extract_prepared, cleaned, source)


_worker_setup: tuple[tuple[str, ...], dict[str, Stage] | None, float | None] = ((), None, None)


def _start_worker(stages: tuple[str, ...], table: dict[str, Stage] | None, time_limit: float | None) -> None:
    # Forked while ingest holds the garbage collector off (collections_between_batches): a worker has no batches
    # to collect after, so it collects every INGEST_GC_THRESHOLD allocations instead.
    global _worker_setup
    young, *older = gc.get_threshold()
    gc.set_threshold(max(INGEST_GC_THRESHOLD, young), *older)
    gc.enable()
    _worker_setup = (stages, table, time_limit)


def _extract_prepared(article: Article, source: str) -> PreparedArticle | tuple[str, str]:
    """In a worker: the costly stages of a cleaned article under the time limit, then its rows; or the
    (input, reason) of its failure, as :class:`_Batch` records them in one process."""
    stages, table, time_limit = _worker_setup
    article = _attempt(partial(run_stages, article, stages, table), time_limit, source)
    return article if isinstance(article, tuple) else _rows(article, source)


def count_documents(names: Iterable[str]) -> int | None:
    """How many documents the files hold, for a progress bar: lines of JSON Lines, one per other file;
    None when standard input is among them."""
    total = 0
    for name in names:
        if name == "-":
            return None
        path = Path(name)
        bare = path.name.lower().removesuffix(".gz")
        try:
            if bare.endswith((".jsonl", ".ndjson")):
                opener = gzip.open if path.suffix == ".gz" else open
                with opener(path, "rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            else:
                total += 1
        except (OSError, EOFError):
            total += 1
    return total
