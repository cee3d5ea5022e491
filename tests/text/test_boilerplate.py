"""The cleaner: from a raw news text to the article body, with its furniture kept as metadata.

Datelines become ``article.dateline``, "Baca Juga" lines become ``article.related``, credit lines
fill ``authors``/``editors``, syndication lines fill ``syndicated_from``; advertisements, page
markers, photo credits and agency codes leave the body. Every removal is recorded in
``article.boilerplate`` with its kind, and the paragraph spans index into ``article.text``.
"""

from __future__ import annotations

from itertools import pairwise

import pytest

from peristiwa.model import Article
from peristiwa.text.boilerplate import clean_text, parse_dateline

BODY = "Pemerintah menaikkan harga eceran tertinggi beras medium mulai awal bulan depan."
SECOND = "Keputusan itu diambil setelah rapat terbatas dengan para gubernur di Istana Negara."


def _clean(raw: str, **meta) -> Article:
    return clean_text(raw, Article(id="uji", **meta))


# --- datelines ----------------------------------------------------------------------------------

DATELINES = [
    ("KONTAN.CO.ID - SEOUL.", "Seoul", "KONTAN.CO.ID"),
    ("JAKARTA, KOMPAS.com -", "Jakarta", "KOMPAS.com"),
    ("SEMARANG, KOMPAS.com —", "Semarang", "KOMPAS.com"),
    ("Liputan6.com, Jakarta -", "Jakarta", "Liputan6.com"),
    ("Jakarta, CNN Indonesia --", "Jakarta", "CNN Indonesia"),
    ("TEMPO.CO, Jakarta -", "Jakarta", "TEMPO.CO"),
    ("Jakarta (ANTARA) -", "Jakarta", "ANTARA"),
    ("Kairo (ANTARA) -", "Kairo", "ANTARA"),
    ("New York (ANTARA) -", "New York", "ANTARA"),
    ("REPUBLIKA.CO.ID, JAKARTA --", "Jakarta", "REPUBLIKA.CO.ID"),
    ("Jakarta -", "Jakarta", None),
]
DATELINE_IDS = ["kontan", "kompas", "kompas-em-dash", "liputan6", "cnn-indonesia", "tempo", "antara",
                "antara-abroad", "antara-two-word-place", "republika", "place-only"]


@pytest.mark.parametrize(("head", "place", "outlet"), DATELINES, ids=DATELINE_IDS)
def test_dateline_house_styles(head, place, outlet):
    """Each house style gives the place (title-cased when shouted) and the outlet marker as written."""
    dateline, rest = parse_dateline(f"{head} {BODY}")
    assert dateline is not None
    assert (dateline.text, dateline.place, dateline.outlet) == (head, place, outlet)
    assert rest == BODY


@pytest.mark.parametrize(("head", "place", "outlet"), DATELINES, ids=DATELINE_IDS)
def test_dateline_leaves_the_body_through_the_pipeline(extract, head, place, outlet):
    """In a whole article the dateline is cut, recorded, and the body starts right after it."""
    article = extract(f"{head} {BODY}\n{SECOND}")
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.outlet) == (place, outlet)
    assert article.text == f"{BODY}\n\n{SECOND}"
    assert [b.text for b in article.boilerplate if b.kind == "dateline"] == [head]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Korea-Jepang sepakat memperluas kerja sama keamanan maritim di Laut China Timur.",
        "Indonesia dan Malaysia - dua negara serumpun - sepakat mempercepat perundingan batas laut.",
        "Harga cabai rawit - yang sempat menembus Rp 120.000 per kilogram - mulai turun pekan ini.",
        "Menurut data Badan Pusat Statistik, inflasi - terutama pangan - melambat pada kuartal ketiga.",
        pytest.param(
            "Presiden Joko Widodo - yang baru tiba dari Beijing - langsung memimpin rapat kabinet.",
        ),
        pytest.param(
            "Amerika Serikat - sekutu utama Israel - menolak rancangan resolusi gencatan senjata itu.",
        ),
    ],
    ids=["hyphenated-pair", "aside-between-dashes", "price-aside", "comma-then-aside",
         "name-with-aside", "country-with-aside"],
)
def test_dashes_in_an_opening_sentence_are_not_a_dateline(paragraph):
    """A dash inside the first sentence is not a dateline: the paragraph stays whole."""
    assert parse_dateline(paragraph) == (None, paragraph)


