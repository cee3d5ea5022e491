"""Language identification: decided per article with CLD2, which ships its model."""

from __future__ import annotations

import pytest

from peristiwa.text.langid import identify

INDONESIAN = (
    "Pemerintah Indonesia akan menerapkan kebijakan baru untuk membantu warga yang terdampak banjir di "
    "Provinsi Jawa Barat. Presiden meminta para menteri segera menyalurkan bantuan kepada pengungsi."
)


@pytest.mark.parametrize(
    ("file_name", "code"),
    [("other/berita-malaysia.txt", "ms"), ("other/english-news.txt", "en")],
)
def test_samples_in_other_languages(samples_dir, file_name, code):
    assert identify((samples_dir / file_name).read_text(encoding="utf-8"))[0] == code


def test_indonesian_sample_articles(sample_articles):
    assert {identify(a["text"])[0] for a in sample_articles} == {"id"}


def test_indonesian_is_told_from_malay():
    malay = ("Kerajaan Malaysia akan melaksanakan dasar baharu bagi membantu rakyat yang terjejas akibat banjir "
             "di negeri Kelantan, kata Perdana Menteri. Beliau berkata bantuan akan disalurkan minggu depan.")
    assert identify(INDONESIAN)[0] == "id"
    assert identify(" ".join([malay] * 3))[0] == "ms"
    # Too short to tell the two apart: undetermined, so Indonesian rules still run.
    assert identify(malay) == ("und", 0.0)


# Indonesian news about Malaysia: Malaysian names (an agency, titles, a court) fill the opening; the prose is
# Indonesian.
INDONESIAN_ABOUT_MALAYSIA = (
    "Kuala Lumpur (ANTARA) - Agensi Penguatkuasaan Maritim Malaysia (APMM) bersama Polis Diraja Malaysia menahan "
    "sebuah kapal pukat asing di perairan Sabah, Kamis (13/11/2025). Ketua Pengarah APMM Datuk Mohd Rosli "
    "Abdullah mengatakan kapal itu terdeteksi memasuki perairan Sabah tanpa izin. Menurut dia, 12 awak kapal "
    "ditahan di Jeti Maritim Sandakan. Pemerintah Indonesia melalui KBRI Kuala Lumpur meminta akses kekonsuleran "
    "karena tujuh di antaranya WNI, ujar juru bicara KBRI. Timbalan Menteri Dalam Negeri Malaysia Datuk Seri "
    "Shamsul Anuar Nasarah mengatakan pihak berwenang akan meneliti dokumen kapal sebelum mengambil tindakan "
    "selanjutnya di Mahkamah Sesyen Sandakan."
)


def test_indonesian_news_about_malaysia_is_indonesian(samples_dir):
    """CLD2 weighs the Malaysian names of the opening and says Malay; the words that tell the two languages apart
    (weekdays, "karena", "ujar", "pemerintah" against "kerana", "polis", "baharu": id/indonesian_or_malay.yaml)
    say Indonesian. A Malaysian article stays Malay."""
    assert identify(INDONESIAN_ABOUT_MALAYSIA)[0] == "id"
    assert identify((samples_dir / "other/berita-malaysia.txt").read_text(encoding="utf-8"))[0] == "ms"


@pytest.mark.parametrize("text", ["", "OK", "123 456", "Rp 5 juta"])
def test_too_little_text_is_undetermined(text):
    assert identify(text) == ("und", 0.0)


def test_confidence_is_a_fraction():
    code, confidence = identify(INDONESIAN)
    assert code == "id" and 0.5 < confidence <= 1.0


def test_the_language_is_read_from_the_opening():
    from peristiwa.text.langid import _DETECT_SAMPLE

    english = " The committee will publish its full report on the flooding next month, officials said."
    opening = " ".join([INDONESIAN] * (_DETECT_SAMPLE // len(INDONESIAN) + 2))
    assert identify(opening + english * 40)[0] == "id"  # the English tail is past the opening


@pytest.mark.parametrize("cut_inside_a_word", [True, False])
def test_the_opening_cuts_no_word_in_two(cut_inside_a_word):
    from peristiwa.text.langid import _DETECT_SAMPLE, _opening

    text = "a" * (_DETECT_SAMPLE - 3) + (" kata lain" if cut_inside_a_word else " ke lain")
    head = _opening(text)
    assert text.startswith(head) and len(head) <= _DETECT_SAMPLE
    assert head == ("a" * (_DETECT_SAMPLE - 3) if cut_inside_a_word else "a" * (_DETECT_SAMPLE - 3) + " ke")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Direktur Eksekutif Center of Economic and Law Studies (Celios) Bhima Yudhistira menilai kebijakan itu "
         "keliru. Menurut dia, pemerintah seharusnya menunda kenaikan pajak hingga daya beli masyarakat pulih.", "id"),
        ("Menurut Center for Strategic and International Studies (CSIS), ekonomi Indonesia melambat pada tahun ini.",
         "id"),
        ("The minister said on Tuesday that the government would review the policy, and that Jakarta and Bali "
         "would be the first to apply it. Residents of Kampung Melayu in East Jakarta said the floods came early.",
         "en"),
        ("The media program will publish total data on hotel and film industry revenue in Jakarta, the director "
         "said.", "en"),
    ],
    ids=["english-institute-in-the-lead", "english-name-after-menurut", "english-naming-indonesian-places",
         "english-with-indonesian-loanwords"],
)
def test_indonesian_function_words_tell_a_short_text_with_names_of_the_other_language(text, code):
    """CLD2 reads the first two as English: a tenth of their words are Indonesian function words
    (id/function_words.txt), so they are Indonesian. English that names Indonesian places, or uses words Indonesian
    borrowed, has next to none, and stays English."""
    assert identify(text)[0] == code
