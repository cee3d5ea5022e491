"""Cutting the article body at every span boundary, so overlapping annotations all stay visible."""

from __future__ import annotations

import pytest

from peristiwa.web.highlight import Annotation, annotations_of, segments

TEXT = "Menlu Sugiono berkata, “Kami kirim 1.000 ton beras.” Senin lalu."


def span(word: str, kind: str, label: str = "") -> Annotation:
    start = TEXT.index(word)
    return Annotation(start, start + len(word), kind, label or kind)


def cut(annotations: list[Annotation]) -> list[tuple[str, str]]:
    return [(s.text, s.classes) for s in segments(TEXT, annotations)]


@pytest.mark.parametrize(("annotations", "expected"), [
    ([], [(TEXT, "")]),
    ([span("Sugiono", "entity")],
     [("Menlu ", ""), ("Sugiono", "hl-entity"), (" berkata, “Kami kirim 1.000 ton beras.” Senin lalu.", "")]),
    # an amount inside a quote: the amount's words carry both classes
    ([span("“Kami kirim 1.000 ton beras.”", "quote"), span("1.000 ton beras", "amount")],
     [("Menlu Sugiono berkata, ", ""), ("“Kami kirim ", "hl-quote"), ("1.000 ton beras", "hl-quote hl-amount"),
      (".”", "hl-quote"), (" Senin lalu.", "")]),
    # two spans that overlap without nesting
    ([span("Sugiono berkata", "entity"), span("berkata, “Kami", "event")],
     [("Menlu ", ""), ("Sugiono ", "hl-entity"), ("berkata", "hl-event hl-entity"), (", “Kami", "hl-event"),
      (" kirim 1.000 ton beras.” Senin lalu.", "")]),
    # the same stretch annotated twice, and a span reaching the end
    ([span("Senin lalu.", "date"), span("Senin lalu.", "event")],
     [("Menlu Sugiono berkata, “Kami kirim 1.000 ton beras.” ", ""), ("Senin lalu.", "hl-event hl-date")]),
], ids=["none", "one", "nested", "overlapping", "identical"])
def test_segments_split_at_every_boundary_and_merge_classes(annotations, expected):
    assert cut(annotations) == expected


@pytest.mark.parametrize("bad", [Annotation(5, 5, "entity", "empty"), Annotation(-3, 2, "entity", "before"),
                                 Annotation(400, 410, "entity", "after"), Annotation(9, 4, "entity", "reversed")])
def test_spans_outside_the_text_or_empty_are_ignored(bad):
    assert cut([bad]) == [(TEXT, "")]


def test_a_span_past_the_end_is_clipped():
    assert cut([Annotation(len(TEXT) - 5, len(TEXT) + 50, "date", "d")])[-1] == ("lalu.", "hl-date")


def test_segments_always_rejoin_into_the_text(sample_records):
    for record in sample_records:
        pieces = segments(record["text"], annotations_of(record))
        assert "".join(s.text for s in pieces) == record["text"]
        assert [s.start for s in pieces] == sorted(s.start for s in pieces)


def test_every_kind_of_annotation_of_a_sample_is_highlighted(sample_records):
    record = next(r for r in sample_records if r["id"] == "sample-diplomasi-korsel")
    kinds = {a.kind for a in annotations_of(record)}
    assert kinds == {"entity", "speaker", "quote", "amount", "date", "event", "trigger"}
    labels = {a.label for a in annotations_of(record) if a.kind == "speaker"}
    assert any(label.startswith("Sugiono (PERSON, IDN), speaker of quote") for label in labels)