# --- related links ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "label", "title", "url"),
    [
        ("Baca Juga: Harga Cabai Melonjak di Pasar Induk", "Baca Juga", "Harga Cabai Melonjak di Pasar Induk", None),
        ("Baca juga - Stok Beras Bulog Aman hingga Akhir Tahun https://contoh.id/ekonomi/stok-beras",
         "Baca juga", "Stok Beras Bulog Aman hingga Akhir Tahun", "https://contoh.id/ekonomi/stok-beras"),
        ("Simak juga: Petani Minta Harga Gabah Dinaikkan", "Simak juga", "Petani Minta Harga Gabah Dinaikkan", None),
        ("Simak juga Daftar Harga BBM Terbaru", "Simak juga", "Daftar Harga BBM Terbaru", None),
        ("Lihat juga: Operasi Pasar Digelar di Dua Puluh Kota", "Lihat juga",
         "Operasi Pasar Digelar di Dua Puluh Kota", None),
    ],
    ids=["baca-juga-colon", "baca-juga-dash-url", "simak-juga", "simak-juga-no-colon", "lihat-juga"],
)
def test_related_links_are_kept_as_metadata(extract, line, label, title, url):
    """A "Baca Juga" line becomes a related link (title, and URL when given) and leaves the body."""
    article = extract(f"{BODY}\n{line}\n{SECOND}")
    assert [(r.label, r.title, r.url) for r in article.related] == [(label, title, url)]
    assert article.text == f"{BODY}\n\n{SECOND}"
    assert [(b.kind, b.text) for b in article.boilerplate] == [("related", line)]


def test_a_bare_label_line_goes_without_a_link(extract):
    """A lone "Baca juga" (its link was an image or a widget) is dropped and names no story."""
    article = extract(f"{BODY}\nBaca juga\n{SECOND}")
    assert article.related == []
    assert article.text == f"{BODY}\n\n{SECOND}"
    assert [b.kind for b in article.boilerplate] == ["related"]


# --- credits ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors", "editors"),
    [
        ("Editor: Budi Santoso", [], ["Budi Santoso"]),
        ("Penulis: Rina Kartika", ["Rina Kartika"], []),
        ("Reporter: Siti Aminah", ["Siti Aminah"], []),
        ("Pewarta: Dewi Lestari", ["Dewi Lestari"], []),
        ("Pewarta: Dewi Lestari dan Yoga Pratama", ["Dewi Lestari", "Yoga Pratama"], []),
        ("Reporter: Siti Aminah | Editor: Joko Prasetyo", ["Siti Aminah"], ["Joko Prasetyo"]),
        ("Redaktur & Reporter : Andi Wijaya", ["Andi Wijaya"], ["Andi Wijaya"]),
        ("(Editor: Fajar Nugraha)", [], ["Fajar Nugraha"]),
        ("Rep: Fauzan Hidayat / Red: Ani Nursalikah", ["Fauzan Hidayat"], ["Ani Nursalikah"]),
        ("(Tribunnews.com/Yuda Pratama)", ["Yuda Pratama"], []),
        ("Laporan Wartawan Tribunnews.com, Rahmat Hidayat", ["Rahmat Hidayat"], []),
        ("Dinda Larasati dan Hendra Saputra berkontribusi dalam penulisan artikel ini.",
         ["Dinda Larasati", "Hendra Saputra"], []),
    ],
    ids=["editor", "penulis", "reporter", "pewarta", "two-names", "two-credits-one-line", "joint-label", "in-brackets",
         "abbreviated-labels-and-a-slash", "outlet-and-writer-in-brackets", "tribun-byline", "tempo-contributors"],
)
def test_credit_lines_fill_authors_and_editors(extract, line, authors, editors):
    """Writers go to ``authors``, editors to ``editors``; a joint label credits the name to both."""
    article = extract(f"{BODY}\n{line}")
    assert (article.authors, article.editors) == (authors, editors)
    assert article.text == BODY
    assert [(b.kind, b.text) for b in article.boilerplate] == [("credit", line)]


