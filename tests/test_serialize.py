"""Article records as JSON text: what ``json.dumps(article.to_dict())`` writes, character for character."""

from __future__ import annotations

import json

import pytest

from peristiwa import RawDocument, extract
from peristiwa.model import Amount, Article
from peristiwa.serialize import article_json


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
