"""Reading Indonesian numbers: number words and digits with Indonesian separators.

Number words build groups below a thousand (units, "belas", "puluh", "ratus", the "se-" words)
closed by "ribu", "juta", "miliar"/"milyar", "triliun"; "setengah" after a number adds a half.
Digits use the dot for thousands and the comma for decimals, with English habits understood
where they cannot be Indonesian ("1,000,000", "7.5").
"""

from __future__ import annotations

import pytest

from peristiwa.text.numbers import parse_digits, parse_number_words

UNITS = ["satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


@pytest.mark.parametrize(("word", "value"), [(w, i) for i, w in enumerate(UNITS, 1)], ids=UNITS)
def test_units(word, value):
    assert parse_number_words([word]) == (value, 1)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("sepuluh", 10),
        ("sebelas", 11),
        ("dua belas", 12),
        ("tiga belas", 13),
        ("dua puluh", 20),
        ("dua puluh lima", 25),
        ("sembilan puluh sembilan", 99),
        ("seratus", 100),
        ("seratus dua", 102),
        ("dua ratus", 200),
        ("tiga ratus dua puluh lima", 325),
        ("seribu", 1_000),
        ("seribu sembilan ratus sembilan puluh delapan", 1_998),
        ("dua ribu", 2_000),
        ("dua ribu lima ratus", 2_500),
        ("empat belas ribu", 14_000),
        ("tiga ratus ribu", 300_000),
        ("sejuta", 1_000_000),
        ("satu juta", 1_000_000),
        ("dua juta lima ratus ribu", 2_500_000),
        ("tiga juta tujuh ratus lima puluh ribu", 3_750_000),
        ("satu miliar", 1_000_000_000),
        ("dua milyar", 2_000_000_000),
        ("lima triliun", 5_000_000_000_000),
        ("satu triliun dua ratus miliar", 1_200_000_000_000),
    ],
    ids=lambda v: str(v).replace(" ", "-"),
)
def test_whole_numbers(phrase, value):
    """Every word of the phrase is used and the value is exact."""
    words = phrase.split()
    assert parse_number_words(words) == (value, len(words))


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("tiga setengah juta", 3_500_000),
        ("satu setengah juta", 1_500_000),
        ("dua setengah miliar", 2_500_000_000),
        ("setengah juta", 500_000),
        ("setengah", 0.5),
        ("satu setengah", 1.5),
        ("seperempat", 0.25),
        ("dua pertiga", 2 / 3),
        ("tiga perempat", 0.75),
    ],
    ids=["tiga-setengah-juta", "satu-setengah-juta", "dua-setengah-miliar", "setengah-juta", "setengah",
         "satu-setengah", "seperempat", "dua-pertiga", "tiga-perempat"],
)
def test_fractions(phrase, value):
    """"tiga setengah juta" is 3,500,000 (kata2angka reads 500003); "dua pertiga" is two thirds."""
    words = phrase.split()
    result = parse_number_words(words)
    assert result is not None
    assert result == (pytest.approx(value), len(words))


@pytest.mark.parametrize(
    ("words", "value", "used"),
    [
        (["dua", "tiga"], 2, 1),
        (["lima", "orang"], 5, 1),
        (["lima", "ribu", "orang", "mengungsi"], 5_000, 2),
        (["sejuta", "orang"], 1_000_000, 1),
        (["dua", "pertiga", "warga"], 2 / 3, 2),
        (["seratus", "lima", "puluh", "rumah"], 150, 3),
        (["Dua", "Juta", "Dosis"], 2_000_000, 2),
    ],
    ids=["dua-tiga", "lima-orang", "lima-ribu-orang", "sejuta-orang", "dua-pertiga-warga", "seratus-lima-puluh",
         "capitalised"],
)
def test_stops_at_the_first_word_that_cannot_continue(words, value, used):
    """Only the number phrase at the start is read; the count says how many words it took."""
    assert parse_number_words(words) == (pytest.approx(value), used)


@pytest.mark.parametrize(
    "words",
    [["orang", "lima"], ["sebelum"], ["salah", "satu"], ["belas"], ["puluh", "ribu"], []],
    ids=["noun-first", "se-word-that-is-not-a-number", "salah-satu", "bare-belas", "bare-puluh", "empty"],
)
def test_not_a_number_phrase(words):
    """A phrase that does not open with a number word gives None."""
    assert parse_number_words(words) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.000", 1_000),
        ("1.000.000", 1_000_000),
        ("1,5", 1.5),
        ("2,75", 2.75),
        ("0,5", 0.5),
        ("1.250,75", 1_250.75),
        ("1,000,000", 1_000_000),
        ("1,250.75", 1_250.75),
        ("7.5", 7.5),
        ("1990-an", 1990),
        ("2023", 2023),
        (" 450 ", 450),
    ],
    ids=["thousand", "million", "decimal-comma", "two-decimals", "below-one", "thousands-and-decimals",
         "english-thousands", "english-thousands-and-decimals", "english-decimal", "decade", "year", "padded"],
)
def test_parse_digits(text, value):
    """Dot groups thousands and comma marks decimals; English habits are read where unambiguous."""
    assert parse_digits(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    ["", "abc", "Rp5", "-5", "1.2.3", "1,2,3", "12,", "lima", "½"],
    ids=["empty", "letters", "currency-glued", "negative-sign", "dotted-version", "comma-list", "trailing-comma",
         "number-word", "vulgar-fraction"],
)
def test_parse_digits_rejects_what_is_not_a_number(text):
    assert parse_digits(text) is None
