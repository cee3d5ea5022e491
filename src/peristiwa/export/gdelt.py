"""Events in the GDELT 2.0 Event table layout: 61 tab-separated columns, one line per coded event.

Source followed: "The GDELT Event Database Data Format Codebook V2.0" (2/19/2015, gdeltproject.org),
whose field list is :data:`COLUMNS` in order (GDELT 2.0 added an ``ADM2Code`` to each of the three
geography blocks and made ``DATEADDED`` a ``YYYYMMDDHHMMSS`` UTC timestamp); the list was checked
against public GDELT 2.0 readers, and the CAMEO lookups against GDELT's ``CAMEO.country.txt`` and
``CAMEO.knowngroup.txt``. Like GDELT's files, the output has no header line unless ``header=True``.

How peristiwa's record maps onto it:

* ``GlobalEventID``: a stable 63-bit integer hashed (BLAKE2b) from the article id and the event's
  index in it, so that shards written on different machines never collide and a re-run gives the
  same ids (GDELT's ids are sequential; ours cannot be without a central counter).
* ``Day``/``MonthYear``/``Year``/``FractionDate``: the event's date, else the article's
  publication date. ``FractionDate`` is computed as GDELT does, ``Year + ((Month-1)*30 + Day)/365``
  truncated to four decimals.
* Actors. peristiwa codes countries with ISO 3166-1 alpha-3; CAMEO (and so GDELT) uses the same
  codes except where :data:`CAMEO_COUNTRY` says otherwise (Romania ``ROM``, Montenegro ``MTN``,
  East Timor ``TMP``); an ISO code with no CAMEO counterpart (Kosovo ``XKX``, South Sudan ``SSD``,
  historical states) is written as it is. ``ActorCode`` is the country code followed by the type
  code, as CAMEO builds it (``IDNGOV``, ``USAMIL``; just ``CVL`` when no country is known).
  ``Type1Code`` is the actor's sector, whose codes are CAMEO's own (GOV, MIL, COP, JUD, LEG, MED,
  BUS, REB, OPP, CVL, SPY, EDU, ELI, IGO); PTY (political party) has no CAMEO type and is left
  empty; a country named as such ("Rusia meluncurkan …") is coded bare (``RUS``), as CAMEO does.
  ``Type2Code``/``Type3Code``, ethnic and religion codes are empty (not coded).
  Intergovernmental bodies (``IGO:UN``, ``IGO:EU`` …) become ``IGO`` + the CAMEO known-group code
  (``IGOUNO``, ``IGOEEC``, ``IGONAT``…) with that code in ``KnownGroupCode``, an empty
  ``CountryCode`` and ``Type1Code`` ``IGO``, as GDELT writes them; UN organs and agencies without
  a group code of their own are ``UNO``; a body CAMEO has no code for (G20, BRICS, APEC …) is just
  ``IGO``. A few non-state groups with CAMEO codes (Hamas ``HMS``, Hizbullah ``HEZ``, Fatah, PLO,
  Amnesty ``AMN``, HRW, MSF, Oxfam ``XFM``, the Red Cross) get their ``KnownGroupCode``.
  ``ActorName`` is the actor's name in upper case, as GDELT writes names.
* ``IsRootEvent``: 1 when the event's sentence is in the first paragraph (GDELT: the lead).
* ``EventCode``/``EventBaseCode``/``EventRootCode``: the CAMEO code and its first three and two
  digits; ``QuadClass`` and ``GoldsteinScale`` as coded.
* ``NumMentions``/``NumSources``/``NumArticles``: for one article, the event's mentions in it
  (the event and its repeats), 1 and 1. With ``group=True`` they are the counts of the event's
  group across all the records given (:func:`peristiwa.events.group.group_events`: same type,
  source and target codes within a day), as GDELT counts them; one row per coded event remains.
* ``AvgTone``: 0. peristiwa does not compute tone.
* Geography (``Actor1Geo_*``, ``Actor2Geo_*``, ``ActionGeo_*``): from the record's entities, which
  carry coordinates for places and countries. The action's place is the entity named by the
  event's ``place``; an actor's place is its own entity when that has coordinates (a place or a
  country), else the actor's country. ``Type`` is 1 country, 3 US city / 2 US state, 4 world city
  (also islands, facilities, mountains, waters), 5 world state (provinces, regions), by the
  gazetteer's place type. ``CountryCode`` is the FIPS 10-4 code, as GDELT uses (:data:`ISO3_TO_FIPS`;
  empty for Palestine, which FIPS splits into West Bank and Gaza, and for historical states);
  ``ADM1Code`` is that FIPS country code alone (GDELT's form for a country-level match: peristiwa
  has no FIPS ADM1 codes for places below the country), ``ADM2Code`` is empty. For a country,
  ``Lat``/``Long`` are those of its capital (the gazetteer has no centroids), not GDELT's centroid.
  ``FeatureID`` is the peristiwa entity id (``place-kharkiv``) for a place and the FIPS code for a
  country. ``FullName`` is "place, province, country" with the gazetteer's (Indonesian) names.
  Nothing is filled when the article gives no place: no location is guessed.
* ``DATEADDED``: the export time (``added``, default now) in UTC; ``SOURCEURL``: the article's URL,
  or ``peristiwa:<article id>`` when it has none.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from peristiwa.export.tabular import Record, Target, find_place, format_number, text_output
from peristiwa.langdata import data_path, load_yaml

COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                             "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    *(f"Actor2{f}" for f in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                             "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{f}" for who in ("Actor1", "Actor2", "Action")
      for f in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
assert len(COLUMNS) == 61

# ISO 3166-1 alpha-3 codes whose CAMEO country code differs (GDELT's CAMEO.country.txt).
CAMEO_COUNTRY = {"ROU": "ROM", "MNE": "MTN", "TLS": "TMP"}

# peristiwa IGO codes -> CAMEO known-group codes (GDELT's CAMEO.knowngroup.txt).
IGO_GROUPS = {
    "UN": "UNO", "UNSC": "UNO", "UNGA": "UNO", "UNHRC": "UNO", "UNDP": "UNO", "UNESCO": "UNO", "OCHA": "UNO",
    "UNEP": "UNO", "UNFCCC": "UNO", "UNFPA": "UNO", "UNODC": "UNO", "UNRWA": "UNO", "IPCC": "UNO", "WMO": "UNO",
    "ICAO": "UNO", "IMO": "UNO", "ITU": "UNO",
    "OHCHR": "HCH", "UNHCR": "HCR", "UNICEF": "KID", "FAO": "FAO", "WFP": "WFP", "WHO": "WHO", "WTO": "WTO",
    "IMF": "IMF", "WB": "WBK", "ILO": "ILO", "IOM": "IOM", "IAEA": "IAE", "ICC": "ICC", "ICJ": "ICJ",
    "INTERPOL": "ITP", "NATO": "NAT", "EU": "EEC", "ASEAN": "ASN", "ARABLEAGUE": "ARL", "OIC": "OIC",
    "OPEC": "OPC", "OAS": "OAS", "GCC": "GCC", "ADB": "ADB", "ISDB": "IDB", "BIS": "BIS", "COE": "COE",
    "COMMONWEALTH": "CWN", "OSCE": "SCE", "ECOWAS": "WAS", "G7": "GOS", "NAM": "NON",
}

# Non-state organisations (peristiwa entity ids) with a CAMEO known-group code.
KNOWN_GROUPS = {
    "hamas": "HMS", "hizbullah": "HEZ", "fatah": "FTA", "plo": "PLO", "amnesty-international": "AMN",
    "human-rights-watch": "HRW", "msf": "MSF", "oxfam": "XFM", "icrc": "IRC", "ifrc": "CRC",
}

# Sectors -> CAMEO type codes (the same letters; PTY has no CAMEO counterpart).
SECTOR_TYPES = {s: s for s in "GOV MIL COP JUD LEG IGO MED BUS OPP REB CVL SPY EDU ELI".split()}

# ISO 3166-1 alpha-3 -> FIPS 10-4, for every country in the gazetteer (blank: none or ambiguous).
_FIPS = """
AFG:AF AGO:AO ALB:AL AND:AN ARE:AE ARG:AR ARM:AM ATG:AC AUS:AS AUT:AU AZE:AJ BDI:BY BEL:BE BEN:BN BFA:UV
BGD:BG BGR:BU BHR:BA BHS:BF BIH:BK BLR:BO BLZ:BH BOL:BL BRA:BR BRB:BB BRN:BX BTN:BT BWA:BC CAF:CT CAN:CA
CHE:SZ CHL:CI CHN:CH CIV:IV CMR:CM COD:CG COG:CF COK:CW COL:CO COM:CN CPV:CV CRI:CS CUB:CU CYP:CY CZE:EZ
DEU:GM DJI:DJ DMA:DO DNK:DA DOM:DR DZA:AG ECU:EC EGY:EG ERI:ER ESH:WI ESP:SP EST:EN ETH:ET FIN:FI FJI:FJ
FRA:FR FSM:FM GAB:GB GBR:UK GEO:GG GHA:GH GIN:GV GMB:GA GNB:PU GNQ:EK GRC:GR GRD:GJ GRL:GL GTM:GT GUM:GQ
GUY:GY HKG:HK HND:HO HRV:HR HTI:HA HUN:HU IDN:ID IND:IN IRL:EI IRN:IR IRQ:IZ ISL:IC ISR:IS ITA:IT JAM:JM
JOR:JO JPN:JA KAZ:KZ KEN:KE KGZ:KG KHM:CB KIR:KR KNA:SC KOR:KS KWT:KU LAO:LA LBN:LE LBR:LI LBY:LY LCA:ST
LIE:LS LKA:CE LSO:LT LTU:LH LUX:LU LVA:LG MAC:MC MAR:MO MCO:MN MDA:MD MDG:MA MDV:MV MEX:MX MHL:RM MKD:MK
MLI:ML MLT:MT MMR:BM MNE:MJ MNG:MG MOZ:MZ MRT:MR MUS:MP MWI:MI MYS:MY NAM:WA NCL:NC NER:NG NGA:NI NIC:NU
NIU:NE NLD:NL NOR:NO NPL:NP NRU:NR NZL:NZ OMN:MU PAK:PK PAN:PM PER:PE PHL:RP PLW:PS PNG:PP POL:PL PRI:RQ
PRK:KN PRT:PO PRY:PA QAT:QA ROU:RO RUS:RS RWA:RW SAU:SA SDN:SU SEN:SG SGP:SN SLB:BP SLE:SL SLV:ES SMR:SM
SOM:SO SRB:RI SSD:OD STP:TP SUR:NS SVK:LO SVN:SI SWE:SW SWZ:WZ SYC:SE SYR:SY TCD:CD TGO:TO THA:TH TJK:TI
TKM:TX TLS:TT TON:TN TTO:TD TUN:TS TUR:TU TUV:TV TWN:TW TZA:TZ UGA:UG UKR:UP URY:UY USA:US UZB:UZ VAT:VT
VCT:VC VEN:VE VNM:VM VUT:NH WSM:WS XKX:KV YEM:YM ZAF:SF ZMB:ZA ZWE:ZI
"""
ISO3_TO_FIPS: dict[str, str] = dict(pair.split(":") for pair in _FIPS.split())

GEO_COUNTRY, GEO_US_STATE, GEO_US_CITY, GEO_WORLD_CITY, GEO_WORLD_STATE = 1, 2, 3, 4, 5


@cache
def _countries() -> dict[str, dict[str, Any]]:
    return {str(c["code"]): c for c in load_yaml("actors/countries.yaml")}


@cache
def _places() -> dict[str, dict[str, str]]:
    with data_path("places/places.tsv").open(encoding="utf-8", newline="") as fh:
        return {f"place-{row['id']}": row for row in csv.DictReader(fh, delimiter="\t")}


def fips(iso3: str | None) -> str:
    return ISO3_TO_FIPS.get(iso3 or "", "")


def country_geo(iso3: str | None) -> dict[str, Any] | None:
    """Country-level geography for an ISO3 code (coordinates of the capital)."""
    country = _countries().get(iso3 or "")
    if not country:
        return None
    code = fips(iso3)
    return {"Type": GEO_COUNTRY, "FullName": country.get("name"), "CountryCode": code, "ADM1Code": code,
            "ADM2Code": "", "Lat": country.get("lat"), "Long": country.get("lon"), "FeatureID": code}


def entity_geo(entity: Record | None) -> dict[str, Any] | None:
    """GDELT geography for a LOCATION or COUNTRY entity of a record (None when it has no coordinates)."""
    if not entity:
        return None
    if entity.get("type") == "COUNTRY":
        geo = country_geo(entity.get("code"))
        if geo and entity.get("lat") is not None:
            geo.update(Lat=entity["lat"], Long=entity["lon"])
        return geo
    if entity.get("lat") is None or entity.get("lon") is None:
        return None
    iso3 = entity.get("country") or entity.get("code")
    place = _places().get(entity.get("id") or "", {})
    region = place.get("type") == "region"
    in_us = iso3 == "USA"
    geo_type = (GEO_US_STATE if region else GEO_US_CITY) if in_us else (GEO_WORLD_STATE if region else GEO_WORLD_CITY)
    country_name = (_countries().get(iso3 or "") or {}).get("name")
    parts = [entity.get("name"), place.get("admin1") if place.get("admin1") != entity.get("name") else None,
             country_name]
    code = fips(iso3)
    return {"Type": geo_type, "FullName": ", ".join(p for p in parts if p), "CountryCode": code,
            "ADM1Code": code, "ADM2Code": "", "Lat": entity["lat"], "Long": entity["lon"],
            "FeatureID": entity.get("id") or ""}


def event_id(article_id: str | None, index: int) -> int:
    digest = hashlib.blake2b(f"{article_id}\x1f{index}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") & (2**63 - 1)


def _day(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def fraction_date(day: date) -> str:
    """GDELT's FractionDate: Year + ((Month-1)*30 + Day)/365, truncated to four decimals."""
    fraction = int(((day.month - 1) * 30 + day.day) / 365 * 10000)
    return f"{day.year}.{fraction:04d}"