def test_a_sentence_with_a_colon_is_not_a_credit(extract):
    """Prose that happens to start with a credit word keeps its place in the body."""
    line = "Penulis buku itu mengatakan: pemerintah harus segera membuka data penerima bantuan sosial."
    article = extract(f"{BODY}\n{line}")
    assert article.authors == []
    assert article.text == f"{BODY}\n\n{line}"


# --- agency codes -------------------------------------------------------------------------------

CLOSING = "Pedagang di Pasar Kramat Jati menyambut baik keputusan tersebut."


@pytest.mark.parametrize(
    ("last", "kept", "code"),
    [
        (f"{CLOSING} (ant)", CLOSING, "(ant)"),
        (f"{CLOSING} (flo/jpnn)", CLOSING, "(flo/jpnn)"),
        (f"{CLOSING} [ps/ii]", CLOSING, "[ps/ii]"),
        (f"{CLOSING[:-1]} (ant)", CLOSING[:-1], "(ant)"),
        ("Ia bertemu Sekretaris Jenderal Perserikatan Bangsa-Bangsa (PBB)",
         "Ia bertemu Sekretaris Jenderal Perserikatan Bangsa-Bangsa (PBB)", None),
        ("Ia bertemu Sekretaris Jenderal Perserikatan Bangsa-Bangsa (PBB).",
         "Ia bertemu Sekretaris Jenderal Perserikatan Bangsa-Bangsa (PBB).", None),
    ],
    ids=["ant", "two-codes", "square-brackets", "no-full-stop", "acronym-closing-sentence", "acronym-then-stop"],
)
def test_agency_code_closing_the_last_paragraph(extract, last, kept, code):
    """A lower-case agency code closing the story goes; an acronym inside the sentence stays."""
    article = extract(f"{BODY}\n{last}")
    assert article.text == f"{BODY}\n\n{kept}"
    assert [b.text for b in article.boilerplate if b.kind == "agency_code"] == ([code] if code else [])


def test_agency_code_on_a_line_of_its_own(extract):
    article = extract(f"{BODY}\n{CLOSING}\n(ant)")
    assert article.text == f"{BODY}\n\n{CLOSING}"
    assert [(b.kind, b.text) for b in article.boilerplate] == [("agency_code", "(ant)")]


def test_agency_code_is_only_cut_from_the_last_paragraph(extract):
    """A code-like bracket closing an earlier paragraph is not the agency's signature."""
    article = extract(f"{BODY} (ant)\n{CLOSING}")
    assert article.text == f"{BODY} (ant)\n\n{CLOSING}"


# --- syndication --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ('Artikel ini telah tayang di Kompas.com dengan judul "Harga Beras Naik Mulai Bulan Depan"', "Kompas.com"),
        ("Artikel ini sudah terbit di Tribunnews.com dengan judul Harga Beras Naik", "Tribunnews.com"),
        ("Artikel ini telah tayang di Kompas.com", "Kompas.com"),
    ],
    ids=["kompas-quoted-title", "tribun-bare-title", "no-title"],
)
def test_syndication_line_names_the_source(extract, line, outlet):
    """"Artikel ini telah tayang di X dengan judul …" records X as ``syndicated_from``."""
    article = extract(f"{BODY}\n{line}")
    assert article.syndicated_from == outlet
    assert article.text == BODY
    assert [(b.kind, b.text) for b in article.boilerplate] == [("syndication", line)]


