from __future__ import annotations

from peristiwa.text.normalize import lower_text


def test_lower_text_is_the_lower_case_with_or_without_a_space_before():
    text = "Presiden JOKO Widodo"
    assert lower_text(text) == "presiden joko widodo"
    assert lower_text(text, space_before=True) == " presiden joko widodo"
    assert lower_text(text) is lower_text(text)  # worked out once for the same text
    other = "Kemarin"
    assert lower_text(other, space_before=True) == " kemarin"
    assert lower_text(text) == "presiden joko widodo"
