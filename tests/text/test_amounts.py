"""Amounts: numbers the article states about a countable or measurable thing.

An amount is ``[qualifier] [currency symbol] NUMBER [multiplier] [range] [unit | currency | % |
classifier] OBJECT``. Dates, times, ages, ranks, identifiers, years, idioms and bare numbers with
nothing counted are not amounts. Every case runs through the full pipeline; the language is fixed
to Indonesian because one sentence is too little text for language identification to tell
Indonesian from Malay (``langid.py``), and amounts are read only in Indonesian articles.
"""

from __future__ import annotations

import pytest

RP_MID_SENTENCE = ("a capitalised word right before the number is taken for a name ('Nord Stream 2'), "
                   "so 'Rp' makes the number an identifier and the amount is lost")


def _row(a) -> tuple:
    return (a.text, a.value, a.object, a.unit, a.kind, a.qualifier)


# --- what is counted ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Korea Utara disebut telah mengirim satu juta peluru artileri ke Rusia.",
         ("satu juta peluru", 1e6, "peluru", None, "count", "exact")),
        ("Banjir bandang memaksa 1,5 juta orang mengungsi ke dataran tinggi.",
         ("1,5 juta orang", 1.5e6, "orang", None, "count", "exact")),
        ("Ia meminjam tiga setengah juta rupiah dari tetangganya untuk biaya sekolah.",
         ("tiga setengah juta rupiah", 3.5e6, "rupiah", "IDR", "currency", "exact")),
        pytest.param(
            "Pemerintah mengucurkan dana Rp 2,3 triliun untuk bantuan sosial.",
            ("Rp 2,3 triliun", 2.3e12, "rupiah", "IDR", "currency", "exact"),
        ),
        ("Rp 2,3 triliun dikucurkan pemerintah untuk bantuan sosial.",
         ("Rp 2,3 triliun", 2.3e12, "rupiah", "IDR", "currency", "exact")),
        pytest.param(
            "Proyek bendungan itu bernilai Rp 450 miliar.",
            ("Rp 450 miliar", 4.5e11, "rupiah", "IDR", "currency", "exact"),
        ),
        pytest.param(
            "Proyek bendungan itu bernilai Rp450 miliar.",
            ("Rp450 miliar", 4.5e11, "rupiah", "IDR", "currency", "exact"),
        ),
        ("Proyek bendungan itu bernilai Rp. 450 miliar.",
         ("Rp. 450 miliar", 4.5e11, "rupiah", "IDR", "currency", "exact")),
        ("Bank Dunia menyiapkan pinjaman US$ 1 miliar bagi Indonesia.",
         ("US$ 1 miliar", 1e9, "dolar", "USD", "currency", "exact")),
        ("Harga tiket pesawat itu 500 dolar AS per orang.",
         ("500 dolar AS", 500, "dolar", "USD", "currency", "exact")),
        ("Australia menyiapkan bantuan 10 juta dolar Australia.",
         ("10 juta dolar Australia", 1e7, "dolar", "AUD", "currency", "exact")),
        ("Uni Eropa menjanjikan bantuan kemanusiaan € 50 juta.",
         ("€ 50 juta", 5e7, "euro", "EUR", "currency", "exact")),
        ("Sebanyak 50 persen warga menolak rencana relokasi itu.",
         ("Sebanyak 50 persen", 50, "persen", "percent", "percent", "exact")),
        ("Sebanyak 50% warga menolak rencana relokasi itu.",
         ("Sebanyak 50%", 50, "persen", "percent", "percent", "exact")),
        ("Gudang Bulog itu menampung lebih dari 2.500 karung beras.",
         ("lebih dari 2.500 karung", 2500, "karung", None, "count", "more_than")),
        ("Aksi damai itu diikuti sekitar 200 orang.",
         ("sekitar 200 orang", 200, "orang", None, "count", "approx")),
        ("Serangan udara itu menewaskan sedikitnya 12 orang.",
         ("sedikitnya 12 orang", 12, "orang", None, "count", "at_least")),
        ("Banjir merendam rumah hampir 3.000 warga.",
         ("hampir 3.000 warga", 3000, "warga", None, "count", "approx")),
        ("Aksi itu diikuti 200-an orang.", ("200-an orang", 200, "orang", None, "count", "approx")),
        ("Korban mencapai 1.000 lebih orang.",
         ("mencapai 1.000 lebih orang", 1000, "orang", None, "count", "more_than")),
        ("Pusat gempa berada 10 kilometer dari pantai.", ("10 kilometer", 10, "kilometer", "km", "measure", "exact")),
        ("Kapal itu mengangkut 7.000 ton beras dari Vietnam.", ("7.000 ton", 7000, "ton", "t", "measure", "exact")),
        ("Kapal patroli itu berada 80 mil laut dari pulau terluar.",
         ("80 mil laut", 80, "mil laut", "nmi", "measure", "exact")),
        ("Bantuan 20 ribu ton beras tiba di Gaza.", ("20 ribu ton", 20000, "ton", "t", "measure", "exact")),
        ("Militer mengerahkan tiga unit tank ke perbatasan.", ("tiga unit tank", 3, "tank", None, "count", "exact")),
        ("Petugas menahan lima buah kapal nelayan asing.", ("lima buah kapal", 5, "kapal", None, "count", "exact")),
        ("Aktivis itu ditahan selama dua bulan.", ("dua bulan", 2, "bulan", None, "duration", "exact")),
        ("Sebanyak 4 diplomat diusir dari Moskwa.",
         ("Sebanyak 4 diplomat", 4, "diplomat", None, "count", "exact")),
        ("Polisi menetapkan 6 tersangka baru.", ("6 tersangka", 6, "tersangka", None, "count", "exact")),
        pytest.param(
            "Kontingen itu pulang membawa 12 medali emas.",
            ("12 medali", 12, "medali", None, "count", "exact"),
        ),
        pytest.param(
            "Kedua negara menandatangani tiga perjanjian kerja sama.",
            ("tiga perjanjian", 3, "perjanjian", None, "count", "exact"),
        ),
    ],
    ids=["satu-juta-peluru", "1,5-juta-orang", "tiga-setengah-juta-rupiah", "rp-triliun-mid-sentence",
         "rp-triliun-sentence-start", "rp-miliar-mid-sentence", "rp-glued", "rp-with-full-stop", "us-dollar",
         "dolar-as", "dolar-australia", "euro", "persen", "percent-sign", "lebih-dari", "sekitar", "sedikitnya",
         "hampir", "an-suffix", "lebih-after", "kilometer", "ton", "mil-laut", "ribu-ton", "classifier-unit",
         "classifier-buah", "duration", "noun-like-verb-diplomat", "noun-like-verb-tersangka", "medali", "perjanjian"],
)
def test_amount(read, sentence, expected):
    """One amount: its words, value, object, unit, kind and qualifier."""
    article = read(sentence)
    assert [_row(a) for a in article.amounts] == [expected]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Gempa bermagnitudo 6,2 mengguncang Maluku Utara.", "bermagnitudo 6,2", 6.2),
        ("Gempa magnitudo 5,8 mengguncang Sulawesi Tengah.", "magnitudo 5,8", 5.8),
        pytest.param("Gempa M 5,8 mengguncang Sulawesi Tengah.", "M 5,8", 5.8),
        ("Gempa 7,5 SR mengguncang Palu dan Donggala.", "7,5 SR", 7.5),
        ("Gempa 7,5 skala Richter mengguncang Palu dan Donggala.", "7,5 skala Richter", 7.5),
    ],
    ids=["bermagnitudo", "magnitudo", "M", "SR", "skala-richter"],
)
def test_earthquake_magnitude(read, sentence, text, value):
    """A magnitude is read from the word before ("magnitudo", "M") or after ("SR") the number."""
    (amount,) = read(sentence).amounts
    assert (amount.text, amount.value, amount.unit, amount.kind) == (text, value, "magnitude", "magnitude")


