"""Articles and events as JSON Lines, CSV and Parquet, through the EXPORTERS registry, read back for real."""

from __future__ import annotations

import csv
import gzip
import io
import json

import pyarrow.parquet as pq
import pytest

from peristiwa.export import EXPORTERS, write
from peristiwa.export.tabular import ARTICLE_COLUMNS, EVENT_COLUMNS

from ..conftest import REPO


def read_jsonl(path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def read_csv(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def read_parquet(path) -> list[dict]:
    return pq.read_table(path).to_pylist()


READERS = {"jsonl": read_jsonl, "csv": read_csv, "parquet": read_parquet}


def test_the_registry_names_every_format():
    assert set(EXPORTERS) == {"jsonl", "articles-jsonl", "events-jsonl", "articles-csv", "events-csv",
                              "articles-parquet", "events-parquet", "gdelt", "gkg", "plover"}


def test_an_unknown_format_is_refused_with_the_known_ones(record, tmp_path):
    with pytest.raises(ValueError, match="unknown export format 'xlsx'; known: jsonl, "):
        write([record], "xlsx", tmp_path / "x.xlsx")


def test_jsonl_is_the_full_record(record, tmp_path):
    path = tmp_path / "artikel.jsonl"
    assert write([record, record], "jsonl", path) == 2
    assert read_jsonl(path) == [record, record]


@pytest.mark.parametrize("kind", ["jsonl", "csv", "parquet"])
def test_event_rows(record, tmp_path, kind):
    path = tmp_path / f"peristiwa.{kind}"
    assert write([record], f"events-{kind}", path) == 2
    meeting, aid = READERS[kind](path)
    if kind == "csv":  # CSV is text: lists are joined, booleans spelled, missing values empty
        assert (aid["cameo"], aid["goldstein"], aid["quantity_value"], aid["negated"]) == ("0711", "7.4", "1500",
                                                                                          "false")
        assert aid["source_chain"] == "KOMPAS.example; Sugiono"
        assert (meeting["place_lat"], meeting["place_lon"], aid["place_lat"]) == ("40.7128", "-74.006", "")
        assert list(meeting) == [name for name, _ in EVENT_COLUMNS]
    else:
        assert (aid["cameo"], aid["goldstein"], aid["quantity_value"], aid["negated"]) == ("0711", 7.4, 1500.0,
                                                                                          False)
        assert aid["source_chain"] == ["KOMPAS.example", "Sugiono"]
        assert (meeting["place_lat"], meeting["place_lon"], aid["place_lat"]) == (40.7128, -74.006, None)
        assert (meeting["event_index"], meeting["quad"], meeting["mentions"]) == (0, 1, 2)
    assert (meeting["article_id"], meeting["type"], meeting["source_code"], meeting["target_code"]) == (
        "uji-ekspor-1", "CONSULT", "IDN", "IGO:UN")
    assert (aid["source_name"], aid["target_name"], aid["modality"], aid["quantity_object"]) == (
        "Rumania", "Indonesia", "alleged", "beras")
    assert aid["sentence_text"] == "Pemerintah Rumania mengirim 1.500 ton beras ke Indonesia pekan lalu, kata Sugiono."
    assert meeting["trigger"] == "bertemu"


@pytest.mark.parametrize("kind", ["jsonl", "csv", "parquet"])
def test_article_rows(record, tmp_path, kind):
    path = tmp_path / f"artikel.{kind}"
    assert write([record], f"articles-{kind}", path) == 1
    (row,) = READERS[kind](path)
    expected_lists = {"authors": ["Rina Wulandari", "Bagus Santoso"], "persons": ["Sugiono"],
                      "organisations": ["Perserikatan Bangsa-Bangsa"],
                      "locations": ["New York", "Kampung Tanpa Peta"], "countries": ["ROU", "IDN"],
                      "event_types": ["CONSULT", "AID"]}
    for name, value in expected_lists.items():
        assert row[name] == ("; ".join(value) if kind == "csv" else value)
    counts = {"sentences": 3, "amounts": 1, "dates": 2, "quotes": 1, "events": 2, "problems": 0}
    for name, value in counts.items():
        assert row[name] == (str(value) if kind == "csv" else value)
    assert (row["id"], row["dateline_place"], row["published_date"], row["text"]) == (
        "uji-ekspor-1", "Jakarta", "2025-11-04", record["text"])


def test_parquet_has_a_typed_schema(record, tmp_path):
    path = tmp_path / "peristiwa.parquet"
    write([record], "events-parquet", path)
    schema = pq.read_schema(path)
    assert schema.names == [name for name, _ in EVENT_COLUMNS]
    types = {f.name: str(f.type) for f in schema}
    assert (types["cameo"], types["goldstein"], types["quad"], types["negated"], types["source_chain"]) == (
        "string", "double", "int64", "bool", "list<element: string>")


def test_parquet_streams_in_row_groups(record, tmp_path, monkeypatch):
    from peristiwa.export import tabular

    monkeypatch.setattr(tabular, "PARQUET_BATCH", 3)
    records = [{**record, "id": f"r{i}"} for i in range(5)]
    path = tmp_path / "banyak.parquet"
    assert write((r for r in records), "events-parquet", path) == 10
    meta = pq.ParquetFile(path).metadata
    assert (meta.num_rows, meta.num_row_groups) == (10, 4)
    assert [r["article_id"] for r in read_parquet(path)][::2] == [f"r{i}" for i in range(5)]


@pytest.mark.parametrize(("fmt", "columns"), [("articles-csv", ARTICLE_COLUMNS), ("events-csv", EVENT_COLUMNS)])
def test_no_records_still_give_a_header(tmp_path, fmt, columns):
    path = tmp_path / "kosong.csv"
    assert write([], fmt, path) == 0
    assert path.read_text(encoding="utf-8") == ",".join(name for name, _ in columns) + "\n"


def test_no_records_give_an_empty_parquet_with_its_schema(tmp_path):
    path = tmp_path / "kosong.parquet"
    assert write([], "articles-parquet", path) == 0
    table = pq.read_table(path)
    assert (table.num_rows, table.schema.names) == (0, [name for name, _ in ARTICLE_COLUMNS])


@pytest.mark.parametrize("fmt", ["jsonl", "events-csv", "gdelt", "gkg", "plover"])
def test_text_formats_write_to_binary_and_text_streams_alike(record, fmt):
    as_bytes, as_text = io.BytesIO(), io.StringIO()
    write([record], fmt, as_bytes)
    write([record], fmt, as_text, **({"added": None} if fmt == "gdelt" else {}))
    if fmt == "gdelt":  # DATEADDED is the export time; compare the rest

        def strip(text: str) -> list[str]:
            return [line.rsplit("\t", 2)[0] for line in text.splitlines()]

        assert strip(as_bytes.getvalue().decode("utf-8")) == strip(as_text.getvalue())
    else:
        assert as_bytes.getvalue().decode("utf-8") == as_text.getvalue()
    assert not as_bytes.closed  # the caller's stream stays open


def test_parquet_writes_to_a_binary_stream(record):
    out = io.BytesIO()
    write([record], "events-parquet", out)
    assert pq.read_table(io.BytesIO(out.getvalue())).num_rows == 2


def test_a_gz_path_is_compressed(record, tmp_path):
    path = tmp_path / "peristiwa.csv.gz"
    write([record], "events-csv", path)
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        assert [row["cameo"] for row in csv.DictReader(fh)] == ["040", "0711"]


def test_plover_lines_are_plover_records(record, tmp_path):
    path = tmp_path / "plover.jsonl"
    assert write([record], "plover", path) == 2
    first, second = read_jsonl(path)
    assert (first["event"], first["source"][0]["code"], first["id"]) == ("CONSULT", "IDN", "uji-ekspor-1-E001")
    assert second["peristiwa"]["cameo"] == "0711"


def test_sample_articles_round_trip_through_parquet(sample_records, tmp_path):
    path = tmp_path / "sampel.parquet"
    n = write(sample_records, "events-parquet", path)
    rows = read_parquet(path)
    assert n == len(rows) == sum(len(r["events"]) for r in sample_records)
    expected = [(r["id"], e["type"], e["cameo"], e["goldstein"]) for r in sample_records for e in r["events"]]
    assert [(row["article_id"], row["type"], row["cameo"], row["goldstein"]) for row in rows] == expected


def test_the_hand_written_record_has_the_shape_of_real_output(record):
    import jsonschema

    from peristiwa.model import SCHEMA_VERSION

    schema = json.loads((REPO / "src" / "peristiwa" / "schema" / "article.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(record, schema)
    assert record["schema_version"] == SCHEMA_VERSION
