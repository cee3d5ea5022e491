"""Names of units, their abbreviations and the people named right after them, as Indonesian news writes them.

A unit is named before its parent ("Pusat Data dan Informasi BNPB"), often with its fields listed ("Pusat
Data, Informasi dan Komunikasi"), its abbreviation in brackets ("(LKDN)", "(Bawaslu)"), and the person who
speaks for it right after, with or without a title. All names that are not in the dictionary are invented.
"""

from __future__ import annotations

import pytest

from peristiwa.model import Article


def _summary(article: Article) -> list[tuple[str, str]]:
    return [(e.type, e.name) for e in article.entities]


@pytest.mark.parametrize(
    ("text", "org", "person"),
    [
        ("Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB Rahmat Hidayat mengatakan banjir surut.",
         "Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB", "Rahmat Hidayat"),
        ("Ketua Subkomisi Pemantauan Komnas HAM Dewi Anggraini menyebut laporan itu lengkap.",
         "Subkomisi Pemantauan Komnas HAM", "Dewi Anggraini"),
        ("Kepala Kantor Wilayah Kementerian Hukum dan HAM Jawa Timur Bambang Irawan meninjau rutan.",
         "Kantor Wilayah Kementerian Hukum dan HAM Jawa Timur", "Bambang Irawan"),
    ],
    ids=["listed-fields-and-parent", "parent-abbreviation", "place-after-parent"],
)
def test_unit_named_before_its_parent_stops_at_the_parent(read, text, org, person):
    """The unit's name runs over its listed fields up to its parent's abbreviation (and a place after it), and
    the name after it is the person, who keeps the title read before the unit."""
    article = read(text)
    assert ("ORG", org) in _summary(article)
    people = [e for e in article.entities if e.type == "PERSON"]
    assert [p.name for p in people] == [person]
    assert people[0].titles


@pytest.mark.parametrize(
    ("text", "org", "abbreviation"),
    [
        ("Koordinator Forum Warga Peduli Indonesia (FWPI) Andi Saputra menilai vonis itu ringan.",
         "Forum Warga Peduli Indonesia", "FWPI"),
        ("Peneliti Lembaga Kajian Demokrasi Nusantara (LKDN) Arif Budiman menilai koalisi itu rapuh.",
         "Lembaga Kajian Demokrasi Nusantara", "LKDN"),
        ("Anggota Badan Pengawas Pemilu (Bawaslu) Rini Astuti mengatakan laporan itu diproses.",
         "Badan Pengawas Pemilihan Umum", "Bawaslu"),
    ],
    ids=["initials-past-a-country", "role-word-before-the-head", "syllable-abbreviation"],
)
def test_name_spelt_by_the_abbreviation_after_it_is_an_organisation(read, text, org, abbreviation):
    """The capitalised words whose initials the bracketed abbreviation spells are one organisation, even when
    the run ends on a country ("… Indonesia (FWPI)") or a syllable abbreviation stands for it ("(Bawaslu)")."""
    article = read(text)
    orgs = [e for e in article.entities if e.type == "ORG" and e.name == org]
    assert len(orgs) == 1, _summary(article)
    assert abbreviation in orgs[0].aliases
    assert [e.type for e in article.entities].count("ORG") == 1, _summary(article)


def test_bracketed_word_that_spells_nothing_before_it_is_no_new_organisation(read):
    """A bracketed word the words before it do not spell makes no organisation of them ("(Persero)" after a
    state company, a country after a city), and a title before the name is not part of the long form."""
    company = read("Direktur Utama PT Tambang Sentosa (Persero) Lina Marlina mengatakan produksi naik.")
    assert "Persero" not in [e.name for e in company.entities], _summary(company)
    place = read("Ia tinggal di Jakarta (Indonesia) selama lima tahun.")
    assert [e.type for e in place.entities] == ["LOCATION", "COUNTRY"], _summary(place)
    commission = read("Ketua Komisi Pemilihan Umum (KPU) Hasyim Asy'ari menyampaikan jadwal pemilu.")
    assert [e.name for e in commission.entities if e.type == "ORG"] == ["Komisi Pemilihan Umum"]


