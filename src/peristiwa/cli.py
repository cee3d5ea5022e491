"""The ``peristiwa`` command: a thin layer over the library.

Each subcommand maps onto one library call and adds only argument parsing and
output: ``extract`` → :func:`peristiwa.pipeline.extract_many` writing JSON
Lines (or PLOVER event records); ``show`` → the same, rendered in the
terminal; ``explain`` → each event with the reasons it was coded; ``group`` →
:func:`peristiwa.events.group.group_events` over extracted articles; ``demo``
→ the pipeline over the sample articles that ship with the package,
summarised.

Exit status: 0 when every input was processed; otherwise the number of inputs
that failed (capped at 100), each failure reported on standard error as
``peristiwa: <input>: <reason>``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path

from peristiwa import __version__
from peristiwa.inputs import DEFAULT_MAX_BYTES, FORMATS, read_inputs
from peristiwa.langdata import DataFileError
from peristiwa.model import Article, RawDocument
from peristiwa.pipeline import DEFAULT_STAGES, DEFAULT_TIME_LIMIT, STAGES, extract_many, stages_with_actors

MAX_EXIT_STATUS = 100


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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="peristiwa",
        description="Read Indonesian news and extract structured, explained event data.",
    )
    parser.add_argument("--version", action="version", version=f"peristiwa {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract articles to JSON Lines on standard output")
    _add_input_options(p)
    p.add_argument("--tokens", action="store_true", help="include token spans in the output")
    p.add_argument("--pretty", action="store_true", help="indent the JSON (one article per block)")
    p.add_argument("--output", choices=("articles", "plover"), default="articles",
                   help="one record per article (default), or one PLOVER JSON record per event")

    p = sub.add_parser("show", help="show articles in the terminal with their annotations highlighted")
    _add_input_options(p)

    p = sub.add_parser("explain", help="show why each event was coded: sentence, words, rule, actors, modality")
    _add_input_options(p)

    p = sub.add_parser("group", help="group events across extracted articles (JSON Lines from 'extract')")
    p.add_argument("inputs", nargs="+", metavar="FILE", help="output of 'peristiwa extract' (JSON Lines)")
    p.add_argument("--window", type=int, default=1, help="days within which reports are the same event (default 1)")
    p.add_argument("--json", action="store_true", help="print JSON Lines instead of a table")

    p = sub.add_parser("demo", help="extract the sample articles that ship with peristiwa and summarise them")
    p.add_argument("--json", action="store_true", help="print the summary as JSON instead of a table")
    return parser


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
    for item in extract_many(_documents(args), _stages(args.stages), args.time_limit or None, table):
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
        record = article.to_dict(tokens=args.tokens)
        if args.output == "plover":
            from peristiwa.export.plover import plover_events

            for event in plover_events(record):
                out.write(json.dumps(event, ensure_ascii=False, indent=indent) + "\n")
        else:
            out.write(json.dumps(record, ensure_ascii=False, indent=indent) + "\n")
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
    from peristiwa.render import render_summary, summarise

    errors: list[str] = []
    ns = argparse.Namespace(inputs=[str(p) for p in sample_paths()], jsonl=True, format="jsonl", language=None,
                            published=None, stages=",".join(DEFAULT_STAGES), max_bytes=DEFAULT_MAX_BYTES,
                            time_limit=DEFAULT_TIME_LIMIT, actors=[])
    articles = list(_articles(ns, errors))
    if args.json:
        print(json.dumps(summarise(articles), ensure_ascii=False, indent=2))
    else:
        render_summary(articles)
    return _exit_status(errors)


COMMANDS = {"extract": cmd_extract, "show": cmd_show, "explain": cmd_explain, "group": cmd_group, "demo": cmd_demo}


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
