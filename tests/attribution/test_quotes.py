"""Direct quotes and their speakers.

Every case runs the whole pipeline (``extract``) and reads the quotes in quotation marks
(``article.quotes`` less indirect speech, which ``test_chains.py`` covers). The rules:

* each typographic form opens and closes a quote: “…”, "…", ‘…’, '…' and «…»; an apostrophe inside a word
  (Jum'at) is never a quotation mark;
* the speaker comes after the quote (“…,” kata Yoo), before it (Lavrov mengatakan, “…”; Kata Yoo, “…”), or
  from a speech verb earlier in the sentence for a quoted phrase inside indirect speech;
* a pronoun speaker (katanya, ujarnya, kata dia, kata beliau) is the person who last spoke, else the last
  person named;
* a quote split around its attribution is two quotes of one speaker; a quote opened in one paragraph and
  closed in the next is one quote; a quote paragraph with no attribution continues the previous speaker;
* an anonymous speaker leaves ``speaker`` empty and keeps the description;
* a short phrase in scare quotes is a term (``direct=False``), not speech;
* a quote's span runs from its opening mark to its closing mark.

The speaker is the article's entity: ``speaker`` is its name and ``speaker_id`` its id. All names of people
who are not in the dictionary are invented.
"""

from __future__ import annotations

import pytest

from peristiwa.model import Article, Entity, Quote


def _marked(article):
    """Quotes in quotation marks: the article's quotes less indirect speech."""
    return [q for q in article.quotes if q.kind != "indirect"]

OPENING = "“\"‘'«"
CLOSING = "”\"’'»"

YOO = "Yoo Sang-bum, anggota parlemen Korea Selatan, berbicara di Seoul pada Selasa.\n\n"
LAVROV = "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Beijing pada Senin malam.\n\n"
SAYING = "Kami tidak akan mundur dari tuntutan ini"


def _person(article: Article, name: str) -> Entity:
    found = [e for e in article.entities if e.type == "PERSON" and e.name == name]
    assert len(found) == 1, [(e.type, e.name) for e in article.entities]
    return found[0]


def _only(article: Article) -> Quote:
    assert len(_marked(article)) == 1, [(q.text, q.speaker) for q in _marked(article)]
    return _marked(article)[0]


def _spoken_by(quote: Quote, person: Entity) -> None:
    assert (quote.speaker, quote.speaker_id) == (person.name, person.id), (quote.text, quote.speaker)


def _check_span(article: Article, quote: Quote) -> None:
    span = article.text[quote.start : quote.end]
    assert span[0] in OPENING and span[-1] in CLOSING, span
    assert quote.text in span


# --- the forms of a quotation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        f"“{SAYING},” kata Yoo.",
        f"\"{SAYING},\" kata Yoo.",
        f"\"{SAYING}\", kata Yoo.",
        f"‘{SAYING},’ kata Yoo.",
        f"'{SAYING},' kata Yoo usai salat Jum'at.",
        f"Usai salat Jum'at, '{SAYING.lower()},' kata Yoo.",
        f"«{SAYING},» kata Yoo.",
    ],
    ids=["curly-double", "straight-double", "straight-double-comma-outside", "curly-single", "straight-single",
         "straight-single-apostrophe-before", "guillemets"],
)
def test_each_typographic_form_is_a_quote(read, paragraph):
    """Curly and straight double and single quotes and guillemets all mark a quote; the apostrophe of "Jum'at"
    elsewhere in the sentence is not a mark and does not end or open one."""
    article = read(YOO + paragraph)
    quote = _only(article)
    assert quote.text.rstrip(",").lower() == SAYING.lower()
    assert (quote.direct, quote.kind) == (True, "quote")
    _spoken_by(quote, _person(article, "Yoo Sang-bum"))
    _check_span(article, quote)


@pytest.mark.parametrize(
    "saying",
    ["Kami akan kembali berdemo setelah salat Jum'at pekan depan,", "Jum'at depan kami datang lagi ke gedung ini,"],
    ids=["inside", "first-word"],
)
def test_apostrophe_inside_a_straight_single_quote(read, saying):
    """An apostrophe inside a word within a '…' quote (even its first word) neither closes nor opens a quote."""
    article = read(YOO + f"'{saying}' kata Yoo.")
    quote = _only(article)
    assert quote.text == saying
    _check_span(article, quote)


def test_nested_quote_stays_inside(read):
    """A ‘…’ inside a “…” is part of the outer quote, not a quote of its own."""
    article = read(YOO + "“Kami menolak apa yang mereka sebut ‘penyesuaian tarif’ itu,” kata Yoo.")
    quote = _only(article)
    assert "‘penyesuaian tarif’" in quote.text


# --- the speaker after the quote ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "verb", ["kata", "ujar", "tutur", "ucap", "jelas", "tegas", "ungkap", "imbuh", "tambah", "lanjut", "sebut",
             "papar"],
)
def test_speech_verb_then_speaker(read, verb):
    """“…,” VERB Yoo: the name after the speech verb is the speaker (a short name resolves to the full one)."""
    article = read(YOO + f"“{SAYING},” {verb} Yoo.")
    _spoken_by(_only(article), _person(article, "Yoo Sang-bum"))