def test_role_word_before_an_organisation_names_the_person_after_it(read):
    """"Pengamat politik Universitas Lembah Hijau Firman Hakim": the role belongs to the name after the
    organisation, so the organisation stops before it."""
    article = read("Pengamat politik Universitas Lembah Hijau Firman Hakim menilai koalisi itu rapuh.")
    assert ("ORG", "Universitas Lembah Hijau") in _summary(article)
    assert ("PERSON", "Firman Hakim") in _summary(article)


@pytest.mark.parametrize(
    ("text", "org", "country"),
    [
        ("Badan Keamanan Laut Filipina menahan dua kapal ikan asing.", "Badan Keamanan Laut Filipina", "PHL"),
        ("Dinas Kesehatan Kota Surabaya membuka posko vaksinasi baru.", "Dinas Kesehatan Kota Surabaya", "IDN"),
        ("Pusat Kajian Strategis Nusantara merilis survei terbarunya.", "Pusat Kajian Strategis Nusantara", None),
    ],
    ids=["country-in-the-name", "city-in-the-name", "nothing-in-the-name"],
)
def test_unknown_organisation_is_of_the_country_its_name_says(read, text, org, country):
    """An organisation no dictionary knows is of the country named in its name, or of the country of the
    place named there; a name that says none gives none (not the country the article is mostly about)."""
    found = [e for e in read(text).entities if e.type == "ORG" and e.name == org]
    assert len(found) == 1
    assert found[0].country == country


def test_known_person_read_at_the_end_of_an_organisation_is_the_dictionary_person(read):
    """A known name split off the end of an unknown organisation's name is the dictionary's person, one entity
    with the later mentions."""
    article = read("Ketua Fraksi Partai Tengah Prabowo Subianto menolak usulan itu. Prabowo Subianto lalu pergi.")
    people = [e for e in article.entities if e.type == "PERSON"]
    assert [p.id for p in people] == ["prabowo-subianto"], _summary(article)
    assert len(people[0].mentions) == 2


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Jaksa dari Kejaksaan Negeri Lembah Hijau membacakan tuntutan.", "Kejaksaan Negeri Lembah Hijau"),
        ("PT Kereta Api Indonesia menambah jadwal perjalanan selama libur panjang.", "Kereta Api Indonesia"),
        ("Pejabat Dinas Pekerjaan Umum Kabupaten Bekasi diperiksa penyidik.",
         "Dinas Pekerjaan Umum Kabupaten Bekasi"),
    ],
    ids=["known-word-opening-a-longer-kind", "legal-form-of-a-known-company", "place-at-the-end-of-a-unit"],
)
def test_organisation_names_around_known_names(read, text, org):
    """"Kejaksaan Negeri …" is a district prosecutor's office, not the dictionary's "Kejaksaan" and a person
    "Negeri"; "PT" before a known company's name is that company; a regency closing a unit's name after a role
    word ("pejabat …") is the unit's place, not a person named after it."""
    article = read(text)
    assert ("ORG", org) in _summary(article)
    assert [e.name for e in article.entities if e.type == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Menurut analis di Center for Maritime Studies, sebuah lembaga kajian, patroli itu provokatif.",
         "Center for Maritime Studies"),
        ("Laporan Komisi untuk Orang Hilang Nusantara menyebut tiga aktivis belum kembali.",
         "Komisi untuk Orang Hilang Nusantara"),
    ],
    ids=["english-of-for", "indonesian-untuk"],
)
def test_head_joined_to_its_name_by_a_preposition_is_one_organisation(read, text, org):
    """An organisation head followed by "for", "of" or "untuk" and capitalised words is one name."""
    article = read(text)
    assert ("ORG", org) in _summary(article)
    assert [e.name for e in article.entities if e.type == "PERSON"] == []


def test_heads_joined_by_dan_stay_two_organisations(read):
    """"Kongres dan Senat": "dan" joins two institutions, not the words of one."""
    article = read("Rancangan itu sudah disetujui Kongres dan Senat pekan lalu.")
    assert ("ORG", "Kongres dan Senat") not in _summary(article)


def test_one_word_name_with_a_role_after_it_is_a_person(read):
    """"disampaikan Sutrisno, warga Desa Sukamaju": an apposition naming a role makes one word a name."""
    article = read("Hal itu disampaikan Karsono, warga Desa Ciherang, kepada wartawan.")
    assert ("PERSON", "Karsono") in _summary(article)
