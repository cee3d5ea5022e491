"""Article records as JSON text: what ``json.dumps(article.to_dict())`` writes, character for character."""

from __future__ import annotations

import json

import pytest

from peristiwa import RawDocument, extract
from peristiwa.model import Amount, Article
from peristiwa.serialize import article_json, loads


@pytest.fixture(scope="module")
def extracted(sample_articles) -> list[Article]:
    keep = {"id", "text", "url", "outlet", "title", "published"}
    return [extract(RawDocument(**{k: v for k, v in s.items() if k in keep})) for s in sample_articles]


def standard(value, indent: bool = False) -> str:
    return json.dumps(value, ensure_ascii=False, **({"indent": 2} if indent else {"separators": (",", ":")}))


@pytest.mark.parametrize("tokens", [False, True], ids=["without tokens", "with tokens"])
@pytest.mark.parametrize("indent", [False, True], ids=["compact", "indented"])
def test_the_text_is_the_standard_librarys_json_of_to_dict(extracted, tokens, indent):
    assert any(a.events and a.quotes and a.entities for a in extracted), "samples cover every annotation"
    for article in extracted:
        assert article_json(article, tokens=tokens, indent=indent) == standard(article.to_dict(tokens=tokens), indent)


def test_without_text_the_record_leaves_out_only_the_text(extracted):
    for article in extracted:
        expected = article.to_dict()
        del expected["text"]
        assert article_json(article, text=False) == standard(expected)


def test_what_orjson_refuses_goes_through_to_dict():
    text = "Nilainya mencapai 2.000.000.000.000.000.000.000 rupiah."
    article = Article(id="besar", text=text, amounts=[Amount(start=18, end=len(text) - 1, text=text[18:-1],
                                                             value=2 * 10**24, unit="IDR", kind="currency")])
    assert article_json(article) == standard(article.to_dict())
    assert json.loads(article_json(article, text=False))["amounts"][0]["value"] == 2 * 10**24


READABLE = {
    "an article record": '{"id": "a1", "text": "Menlu bertemu Dubes.", "amounts": [{"value": 1.5e6}], "x": null}',
    "NaN and Infinity": '{"value": NaN, "other": -Infinity}',
    "an integer beyond 64 bits": '{"id": 123456789012345678901234567890}',
    "an escaped lone surrogate": '{"text": "\\ud800"}',
}


@pytest.mark.parametrize("text", READABLE.values(), ids=READABLE.keys())
def test_loads_reads_what_the_standard_library_reads(text):
    expected = json.loads(text)
    for data in (text, text.encode("utf-8")):
        # NaN != NaN, so compare the values' JSON
        assert json.dumps(loads(data)) == json.dumps(expected)


@pytest.mark.parametrize("data", ["\ufeff{\"id\": 1}".encode(), '{"id": 1}'.encode("utf-16")],
                         ids=["byte order mark", "UTF-16"])
def test_loads_reads_bytes_the_standard_library_decodes(data):
    assert loads(data) == json.loads(data) == {"id": 1}


@pytest.mark.parametrize("data", ['{"id": 1', '{"id": 1}}', "", b"{\"id\": \"\xff\"}"],
                         ids=["unclosed", "extra data", "empty", "invalid UTF-8"])
def test_loads_fails_as_the_standard_library_does(data):
    with pytest.raises(ValueError) as ours:
        loads(data)
    with pytest.raises(ValueError) as theirs:
        json.loads(data)
    assert (type(ours.value), str(ours.value)) == (type(theirs.value), str(theirs.value))
