"""The GKG-like per-article table, read back with the csv module and split the way GKG lists split."""

from __future__ import annotations

import csv
import io

from peristiwa.export import write
from peristiwa.export.gkg import COLUMNS

from .conftest import TEXT


def read_back(records) -> list[dict[str, str]]:
    out = io.StringIO()
    n = write(records, "gkg", out)
    reader = csv.DictReader(io.StringIO(out.getvalue()), delimiter="\t", quoting=csv.QUOTE_NONE)
    assert tuple(reader.fieldnames) == COLUMNS
    rows = list(reader)
    assert len(rows) == n
    return rows


def blocks(cell: str, sep: str = ";", inner: str = ",") -> list[list[str]]:
    return [block.split(inner) for block in cell.split(sep)] if cell else []


def test_metadata_columns(record):
    (row,) = read_back([record])
    assert row["GKGRECORDID"] == "uji-ekspor-1"
    assert row["DATE"] == "20251104012000"  # 08:20 WIB is 01:20 UTC
    assert (row["SourceCollectionIdentifier"], row["SourceCommonName"], row["DocumentIdentifier"]) == (
        "1", "KOMPAS.example", "https://kompas.example/read/2025/11/04/uji-ekspor")
    assert row["Extras"] == ("<PAGE_TITLE>Menlu Bertemu Sekjen PBB; Rumania Kirim Beras</PAGE_TITLE>"
                             "<PAGE_AUTHORS>Rina Wulandari;Bagus Santoso</PAGE_AUTHORS>")


def test_people_and_organisations_with_their_offsets(record):
    (row,) = read_back([record])
    assert row["Persons"] == "Sugiono"
    persons = blocks(row["V2Persons"])
    assert [name for name, _ in persons] == ["Sugiono", "Sugiono"]
    assert all(TEXT[int(offset):].startswith("Sugiono") for _, offset in persons)
    assert row["Organizations"] == "Perserikatan Bangsa-Bangsa"
    ((org, offset),) = blocks(row["V2Organizations"])
    assert (org, TEXT[int(offset):int(offset) + 3]) == ("Perserikatan Bangsa-Bangsa", "PBB")
    names = [name for name, _ in blocks(row["AllNames"])]
    # Every mention, in text order, under the entity's name ("PBB" is written, the UN is named).
    assert names == ["Sugiono", "Perserikatan Bangsa-Bangsa", "New York", "Rumania", "Indonesia", "Sugiono"]


def test_locations_as_gkg_hash_blocks_with_coordinates(record):
    (row,) = read_back([record])
    assert blocks(row["Locations"], inner="#") == [
        ["3", "New York, Amerika Serikat", "US", "US", "40.7128", "-74.006", "place-new-york"],
        ["1", "Rumania", "RO", "RO", "44.4268", "26.1025", "RO"],
        ["1", "Indonesia", "ID", "ID", "-6.1754", "106.8272", "ID"],
    ]  # the place with no coordinates is left out, as GKG does
    v2 = blocks(row["V2Locations"], inner="#")
    assert [(b[0], b[1], b[4], b[-1]) for b in v2] == [
        ("3", "New York, Amerika Serikat", "", str(TEXT.index("New York"))),
        ("1", "Rumania", "", str(TEXT.index("Rumania"))),
        ("1", "Indonesia", "", str(TEXT.index("Indonesia"))),
    ]


def test_dates_amounts_and_quotations(record):
    (row,) = read_back([record])
    assert row["Dates"] == f"4#11#3#2025#{TEXT.index('Senin')}"  # the week ("pekan lalu") is left out
    assert blocks(row["Amounts"]) == [["1500", "beras", str(TEXT.index("1.500"))]]
    ((offset, length, speaker, quote),) = blocks(row["Quotations"], sep="#", inner="|")
    assert speaker == "Sugiono"
    assert quote == "“Kami berterima kasih; bantuan ini tiba tepat waktu,”"
    assert TEXT[int(offset):int(offset) + int(length)] == quote


def test_delimiters_inside_values_cannot_break_the_lists(record):
    record["entities"][0]["name"] = "Sugiono; Menlu #1, RI"
    record["quotes"][0]["text"] = "A|B#C"
    (row,) = read_back([record])
    assert row["Persons"] == "Sugiono Menlu 1 RI"
    assert blocks(row["Quotations"], sep="#", inner="|")[0][3] == "A B C"


def test_sample_articles_give_one_line_each(sample_records):
    rows = read_back(sample_records)
    assert [r["GKGRECORDID"] for r in rows] == [r["id"] for r in sample_records]
    for row, record in zip(rows, sample_records, strict=True):
        person_mentions = {(e["name"], m["start"]) for e in record["entities"] if e["type"] == "PERSON"
                           for m in e["mentions"] if m["field"] == "text"}
        assert {(name, int(offset)) for name, offset in blocks(row["V2Persons"])} == person_mentions
        for block in blocks(row["V2Locations"], inner="#"):
            assert len(block) == 9
            assert -90 <= float(block[5]) <= 90 and -180 <= float(block[6]) <= 180
