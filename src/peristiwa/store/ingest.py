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

Documents are stored in batches, each in one transaction with the run's
counters: up to ``batch`` documents (default :data:`DEFAULT_BATCH`), fewer
when ``batch_seconds`` (default 2) have passed since the first was read or
their text reaches :data:`MAX_BATCH_CHARS`, so memory stays flat whatever
the input (``batch=1`` commits each on its own). A batch is written with a
few statements per table (:mod:`peristiwa.store.batch`). Each document is
checked and turned into rows first, on its own: one that fails is written
to ``ingest_errors`` (input and reason) and the others go on; one that the
database refuses when the batch is written costs only itself too (the batch
is then written again article by article). The run itself is a row of
``ingest_runs``.

Resuming: every article is identified by its content hash (URL + cleaned
text). A document is cleaned first, which is cheap, and if its hash is
already stored the costly stages are skipped (one query for a whole batch).
So a run killed at any moment (even with SIGKILL: the batch being written
never commits) is resumed by running the same command again: what was stored
is skipped, what was not is stored, nothing is lost and nothing is stored
twice. A kill costs at most the batch in hand, which is simply done again.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from peristiwa.inputs import DEFAULT_MAX_BYTES, InputError, read_inputs
from peristiwa.model import Article, RawDocument
from peristiwa.pipeline import DEFAULT_STAGES, DEFAULT_TIME_LIMIT, DocumentError, Stage, extract
from peristiwa.store.batch import PreparedArticle, Refused, content_hash, prepare, run_counts
from peristiwa.store.store import Store

# How many failure reasons a summary keeps in memory (all of them are in the database).
MAX_ERRORS_KEPT = 1000
# Documents per batch (one transaction). Larger batches cost fewer statements and commits per article
# (the gain flattens out past a couple of hundred), and memory grows with them.
DEFAULT_BATCH = 200
DEFAULT_BATCH_SECONDS = 2.0
# Characters of text a batch may hold before it is written, whatever its count: about 50 MB of memory
# in documents, records and rows.
MAX_BATCH_CHARS = 4_000_000


class _Gathered:
    """Documents read and not yet written: the batch in hand."""

    def __init__(self, size: int, seconds: float):
        self.size, self.seconds = max(1, size), seconds
        self.items: list[Any] = []
        self.chars = 0
        self.opened = 0.0

    def add(self, item: Any) -> bool:
        """Take one more item; whether the batch is full now."""
        if not self.items:
            self.opened = time.monotonic()
        self.items.append(item)
        self.chars += _text_size(item)
        return (len(self.items) >= self.size or self.chars >= MAX_BATCH_CHARS
                or time.monotonic() - self.opened >= self.seconds)

    def take(self) -> list[Any]:
        items, self.items, self.chars = self.items, [], 0
        return items


