"""Writing extracted data out for other tools.

Exporters work on article records in the JSON form of ``Article.to_dict()``
(``schema/article.schema.json``), so they serve the command line, the
database and the API alike. Each format is chosen by name from
:data:`EXPORTERS`; :func:`write` is the one call:

>>> write(records, "events-csv", "events.csv")          # doctest: +SKIP

Formats (writer functions take ``(records, path_or_stream, **options)`` and
return the number of rows written):

====================  ========================================================
``jsonl``             the full article records, one per line
``articles-jsonl``    the articles table (:mod:`peristiwa.export.tabular`)
``articles-csv``      the same, CSV
``articles-parquet``  the same, Parquet
``events-jsonl``      the events table, one event per line
``events-csv``        the same, CSV
``events-parquet``    the same, Parquet
``gdelt``             GDELT 2.0 Event table, 61 tab-separated columns
                      (:mod:`peristiwa.export.gdelt`; options ``added``, ``group``, ``header``)
``gkg``               GKG-like per-article table (:mod:`peristiwa.export.gkg`; option ``header``)
``plover``            PLOVER event records, one JSON object per line
====================  ========================================================

Parquet needs a path or a binary stream; the others take a path, a text
stream or a binary stream (written as UTF-8). A path ending in ``.gz`` is
compressed (except for Parquet).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from peristiwa.export.gdelt import write_gdelt
from peristiwa.export.gkg import write_gkg
from peristiwa.export.plover import plover_events
from peristiwa.export.tabular import TABULAR_WRITERS, Record, Target, text_output


def write_plover(records: Iterable[Record], target: Target, **options: Any) -> int:
    """PLOVER event records (:func:`plover_events`), one JSON object per line."""
    n = 0
    with text_output(target) as fh:
        for record in records:
            for event in plover_events(record, **options):
                fh.write(json.dumps(event, ensure_ascii=False) + "\n")
                n += 1
    return n


EXPORTERS: dict[str, Callable[..., int]] = {
    **TABULAR_WRITERS,
    "gdelt": write_gdelt,
    "gkg": write_gkg,
    "plover": write_plover,
}

# The file suffix each format is usually written with.
SUFFIXES = {"jsonl": ".jsonl", "articles-jsonl": ".jsonl", "events-jsonl": ".jsonl", "articles-csv": ".csv",
            "events-csv": ".csv", "articles-parquet": ".parquet", "events-parquet": ".parquet",
            "gdelt": ".export.CSV", "gkg": ".gkg.tsv", "plover": ".jsonl"}


def write(records: Iterable[Record], fmt: str, path_or_stream: Target, **options: Any) -> int:
    """Write ``records`` in format ``fmt`` (a name in :data:`EXPORTERS`); returns the rows written."""
    try:
        writer = EXPORTERS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(EXPORTERS)}") from None
    return writer(records, path_or_stream, **options)


__all__ = ["EXPORTERS", "SUFFIXES", "plover_events", "write", "write_plover"]
