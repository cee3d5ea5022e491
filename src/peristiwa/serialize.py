"""Article records as JSON text: ``Article.to_dict()`` encoded, without building the dicts first.

``to_dict`` turns every entity, mention, amount and event into a dict and ``json`` then encodes those:
for a news article of 2,400 characters that was about a millisecond, a third of the pipeline's own time,
paid by ``peristiwa extract``, by every Dask shard and by the store. orjson encodes the article's
dataclasses as they are (their fields in order, as ``to_dict`` gives them) in C, a tenth of that cost.

The text is what the standard library's ``json.dumps(article.to_dict(), ensure_ascii=False)`` writes with
compact separators, character for character (a test checks on the sample articles): non-ASCII letters as
they are, keys in the same order. With ``indent``, two spaces per level, as ``json.dumps(indent=2)``.
What orjson refuses (an integer beyond 64 bits, a lone surrogate, a key that is not a string) goes through
``to_dict`` and ``json`` instead, which is slower and writes the same record.

Reading is the mirror image: :func:`loads` parses with orjson, several times faster than ``json.loads`` on an
article record, and hands what orjson refuses to ``json.loads``, so that the value, and the error for bad input,
are the standard library's.
"""

from __future__ import annotations

import json
from dataclasses import fields
from typing import Any

import orjson

from peristiwa.model import SCHEMA_VERSION, Article, as_plain

# The fields of the record in to_dict's order (schema_version comes first, then these).
_FIELDS = tuple(f.name for f in fields(Article))
RECORD_FIELDS = ("schema_version", *_FIELDS)


def loads(data: bytes | str) -> Any:
    """``json.loads(data)``, fast. orjson refuses some input the standard library reads (NaN and Infinity, a byte
    order mark, escaped lone surrogates, UTF-16 and UTF-32); that, and malformed input, goes to ``json.loads``,
    which then gives its own value or its own ``JSONDecodeError`` or ``UnicodeDecodeError``. orjson also reads an
    integer beyond 64 bits as a float, without a word: text with a run of 20 digits or more goes to ``json.loads``
    first."""
    raw = data
    if isinstance(data, str):
        try:
            raw = data.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate in the text itself
            return json.loads(data)
    if _TWENTY_DIGITS not in raw.translate(_DIGITS_AS_ZERO):
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            pass
    return json.loads(data)


# Every digit as "0": twenty zeros in a row are then a run of twenty digits (bytes.translate and `in` are C loops
# over the line, about a tenth of orjson's parse; a regular expression for the run costs three times the parse).
_DIGITS_AS_ZERO = bytes.maketrans(b"0123456789", b"0" * 10)
_TWENTY_DIGITS = b"0" * 20


def article_json(article: Article, *, tokens: bool = False, text: bool = True, indent: bool = False,
                 events: bool = True, sentence_text: bool = True) -> str:
    """``json.dumps(article.to_dict(tokens=tokens))`` (compact, non-ASCII kept), fast.

    The store keeps some parts elsewhere and leaves them out here: the ``text`` when ``text`` is false (a
    column of its own), the ``events`` when ``events`` is false (a row each) and each sentence's ``text``
    when ``sentence_text`` is false (a slice of the article's text, given by the sentence's offsets)."""
    try:
        encoded = orjson.dumps(_top(article, tokens=tokens, text=text, events=events, sentence_text=sentence_text),
                               option=orjson.OPT_INDENT_2 if indent else 0)
    except TypeError:  # orjson.JSONEncodeError is a TypeError
        record = article.to_dict(tokens=tokens)
        if not text:
            del record["text"]
        if not events:
            del record["events"]
        if not sentence_text:
            for sentence in record["sentences"]:
                del sentence["text"]
        return json.dumps(record, ensure_ascii=False, **({"indent": 2} if indent else {"separators": (",", ":")}))
    return encoded.decode()


def _top(article: Article, *, tokens: bool, text: bool, events: bool, sentence_text: bool) -> dict[str, Any]:
    """The record's top level, its values the article's own objects (orjson encodes dataclasses itself)."""
    top: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    for name in _FIELDS:
        if (name == "tokens" and not tokens) or (name == "text" and not text) or (name == "events" and not events):
            continue
        top[name] = getattr(article, name)
    if sentence_text:  # to_dict gives each sentence's words in its record
        body = article.text
        top["sentences"] = [as_plain(s) | {"text": body[s.start : s.end]} for s in article.sentences]
    return top
