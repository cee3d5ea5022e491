"""Query parameters shared by the API and the pages, and the JSON / CSV writers of list endpoints.

Parameters arrive from HTML forms too, which send empty fields as empty strings: an empty value means
"no filter" everywhere, and dates and numbers are checked here (a malformed one answers 422).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import HTTPException, Query
from fastapi.responses import StreamingResponse

from peristiwa.web.queries import MODALITIES, EventFilters

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DAY = r"^(\d{4}-\d{2}-\d{2})?$"
MAX_LIMIT = 10_000  # rows of one response (JSON or CSV); larger exports: `peristiwa export`

Text = Annotated[str | None, Query(max_length=200)]


def clean(value: str | None) -> str | None:
    """A parameter without control characters and outer spaces; None when nothing is left."""
    if value is None:
        return None
    value = _CONTROL.sub("", value).strip()
    return value or None


def _day(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise HTTPException(422, f"{name}: not a date (YYYY-MM-DD): {value!r}") from exc


def _values(values: list[str] | None) -> tuple[str, ...]:
    return tuple(v for v in (clean(x) for x in values or []) if v)[:20]


def event_filters(
    actor: Annotated[str | None, Query(max_length=200, description="part of a source or target name, a code "
                                                                    "(IDN, IGO:UN) or an entity id")] = None,
    country: Annotated[str | None, Query(max_length=40, description="ISO3 code of source or target")] = None,
    type: Annotated[list[str] | None, Query(description="PLOVER event type (repeatable)")] = None,
    mode: Annotated[list[str] | None, Query(description="PLOVER mode, e.g. demo, arrest (repeatable)")] = None,
    modality: Annotated[list[str] | None, Query(description="asserted, alleged, denied, planned (repeatable)")] = None,
    date_from: Annotated[str | None, Query(pattern=_DAY, description="from this day (inclusive)")] = None,
    date_to: Annotated[str | None, Query(pattern=_DAY, description="to this day (inclusive)")] = None,
    text: Annotated[str | None, Query(max_length=200, description="words the article must contain")] = None,
    min_sources: Annotated[str | None, Query(pattern=r"^\d{0,4}$",
                                             description="reported by at least N independent outlets")] = None,
    source: Annotated[str | None, Query(max_length=300, description="exact actor key of the source")] = None,
    target: Annotated[str | None, Query(max_length=300, description="exact actor key of the target")] = None,
    source_country: Annotated[str | None, Query(max_length=40, description="exact code of the source")] = None,
    target_country: Annotated[str | None, Query(max_length=40, description="exact code of the target")] = None,
    place: Annotated[str | None, Query(max_length=300, description="the event's place, as written")] = None,
    article: Annotated[str | None, Query(pattern=r"^\d{0,9}$", description="one stored article's id")] = None,
) -> EventFilters:
    modalities = tuple(m.lower() for m in _values(modality))
    unknown = [m for m in modalities if m not in MODALITIES]
    if unknown:
        raise HTTPException(422, f"modality must be one of {', '.join(MODALITIES)}, not {unknown[0]!r}")
    return EventFilters(
        actor=clean(actor), country=clean(country), type=tuple(t.upper() for t in _values(type)),
        mode=tuple(m.lower() for m in _values(mode)), modality=modalities,
        date_from=_day(date_from, "date_from"), date_to=_day(date_to, "date_to"), text=clean(text),
        min_sources=int(min_sources) if min_sources else None, source=clean(source), target=clean(target),
        source_country=clean(source_country), target_country=clean(target_country),
        place=clean(place), article=int(article) if article else None)


def query_string(params: dict[str, Any], **changes: Any) -> str:
    """``?a=1&b=2`` from parameters (lists repeat their key; None and empty values are left out)."""
    merged = {**params, **changes}
    pairs = []
    for key, value in merged.items():
        if value is None or value == "" or value == [] or value == ():
            continue
        for v in value if isinstance(value, list | tuple) else [value]:
            pairs.append((key, str(v)))
    return ("?" + urlencode(pairs)) if pairs else ""


def page_links(path: str, params: dict[str, Any], total: int, limit: int, offset: int) -> dict[str, str | None]:
    base = {**params, "limit": limit}
    return {
        "self": path + query_string(base, offset=offset or None),
        "next": path + query_string(base, offset=offset + limit) if offset + limit < total else None,
        "prev": path + query_string(base, offset=max(0, offset - limit) or None) if offset > 0 else None,
    }


# -- CSV -------------------------------------------------------------------------------------------------------

_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """A CSV cell; text that a spreadsheet would run as a formula is prefixed with an apostrophe."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = " > ".join(str(v) for v in value) if all(isinstance(v, str) for v in value) else json.dumps(
            value, ensure_ascii=False)
    elif isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value


def flatten(row: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested objects become ``parent_child`` columns (one level deep is all the API has)."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and not prefix:
            out.update(flatten(value, name + "_"))
        else:
            out[name] = value
    return out


def csv_response(rows: Iterable[dict[str, Any]], columns: list[str], filename: str) -> StreamingResponse:
    """Rows as CSV, streamed; ``columns`` fixes the header (missing values are empty)."""

    def generate() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for n, row in enumerate(rows, 1):
            writer.writerow({k: _cell(v) for k, v in flatten(row).items()})
            if n % 500 == 0:
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue()

    return StreamingResponse(generate(), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{filename}"'})


EVENT_CSV = ["id", "day", "date", "type", "mode", "cameo", "goldstein", "quad", "source_key", "source_code",
             "source_name", "target_key", "target_code", "target_name", "modality", "negated", "conditional", "place",
             "trigger", "confidence", "mentions", "num_reports", "num_articles", "num_sources", "outlet", "origin",
             "article_id", "event_no", "article_doc_id", "article_title", "article_url", "article_published_date",
             "sentence"]
ARTICLE_CSV = ["id", "doc_id", "published_date", "outlet", "title", "url", "language", "cluster_id", "duplicate_of",
               "events", "quotes", "entities", "snippet"]
ACTOR_CSV = ["key", "name", "code", "as_source", "as_target", "as_speaker", "mentioned", "articles", "total"]
EDGE_CSV = ["source", "target", "weight", "type", "types"]
PLACE_CSV = ["place", "lat", "lon", "country", "events", "first", "last"]
SERIES_CSV = ["bucket", "key", "count"]
