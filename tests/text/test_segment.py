"""Tokens and sentences: Indonesian abbreviations, numbers, quotations and compounds survive.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (plus closing quotes or brackets) before a word
that can open one, never after a listed abbreviation or a capital initial, and never across a
paragraph. Tokens keep URLs, e-mail addresses, Indonesian numbers and hyphenated words whole.
"""

from __future__ import annotations

import pytest

from peristiwa.model import Article, Token
from peristiwa.text import segment as segment_module
from peristiwa.text.segment import (
    _STICKY_PUNCTUATION,
    _regex_tokens,
    _tokens_and_lists,
    indices_of,
    split_sentences,
    token_kinds,
    token_starts,
    token_words,
    tokenize,
)


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, 0, len(text))]


def tokens(text: str) -> list[str]:
    return [text[t.start : t.end] for t in tokenize(text)]


# --- abbreviations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Polisi menyita senjata api, amunisi, dll. dari rumah tersangka di Bogor.",
        "Bantuan berupa beras, minyak goreng, gula, dsb. disalurkan ke posko pengungsian.",
        "Kantor partai itu berada di Jl. Diponegoro No. 12, Menteng, Jakarta Pusat.",
        "Sumbangan dikirim ke rekening a.n. Yayasan Peduli Bencana di bank milik negara.",
        "Dr. Siti Rahmawati memimpin tim medis yang diterjunkan ke lokasi banjir.",
        "Acara itu dibuka oleh H. Ahmad Fauzi dan Hj. Aminah Lubis dari majelis taklim setempat.",
        "Kuasa hukumnya, Budi Santoso, S.H., M.Si., membantah semua tuduhan jaksa.",
        "Prof. Bambang Wijaya menilai kenaikan harga itu masih dalam batas wajar.",
        "Rapat itu dipimpin Ir. H. Darmawan Saleh, Kepala Dinas Pekerjaan Umum.",
        "Ia tinggal di Kec. Cibinong, Kab. Bogor, Prov. Jawa Barat.",
        pytest.param(
            "Kantor kementerian itu berada di Jl. Jend. Sudirman Kav. 52, Jakarta Selatan.",
        ),
    ],
    ids=["dll-lowercase", "dsb-lowercase", "jl-no", "a.n.", "dr", "h-hj", "degrees-sh-msi", "prof",
         "ir-h", "kec-kab-prov", "kav"],
)
def test_abbreviations_do_not_end_a_sentence(text):
    """A listed abbreviation keeps its full stop inside the sentence."""
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polisi menyita senjata api, amunisi, dll. Tersangka kini ditahan di Polres Bogor.",
         ["Polisi menyita senjata api, amunisi, dll.", "Tersangka kini ditahan di Polres Bogor."]),
        ("Bantuan berupa beras, minyak goreng, gula, dsb. Penyaluran dimulai Senin pagi.",
         ["Bantuan berupa beras, minyak goreng, gula, dsb.", "Penyaluran dimulai Senin pagi."]),
        ("Saham PT Aneka Tambang Tbk. Investor asing terus menjualnya.",
         ["Saham PT Aneka Tambang Tbk.", "Investor asing terus menjualnya."]),
    ],
    ids=["dll", "dsb", "tbk"],
)
def test_closing_abbreviation_before_a_capital_ends_the_sentence(text, expected):
    """An abbreviation marked ``*`` ("dll.") may close a list and its sentence: a capital after it opens the next."""
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "abbrev"),
    [
        ("Ia tinggal di Jl. Merdeka No. 5.", ["Jl.", "No."]),
        ("Transfer a.n. Budi Santoso, S.H., M.Si., ke rekening itu.", ["a.n.", "S.H.", "M.Si."]),
        ("Beras, gula, dll. dan minyak, dsb.", ["dll.", "dsb."]),
    ],
    ids=["address", "name-and-degrees", "lists"],
)
def test_abbreviations_are_tokens_with_their_full_stop(text, abbrev):
    found = [text[t.start : t.end] for t in tokenize(text) if t.kind == "abbrev"]
    assert found == abbrev


