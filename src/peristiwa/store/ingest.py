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

Articles are committed in small batches (``batch`` documents, default 20, or
every ``batch_seconds``, default 2, whichever comes first; ``batch=1`` commits
each on its own), together with the run's counters, each article under a
savepoint so that one the database refuses costs only itself. A document that
fails is written to ``ingest_errors`` (input and reason) and the run goes on.
The run itself is a row of ``ingest_runs``.

Resuming: every article is identified by its content hash (URL + cleaned
text). A document is cleaned first, which is cheap, and if its hash is
already stored the costly stages are skipped. So a run killed at any moment
(even with SIGKILL: the half-written article's transaction never commits) is
resumed by running the same command again: what was stored is skipped,
what was not is stored, nothing is lost and nothing is stored twice. (A batch
not yet committed when the process dies is simply done again.)
"""

from __future__ import annotations

import gzip
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, ExitStack, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from peristiwa.inputs import DEFAULT_MAX_BYTES, InputError, read_inputs
from peristiwa.model import Article, RawDocument
from peristiwa.pipeline import DEFAULT_STAGES, DEFAULT_TIME_LIMIT, DocumentError, Stage, extract
from peristiwa.store.store import Store, content_hash, record_of

# How many failure reasons a summary keeps in memory (all of them are in the database).
MAX_ERRORS_KEPT = 1000
DEFAULT_BATCH = 20
DEFAULT_BATCH_SECONDS = 2.0


class _Batch:
    """The open write transaction documents are recorded in, committed every ``size`` documents or
    ``seconds``; with ``size`` 1, none: every call writes and commits on its own."""

    def __init__(self, store: Store, run_id: int, size: int, seconds: float):
        self.store, self.run_id, self.size, self.seconds = store, run_id, size, seconds
        self.counts: Counter[str] = Counter()  # the run's counters, written with the batch
        self._stack: ExitStack | None = None
        self.conn: Connection | None = None
        self.count = 0
        self.opened = 0.0

    def connection(self) -> Connection | None:
        if self.size <= 1:
            return None
        if self.conn is None:
            self._stack = ExitStack()
            self.conn = self._stack.enter_context(self.store.writer())
            self.count, self.opened = 0, time.monotonic()
        return self.conn

    def done(self) -> None:
        """One more document recorded: commit when the batch is full or old enough."""
        if self.conn is None:
            return
        self.count += 1
        if self.count >= self.size or time.monotonic() - self.opened >= self.seconds:
            self.commit()

    @property
    def counting(self) -> bool:
        """Whether the batch writes the run's counters (else each write does)."""
        return self.size > 1

    def commit(self) -> None:
        if self.conn is not None and self.counts:
            self.store.count_run(self.run_id, conn=self.conn, **self.counts)
        stack, self._stack, self.conn = self._stack, None, None
        self.counts.clear()
        if stack is not None:
            stack.close()

    def rollback(self, exc: BaseException) -> None:
        stack, self._stack, self.conn = self._stack, None, None
        self.counts.clear()
        if stack is not None:
            stack.__exit__(type(exc), exc, exc.__traceback__)


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
                    record = json.loads(line)
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
) -> IngestSummary:
    """Store everything ``inputs`` yields (see the module docstring); returns the run's summary.

    ``label`` names the inputs in the run record (default: the file names given). ``progress`` is called
    with the summary after every document. ``batch`` and ``batch_seconds`` set how often it commits. The
    run ends "finished"; "interrupted" on KeyboardInterrupt (what was done is committed first) and "failed"
    on a database error (the open batch is rolled back), both re-raised after the run is closed.
    """
    stages = tuple(stages)
    run_id = store.start_run(label if label is not None else _describe(inputs))
    summary = IngestSummary(run_id=run_id)
    pending = _Batch(store, run_id, batch, batch_seconds)

    def failed(source: str, reason: str) -> None:
        store.add_error(run_id, source, reason, conn=pending.connection(), count=not pending.counting)
        pending.counts.update(seen=1, failed=1)
        summary.seen += 1
        summary.failed += 1
        if len(summary.errors) < MAX_ERRORS_KEPT:
            summary.errors.append((source, reason))

    def stored(article: Article | dict[str, Any], source: str) -> None:
        try:
            result = store.add_article(article, run_id=run_id, conn=pending.connection(),
                                       count=not pending.counting)
        except sa.exc.DataError as exc:  # e.g. a NUL character, which PostgreSQL text cannot hold
            failed(source, f"the database refused it: {str(exc.orig).strip()}")
            return
        summary.seen += 1
        pending.counts.update(seen=1, stored=result.status != "exists", duplicates=result.status == "duplicate",
                              skipped=result.status == "exists")
        if result.status == "exists":
            summary.skipped += 1
        else:
            summary.stored += 1
            summary.duplicates += result.status == "duplicate"

    def document(doc: RawDocument) -> None:
        source = doc.source_name or doc.id
        try:
            cleaned = extract(doc, (), time_limit, table)
        except DocumentError as exc:
            failed(source, str(exc))
            return
        except Exception as exc:  # a bug in cleaning must cost this document, not the run
            failed(source, f"{type(exc).__name__}: {exc}")
            return
        if store.has_content(content_hash(cleaned.text, cleaned.url)):
            if pending.counting:
                pending.connection()
                pending.counts.update(seen=1, skipped=1)
            else:
                store.count_run(run_id, seen=1, skipped=1)
            summary.seen += 1
            summary.skipped += 1
            return
        try:
            article = extract(doc, stages, time_limit, table)
        except DocumentError as exc:
            failed(source, str(exc))
            return
        except Exception as exc:
            failed(source, f"{type(exc).__name__}: {exc}")
            return
        stored(article, source)

    try:
        for item in _items(inputs, extracted=extracted, fmt=fmt, max_bytes=max_bytes):
            if isinstance(item, RawDocument):
                document(item)
            elif isinstance(item, Article | dict):
                name = str((item.get("id") if isinstance(item, dict) else item.id) or "?")
                try:
                    record = record_of(item)
                except ValueError as exc:
                    failed(name, str(exc))
                else:
                    stored(record, name)
            elif isinstance(item, tuple) and len(item) == 2:
                failed(str(item[0]), str(item[1]))
            elif hasattr(item, "source") and hasattr(item, "reason"):
                failed(str(item.source), str(item.reason))
            else:
                failed(repr(item)[:200], f"cannot ingest a {type(item).__name__}")
            pending.done()
            if progress is not None:
                progress(summary)
        pending.commit()
    except KeyboardInterrupt:
        summary.status = "interrupted"
        pending.commit()  # every document in it was recorded whole
        raise
    except BaseException as exc:
        summary.status = "failed"
        pending.rollback(exc)
        raise
    else:
        summary.status = "finished"
    finally:
        summary.seconds = time.perf_counter() - summary.started
        try:
            store.finish_run(run_id, summary.status if summary.status != "running" else "failed")
        except Exception:  # the database is gone: the error being raised says more than this would
            if summary.status == "finished":
                raise
    return summary


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