@pytest.mark.parametrize(
    "paragraph",
    [
        f"“{SAYING},” Yoo menambahkan.",
        f"“{SAYING},” ucap Yoo kepada wartawan di Seoul.",
        f"“{SAYING},” kata Yoo, yang memimpin aksi itu.",
        f"“{SAYING}?” tanya Yoo.",
    ],
    ids=["name-then-verb", "stop-word-kepada", "relative-clause", "question"],
)
def test_speaker_phrase_after_the_quote_ends_at_the_name(read, paragraph):
    """“…,” Yoo menambahkan / ucap Yoo kepada wartawan … / kata Yoo, yang …: the speaker is the name only."""
    article = read(YOO + paragraph)
    _spoken_by(_only(article), _person(article, "Yoo Sang-bum"))


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Densus 88 menangkap pria berinisial AH. “Kami tidak percaya dia terlibat,” kata kakak AH, Siti.", "Siti"),
        ("“Klien kami tidak bersalah,” ujar kuasa hukum Hendra, Rudi Santoso, kepada wartawan.", "Rudi Santoso"),
        ("“Tidak ada perlakuan istimewa,” kata Ketua KPPU M. Fanshurullah Asa usai persidangan.",
         "M. Fanshurullah Asa"),
        ("“Keputusan sepihak ini merugikan rantai pasok global,” kata juru bicara Kementerian Investasi, "
         "Perdagangan dan Industri (MITI) Malaysia, Nurul Huda Kamal, di Kuala Lumpur.", "Nurul Huda Kamal"),
        ("“Kami tidak datang untuk berbasa-basi,” kata Perdana Menteri sekaligus Menteri Luar Negeri Qatar, Sheikh "
         "Mohammed bin Abdulrahman Al Thani, dalam konferensi pers.", "Mohammed bin Abdulrahman Al Thani"),
    ],
    ids=["a-relative-then-the-name", "counsel-then-the-name", "a-name-with-an-initial",
         "a-role-with-commas-inside-then-the-name", "a-role-then-an-honorific-and-the-name"],
)
def test_the_speaker_after_a_role_of_someone_else_or_with_an_initial(read, paragraph, speaker):
    """"kata kakak AH, Siti": the relative set after the comma speaks (``relation_words``), not the suspect named in
    the role; an initial ("M.") is part of the name after it, not the end of the attribution. A role with commas of
    its own, or an honorific before the name, still leads to the person after it."""
    assert [q.speaker for q in read(paragraph).quotes] == [speaker]


def test_speaker_with_title_and_place(read):
    """“…,” ujar Kapolda Jawa Barat Irjen Budi Hartono di Bandung: the person, not the province or the city."""
    article = read("“Semua personel harus siaga selama libur panjang,” ujar Kapolda Jawa Barat Irjen Budi Hartono "
                   "di Bandung.")
    _spoken_by(_only(article), _person(article, "Budi Hartono"))


def test_organisation_as_speaker(read):
    """An organisation can speak: “…,” kata Kementerian … dalam keterangan tertulis."""
    article = read("“Kapal-kapal itu kami tahan untuk pemeriksaan lebih lanjut,” kata Kementerian Kelautan dan "
                   "Perikanan dalam keterangan tertulis.")
    quote = _only(article)
    assert (quote.speaker, quote.speaker_id) == ("Kementerian Kelautan dan Perikanan", "kkp")


def test_a_shout_after_the_quote_names_its_speaker(read):
    """"…,” teriak koordinator aksi, Warsono": the one shouting, not the person named before the quote."""
    article = read("Ketua Umum Serikat Petani Indonesia Henry Saragih hadir dalam aksi itu. “Pemerintah janji serap "
                   "gabah petani, tapi di lapangan tidak ada,” teriak koordinator aksi, Sutarman, dari atas mobil "
                   "komando.")
    assert _only(article).speaker == "Sutarman"


@pytest.mark.parametrize("verb", ["katanya", "ujarnya", "tegasnya", "kata dia", "kata beliau"],
                         ids=["katanya", "ujarnya", "tegasnya", "kata-dia", "kata-beliau"])
def test_pronoun_speaker_is_the_person_named_before(read, verb):
    """“…,” katanya / ujarnya / kata dia: the pronoun is the person named before the quote."""
    article = read(YOO + f"“{SAYING},” {verb}.")
    quote = _only(article)
    _spoken_by(quote, _person(article, "Yoo Sang-bum"))
    assert quote.speaker_description is None


def test_pronoun_after_the_quote_is_the_subject_speaking_earlier_in_its_sentence(read):
    """"Lavrov mengatakan bahwa …, “…,” katanya": the "-nya" is Lavrov, not the last person quoted before."""
    article = read(
        YOO + f"“{SAYING},” kata Yoo.\n\n"
        "Pada Rabu, Menteri Luar Negeri Rusia Sergei Lavrov mengatakan bahwa Moskow tidak punya batas waktu, "
        "“Kalau perlu dua tahun atau lima bulan, tidak masalah,” katanya."
    )
    last = [q for q in article.quotes if q.direct][-1]
    _spoken_by(last, _person(article, "Sergey Lavrov"))


def test_pronoun_speaker_is_the_last_person_who_spoke(read):
    """A person named after the last speaker who did not speak is not the "-nya" of the next quote."""
    article = read(
        "“Kami tidak akan mundur dari tuntutan ini,” kata Yoo Sang-bum, anggota parlemen Korea Selatan. Rapat itu "
        "juga dihadiri Park Min-jae dari partai oposisi.\n\n"
        "“Kami sudah menunggu jawaban pemerintah terlalu lama,” katanya."
    )
    _person(article, "Park Min-jae")
    yoo = _person(article, "Yoo Sang-bum")
    assert len(_marked(article)) == 2
    for quote in _marked(article):
        _spoken_by(quote, yoo)


def test_a_posting_inside_the_speakers_title_is_part_of_it(read):
    """"kata Konsul Jenderal RI di Hong Kong Dewi Kartikasari": the posting is part of the title; the consul speaks
    (for Indonesia), not the country her title opens with."""
    article = read("“Kami sudah menemui mereka di pusat penahanan,” kata Konsul Jenderal RI di Hong Kong Ratna "
                   "Widyastuti kepada wartawan, Selasa.")
    quote = _only(article)
    assert quote.speaker == "Ratna Widyastuti"
    assert _person(article, "Ratna Widyastuti").country == "IDN"


