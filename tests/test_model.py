"""The article model's JSON record: ``to_dict`` gives what ``dataclasses.asdict`` gives, field for field."""

from __future__ import annotations

from dataclasses import asdict, fields
from enum import StrEnum

from peristiwa.model import SCHEMA_VERSION, Article, Event, as_plain


def _reference_record(article: Article, tokens: bool) -> dict:
    """``to_dict`` as it was first written, on ``dataclasses.asdict``."""
    out: dict = {"schema_version": SCHEMA_VERSION}
    for f in fields(article):
        if f.name == "tokens" and not tokens:
            continue
        value = getattr(article, f.name)
        if isinstance(value, list):
            out[f.name] = [asdict(v) if hasattr(v, "__dataclass_fields__") else v for v in value]
        elif hasattr(value, "__dataclass_fields__"):
            out[f.name] = asdict(value)
        else:
            out[f.name] = value
    for sentence, record in zip(article.sentences, out["sentences"], strict=True):
        record["text"] = article.text[sentence.start : sentence.end]
    return out


def test_record_is_what_asdict_gives(sample_articles):
    """On the sample articles, with and without tokens, keys in the same order and equal values."""
    from peristiwa.pipeline import extract_text

    for sample in sample_articles[:4]:
        article = extract_text(sample["text"], id=sample["id"], published=sample.get("published"))
        for tokens in (False, True):
            record, reference = article.to_dict(tokens=tokens), _reference_record(article, tokens)
            assert record == reference
            assert list(record) == list(reference)
            assert [list(e) for e in record["entities"]] == [list(e) for e in reference["entities"]]


class _Colour(StrEnum):
    RED = "red"


def test_unusual_values_are_copied_as_asdict_copies_them():
    """Tuples stay tuples, subclasses of str are copied, nested containers are new objects."""
    quantity = {"range": (1, 2), "colour": _Colour.RED, "nested": {"list": [1, [2]]}}
    event = Event(0, 5, type="ASSAULT", quantity=quantity, explanation=["a"])
    plain = as_plain(event)
    assert plain == asdict(event)
    assert type(plain["quantity"]["range"]) is tuple
    assert plain["quantity"]["nested"]["list"] is not quantity["nested"]["list"]
    assert plain["explanation"] is not event.explanation


def test_annotations_keep_their_fields_in_their_dict(sample_articles):
    """orjson encodes an object from its ``__dict__`` when it has one (see the note above Span): every
    annotation of an article has one, holding its fields in the record's order; tokens keep their slots."""
    from peristiwa.pipeline import extract_text

    article = extract_text(sample_articles[0]["text"], id="a")
    annotations = [*article.paragraphs, *article.sentences, *article.amounts, *article.dates, *article.entities,
                   *(m for e in article.entities for m in e.mentions), *article.quotes, *article.events]
    assert {type(a).__name__ for a in annotations} >= {"Paragraph", "Sentence", "Amount", "DateMention", "Entity",
                                                        "Mention", "Quote", "Event"}
    for annotation in annotations:
        assert list(vars(annotation)) == [f.name for f in fields(annotation)]
    assert not hasattr(article.tokens[0], "__dict__")
