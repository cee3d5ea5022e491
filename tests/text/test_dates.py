"""Dates in Indonesian news, resolved against the publication date.

Absolute dates stand alone; partial ones ("26 Oktober", "Selasa (24/10)") take the year that puts
them nearest the publication date unless "lalu" forces the past; relative ones ("kemarin", "pekan
depan", "Selasa lalu", a bare "pada Kamis") count from it. Values are ISO 8601 at the stated
granularity: day, ISO week, month or year. Without a publication date nothing relative resolves,
but the mention keeps its text and offset.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest

from peristiwa.text.dates import find_dates, parse_published

ANCHOR = date(2023, 10, 25)  # a Wednesday

# (sentence, mention text, value, until, granularity, kind)
CASES = [
    ("Sidang lanjutan digelar 26 Oktober di PN Jakarta Pusat.",
     "26 Oktober", "2023-10-26", None, "day", "partial"),
    ("Sidang lanjutan digelar 26 Oktober 2023 di PN Jakarta Pusat.",
     "26 Oktober 2023", "2023-10-26", None, "day", "absolute"),
    ("Sidang lanjutan digelar 26/10/2023 di PN Jakarta Pusat.",
     "26/10/2023", "2023-10-26", None, "day", "absolute"),
    ("Sidang perdana digelar Senin (23/10/2023) di PN Jakarta Pusat.",
     "Senin (23/10/2023)", "2023-10-23", None, "day", "absolute"),
    ("Sidang perdana digelar Selasa (24/10) di PN Jakarta Pusat.",
     "Selasa (24/10)", "2023-10-24", None, "day", "partial"),
    ("Rapat koordinasi digelar Senin, 23 Oktober 2023, di Balai Kota.",
     "Senin, 23 Oktober 2023", "2023-10-23", None, "day", "absolute"),
    ("Laporan tahunan itu terbit 2023-10-01 di laman resmi kementerian.",
     "2023-10-01", "2023-10-01", None, "day", "absolute"),
    ("Inflasi pada Oktober 2023 turun dibanding bulan sebelumnya.",
     "Oktober 2023", "2023-10", None, "month", "absolute"),
    ("Harga beras naik sejak Desember lalu.",
     "sejak Desember lalu", "2022-12", None, "month", "partial"),
    ("Kebijakan itu berlaku sejak tahun 2019.",
     "tahun 2019", "2019", None, "year", "absolute"),
    ("Presiden tiba di Beijing kemarin untuk kunjungan kenegaraan.",
     "kemarin", "2023-10-24", None, "day", "relative"),
    ("Rapat tertutup itu digelar kemarin lusa.",
     "kemarin lusa", "2023-10-23", None, "day", "relative"),
    ("Ledakan keras terdengar tadi malam di pinggiran Kabul.",
     "tadi malam", "2023-10-24", None, "day", "relative"),
    ("Harga beras naik tajam bulan lalu.",
     "bulan lalu", "2023-09", None, "month", "relative"),
    ("Konferensi tingkat tinggi itu digelar pekan depan.",
     "pekan depan", "2023-W44", None, "week", "relative"),
    ("Konferensi tingkat tinggi itu digelar pekan lalu.",
     "pekan lalu", "2023-W42", None, "week", "relative"),
    ("Ekspor batu bara turun tahun lalu.",
     "tahun lalu", "2022", None, "year", "relative"),
    ("Kapal ikan itu tenggelam dua hari lalu.",
     "dua hari lalu", "2023-10-23", None, "day", "relative"),
    ("Kapal ikan itu tenggelam 2 hari yang lalu.",
     "2 hari yang lalu", "2023-10-23", None, "day", "relative"),
    ("Pemungutan suara ulang digelar 3 pekan mendatang.",
     "3 pekan mendatang", "2023-W46", None, "week", "relative"),
    ("Pemungutan suara ulang digelar tiga pekan mendatang.",
     "tiga pekan mendatang", "2023-W46", None, "week", "relative"),
    ("Tersangka itu ditangkap sepekan lalu di Medan.",
     "sepekan lalu", "2023-W42", None, "week", "relative"),
    ("Kesepakatan damai itu diteken 26 Oktober lalu.",
     "26 Oktober lalu", "2022-10-26", None, "day", "partial"),
    ("Konferensi iklim itu digelar 18-19 November di Bali.",
     "18-19 November", "2023-11-18", "2023-11-19", "day", "partial"),
    ("Sidang isbat berlangsung 18 hingga 19 November 2023.",
     "18 hingga 19 November 2023", "2023-11-18", "2023-11-19", "day", "absolute"),
]
CASE_IDS = ["day-month", "day-month-year", "slashes", "weekday-full-date", "weekday-partial", "weekday-comma-date",
            "iso", "month-year", "month-lalu", "tahun", "kemarin", "kemarin-lusa", "tadi-malam", "bulan-lalu",
            "pekan-depan", "pekan-lalu", "tahun-lalu", "dua-hari-lalu", "hari-yang-lalu", "3-pekan-mendatang",
            "tiga-pekan-mendatang", "sepekan-lalu", "day-month-lalu", "day-span", "day-span-hingga"]


@pytest.mark.parametrize(("sentence", "text", "value", "until", "granularity", "kind"), CASES, ids=CASE_IDS)
def test_find_dates(sentence, text, value, until, granularity, kind):
    """Each form resolves against a Wednesday, 25 October 2023, at its own granularity."""
    (mention,) = find_dates(sentence, ANCHOR)
    assert (mention.text, mention.value, mention.until, mention.granularity, mention.kind) == (
        text, value, until, granularity, kind)
    assert mention.resolved
    assert sentence[mention.start : mention.end] == text


@pytest.mark.parametrize(("sentence", "text", "value", "until", "granularity", "kind"), CASES, ids=CASE_IDS)
def test_dates_through_the_pipeline(extract, sentence, text, value, until, granularity, kind):
    """The pipeline resolves against the publication date and points each date at its sentence."""
    article = extract(f"Warga berkumpul di alun-alun kota.\n{sentence}", published="2023-10-25", language="id")
    (mention,) = article.dates
    assert (mention.text, mention.value, mention.until, mention.granularity) == (text, value, until, granularity)
    assert article.text[mention.start : mention.end] == text
    assert mention.sentence == 1



# --- weekdays -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Menteri itu mengundurkan diri Selasa lalu.", "Selasa lalu", "2023-10-24"),
        ("Menteri itu mengundurkan diri Rabu lalu.", "Rabu lalu", "2023-10-18"),
        ("Menteri itu akan dilantik Kamis depan.", "Kamis depan", "2023-10-26"),
        ("Menteri itu akan dilantik Rabu depan.", "Rabu depan", "2023-11-01"),
        ("Menteri itu dilantik pada Kamis di Istana Negara.", "Kamis", "2023-10-19"),
        ("Menteri itu dilantik pada Rabu di Istana Negara.", "Rabu", "2023-10-25"),
        ("Menteri itu akan dilantik pada Jumat di Istana Negara.", "Jumat", "2023-10-27"),
        ("Pelantikan dijadwalkan berlangsung pada Senin pagi.", "Senin pagi", "2023-10-30"),
        ("Kapal itu merapat pada Minggu pagi.", "Minggu pagi", "2023-10-22"),
        pytest.param("Pemerintah akan membagikan bantuan Rp 300.000 per keluarga pada Senin.", "Senin", "2023-10-30"),
        pytest.param("Presiden akan meresmikan Jl. Tol Cisumdawu pada Jumat.", "Jumat", "2023-10-27"),
    ],
    ids=["selasa-lalu", "same-weekday-lalu", "kamis-depan", "same-weekday-depan", "bare-past", "bare-same-day",
         "bare-future-akan", "bare-future-dijadwalkan", "minggu-is-sunday", "future-across-thousands-dot",
         "future-across-abbreviation"],
)
def test_weekdays(sentence, text, value):
    """"lalu" is the last such day before publication, "depan" the next after it; a bare weekday is the
    nearest on or before publication, or on or after it when the sentence speaks of the future."""
    (mention,) = find_dates(sentence, ANCHOR)
    assert (mention.text, mention.value, mention.granularity, mention.kind) == (text, value, "day", "relative")


def test_future_cue_is_read_per_sentence():
    """"akan" in the next sentence does not push a weekday in the previous one into the future."""
    text = "Ia dilantik pada Jumat. Ia akan mulai bekerja pada Senin."
    assert [(m.text, m.value) for m in find_dates(text, ANCHOR)] == [("Jumat", "2023-10-20"), ("Senin", "2023-10-30")]


# --- without a publication date -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "offset"),
    [
        ("Presiden tiba di Beijing kemarin.", "kemarin", {"days": -1}),
        ("Sidang digelar 26 Oktober di Jakarta.", "26 Oktober", {"month": 10, "day": 26}),
        ("Menteri itu mundur Selasa lalu.", "Selasa lalu", {"weekday": 1, "direction": -1}),
        ("Pemilu ulang digelar 3 pekan mendatang.", "3 pekan mendatang", {"weeks": 3}),
        ("Harga beras naik bulan lalu.", "bulan lalu", {"months": -1}),
        ("Menteri itu dilantik pada Kamis.", "Kamis", {"weekday": 3, "direction": 0}),
    ],
    ids=["kemarin", "partial", "weekday-lalu", "counted", "bulan-lalu", "bare-weekday"],
)
def test_without_an_anchor_relative_dates_keep_their_offset(sentence, text, offset):
    (mention,) = find_dates(sentence, None)
    assert (mention.text, mention.value, mention.resolved, mention.offset) == (text, None, False, offset)
    assert sentence[mention.start : mention.end] == text


def test_without_an_anchor_absolute_dates_still_resolve():
    (mention,) = find_dates("Laporan itu terbit 26 Oktober 2023.", None)
    assert (mention.value, mention.resolved) == ("2023-10-26", True)


def test_pipeline_without_publication_date(extract):
    article = extract("Presiden tiba di Beijing kemarin dan bertemu Xi Jinping.", published=None, language="id")
    (mention,) = article.dates
    assert (mention.text, mention.value, mention.resolved, mention.offset) == ("kemarin", None, False, {"days": -1})


# --- pitfalls of general date parsers -----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Kesepakatan itu diteken 1/11/2023 di Jakarta.", "2023-11-01"),
        ("Kesepakatan itu diteken 12/1/2023 di Jakarta.", "2023-01-12"),
        ("Kesepakatan itu diteken Kamis (2/11) di Jakarta.", "2023-11-02"),
    ],
    ids=["1/11/2023", "12/1/2023", "weekday-2/11"],
)
def test_slashed_dates_are_day_month_year(sentence, value):
    """Indonesian writes day first: "1/11/2023" is 1 November, never 11 January."""
    (mention,) = find_dates(sentence, ANCHOR)
    assert mention.value == value


@pytest.mark.parametrize(
    "sentence",
    [
        "Ia pulang ke kampung halamannya, ke Garut, lalu ke Tasikmalaya.",
        "Indonesia naik ke peringkat ke-3 dunia.",
        "Skor akhir 3/4 untuk tim tamu.",
        "Anggaran 2023/2024 disahkan DPR.",
        "Ia ditahan beberapa hari lalu.",
        "Ia menang dengan skor 21-19 atas lawannya.",
        pytest.param("Ia ditahan selama tiga hari lalu dibebaskan tanpa syarat."),
    ],
    ids=["ke", "ke-3", "bare-ratio", "fiscal-year", "beberapa-hari-lalu", "score", "selama-then-lalu"],
)
def test_not_dates(sentence):
    """"ke", ratios, scores, uncounted spans and durations are no date."""
    assert find_dates(sentence, ANCHOR) == []


def test_dates_do_not_overlap_and_are_in_text_order():
    text = ("Sidang digelar Senin (23/10/2023). Putusan dibacakan 26 Oktober, dua hari setelah pembelaan "
            "kemarin lusa, dan banding diajukan pekan depan.")
    mentions = find_dates(text, ANCHOR)
    assert [m.text for m in mentions] == ["Senin (23/10/2023)", "26 Oktober", "kemarin lusa", "pekan depan"]
    for before, after in pairwise(mentions):
        assert before.end <= after.start


# --- publication dates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-11-02", date(2023, 11, 2)),
        ("2023-11-02T10:00:00+07:00", date(2023, 11, 2)),
        ("2023-11-02T10:00:00Z", date(2023, 11, 2)),
        ("2023-11-02 10:00:00", date(2023, 11, 2)),
        ("Thu, 02 Nov 2023 10:00:00 +0700", date(2023, 11, 2)),
        ("Kamis, 2 November 2023 10:00 WIB", date(2023, 11, 2)),
        ("Rabu, 1 November 2023 23:30 WIB", date(2023, 11, 1)),
        ("2 November 2023", date(2023, 11, 2)),
        ("Kamis (2/11/2023)", date(2023, 11, 2)),
    ],
    ids=["iso-date", "iso-datetime-wib", "iso-utc", "iso-space", "rfc-2822", "indonesian", "indonesian-late-evening",
         "indonesian-no-weekday", "weekday-slashes"],
)
def test_parse_published(value, expected):
    """The date part as the source states it, in ISO 8601, RFC 2822 or Indonesian."""
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    "value",
    ["bukan tanggal", "kemarin", "", None, "2023-13-45", "26 Oktober"],
    ids=["garbage", "relative", "empty", "none", "impossible-iso", "no-year"],
)
def test_parse_published_gives_none_for_what_is_no_date(value):
    assert parse_published(value) is None


def test_unparseable_publication_date_is_a_problem(extract):
    article = extract("Presiden tiba di Beijing kemarin.", published="bukan tanggal", language="id")
    assert article.published_date is None
    assert [p.stage for p in article.problems] == ["metadata"]
    assert article.dates[0].value is None


@pytest.mark.parametrize(
    "text",
    [
        "Harga 1.2023-10-05 naik, 1.000 hari lalu, 2,5 juta, (3) 12/5, 18-19 Mei, 18–19 Mei, 18hingga 20 Mei, "
        "18 s.d. 20 Mei, 7dan 8 Juni, 2023 dan 1999, 10 (2/3) dan Senin (23/10), tanggal 5 Juni, tiga hari lalu.",
        "Pada 12\u00a0Mei 2024 ia tiba; 3\thari lalu; 45 orang; Rp 1.500.000 pada 2019-an; 120 pekan depan.",
        # Digits of another script next to words and digits; curly quotes (a text of two bytes a character).
        "\u0663dua hari lalu, \u06631 Mei, 5\u0663 Juni, \u201cSenin (23/10)\u201d, \u0663(12/5) dan \u0663pada 2020.",
        # A character a case-insensitive pattern matches to an ASCII letter ("\u0130" to "i"): the slow path.
        "KEMAR\u0130N ia tiba, tiga hari lalu, pada Mei dan Senin (23/10).",
    ],
)
def test_matches_are_those_of_every_pattern_run_over_the_whole_text(text):
    from peristiwa.text.dates import _pattern_matches, _vocab

    v = _vocab()
    low = text.lower()
    expected = [(priority, kind, m.span()) for priority, (kind, pattern) in enumerate(v.patterns)
                if any(anchor in low for anchor in v.anchors[kind]) for m in pattern.finditer(text)]
    assert sorted((p, k, m.span()) for p, k, m in _pattern_matches(text, v)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("KEMAR\u0130N pagi DPR menggelar rapat.", [("KEMAR\u0130N", "2025-11-03")]),
    ("Rapat itu digelar pada 3 MARET 2025.", [("3 MARET 2025", "2025-03-03")]),
    ("Pada 3 JUN\u0130 2025 ia tiba di Jakarta.", [("3 JUN\u0130 2025", "2025-06-03")]),
], ids=["relative word", "month in capitals", "month with a dotted capital"])
def test_a_dotted_capital_i_reads_as_i(text, expected):
    """A pattern matches "\u0130" as "i" (no case); the word is then looked up as "i" too, not as Python's
    two-character lower case of it, which made the dates stage fail on the article."""
    found = find_dates(text, date(2025, 11, 4))
    assert [(m.text, m.value) for m in found] == expected