# --- numbers and dates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inflasi naik 1,5 persen. Pemerintah menyiapkan dana Rp 1.000.000 per keluarga.",
         ["Inflasi naik 1,5 persen.", "Pemerintah menyiapkan dana Rp 1.000.000 per keluarga."]),
        ("Sebanyak 1.250.000 warga menerima bantuan senilai 2,75 persen dari anggaran daerah.",
         ["Sebanyak 1.250.000 warga menerima bantuan senilai 2,75 persen dari anggaran daerah."]),
        ("Rapat yang digelar Senin (23/10/2023) menghasilkan tiga keputusan penting.",
         ["Rapat yang digelar Senin (23/10/2023) menghasilkan tiga keputusan penting."]),
        ("Rapat itu digelar Senin (23/10/2023). Hasilnya diumumkan sore harinya.",
         ["Rapat itu digelar Senin (23/10/2023).", "Hasilnya diumumkan sore harinya."]),
        ("Korban tewas mencapai 20. 15 di antaranya anak-anak.",
         ["Korban tewas mencapai 20.", "15 di antaranya anak-anak."]),
        ("Rombongan tiba pukul 10.00 WIB. Rapat langsung dimulai.",
         ["Rombongan tiba pukul 10.00 WIB.", "Rapat langsung dimulai."]),
    ],
    ids=["decimal-and-thousands", "no-split-inside-numbers", "date-in-brackets-mid-sentence",
         "date-in-brackets-at-the-end", "digit-opens-a-sentence", "clock-time"],
)
def test_numbers_and_dates_do_not_split_sentences(text, expected):
    """Separators inside "1,5", "1.000.000", "23/10/2023" and "10.00" are never sentence ends."""
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "number",
    ["1,5", "2,75", "1.000", "1.000.000", "1.250,75", "1990-an"],
    ids=["decimal", "two-decimals", "thousand", "million", "thousands-and-decimals", "decade"],
)
def test_numbers_are_one_token(number):
    text = f"Nilainya {number} menurut data terbaru."
    (tok,) = [t for t in tokenize(text) if t.kind == "number"]
    assert text[tok.start : tok.end] == number


# --- quotations ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Menteri itu menolak berkomentar. “Kami masih menunggu hasil penyelidikan,” katanya.",
         ["Menteri itu menolak berkomentar.", "“Kami masih menunggu hasil penyelidikan,” katanya."]),
        ('Menteri itu menolak berkomentar. "Kami masih menunggu hasil penyelidikan," katanya.',
         ["Menteri itu menolak berkomentar.", '"Kami masih menunggu hasil penyelidikan," katanya.']),
        ("“Kami tidak akan mundur,” kata Ketua DPR Puan Maharani. “Rakyat menunggu keputusan ini.”",
         ["“Kami tidak akan mundur,” kata Ketua DPR Puan Maharani.", "“Rakyat menunggu keputusan ini.”"]),
        ("Ia menegaskan, “Harga beras harus turun. Petani juga harus untung. Itu janji kami.”",
         ["Ia menegaskan, “Harga beras harus turun.", "Petani juga harus untung.", "Itu janji kami.”"]),
        ("“Mengapa harus sekarang?” tanya Budi. Tidak ada yang menjawab.",
         ["“Mengapa harus sekarang?” tanya Budi.", "Tidak ada yang menjawab."]),
        ('Ia berkata, "Kami menolak." Lalu ia meninggalkan ruangan.',
         ['Ia berkata, "Kami menolak."', "Lalu ia meninggalkan ruangan."]),
    ],
    ids=["curly-quote-opens", "straight-quote-opens", "quote-split-around-attribution",
         "multi-sentence-quotation", "question-then-lowercase-attribution", "closing-quote-stays-behind"],
)
def test_quotations(text, expected):
    """An opening quotation mark starts the next sentence; a closing one stays with its sentence."""
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dia bertanya, apa itu? Tidak ada yang menjawab!", ["Dia bertanya, apa itu?", "Tidak ada yang menjawab!"]),
        ("Ia terdiam… Kemudian ia pergi.", ["Ia terdiam…", "Kemudian ia pergi."]),
        ("Ia menang. (Sebelumnya ia kalah dua kali.) Lalu ia pulang.",
         ["Ia menang.", "(Sebelumnya ia kalah dua kali.)", "Lalu ia pulang."]),
        ("Hal ini menjadi sorotan publik. Banyak hal. Dia pergi.",
         ["Hal ini menjadi sorotan publik.", "Banyak hal.", "Dia pergi."]),
    ],
    ids=["question-and-exclamation", "ellipsis", "bracketed-sentence", "lowercase-hal-is-a-word"],
)
def test_other_sentence_ends(text, expected):
    assert sentences(text) == expected