def _actor(actor: Record | None) -> dict[str, str]:
    out = dict.fromkeys(("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                         "Religion2Code", "Type1Code", "Type2Code", "Type3Code"), "")
    if not actor:
        return out
    code = actor.get("code") or ""
    out["Name"] = (actor.get("name") or "").upper()
    if code.startswith("IGO:"):
        group = IGO_GROUPS.get(code[4:], "")
        out.update(Code="IGO" + group, KnownGroupCode=group, Type1Code="IGO")
        return out
    country = CAMEO_COUNTRY.get(code, code)
    sector = SECTOR_TYPES.get(actor.get("sector") or "", "")
    if actor.get("type") == "COUNTRY":
        sector = ""  # the country named as such ("Rusia"), not one of its parts: CAMEO codes it bare
    out.update(Code=country + sector, CountryCode=country, Type1Code=sector,
               KnownGroupCode=KNOWN_GROUPS.get(actor.get("entity_id") or "", ""))
    return out


def _actor_geo(record: Record, actor: Record | None, entities: dict[str, Record]) -> dict[str, Any] | None:
    if not actor:
        return None
    geo = entity_geo(entities.get(actor.get("entity_id") or ""))
    if geo is None and (actor.get("code") or "")[:4] != "IGO:":
        geo = country_geo(actor.get("code"))
    return geo


def _geo_cells(prefix: str, geo: dict[str, Any] | None) -> dict[str, str]:
    fields = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
    if not geo:
        return {f"{prefix}Geo_{f}": "" for f in fields}
    out = {}
    for f in fields:
        value = geo.get(f)
        out[f"{prefix}Geo_{f}"] = format_number(value) if isinstance(value, float) else ("" if value is None
                                                                                        else str(value))
    return out


class _GroupCounts:
    """(NumMentions, NumSources, NumArticles) of each event's group across the records."""

    def __init__(self, records: list[Record]) -> None:
        from peristiwa.events.group import group_events

        self.by_key: dict[tuple, list] = {}
        for g in group_events(records):
            self.by_key.setdefault((g.type, g.source, g.target), []).append(g)

    def counts(self, record: Record, event: Record) -> tuple[int, int, int] | None:
        key = (event.get("type"), (event.get("source") or {}).get("code"), (event.get("target") or {}).get("code"))
        day = _day(event.get("date") or record.get("published_date"))
        for g in self.by_key.get(key, []):
            inside = (day is None and g.first_date is None) or (
                day is not None and g.first_date is not None and g.first_date <= day.isoformat() <= g.last_date)
            if inside:
                return g.num_mentions, g.num_sources, g.num_articles
        return None


def gdelt_rows(records: Iterable[Record], *, added: datetime | None = None,
               group: bool = False) -> Iterator[dict[str, str]]:
    """GDELT 2.0 event rows (column name -> cell text) for article records."""
    if group:
        records = list(records)
        groups: _GroupCounts | None = _GroupCounts(records)
    else:
        groups = None
    stamp = (added or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%d%H%M%S")
    for record in records:
        entities = {e.get("id"): e for e in record.get("entities") or [] if e.get("id")}
        sentences = record.get("sentences") or []
        for n, event in enumerate(record.get("events") or []):
            day = _day(event.get("date")) or _day(record.get("published_date"))
            cameo = event.get("cameo") or ""
            sentence = event.get("sentence")
            root = 1 if sentence is not None and sentence < len(sentences) and \
                sentences[sentence].get("paragraph") == 0 else 0
            mentions, sources, articles = 1 + len(event.get("mentions") or []), 1, 1
            if groups is not None:
                mentions, sources, articles = groups.counts(record, event) or (mentions, sources, articles)
            row = {
                "GlobalEventID": str(event_id(record.get("id"), n)),
                "Day": day.strftime("%Y%m%d") if day else "",
                "MonthYear": day.strftime("%Y%m") if day else "",
                "Year": str(day.year) if day else "",
                "FractionDate": fraction_date(day) if day else "",
            }
            for prefix, actor in (("Actor1", event.get("source")), ("Actor2", event.get("target"))):
                row.update({prefix + k: v for k, v in _actor(actor).items()})
            row.update({
                "IsRootEvent": str(root), "EventCode": cameo, "EventBaseCode": cameo[:3],
                "EventRootCode": cameo[:2], "QuadClass": str(event.get("quad") or ""),
                "GoldsteinScale": format_number(event.get("goldstein")) if cameo else "",
                "NumMentions": str(mentions), "NumSources": str(sources), "NumArticles": str(articles),
                "AvgTone": "0",
            })
            row.update(_geo_cells("Actor1", _actor_geo(record, event.get("source"), entities)))
            row.update(_geo_cells("Actor2", _actor_geo(record, event.get("target"), entities)))
            row.update(_geo_cells("Action", entity_geo(find_place(record, event.get("place")))))
            row["DATEADDED"] = stamp
            row["SOURCEURL"] = record.get("url") or f"peristiwa:{record.get('id')}"
            yield row


def _cell(value: str) -> str:
    return " ".join(value.split()) if any(c in value for c in "\t\r\n") else value


def write_gdelt(records: Iterable[Record], target: Target, *, added: datetime | None = None,
                group: bool = False, header: bool = False) -> int:
    """Write GDELT 2.0 event lines (tab-separated, no header unless ``header``); returns the number of events."""
    n = 0
    with text_output(target) as fh:
        if header:
            fh.write("\t".join(COLUMNS) + "\n")
        for row in gdelt_rows(records, added=added, group=group):
            fh.write("\t".join(_cell(row[c]) for c in COLUMNS) + "\n")
            n += 1
    return n