@pytest.mark.parametrize(("second", "speaker"), [
    pytest.param("Sementara itu, Wakil Tetap Brasil untuk PBB Sergio Danese menyayangkan veto tersebut.",
                 "Sergio Danese", id="a-subject-named-since"),
    pytest.param("Menurut Danese, Brasil akan membawa isu itu ke Majelis Umum.", "Danese", id="menurut"),
    pytest.param("Pertemuan itu juga dihadiri Sergio Danese dari Brasil.", "Yoo Sang-bum", id="no-subject"),
])
def test_pronoun_speaker_is_a_subject_named_since_the_last_speaker(read, second, speaker):
    """After Yoo spoke, a person the paragraph names since as a sentence's subject (or after "Menurut") is the
    "-nya" of the next quote; one named after a verb ("dihadiri Sergio Danese") is not."""
    article = read("“Dewan ini bersikap berat sebelah,” kata anggota parlemen Korea Selatan Yoo Sang-bum. " + second
                   + " “Sekali lagi, harapan rakyat pupus di ruangan ini,” katanya.")
    quote = [q for q in article.quotes if q.direct][-1]
    assert speaker in (quote.speaker or ""), quote


@pytest.mark.parametrize("gap", [" ", "\n\n"], ids=["same-paragraph", "next-paragraph"])
def test_pronoun_speaker_in_the_sentence_after_the_naming(read, gap):
    """"Menteri Keuangan Sri Mulyani hadir. “…,” ujarnya.": the minister named in the sentence before."""
    article = read(f"Menteri Keuangan Sri Mulyani hadir dalam rapat itu.{gap}“Defisit anggaran tetap terkendali di "
                   "bawah tiga persen,” ujarnya.")
    quote = _only(article)
    assert quote.speaker_id == "sri-mulyani-indrawati"
    assert quote.kind == "quote"


NAMED_BEFORE = {
    "the counsel set off after the client's name": (
        "KPK menahan Bupati Rusdi Hamzah. Sementara itu, kuasa hukum Rusdi Hamzah, Ahmad Fauzi, membantah kliennya "
        "menerima uang dari kontraktor.", "Ahmad Fauzi"),
    "the counsel after a bare word for counsel": (
        "Polisi menahan Hartono Lim. Pengacara Hartono Lim, Sri Wahyuni, mengatakan kliennya akan melawan.",
        "Sri Wahyuni"),
    "the subject, not whom the subject met": (
        "Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Malaysia Mohamad Hasan di Kuala Lumpur. "
        "Pertemuan itu membahas perlindungan pekerja migran.", "Sugiono"),
    "the source after 'menurut', not whom it names": (
        "Menurut penyidik Wisnu Hadiprasetyo, Bupati Arifin Dunggio diduga menerima suap dari rekanan.",
        "Wisnu Hadiprasetyo"),
    "guard-an apposition, not the possessor in the title before it": (
        "Juru bicara Presiden Prabowo Subianto, Prasetyo Hadi, tampil dalam wawancara televisi pada Minggu.",
        "Prasetyo Hadi"),
}


@pytest.mark.parametrize(("before", "speaker"), NAMED_BEFORE.values(), ids=NAMED_BEFORE.keys())
def test_pronoun_speaker_after_sentences_without_a_speech_verb(read, before, speaker):
    """No one spoke before the quote: the "-nya" is the person the last sentence naming people is about."""
    article = read(f"{before}\n\n“Kami sepakat kerja sama ini harus berlanjut tahun depan,” tegasnya.")
    _spoken_by(_only(article), _person(article, speaker))


# --- the speaker before the quote --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (LAVROV + "Lavrov mengatakan, “Moskow siap berunding tanpa syarat apa pun.”", "Sergey Lavrov"),
        (LAVROV + "Lavrov mengatakan: “Moskow siap berunding tanpa syarat apa pun.”", "Sergey Lavrov"),
        (YOO + f"Yoo menegaskan: \"{SAYING}.\"", "Yoo Sang-bum"),
        (YOO + f"Kata Yoo, “{SAYING}.”", "Yoo Sang-bum"),
        (YOO + "Menurut Yoo, “pemerintah belum membaca laporan kami sama sekali.”", "Yoo Sang-bum"),
        (YOO + "Rapat tetap digelar, kata Yoo, namun “pemerintah belum membaca laporan kami sama sekali.”",
         "Yoo Sang-bum"),
    ],
    ids=["mengatakan-comma", "mengatakan-colon", "menegaskan-straight", "kata-before", "menurut-before",
         "kata-then-namun"],
)
def test_speaker_before_the_quote(read, text, name):
    """"Lavrov mengatakan, “…”", "Kata Yoo, “…”", "Menurut Yoo, “…”": the speaker introduces the quote."""
    article = read(text)
    quote = _only(article)
    _spoken_by(quote, _person(article, name))
    assert (quote.direct, quote.kind) == (True, "quote")


def test_a_quote_ending_the_sentence_is_the_speaker_before_its_not_the_next_sentences_subject(read):
    """'Juru bicara UE Anitta Hipper menyebut klaim itu "…". UE juga mendesak …': the quote closes a sentence whose
    speaker is named before it; the subject of the next sentence does not speak it."""
    article = read('Uni Eropa (UE) menepis tuduhan tersebut. Juru bicara UE Anitta Hipper menyebut klaim itu "tidak '
                   'berdasar dan tidak dapat diterima sama sekali". UE juga mendesak pemerintah Georgia menahan diri.')
    quote = next(q for q in article.quotes if q.direct)
    assert quote.speaker == "Anitta Hipper", quote


