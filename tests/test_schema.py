"""The output format is documented by a JSON Schema, and real output must validate against it."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from peristiwa import RawDocument, extract
from peristiwa.inputs import read_inputs

SCHEMA = json.loads(resources.files("peristiwa").joinpath("schema/article.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def test_schema_is_valid():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_sample_articles_validate(sample_articles):
    for raw in sample_articles:
        record = extract(RawDocument(**{k: raw[k] for k in ("id", "text", "url", "outlet", "title",
                                                            "published")})).to_dict(tokens=True)
        VALIDATOR.validate(record)


@pytest.mark.parametrize("name", ["html/berita-gempa.html", "html/berita-ekonomi.html",
                                  "other/berita-malaysia.txt", "other/english-news.txt"])
def test_other_samples_validate(samples_dir, name):
    (doc,) = list(read_inputs([str(samples_dir / name)]))
    VALIDATOR.validate(extract(doc).to_dict())


def test_a_record_with_the_place_of_its_dateline_validates():
    """A mention of the dateline's place indexes the dateline ("field": "dateline"), which the schema allows."""
    record = extract(RawDocument(id="medan", text="MEDAN, KOMPAS.com - Polisi menangkap dua pengedar sabu di "
                                                  "Belawan, Senin (3/3/2025).")).to_dict()
    assert [m["field"] for e in record["entities"] for m in e["mentions"]] == ["text", "dateline"]
    VALIDATOR.validate(record)


def test_schema_rejects_a_broken_record(sample_articles):
    raw = sample_articles[0]
    record = extract(RawDocument(id=raw["id"], text=raw["text"])).to_dict()
    record["amounts"][0]["kind"] = "banyak"
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(record)