def test_the_strength_of_a_force_is_a_count(read):
    """"berkekuatan 5.000 personel": the strength of a force counts its members; an earthquake's stays a magnitude."""
    amounts = read("AES berencana membentuk pasukan gabungan berkekuatan 5.000 personel. Gempa berkekuatan 6,2 "
                   "mengguncang Sulawesi.").amounts
    assert [(a.text, a.value, a.object, a.kind) for a in amounts] == [
        ("5.000 personel", 5000.0, "personel", "count"), ("berkekuatan 6,2", 6.2, "kekuatan", "magnitude")]


def test_magnitude_word_before_and_richter_after(read):
    (amount,) = read("Gempa berkekuatan 7,5 SR mengguncang Palu dan Donggala.").amounts
    assert (amount.value, amount.kind) == (7.5, "magnitude")


@pytest.mark.parametrize(
    ("sentence", "text", "bounds", "object"),
    [
        ("Bentrokan antarwarga itu melukai 10-15 orang.", "10-15 orang", [10, 15], "orang"),
        ("Pemerintah menyiapkan 10 hingga 15 kapal untuk evakuasi.", "10 hingga 15 kapal", [10, 15], "kapal"),
        ("Kenaikan harga cabai diperkirakan antara 25 dan 40 persen.", "25 dan 40 persen", [25, 40], "persen"),
    ],
    ids=["hyphen", "hingga", "antara-dan"],
)
def test_range_gives_two_amounts(read, sentence, text, bounds, object):
    """Both bounds are stated, so a range gives one amount per bound, each with the whole range."""
    amounts = read(sentence).amounts
    assert [(a.text, a.value, a.range, a.object, a.qualifier) for a in amounts] == [
        (text, bound, bounds, object, "range") for bound in bounds
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ledakan itu menyebabkan 12 orang tewas dan 40 lainnya luka-luka.",
         [("12 orang", 12, "orang"), ("40 lainnya", 40, "orang")]),
        ("Lima orang tewas dan tiga lainnya hilang terseret arus.",
         [("Lima orang", 5, "orang"), ("tiga lainnya", 3, "orang")]),
    ],
    ids=["digits", "words"],
)
def test_lainnya_inherits_the_object_before_it(read, sentence, expected):
    """"40 lainnya" (40 others) counts the same thing as the amount before it."""
    assert [(a.text, a.value, a.object) for a in read(sentence).amounts] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Petugas menangkap 18 anak buah kapal asal Vietnam.", [("18 anak buah kapal", 18, "anak buah kapal")]),
        ("Bantuan dibagikan kepada 300 kepala keluarga.", [("300 kepala keluarga", 300, "kepala keluarga")]),
        ("Sebanyak 12 anak dirawat di puskesmas.", [("Sebanyak 12 anak", 12, "anak")]),
        ("Kedua negara meneken sembilan nota kesepahaman.", [("sembilan nota", 9, "nota")]),
        ("Insiden itu melukai tiga awak kapal Filipina.", [("tiga awak", 3, "awak")]),
        ("Kapal tanker itu ditahan bersama 22 awaknya.", [("22 awaknya", 22, "awak")]),
        ("Polisi menetapkan lima dari 11 orang yang ditangkap sebagai tersangka.",
         [("lima", 5, "orang"), ("11 orang", 11, "orang")]),
        ("Junqueras, satu dari sembilan pemimpin yang dipenjara, menolak tuduhan itu.",
         [("sembilan pemimpin", 9, "pemimpin")]),
        ("Serangan itu menewaskan sedikitnya 32 warga sipil, 11 di antaranya anak-anak.",
         [("sedikitnya 32 warga", 32, "warga"), ("11", 11, "anak")]),
    ],
    ids=["crew", "households", "the-head-word-alone", "memoranda", "crew-members",
         "whose-they-are-is-no-part-of-the-object", "a-part-counts-what-the-whole-does",
         "but-one-of-them-is-singled-out", "a-part-named-after-di-antaranya"],
)
def test_a_noun_of_several_words_is_one_object(read, sentence, expected):
    """``compound_objects``: "18 anak buah kapal" counts crew members, not children."""
    assert [(a.text, a.value, a.object) for a in read(sentence).amounts] == expected