def test_a_person_after_a_long_title_speaks_and_an_object_named_before_the_verb_does_not(read):
    """"Panglima militer sekaligus Ketua Dewan Kedaulatan Sudan Abdel Fattah al-Burhan bersumpah akan “…”": the
    name after a title of many words is the subject; "Menteri justru mengulas dua pertemuan antara Prabowo
    Subianto dan Anwar Ibrahim … dan menambahkan: “…”" names Prabowo as an object, so the minister speaks (named
    before)."""
    article = read("Panglima militer sekaligus Ketua Dewan Kedaulatan Sudan Abdel Fattah al-Burhan bersumpah akan "
                   "“membersihkan Kordofan dari milisi pemberontak” dalam waktu dekat.")
    assert _only(article).speaker == "Abdel Fattah al-Burhan"
    article = read("Menteri Luar Negeri Jepang Takeshi Iwaya berkunjung ke Jakarta. Menteri justru mengulas dua "
                   "pertemuan antara Prabowo Subianto dan Anwar Ibrahim sepanjang tahun ini dan menambahkan: “Kerja "
                   "sama kedua negara akan terus tumbuh tahun depan.”")
    assert _only(article).speaker == "Takeshi Iwaya"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Juru bicara Kremlin Dmitry Peskov berbicara kepada wartawan di Moskow. Menurutnya, pertemuan puncak hanya "
     "mungkin jika “semua detail perjanjian damai telah disepakati di tingkat teknis”.", "Dmitry Peskov"),
    ("Menurut Yoo Sang-bum, Pyongyang akan terus mengirim amunisi selama “permintaan dari Moskow terus datang "
     "setiap bulan”.", "Yoo Sang-bum"),
], ids=["menurutnya", "menurut-a-name"])
def test_the_source_a_sentence_opens_with_says_the_quoted_words_inside_it(read, text, speaker):
    """"Menurutnya, … jika “…”", "Menurut Yoo, … “…”": the quoted words inside the clause are the source's."""
    assert _only(read(text)).speaker == speaker


def test_a_name_and_a_colon_before_a_quotation_is_its_speaker(read):
    """"Sarmuji: “Tidak ada munaslub. …”": a paragraph that opens with a name and a colon quotes that person."""
    article = read("Sekretaris Jenderal Partai Golkar Muhammad Sarmuji menolak tuntutan tersebut.\n\nSarmuji: “Tidak "
                   "ada munaslub. Ketua umum sah sampai akhir periode.”")
    assert _only(article).speaker == "Muhammad Sarmuji"


def test_counsel_named_after_the_clients_name_speaks(read):
    """"Kuasa hukum Rusdi Hamzah, Ahmad Fauzi, mengatakan: “…”": the client's name belongs to the lawyer's title."""
    article = read("Kuasa hukum Rusdi Hamzah, Ahmad Fauzi, mengatakan: “Klien kami tidak pernah meminta fee kepada "
                   "siapa pun.”")
    assert _only(article).speaker == "Ahmad Fauzi"


def test_quoted_phrase_in_indirect_speech(read):
    """"Lavrov mengatakan bahwa “…” …": a quoted phrase inside reported speech is the subject's."""
    article = read(LAVROV + "Lavrov mengatakan bahwa “pintu dialog masih terbuka lebar” bagi semua pihak.")
    quote = _only(article)
    assert quote.text == "pintu dialog masih terbuka lebar"
    assert quote.speaker_id == "sergey-lavrov"
    assert quote.direct is True


# --- quotes across sentences and paragraphs ----------------------------------------------------------


def test_quote_split_around_its_attribution(read):
    """“…,” kata Yoo. “…”: two quotes, both Yoo's."""
    article = read(YOO + "“Kami tidak akan mundur,” kata Yoo. “Tuntutan ini menyangkut nasib ribuan nelayan.”")
    yoo = _person(article, "Yoo Sang-bum")
    assert [q.text for q in _marked(article)] == ["Kami tidak akan mundur,",
                                                "Tuntutan ini menyangkut nasib ribuan nelayan."]
    for quote in _marked(article):
        _spoken_by(quote, yoo)
        assert quote.direct


def test_quote_opened_in_one_paragraph_and_closed_in_the_next(read):
    """A quote whose closing mark is in the next paragraph is one quote spanning both."""
    article = read(YOO + "“Kami tidak akan mundur dari tuntutan ini. Kami sudah menunggu terlalu lama.\n\n"
                         "Tuntutan ini menyangkut nasib ribuan nelayan di pesisir timur,” kata Yoo.")
    quote = _only(article)
    assert quote.text.startswith("Kami tidak akan mundur")
    assert quote.text.endswith("di pesisir timur,")
    assert len(article.paragraphs) == 3
    assert article.paragraphs[1].start <= quote.start < article.paragraphs[1].end
    assert article.paragraphs[2].start < quote.end <= article.paragraphs[2].end
    _spoken_by(quote, _person(article, "Yoo Sang-bum"))
    _check_span(article, quote)


def test_quote_paragraph_without_attribution_continues_the_speaker(read):
    """A quote paragraph with no speaker of its own, right after a speaker's quote, is that speaker's
    (kind "continued")."""
    article = read(YOO + f"“{SAYING},” kata Yoo.\n\n“Tuntutan ini menyangkut nasib ribuan nelayan di pesisir timur.”")
    yoo = _person(article, "Yoo Sang-bum")
    first, second = _marked(article)
    assert first.kind == "quote"
    assert second.kind == "continued"
    _spoken_by(first, yoo)
    _spoken_by(second, yoo)


def test_quote_far_from_any_speaker_is_not_continued(read):
    """With paragraphs of narrative in between, a bare quote paragraph does not inherit the old speaker."""
    article = read(YOO + f"“{SAYING},” kata Yoo.\n\nRapat ditutup menjelang sore tanpa kesepakatan.\n\n"
                         "Polisi berjaga hingga malam di depan gedung parlemen.\n\n"
                         "“Tuntutan ini menyangkut nasib ribuan nelayan di pesisir timur.”")
    last = _marked(article)[-1]
    assert last.kind == "quote"
    assert last.speaker is None


# --- who is not named ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("attribution", "description"),
    [
        ("kata seorang pejabat yang enggan disebutkan namanya", "seorang pejabat"),
        ("ujar seorang petugas pemadam di lokasi", "seorang petugas pemadam"),
        ("kata seorang pejabat Amerika Serikat yang enggan disebutkan namanya", "seorang pejabat Amerika Serikat"),
    ],
    ids=["official", "firefighter", "an-official-of-a-country-named"],
)
def test_anonymous_speaker_keeps_the_description(read, attribution, description):
    """A speaker the article does not name: no speaker, no id, and the description as written."""
    article = read(f"Gudang logistik itu terbakar pada Minggu dini hari.\n\n"
                   f"“Api berasal dari ruang genset di bagian belakang,” {attribution}.")
    quote = _only(article)
    assert quote.speaker is None
    assert quote.speaker_id is None
    assert quote.speaker_description is not None
    assert quote.speaker_description.startswith(description)


