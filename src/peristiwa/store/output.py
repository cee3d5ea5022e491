"""What the store's commands print: ingest progress and summary, query results, event exports.

``peristiwa ingest`` shows a rich progress bar on standard error (articles
per second, and the running counts) and a plain-text run summary on standard
output; ``peristiwa query`` prints a table, CSV or JSON; ``peristiwa export``
writes JSON Lines, CSV or PLOVER records of single events, or the article
records themselves.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TaskProgressColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from peristiwa.store.ingest import IngestSummary

SHOWN_ERRORS = 20


class IngestProgress:
    """A progress bar for an ingest run: documents done (of ``total`` when known), articles per second,
    stored / near-copies / already stored / failed so far. Rendered on standard error."""

    def __init__(self, total: int | None, console: Console | None = None, enabled: bool = True):
        self.console = console or Console(stderr=True)
        self.enabled = enabled and self.console.is_terminal  # elsewhere the summary says it all
        self.progress = Progress(
            SpinnerColumn(), TextColumn("ingest"), BarColumn(), TaskProgressColumn(),
            TextColumn("{task.completed} docs · {task.fields[rate]:.1f}/s · {task.fields[counts]}"),
            TimeElapsedColumn(), console=self.console, transient=False, disable=not self.enabled,
        )
        self.task = self.progress.add_task("ingest", total=total, rate=0.0, counts="")

    def __enter__(self) -> IngestProgress:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def __call__(self, summary: IngestSummary) -> None:
        self.progress.update(self.task, completed=summary.seen, rate=summary.articles_per_second,
                             counts=f"stored {summary.stored} · duplicates {summary.duplicates} · "
                                    f"already stored {summary.skipped} · failed {summary.failed}")


def summary_lines(summary: IngestSummary, url: str) -> list[str]:
    """The run summary, as printed after ``peristiwa ingest``."""
    lines = [
        f"ingest run {summary.run_id} {summary.status} in {summary.seconds:.1f} s "
        f"({summary.articles_per_second:.1f} documents/s) into {url}",
        f"  stored          {summary.stored:>7}  (near-duplicates among them, linked to their story: "
        f"{summary.duplicates})",
        f"  already stored  {summary.skipped:>7}  (skipped)",
        f"  failed          {summary.failed:>7}",
    ]
    for source, reason in summary.errors[:SHOWN_ERRORS]:
        lines.append(f"    {source}: {reason}")
    if summary.failed > SHOWN_ERRORS:
        lines.append(f"    … and {summary.failed - SHOWN_ERRORS} more (table ingest_errors, run {summary.run_id})")
    return lines


# -- query results ---------------------------------------------------------------------------------------------

QUERY_COLUMNS = ("date", "type", "cameo", "source_code", "source_name", "target_code", "target_name", "num_sources",
                 "num_articles", "num_mentions", "num_reports", "goldstein", "example_article", "example_outlet",
                 "example_url", "example_sentence")


def flat_query_row(row: dict[str, Any]) -> dict[str, Any]:
    source, target, example = row["source"] or {}, row["target"] or {}, row["example"] or {}
    return {
        "date": row["date"], "type": row["type"], "cameo": row["cameo"], "source_code": source.get("code"),
        "source_name": source.get("name"), "target_code": target.get("code"), "target_name": target.get("name"),
        "num_sources": row["num_sources"], "num_articles": row["num_articles"], "num_mentions": row["num_mentions"],
        "num_reports": row["num_reports"], "goldstein": row["goldstein"], "example_article": example.get("article"),
        "example_outlet": example.get("outlet"), "example_url": example.get("url"),
        "example_sentence": example.get("sentence"),
    }


def _actor(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "—"
    if actor.get("code") and actor.get("name") and actor["name"] != actor["code"]:
        return f"{actor['name']} ({actor['code']})"
    return actor.get("name") or actor.get("code") or "—"


def write_query(rows: list[dict[str, Any]], fmt: str, out: TextIO) -> None:
    if fmt == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=QUERY_COLUMNS)
        writer.writeheader()
        writer.writerows(flat_query_row(r) for r in rows)
    else:
        table = Table(title=f"{len(rows)} event(s)", show_lines=False)
        for name, justify in (("date", "left"), ("type", "left"), ("source", "left"), ("target", "left"),
                              ("sources", "right"), ("articles", "right"), ("mentions", "right"),
                              ("example", "left")):
            table.add_column(name, justify=justify)  # type: ignore[arg-type]
        for r in rows:
            example = r["example"] or {}
            table.add_row(r["date"] or "—", r["type"], _actor(r["source"]), _actor(r["target"]),
                          str(r["num_sources"]), str(r["num_articles"]), str(r["num_mentions"]),
                          f"{example.get('outlet') or ''}: {example.get('sentence') or ''}")
        Console(file=out, width=max(Console().width, 160)).print(table)


ARTICLE_COLUMNS = ("doc_id", "published_date", "outlet", "title", "url", "cluster_id", "duplicate", "snippet")


def write_articles(rows: list[dict[str, Any]], fmt: str, out: TextIO) -> None:
    if fmt == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=ARTICLE_COLUMNS)
        writer.writeheader()
        writer.writerows({k: r.get(k) for k in ARTICLE_COLUMNS} for r in rows)
    else:
        table = Table(title=f"{len(rows)} article(s)")
        for name in ("date", "outlet", "id", "title", "snippet"):
            table.add_column(name)
        for r in rows:
            table.add_row(r["published_date"] or "—", r["outlet"] or "—", r["doc_id"]
                          + (" (copy)" if r["duplicate"] else ""), r["title"] or "", r["snippet"])
        Console(file=out, width=max(Console().width, 160)).print(table)


# -- event exports ---------------------------------------------------------------------------------------------

EVENT_COLUMNS = ("article_id", "event_no", "date", "day", "type", "mode", "cameo", "goldstein", "quad",
                 "source_code", "source_name", "source_type", "source_sector", "target_code", "target_name",
                 "target_type", "target_sector", "modality", "negated", "conditional", "place", "trigger",
                 "sentence_text", "source_chain", "rule", "confidence", "outlet", "url", "title", "published_date",
                 "cluster_id", "duplicate")


def flat_event(row: dict[str, Any]) -> dict[str, Any]:
    """One exported event as a flat row (CSV)."""
    e = row["event"]
    source, target = e.get("source") or {}, e.get("target") or {}
    return {
        "article_id": row["article_id"], "event_no": row["seq"] + 1, "date": e.get("date"), "day": row["day"],
        "type": e.get("type"), "mode": e.get("mode"), "cameo": e.get("cameo"), "goldstein": e.get("goldstein"),
        "quad": e.get("quad"), "source_code": source.get("code"), "source_name": source.get("name"),
        "source_type": source.get("type"), "source_sector": source.get("sector"), "target_code": target.get("code"),
        "target_name": target.get("name"), "target_type": target.get("type"), "target_sector": target.get("sector"),
        "modality": e.get("modality"), "negated": e.get("negated"), "conditional": e.get("conditional"),
        "place": e.get("place"), "trigger": (e.get("trigger") or {}).get("text"), "sentence_text": row["sentence"],
        "source_chain": " > ".join(e.get("source_chain") or []), "rule": e.get("rule"),
        "confidence": e.get("confidence"), "outlet": row["outlet"], "url": row["url"], "title": row["title"],
        "published_date": row["published_date"], "cluster_id": row["cluster_id"], "duplicate": row["duplicate"],
    }


def event_json(row: dict[str, Any]) -> dict[str, Any]:
    """One exported event as JSON: the event record (``sentence`` is its index, as in the article record) with
    its article's metadata and the sentence itself (``sentence_text``)."""
    return {"article_id": row["article_id"], "event_no": row["seq"] + 1, "url": row["url"], "outlet": row["outlet"],
            "title": row["title"], "published_date": row["published_date"], "cluster_id": row["cluster_id"],
            "duplicate": row["duplicate"], **row["event"], "sentence_text": row["sentence"]}


