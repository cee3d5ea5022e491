"""Flat tables of articles and events: JSON Lines, CSV and Parquet.

Two tables come from article records (``Article.to_dict()``):

* **articles**, one row per article (:data:`ARTICLE_COLUMNS`): metadata, counts, the people,
  organisations, places and countries it names, the event types it codes, and the body text;
* **events**, one row per coded event (:data:`EVENT_COLUMNS`): the article it comes from, the
  event type, CAMEO code, Goldstein value, quad class, both actors (code, name, type, sector),
  modality, date, place (with coordinates when the article's entities give them), quantity,
  trigger, the sentence that says it, and the number of times the article tells it.

List-valued columns (``authors``, ``persons`` …) are lists in JSON Lines and Parquet (Parquet
type ``list<string>``) and are joined with ``"; "`` in CSV. Missing values are ``null`` in JSON
and Parquet and the empty string in CSV. CSV is RFC 4180 (the :mod:`csv` module's dialect, a
header row, UTF-8); Parquet is written with pyarrow in row groups of :data:`PARQUET_BATCH` rows,
so memory stays flat however many records stream through.

The full record itself, unflattened, is the ``jsonl`` format: one ``to_dict()`` per line.
Every writer takes an iterable of records (a generator is fine) and a path or an open stream,
and returns the number of rows written; a path ending in ``.gz`` is gzip-compressed (not for
Parquet, which compresses its columns itself).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import IO, Any

Record = dict[str, Any]
Target = str | os.PathLike | IO

PARQUET_BATCH = 2048
LIST_SEPARATOR = "; "


# -- output streams ----------------------------------------------------------------------------

@contextmanager
def text_output(target: Target) -> Iterator[IO[str]]:
    """A text stream (UTF-8, no newline translation) on a path, a text stream or a binary stream."""
    if isinstance(target, str | os.PathLike):
        path = os.fspath(target)
        if path.endswith(".gz"):
            with gzip.open(path, "wt", encoding="utf-8", newline="") as fh:
                yield fh
        else:
            with open(path, "w", encoding="utf-8", newline="") as fh:
                yield fh
        return
    if isinstance(target, io.TextIOBase) or hasattr(target, "encoding"):
        yield target  # type: ignore[misc]
        return
    wrapper = io.TextIOWrapper(target, encoding="utf-8", newline="", write_through=True)  # type: ignore[arg-type]
    try:
        yield wrapper
        wrapper.flush()
    finally:
        wrapper.detach()


def clean_cell(value: Any) -> str:
    """A value as one tab- or comma-separated cell: no tabs or line breaks inside."""
    if value is None:
        return ""
    if isinstance(value, float):
        return format_number(value)
    return " ".join(str(value).split()) if any(c in str(value) for c in "\t\r\n") else str(value)


def format_number(value: float | int | None, decimals: int = 4) -> str:
    """A number without exponent or trailing zeros: 1500000000000.0 -> '1500000000000', 37.56650 -> '37.5665'."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.{decimals}f}".rstrip("0").rstrip(".")


# -- rows --------------------------------------------------------------------------------------

# (name, kind): kind is "str", "int", "float", "bool" or "list" (of strings).
ARTICLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "str"), ("url", "str"), ("outlet", "str"), ("title", "str"), ("published", "str"),
    ("published_date", "str"), ("language", "str"), ("source_format", "str"), ("source_name", "str"),
    ("authors", "list"), ("dateline_place", "str"), ("syndicated_from", "str"),
    ("paragraphs", "int"), ("sentences", "int"), ("persons", "list"), ("organisations", "list"),
    ("locations", "list"), ("countries", "list"), ("amounts", "int"), ("dates", "int"), ("quotes", "int"),
    ("events", "int"), ("event_types", "list"), ("problems", "int"), ("text", "str"),
)

EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "str"), ("event_index", "int"), ("url", "str"), ("outlet", "str"), ("published_date", "str"),
    ("date", "str"), ("type", "str"), ("mode", "str"), ("cameo", "str"), ("goldstein", "float"), ("quad", "int"),
    ("source_code", "str"), ("source_name", "str"), ("source_type", "str"), ("source_sector", "str"),
    ("target_code", "str"), ("target_name", "str"), ("target_type", "str"), ("target_sector", "str"),
    ("modality", "str"), ("negated", "bool"), ("conditional", "bool"), ("place", "str"),
    ("place_lat", "float"), ("place_lon", "float"), ("quantity_value", "float"), ("quantity_object", "str"),
    ("quantity_unit", "str"), ("trigger", "str"), ("start", "int"), ("end", "int"), ("sentence", "int"),
    ("sentence_text", "str"), ("voice", "str"), ("confidence", "float"), ("rule", "str"),
    ("mentions", "int"), ("source_chain", "list"),
)


def _unique(values: Iterable[str | None]) -> list[str]:
    out: list[str] = []
    for v in values:
        if v and v not in out:
            out.append(v)
    return out


def article_row(record: Record) -> Record:
    """One row of the articles table for an article record."""
    entities = record.get("entities") or []

    def names(*types: str) -> list[str]:
        return _unique(e.get("name") for e in entities if e.get("type") in types)

    dateline = record.get("dateline") or {}
    return {
        "id": record.get("id"), "url": record.get("url"), "outlet": record.get("outlet"),
        "title": record.get("title"), "published": record.get("published"),
        "published_date": record.get("published_date"), "language": record.get("language"),
        "source_format": record.get("source_format"), "source_name": record.get("source_name"),
        "authors": list(record.get("authors") or []), "dateline_place": dateline.get("place"),
        "syndicated_from": record.get("syndicated_from"),
        "paragraphs": len(record.get("paragraphs") or []), "sentences": len(record.get("sentences") or []),
        "persons": names("PERSON"), "organisations": names("ORG"), "locations": names("LOCATION"),
        "countries": _unique(e.get("code") for e in entities if e.get("type") == "COUNTRY"),
        "amounts": len(record.get("amounts") or []), "dates": len(record.get("dates") or []),
        "quotes": len(record.get("quotes") or []), "events": len(record.get("events") or []),
        "event_types": _unique(e.get("type") for e in record.get("events") or []),
        "problems": len(record.get("problems") or []), "text": record.get("text"),
    }


def find_place(record: Record, place: str | None) -> Record | None:
    """The LOCATION or COUNTRY entity of the record that an event's ``place`` names, if any."""
    if not place:
        return None
    key = place.casefold()
    for entity in record.get("entities") or []:
        if entity.get("type") not in ("LOCATION", "COUNTRY"):
            continue
        forms = [entity.get("name") or "", *(entity.get("aliases") or []),
                 *((m.get("text") or "") for m in entity.get("mentions") or [])]
        if any(f.casefold() == key for f in forms):
            return entity
    return None


def event_rows(record: Record) -> Iterator[Record]:
    """Rows of the events table for an article record, in the record's order."""
    body = record.get("text") or ""
    for n, event in enumerate(record.get("events") or []):
        source, target = event.get("source") or {}, event.get("target") or {}
        quantity = event.get("quantity") or {}
        trigger = event.get("trigger") or {}
        place = find_place(record, event.get("place"))
        yield {
            "article_id": record.get("id"), "event_index": n, "url": record.get("url"),
            "outlet": record.get("outlet"), "published_date": record.get("published_date"),
            "date": event.get("date"), "type": event.get("type"), "mode": event.get("mode"),
            "cameo": event.get("cameo") or None, "goldstein": event.get("goldstein"), "quad": event.get("quad"),
            "source_code": source.get("code"), "source_name": source.get("name"),
            "source_type": source.get("type"), "source_sector": source.get("sector"),
            "target_code": target.get("code"), "target_name": target.get("name"),
            "target_type": target.get("type"), "target_sector": target.get("sector"),
            "modality": event.get("modality"), "negated": bool(event.get("negated")),
            "conditional": bool(event.get("conditional")), "place": event.get("place"),
            "place_lat": place.get("lat") if place else None, "place_lon": place.get("lon") if place else None,
            "quantity_value": quantity.get("value"), "quantity_object": quantity.get("object"),
            "quantity_unit": quantity.get("unit"), "trigger": trigger.get("text"),
            "start": event.get("start"), "end": event.get("end"), "sentence": event.get("sentence"),
            "sentence_text": body[event.get("start", 0):event.get("end", 0)],
            "voice": event.get("voice"), "confidence": event.get("confidence"), "rule": event.get("rule"),
            "mentions": 1 + len(event.get("mentions") or []),
            "source_chain": list(event.get("source_chain") or []),
        }