def test_anonymous_description_keeps_its_relative_clause(read):
    """The description is the whole phrase, as the model documents it: "seorang pejabat yang enggan disebut
    namanya" (the clause says why the speaker is anonymous)."""
    article = read("Gudang logistik itu terbakar pada Minggu dini hari.\n\n“Api berasal dari ruang genset di bagian "
                   "belakang,” kata seorang pejabat yang enggan disebutkan namanya.")
    assert _only(article).speaker_description == "seorang pejabat yang enggan disebutkan namanya"


# --- terms in scare quotes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase", ["“dukungan penuh”", "\"dukungan penuh\"", "‘dukungan penuh’", "'dukungan penuh'"],
    ids=["curly-double", "straight-double", "curly-single", "straight-single"],
)
def test_short_scare_quoted_phrase_is_a_term(read, phrase):
    """A short phrase in quotation marks inside a sentence is a term: direct False, kind "term"."""
    article = read(YOO + f"Yoo menyebut pemerintah telah memberikan {phrase} kepada nelayan.")
    quote = _only(article)
    assert quote.text == "dukungan penuh"
    assert (quote.direct, quote.kind) == (False, "term")
    _check_span(article, quote)


def test_short_whole_utterance_is_still_speech(read):
    """Three words that open the sentence and are followed by a speech verb are an utterance, not a term."""
    article = read(YOO + "“Kami menolak keras,” kata Yoo.")
    quote = _only(article)
    assert (quote.direct, quote.kind) == (True, "quote")
    _spoken_by(quote, _person(article, "Yoo Sang-bum"))


# --- offsets ---------------------------------------------------------------------------------------------


def test_quote_spans_run_from_mark_to_mark(read):
    """text[q.start:q.end] starts with an opening mark, ends with a closing mark and holds q.text; q.sentence
    is the sentence where the quote opens."""
    article = read(
        YOO
        + f"“{SAYING},” kata Yoo. “Tuntutan ini menyangkut nasib ribuan nelayan.”\n\n"
        + "Yoo menyebut pemerintah telah memberikan \"dukungan penuh\" kepada nelayan.\n\n"
        + "'Kami akan kembali setelah salat Jum'at,' ujarnya.\n\n"
        + "«Kami menunggu jawaban tertulis,» tambahnya."
    )
    assert len(_marked(article)) == 5
    for quote in _marked(article):
        _check_span(article, quote)
        sentence = article.sentences[quote.sentence]
        assert sentence.start <= quote.start < sentence.end


# --- speakers described rather than named -------------------------------------------------------------


@pytest.mark.parametrize(
    ("intro", "attribution", "name"),
    [
        ("Ketua Umum Partai Golkar Airlangga Hartarto menghadiri rapat pimpinan partai di Jakarta.",
         "kata politikus yang juga Menko Perekonomian itu", "Airlangga Hartarto"),
        ("Gubernur Jawa Tengah Ganjar Pranowo meninjau lokasi banjir di Semarang.",
         "ujar mantan anggota DPR tersebut saat ditemui di lokasi", "Ganjar Pranowo"),
        ("Ketua DPR Puan Maharani membuka masa sidang di Senayan.", "tegas cucu Bung Karno itu", "Puan Maharani"),
        ("Menteri Pertahanan Prabowo Subianto menerima tamu dari Jepang.",
         "kata Ketua Umum Partai Gerindra tersebut", "Prabowo Subianto"),
        ("Anggota Komisi III DPR Arteria Dahlan mengkritik kinerja kejaksaan.", "ujar politisi PDI Perjuangan ini",
         "Arteria Dahlan"),
    ],
    ids=["politikus-itu", "mantan-tersebut-saat", "cucu-name-inside", "title-org-tersebut", "politisi-ini"],
)
def test_description_with_a_demonstrative_is_the_person_named_before(read, intro, attribution, name):
    """"…,” kata politikus Partai Golkar itu: a description ending in itu/tersebut/ini points back at the person
    named before, not at a party or a person named inside the description."""
    article = read(f"{intro}\n\n“Semua kader harus bekerja keras menjelang pemilihan tahun depan,” {attribution}.")
    _spoken_by(_only(article), _person(article, name))


@pytest.mark.parametrize(
    ("intro", "attribution", "name"),
    [
        ("Presiden Joko Widodo bertemu Presiden Rusia Vladimir Putin di Moskow.", "kata Presiden", "Joko Widodo"),
        ("Menteri BUMN Erick Thohir hadir dalam rapat kerja dengan Komisi VI DPR.", "ujar Menteri BUMN",
         "Erick Thohir"),
        ("Kapolri Jenderal Listyo Sigit Prabowo memimpin apel pasukan di Monas.", "tegas Kapolri",
         "Listyo Sigit Prabowo"),
        ("Presiden Joko Widodo meninjau pasar di Solo.", "ucap Kepala Negara di Istana Merdeka", "Joko Widodo"),
        ("Wakil Presiden Ma'ruf Amin menghadiri muktamar di Solo.", "kata Wapres", "Ma'ruf Amin"),
    ],
    ids=["presiden", "menteri-bumn", "kapolri-rank-between", "kepala-negara", "wapres-short-form"],
)
def test_bare_title_is_the_person_named_with_it(read, intro, attribution, name):
    """"…,” kata Presiden: the person written after that title, or another form of it ("Kepala Negara",
    "Wapres"), before the quote (one right after the title before one with a country or rank in between)."""
    article = read(f"{intro}\n\n“Kita harus menjaga persatuan dan stabilitas di tengah situasi global,” {attribution}.")
    _spoken_by(_only(article), _person(article, name))