# --- tokens -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "word",
    ["Jong-un", "COVID-19", "AS-Korsel", "ke-3", "negara-negara", "Jum'at", "Jum’at"],
    ids=["korean-name", "covid-19", "country-pair", "ordinal", "reduplication", "jumat-apostrophe",
         "jumat-curly-apostrophe"],
)
def test_hyphenated_and_apostrophe_words_are_one_token(word):
    """Inner hyphens and apostrophes do not split a word (spaCy's blank Indonesian tokenizer does)."""
    text = f"Kata {word} ditulis di sini."
    assert tokens(text) == ["Kata", word, "ditulis", "di", "sini", "."]


@pytest.mark.parametrize(
    ("text", "whole", "kind"),
    [
        ("Tanggapan dikirim ke redaksi@contoh.co.id sebelum Jumat.", "redaksi@contoh.co.id", "email"),
        ("Laporan lengkap ada di https://www.contoh.co.id/berita/2023/10/23/gempa-cianjur.html. Silakan dibaca.",
         "https://www.contoh.co.id/berita/2023/10/23/gempa-cianjur.html", "url"),
        ("Data terbuka di www.data.contoh.id, kata dia.", "www.data.contoh.id", "url"),
    ],
    ids=["email", "url-before-full-stop", "www-before-comma"],
)
def test_urls_and_emails_are_whole(text, whole, kind):
    """Addresses stay one token; a full stop or comma after them is punctuation."""
    found = [text[t.start : t.end] for t in tokenize(text) if t.kind == kind]
    assert found == [whole]


# Pieces of chunks: words (an abbreviation's, a URL's opening), numbers, digits of another script, letters
# that are no ASCII, joiners, punctuation and white space of several kinds.
CHUNK_PIECES = ["kata", "Jl", "dll", "S", "www", "http", "https", "Rp", "2023", "1", "٣", "²", "é", "ª", "_",
                "-an", "-", "’", "'", "://", ".", ",", "“", "”", "(", ")", "…", "%", "/", "$", "·", "U.S", "x.y",
                " ", " ", "\n", "\xa0", "\t"]


def regex_tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """What ``tokenize`` gives text without "@": ``_fast_token_pattern``, one match per token."""
    made: tuple[list[Token], list[str], list[int], list[str]] = ([], [], [], [])
    _regex_tokens(text, start, len(text) if end is None else end, made)
    return made[0]


def test_tokens_cut_by_string_methods_are_those_of_the_pattern():
    """``tokenize`` cuts most chunks with string methods: on chunks of every shape it agrees with the pattern."""
    pieces = CHUNK_PIECES
    cores = ["kata", "Jl", "S", "www", "2023", "٣"]
    texts = [a + b for a in pieces for b in pieces] + [a + b + c for a in pieces for b in cores for c in pieces]
    texts += ["www.((", "(https://%%)", "lihat http://$$, dan www.··."]  # URLs of punctuation alone
    texts += ["".join(pieces[(i * k) % len(pieces)] for k in range(1, 9)) for i in range(len(pieces) * 40)]
    for text in texts:
        assert tokenize(text) == regex_tokens(text), text
        assert tokenize(text, 1, len(text) - 1) == regex_tokens(text, 1, len(text) - 1), text
    assert tokenize(ARTICLE) == regex_tokens(ARTICLE)


