"""Helpers for the language data: the word alternation that the patterns of several stages are built from."""

from __future__ import annotations

import re

import pytest

from peristiwa.langdata import alternation, load_yaml


def _flat(words) -> str:
    """The plain alternation that ``alternation`` stands in for: longest word first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _word_lists() -> list[list[str]]:
    speech = load_yaml("id/speech.yaml")
    dates = load_yaml("id/dates.yaml")
    return [speech["after_quote"], speech["after_speaker"], [m["cue"] for m in speech["source_markers"]],
            [str(w) for w in dates["relative"]], ["kata", "katanya", "Kata", "KATA", "ka", "k.a", "a b", "a"]]


@pytest.mark.parametrize("flags", [0, re.I])
@pytest.mark.parametrize("words", _word_lists())
def test_matches_and_prefers_what_the_plain_alternation_does(words, flags, sample_articles):
    """On the sample articles (and their upper-cased text), anchored or not, the tree finds the same spans
    and picks the same word as the flat list, longest first."""
    tree = alternation(words, ignore_case=bool(flags))
    texts = [a["text"] for a in sample_articles] + [a["text"].upper() for a in sample_articles[:3]]
    texts.append("Katanya, kata KATA ka k.a a b a-b")
    for template in (r"(?P<w>{})", r"\b(?P<w>{})(?:nya)?\b\s*"):
        plain = re.compile(template.format(_flat(words)), flags)
        fast = re.compile(template.format(tree), flags)
        for text in texts:
            assert [m.span("w") + m.span() for m in fast.finditer(text)] == \
                   [m.span("w") + m.span() for m in plain.finditer(text)]


def test_no_words_match_the_empty_string_as_an_empty_list_does():
    assert re.fullmatch(alternation([]), "") and re.fullmatch(_flat([]), "")