# An attribution whose description is followed by the speaker's name, and that name.
NAME_AFTER_DESCRIPTION = {
    "name-between-commas": ("kata terdakwa kasus korupsi dana desa, Suparman, di Pengadilan Tipikor Semarang",
                            "Suparman"),
    "doctor-title": ("ujar dokter yang menangani korban, dr Andi Wijaya.", "Andi Wijaya"),
    "description-naming-a-body": ("kata anggota DPR dari Fraksi PKS, Mardani Ali Sera", "Mardani Ali Sera"),
    "acronym-in-brackets": ("ujar pengamat politik dari Universitas Gadjah Mada (UGM) Arya Budi", "Arya Budi"),
    "title-acronym-in-brackets": ("kata Direktur Eksekutif Indonesia Corruption Watch (ICW) Adnan Topan Husodo",
                                  "Adnan Topan Husodo"),
    "role-comma-name": ("ujar Juru Bicara Kementerian Luar Negeri, Teuku Faizasyah, di Jakarta", "Teuku Faizasyah"),
}


@pytest.mark.parametrize(("attribution", "name"), NAME_AFTER_DESCRIPTION.values(), ids=NAME_AFTER_DESCRIPTION)
def test_name_after_a_description_is_the_speaker(read, attribution, name):
    """"…,” kata terdakwa kasus itu, Suparman, …: the name set after the description is the speaker."""
    article = read(f"Sidang kasus dana desa kembali digelar pekan ini.\n\n“Saya tidak pernah menerima uang sepeser "
                   f"pun dari proyek itu,” {attribution}.")
    assert name in _only(article).speaker


@pytest.mark.parametrize("attribution", ["kata seorang warga, Senin (12/9/2022)", "ujar petugas itu, Selasa"],
                         ids=["day-and-date", "day"])
def test_description_then_day_is_not_a_name(read, attribution):
    """"kata seorang warga, Senin (12/9/2022)": the day after the comma is when, not who."""
    article = read(f"Banjir merendam ratusan rumah.\n\n“Air naik sangat cepat dan kami tidak sempat menyelamatkan "
                   f"barang,” {attribution}.")
    quote = _only(article)
    assert quote.speaker is None or not quote.speaker.startswith(("Senin", "Selasa"))


@pytest.mark.parametrize("attribution", ["kata pedagang di pasar itu", "ujar petugas yang berjaga pada malam itu"],
                         ids=["place", "time"])
def test_demonstrative_of_a_place_or_time_is_somebody_new(read, attribution):
    """"kata pedagang di pasar itu": the demonstrative points at the market, the trader is not the person
    named before."""
    article = read(YOO + f"Yoo mengunjungi pasar ikan.\n\n“Harga ikan turun sejak pekan lalu karena pasokan "
                         f"melimpah,” {attribution}.")
    quote = _only(article)
    assert quote.speaker is None and quote.speaker_description is not None


def test_description_then_place_is_not_a_name(read):
    """"kata warga Desa Sukamaju, Kecamatan Cibinong": a place after the description is not the speaker."""
    article = read("Banjir merendam ratusan rumah sejak Senin.\n\n“Air naik sangat cepat dan kami tidak sempat "
                   "menyelamatkan barang,” kata warga Desa Sukamaju, Kecamatan Cibinong.")
    quote = _only(article)
    assert quote.speaker is None or "Kecamatan" not in quote.speaker


@pytest.mark.parametrize("title", ["Menteri Dalam Negeri", "Wakil Menteri Dalam Negeri"])
def test_a_stop_word_in_capitals_inside_a_title_is_part_of_it(read, title):
    """"kata Menteri Dalam Negeri Tito Karnavian": "Dalam" opens no adjunct here ("kata Tito dalam keterangannya"
    would); the speaker is the person named after the whole title."""
    article = read(f"\"Ini pelanggaran yang tidak bisa ditoleransi,\" kata {title} Tito Karnavian di Jakarta.")
    assert _only(article).speaker == "Tito Karnavian"


def test_a_long_title_before_the_name_keeps_the_person(read):
    """"Direktur pemasaran Garuda Indonesia Budi Santoso mengucapkan terima kasih atas “…”": the person after a
    title of a few words is the subject, not someone named before."""
    article = read("Pengusaha Hendra Wijaya datang ke acara itu.\n\nDirektur pemasaran Garuda Indonesia Budi Santoso "
                   "mengucapkan terima kasih kepada para mitra atas “dukungan dan kesetiaan mereka selama ini.”")
    quote = _only(article)
    assert quote.speaker is not None and "Budi Santoso" in quote.speaker


def test_a_title_held_in_a_body_runs_on_to_the_name(read):
    """"kata Direktur Penyidikan pada Jaksa Agung Muda … Kejagung Abdul Qohar di …": the title runs on over the
    body it is held in ("pada …") to the person's name."""
    article = read("Kejaksaan Agung menetapkan tiga tersangka baru.\n\n\"Tim penyidik menetapkan tiga orang sebagai "
                   "tersangka,\" kata Direktur Penyidikan pada Jaksa Agung Muda Bidang Tindak Pidana Khusus "
                   "(Jampidsus) Kejagung Abdul Qohar di Gedung Kejagung, Jakarta Selatan, Rabu.")
    assert _only(article).speaker == "Abdul Qohar"


@pytest.mark.parametrize(
    ("attribution", "name"),
    [("tulis kedutaan", "Kedutaan Besar Australia"), ("kata kementerian", "Kementerian Luar Negeri Australia")],
    ids=["embassy", "ministry"],
)
def test_a_body_named_again_by_its_head_is_the_body_named_before(read, attribution, name):
    """"tulis kedutaan": the organisation named before whose name opens with that head."""
    article = read("Kementerian Luar Negeri Australia dan Kedutaan Besar Australia di Jakarta memberi keterangan.\n\n"
                   f"\"Kedua negara memiliki kerja sama yang erat dalam memerangi penangkapan ikan ilegal,\" "
                   f"{attribution}.")
    assert _only(article).speaker == name


