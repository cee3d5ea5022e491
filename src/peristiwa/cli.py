"""The ``peristiwa`` command: a thin layer over the library.

Each subcommand maps onto one library call and adds only argument parsing and
output: ``extract`` → :func:`peristiwa.pipeline.extract_many` writing JSON
Lines (or PLOVER event records); ``show`` → the same, rendered in the
terminal; ``explain`` → each event with the reasons it was coded; ``group`` →
:func:`peristiwa.events.group.group_events` over extracted articles; ``demo``
→ the pipeline over the sample articles that ship with the package,
summarised; ``ingest`` → :func:`peristiwa.store.ingest` into a database
(``--db``, default ``sqlite:///peristiwa.db`` or ``$PERISTIWA_DB``);
``query`` → :meth:`peristiwa.store.Store.query_events` (or
``search_articles``); ``export`` → the stored events as JSON Lines, CSV or
PLOVER records, or the stored article records.

Exit status: 0 when every input was processed; otherwise the number of inputs
that failed (capped at 100), each failure reported on standard error as
``peristiwa: <input>: <reason>`` (``ingest`` lists them in its summary and in
the database). A database that cannot be opened ends the command with a message
(status 1).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path

from peristiwa import __version__, _compiled
from peristiwa.inputs import DEFAULT_MAX_BYTES, FORMATS, read_inputs
from peristiwa.langdata import DataFileError
from peristiwa.model import Article, RawDocument
from peristiwa.parallel import check_workers, extract_in_order
from peristiwa.pipeline import DEFAULT_STAGES, DEFAULT_TIME_LIMIT, STAGES, extract_many, stages_with_actors
from peristiwa.serialize import article_json

MAX_EXIT_STATUS = 100
# Formats written from whole article records by peristiwa.export (GDELT 2.0 events, GKG-like, Parquet, …).
_RECORD_FORMATS = ("gdelt", "gkg", "events-csv", "articles-csv", "events-parquet", "articles-parquet",
                   "events-jsonl", "articles-jsonl")


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files (.txt, .html, .json, .jsonl, optionally .gz) or - for standard input")
    p.add_argument("--format", choices=FORMATS, default="auto",
                   help="input format (default: from the file name, else sniffed)")
    p.add_argument("--jsonl", action="store_true",
                   help="inputs are JSON Lines with fields id, url, outlet, title, published, text")
    p.add_argument("--language", metavar="CODE",
                   help="skip language identification and treat every article as this language (e.g. id)")
    p.add_argument("--published", metavar="DATE",
                   help="publication date for inputs that carry none (ISO 8601); anchors relative dates")
    p.add_argument("--stages", default=",".join(DEFAULT_STAGES),
                   help=f"comma-separated stages to run (default and order: {','.join(DEFAULT_STAGES)})")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                   help=f"size limit per file or JSON line in bytes (default {DEFAULT_MAX_BYTES:,})")
    p.add_argument("--time-limit", type=float, default=DEFAULT_TIME_LIMIT,
                   help=f"time limit per article in seconds, 0 for none (default {DEFAULT_TIME_LIMIT:g})")
    p.add_argument("--actors", action="append", default=[], metavar="FILE",
                   help="your own actor dictionary (YAML, see data/actors/README-gazetteers.md), merged on top "
                        "of the default one; may be given several times")


def _workers(value: str) -> int:
    """``--workers``: a count this machine can run (``peristiwa.parallel.check_workers``)."""
    number = int(value)
    try:
        check_workers(number)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="peristiwa",
        description="Read Indonesian news and extract structured, explained event data.",
    )
    parser.add_argument("--version", action="version",
                        version=f"peristiwa {__version__} ({_compiled.summary()})")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract articles to JSON Lines on standard output")
    _add_input_options(p)
    p.add_argument("--tokens", action="store_true", help="include token spans in the output")
    p.add_argument("--pretty", action="store_true", help="indent the JSON (one article per block)")
    p.add_argument("--output", choices=("articles", "plover"), default="articles",
                   help="one record per article (default), or one PLOVER JSON record per event")
    p.add_argument("--workers", type=_workers, default=1, metavar="N",
                   help="processes that extract the documents (default 1: this one); the output keeps the input's "
                        "order (POSIX only)")

    p = sub.add_parser("show", help="show articles in the terminal with their annotations highlighted")
    _add_input_options(p)

    p = sub.add_parser("explain", help="show why each event was coded: sentence, words, rule, actors, modality")
    _add_input_options(p)

    p = sub.add_parser("group", help="group events across extracted articles (JSON Lines from 'extract')")
    p.add_argument("inputs", nargs="+", metavar="FILE", help="output of 'peristiwa extract' (JSON Lines)")
    p.add_argument("--window", type=int, default=1, help="days within which reports are the same event (default 1)")
    p.add_argument("--json", action="store_true", help="print JSON Lines instead of a table")

    p = sub.add_parser("demo", help="the main job on the sample articles: extract, store in the embedded "
                                    "database, summarise from it")
    p.add_argument("--json", action="store_true", help="print the summary as JSON instead of tables")
    p.add_argument("--db", default="sqlite:///peristiwa-demo.db",
                   help="database for the demo (default: sqlite:///peristiwa-demo.db in the working directory)")

    p = sub.add_parser("ingest", help="extract articles into a database (idempotent: re-run to resume)")
    _add_db_option(p)
    _add_input_options(p)
    p.add_argument("--extracted", action="store_true",
                   help="inputs are JSON Lines of article records from 'peristiwa extract': store them as they are")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--allow-private", action="store_true",
                   help="allow fetching URLs on private and loopback addresses (refused by default)")
    p.add_argument("--rate", type=float, default=1.0, metavar="PER_SECOND",
                   help="polite request rate per host for URLs and feeds (default 1 per second)")
    p.add_argument("--workers", type=_workers, default=1, metavar="N",
                   help="processes that extract the documents (default 1: this one); reading, the checks and "
                        "every write stay in one process, so the database ends the same (POSIX only)")

    p = sub.add_parser("query", help="events (or, with --articles, articles) from a database")
    _add_db_option(p)
    _add_filter_options(p)
    p.add_argument("--min-sources", type=int, metavar="N", help="events reported by at least N independent outlets")
    p.add_argument("--order", choices=("date", "sources"), default="date",
                   help="newest first (default) or most reported first")
    p.add_argument("--limit", type=int, default=50, help="rows to show (default 50)")
    p.add_argument("--offset", type=int, default=0, help="rows to skip first (paging)")
    p.add_argument("--articles", action="store_true", help="list the articles matching --text instead of events")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table", help="output (default: table)")

    p = sub.add_parser("export", help="write the stored events (or article records) out")
    _add_db_option(p)
    _add_filter_options(p)
    p.add_argument("--format", choices=("jsonl", "csv", "plover", "records", *_RECORD_FORMATS), default="jsonl",
                   help="events as JSON Lines (default), CSV or PLOVER JSON Lines; or 'records': the article "
                        "records as 'peristiwa extract' wrote them")
    p.add_argument("--unique", action="store_true", help="leave out near-duplicate copies (one article per story)")
    p.add_argument("out", nargs="?", metavar="OUT", help="file to write (default: standard output)")
    p.add_argument("--output", "-o", metavar="FILE", help="the same as OUT")

    p = sub.add_parser("serve", help="the web app and REST API over a database (needs the 'web' extra)")
    _add_db_option(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--token", default=None,
                   help="token that POST /api/ingest needs as 'Authorization: Bearer TOKEN' (default: "
                        "$PERISTIWA_TOKEN; without one, ingest is switched off)")
    p.add_argument("--protect-reads", action="store_true", help="every page and API read needs the token too")
    p.add_argument("--max-body", type=int, default=None, metavar="BYTES",
                   help="largest request body accepted (default 5 MiB; larger ones get 413)")
    return parser


def _add_db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL", default=None,
                   help="database: sqlite:///FILE or postgresql://USER:PASSWORD@HOST/NAME "
                        "(default: $PERISTIWA_DB, else sqlite:///peristiwa.db in the working directory)")


def _add_filter_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--actor", help="source or target: part of its name, its code (IDN, IGO:UN) or entity id")
    p.add_argument("--country", metavar="ISO3", help="source or target country code")
    p.add_argument("--type", action="append", metavar="TYPE", help="PLOVER event type (may be repeated)")
    p.add_argument("--modality", action="append", choices=("asserted", "alleged", "denied", "planned"),
                   help="how the article presents it (may be repeated)")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="from this day (ISO 8601, inclusive)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="to this day (ISO 8601, inclusive)")
    p.add_argument("--text", help="words the article must contain (full-text search)")
    p.add_argument("--outlet", help="part of the outlet's name")


def _stages(arg: str) -> tuple[str, ...]:
    names = tuple(s.strip() for s in arg.split(",") if s.strip())
    unknown = [n for n in names if n not in STAGES]
    if unknown:
        raise SystemExit(f"peristiwa: unknown stage(s): {', '.join(unknown)} (known: {', '.join(STAGES)})")
    return names


def _documents(args: argparse.Namespace) -> Iterator[RawDocument | object]:
    fmt = "jsonl" if args.jsonl else args.format
    for doc in read_inputs(args.inputs, fmt=fmt, max_bytes=args.max_bytes):
        if isinstance(doc, RawDocument):
            if args.language:
                doc.language = args.language
            if args.published and not doc.published:
                doc.published = args.published
        yield doc


def _stage_table(args: argparse.Namespace):
    if not getattr(args, "actors", None):
        return None
    try:
        return stages_with_actors(args.actors)
    except DataFileError as exc:
        raise SystemExit(f"peristiwa: actor dictionary: {exc}") from exc


def _articles(args: argparse.Namespace, errors: list[str]) -> Iterator[Article]:
    table = _stage_table(args)
    workers = getattr(args, "workers", 1)
    if workers > 1:
        items = extract_in_order(_documents(args), _stages(args.stages), args.time_limit or None, table, workers)
    else:
        items = extract_many(_documents(args), _stages(args.stages), args.time_limit or None, table)
    for item in items:
        if isinstance(item, Article):
            yield item
        else:
            source, reason = item
            errors.append(source)
            print(f"peristiwa: {source}: {reason}", file=sys.stderr, flush=True)


def _exit_status(errors: list[str]) -> int:
    return min(len(errors), MAX_EXIT_STATUS)


def cmd_extract(args: argparse.Namespace) -> int:
    errors: list[str] = []
    out = sys.stdout
    indent = 2 if args.pretty else None
    for article in _articles(args, errors):
        if args.output == "plover":
            from peristiwa.export.plover import plover_events

            for event in plover_events(article.to_dict(tokens=args.tokens)):
                out.write(json.dumps(event, ensure_ascii=False, indent=indent) + "\n")
        else:
            out.write(article_json(article, tokens=args.tokens, indent=args.pretty) + "\n")
        out.flush()
    return _exit_status(errors)


def cmd_explain(args: argparse.Namespace) -> int:
    from peristiwa.render import render_explanations

    errors: list[str] = []
    for article in _articles(args, errors):
        render_explanations(article)
    return _exit_status(errors)


def cmd_group(args: argparse.Namespace) -> int:
    from peristiwa.events.group import group_events
    from peristiwa.render import render_groups

    records, errors = [], []
    for name in args.inputs:
        try:
            with open(name, encoding="utf-8") as fh:
                for lineno, line in enumerate(fh, 1):
                    if line.strip():
                        try:
                            records.append(json.loads(line))
                        except json.JSONDecodeError as exc:
                            errors.append(name)
                            print(f"peristiwa: {name}:{lineno}: malformed JSON: {exc.msg}", file=sys.stderr)
        except OSError as exc:
            errors.append(name)
            print(f"peristiwa: {name}: cannot read: {exc}", file=sys.stderr)
    groups = group_events(records, args.window)
    if args.json:
        for g in groups:
            print(json.dumps(g.to_dict(), ensure_ascii=False))
    else:
        render_groups(groups)
    return _exit_status(errors)


def cmd_show(args: argparse.Namespace) -> int:
    from peristiwa.render import render_article  # rich is only needed here

    errors: list[str] = []
    for article in _articles(args, errors):
        render_article(article)
    return _exit_status(errors)


def sample_paths() -> list[Path]:
    """The sample articles that ship with the package (all written for this project)."""
    return [Path(str(resources.files("peristiwa.samples").joinpath("articles.jsonl")))]


def cmd_demo(args: argparse.Namespace) -> int:
    """Sample articles → the embedded database (idempotent) → a summary read back from it."""
    from peristiwa.render import render_database_summary, render_summary, summarise
    from peristiwa.store import Store
    from peristiwa.store.ingest import ingest

    errors: list[str] = []
    ns = argparse.Namespace(inputs=[str(p) for p in sample_paths()], jsonl=True, format="jsonl", language=None,
                            published=None, stages=",".join(DEFAULT_STAGES), max_bytes=DEFAULT_MAX_BYTES,
                            time_limit=DEFAULT_TIME_LIMIT, actors=[])
    articles = list(_articles(ns, errors))
    with Store.open(args.db) as store:
        run = ingest(articles, store, label=["peristiwa samples"])
        events = list(store.iter_events())
        counts = store.counts()
    if args.json:
        print(json.dumps({"database": args.db, "articles": summarise(articles), "stored": counts,
                          "events_by_type": _tally(e["event"].get("type") for e in events)}, ensure_ascii=False,
                         indent=2))
    else:
        render_summary(articles)
        render_database_summary(args.db, counts, events, stored_now=run.stored)
    return _exit_status(errors)


def _tally(values) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in values:
        out[str(v)] = out.get(str(v), 0) + 1
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))


def _open_store(args: argparse.Namespace, *, create: bool):
    from peristiwa.store import Store, StoreError

    try:
        return Store.open(args.db, create=create)
    except StoreError as exc:
        raise SystemExit(f"peristiwa: {exc}") from exc


def _filters(args: argparse.Namespace) -> dict:
    return {"actor": args.actor, "country": args.country, "type": args.type, "modality": args.modality,
            "date_from": args.date_from, "date_to": args.date_to, "text": args.text, "outlet": args.outlet}


def cmd_ingest(args: argparse.Namespace) -> int:
    from peristiwa.store import ingest
    from peristiwa.store.ingest import count_documents
    from peristiwa.store.output import IngestProgress, summary_lines

    table = _stage_table(args)
    stages = _stages(args.stages)
    with _open_store(args, create=True) as store:
        total = count_documents(args.inputs)
        source = args.inputs if args.extracted else _sourced_documents(args)
        with IngestProgress(total, enabled=not args.no_progress) as progress:
            summary = ingest(source, store, stages=stages, table=table, time_limit=args.time_limit or None,
                             extracted=args.extracted, fmt="jsonl" if args.jsonl else args.format,
                             max_bytes=args.max_bytes, label=list(args.inputs), progress=progress,
                             workers=args.workers)
        print("\n".join(summary_lines(summary, store.url)), flush=True)
    return min(summary.failed, MAX_EXIT_STATUS)


def _sourced_documents(args: argparse.Namespace) -> Iterator[RawDocument | object]:
    """Like :func:`_documents`, through :func:`peristiwa.ingest.sources.iter_documents`: folders, globs,
    RSS/Atom feeds, WARC/ARC archives and URLs as well as files."""
    from peristiwa.ingest.sources import iter_documents

    fmt = "jsonl" if args.jsonl else args.format
    for doc in iter_documents(args.inputs, allow_private=args.allow_private, rate_per_host=args.rate,
                              max_bytes=args.max_bytes, fmt=fmt):
        if isinstance(doc, RawDocument):
            if args.language:
                doc.language = args.language
            if args.published and not doc.published:
                doc.published = args.published
        yield doc


def cmd_query(args: argparse.Namespace) -> int:
    from peristiwa.store.output import write_articles, write_query

    with _open_store(args, create=False) as store:
        try:
            if args.articles:
                if not args.text:
                    raise SystemExit("peristiwa: --articles needs --text WORDS")
                rows = store.search_articles(args.text, limit=args.limit, offset=args.offset)
                write_articles(rows, args.format, sys.stdout)
            else:
                rows = store.query_events(**_filters(args), min_sources=args.min_sources, order=args.order,
                                          limit=args.limit, offset=args.offset)
                write_query(rows, args.format, sys.stdout)
        except ValueError as exc:
            raise SystemExit(f"peristiwa: {exc}") from exc
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from peristiwa.store.output import write_events

    if args.out and args.output and args.out != args.output:
        raise SystemExit("peristiwa: give the output file once (OUT or --output)")
    target = args.out or args.output
    if args.format in _RECORD_FORMATS:
        from peristiwa.export import write

        if args.format.endswith("parquet") and not target:
            raise SystemExit("peristiwa: Parquet needs an output file (OUT)")
        with _open_store(args, create=False) as store:
            records = store.iter_records(unique=args.unique, date_from=args.date_from, date_to=args.date_to)
            n = write(records, args.format, target or sys.stdout)
        print(f"peristiwa: exported {n} row(s) as {args.format}", file=sys.stderr)
        return 0
    out = open(target, "w", encoding="utf-8", newline="") if target else sys.stdout  # noqa: SIM115
    try:
        with _open_store(args, create=False) as store:
            try:
                if args.format == "records":
                    n = 0
                    for n, record in enumerate(store.iter_records(  # noqa: B007 - n is the count afterwards
                            unique=args.unique, date_from=args.date_from, date_to=args.date_to), 1):
                        out.write(json.dumps(record, ensure_ascii=False) + "\n")
                else:
                    n = write_events(store.iter_events(unique=args.unique, **_filters(args)), args.format, out)
            except ValueError as exc:
                raise SystemExit(f"peristiwa: {exc}") from exc
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"peristiwa: exported {n} {'article(s)' if args.format == 'records' else 'event(s)'}", file=sys.stderr)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import os

    try:
        import uvicorn

        from peristiwa.web import DEFAULT_MAX_BODY, create_app
    except ImportError as exc:
        raise SystemExit(f"peristiwa: serve needs the web extra (pip install 'peristiwa[web]'): {exc}") from exc
    from peristiwa.store import StoreError

    token = args.token or os.environ.get("PERISTIWA_TOKEN") or None
    if args.protect_reads and not token:
        raise SystemExit("peristiwa: --protect-reads needs --token (or $PERISTIWA_TOKEN)")
    try:
        app = create_app(args.db, token=token, protect_reads=args.protect_reads,
                         max_body=args.max_body or DEFAULT_MAX_BODY)
    except (StoreError, ValueError) as exc:
        raise SystemExit(f"peristiwa: {exc}") from exc
    print(f"peristiwa: serving {app.state.settings.store.url} at http://{args.host}:{args.port}/ "
          f"(ingest {'on' if token else 'off: no token'}, reads {'need the token' if args.protect_reads else 'open'})",
          file=sys.stderr, flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return 0


COMMANDS = {"extract": cmd_extract, "show": cmd_show, "explain": cmd_explain, "group": cmd_group, "demo": cmd_demo,
            "ingest": cmd_ingest, "query": cmd_query, "export": cmd_export, "serve": cmd_serve}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except BrokenPipeError:  # "peristiwa extract … | head" is fine
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