# --- what is not counted ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Rapat yang digelar pada 26 Oktober 2023 itu dihadiri 40 orang.", ["40 orang"]),
        ("Rapat yang digelar Senin (23/10) itu dihadiri 40 orang.", ["40 orang"]),
        ("Rapat yang dimulai pukul 14.30 WIB itu dihadiri 40 orang.", ["40 orang"]),
        ("Korban, Budi, 45 tahun, dirawat bersama 3 warga lain.", ["3 warga"]),
        ("Korban, Budi (45), dirawat bersama 3 warga lain.", ["3 warga"]),
        ("Korban yang berusia 45 tahun itu dirawat bersama 3 warga lain.", ["3 warga"]),
        ("Tim itu finis di urutan ke-3 dari 20 tim peserta.", ["20 tim"]),
        ("Ini adalah pertemuan kedua bagi 20 menteri itu.", ["20 menteri"]),
        ("Pasal 2 undang-undang itu mengatur denda bagi 300 perusahaan.", ["300 perusahaan"]),
        ("Rumah nomor 5 di kompleks itu dihuni 7 orang.", ["7 orang"]),
        ("Ledakan pipa Nord Stream 2 mencemari 50 kilometer pantai.", ["50 kilometer"]),
        ("Para pemimpin G20 menyepakati bantuan bagi 30 negara.", ["30 negara"]),
        ("Kebijakan yang berlaku pada 2023 itu menjangkau 500 desa.", ["500 desa"]),
        ("Konflik yang berlangsung sejak 2019 itu menewaskan 200 orang.", ["200 orang"]),
        ("Indonesia adalah salah satu dari 10 negara pendiri lembaga itu.", ["10 negara"]),
        ("Kedua negara berjanji membantu satu sama lain dan mengirim 50 dokter.", ["50 dokter"]),
        ("China mengklaim perairan itu berdasarkan sembilan garis putus-putus, dan mengerahkan 30 kapal.",
         ["30 kapal"]),
        ("Sepanjang 2025 polisi menangkap 40 terduga teroris.", ["40 terduga"]),
        ("Detasemen Khusus (Densus) 88 Antiteror Polri menangkap empat terduga teroris.", ["empat terduga"]),
        ("Ia menuding Orban bermain di dua kaki dan menolak 20 usulan Brussels.", ["20 usulan"]),
        ("Jumlah peserta naik dari 12 menjadi 15.", []),
        ("Polisi menyebut 3 ditangkap di lokasi kejadian.", []),
        pytest.param("Dalam bentrokan itu 5 tewas dan 3 ditangkap.", []),
        ("Tarif itu berlaku sejak 2022 sehingga ekspor 300 perusahaan turun.", ["300 perusahaan"]),
        ("Musim haji 1447 Hijriah diikuti 221.000 jemaah.", ["221.000 jemaah"]),
        ("Beijing menuntut 30 negara mematuhi kebijakan Satu Cina.", ["30 negara"]),
        ("Burhan menolak duduk satu meja dengan RSF, yang dinilai setengah hati menarik 5.000 pasukan.",
         ["5.000 pasukan"]),
    ],
    ids=["date", "weekday-date", "clock-time", "age-commas", "age-brackets", "age-berusia", "ordinal-ke-3",
         "ordinal-kedua", "pasal", "nomor", "nord-stream-2", "g20", "pada-2023", "sejak-2019", "salah-satu",
         "satu-sama-lain", "nine-dash-line", "sepanjang-2025-and-a-suspect", "a-number-in-a-name-after-brackets",
         "dua-kaki",
         "no-object", "verb-after-number", "predicate-after-number", "a-year-before-a-conjunction", "hijri-year",
         "a-number-word-inside-a-name", "satu-meja-setengah-hati"],
)
def test_numbers_that_count_nothing(read, sentence, counted):
    """Dates, times, ages, ranks, identifiers, years and idioms are skipped; the real count beside them is kept."""
    assert [a.text for a in read(sentence).amounts] == counted