def _text_size(item: Any) -> int:
    text = item.get("text") if isinstance(item, dict) else getattr(item, "text", None)
    return len(text) if isinstance(text, str) else 0


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
    with the summary after every batch. ``batch`` and ``batch_seconds`` set how often it commits. The run
    ends "finished"; "interrupted" on KeyboardInterrupt (the documents read before it are stored first) and
    "failed" on a database error (the batch in hand is not stored), both re-raised after the run is closed.
    """
    run_id = store.start_run(label if label is not None else _describe(inputs))
    summary = IngestSummary(run_id=run_id)
    writer = _BatchWriter(store, summary, tuple(stages), table, time_limit)
    gathered = _Gathered(batch, batch_seconds)

    def write(items: list[Any]) -> None:
        if items:
            writer.write(items)
            if progress is not None:
                progress(summary)

    try:
        for item in _items(inputs, extracted=extracted, fmt=fmt, max_bytes=max_bytes):
            if gathered.add(item):
                write(gathered.take())
        write(gathered.take())
    except KeyboardInterrupt:
        summary.status = "interrupted"
        write(gathered.take())  # every document read before the interrupt is stored
        raise
    except BaseException:
        summary.status = "failed"
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


class _BatchWriter:
    """Writes the batches of one run: each document checked, extracted and turned into rows on its own
    (a failure costs only that document), then all of them stored in one transaction with their failures
    and the run's counters."""

    def __init__(self, store: Store, summary: IngestSummary, stages: tuple[str, ...],
                 table: dict[str, Stage] | None, time_limit: float | None):
        self.store, self.summary = store, summary
        self.stages, self.table, self.time_limit = stages, table, time_limit

    def write(self, items: list[Any]) -> None:
        failures: list[tuple[int, str, str]] = []  # (position in the batch, input, reason)
        ready: list[tuple[int, PreparedArticle]] = []
        cleaned: list[tuple[int, RawDocument, str]] = []  # raw documents, with the hash of their cleaned text
        for position, item in enumerate(items):
            if isinstance(item, RawDocument):
                digest = self._clean(item, position, failures)
                if digest is not None:
                    cleaned.append((position, item, digest))
            elif isinstance(item, Article | dict):
                source = str((item.get("id") if isinstance(item, dict) else item.id) or "?")
                prepared = self._prepare(item, source, position, failures)
                if prepared is not None:
                    ready.append((position, prepared))
            elif isinstance(item, tuple) and len(item) == 2:
                failures.append((position, str(item[0]), str(item[1])))
            elif hasattr(item, "source") and hasattr(item, "reason"):
                failures.append((position, str(item.source), str(item.reason)))
            else:
                failures.append((position, repr(item)[:200], f"cannot ingest a {type(item).__name__}"))
        # the costly stages only for documents not stored yet: one query for all of them
        stored = self.store.stored_contents(digest for _, _, digest in cleaned) if cleaned else set()
        skipped = 0
        for position, doc, digest in cleaned:
            if digest in stored:
                skipped += 1
                continue
            article = self._extract(doc, self.stages, position, failures)
            if article is not None:
                prepared = self._prepare(article, doc.source_name or doc.id, position, failures)
                if prepared is not None:
                    ready.append((position, prepared))
        ready.sort(key=lambda pair: pair[0])  # input order: articles are numbered as they came

        with self.store.writer() as conn:
            results = self.store.add_articles([p for _, p in ready], run_id=self.summary.run_id, conn=conn,
                                              count=False)
            for (position, p), result in zip(ready, results, strict=True):
                if isinstance(result, Refused):
                    failures.append((position, p.source, result.reason))
            failures.sort(key=lambda failure: failure[0])
            self.store.add_errors(self.summary.run_id, [(source, reason) for _, source, reason in failures],
                                  conn=conn)
            counts = run_counts(results) | {"seen": len(items), "failed": len(failures)}
            counts["skipped"] += skipped
            self.store.count_run(self.summary.run_id, conn=conn, **counts)
        self._count(counts, failures)

    def _count(self, counts: dict[str, int], failures: list[tuple[int, str, str]]) -> None:
        summary = self.summary
        summary.seen += counts["seen"]
        summary.stored += counts["stored"]
        summary.duplicates += counts["duplicates"]
        summary.skipped += counts["skipped"]
        summary.failed += counts["failed"]
        room = MAX_ERRORS_KEPT - len(summary.errors)
        summary.errors += [(source, reason) for _, source, reason in failures[:max(0, room)]]

    def _clean(self, doc: RawDocument, position: int, failures: list[tuple[int, str, str]]) -> str | None:
        """The content hash of the document's cleaned text (its identity), or None if cleaning failed."""
        cleaned = self._extract(doc, (), position, failures)
        return None if cleaned is None else content_hash(cleaned.text, cleaned.url)

    def _extract(self, doc: RawDocument, stages: tuple[str, ...], position: int,
                 failures: list[tuple[int, str, str]]) -> Article | None:
        try:
            return extract(doc, stages, self.time_limit, self.table)
        except DocumentError as exc:
            failures.append((position, doc.source_name or doc.id, str(exc)))
        except Exception as exc:  # a bug in the pipeline must cost this document, not the run
            failures.append((position, doc.source_name or doc.id, f"{type(exc).__name__}: {exc}"))
        return None

    @staticmethod
    def _prepare(item: Article | dict[str, Any], source: str, position: int,
                 failures: list[tuple[int, str, str]]) -> PreparedArticle | None:
        try:
            return prepare(item, source)
        except ValueError as exc:
            failures.append((position, source, str(exc)))
            return None
        except Exception as exc:  # annotations without what their rows need
            failures.append((position, source, f"not a valid article record: {type(exc).__name__}: {exc}"))
            return None


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