def test_a_denial_makes_its_subject_the_latest_speaker(read):
    """"Hanif menampik anggapan … Ia menyebut … ¶ “…,” tuturnya": the one who denied spoke last, not the minister
    named before who asked him for information."""
    article = read("Menteri Lingkungan Singapura Grace Fu dikabarkan telah menghubungi Hanif Faisol Nurofiq untuk "
                   "meminta informasi terkini.\n\nHanif menampik anggapan bahwa Indonesia tidak serius. Ia menyebut "
                   "pihaknya telah menyegel lahan milik 12 perusahaan.\n\n\"Kalau memang ada perusahaan Malaysia yang "
                   "terlibat, kami minta Malaysia juga ikut bertanggung jawab,\" tuturnya.")
    assert _only(article).speaker == "Hanif Faisol Nurofiq"


def test_a_subject_after_a_fronted_clause_is_the_latest_speaker(read):
    """"Menanggapi hal tersebut, Freddy menegaskan … “…,” tegasnya": a verb of speech that opens the sentence
    ("Menanggapi") has no subject; the one after the clause speaks, not the officer quoted before."""
    article = read("Laksamana Samuel Paparo menyebut latihan itu penting. \"Kami bangga bisa berlatih bersama,\" "
                   "ujarnya.\n\nMenanggapi hal tersebut, Kepala Pusat Penerangan TNI Freddy Ardianzah menegaskan "
                   "Indonesia tetap bebas aktif. \"TNI juga rutin berlatih dengan militer China,\" tegasnya.")
    assert [q.speaker for q in article.quotes if q.direct][-1] == "Freddy Ardianzah"


def test_a_name_deep_in_the_clause_is_not_the_subject(read):
    """"Kejaksaan menilai kebijakan itu merugikan ekonomi Jepang, mengatakan bahwa …": a country named inside the
    clause before a comma is not who speaks."""
    article = read("Pemerintah kota mengumumkan aturan baru soal pekerja asing.\n\nLebih lanjut pengacara para "
                   "pekerja menilai kebijakan itu merugikan ekonomi Jepang, mengatakan bahwa para pekerja itu "
                   "\"mengisi kekosongan tenaga kerja di pabrik.\"")
    assert _only(article).speaker != "Jepang"


def test_pronoun_after_a_bodys_quote_is_that_body(read):
    """"“…,” kata Kementerian Kelautan dan Perikanan. ¶ “…,” katanya.": the "-nya" is the body quoted last."""
    article = read("Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono meninjau pelabuhan.\n\n"
                   "“Kapal-kapal itu kami tahan untuk pemeriksaan lebih lanjut,” kata Kementerian Kelautan dan "
                   "Perikanan dalam keterangan tertulis.\n\n“Pemilik kapal wajib melengkapi dokumen perizinan,” "
                   "katanya.")
    assert [q.speaker_id for q in _marked(article)] == ["kkp", "kkp"]


@pytest.mark.parametrize("verb", ["tutupnya", "sambungnya", "pintanya", "harapnya", "jawabnya"])
def test_more_speech_verbs_after_the_quote(read, verb):
    """The "-nya" forms of Indonesian reporting verbs after a quote point at the person named before."""
    article = read(YOO + f"“{SAYING},” {verb}.")
    _spoken_by(_only(article), _person(article, "Yoo Sang-bum"))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Pemerintah tidak akan menaikkan pajak yang dinilai “membebani rakyat kecil di desa” tahun depan, kata "
         "Sri Mulyani.", "Sri Mulyani Indrawati"),
        ("Kenaikan itu disebut “langkah darurat untuk menekan inflasi” oleh para pengamat, Sri Mulyani mengatakan "
         "pada Senin.", "Sri Mulyani Indrawati"),
        ("Defisit akan dijaga “di bawah tiga persen dari produk domestik bruto” sampai akhir tahun, ujarnya.",
         "Sri Mulyani Indrawati"),
    ],
    ids=["kata-name", "name-mengatakan", "ujarnya"],
)
def test_attribution_ending_the_sentence_of_a_quoted_phrase(read, sentence, name):
    """A quoted phrase inside a sentence whose attribution ends it ("…, kata X." / "…, X mengatakan pada Senin.")
    is that speaker's."""
    article = read(f"Menteri Keuangan Sri Mulyani Indrawati hadir dalam rapat itu.\n\n{sentence}")
    _spoken_by(_only(article), _person(article, name))


# --- quotation marks left out or stray ----------------------------------------------------------------


def test_quote_inside_a_stray_single_mark_stands(read):
    """"‘“…,” kata Yoo.": a stray single mark before the opening mark does not swallow the quote."""
    article = read(YOO + f"‘“{SAYING},” kata Yoo.")
    quote = _only(article)
    assert quote.text.startswith("Kami tidak akan mundur")
    _spoken_by(quote, _person(article, "Yoo Sang-bum"))


def test_missing_opening_mark(read):
    """A paragraph that ends an utterance with a closing mark but has no opening one ("Kami …,” dia
    menambahkan.") is a quote from the paragraph's start."""
    article = read(YOO + f"Yoo menolak usulan itu.\n\n{SAYING},” dia menambahkan.")
    quote = _only(article)
    assert quote.text.rstrip(",") == SAYING
    _spoken_by(quote, _person(article, "Yoo Sang-bum"))


def test_missing_closing_mark_before_the_attribution(read):
    """“… dari pesisir, kata Yoo. (no closing mark): the quote ends before the attribution, which names its
    speaker; the next paragraph's quote is its own."""
    article = read(YOO + "Rapat berlangsung tertutup.\n\nNelayan “tidak bisa melaut karena cuaca buruk di pesisir, "
                         "kata Yoo.\n\n“Pemerintah harus segera turun tangan,” kata Lee Jae-myung.")
    first, second = _marked(article)
    assert first.text.rstrip(",") == "tidak bisa melaut karena cuaca buruk di pesisir"
    _spoken_by(first, _person(article, "Yoo Sang-bum"))
    assert second.speaker is not None and second.speaker.endswith("Lee Jae-myung")