# --- lines dropped whole ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("ADVERTISEMENT", "advertisement"),
        ("SCROLL TO CONTINUE WITH CONTENT", "advertisement"),
        ("Halaman 2", "page_marker"),
        ("Halaman 2 dari 3", "page_marker"),
        ("Halaman selanjutnya", "page_marker"),
        ("Warga antre membeli beras murah di Pasar Kramat Jati, Senin (21/10/2024). FOTO: Dok. Humas Pemprov DKI",
         "photo_credit"),
        ("Foto: ANTARA/Rizal Hakim", "photo_credit"),
        ("Ikuti berita terkini dari kami di Google News", "social"),
        ("(Tribunnews.com/TribunKaltara.com/Dimas Prakoso)", "credit"),
    ],
    ids=["advertisement", "scroll-to-continue", "halaman-2", "halaman-2-dari-3", "halaman-selanjutnya",
         "caption-with-credit", "credit-line", "google-news-prompt", "outlets-and-writer-in-brackets"],
)
def test_furniture_lines_are_dropped_with_their_kind(extract, line, kind):
    article = extract(f"{BODY}\n{line}\n{SECOND}")
    assert article.text == f"{BODY}\n\n{SECOND}"
    assert [(b.kind, b.text) for b in article.boilerplate] == [(kind, line)]


def test_every_caption_credit_holds_the_character_its_search_needs():
    """The cleaner searches a line for a caption credit only when it holds ``caption_credit_needs``: the
    caption pattern, as the data file writes it, must require that character in every match (a literal of
    its top-level sequence, outside any alternative or repeat)."""
    from re import _parser

    from peristiwa.langdata import load_yaml

    data = load_yaml("id/boilerplate.yaml")
    needed = data["caption_credit_needs"]
    top_level = list(_parser.parse(data["caption_credit"]))
    assert len(needed) == 1 and (_parser.LITERAL, ord(needed)) in top_level


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Kenaikan itu berlaku di seluruh provinsi (Foto: ANTARA/Rizal Hakim) setelah rapat koordinasi yang "
         "digelar bersama kepala daerah dari seluruh Indonesia pada pekan lalu.",
         "Kenaikan itu berlaku di seluruh provinsi setelah rapat koordinasi yang digelar bersama kepala daerah "
         "dari seluruh Indonesia pada pekan lalu."),
        pytest.param(
            "Kenaikan itu berlaku di seluruh provinsi (Foto: ANTARA/Rizal Hakim) setelah rapat koordinasi.",
            "Kenaikan itu berlaku di seluruh provinsi setelah rapat koordinasi.",
        ),
    ],
    ids=["long-sentence", "short-sentence"],
)
def test_inline_photo_credit_is_cut_and_the_sentence_kept(extract, line, kept):
    """A bracketed "(Foto: …)" inside a paragraph goes; the words around it stay."""
    article = extract(f"{BODY}\n{line}")
    assert article.text == f"{BODY}\n\n{kept}"
    assert [(b.kind, b.text) for b in article.boilerplate] == [("photo_credit", "(Foto: ANTARA/Rizal Hakim)")]


def test_repeated_headline_is_dropped(extract):
    """HTML extraction often repeats the title as the first line: it goes, recorded as ``title``."""
    article = extract(f"Harga Beras Naik Bulan Depan\n{BODY}", title="Harga Beras Naik Bulan Depan")
    assert article.text == BODY
    assert [b.kind for b in article.boilerplate] == ["title"]


# --- the whole article --------------------------------------------------------------------------

