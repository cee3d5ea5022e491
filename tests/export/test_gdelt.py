"""The GDELT 2.0 event export, read back with the csv module and checked field by field."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

import pytest

from peristiwa.export import write
from peristiwa.export.gdelt import COLUMNS, ISO3_TO_FIPS, event_id, fraction_date, gdelt_rows
from peristiwa.langdata import load_yaml

ADDED = datetime(2025, 11, 5, 1, 2, 3, tzinfo=UTC)


def read_back(records, **options) -> list[dict[str, str]]:
    out = io.StringIO()
    n = write(records, "gdelt", out, added=ADDED, **options)
    lines = list(csv.reader(io.StringIO(out.getvalue()), delimiter="\t", quoting=csv.QUOTE_NONE))
    if options.get("header"):
        assert tuple(lines.pop(0)) == COLUMNS
    assert len(lines) == n
    assert {len(line) for line in lines} <= {61}
    return [dict(zip(COLUMNS, line, strict=True)) for line in lines]


def test_the_layout_is_gdelt_2_0s_61_columns_in_codebook_order():
    assert len(COLUMNS) == 61
    assert COLUMNS[:5] == ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate")
    assert COLUMNS[25:35] == ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                              "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    assert COLUMNS[35:43] == ("Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
                              "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID")
    assert COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")


def test_a_meeting_with_the_un_in_new_york(record):
    meeting, _ = read_back([record])
    assert meeting == {
        "GlobalEventID": str(event_id("uji-ekspor-1", 0)), "Day": "20251103", "MonthYear": "202511",
        "Year": "2025", "FractionDate": "2025.8301",
        "Actor1Code": "IDNGOV", "Actor1Name": "SUGIONO", "Actor1CountryCode": "IDN", "Actor1KnownGroupCode": "",
        "Actor1EthnicCode": "", "Actor1Religion1Code": "", "Actor1Religion2Code": "", "Actor1Type1Code": "GOV",
        "Actor1Type2Code": "", "Actor1Type3Code": "",
        "Actor2Code": "IGOUNO", "Actor2Name": "PERSERIKATAN BANGSA-BANGSA", "Actor2CountryCode": "",
        "Actor2KnownGroupCode": "UNO", "Actor2EthnicCode": "", "Actor2Religion1Code": "",
        "Actor2Religion2Code": "", "Actor2Type1Code": "IGO", "Actor2Type2Code": "", "Actor2Type3Code": "",
        "IsRootEvent": "1", "EventCode": "040", "EventBaseCode": "040", "EventRootCode": "04", "QuadClass": "1",
        "GoldsteinScale": "1", "NumMentions": "2", "NumSources": "1", "NumArticles": "1", "AvgTone": "0",
        # Sugiono has no coordinates of his own: his country, at its capital.
        "Actor1Geo_Type": "1", "Actor1Geo_FullName": "Indonesia", "Actor1Geo_CountryCode": "ID",
        "Actor1Geo_ADM1Code": "ID", "Actor1Geo_ADM2Code": "", "Actor1Geo_Lat": "-6.1754",
        "Actor1Geo_Long": "106.8272", "Actor1Geo_FeatureID": "ID",
        # The UN has no country and no place.
        **{f"Actor2Geo_{f}": "" for f in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                                          "FeatureID")},
        # "di New York": a US city.
        "ActionGeo_Type": "3", "ActionGeo_FullName": "New York, Amerika Serikat", "ActionGeo_CountryCode": "US",
        "ActionGeo_ADM1Code": "US", "ActionGeo_ADM2Code": "", "ActionGeo_Lat": "40.7128",
        "ActionGeo_Long": "-74.006", "ActionGeo_FeatureID": "place-new-york",
        "DATEADDED": "20251105010203", "SOURCEURL": "https://kompas.example/read/2025/11/04/uji-ekspor",
    }


def test_country_actors_use_cameo_codes_and_fips_geography(record):
    _, aid = read_back([record])
    # Romania is ROU in ISO 3166 but ROM in CAMEO; a country named as such has no type code.
    assert (aid["Actor1Code"], aid["Actor1CountryCode"], aid["Actor1Type1Code"]) == ("ROM", "ROM", "")
    assert (aid["Actor2Code"], aid["Actor2Name"]) == ("IDN", "INDONESIA")
    assert (aid["Actor1Geo_Type"], aid["Actor1Geo_CountryCode"], aid["Actor1Geo_Lat"]) == ("1", "RO", "44.4268")
    # A sub-code of four digits keeps its base and root; the event is not in the lead paragraph.
    assert (aid["EventCode"], aid["EventBaseCode"], aid["EventRootCode"], aid["IsRootEvent"]) == ("0711", "071",
                                                                                                   "07", "0")
    assert (aid["QuadClass"], aid["GoldsteinScale"]) == ("2", "7.4")
    # The event's date is only a month: the publication date stands in.
    assert (aid["Day"], aid["FractionDate"]) == ("20251104", "2025.8328")
    assert aid["ActionGeo_Type"] == ""


def test_grouping_counts_mentions_sources_and_articles_across_records(record):
    other = {**record, "id": "uji-ekspor-2", "outlet": "ANTARA.example", "url": "https://antara.example/2"}
    rows = read_back([record, other], group=True)
    meetings = [r for r in rows if r["EventCode"] == "040"]
    assert [(r["NumMentions"], r["NumSources"], r["NumArticles"]) for r in meetings] == [("4", "2", "2")] * 2
    assert len({r["GlobalEventID"] for r in rows}) == 4
    # Without grouping each article counts alone.
    assert {(r["NumSources"], r["NumArticles"]) for r in read_back([record, other])} == {("1", "1")}


def test_event_ids_are_stable_and_fit_a_signed_64_bit_integer(record):
    first = [r["GlobalEventID"] for r in read_back([record])]
    again = [r["GlobalEventID"] for r in read_back([record])]
    assert first == again
    assert all(0 < int(i) < 2**63 for i in first)


@pytest.mark.parametrize(
    ("day", "expected"),
    [("2014-02-02", "2014.0876"), ("2025-01-01", "2025.0027"), ("2025-12-31", "2025.9890")],
)
def test_fraction_date_is_computed_as_gdelt_does(day, expected):
    # 2014-02-02 -> 2014.0876 is a real GDELT record (event 284427971).
    from datetime import date

    assert fraction_date(date.fromisoformat(day)) == expected


def test_a_header_line_only_when_asked(record):
    rows = read_back([record], header=True)
    assert len(rows) == 2


def test_every_gazetteer_country_has_a_fips_code_or_a_documented_gap():
    codes = {str(c["code"]) for c in load_yaml("actors/countries.yaml")}
    assert codes - set(ISO3_TO_FIPS) == {"PSE", "CSK", "DDR", "SUN", "YUG"}
    assert len(set(ISO3_TO_FIPS.values())) == len(ISO3_TO_FIPS)  # no two countries share a code


def test_sample_articles_export_one_line_per_coded_event(sample_records):
    rows = read_back(sample_records)
    events = [(r, e) for r in sample_records for e in r["events"]]
    assert len(rows) == len(events) > 0
    for row, (rec, event) in zip(rows, events, strict=True):
        assert row["EventCode"] == event["cameo"]
        assert row["EventCode"].startswith(row["EventRootCode"])
        assert float(row["GoldsteinScale"] or 0) == pytest.approx(event["goldstein"] if event["cameo"] else 0)
        assert row["SOURCEURL"] == rec["url"]
        for prefix in ("Actor1", "ActionGeo"):
            lat = row[f"{prefix}Geo_Lat" if prefix == "Actor1" else "ActionGeo_Lat"]
            assert lat == "" or -90 <= float(lat) <= 90


def test_rows_are_dictionaries_by_column_name(record):
    (first, _) = gdelt_rows([record], added=ADDED)
    assert tuple(first) == COLUMNS