# --- one amount per quantity, with offsets ------------------------------------------------------

REPORT = """Serangan udara di Khan Younis menewaskan 12 orang, kata petugas medis setempat.

Petugas memastikan 12 orang itu warga sipil. Sebanyak 30 orang lainnya dirawat di rumah sakit.

Serangan itu juga merusak 40 rumah. Warga mengungsi ke 40 tenda darurat dan menerima bantuan Rp. 50 juta."""


def test_repeated_amount_becomes_one_with_repeats(read):
    """A later statement of the same quantity of the same thing is a repeat, not a new amount."""
    article = read(REPORT)
    assert [(a.text, a.value, a.object, len(a.repeats)) for a in article.amounts] == [
        ("12 orang", 12, "orang", 1),
        ("Sebanyak 30 orang", 30, "orang", 0),
        ("40 rumah", 40, "rumah", 0),
        ("40 tenda", 40, "tenda", 0),
        ("Rp. 50 juta", 5e7, "rupiah", 0),
    ]
    (repeat,) = article.amounts[0].repeats
    assert (repeat.text, repeat.sentence) == ("12 orang", 1)
    assert article.text[repeat.start : repeat.end] == "12 orang"


def test_amount_offsets_point_into_the_text(read):
    article = read(REPORT)
    assert article.amounts
    for amount in article.amounts:
        assert article.text[amount.start : amount.end] == amount.text
        assert article.sentences[amount.sentence].start <= amount.start
        assert amount.end <= article.sentences[amount.sentence].end
