"""Every kabupaten and kota of Indonesia is a place of the dictionary.

A regency the dictionary does not know is read as the first word of the person's name after a regional
title ("Bupati Labuhanbatu Erik ..."), so the regencies and cities are listed in full in places.tsv.
Regency names that are also ordinary words or personal names (Agam, Batang, Buru, Kaur, Landak …) are
listed only as "Kabupaten X" / "Kab. X", and so are regencies that share their name with a city, island,
lake or mountain (Kabupaten Kediri, Kabupaten Nias, Kabupaten Toba).

Apart from Erik Adtrada Ritonga, the people in these sentences are invented.
"""

from __future__ import annotations

import csv

import pytest

from peristiwa import RawDocument, extract
from peristiwa.langdata import data_path
from peristiwa.model import Article


def _read(text: str) -> Article:
    return extract(RawDocument(id="regency-test", text=text, published="2024-10-23", language="id"))


def _found(article: Article, type_: str) -> list[str]:
    return [e.name for e in article.entities if e.type == type_]


@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        ("Bupati Labuhanbatu Erik Adtrada Ritonga ditahan KPK.", "Labuhanbatu", "Erik Adtrada Ritonga"),
        ("Bupati Sukoharjo Sri Wahyuningsih meresmikan pasar baru.", "Sukoharjo", "Sri Wahyuningsih"),
        ("Bupati Wajo Andi Rahmat Saleh menyerahkan bantuan beras.", "Wajo", "Andi Rahmat Saleh"),
        ("Bupati Mamberamo Tengah Yosias Kogoya dilaporkan kabur.", "Mamberamo Tengah", "Yosias Kogoya"),
        ("Wakil Bupati Tambrauw Markus Sedik membuka rapat.", "Tambrauw", "Markus Sedik"),
        ("Wali Kota Subulussalam Teuku Rizal meninjau banjir.", "Subulussalam", "Teuku Rizal"),
        ("Bupati Kabupaten Kediri Bambang Sulistyo hadir di lokasi.", "Kabupaten Kediri", "Bambang Sulistyo"),
    ],
)
def test_regional_head_is_split_from_the_regency(text, place, person):
    article = _read(text)
    assert place in _found(article, "LOCATION")
    assert person in _found(article, "PERSON")
    assert not any(place in name for name in _found(article, "PERSON"))


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Banjir melanda Kabupaten Kediri sejak Senin.", "place-kab-kediri"),
        ("Banjir melanda Kota Kediri sejak Senin.", "place-kediri"),
        ("Longsor terjadi di Kab. Batang, Jawa Tengah.", "place-kab-batang"),
        ("Warga Kabupaten Agam mengungsi akibat banjir bandang.", "place-kab-agam"),
        ("Gempa mengguncang Kabupaten Kepulauan Talaud.", "place-kab-kepulauan-talaud"),
        ("Kebakaran lahan meluas di Rohil, Riau.", "place-kab-rokan-hilir"),
    ],
)
def test_regency_and_city_forms_find_their_own_row(text, place_id):
    assert place_id in [e.id for e in _read(text).entities if e.type == "LOCATION"]


@pytest.mark.parametrize(
    "text",
    [
        "Agam Santoso menyelamatkan dua pendaki.",
        "Batang pohon itu menimpa dua mobil.",
    ],
)
def test_withheld_bare_names_are_not_places(text):
    assert _found(_read(text), "LOCATION") == []


def _idn_rows() -> list[dict[str, str]]:
    with data_path("places/places.tsv").open(encoding="utf-8", newline="") as fh:
        return [row for row in csv.DictReader(fh, delimiter="\t") if row["country"] == "IDN"]


def test_regency_and_city_ids_name_a_known_province():
    rows = _idn_rows()
    # (DKI Jakarta, a city that is a province, is the one entry "jakarta", its province names among its aliases)
    provinces = {row["admin1"] for row in rows if row["id"].startswith("prov-") or row["id"] == "jakarta"}
    assert len(provinces) == 38
    local = [row for row in rows if row["id"].startswith(("kab-", "kota-"))]
    assert len(local) > 300
    assert [row["id"] for row in local if row["admin1"] not in provinces] == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Tersangka ditahan di Rutan Kelas IIB Soe selama 20 hari.", "Soe"),
        ("Ratusan warga Kefamenanu berunjuk rasa menolak tambang.", "Kefamenanu"),
        ("Banjir merendam ratusan rumah di Barabai, Hulu Sungai Tengah.", "Barabai"),
        ("Polisi menangkap dua pengedar di Tobelo, Halmahera Utara.", "Tobelo"),
        ("Pemkab Nias menggelar rapat di Gunung Sitoli.", "Gunungsitoli"),
    ],
    ids=["soe", "kefamenanu", "barabai", "tobelo", "gunung-sitoli-spaced"],
)
def test_the_capital_town_of_a_regency_is_a_place(text, town):
    """The town that is a regency's seat ("Soe" of Timor Tengah Selatan, "Barabai" of Hulu Sungai Tengah) is a place
    of Indonesia, not an unknown capitalised word."""
    article = _read(text)
    assert town in _found(article, "LOCATION"), [(e.type, e.name) for e in article.entities]
    assert next(e for e in article.entities if e.name == town).country == "IDN"