def plover_records(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """PLOVER records (``peristiwa.export.plover``) of exported events, numbered as in their article."""
    from peristiwa.export.plover import plover_events

    for row in rows:
        e = row["event"]
        # plover_events reads the sentence out of the body: give it the sentence alone, offsets moved to match.
        shift = e.get("start", 0)
        event = {**e, "start": 0, "end": len(row["sentence"] or "")}
        if e.get("trigger"):
            event["trigger"] = {**e["trigger"], "start": e["trigger"]["start"] - shift,
                                "end": e["trigger"]["end"] - shift}
        record = {"id": row["article_id"], "text": row["sentence"] or "", "events": [event],
                  "published_date": row["published_date"], "outlet": row["outlet"], "url": row["url"],
                  "language": row["language"]}
        (out,) = plover_events(record)
        out["id"] = f"{row['article_id']}-E{row['seq'] + 1:03d}"
        yield out


def write_events(rows: Iterable[dict[str, Any]], fmt: str, out: TextIO) -> int:
    """Write single events as "jsonl", "csv" or "plover" (JSON Lines); returns how many."""
    n = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=EVENT_COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow(flat_event(row))
            n += 1
    elif fmt == "plover":
        for record in plover_records(rows):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    else:
        for row in rows:
            out.write(json.dumps(event_json(row), ensure_ascii=False) + "\n")
            n += 1
    return n
