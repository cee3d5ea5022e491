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


@pytest.mark.parametrize("text", ["", "OK", "123 456", "Rp 5 juta"])
def test_too_little_text_is_undetermined(text):
    assert identify(text) == ("und", 0.0)


def test_confidence_is_a_fraction():
    code, confidence = identify(INDONESIAN)
    assert code == "id" and 0.5 < confidence <= 1.0