def _articles(records: Iterable[Record]) -> Iterator[Record]:
    return (article_row(r) for r in records)


def _events(records: Iterable[Record]) -> Iterator[Record]:
    return (row for r in records for row in event_rows(r))


# -- writers -----------------------------------------------------------------------------------

def _write_jsonl(rows: Iterable[Record], target: Target) -> int:
    n = 0
    with text_output(target) as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def _csv_cell(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "list":
        return LIST_SEPARATOR.join(str(v) for v in value)
    if kind == "bool":
        return "true" if value else "false"
    if kind == "float":
        return format_number(value, decimals=6)
    return str(value)


def _write_csv(rows: Iterable[Record], columns: tuple[tuple[str, str], ...], target: Target) -> int:
    n = 0
    with text_output(target) as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow([name for name, _ in columns])
        for row in rows:
            writer.writerow([_csv_cell(row.get(name), kind) for name, kind in columns])
            n += 1
    return n


def parquet_schema(columns: tuple[tuple[str, str], ...]):
    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
             "list": pa.list_(pa.string())}
    return pa.schema([(name, types[kind]) for name, kind in columns])


def _write_parquet(rows: Iterable[Record], columns: tuple[tuple[str, str], ...], target: Target) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema(columns)
    sink = os.fspath(target) if isinstance(target, str | os.PathLike) else target
    n = 0
    with pq.ParquetWriter(sink, schema) as writer:
        batch: list[Record] = []

        def flush() -> None:
            table = pa.Table.from_pylist([{name: row.get(name) for name, _ in columns} for row in batch],
                                         schema=schema)
            writer.write_table(table)
            batch.clear()

        for row in rows:
            batch.append(row)
            n += 1
            if len(batch) >= PARQUET_BATCH:
                flush()
        if batch or n == 0:
            flush()
    return n


def write_records_jsonl(records: Iterable[Record], target: Target) -> int:
    """The full article records, one JSON object per line (the ``peristiwa extract`` output)."""
    return _write_jsonl(records, target)


def write_events_jsonl(records: Iterable[Record], target: Target) -> int:
    return _write_jsonl(_events(records), target)


def write_articles_jsonl(records: Iterable[Record], target: Target) -> int:
    return _write_jsonl(_articles(records), target)


def write_articles_csv(records: Iterable[Record], target: Target) -> int:
    return _write_csv(_articles(records), ARTICLE_COLUMNS, target)


def write_events_csv(records: Iterable[Record], target: Target) -> int:
    return _write_csv(_events(records), EVENT_COLUMNS, target)


def write_articles_parquet(records: Iterable[Record], target: Target) -> int:
    return _write_parquet(_articles(records), ARTICLE_COLUMNS, target)


def write_events_parquet(records: Iterable[Record], target: Target) -> int:
    return _write_parquet(_events(records), EVENT_COLUMNS, target)


TABULAR_WRITERS: dict[str, Callable[..., int]] = {
    "jsonl": write_records_jsonl,
    "articles-jsonl": write_articles_jsonl,
    "events-jsonl": write_events_jsonl,
    "articles-csv": write_articles_csv,
    "events-csv": write_events_csv,
    "articles-parquet": write_articles_parquet,
    "events-parquet": write_events_parquet,
}