def lists_of_the_tokens(text: str, tokens: list[Token]) -> tuple[list[str], list[int], list[str]]:
    return [text[t.start : t.end] for t in tokens], [t.start for t in tokens], [t.kind for t in tokens]


@pytest.mark.parametrize("text", [
    "“Kami menolak,” kata Jubir Kemlu, Rabu (4/6). Nilai ekspor Rp1,5 triliun (naik 3%) ke AS dll.",
    "Lihat www.contoh.id/berita, atau http://contoh.id. Jl. Merdeka No. 5, ٣ kali; é² _x_ ...!!",
    "Dua  spasi\ndan baris\tbaru: S.H., M.Si., Ph.D. (2023-2024) — “selesai”.",
])
def test_the_tokenizer_makes_the_words_starts_and_kinds_of_its_tokens(text):
    """The lists that ``token_words`` and the like give are made with the tokens: the same as read from them."""
    tokens, lists = _tokens_and_lists(text, 0, len(text))
    assert lists is not None and lists.tokens is tokens and lists.size == len(tokens)
    assert (lists.words, lists.starts, lists.kinds) == lists_of_the_tokens(text, tokens)


def test_pieces_of_every_shape_get_the_lists_of_their_tokens():
    pieces = CHUNK_PIECES
    for text in ["".join(pieces[(i * k) % len(pieces)] for k in range(1, 9)) for i in range(len(pieces) * 10)]:
        tokens, lists = _tokens_and_lists(text, 0, len(text))
        assert (lists.words, lists.starts, lists.kinds) == lists_of_the_tokens(text, tokens), text


def test_the_segment_stage_hands_its_lists_to_the_later_stages():
    article = segment_module.segment(Article(id="a", text=ARTICLE))
    made = segment_module._last_lists  # made by the tokenizer, before any stage asks
    assert made.tokens is article.tokens and None not in (made.words, made.starts, made.kinds)
    assert token_words(article.text, article.tokens) is made.words
    assert token_starts(article.text, article.tokens) is made.starts
    assert token_kinds(article.text, article.tokens) is made.kinds
    assert (made.words, made.starts, made.kinds) == lists_of_the_tokens(article.text, article.tokens)


def test_a_text_with_an_address_is_read_by_the_reference_tokenizer_and_its_lists_later():
    text = "Kirim ke redaksi@contoh.id sebelum Senin."
    tokens, lists = _tokens_and_lists(text, 0, len(text))
    assert lists is None and tokens == tokenize(text)
    assert token_words(text, tokens) == lists_of_the_tokens(text, tokens)[0]


def test_sticky_punctuation_is_no_word_character_nor_white_space():
    assert not any(c.isalnum() or c == "_" or c.isspace() for c in _STICKY_PUNCTUATION)


def test_url_does_not_split_a_sentence():
    text = "Laporan lengkap ada di https://www.contoh.co.id/berita/gempa.html yang diunggah Senin. Silakan dibaca."
    assert sentences(text) == ["Laporan lengkap ada di https://www.contoh.co.id/berita/gempa.html yang diunggah "
                               "Senin.", "Silakan dibaca."]