MESSY = f"""JAKARTA, KOMPAS.com - {BODY}
ADVERTISEMENT
SCROLL TO CONTINUE WITH CONTENT
Baca Juga: Harga Cabai Melonjak di Pasar Induk
{SECOND}
Warga antre membeli beras murah di Pasar Kramat Jati, Senin (21/10/2024). FOTO: Dok. Humas Pemprov DKI
Menurut dia, pemerintah daerah (Foto: ANTARA/Rizal Hakim) akan mengawasi harga di tingkat pengecer bersama \
satuan tugas pangan dan aparat kepolisian setempat.
Halaman 2
Halaman selanjutnya
Lihat juga: Operasi Pasar Digelar di Dua Puluh Kota
Menteri juga menyinggung kerja sama dengan Organisasi Pangan dan Pertanian (FAO) untuk cadangan pangan.
{CLOSING} (flo/jpnn)
Penulis: Rina Kartika
Editor: Budi Santoso
Artikel ini telah tayang di Kompas.com dengan judul "Harga Beras Naik Mulai Bulan Depan"
"""


@pytest.fixture
def messy(extract) -> Article:
    return extract(MESSY)


def test_whole_article_body(messy):
    assert messy.text.split("\n\n") == [
        BODY,
        SECOND,
        "Menurut dia, pemerintah daerah akan mengawasi harga di tingkat pengecer bersama satuan tugas pangan "
        "dan aparat kepolisian setempat.",
        "Menteri juga menyinggung kerja sama dengan Organisasi Pangan dan Pertanian (FAO) untuk cadangan pangan.",
        CLOSING,
    ]


def test_whole_article_metadata(messy):
    assert (messy.dateline.place, messy.dateline.outlet) == ("Jakarta", "KOMPAS.com")
    assert [r.title for r in messy.related] == ["Harga Cabai Melonjak di Pasar Induk",
                                                "Operasi Pasar Digelar di Dua Puluh Kota"]
    assert (messy.authors, messy.editors, messy.syndicated_from) == (["Rina Kartika"], ["Budi Santoso"], "Kompas.com")


def test_every_removal_is_recorded_with_its_kind(messy):
    kinds = sorted(b.kind for b in messy.boilerplate)
    assert kinds == sorted(["dateline", "advertisement", "advertisement", "related", "related", "photo_credit",
                            "photo_credit", "page_marker", "page_marker", "agency_code", "credit", "credit",
                            "syndication"])


def test_nothing_removed_remains_in_the_text(messy):
    for removed in messy.boilerplate:
        assert removed.text not in messy.text, removed


def test_paragraph_spans_index_the_text(messy):
    """``text[p.start:p.end]`` is each paragraph, in order, with only the blank-line joins between."""
    paragraphs = messy.text.split("\n\n")
    assert [messy.text[p.start : p.end] for p in messy.paragraphs] == paragraphs
    for before, after in pairwise(messy.paragraphs):
        assert messy.text[before.end : after.start] == "\n\n"


def test_clean_text_fills_a_bare_article():
    """``clean_text`` sets text, paragraphs and metadata on the article it is given, and returns it."""
    article = Article(id="uji")
    assert clean_text(f"Jakarta (ANTARA) - {BODY}\nPewarta: Dewi Lestari\n{SECOND} (ant)", article) is article
    assert article.text == f"{BODY}\n\n{SECOND}"
    assert [article.text[p.start : p.end] for p in article.paragraphs] == [BODY, SECOND]
    assert (article.dateline.place, article.authors) == ("Jakarta", ["Dewi Lestari"])


def test_characters_are_normalised_before_cleaning():
    """No-break spaces, zero-width characters and Windows line ends do not hide the furniture."""
    article = _clean(f"JAKARTA,\u00a0KOMPAS.com\u00a0- {BODY}\r\nBaca\u00a0Juga:\u200b Harga Cabai Naik\r\n{SECOND}")
    assert article.dateline is not None and article.dateline.place == "Jakarta"
    assert [r.title for r in article.related] == ["Harga Cabai Naik"]
    assert article.text == f"{BODY}\n\n{SECOND}"


def test_a_credit_label_in_odd_capitals_does_not_stop_the_article(extract):
    # "EDİTOR" (Turkish dotted capital I) lower-cases to a spelling the label table lacks.
    article = extract("Polisi menangkap dua tersangka di Medan pada Senin.\n\nEDİTOR: Rina Putri")
    assert "Polisi menangkap" in article.text