def test_quote_running_over_paragraphs_without_marks(read):
    """A quote left open whose following paragraphs carry no mark until one closes it is one quote over all of
    them."""
    article = read(YOO + "Yoo mengatakan: “Kami tidak akan mundur dari tuntutan ini.\n\nNelayan sudah menunggu "
                         "terlalu lama.\n\nTuntutan ini menyangkut nasib ribuan nelayan di pesisir timur.”")
    quote = _only(article)
    assert quote.text.startswith("Kami tidak akan mundur")
    assert quote.text.endswith("di pesisir timur.")
    _spoken_by(quote, _person(article, "Yoo Sang-bum"))


@pytest.mark.parametrize("before", ["", f"“{SAYING},” kata Yoo.\n\n"], ids=["alone", "after-another-speaker"])
def test_multi_paragraph_quote_takes_the_attribution_at_its_end(read, before):
    """“… ¶ “…,” kata Lee: each paragraph of the quote opens with a mark, only the last closes and names the
    speaker, who speaks the whole run (not the speaker of the quote before it)."""
    article = read(YOO + before + "“Nelayan sudah menunggu jawaban pemerintah terlalu lama.\n\n"
                   "“Tuntutan ini menyangkut nasib ribuan nelayan di pesisir timur,” kata Lee Jae-myung.")
    run = _marked(article)[-2:]
    assert [q.text[:8] for q in run] == ["Nelayan ", "Tuntutan"]
    assert {q.speaker for q in run} == {run[-1].speaker} and run[-1].speaker.endswith("Lee Jae-myung")


def test_speaker_name_with_a_typo_is_the_person(read):
    """A speaker name one letter away from a person of the article ("Hartarta" for Hartarto) that names no
    entity of its own is that person."""
    article = read("Ketua Umum Partai Golkar Airlangga Hartarto menghadiri rapat di Jakarta.\n\n"
                   "Dalam keterangannya, Hartarta mengatakan, “Kami tidak akan mundur dari tuntutan ini.”")
    _spoken_by(_only(article), _person(article, "Airlangga Hartarto"))


@pytest.mark.parametrize("phrase", ["Menteri", "Menteri Luar Negeri", "Menteri Luar Negeri Retno", "Wakil Presiden",
                                    "Wakil Presiden  RI", "Menteri Luar", "Presidennya", "warga desa", "Kepala Negara",
                                    " Menteri", "Menteri BUMN Erick Thohir"])
def test_title_opening_a_speaker_phrase_is_the_longest_one(phrase):
    """The title that opens a speaker phrase (looked up by the phrase's openings) is the longest title that is
    the phrase or comes before a space of it."""
    from peristiwa.attribution.quotes import _title_of, speech

    sp = speech()
    longest_first = sorted(sp.titles, key=len, reverse=True)
    assert _title_of(phrase, sp) == next((t for t in longest_first if phrase == t or phrase.startswith(t + " ")),
                                         None)


def test_a_speaker_pointed_back_at_who_was_never_named_stays_unnamed(read):
    """"kata pejabat tersebut" after "seorang pejabat USTR yang enggan disebut namanya": no one named speaks, not the
    minister named before."""
    article = read("Menteri Koordinator Airlangga Hartarto mengatakan delegasi akan bertemu USTR pekan depan.\n\n"
                   "Mengutip Reuters, seorang pejabat USTR yang enggan disebut namanya menyatakan AS bisa kembali "
                   "menaikkan tarif.\n\n“Jika tidak, semua opsi tetap terbuka,” kata pejabat tersebut.")
    quote = _only(article)
    assert (quote.speaker, quote.speaker_id) == (None, None)
    assert quote.speaker_description == "pejabat tersebut"


def test_the_post_a_title_is_held_at_stands_before_the_name(read):
    """"kata Konsul RI di Darwin, Adi Wibowo, …": the person after the post speaks, not Indonesia."""
    article = read("“Kondisi kesehatan mereka baik,” kata Konsul RI di Darwin, Adi Wibowo, kepada wartawan.")
    _spoken_by(_only(article), _person(article, "Adi Wibowo"))


@pytest.mark.parametrize(("text", "speaker"), [
    # a description pointing back, named after the comma
    pytest.param("Empat tentara India tewas, kata seorang juru bicara militer. \"Tentara Pakistan dengan sengaja "
                 "menargetkan daerah-daerah sipil,\" kata juru bicara itu, Kolonel Rajesh Kalia.", "Rajesh Kalia",
                 id="named-after-the-comma"),
    # one introduced with no name and kept anonymous is nobody named, not the last person named
    pytest.param("Presiden Donald Trump mengatakan serangan itu ide buruk. Seorang pejabat Pentagon mengatakan "
                 "sekitar 1.000 tentara AS masih berada di Suriah timur laut. \"Pasukan kami tidak akan terlibat "
                 "dalam konflik ini,\" kata pejabat itu, yang berbicara dengan syarat anonim.", None,
                 id="an-official-kept-anonymous"),
    # a body pointed back at by the head of its name is that body, not the last person named
    pytest.param("Duta Besar Rusia Andrei Kelin dipanggil. Kedutaan Besar Rusia di London menolak tuduhan tersebut. "
                 "\"Histeria anti-Rusia di London telah mencapai titik yang absurd,\" kata kedutaan itu dalam sebuah "
                 "pernyataan.", "Kedutaan Besar Rusia", id="the-embassy-pointed-back-at"),
])
def test_a_speaker_described_as_one_before(read, text, speaker):
    """Wire copy names its speaker by a description pointing back ("kata juru bicara itu", "kata kedutaan itu")."""
    quotes = [q for q in read(text).quotes if q.direct]
    assert [q.speaker for q in quotes] == [speaker]