def test_token_kinds():
    text = "Pada 2023, Kim Jong-un (lihat www.contoh.id) bertemu Dr. Lee: 1,5 %"
    assert [(text[t.start : t.end], t.kind) for t in tokenize(text)] == [
        ("Pada", "word"), ("2023", "number"), (",", "punct"), ("Kim", "word"), ("Jong-un", "word"),
        ("(", "punct"), ("lihat", "word"), ("www.contoh.id", "url"), (")", "punct"), ("bertemu", "word"),
        ("Dr.", "abbrev"), ("Lee", "word"), (":", "punct"), ("1,5", "number"), ("%", "punct"),
    ]


# --- offsets through the pipeline ---------------------------------------------------------------

ARTICLE = """Presiden tiba di Bandara Soekarno-Hatta pukul 10.00 WIB tanpa memberi keterangan

“Kami akan bekerja keras,” katanya. Ia didampingi Dr. Siti Rahmawati, M.Si., dan Prof. Bambang Wijaya.

Kunjungan itu berlangsung Senin (23/10/2023). Bantuan senilai Rp 1,5 miliar diserahkan. Selanjutnya, dll.
"""


def test_sentence_offsets_point_into_the_text_and_stay_in_their_paragraph(extract):
    article = extract(ARTICLE)
    assert [article.text[s.start : s.end] for s in article.sentences] == [
        "Presiden tiba di Bandara Soekarno-Hatta pukul 10.00 WIB tanpa memberi keterangan",
        "“Kami akan bekerja keras,” katanya.",
        "Ia didampingi Dr. Siti Rahmawati, M.Si., dan Prof. Bambang Wijaya.",
        "Kunjungan itu berlangsung Senin (23/10/2023).",
        "Bantuan senilai Rp 1,5 miliar diserahkan.",
        "Selanjutnya, dll.",
    ]
    assert [s.paragraph for s in article.sentences] == [0, 1, 1, 2, 2, 2]
    for s in article.sentences:
        para = article.paragraphs[s.paragraph]
        assert para.start <= s.start < s.end <= para.end


def test_a_paragraph_without_a_full_stop_still_ends_its_sentence(extract):
    """Sentences never cross a paragraph, even when the first one lacks final punctuation."""
    article = extract("Gempa Guncang Cianjur\nWarga berhamburan keluar rumah.")
    assert [article.text[s.start : s.end] for s in article.sentences] == [
        "Gempa Guncang Cianjur", "Warga berhamburan keluar rumah."]


def test_tokens_cover_the_text_in_order(extract):
    """Tokens are in order, do not overlap, and between them lies only white space."""
    article = extract(ARTICLE)
    text = article.text
    position = 0
    for tok in article.tokens:
        assert tok.start >= position and tok.end > tok.start
        assert text[position : tok.start].strip() == ""
        position = tok.end
    assert text[position:].strip() == ""


def test_token_words_and_starts_are_those_of_the_tokens_and_follow_a_changed_list():
    text = "Presiden Joko Widodo tiba di Jakarta."
    tokens = tokenize(text)
    words = token_words(text, tokens)
    assert words == [text[t.start : t.end] for t in tokens]
    assert token_words(text, tokens) is words  # the same list of the same text: worked out once
    tokens.append(Token(0, 8, "word"))  # a list that grew is read again
    assert token_words(text, tokens)[-1] == "Presiden"
    assert token_starts(text, tokens) == [t.start for t in tokens]
    other = "Menteri tiba."
    assert token_words(other, tokenize(other)) == ["Menteri", "tiba", "."]
    assert token_starts(other, tokenize(other)) == [0, 8, 12]


def test_indices_of_finds_every_place_of_an_item():
    assert indices_of(["(", "a", "(", "b"], "(") == [0, 2]
    assert indices_of(["a", "b"], "(") == []
    assert indices_of([], "(") == []


def test_token_kinds_are_those_of_the_tokens_and_worked_out_once():
    text = "Presiden tiba 3 kali."
    tokens = tokenize(text)
    kinds = token_kinds(text, tokens)
    assert kinds == [t.kind for t in tokens] == ["word", "word", "number", "word", "punct"]
    assert token_kinds(text, tokens) is kinds
