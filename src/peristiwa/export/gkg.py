"""A GKG-like table: one tab-separated line per article, with GDELT Global Knowledge Graph fields.

Source followed: "The GDELT Global Knowledge Graph (GKG) Data Format Codebook V2.1" (2/19/2015,
gdeltproject.org). The columns (:data:`COLUMNS`) carry GKG 2.1 names and GKG's delimiters where
peristiwa has the same information; themes, tone, GCAM, images, counts and translation info are
left out (peristiwa does not compute them), so the table has 16 columns, not GKG's 27. A header
line is written unless ``header=False`` (GKG files have none).

* ``GKGRECORDID``: the article id. ``DATE``: publication time as ``YYYYMMDDHHMMSS`` in UTC when the
  source gave a time zone, the local time as given otherwise, ``000000`` when only a date is known.
* ``SourceCollectionIdentifier``: 1 (web) when the article has a URL, else empty.
  ``SourceCommonName``: the outlet. ``DocumentIdentifier``: the URL, else ``peristiwa:<id>``.
* ``Persons``/``Organizations``: distinct names, ``;``-separated (GKG V1).
  ``V2Persons``/``V2Organizations``: every mention in the body as ``Name,CharOffset``, ``;``-separated.
* ``Locations`` (V1): distinct places and countries, ``;``-separated blocks of ``#``-separated
  fields ``Type#FullName#CountryCode#ADM1Code#Lat#Long#FeatureID``; ``V2Locations`` adds ``ADM2Code``
  and the mention's ``CharOffset``: ``Type#FullName#CountryCode#ADM1Code#ADM2Code#Lat#Long#FeatureID#CharOffset``.
  The fields are filled as in the GDELT event export (:mod:`peristiwa.export.gdelt`: FIPS 10-4
  country codes, gazetteer coordinates; a place without coordinates is left out, as GKG does).
* ``Dates`` (V2.1): ``Resolution#Month#Day#Year#CharOffset`` per resolved date, ``;``-separated;
  resolution 4 is a full date, 2 a month, 1 a year (weeks are left out).
* ``Quotations`` (V2.1): ``#``-separated blocks of ``|``-separated fields
  ``CharOffset|Length|Speaker|Quote``. GKG's third field is the speech verb; peristiwa puts the
  speaker there (the entity's name, else the description the article gives), since that is what
  it knows and what a reader of the table wants. Scare-quoted terms nobody speaks are left out.
* ``AllNames``: every person, organisation, place and country mention, ``Name,CharOffset;``.
* ``Amounts`` (V2.1): ``Amount,Object,CharOffset;`` with the value as a plain number (multipliers
  applied: "Rp 1,5 triliun" is 1500000000000) and the counted object as the article words it.
* ``Extras``: ``<PAGE_TITLE>…</PAGE_TITLE>`` and ``<PAGE_AUTHORS>a;b</PAGE_AUTHORS>`` as GKG writes them.

Offsets are character offsets into the record's ``text`` (GKG counts characters of the document
too). Delimiter characters inside a name or quote (``;`` ``#`` ``|`` ``,`` tabs, line breaks) are
replaced by a space, so every list splits back cleanly; a location's ``FullName`` keeps its commas
("Seoul, Korea Selatan"), as in GKG, since its block is ``#``-separated.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

from peristiwa.export.gdelt import entity_geo
from peristiwa.export.tabular import Record, Target, format_number, text_output

COLUMNS: tuple[str, ...] = (
    "GKGRECORDID", "DATE", "SourceCollectionIdentifier", "SourceCommonName", "DocumentIdentifier",
    "Persons", "V2Persons", "Organizations", "V2Organizations", "Locations", "V2Locations", "Dates",
    "Quotations", "AllNames", "Amounts", "Extras",
)

_DELIMS = re.compile(r"[;#|,\t\r\n]+")
_BLOCK_DELIMS = re.compile(r"[;#\t\r\n]+")  # inside a #-separated location block commas may stay
_RESOLUTION = {"day": 4, "month": 2, "year": 1}


def _clean(value: str | None) -> str:
    return " ".join(_DELIMS.sub(" ", value or "").split())


def gkg_date(record: Record) -> str:
    published = record.get("published") or ""
    try:
        moment = datetime.fromisoformat(published.replace("Z", "+00:00"))
    except ValueError:
        moment = None
    if moment is not None and len(published) > 10:
        if moment.tzinfo is not None:
            moment = moment.astimezone(UTC)
        return moment.strftime("%Y%m%d%H%M%S")
    day = record.get("published_date") or published[:10]
    return day.replace("-", "") + "000000" if re.fullmatch(r"\d{4}-\d{2}-\d{2}", day or "") else ""


def _body_mentions(entity: Record) -> Iterator[Record]:
    return (m for m in entity.get("mentions") or [] if m.get("field", "text") == "text")


def _geo_block(geo: dict, *, v2: bool, offset: int | None = None) -> str:
    def cell(key: str) -> str:
        value = geo.get(key)
        if isinstance(value, float):
            return format_number(value)
        return " ".join(_BLOCK_DELIMS.sub(" ", "" if value is None else str(value)).split())

    keys = ("Type", "FullName", "CountryCode", "ADM1Code") + (("ADM2Code",) if v2 else ()) + \
        ("Lat", "Long", "FeatureID")
    fields = [cell(k) for k in keys]
    if v2:
        fields.append(str(offset if offset is not None else ""))
    return "#".join(fields)


def gkg_row(record: Record) -> dict[str, str]:
    """The GKG-like row (column name -> cell text) for one article record."""
    entities = record.get("entities") or []

    def of_type(*types: str) -> list[Record]:
        return [e for e in entities if e.get("type") in types]

    def v1_names(items: list[Record]) -> str:
        names: list[str] = []
        for e in items:
            name = _clean(e.get("name"))
            if name and name not in names:
                names.append(name)
        return ";".join(names)

    def v2_names(items: list[Record]) -> str:
        pairs = sorted((m["start"], _clean(e.get("name"))) for e in items for m in _body_mentions(e))
        return ";".join(f"{name},{start}" for start, name in pairs)

    places = [(e, entity_geo(e)) for e in of_type("LOCATION", "COUNTRY")]
    places = [(e, g) for e, g in places if g]
    v1_locations = []
    for _, geo in places:
        block = _geo_block(geo, v2=False)
        if block not in v1_locations:
            v1_locations.append(block)
    v2_locations = sorted(((m["start"], _geo_block(g, v2=True, offset=m["start"]))
                           for e, g in places for m in _body_mentions(e)))

    dates = []
    for d in record.get("dates") or []:
        value, resolution = d.get("value") or "", _RESOLUTION.get(d.get("granularity") or "")
        if not resolution or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            continue
        year, month, day = ([*value.split("-"), "0", "0"])[:3]
        dates.append(f"{resolution}#{int(month)}#{int(day)}#{int(year)}#{d.get('start')}")

    quotes = []
    for q in record.get("quotes") or []:
        if q.get("kind") == "term":
            continue
        speaker = _clean(q.get("speaker") or q.get("speaker_description"))
        text = " ".join(re.sub(r"[#|]", " ", q.get("text") or "").split())
        quotes.append(f"{q.get('start')}|{q.get('end', 0) - q.get('start', 0)}|{speaker}|{text}")

    amounts = [f"{format_number(a.get('value'))},{_clean(a.get('object'))},{a.get('start')}"
               for a in record.get("amounts") or []]

    title = html.escape(" ".join((record.get("title") or "").split()), quote=False)
    authors = html.escape(";".join(_clean(a) for a in record.get("authors") or []), quote=False)
    extras = (f"<PAGE_TITLE>{title}</PAGE_TITLE>" if title else "") + \
        (f"<PAGE_AUTHORS>{authors}</PAGE_AUTHORS>" if authors else "")
    url = record.get("url")
    return {
        "GKGRECORDID": _clean(record.get("id")),
        "DATE": gkg_date(record),
        "SourceCollectionIdentifier": "1" if url else "",
        "SourceCommonName": " ".join((record.get("outlet") or "").split()),
        "DocumentIdentifier": url or f"peristiwa:{record.get('id')}",
        "Persons": v1_names(of_type("PERSON")),
        "V2Persons": v2_names(of_type("PERSON")),
        "Organizations": v1_names(of_type("ORG")),
        "V2Organizations": v2_names(of_type("ORG")),
        "Locations": ";".join(v1_locations),
        "V2Locations": ";".join(block for _, block in v2_locations),
        "Dates": ";".join(dates),
        "Quotations": "#".join(quotes),
        "AllNames": v2_names(of_type("PERSON", "ORG", "LOCATION", "COUNTRY")),
        "Amounts": ";".join(amounts),
        "Extras": extras,
    }


def write_gkg(records: Iterable[Record], target: Target, *, header: bool = True) -> int:
    """Write one GKG-like line per article record; returns the number of articles."""
    n = 0
    with text_output(target) as fh:
        if header:
            fh.write("\t".join(COLUMNS) + "\n")
        for record in records:
            row = gkg_row(record)
            fh.write("\t".join(" ".join(row[c].split("\t")) for c in COLUMNS) + "\n")
            n += 1
    return n
