"""Recognising people, organisations, countries and places in Indonesian news.

Every case runs the whole pipeline (``extract``) and reads ``article.entities``. Short texts fix the
language to Indonesian, because a sentence is too little text for language identification. The rules:

* dictionary names win, whatever alias the text uses, and all aliases of one actor in an article are
  one entity carrying every mention;
* a capital or seat of power (Pyongyang, Kremlin, Istana) stands for its government (``acts_for``);
* titles before a name are the person's titles, not part of the name;
* unknown names are typed by their shape and context: organisation heads, place heads, prepositions,
  role words, speech verbs, two to four capitalised words;
* an abbreviation defined in brackets is an alias of the name before it;
* sentence openers, months, weekdays, technical acronyms and lone head words are not names;
* the outlet publishing the story is not an actor of it, and headline mentions index the title.

All names of people, organisations and places that are not in the dictionary are invented.
"""

from __future__ import annotations

import pytest

from peristiwa.model import Article, Entity


def _summary(article: Article) -> list[tuple[str, str]]:
    return [(e.type, e.name) for e in article.entities]


def _named(article: Article, name: str, type_: str | None = None) -> Entity:
    """The one entity with this name (and type), failing with the list of what was found."""
    found = [e for e in article.entities if e.name == name and (type_ is None or e.type == type_)]
    assert len(found) == 1, f"{name!r} ({type_}) not found once in {_summary(article)}"
    return found[0]


def _with_id(article: Article, actor_id: str) -> Entity:
    found = [e for e in article.entities if e.id == actor_id]
    assert len(found) == 1, f"{actor_id!r} not found once in {[(e.id, e.name) for e in article.entities]}"
    return found[0]


def _countries(article: Article) -> list[str | None]:
    return [e.code for e in article.entities if e.type == "COUNTRY"]


# --- countries ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Korea Utara kembali menguji rudal balistik pada Senin pagi.", "Korea Utara", "PRK"),
        ("Delegasi Filipina tiba lebih awal untuk pertemuan itu.", "Filipina", "PHL"),
        ("Korut kembali menguji rudal balistik pada Senin pagi.", "Korut", "PRK"),
        ("Kapal patroli Korsel menghalau dua perahu nelayan.", "Korsel", "KOR"),
        ("Pejabat AS tiba di Jakarta untuk membahas perdagangan.", "AS", "USA"),
        ("Delegasi RI akan bertolak ke Brussel pekan depan.", "RI", "IDN"),
        ("Juru bicara RRT menolak tuduhan itu dalam pernyataan resmi.", "RRT", "CHN"),
        ("Negeri Paman Sam menambah sanksi ekonomi terhadap sejumlah bank.", "Negeri Paman Sam", "USA"),
        ("Negeri Tirai Bambu memperluas latihan militernya di laut lepas.", "Negeri Tirai Bambu", "CHN"),
        ("Negeri Beruang Merah membantah tuduhan tersebut.", "Negeri Beruang Merah", "RUS"),
        ("Negeri Sakura mengirim bantuan kemanusiaan untuk korban gempa.", "Negeri Sakura", "JPN"),
        ("Negeri Ginseng menggelar pemilu legislatif bulan ini.", "Negeri Ginseng", "KOR"),
        ("Negeri Jiran memulangkan ratusan pekerja migran tanpa dokumen.", "Negeri Jiran", "MYS"),
    ],
    ids=["name-korea-utara", "name-filipina", "short-korut", "short-korsel", "short-AS", "short-RI", "short-RRT",
         "nick-paman-sam", "nick-tirai-bambu", "nick-beruang-merah", "nick-sakura", "nick-ginseng", "nick-jiran"],
)
def test_country_by_name_short_form_or_nickname(read, text, surface, code):
    """A country named in full, by its short form or by a media nickname is that country, with its ISO3 code."""
    article = read(text)
    found = [e for e in article.entities if e.type == "COUNTRY" and e.code == code]
    assert len(found) == 1, _summary(article)
    assert [m.text for m in found[0].mentions] == [surface]
    assert found[0].country == code


@pytest.mark.parametrize(
    ("text", "code", "surfaces"),
    [
        ("Amerika Serikat memperketat ekspor cip. Langkah AS itu dibalas cepat. Negeri Paman Sam juga "
         "menekan sekutunya.", "USA", ["Amerika Serikat", "AS", "Negeri Paman Sam"]),
        ("Tiongkok membuka latihan besar. Kementerian Pertahanan RRT menyebut latihan itu rutin. Negeri Tirai "
         "Bambu juga mengerahkan kapal induk.", "CHN", ["Tiongkok", "RRT", "Negeri Tirai Bambu"]),
        ("Korea Utara menembakkan rudal pada Rabu. Korut menyebut uji coba itu sukses.", "PRK",
         ["Korea Utara", "Korut"]),
    ],
    ids=["usa", "china", "north-korea"],
)
def test_aliases_of_one_country_are_one_entity(read, text, code, surfaces):
    """Several aliases of one country in one article make ONE entity holding every mention, in text order."""
    article = read(text)
    assert _countries(article).count(code) == 1, _summary(article)
    entity = next(e for e in article.entities if e.code == code and e.type == "COUNTRY")
    assert [m.text for m in entity.mentions] == surfaces
    assert all(article.text[m.start : m.end] == m.text for m in entity.mentions)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Hubungan dagang AS-Tiongkok kembali memanas setelah kunjungan itu.", [("AS", "USA"), ("Tiongkok", "CHN")]),
        ("Pembicaraan damai Rusia-Ukraina digelar di Istanbul.", [("Rusia", "RUS"), ("Ukraina", "UKR")]),
        ("Forum bisnis Indonesia-Malaysia dibuka di Kuching.", [("Indonesia", "IDN"), ("Malaysia", "MYS")]),
        pytest.param(
            "Ketegangan AS-Tiongkok kembali memanas setelah kunjungan itu.", [("AS", "USA"), ("Tiongkok", "CHN")],
        ),
        pytest.param(
            "Perundingan Rusia-Ukraina digelar di Istanbul.", [("Rusia", "RUS"), ("Ukraina", "UKR")],
        ),
    ],
    ids=["AS-Tiongkok", "Rusia-Ukraina", "Indonesia-Malaysia", "opener-AS-Tiongkok", "opener-Rusia-Ukraina"],
)
def test_hyphenated_pair_is_two_countries(read, text, pair):
    """"AS-Tiongkok" names two countries: one mention each, with the offsets of each half."""
    article = read(text)
    for surface, code in pair:
        entity = next((e for e in article.entities if e.type == "COUNTRY" and e.code == code), None)
        assert entity is not None, _summary(article)
        assert [m.text for m in entity.mentions] == [surface]
        assert article.text[entity.mentions[0].start : entity.mentions[0].end] == surface
    assert not [e for e in article.entities if e.type == "PERSON"], _summary(article)


def test_an_english_title_in_indonesian_news_is_a_title(read):
    """"… kami sampaikan langsung ke Ambassador Greer": the US trade representative by his English title, not a place
    after "ke"."""
    article = read("Airlangga bertemu Perwakilan Dagang AS Jamieson Greer. \"Itu sudah kami sampaikan langsung ke "
                   "Ambassador Greer,\" ujarnya.")
    assert [e.type for e in article.entities if "Greer" in e.name] == ["PERSON"], _summary(article)


@pytest.mark.parametrize(("text", "orgs", "person"), [
    ("Ketua Dewan Kedaulatan Jenderal Abdel Fattah al-Burhan bersumpah merebut El Fasher.", ["Dewan Kedaulatan"],
     "Abdel Fattah al-Burhan"),
    ("Direktorat Jenderal Imigrasi menahan dua WNA.", ["Direktorat Jenderal Imigrasi"], None),
], ids=["a-generals-rank-after-a-body", "part-of-an-office"])
def test_jenderal_after_a_body_opens_a_generals_rank(read, text, orgs, person):
    """"Jenderal" after a body's name that takes no "Jenderal" opens the rank of the person named after it; in
    "Direktorat Jenderal" it is part of the office."""
    article = read(text)
    assert [e.name for e in article.entities if e.type == "ORG"] == orgs, _summary(article)
    assert [e.name for e in article.entities if e.type == "PERSON"] == ([person] if person else [])


def test_a_body_named_in_indonesian_with_its_english_name_and_acronym_is_one(read):
    """"Kantor Pengawasan Aset Luar Negeri (Office of Foreign Assets Control/OFAC)": one US body, the dictionary's,
    under the three names (it made the sanctions of a story Indonesia's)."""
    article = read("Kantor Pengawasan Aset Luar Negeri (Office of Foreign Assets Control/OFAC) memasukkan dua "
                   "perusahaan ke dalam daftar hitam.")
    assert [(e.name, e.country) for e in article.entities if e.type == "ORG"] == [
        ("Office of Foreign Assets Control", "USA")], _summary(article)


@pytest.mark.parametrize(("text", "place"), [
    ("Korban luka dirawat di RSUD Mimika.", "RSUD Mimika"),
    ("Serangan di Rumah Sakit Bersalin Saudi menewaskan 460 pasien.", "Rumah Sakit Bersalin Saudi"),
    ("Ia dirawat di Rumah Sakit Jepang.", "Rumah Sakit Jepang"),
], ids=["rsud", "a-country-word-in-the-name", "named-by-a-country"])
def test_a_hospital_is_a_place_whatever_its_name_holds(read, text, place):
    """A hospital is a facility, a place (the annotation guide lists facilities among places), and a country's name
    inside its name is part of the name: no country is named, none acts."""
    article = read(text)
    assert [(e.type, e.name) for e in article.entities] == [("LOCATION", place)], _summary(article)


def test_a_country_with_a_hyphen_in_its_name_is_one_country(read):
    """"Guinea-Bissau" is one country, not Guinea and the city of Bissau; a body's double name still names both."""
    article = read("Uni Afrika menangguhkan keanggotaan Guinea-Bissau. Juru bicara TPNPB-OPM membantah.")
    assert [e.code for e in article.entities if e.type == "COUNTRY"] == ["GNB"], _summary(article)
    assert [e.type for e in article.entities if e.name == "Bissau"] == []
    assert len([e for e in article.entities if e.type == "ORG" and e.code == "IDN"]) == 2, _summary(article)


def test_the_second_half_of_a_pair_may_go_on_past_the_hyphen(read):
    """"Indonesia-Uni Eropa": the half after the hyphen is the first word of a name of two; its mention takes both
    words in, and no place "Eropa" is left over."""
    article = read("Kedua pihak menuntaskan ratifikasi Perjanjian Kemitraan Ekonomi Komprehensif Indonesia-Uni Eropa "
                   "(IEU-CEPA) yang diteken di Bali pada September 2025.")
    union = next((e for e in article.entities if e.code == "IGO:EU"), None)
    assert union is not None and [m.text for m in union.mentions] == ["Uni Eropa"], _summary(article)
    assert any(e.code == "IDN" and e.type == "COUNTRY" for e in article.entities), _summary(article)
    assert not [e for e in article.entities if e.name == "Eropa"], _summary(article)


# --- seats of power ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "type_", "government"),
    [
        ("Pyongyang mengecam latihan militer gabungan tersebut.", "Pyongyang", "LOCATION", "PRK"),
        ("Moskow menuding Barat sengaja memperpanjang perang.", "Moskow", "LOCATION", "RUS"),
        ("Washington belum menanggapi permintaan ekstradisi itu.", "Washington", "LOCATION", "USA"),
        ("Kremlin menolak berkomentar soal laporan tersebut.", "Kremlin", "ORG", "RUS"),
        ("Gedung Putih menyatakan keprihatinan atas serangan itu.", "Gedung Putih", "ORG", "USA"),
        ("Istana membantah kabar perombakan kabinet pekan ini.", "Istana", "ORG", "IDN"),
        # the legislature's seat is a district of Jakarta too: a place, standing for the DPR when it acts
        ("Senayan menolak usulan pemerintah untuk menunda pemilu.", "Senayan", "LOCATION", "IDN"),
    ],
    ids=["pyongyang", "moskow", "washington", "kremlin", "gedung-putih", "istana", "senayan"],
)
def test_capital_or_seat_of_power_acts_for_its_government(read, text, name, type_, government):
    """A capital or seat of power used as an actor stands for its government: ``acts_for`` is the country code.
    A capital stays a LOCATION (it is still a place); a seat like the Kremlin is an ORG."""
    article = read(text)
    found = [e for e in article.entities if any(m.text == name for m in e.mentions)]
    assert len(found) == 1, _summary(article)
    assert found[0].type == type_
    assert found[0].acts_for == government


def test_a_seat_that_is_a_district_is_a_place_where_things_happen(read):
    """"di depan Gedung DPR, Senayan": where a protest is held, a place (places.tsv), not the legislature."""
    article = read("Ribuan mahasiswa berunjuk rasa di depan Gedung DPR, Senayan, Jakarta, pada Kamis siang.")
    assert _named(article, "Senayan", "LOCATION").country == "IDN"
    assert not [e for e in article.entities if e.type == "ORG" and e.name == "Senayan"], _summary(article)


def test_the_parliament_complex_and_its_district_are_two_places(read):
    """"di Kompleks Parlemen, Senayan, Jakarta": the complex, the district and the city, each a place (the comma
    after the complex is no part of a longer name)."""
    article = read("Hal itu disampaikan Puan Maharani di Kompleks Parlemen, Senayan, Jakarta, Senin (10/2/2026).")
    assert [e.name for e in article.entities if e.type == "LOCATION"] == ["Kompleks Parlemen", "Senayan", "Jakarta"]


@pytest.mark.parametrize(("text", "place", "country"), [
    pytest.param("Warga Kuta Utara menolak rencana pembangunan hotel itu.", "Kuta Utara", "IDN", id="a-district"),
    pytest.param("Israel kembali menggempur Gaza Utara pada Selasa dini hari.", "Gaza Utara", "PSE", id="a-region"),
])
def test_a_place_and_a_capitalised_direction_are_a_place_of_their_own(read, text, place, country):
    """"Kuta Utara" is a district named after Kuta, not Kuta; "Gaza Utara" is the north of Gaza, in Palestine."""
    article = read(text)
    assert [(e.name, e.country) for e in article.entities if e.type == "LOCATION"] == [(place, country)]


@pytest.mark.parametrize(("text", "person"), [
    pytest.param("“Kami meminta prosesnya terbuka,” ujar Komisioner Komnas HAM Saurlin P. Siagian.",
                 "Saurlin P. Siagian", id="after-a-title"),
    pytest.param("Menurut Ahmad M. Ali, rapat itu berjalan lancar.", "Ahmad M. Ali", id="after-menurut"),
    pytest.param("Pengamat hukum Bivitri S. Susanti menilai putusan itu wajar.", "Bivitri S. Susanti",
                 id="after-a-role"),
    # a role word opening the sentence is the role, not the first word of the name
    pytest.param("Pengamat Bivitri S. Susanti menilai putusan itu wajar.", "Bivitri S. Susanti",
                 id="after-a-role-opening-the-sentence"),
    pytest.param("Ekonom Bhima Yudhistira mengatakan inflasi naik.", "Bhima Yudhistira", id="an-economist"),
])
def test_an_initial_inside_a_name_is_part_of_it(read, text, person):
    """"Saurlin P. Siagian": a capital and its full stop between two words of a name are the name's middle
    initial; the name is whole, not "P. Siagian" or nothing."""
    assert [e.name for e in read(text).entities if e.type == "PERSON"] == [person]


@pytest.mark.parametrize(("text", "places"), [
    # the reporter writes from the dateline's place: a place of the story, with its mention in the dateline
    pytest.param("MEDAN, KOMPAS.com - Polisi menangkap dua pengedar sabu di Belawan, Senin (3/3/2025).",
                 [("Belawan", "text"), ("Medan", "dateline")], id="a-city-named-only-in-the-dateline"),
    pytest.param("KONTAN.CO.ID - SEOUL. Pemerintah Korea Selatan menduga Korea Utara mengirim peluru ke Rusia.",
                 [("Seoul", "dateline")], id="an-uppercase-dateline-after-the-outlet"),
    # named in the text too: one entity, from the text
    pytest.param("MEDAN, KOMPAS.com - Polisi menangkap dua pengedar sabu di Medan, Sumatera Utara.",
                 [("Medan", "text"), ("Sumatera Utara", "text")], id="named-in-the-text-too"),
    # nor another place the text names by the same name
    pytest.param("BOGOR, KOMPAS.com - Warga berunjuk rasa di Kabupaten Bogor, Jawa Barat.",
                 [("Kabupaten Bogor", "text"), ("Jawa Barat", "text")], id="a-regency-of-the-same-name"),
    # Jakarta, the national outlets' desk, says where a story from abroad was written, not where it happened; a
    # story that opens with an actor of home is one of its places
    pytest.param("JAKARTA, KOMPAS.com - Iran menuding Israel berada di balik ledakan di dekat Isfahan.",
                 [("Isfahan", "text")], id="the-home-desk"),
    pytest.param("JAKARTA, KOMPAS.com - Komisi Pemberantasan Korupsi menahan dua pejabat di Belawan.",
                 [("Belawan", "text"), ("Jakarta", "dateline")], id="a-story-of-home"),
])
def test_the_place_of_the_dateline(read, text, places):
    article = read(text)
    found = [(e.name, m.field) for e in article.entities if e.type == "LOCATION" for m in e.mentions]
    assert found == places, _summary(article)


def test_ordinary_place_acts_for_nobody(read):
    """A city that is no seat of government stands for nobody."""
    article = read("Gempa mengguncang Palu dan sekitarnya pada Jumat malam.")
    assert _named(article, "Palu", "LOCATION").acts_for is None


@pytest.mark.parametrize(("text", "body", "parent", "spans"), [
    ("Menlu Sugiono berpidato di Sidang Umum PBB di New York.", "Majelis Umum PBB", "Perserikatan Bangsa-Bangsa",
     ["PBB"]),
    ("Dewan Keamanan PBB bersidang, lalu Majelis Umum PBB memungut suara.", "Dewan Keamanan PBB",
     "Perserikatan Bangsa-Bangsa", ["PBB", "PBB"]),
])
def test_a_body_named_with_its_parent_mentions_the_parent_too(read, text, body, parent, spans):
    """"Sidang Umum PBB" is the General Assembly, and it names the UN: the dictionary's ``parent`` of the body
    is an entity too, its mention the parent's name inside the body's."""
    article = read(text)
    assert _named(article, body, "ORG").mentions
    found = _named(article, parent, "ORG")
    assert [m.text for m in found.mentions] == spans
    assert all(article.text[m.start : m.end] == m.text for m in found.mentions)


@pytest.mark.parametrize(("text", "persons"), [
    # a title of an envoy or an executive before the name is no name
    ("Dihubungi terpisah, Kuasa Usaha Ad Interim KBRI Amman Dedy Kurniawan mengatakan pihaknya siap.",
     ["Dedy Kurniawan"]),
    ("Penjabat Duta Besar AS Dorothy Shea menolak resolusi itu.", ["Dorothy Shea"]),
    ("Pada Senin, Chief Operating Officer Danantara Dony Oskaria hadir di DPR.", ["Dony Oskaria"]),
    ("Pemimpin Minoritas Senat Chuck Schumer mengecam keputusan itu.", ["Chuck Schumer"]),
    ("Menteri Kesejahteraan Sosial Rex Gatchalian meninjau lokasi pengungsian.", ["Rex Gatchalian"]),
    # nor a kin word before the name, nor "Kalau" opening a quotation
    ("Adik Kim, Kim Yo Jong, mengecam latihan itu.", ["Kim Yo-jong"]),
    ("\"Kalau Brent bertahan di atas 90 dolar, subsidi membengkak,\" kata Bahlil Lahadalia.", ["Bahlil Lahadalia"]),
])
def test_words_before_a_name_are_no_person(read, text, persons):
    """``person_titles`` and ``not_name_words`` in id/entities.yaml."""
    assert [e.name for e in read(text).entities if e.type == "PERSON"] == persons


@pytest.mark.parametrize(("text", "parent"), [
    ("Anggota Komisi I DPR TB Hasanuddin meminta Kemlu memanggil duta besar China.", "Dewan Perwakilan Rakyat"),
    ("Kepala Divisi Hubungan Internasional Polri mengirim surat ke Interpol.", "Kepolisian Negara Republik Indonesia"),
])
def test_a_state_body_named_with_its_parent_does_not_mention_the_parent(read, text, parent):
    """A state's body ("Komisi I DPR"), mostly in a person's title, is the body alone: no entity for its parent."""
    assert parent not in [e.name for e in read(text).entities]


@pytest.mark.parametrize(("text", "building", "kind"), [
    # every mention after a word of place: where something happened
    ("Presiden Prabowo bertemu Donald Trump di Gedung Putih, Washington, pada Senin.", "Gedung Putih", "LOCATION"),
    ("Presiden Rusia Vladimir Putin menerima Prabowo di Istana Kremlin, Moskow.", "Kremlin", "LOCATION"),
    # one mention that acts or speaks: those who sit in it
    ("Gedung Putih menyatakan Trump akan ke Jakarta. Ia lalu kembali ke Gedung Putih.", "Gedung Putih", "ORG"),
    ("Juru bicara Kremlin Dmitry Peskov menolak berkomentar.", "Kremlin", "ORG"),
])
def test_a_seat_of_power_is_a_place_where_only_a_place_is_told(read, text, building, kind):
    """``seat_buildings`` in id/entities.yaml: a building that stands for its occupants is a place when every
    mention of it follows a word of place ("di Gedung Putih"), else the organisation."""
    assert _named(read(text), building, kind).mentions


@pytest.mark.parametrize(("text", "listed"), [
    # a continent as an attribute of a noun: no place of the story
    ("Negara-negara Eropa menolak rencana itu.", False),
    ("Minyak Iran dijual ke pembeli Asia dengan potongan harga.", False),
    # where something goes or happens, or a sentence's subject: a place
    ("Kapal itu berlayar ke Eropa pekan lalu.", True),
    ("Peneliti itu berfokus pada Asia selama dua puluh tahun.", True),
    ("Eropa sedang menembak kakinya sendiri.", True),
])
def test_a_continent_is_a_place_unless_only_an_attribute(read, text, listed):
    """``continents`` in id/entities.yaml: "negara-negara Eropa" says whose countries, it names no place."""
    names = [e.name for e in read(text).entities if e.type == "LOCATION"]
    assert (("Eropa" in names) or ("Asia" in names)) == listed, names


def test_a_place_named_again_without_its_unit_is_the_same_place(read):
    """"Kabupaten Puncak … ke Puncak": the bare name the dictionary place has without its unit is that place."""
    article = read("Kelompok bersenjata menyerang pos TNI di Kabupaten Puncak, Papua Tengah. Aparat akan mengirim tim "
                   "ke Puncak pekan ini.")
    assert [m.text for m in _named(article, "Kabupaten Puncak", "LOCATION").mentions] == ["Kabupaten Puncak", "Puncak"]


@pytest.mark.parametrize(("text", "title"), [
    ("Protes juga datang kepada Menteri Kehutanan Raja Juli Antoni.", "Menteri Kehutanan"),
    ("Menteri Kehutanan Raja Juli Antoni mengatakan, investigasi berjalan.", "Menteri Kehutanan"),
])
def test_a_known_name_opening_with_a_title_word_ends_the_title(read, text, title):
    """"Raja" is a title and the first word of "Raja Juli Antoni": the dictionary's name wins past the title."""
    assert _named(read(text), "Raja Juli Antoni", "PERSON").titles == [title]


@pytest.mark.parametrize(("text", "body", "code"), [
    ("Pasukan Bela Diri Maritim Jepang (JMSDF) menggelar latihan bersama TNI AL di Natuna.",
     "Pasukan Bela Diri Maritim Jepang", "JPN"),
    ("Pasukan Bela Diri Udara Jepang mengerahkan jet tempur untuk mengawasi drone itu.",
     "Pasukan Bela Diri Udara Jepang", "JPN"),
    ("Perutusan Tetap RI di Jenewa menyampaikan sikap Indonesia.", "Perutusan Tetap Republik Indonesia", "IDN"),
    ("Stasiun televisi Al-Manar melaporkan serangan itu.", "Al-Manar", "LBN"),
    ("Produsen baterai CATL akan membangun pabrik di Karawang.", "Contemporary Amperex Technology", "CHN"),
    ("Partai Georgian Dream kembali memenangi pemilu.", "Georgian Dream", "GEO"),
    ("Ketua Umum Apkasindo Gulat Manurung menolak aturan itu.", "Asosiasi Petani Kelapa Sawit Indonesia", "IDN"),
    ("KCIC menunda pembayaran utang kepada China Development Bank.", "PT Kereta Cepat Indonesia China", "IDN"),
])
def test_service_branches_and_missions_are_known(read, text, body, code):
    """Japan's three self-defence forces and Indonesia's permanent missions are bodies of the dictionary."""
    assert _named(read(text), body, "ORG").code == code


def test_the_province_of_jakarta_is_jakarta(read):
    """DKI Jakarta, a city that is a province, is one place with Jakarta: "Gubernur DKI Jakarta" and "warga Jakarta"
    name the same place, listed once."""
    article = read("Gubernur DKI Jakarta Pramono Anung menyatakan banjir surut. Warga Jakarta diminta waspada.")
    places = [[m.text for m in e.mentions] for e in article.entities if e.type == "LOCATION"]
    assert places == [["DKI Jakarta", "Jakarta"]]


def test_a_body_without_its_parents_name_does_not_mention_the_parent(read):
    article = read("Dewan Keamanan bersidang membahas Gaza pada Senin malam.")
    assert "Perserikatan Bangsa-Bangsa" not in [e.name for e in article.entities]


# --- titles ------------------------------------------------------------------------------------


def test_title_country_and_name(read):
    """"Menteri Luar Negeri Rusia Sergei Lavrov": the title is read as a title, Russia as a country, and the
    name as the dictionary person."""
    article = read("Menteri Luar Negeri Rusia Sergei Lavrov tiba di Beijing pada Selasa.")
    person = _with_id(article, "sergey-lavrov")
    assert person.type == "PERSON"
    assert "Menteri Luar Negeri" in person.titles
    assert [m.text for m in person.mentions] == ["Sergei Lavrov"]
    assert person.country == "RUS"
    assert "RUS" in _countries(article)


def test_president_title(read):
    """"Presiden Prabowo Subianto": title Presiden, the person without the title in the name."""
    article = read("Presiden Prabowo Subianto membuka sidang kabinet di Jakarta.")
    person = _with_id(article, "prabowo-subianto")
    assert person.titles == ["Presiden"]
    assert [m.text for m in person.mentions] == ["Prabowo Subianto"]


@pytest.mark.parametrize(("text", "people", "places"), [
    ("Drone menghantam kilang minyak di Ryazan. Gubernur Ryazan Pavel Malkov mengatakan tidak ada korban.",
     ["Pavel Malkov"], ["Ryazan"]),
    ("Bupati Sutrisno Hadi Wibowo meninjau lokasi banjir.", ["Sutrisno Hadi Wibowo"], []),
    ("KPK menahan Bupati Muara Kelam Rusdi Hamzah pada Rabu malam.", ["Rusdi Hamzah"], ["Muara Kelam"]),
], ids=["a-place-told-elsewhere", "three-names", "a-place-head-and-its-name"])
def test_after_the_office_of_a_place_a_word_told_as_a_place_elsewhere_is_that_place(read, text, people, places):
    """"Gubernur Ryazan Pavel Malkov": Ryazan, unknown to the dictionary, is the governor's place because the
    article puts something "di Ryazan"; three names with no such word are one person's."""
    article = read(text)
    assert [e.name for e in article.entities if e.type == "PERSON"] == people
    assert [e.name for e in article.entities if e.type == "LOCATION"] == places


@pytest.mark.parametrize(("text", "people"), [
    ("KPK menangkap Bupati Kolaka Timur, Rusdi Hamzah. Juru bicara KPK mengatakan tersangka RH diduga meminta fee.",
     [("Rusdi Hamzah", ["Rusdi Hamzah", "RH"])]),
    ("Polisi menangkap Rudi Hartono dan Rina Hapsari. Tersangka RH mengaku menerima uang.",
     [("Rudi Hartono", ["Rudi Hartono"]), ("Rina Hapsari", ["Rina Hapsari"]), ("RH", ["RH"])]),
], ids=["one-full-name-with-those-initials", "two-full-names-with-those-initials"])
def test_initials_of_the_one_full_name_the_article_gives_are_that_person(read, text, people):
    """"Bupati … Rusdi Hamzah … tersangka RH": the initials are Rusdi Hamzah's, the one person of the article with
    them; when two have them, the initials stay a person of their own."""
    article = read(text)
    assert [(e.name, [m.text for m in e.mentions]) for e in article.entities if e.type == "PERSON"] == people


def test_a_short_abbreviation_with_a_capital_inside_is_no_name(read):
    """"Pembaruan MoU tersebut akan memperkuat …": two capitalised words opening a sentence are no person when one is
    an abbreviation written with a capital inside ("MoU", "PhD")."""
    article = read("Kedua negara meneken pembaruan nota kesepahaman (MoU) penempatan pekerja. Pembaruan MoU tersebut "
                   "akan memperkuat perlindungan pekerja.")
    assert [e.name for e in article.entities if e.type == "PERSON"] == []


@pytest.mark.parametrize(("text", "people"), [
    ("Permohonan diajukan pasangan calon nomor urut 2, La Ode Mahrun dan Hasniati, yang kalah tipis.",
     ["La Ode Mahrun", "Hasniati"]),
    ("Blog konservatif seperti Liberty Ledger dan TruthWire menyebarkan klaim itu.", []),
], ids=["one-word-name-after-dan", "not-a-brand"])
def test_one_word_coordinated_with_a_person_is_a_person(read, text, people):
    """"La Ode Mahrun dan Hasniati": a lone capitalised word joined by "dan" to a person's name is a person too
    (Indonesians often have one name); a brand written with a capital inside ("TruthWire") is not."""
    assert [e.name for e in read(text).entities if e.type == "PERSON" and e.name != "Liberty Ledger"] == people


@pytest.mark.parametrize(("text", "people"), [
    ("Pengamat politik Universitas Indonesia Aditya Perdana menilai desakan itu wajar.", ["Aditya Perdana"]),
    ("Perdana Menteri Malaysia Anwar Ibrahim tiba di Jakarta pada Senin.", ["Anwar Ibrahim"]),
], ids=["a-surname", "the-title"])
def test_perdana_is_a_name_as_well_as_the_first_word_of_a_title(read, text, people):
    """"Perdana" is a common Indonesian name ("Aditya Perdana"); "Perdana Menteri" stays a title."""
    assert [e.name for e in read(text).entities if e.type == "PERSON"] == people


@pytest.mark.parametrize(("text", "org", "person"), [
    ("Kepala Ekonom PermataBank Josua Pardede menilai pasar akan mencermati kredibilitas fiskal.", "PermataBank",
     "Josua Pardede"),
    ("Direktur Utama KrediNusa Hartono Lim meninggalkan Indonesia sebelum status cegah terbit.", "KrediNusa",
     "Hartono Lim"),
    ("Senator Partai Republik MacArthur Hale Jones menolak rancangan itu.", None, "MacArthur Hale Jones"),
    ("Ribuan petani dari Asosiasi Petani Kelapa Sawit Indonesia (Apkasindo) berunjuk rasa. Ketua Umum Apkasindo "
     "Gulat Manurung mengatakan kewajiban itu memberatkan.", "Asosiasi Petani Kelapa Sawit Indonesia",
     "Gulat Manurung"),
], ids=["a-bank", "a-platform", "a-surname-of-that-shape", "an-abbreviation-defined-before"])
def test_a_word_with_a_capital_inside_after_a_title_is_a_firm_before_the_name(read, text, org, person):
    """"Kepala Ekonom PermataBank Josua Pardede": no personal name is written with a capital inside a word, so the
    brand is the firm and the two words after it the person; "MacArthur" is a surname all the same. So is an
    abbreviation the text defined in brackets before ("… (Apkasindo) … Ketua Umum Apkasindo Gulat Manurung")."""
    article = read(text)
    assert person in [e.name for e in article.entities if e.type == "PERSON"], _summary(article)
    if org:
        assert org in [e.name for e in article.entities if e.type == "ORG"], _summary(article)


@pytest.mark.parametrize(("text", "person"), [
    ("Jaksa Agung Muda Tindak Pidana Khusus Febrie Adriansyah menyatakan berkas perkara sudah lengkap.",
     "Febrie Adriansyah"),
    ("Menko Kumham Imipas Yusril Ihza Mahendra mengatakan pemerintah menghormati putusan itu.",
     "Yusril Ihza Mahendra"),
    ("Wakil Menteri Haji dan Umrah Dahnil Anzar Simanjuntak menambahkan bahwa kuota sudah dibagi.",
     "Dahnil Anzar Simanjuntak"),
    # a directorate general's field, with "dan", before the ministry and a one-word name
    ("Direktur Jenderal Pengelolaan Pembiayaan dan Risiko Kemenkeu Suminto mengatakan cicilan dibayar tepat waktu.",
     "Suminto"),
    ("Direktur Jenderal Informasi dan Diplomasi Publik Kemlu Siti Nugraha Mauludiah membuka acara itu.",
     "Siti Nugraha Mauludiah"),
])
def test_a_title_with_its_portfolio_is_no_part_of_the_name(read, text, person):
    """"Jaksa Agung Muda Tindak Pidana Khusus", "Menko Kumham Imipas": the portfolio belongs to the title."""
    article = read(text)
    assert [e.name for e in article.entities if e.type == "PERSON"] == [person]


@pytest.mark.parametrize(("text", "person"), [
    ("Direktur Jenderal Amerika dan Eropa Kemlu Umar Hadi mengatakan nota protes sudah dikirim.", "Umar Hadi"),
    ("Direktur Asia Timur dan Pasifik Kementerian Luar Negeri Yayan Mulyana memantau situasi di Seoul.",
     "Yayan Mulyana"),
])
def test_a_title_whose_field_is_a_region_names_no_country(read, text, person):
    """"Direktur Jenderal Amerika dan Eropa": the Foreign Ministry's directorate for those regions, not the United
    States; the official is Indonesia's."""
    article = read(text)
    assert not [e for e in article.entities if e.type == "COUNTRY" and e.code in ("USA", "KOR")], _summary(article)
    assert [(e.name, e.code) for e in article.entities if e.type == "PERSON"] == [(person, "IDN")], _summary(article)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Mahkamah Agung menolak kasasi yang diajukan warga negara Iran, Reza Karimi, terpidana kasus sabu.",
         "Reza Karimi", "IRN"),
        ("Petugas menangkap seorang pria asal Brasil berinisial JS (29) di Bandara Soekarno-Hatta.", "JS", "BRA"),
        ("Polisi Singapura menahan Hartono Wijaya (45), warga negara Indonesia, atas permintaan Bareskrim.",
         "Hartono Wijaya", "IDN"),
        ("Seorang pria asal Surabaya berinisial AR (31) ditangkap di Tanjung Perak.", "AR", None),
        ("Kedua WNA itu masing-masing berinisial LZ (41) berkewarganegaraan China dan RK (36) berkewarganegaraan "
         "Malaysia.", "LZ", "CHN"),
    ],
    ids=["citizen-before", "from-a-country-with-initials", "citizen-after-age", "from-a-city-is-no-nationality",
         "nationality-after-age-without-a-comma"],
)
def test_a_nationality_beside_a_name_is_the_persons_country(read, text, name, country):
    """"warga negara Iran, Reza Karimi", "pria asal Brasil berinisial JS": a person without a title takes the
    country of the nationality the text tells beside the name, and the event coder then codes what is done to
    them as done to that country's national; a city of origin is no nationality."""
    assert _named(read(text), name, "PERSON").country == country


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        ("Kapolda Jawa Barat Irjen Budi Hartono memimpin apel pasukan di Bandung.", "Budi Hartono", "Irjen", "IDN"),
        ("Gubernur Bali Wayan Sudarsa meninjau lokasi banjir.", "Wayan Sudarsa", "Gubernur", "IDN"),
        ("Duta Besar Jepang Kenji Morita bertemu pejabat Kementerian Perdagangan.", "Kenji Morita", "Duta Besar",
         "JPN"),
        ("Menlu Korut Ri Chol-man tiba di Moskow pada Senin.", "Ri Chol-man", "Menlu", "PRK"),
        ("Duta Besar Indonesia untuk Malaysia Hermono menjemput para pekerja di Johor Bahru.", "Hermono",
         "Duta Besar", "IDN"),
        ("Juru bicara UNHCR Indonesia, Rina Kusuma, meninjau penampungan di Lhokseumawe.", "Rina Kusuma",
         "Juru bicara", "IGO:UNHCR"),
        ("Kepala KDEI Taipei Dewi Larasati menjenguk awak kapal itu di Kaohsiung.", "Dewi Larasati", "Kepala", "IDN"),
    ],
    ids=["police-rank", "governor", "ambassador-with-country", "minister-with-country", "ambassador-to-a-posting",
         "an-international-bodys-country-office", "indonesias-office-in-taipei"],
)
def test_unknown_name_after_a_title_is_a_person(read, text, name, title, country):
    """An unknown name after a title is a PERSON with that title; a country between them is the person's country."""
    article = read(text)
    person = _named(article, name, "PERSON")
    assert title in person.titles
    assert person.country == country
    assert person.source == "title"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Kapolda Jawa Barat Budi Hartono memimpin apel pasukan.", "Budi Hartono", "Kapolda"),
        ("Gubernur Jawa Tengah Rahmat Santoso meninjau lokasi banjir.", "Rahmat Santoso", "Gubernur"),
        ("Kapolda Jawa Barat Irjen Budi Hartono memimpin apel pasukan.", "Budi Hartono", "Kapolda"),
        ("Pj Gubernur Papua Tengah Maria Wenda meninjau posko pengungsi.", "Maria Wenda", "Pj Gubernur"),
        ("Plt Bupati Sidoarjo Agus Salim membuka pameran.", "Agus Salim", "Plt Bupati"),
    ],
    ids=["kapolda-province", "governor-province", "kapolda-and-rank", "acting-governor", "acting-regent"],
)
def test_title_survives_a_place_between_title_and_name(read, text, name, title):
    """A place between a title and the name ("Gubernur Jawa Tengah …") does not cost the person the title."""
    assert title in _named(read(text), name, "PERSON").titles


@pytest.mark.parametrize(
    ("text", "name", "title", "not_a_person"),
    [
        ("Kadiv Humas Polri Irjen Danu Prasetyo memastikan penyidikan berjalan.", "Danu Prasetyo", "Kadiv Humas",
         "Kadiv Humas"),
        ("Kabid Humas Polda Riau Kombes Hendra Saputra menyebut dua pelaku masih buron.", "Hendra Saputra",
         "Kombes", "Kabid Humas Polda"),
        ("Kasatreskrim Polres Lembah Hijau AKP Rudi Hartawan menyatakan motifnya utang.", "Rudi Hartawan", "AKP",
         "Polres Lembah Hijau AKP"),
        ("Kapolsek Pasir Mulya Kompol Joko Santoso menuturkan korban ditemukan warga.", "Joko Santoso", "Kompol",
         "Pasir Mulya"),
        ("Dirjen Pajak Kementerian Keuangan Agus Widjaja menyebut penerimaan naik.", "Agus Widjaja", "Dirjen Pajak",
         "Pajak"),
        ("Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Surya Darmawan memimpin rapat.", "Surya Darmawan",
         "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan", "Hukum"),
        ("Direktur Utama PT Tambang Sentosa (Persero) Lina Marlina mengatakan produksi naik.", "Lina Marlina",
         None, "Persero"),
    ],
    ids=["kadiv-humas", "kabid-humas-polda", "kasatreskrim-polres-rank", "kapolsek-place-rank", "dirjen-field",
         "listed-fields", "persero"],
)
def test_abbreviated_titles_and_ranks_are_not_names(read, text, name, title, not_a_person):
    """Indonesian news shortens the head of a unit to one word ("Kadiv", "Kabid", "Kasatreskrim", "Kapolsek"),
    lists fields inside a title ("Politik, Hukum, dan Keamanan") and ends state companies with "(Persero)":
    none of it is a person's name, and a police rank inside a run of capitals starts the person's title."""
    article = read(text)
    person = _named(article, name, "PERSON")
    if title:
        assert title in person.titles
    assert not_a_person not in [e.name for e in article.entities if e.type == "PERSON"]


def test_unit_between_title_and_rank_is_an_organisation_and_the_name_is_not_in_it(read):
    """"Kasatreskrim Polres Lembah Hijau AKP Rudi Hartawan": the police unit is an organisation that stops at the
    rank; the name after the rank is the person."""
    article = read("Kasatreskrim Polres Lembah Hijau AKP Rudi Hartawan menyatakan motifnya utang.")
    assert ("ORG", "Polres Lembah Hijau") in _summary(article)
    assert ("PERSON", "Rudi Hartawan") in _summary(article)


# --- unknown names by shape and context -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "evidence"),
    [
        ("Sanksi itu tidak efektif, kata Yoo Sang-bum, anggota parlemen Korea Selatan.", "Yoo Sang-bum", "role"),
        ("Kebijakan itu dinilai keliru oleh pengamat Arief Nugraha dari Jakarta.", "Arief Nugraha", "role"),
        ("Hendra Wijaya mengatakan bahwa harga beras akan naik.", "Hendra Wijaya", "speech verb"),
        ("Pertemuan itu dihadiri Larasati Wulandari dan sejumlah pejabat daerah.", "Larasati Wulandari",
         "name shape"),
        ("Epidemiolog Universitas Lembah Hijau Rina Kartika menilai vaksinasi perlu dipercepat.", "Rina Kartika",
         "role"),
    ],
    ids=["apposition", "role-word", "speech-verb", "name-shape", "a-scientists-field-and-university"],
)
def test_unknown_name_typed_by_shape_and_context(read, text, name, evidence):
    """A name no dictionary knows is a PERSON when a role word, an apposition, a speech verb or its shape says so."""
    person = _named(read(text), name, "PERSON")
    assert person.source == evidence
    assert person.id.startswith("local-")


def test_short_form_of_an_unknown_person_is_the_same_entity(read):
    """"Yoo" alone after "Yoo Sang-bum" is a mention of the same person, not a new one."""
    article = read("Sanksi itu tidak efektif, kata Yoo Sang-bum, anggota parlemen Korea Selatan. Yoo menambahkan "
                   "bahwa Seoul harus bersiap menghadapi provokasi berikutnya.")
    people = [e for e in article.entities if e.type == "PERSON"]
    assert len(people) == 1, _summary(article)
    assert people[0].name == "Yoo Sang-bum"
    assert [m.text for m in people[0].mentions] == ["Yoo Sang-bum", "Yoo"]
    assert "Yoo" in people[0].aliases


def test_family_name_of_a_dictionary_person_is_the_same_entity(read):
    """"Kim" alone after "Kim Jong-un" is Kim Jong-un."""
    article = read("Pemimpin Korut Kim Jong-un meninjau pabrik rudal. Kim memerintahkan produksi ditingkatkan.")
    person = _with_id(article, "kim-jong-un")
    assert [m.text for m in person.mentions] == ["Kim Jong-un", "Kim"]
    assert [e for e in article.entities if e.type == "PERSON"] == [person]


@pytest.mark.parametrize(
    "text",
    [
        "Asap terlihat dari gudang milik Sutrisno sejak pagi.",
        "Polisi mengatakan gudang itu sudah lama kosong.",
        "Laporan itu pertama kali dimuat laman berita lokal, lalu Kabarpesisir melaporkan ulang.",
    ],
    ids=["no-cue", "sentence-opener-before-speech-verb", "media-verb"],
)
def test_lone_unknown_word_with_no_full_name_is_dropped(read, text):
    """A single capitalised word that no full name in the article explains, and that no speech verb or naming
    word marks as a name, is not made an entity; a capital opening the sentence and a verb media use as much as
    people ("melaporkan") are no such mark."""
    assert [e for e in read(text).entities if e.type == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("\"Kami tidak sempat menyelamatkan apa pun,\" kata Sutrisno sambil menunjuk puing rumahnya.", "Sutrisno"),
        ("Menurut Wagiman, air naik sangat cepat sejak tengah malam.", "Wagiman"),
        ("Sementara itu, Marsinah mengatakan harga cabai naik dua kali lipat.", "Marsinah"),
        ("Seorang petani bernama Karto kehilangan dua ekor sapi.", "Karto"),
        ("Korban tinggal bersama istrinya, Sumarni, di rumah kontrakan.", "Sumarni"),
        ("Ia datang ke kantor polisi bersama anaknya Bagus pada Selasa malam.", "Bagus"),
    ],
    ids=["kata", "menurut", "speech-verb-after-comma", "bernama", "wife-with-commas", "son"],
)
def test_one_word_name_marked_by_speech_or_naming_word_is_a_person(read, text, name):
    """Many Indonesians have a single name, and relatives are named by the first name alone: one unknown
    capitalised word is a PERSON when a speech verb ("kata", "mengatakan") or a naming word ("bernama",
    "istrinya") stands next to it."""
    assert _named(read(text), name, "PERSON").id.startswith("local-")


@pytest.mark.parametrize(
    ("text", "name", "misspelt"),
    [
        ("Warga Desa Ciherang, Mulyadi Hasanuddin, menolak relokasi. Menurut Hasanudin, tanah itu warisan "
         "keluarganya.", "Mulyadi Hasanuddin", "Hasanudin"),
        ("Ketua RT Bambang Sulistyo memimpin kerja bakti. \"Semua warga ikut,\" kata Sulistyio.", "Bambang Sulistyo",
         "Sulistyio"),
    ],
    ids=["letter-missing", "letter-extra"],
)
def test_name_with_a_typo_is_the_person_spelt_right_elsewhere(read, text, name, misspelt):
    """A one-word name a letter off a person of the article (a letter missing or extra) is that person."""
    article = read(text)
    assert misspelt in [m.text for m in _named(article, name, "PERSON").mentions]
    assert [e.name for e in article.entities if e.type == "PERSON"] == [name]


def test_relative_introduced_by_name_is_not_taken_for_a_typo(read):
    """"ayahnya, Wayan": a name a naming word introduces is someone new, even a letter off a person named before."""
    article = read("Pelari muda Wayah Santika menang lagi. Ia dilatih ayahnya, Wayan, sejak kecil.")
    assert {e.name for e in article.entities if e.type == "PERSON"} == {"Wayah Santika", "Wayan"}


def test_short_names_a_letter_apart_stay_two_people(read):
    """"Rini" is not a typo for "Rina": short names a letter apart are different people."""
    article = read("Dokter Rina Kartika memeriksa para pasien. \"Semua sehat,\" kata Rini.")
    assert {e.name for e in article.entities if e.type == "PERSON"} == {"Rina Kartika", "Rini"}


# --- organisations -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Badan Riset Pangan Nusantara merilis laporan tahunan soal cadangan beras.", "Badan Riset Pangan Nusantara"),
        ("Kementerian Kelautan dan Perikanan menangkap dua kapal asing.", "Kementerian Kelautan dan Perikanan"),
        ("Partai Gerakan Rakyat Baru mendaftar ke KPU pada hari terakhir.", "Partai Gerakan Rakyat Baru"),
        ("Peneliti dari Universitas Tanjung Laras menemukan spesies katak baru.", "Universitas Tanjung Laras"),
        ("Yayasan Pelita Anak Pesisir membagikan buku di sekolah nelayan.", "Yayasan Pelita Anak Pesisir"),
        ("Laporan itu dimuat harian Lembah Hijau Times pada Minggu.", "Lembah Hijau Times"),
        pytest.param(
            "Saham PT Sinar Bahari Makmur naik tajam kemarin.", "PT Sinar Bahari Makmur",
        ),
        pytest.param(
            "PT Sinar Bahari Makmur mencatat kenaikan laba bersih.", "PT Sinar Bahari Makmur",
        ),
        pytest.param(
            "Badan Pengelola Perbatasan dan Kawasan Laut menggelar rapat koordinasi.",
            "Badan Pengelola Perbatasan dan Kawasan Laut",
        ),
    ],
    ids=["badan", "kementerian-dan", "partai", "universitas", "yayasan", "tail-times", "PT-mid", "PT-initial",
         "dan-kawasan"],
)
def test_organisation_by_head_or_tail_word(read, text, name):
    """A capitalised phrase opened by an organisation head (Badan, Kementerian, Partai, PT, Universitas …) or
    closed by an organisation tail (… Times) is an ORG, running on over connectors like "dan"."""
    article = read(text)
    org = _named(article, name, "ORG")
    assert [m.text for m in org.mentions] == [name]
    assert [e for e in article.entities if e.type == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Penumpang maskapai Laras Air selamat setelah pesawat mendarat darurat.", "Laras Air"),
        ("Menurut harian Suara Bahari, kapal itu dibangun di Surabaya.", "Suara Bahari"),
        ("Kapal itu dibuat oleh perusahaan Hendra Wijaya di Batam.", "Hendra Wijaya"),
        ("Maskapai Laras Air menunda semua penerbangan ke Ambon.", "Laras Air"),
        ("Tabloid Warta Bahari memberitakan kapal itu tenggelam.", "Warta Bahari"),
        ("Laporan itu dimuat Harian Le Figaro pada edisi Senin.", "Le Figaro"),
        ("Rencana itu pertama kali diberitakan surat kabar Suara Bahari pekan lalu.", "Suara Bahari"),
        ("Menurut situs berita The Daily Harbour, kapal itu dibangun di Surabaya.", "Daily Harbour"),
        ("Surat kabar Warta Bahari memberitakan kapal itu tenggelam.", "Warta Bahari"),
    ],
    ids=["maskapai", "harian", "perusahaan", "kind-opening-the-sentence", "tabloid-opening-the-sentence",
         "capitalised-kind-before-a-dictionary-name", "kind-of-two-words", "english-article-after-the-kind",
         "kind-of-two-words-opening-the-sentence"],
)
def test_a_name_after_a_kind_of_organisation_is_an_organisation(read, text, name):
    """"maskapai X", "harian X", "perusahaan X" (lower-case kind, data/id/entities.yaml org_kinds): the unknown
    name is an ORG even when shaped like a person's name. A kind word opening the sentence is capitalised but
    still only says the kind ("Maskapai Laras Air …" is the airline Laras Air)."""
    _named(read(text), name, "ORG")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Menurut Laras Air, pesawat itu mendarat darurat di laut. Maskapai Laras Air mengatakan semua penumpang "
         "selamat.", "Laras Air"),
        ("Warta Bahari melaporkan kapal itu tenggelam. Redaksi situs Warta Bahari menyebut sumbernya nelayan.",
         "Warta Bahari"),
    ],
    ids=["speech-verb", "media-verb"],
)
def test_a_name_read_as_a_person_by_its_verb_alone_is_the_organisation_named_so_elsewhere(read, text, name):
    """A speech verb or a name's shape is weak evidence of a person: when the article also names the same words
    an organisation (an organisation kind, word or head), they are that one organisation."""
    article = read(text)
    _named(article, name, "ORG")
    assert not [e for e in article.entities if e.type == "PERSON"]


@pytest.mark.parametrize(("text", "body", "code"), [
    ("Dewan Gubernur IAEA mengesahkan resolusi baru soal Iran di Wina.", "Dewan Gubernur IAEA", "IGO:IAEA"),
    ("Komite Tetap ASEAN menggelar rapat di Jakarta.", "Komite Tetap ASEAN", "IGO:ASEAN"),
    ("Kepala Pusat Penerangan TNI Brigjen TNI Freddy Ardianzah memberi keterangan.", "Pusat Penerangan TNI", "IDN"),
    ("Misi Tetap Indonesia untuk PBB menggelar rapat di New York.", None, None),
    # or with it right after the head, before "untuk" and what the body is for
    ("Komisi ASEAN untuk Hak Perempuan dan Anak menggelar rapat di Jakarta.",
     "Komisi ASEAN untuk Hak Perempuan dan Anak", "IGO:ASEAN"),
])
def test_a_body_named_by_the_organisation_it_ends_with_is_that_organisations(read, text, body, code):
    """"Dewan Gubernur IAEA", "Pusat Penerangan TNI": an unknown body whose name ends with an organisation the
    dictionary knows belongs to it (and acts for it or its country); one that names a country too is that country's
    ("Misi Tetap Indonesia untuk PBB")."""
    article = read(text)
    if body is None:
        assert not [e for e in article.entities if e.type == "ORG" and (e.code or "").startswith("IGO:")
                    and e.name.startswith("Misi")], [(e.name, e.code) for e in article.entities]
    else:
        assert _named(article, body, "ORG").code == code


def test_a_delegation_is_a_body_only_when_it_is_the_eus_mission(read):
    """"Delegasi UE" is the EU's mission, like an embassy; "Delegasi China" is China at the table, no body."""
    article = read("Kepala Delegasi UE Karel Novak mengatakan Delegasi China menolak usulan itu.")
    assert _named(article, "Delegasi Uni Eropa", "ORG").code == "IGO:EU"  # the dictionary's name
    assert [e.name for e in article.entities if e.type == "PERSON"] == ["Karel Novak"]
    assert not [e for e in article.entities if e.type == "ORG" and "China" in e.name]


@pytest.mark.parametrize(("text", "outlet"), [
    ("Mengutip Malay Mail, Angkatan Tentera Malaysia membantah tuduhan itu.", "Malay Mail"),
    ("Seperti dilaporkan Post-Courier, polisi Papua Nugini menahan tiga orang.", "Post-Courier"),
    ("Dilansir dari Sabah Daily, polisi menangkap majikan itu.", "Sabah Daily"),
])
def test_a_name_cited_as_the_source_is_a_news_outlet(read, text, outlet):
    """"Mengutip Malay Mail, …": a name the text cites as its source, set off by a comma, is a news outlet (sector
    MED, which reports and does not act), not a person or a place."""
    assert _named(read(text), outlet, "ORG").sector == "MED"


def test_a_name_a_group_gives_itself_is_an_organisation(read):
    """"Kelompok peretas yang menamakan diri "Black Lotus"": the name is the group's, shaped like a person's or not."""
    article = read('Kelompok peretas yang menamakan diri "Black Lotus" mengklaim bertanggung jawab atas serangan itu.')
    assert _named(article, "Black Lotus", "ORG")


def test_a_person_quoted_is_no_outlet(read):
    article = read("Mengutip Menteri Luar Negeri Sugiono, Indonesia menolak usulan itu.")
    assert _named(article, "Sugiono", "PERSON")


@pytest.mark.parametrize(("text", "place"), [
    ("Presiden Prabowo Subianto disambut Sultan Hassanal Bolkiah di Istana Nurul Iman.", "Istana Nurul Iman"),
    ("Kedua pemimpin bertemu di Istana Dusit, Bangkok.", "Istana Dusit"),
])
def test_a_palace_named_is_a_place_not_the_indonesian_presidential_palace(read, text, place):
    """"Istana" alone is Indonesia's presidential palace; "Istana Nurul Iman" is a palace of its own, a place, and its
    name is no person's."""
    article = read(text)
    assert _named(article, place, "LOCATION")
    assert not [e for e in article.entities if e.name == "Istana Kepresidenan"]
    assert not [e for e in article.entities if e.type == "PERSON" and e.name in place]


@pytest.mark.parametrize("text", [
    "Kejagung akan mengajukan permintaan bantuan hukum timbal balik (mutual legal assistance/MLA) ke Singapura.",
    "Petugas menangkap tiga kapal ikan asing (KIA) di Laut Natuna Utara.",
])
def test_the_acronym_of_a_phrase_of_common_words_is_no_organisation(read, text):
    """"(mutual legal assistance/MLA)": capitals that spell the lower-case words right before them are the phrase's
    short form, no body."""
    article = read(text)
    assert not [e for e in article.entities if e.type == "ORG" and e.name in ("MLA", "KIA")], article.entities


@pytest.mark.parametrize(("text", "mission"), [
    ("KBRI Singapura mendampingi dua WNI yang ditahan.", "KBRI Singapura"),
    ("KJRI Hong Kong menemui 23 pekerja migran yang ditangkap.", "KJRI Hong Kong"),
])
def test_a_mission_named_by_the_country_it_sits_in_is_its_senders(read, text, mission):
    """"KBRI Singapura", "KJRI Hong Kong": Indonesia's missions, named by the country or territory they sit in, act
    for Indonesia; a ministry named with another country stays that country's."""
    assert _named(read(text), mission, "ORG").code == "IDN"
    assert _named(read("Kementerian Luar Negeri Yordania membantah."), "Kementerian Luar Negeri Yordania",
                  "ORG").code == "JOR"


@pytest.mark.parametrize(("text", "body", "code"), [
    ("Kedutaan Besar Korea Selatan untuk Indonesia menggelar pameran budaya di Bandung.",
     "Kedutaan Besar Korea Selatan untuk Indonesia", "KOR"),
    ("Kedutaan Besar Uni Eropa untuk Indonesia menerima perwakilan nelayan di Jakarta.",
     "Kedutaan Besar Uni Eropa untuk Indonesia", "IGO:EU"),
])
def test_the_country_a_body_serves_in_is_not_its_own(read, text, body, code):
    """"Kedutaan Besar Korea Selatan untuk Indonesia": the country after "untuk" is where the body serves; the
    body is the country or organisation named before it."""
    assert _named(read(text), body, "ORG").code == code


@pytest.mark.parametrize(("text", "known", "longer", "country"), [
    ("Kemlu RI dan Kementerian Luar Negeri Australia mendesak Myanmar membebaskan tahanan politik.",
     "Kementerian Luar Negeri", "Kementerian Luar Negeri Australia", "AUS"),
    ("Kementerian Pertahanan menerima kunjungan pejabat Kementerian Pertahanan Jepang di Jakarta.",
     "Kementerian Pertahanan", "Kementerian Pertahanan Jepang", "JPN"),
])
def test_a_known_name_followed_by_another_country_is_that_countrys_body(read, text, known, longer, country):
    """A longer unknown name that begins with a known one is that one ("Partai Republik Amerika Serikat"), unless
    the words after it name another country: "Kementerian Luar Negeri Australia" is Australia's ministry, beside
    Indonesia's."""
    article = read(text)
    assert _named(article, known, "ORG").code == "IDN"
    assert _named(article, longer, "ORG").code == country


@pytest.mark.parametrize(
    "text",
    [
        "Kelompok Sutrisno Hadi menyerang pos polisi itu.",
        "Yayasan Lembah Hijau membagikan bantuan kepada korban banjir.",
        "Situs Gua Lawang ramai dikunjungi wisatawan saat libur sekolah.",
    ],
    ids=["kelompok", "yayasan", "situs-a-site"],
)
def test_a_kind_word_that_is_also_a_head_stays_in_the_name(read, text):
    """"Yayasan", "Kelompok" open organisation names of their own, and "Situs" the name of an archaeological
    site: the whole phrase is the name."""
    name = " ".join(text.split()[:3])
    assert name in [e.name for e in read(text).entities if e.type in ("ORG", "LOCATION")]


@pytest.mark.parametrize(
    ("text", "org", "person"),
    [
        ("Ketua Komisi Pemberantasan Korupsi mengumumkan tersangka baru.", "Komisi Pemberantasan Korupsi", None),
        pytest.param(
            "Ketua Partai Gerakan Rakyat Baru, Hendra Wijaya, mendaftar ke KPU.", "Partai Gerakan Rakyat Baru",
            "Hendra Wijaya",
        ),
        pytest.param(
            "Kepala Badan Riset Pangan Nusantara, Ratna Dewi, memaparkan hasil kajian.",
            "Badan Riset Pangan Nusantara", "Ratna Dewi",
        ),
        pytest.param(
            "Kepala Badan Pusat Statistik mengumumkan angka inflasi terbaru.", "Badan Pusat Statistik", None,
        ),
        pytest.param(
            "Ketua Komisi XI DPR Misbakhun meminta rincian anggaran dibuka.", "Komisi XI DPR", "Misbakhun",
        ),
    ],
    ids=["ketua-komisi", "ketua-partai-apposition", "kepala-badan-apposition", "kepala-badan-dictionary",
         "one-word-name-after-an-acronym"],
)
def test_title_before_an_organisation_keeps_the_organisation_whole(read, text, org, person):
    """"Ketua Komisi …", "Kepala Badan …": the title belongs to a person; the organisation after it keeps its
    whole name, and a name in apposition after a comma is the person."""
    article = read(text)
    _named(article, org, "ORG")
    people = [e.name for e in article.entities if e.type == "PERSON"]
    assert people == ([person] if person else [])


def test_abbreviation_defined_in_the_text(read):
    """"Lembaga Kajian Maritim Nusantara (LKMN) … LKMN menyebut …": one ORG, LKMN its alias, every mention."""
    article = read("Lembaga Kajian Maritim Nusantara (LKMN) merilis kajian terbaru soal nelayan. Dalam laporan "
                   "itu, LKMN menyebut hasil tangkapan turun sepertiga.")
    orgs = [e for e in article.entities if e.type == "ORG"]
    assert len(orgs) == 1, _summary(article)
    assert orgs[0].name == "Lembaga Kajian Maritim Nusantara"
    assert "LKMN" in orgs[0].aliases
    assert [m.text for m in orgs[0].mentions] == ["Lembaga Kajian Maritim Nusantara", "LKMN", "LKMN"]


def test_an_acronym_the_text_defines_for_its_own_body_is_not_the_dictionarys(read):
    """"Konsorsium Pembaruan Agraria (KPA)": the text's KPA, in every mention, not the dictionary's KPA (the Korean
    People's Army), whose names share no word with the long form."""
    article = read("Konsorsium Pembaruan Agraria (KPA) mengecam penangkapan para petani. Menurut catatan KPA, "
                   "konflik agraria terus berulang.")
    orgs = [e for e in article.entities if e.type == "ORG"]
    assert [(o.name, o.country) for o in orgs] == [("Konsorsium Pembaruan Agraria", None)], _summary(article)
    assert [m.text for m in orgs[0].mentions] == ["Konsorsium Pembaruan Agraria", "KPA", "KPA"]


def test_a_company_named_again_by_its_legal_form_and_acronym_is_the_same_one(read):
    """"PT Sawit Lestari Nusantara (SLN) … Manajer Humas PT SLN Rudi Hartanto": "PT SLN" is the company, its
    officer's title ends before it, and the name after it is the officer's."""
    article = read("Warga bentrok dengan petugas PT Sawit Lestari Nusantara (SLN) di Labuhanbatu. Manajer Humas PT "
                   "SLN Rudi Hartanto membantah tudingan warga.")
    company = _named(article, "PT Sawit Lestari Nusantara", "ORG")
    assert "PT SLN" in company.aliases, _summary(article)
    assert [e.name for e in article.entities if e.type == "PERSON"] == ["Rudi Hartanto"]


@pytest.mark.parametrize(("text", "person", "bodies"), [
    ("Keluarga menyebut pria itu bernama Yulianus Pigai (YP), seorang sopir.", "Yulianus Pigai", []),
    ("Saham PT Energi Bara Nusantara (EBN) anjlok.", None, ["PT Energi Bara Nusantara"]),
    ("Jepang memimpin Asia Zero Emission Community (AZEC) sejak 2023.", None, ["Asia Zero Emission Community"]),
], ids=["a-name-with-its-initials", "a-company-after-its-legal-form", "four-words"])
def test_a_name_spelt_by_initials_in_brackets_is_a_person_not_a_body(read, text, person, bodies):
    """A name of two or three words with no head, none of them a common word, spelt by its initials in brackets is
    a person's, as police name suspects; not a company after its legal form or a body of four words."""
    article = read(text)
    assert [e.name for e in article.entities if e.type == "PERSON"] == ([person] if person else []), _summary(article)
    assert [e.name for e in article.entities if e.type == "ORG"] == bodies


def test_a_person_named_first_by_initials_is_the_one_they_are_given_to_later(read):
    """"… berinisial MT dan YP … Yulianus Pigai (YP)": the first "YP" is Yulianus Pigai; "MT", never spelt out,
    stays a person of its own."""
    article = read("Polisi menangkap dua warga berinisial MT dan YP. Keluarga menyebut YP bernama Yulianus Pigai "
                   "(YP), seorang sopir.")
    people = {e.name: [m.text for m in e.mentions] for e in article.entities if e.type == "PERSON"}
    assert people == {"MT": ["MT"], "Yulianus Pigai": ["YP", "YP", "Yulianus Pigai", "YP"]}, _summary(article)


@pytest.mark.parametrize(("text", "people"), [
    ("Polisi menangkap Yulianus Pigai pada Sabtu malam.", ["Yulianus Pigai"]),
    ("Menteri HAM Natalius Pigai hadir. Menurut Pigai, kasus itu serius.", ["Natalius Pigai"]),
], ids=["another-of-the-family", "the-known-one-by-family-name"])
def test_a_known_family_name_after_another_given_name_is_someone_else(read, text, people):
    """The dictionary's "Pigai" (Natalius Pigai) after a given name it does not give him is another person, named
    in full; alone, it is him."""
    article = read(text)
    assert [e.name for e in article.entities if e.type == "PERSON"] == people, _summary(article)


def test_a_known_body_named_in_brackets_after_an_unknown_one_is_that_body(read):
    """"Bank Sentral Federasi Rusia (Bank of Russia)": the dictionary's Bank of Russia, under the name the text gives it
    too; "Bank Indonesia (BI) dan …" before it is a body of its own."""
    article = read("Bank Indonesia (BI) dan Bank Sentral Federasi Rusia (Bank of Russia) menandatangani nota "
                   "kesepahaman kerja sama.")
    assert [(e.name, e.country) for e in article.entities if e.type == "ORG"] == [
        ("Bank Indonesia", "IDN"), ("Bank Sentral Rusia", "RUS")], _summary(article)
    assert "Bank Sentral Federasi Rusia" in _named(article, "Bank Sentral Rusia", "ORG").aliases


def test_a_second_body_after_dan_is_not_a_field_of_the_first(read):
    """"Bank Mandiri dan Bank Sentral Federasi Rusia": two banks, not one of Russia's named across "dan" (as
    "Kementerian Perdagangan dan Industri India" is one ministry)."""
    article = read("Bank Mandiri dan Bank Sentral Federasi Rusia menandatangani nota itu.")
    assert [e.name for e in article.entities if e.type == "ORG"] == ["Bank Mandiri", "Bank Sentral Federasi Rusia"]


def test_a_short_name_in_brackets_after_an_organisation_is_its_alias(read):
    """"Asosiasi Persepatuan Indonesia (Aprisindo) Rudi Gunawan": the short name, made of parts of the name's words
    in no spelt-out order, is the association's; the name after it is the person's."""
    article = read("Wakil Ketua Umum Asosiasi Persepatuan Indonesia (Aprisindo) Rudi Gunawan menyebut tarif itu "
                   "memukul industri.")
    assert "Aprisindo" in _named(article, "Asosiasi Persepatuan Indonesia", "ORG").aliases
    assert [e.name for e in article.entities if e.type == "PERSON"] == ["Rudi Gunawan"]


@pytest.mark.parametrize(("text", "orgs", "people"), [
    ("Majelis hakim Pengadilan Tindak Pidana Korupsi (Tipikor) Jakarta menjatuhkan vonis kepada Direktur PT Sarana "
     "Niaga Persada (Persero).", ["Pengadilan Tindak Pidana Korupsi", "PT Sarana Niaga Persada"], []),
    ("KPK menahan Direktur PT Lintang Karya Utama Hendro Wijaya (HW).",
     ["Komisi Pemberantasan Korupsi", "PT Lintang Karya Utama"], ["Hendro Wijaya"]),
])
def test_a_bracket_after_an_organisation_keeps_its_last_words_in_it(read, text, orgs, people):
    """A title, then an organisation and two name-like words, is read as title, organisation, person ("Ketua Partai
    Oposisi Nancy Pelosi") — unless a bracket right after holds the organisation's legal form or abbreviation; the
    initials of a person named last stay the person's."""
    article = read(text)
    assert [e.name for e in article.entities if e.type == "ORG"] == orgs, _summary(article)
    assert [e.name for e in article.entities if e.type == "PERSON"] == people, _summary(article)


@pytest.mark.parametrize(("text", "org", "not_org"), [
    ("Sebanyak 14 Dewan Pimpinan Daerah (DPD) Partai Golkar mendesak digelarnya munaslub. DPD yang lain menolak.",
     "Dewan Pimpinan Daerah", "Dewan Perwakilan Daerah"),
    ("Ketua DPD Golkar Maluku Utara dibekukan DPP setelah mendesak digelarnya munaslub.", "Partai Golongan Karya",
     "Dewan Perwakilan Daerah"),
], ids=["spelt-out-as-another-body", "a-party-board"])
def test_an_abbreviation_the_text_uses_for_another_body_is_not_the_dictionarys(read, text, org, not_org):
    """"Dewan Pimpinan Daerah (DPD)": the text spells DPD out as a party's board, not the Dewan Perwakilan Daerah the
    dictionary knows by it; nor is "DPD Golkar" in a story of party politics (``abbreviation_senses``)."""
    names = [e.name for e in read(text).entities if e.type == "ORG"]
    assert org in names and not_org not in names, names


@pytest.mark.parametrize(("text", "names"), [
    ("JAKARTA, KOMPAS.com - Sebanyak 4.800 pekerja migran Indonesia dideportasi dari Sabah. Data BP3MI mencatat "
     "jumlah PMI yang dideportasi terus naik.", ["Indonesia", "Sabah", "BP3MI", "Jakarta"]),
    ("Relawan PMI membagikan makanan kepada korban banjir di Bekasi.", ["Palang Merah Indonesia", "Bekasi"]),
    ("Emir Qatar Yang Mulia Sheikh Tamim bin Hamad Al Thani menyambut Presiden Prabowo.",
     ["Qatar", "Tamim bin Hamad Al Thani", "Prabowo Subianto"]),
    ("Rudal S400 dan jet F16 dikerahkan ke perbatasan.", []),
], ids=["an-acronym-whose-phrase-is-spelt-out", "the-red-cross", "an-honorific", "models-of-weapons"])
def test_acronyms_spelt_out_digits_and_honorifics(read, text, names):
    """An acronym the text spells out as a phrase of common words ("pekerja migran Indonesia" … "PMI") is that
    phrase, no body (``phrase_acronyms``); a digit inside a body's acronym (BP3MI) keeps it one, one at the end makes
    a model; "Yang Mulia" is an honorific, not the town of Mulia."""
    assert [e.name for e in read(text).entities] == names


@pytest.mark.parametrize(("text", "org"), [
    ("Kepala Balai Pelayanan Pelindungan Pekerja Migran Indonesia Kalimantan Utara, Hendra, menjelaskan hal itu.",
     "Balai Pelayanan Pelindungan Pekerja Migran Indonesia Kalimantan Utara"),
    ("Ketua Umum Gabungan Pengusaha Kelapa Sawit Indonesia Eddy Martono mendukung langkah itu.",
     "Gabungan Pengusaha Kelapa Sawit Indonesia"),
    ("Danantara dan Qatar Investment Authority membentuk dana bersama.", "Qatar Investment Authority"),
    ("Perusahaan asal China, Zhejiang Hengtai Nickel Industry, membangun smelter di Weda Bay.",
     "Zhejiang Hengtai Nickel Industry"),
], ids=["balai", "gabungan", "authority", "industry"])
def test_more_heads_and_tails_of_organisations(read, text, org):
    """Regional service offices ("Balai"), business federations ("Gabungan"), and English names ending "Authority"
    or "Industry" are organisations, not people."""
    article = read(text)
    _named(article, org, "ORG")
    assert org not in [e.name for e in article.entities if e.type == "PERSON"]


def test_an_acronym_spelt_out_in_the_body_is_that_phrase_in_the_headline_too(read):
    """A headline is read on its own ("PMI Asal Lombok Divonis Mati"), but "PMI" there is what the body spells it
    out as, "pekerja migran Indonesia (PMI)", not the Red Cross the dictionary knows by those letters."""
    article = read("JAKARTA, KOMPAS.com - Seorang pekerja migran Indonesia (PMI) asal Lombok Timur dijatuhi hukuman "
                   "mati oleh pengadilan di Selangor, Malaysia.",
                   title="PMI Asal Lombok Timur Divonis Mati di Malaysia")
    assert "Palang Merah Indonesia" not in [e.name for e in article.entities], _summary(article)


@pytest.mark.parametrize(("text", "org"), [
    ("Puluhan mahasiswa berunjuk rasa di depan kantor DPRD Jawa Barat, Rabu.", "DPRD Jawa Barat"),
    ("Ketua DPRD Kota Bekasi Saifuddaulah menerima perwakilan warga.", "DPRD Kota Bekasi"),
    ("Kepala BPBD Garut Rina Hartati mengatakan 300 rumah terendam.", "BPBD Garut"),
    ("Pemungutan suara ulang diserahkan kepada KPU Buton Tengah.", "KPU Buton Tengah"),
    ("Bawaslu Jawa Barat menerima 20 laporan pelanggaran kampanye.", "Bawaslu Jawa Barat"),
], ids=["dprd-of-a-province", "dprd-of-a-city", "bpbd-of-a-regency", "kpu-of-a-regency", "bawaslu-of-a-province"])
def test_a_place_after_a_regional_body_says_which_one(read, text, org):
    """Each region has its own DPRD and BPBD (their names say "Daerah": ``regional_office_words``), KPU and Bawaslu
    (``regional_branch_bodies``): the place after the acronym names the body ("DPRD Jawa Barat"), not the national
    one the dictionary knows."""
    article = read(text)
    _named(article, org, "ORG")
    assert "Dewan Perwakilan Rakyat Daerah" not in [e.name for e in article.entities], _summary(article)


@pytest.mark.parametrize(("text", "place", "org"), [
    ("Sugiono berpidato di Markas Besar PBB, New York, Jumat.", "Markas Besar PBB", "Perserikatan Bangsa-Bangsa"),
    ("Para menteri pertahanan bertemu di Markas Besar NATO di Brussel.", "Markas Besar NATO", "NATO"),
], ids=["un-headquarters", "nato-headquarters"])
def test_the_headquarters_of_a_known_body_is_a_place_named_with_it(read, text, place, org):
    """"Markas Besar PBB": a place whose name runs through the body's; the body is named there too."""
    article = read(text)
    _named(article, place, "LOCATION")
    _named(article, org, "ORG")
    assert "Markas Besar" not in [e.name for e in article.entities], _summary(article)


@pytest.mark.parametrize(("text", "names"), [
    ("Para pengungsi dibawa ke Kantor IOM Banda Aceh untuk didata.",
     [("ORG", "Organisasi Internasional untuk Migrasi"), ("LOCATION", "Banda Aceh")]),
    ("Para deportan ditampung sementara di Rusunawa Nunukan.", [("LOCATION", "Rusunawa Nunukan")]),
    ("Rekayasa lalu lintas diterapkan di ruas Tol Trans Jawa dan Jalan Tol Cipali.",
     [("LOCATION", "Tol Trans Jawa"), ("LOCATION", "Jalan Tol Cipali")]),
    ("Enam MoU yang diteken mencakup energi dan pangan.", []),
    ("Senada, Menteri Perladangan dan Komoditi Malaysia Johari Abdul Ghani menilai aturan itu diskriminatif.",
     [("COUNTRY", "Malaysia"), ("PERSON", "Johari Abdul Ghani")]),
    # an office the dictionary knows as a body, after a word of its staff or a preposition and before no name, is
    # the body; before a name it is that person's title
    ("Tersangka ditahan penyidik Jaksa Agung Muda Bidang Tindak Pidana Khusus (Jampidsus) sejak Oktober.",
     [("ORG", "Jaksa Agung Muda Bidang Tindak Pidana Khusus")]),
    ("Jampidsus Febrie Adriansyah mengatakan berkas perkara sudah lengkap.", [("PERSON", "Febrie Adriansyah")]),
    # a title word that opens the name of a body the dictionary knows ("Operasi") is the body's, not the title's
    ("Kepala Operasi Damai Cartenz Brigjen Pol Hendro Wicaksono mengatakan pasukan siaga.",
     [("ORG", "Satgas Operasi Damai Cartenz"), ("PERSON", "Hendro Wicaksono")]),
    ("Delegasi itu dipimpin Wakil Komandan Penjaga Pantai Vietnam Mayor Jenderal Nguyen Van Hung.",
     [("ORG", "Penjaga Pantai Vietnam"), ("PERSON", "Nguyen Van Hung")]),
], ids=["office-of-an-acronym-body", "public-flats", "toll-roads", "a-number-opening-a-sentence",
        "a-malaysian-ministry", "an-office-named-as-a-body", "an-office-as-a-title", "a-body-named-in-a-title",
        "deputy-of-a-title"])
def test_offices_flats_numbers_and_titles(read, text, names):
    """"Kantor IOM Banda Aceh" is the IOM's office in Banda Aceh; a block of public flats and a toll road are places
    (the road named by its whole route: "Tol Trans Jawa"); a number opening a
    sentence is no name; the fields of a minister ("Perladangan dan Komoditi") and "Wakil" before any title are part
    of the title, not of a name (a body the dictionary knows after it is named: "Penjaga Pantai Vietnam")."""
    assert _summary(read(text)) == names


@pytest.mark.parametrize(("text", "person", "country"), [
    ("Direktur Pelindungan WNI Kementerian Luar Negeri (Kemlu) Judha Nugraha mengatakan evakuasi berjalan lancar.",
     "Judha Nugraha", "IDN"),
    ("Juru bicara Penjaga Pantai Filipina (PCG) Komodor Jay Tarriela mengatakan tiga kapal mengepung kapal itu.",
     "Jay Tarriela", "PHL"),
    ("Direktur Pelindungan Warga Negara Indonesia (WNI) Kementerian Luar Negeri (Kemlu) Judha Nugraha membenarkan "
     "informasi tersebut.", "Judha Nugraha", "IDN"),
    ("Juru bicara Angkatan Darat Kerajaan Thailand Mayor Jenderal Winthai Suvaree menuduh pasukan Kamboja menembak "
     "lebih dulu.", "Winthai Suvaree", "THA"),
], ids=["ministry-abbreviated", "coast-guard-abbreviated-then-a-rank", "two-abbreviations-in-the-title",
        "a-military-rank-ends-the-organisation"])
def test_a_title_runs_on_past_the_abbreviation_of_its_organisation(read, text, person, country):
    """"Direktur … Kementerian Luar Negeri (Kemlu) Judha Nugraha": the bracket between the organisation and the name
    does not cut the title off; the person is the ministry's, so Indonesia's. A rank after it ("Komodor") is a title
    too, no name; a military rank ends the organisation before it ("… Kerajaan Thailand Mayor Jenderal …")."""
    article = read(text)
    assert [e.name for e in article.entities if e.type == "PERSON"] == [person], _summary(article)
    assert _named(article, person, "PERSON").country == country


def test_a_country_after_an_organisations_abbreviation_says_whose_it_is(read):
    """"Biro Perikanan dan Sumber Daya Perairan (BFAR) Filipina": a body the dictionary does not know, the
    Philippines'."""
    article = read("Kapal penjaga pantai China menembakkan meriam air ke arah kapal Biro Perikanan dan Sumber Daya "
                   "Perairan (BFAR) Filipina di dekat Scarborough Shoal.")
    assert _named(article, "Biro Perikanan dan Sumber Daya Perairan", "ORG").country == "PHL"


@pytest.mark.parametrize(("text", "people"), [
    ("Gugatan diajukan pasangan calon nomor urut 1, Darmawan Sitompul-Ruth Simanjuntak, ke Mahkamah Konstitusi. "
     "Pasangan Edison Nainggolan-Hotma Purba meraih 58.310 suara. Edison-Hotma unggul atas Darmawan-Ruth.",
     ["Darmawan Sitompul", "Ruth Simanjuntak", "Edison Nainggolan", "Hotma Purba"]),
    ("Mantan Perdana Menteri Prancis Jean-Pierre Raffarin tiba di Jakarta.", ["Jean-Pierre Raffarin"]),
    ("Menteri Pertahanan Polandia Wladyslaw Kosiniak-Kamysz menandatangani kesepakatan itu.",
     ["Wladyslaw Kosiniak-Kamysz"]),
], ids=["running-mates", "guard-hyphenated-first-name", "double-barrelled-surname"])
def test_running_mates_joined_by_a_hyphen_are_two_people(read, text, people):
    """Election news pairs candidates with a hyphen ("Darmawan Sitompul-Ruth Simanjuntak", "Edison-Hotma"): two
    people; a hyphenated first name is one, and so is a double-barrelled surname that ends the name."""
    assert [e.name for e in read(text).entities if e.type == "PERSON"] == people


def test_an_abbreviation_after_a_pair_of_running_mates_still_names_its_long_form(read):
    """Splitting "Yusuf-Elisabeth" into two people makes one candidate more: "Badan Pengawas Pemilu (Bawaslu)" later
    must still be one body, not take in the person named just before it."""
    article = read("Pasangan Yusuf-Elisabeth meraih 30.867 suara. Kuasa hukum pihak terkait, Abdul Gani Tuasikal, "
                   "menilai permohonan itu lemah. “Kalau memang ada kecurangan, mengapa tidak dipersoalkan sejak "
                   "awal?” kata Abdul Gani.\n\nAdapun Badan Pengawas Pemilu (Bawaslu) Kabupaten Buru Selatan menerima "
                   "empat laporan.")
    bodies = [e for e in article.entities if e.type == "ORG"]
    assert [m.text for e in bodies for m in e.mentions if "Gani" in m.text] == [], _summary(article)
    assert [q.speaker for q in article.quotes if q.direct] == ["Abdul Gani Tuasikal"]


@pytest.mark.parametrize(("text", "person", "country"), [
    ("“Kami ingin berdiri bersama masyarakat,” ujar Wakil Kepala Perwakilan Kedutaan Besar Jepang di Jakarta, "
     "Takahashi Kenji.", "Takahashi Kenji", "JPN"),
    ("Menteri Sumber Asli dan Kelestarian Alam Malaysia Nik Nazmi Nik Ahmad menuding Indonesia lalai.",
     "Nik Nazmi Nik Ahmad", "MYS"),
    ("Deputi Pemberantasan BNN Irjen Pol Arief Setiawan mengatakan kapal itu dicegat di Selat Malaka.",
     "Arief Setiawan", "IDN"),
], ids=["an-embassy-and-the-city-it-sits-in", "a-malaysian-ministry", "a-deputy-for-enforcement"])
def test_the_person_after_a_title_and_an_organisation_is_the_organisations(read, text, person, country):
    """The title's words ("Perwakilan", "Sumber Asli dan Kelestarian Alam", "Pemberantasan") are no name; the person
    is of the country of the body in the title, not of the city it sits in ("… Jepang di Jakarta, Takahashi …")."""
    article = read(text)
    assert [e.name for e in article.entities if e.type == "PERSON"] == [person], _summary(article)
    assert _named(article, person, "PERSON").country == country


@pytest.mark.parametrize(("text", "orgs"), [
    ("Proyek itu didanai Mitsubishi Corporation dan Sojitz Corporation dari Jepang.",
     ["Mitsubishi Corporation", "Sojitz Corporation"]),
    ("Militer Pakistan melalui Inter Services Public Relations (ISPR) membantah tuduhan itu.",
     ["Angkatan Bersenjata Pakistan", "Inter Services Public Relations"]),
    ("Analis Samuel Sekuritas Indonesia, Budi Santoso, menilai saham perbankan naik.", ["Samuel Sekuritas Indonesia"]),
    ("Badan Pengawas Obat dan Makanan melarang produk itu.", ["Badan Pengawas Obat dan Makanan"]),
], ids=["two-companies", "public-relations", "a-securities-firm-after-a-role", "guard-dan-inside-a-name"])
def test_names_ended_by_their_kind_of_organisation(read, text, orgs):
    """A name ended by its kind ("… Corporation", "… Sekuritas", "… Public Relations") is whole: "dan" after it
    joins another organisation, and a role word opening the sentence before it is the role of the person named
    next."""
    article = read(text)
    assert [e.name for e in article.entities if e.type == "ORG"] == orgs, _summary(article)
    assert not [e for e in article.entities if e.type == "PERSON" and e.name in " ".join(orgs)]


def test_a_body_of_another_scope_is_not_merged_into_the_known_one_it_begins_like(read):
    """"Dewan Keamanan Nasional (NSC)" of South Korea and the UN's "Dewan Keamanan PBB" in one story: two bodies."""
    article = read("Presiden Korea Selatan Lee Jae-myung menggelar rapat darurat Dewan Keamanan Nasional (NSC) di "
                   "kantor kepresidenan. “Peluncuran ini melanggar resolusi Dewan Keamanan PBB,” kata Wi Sung-lac.")
    assert "Dewan Keamanan Nasional" not in _named(article, "Dewan Keamanan PBB", "ORG").aliases
    _named(article, "Dewan Keamanan Nasional", "ORG")


def test_a_subheading_in_title_case_is_read_as_a_headline(read):
    """"AS dan Inggris Balas Menyerang", "AS Disebut Khawatir": a short title-case line inside the body, with no
    closing punctuation, names no person; the dictionary's names in it still count."""
    article = read("Kapal tanker itu diserang di Laut Merah.\n\nAS dan Inggris Balas Menyerang\n\nBeberapa jam setelah "
                   "serangan, militer Amerika Serikat melancarkan serangan udara.\n\nAS Disebut Khawatir\n\nKerja "
                   "sama ini mendapat sorotan dari Washington.")
    assert [e.name for e in article.entities if e.type == "PERSON"] == [], _summary(article)
    assert "Inggris" in [e.name for e in article.entities]


@pytest.mark.parametrize(("text", "names"), [
    ("Konsulat Jenderal RI (KJRI) Darwin telah menemui para nelayan.",
     [("ORG", "Konsulat Jenderal RI Darwin", "IDN"), ("LOCATION", "Darwin", "AUS")]),
    ("Puluhan warga Kuala Peudawa mendatangi lokasi pendaratan di dekat Karang Unarang.",
     [("LOCATION", "Kuala Peudawa", None), ("LOCATION", "Karang Unarang", None)]),
    ("Protection Associate UNHCR Indonesia Rima Anggraini mengatakan para pengungsi lemah.",
     [("ORG", "UNHCR", "IGO:UNHCR"), ("COUNTRY", "Indonesia", "IDN"), ("PERSON", "Rima Anggraini", "IGO:UNHCR")]),
    ("Pelaku berasal dari The Resistance Front (TRF), kelompok yang berbasis di Pakistan.",
     [("ORG", "Resistance Front", None), ("COUNTRY", "Pakistan", "PAK")]),
    ("Serangan udara menghantam sebuah sekolah di Desa Nyaung Pin Thar, Kotapraja Tabayin, Wilayah Sagaing.",
     [("LOCATION", "Desa Nyaung Pin Thar", None), ("LOCATION", "Kotapraja Tabayin", None),
      ("LOCATION", "Sagaing", "MMR")]),
    ("Air Niugini menyampaikan dalam sebuah rilis bahwa semua penumpang selamat.", [("ORG", "Air Niugini", None)]),
    ("Rombongan itu mengunjungi Air Terjun Sipiso-piso.", [("LOCATION", "Air Terjun Sipiso-piso", None)]),
    ("Mahasiswa UIN Walisongo berkumpul di Simpang Lima.",
     [("ORG", "UIN Walisongo", None), ("LOCATION", "Simpang Lima", None)]),
    ("Konfederasi Serikat Buruh Sejahtera menolak rencana itu. Koops Habema mengerahkan pasukan.",
     [("ORG", "Konfederasi Serikat Buruh Sejahtera", None), ("ORG", "Komando Operasi TNI Habema", "IDN")]),
    ("Konsorsium itu dipimpin Daesung Energy Materials.", [("ORG", "Daesung Energy Materials", None)]),
    ("Bupati Agam Rasyidin Datuk Rajo Batuah meminta bantuan.",
     [("LOCATION", "Kabupaten Agam", "IDN"), ("PERSON", "Rasyidin Datuk Rajo Batuah", "IDN")]),
    ("Polisi Capitol menangkap dua orang.", [("ORG", "Polisi Capitol", None)]),
    ("Analis Harbor Crest Advisory menilai langkah itu berisiko.", [("ORG", "Harbor Crest Advisory", None)]),
    ("Komunitas Karibia (CARICOM) mendukung Guyana.",
     [("ORG", "Komunitas Karibia", "IGO:CARICOM"), ("COUNTRY", "Guyana", "GUY")]),
    ("BNPB menyalurkan Dana Siap Pakai Rp5 miliar.", [("ORG", "Badan Nasional Penanggulangan Bencana", "IDN")]),
    ("Duta Besar itu bertemu Gubernur Provinsi Riyadh pada Senin.", [("LOCATION", "Provinsi Riyadh", "SAU")]),
    ("Kemlu RI mengajukan permohonan pengampunan kepada Raja Salman.",
     [("ORG", "Kementerian Luar Negeri", "IDN"), ("PERSON", "Salman bin Abdulaziz Al Saud", "SAU")]),
    ("Tersangka ditahan di Rumah Tahanan Kelas IIA Gorontalo.",
     [("LOCATION", "Rumah Tahanan Kelas IIA Gorontalo", None), ("LOCATION", "Gorontalo", "IDN")]),
], ids=["a-consulate-and-its-city", "river-mouths-and-reefs", "a-un-agencys-english-title", "an-english-front",
        "a-township", "an-airline-named-air", "a-waterfall", "an-islamic-university-and-a-square",
        "a-confederation-and-an-operations-command", "a-company-named-by-its-trade",
        "a-regency-known-only-with-its-head-after-its-bupati", "a-police-force-by-its-place", "an-advisory-firm",
        "the-caribbean-community", "guard-a-fund-named-by-common-words",
        "a-province-named-by-a-known-city", "a-name-the-dictionary-knows-with-its-title", "a-prison-and-its-class"])
def test_consulates_river_mouths_and_english_titles(read, text, names):
    """A consulate named with its city after its abbreviation is that consulate, its sending country's; "Kuala …",
    "Karang …", "Kotapraja …", "Air Terjun …" open places; English job titles of UN staff are titles; an English
    name ending in "Front", "Army", "Movement" or "Brigade" is an organisation, and so is an airline's "Air …". Right
    after a regional head's title, a name known only as "Kabupaten …" is that regency ("Bupati Agam …")."""
    assert [(e.type, e.name, e.country) for e in read(text).entities] == names


@pytest.mark.parametrize(("text", "names"), [
    ("Penandatanganan dilakukan Menteri Energi dan Sumber Daya Mineral (ESDM) Bahlil Lahadalia di Moskwa.",
     [("PERSON", "Bahlil Lahadalia"), ("LOCATION", "Moskow")]),
    ("Generator baru membuat ruang operasi dan ICU rumah sakit itu kembali berfungsi.", []),
], ids=["the-abbreviation-of-a-titles-field", "an-intensive-care-unit"])
def test_abbreviations_that_name_no_organisation(read, text, names):
    """The abbreviation of the field of a title just read ("Menteri Energi dan Sumber Daya Mineral (ESDM) …") is part
    of the title; a hospital's ward (ICU) is no organisation."""
    assert [(e.type, e.name) for e in read(text).entities] == names


def test_an_unknown_place_opened_by_a_kind_of_unit_is_also_named_without_it(read):
    """"Provinsi Soc Lam" is also "Soc Lam": the name a reader looks for, the unit's kind aside; so is a place the
    dictionary knows by its unit ("wilayah Bago", Myanmar's region, not the city of Bago)."""
    article = read("Kapal itu ditangkap di perairan Provinsi Soc Lam, Vietnam, pada Senin.")
    assert "Soc Lam" in _named(article, "Provinsi Soc Lam", "LOCATION").aliases
    article = read("Pertempuran berlanjut di wilayah Bago, Myanmar, sejak Senin.")
    assert "Bago" in _named(article, "Wilayah Bago", "LOCATION").aliases


@pytest.mark.parametrize(("text", "korea"), [
    pytest.param("Duta Besar Korea Selatan bertemu Menteri Investasi di Jakarta. Ia mengatakan Pemerintah Korea "
                 "mendukung penuh kebijakan hilirisasi.", ["Korea Selatan", "Korea"], id="the-korea-named-in-full"),
    pytest.param("Korea Utara kembali meluncurkan rudal. Pyongyang menyebut semenanjung Korea tegang sejak Perang "
                 "Korea.", ["Korea Utara"], id="guard-a-region-and-a-war-are-no-state"),
    pytest.param("Korea Utara dan Korea Selatan menggelar pertemuan. Pemerintah Korea belum berkomentar.",
                 ["Korea Utara", "Korea Selatan"], id="guard-both-named-none-is-meant"),
])
def test_a_short_name_two_countries_share_is_the_one_named_in_full(read, text, korea):
    """"Pemerintah Korea" in a story that names South Korea alone is South Korea's government; not "semenanjung Korea"
    nor "Perang Korea", and nothing when the story names both Koreas (``shared_short_names``)."""
    article = read(text)
    mentions = [m.text for e in article.entities if e.type == "COUNTRY" for m in e.mentions]
    assert [m for m in mentions if m.startswith("Korea")] == korea, _summary(article)


_AROUND_A_NAME = ["Pemerintah Korea", "semenanjung  Korea", "Perang\nKorea", "(Korea", "kedua\u00a0Korea", "Korea",
                  " Korea", "x" * 45 + " Korea", "Korea Herald", "Korea  herald", "Korea\tSelatan", "Korea,", "Korea ",
                  "Korea Éire", "Korea 2024", "", "  ", "a\u2003 Korea \u2003B"]


@pytest.mark.parametrize("name", ["Korea", "Kongo", "aa", "_x", "Rp.", "-Korea", "Éire", "3", "a-a"])
def test_a_shared_short_name_is_found_where_the_word_boundary_pattern_finds_it(name):
    """``_whole_occurrences`` gives the starts of ``\\b<name>\\b`` as ``re.finditer`` does, without overlaps, in texts
    that put every kind of character on either side of the name (letters of other scripts, digits, "_", punctuation,
    the text's ends), and where a name overlaps itself."""
    import itertools
    import re

    from peristiwa.actors.resolve import _whole_occurrences

    sides = ["", " ", "a", "É", "_", "3", "-", ".", "\n", "ا", name[:1], name[-1:]]
    for left, right in itertools.product(sides, repeat=2):
        for text in (f"{left}{name}{right}", f"{left}{name}{name}{right} {name}", f"x {left}{name}{right}{name}",
                     f"{left}{name}{name[1:]}{right}"):  # the last, for a name that overlaps itself ("a-a-a")
            expected = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
            assert list(_whole_occurrences(text, name)) == expected, text


@pytest.mark.parametrize("text", _AROUND_A_NAME)
def test_the_words_around_a_shared_short_name_are_those_the_patterns_found(text):
    """The resolver reads the word before a shared short name and whether a capital opens the next one by string
    methods; they find what the regexes ``(\\S+)\\s+$`` (before) and ``\\s+(\\S+)`` (after) find, over 40
    characters, at every offset of the text."""
    import re

    from peristiwa.actors.resolve import _next_word_capitalised, _word_and_space_before

    for at in range(len(text) + 1):
        before = re.search(r"(\S+)\s+$", text[max(0, at - 40) : at])
        after = re.match(r"\s+(\S+)", text[at : at + 40])
        assert _word_and_space_before(text, at) == (before.group(1).lower() if before else ""), at
        assert _next_word_capitalised(text, at) == bool(after and after.group(1)[:1].isupper()), at


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Mahasiswa berunjuk rasa di depan gedung DPRD Jawa Tengah. Ketua DPRD Jateng menemui massa. DPRD "
                 "berjanji meninjau kenaikan tunjangan itu.", [("DPRD Jawa Tengah", 3)],
                 id="a-province-and-its-short-form"),
    pytest.param("Polda Jawa Tengah memeriksa tujuh anggota. Polda Jateng juga menahan dua mahasiswa.",
                 [("Polda Jawa Tengah", 2)], id="a-regional-police"),
    pytest.param("Kementerian Luar Negeri memanggil Duta Besar Malaysia. Kementerian Luar Negeri Malaysia membantah.",
                 [("Kementerian Luar Negeri", 1), ("Kementerian Luar Negeri Malaysia", 1)],
                 id="guard-a-country-is-no-region"),
])
def test_a_regional_body_named_three_ways_is_one(read, text, expected):
    """"DPRD Jawa Tengah", "DPRD Jateng" and "DPRD" are one body: the region by its name or its short form, or the
    kind alone when the story names one body of that kind; a ministry of another country stays another."""
    article = read(text)
    assert [(e.name, len(e.mentions)) for e in article.entities if e.type == "ORG"] == expected, _summary(article)


@pytest.mark.parametrize(("text", "published", "code"), [
    pytest.param("Mark Rutte mengecam serangan itu.", "2023-03-10", "NLD", id="guard-the-dutch-prime-minister-in-2023"),
    pytest.param("Mark Rutte mengecam serangan itu.", "2026-03-10", "IGO:NATO", id="natos-secretary-general-in-2026"),
    pytest.param("Mark Rutte mengecam serangan itu.", None, "IGO:NATO", id="undated-news-is-of-now"),
    pytest.param("Perdana Menteri Belanda Mark Rutte mengecam serangan itu.", None, "NLD",
                 id="guard-the-title-the-text-gives"),
])
def test_a_known_person_acts_for_the_role_held_on_the_day(extract, text, published, code):
    """The dictionary's roles, with their dates, say whom a person acts for on the day of the article; a title the
    text gives names the role whatever the day, and undated news is taken as news of now."""
    article = extract(text, published=published, language="id")
    assert [e.code for e in article.entities if e.type == "PERSON"] == [code]


@pytest.mark.parametrize(("said", "person", "nickname"), [
    ("ujar Roy, sapaan akrabnya", "Rolliansyah Soemirat", "Roy"),
    ("kata Roy, sapaan Rolliansyah", "Rolliansyah Soemirat", "Roy"),
    ("kata pria yang akrab disapa Roy itu", "Rolliansyah Soemirat", "Roy"),
])
def test_a_nickname_said_to_be_one_is_the_person_named_before(read, said, person, nickname):
    """"… ujar Roy, sapaan akrabnya", "kata Roy, sapaan Rolliansyah", "kata pria yang akrab disapa Roy itu": Roy is
    what Rolliansyah Soemirat, named before (or after "sapaan"), is called."""
    article = read("Juru Bicara Kemlu Rolliansyah Soemirat menegaskan Indonesia tidak memiliki sengketa wilayah. "
                   f"“Kami menolak klaim itu,” {said}.")
    assert [e.name for e in article.entities if e.type == "PERSON"] == [person]
    assert nickname in _named(article, person, "PERSON").aliases


@pytest.mark.parametrize("text", [
    "Direktur Reserse Kriminal Khusus Polda Sumsel Kombes Bagus Suropratomo mengatakan sembilan orang ditetapkan "
    "sebagai tersangka.",
    "Direktur Reserse Narkoba Polda Riau Kombes Andi Rahmansyah mengatakan pengungkapan bermula dari laporan "
    "nelayan.",
])
def test_a_police_directorate_written_out_is_part_of_the_title(read, text):
    """"Direktur Reserse Kriminal Khusus Polda Sumsel Kombes …": the directorate's words are the title's (title_words),
    not a person's name split from its command by the place; the officer after the rank is the one person."""
    article = read(text)
    people = [e for e in article.entities if e.type == "PERSON"]
    assert len(people) == 1 and people[0].code == "IDN", _summary(article)


def test_a_state_newspaper_is_an_outlet(read):
    """"dikutip dari surat kabar pemerintah Global New Light of Myanmar": the outlet (MMR, media), no person."""
    article = read("\"Kami akan menyerahkan kekuasaan,\" kata Zaw Min Tun, seperti dikutip dari surat kabar pemerintah "
                   "Global New Light of Myanmar, Senin (12/1/2026).")
    assert "Global New Light of Myanmar" in {e.name for e in article.entities if e.type == "ORG"}, _summary(article)
    assert [e.name for e in article.entities if e.type == "PERSON"] == ["Zaw Min Tun"], _summary(article)


def test_an_outlet_in_its_indonesian_spelling_is_the_outlet(read):
    """"Dilansir Aljazirah, …": Republika's spelling of Al Jazeera is an alias of the outlet, no person."""
    article = read("Dilansir Aljazirah, juru bicara angkatan bersenjata Sudan mengatakan RSF melancarkan serangan itu.")
    assert "Al Jazeera" in {e.name for e in article.entities if e.type == "ORG"}, _summary(article)
    assert not [e for e in article.entities if e.type == "PERSON"], _summary(article)


def test_a_name_after_atau_is_the_other_name_of_the_person_before(read):
    """"Gubernur Aceh Muzakir Manaf atau Mualem": one person, known by both names."""
    article = read("Gubernur Aceh Muzakir Manaf atau Mualem meminta pemerintah pusat segera mengambil alih "
                   "penanganan pengungsi. Menurut Mualem, Aceh tidak bisa menanggung beban sendirian.")
    assert [e.name for e in article.entities if e.type == "PERSON"] == ["Muzakir Manaf"]
    assert "Mualem" in _named(article, "Muzakir Manaf", "PERSON").aliases


def test_an_organisations_name_in_another_language_in_brackets_is_its_alias(read):
    """"Bulan Sabit Merah Mesir (Egyptian Red Crescent)": one organisation, named twice."""
    article = read("Bantuan disalurkan melalui Bulan Sabit Merah Mesir (Egyptian Red Crescent) di El Arish.")
    assert "Egyptian Red Crescent" in _named(article, "Bulan Sabit Merah Mesir", "ORG").aliases
    assert [e.name for e in article.entities if e.type == "ORG"] == ["Bulan Sabit Merah Mesir"]


def test_a_headline_country_before_title_case_words_is_no_organisation(read):
    """In a headline every word is capitalised: "China Tembakkan Meriam Air" is no company named like "China
    Daily" (a country, then words ending as organisation names do)."""
    article = read("Kapal penjaga pantai China menembakkan meriam air ke kapal Filipina.",
                   title="Kapal China Tembakkan Meriam Air ke Kapal Filipina")
    assert [e.name for e in article.entities if e.type == "ORG"] == [], _summary(article)


@pytest.mark.parametrize(("title", "body", "places"), [
    pytest.param("India dan Pakistan Saling Serang di Kashmir", "Militer kedua negara saling melancarkan serangan.",
                 ["Kashmir"], id="a-word-in-a-headline"),
    pytest.param("Banjir Rendam Serang", "Banjir merendam ratusan rumah di Kota Serang, Banten.", ["Serang", "Banten"],
                 id="guard-named-in-the-body"),
])
def test_a_name_that_is_a_word_is_the_word_in_a_headline(read, title, body, places):
    """"Saling Serang" in a headline is the verb (``common_word_names``), not the city; a body that names the city
    still names it."""
    article = read(body, title=title)
    assert [e.name for e in article.entities if e.type == "LOCATION"] == places, _summary(article)


@pytest.mark.parametrize(("text", "places"), [
    pytest.param("Sidang putusan digelar di Gedung MK pada Kamis.", ["Gedung MK"], id="a-court-building"),
    pytest.param("Ratusan buruh berunjuk rasa di depan Gedung DPRD Sulawesi Selatan, Makassar.",
                 ["Gedung DPRD Sulawesi Selatan", "Makassar"], id="with-the-body-s-place"),
    pytest.param("Massa bertahan di depan Gedung DPR/MPR hingga malam.", ["Gedung DPR/MPR"], id="of-two-bodies"),
    pytest.param("Ketiga tersangka ditahan di Rutan KPK selama 20 hari pertama.", ["Rutan KPK"],
                 id="a-detention-centre"),
    pytest.param("Tersangka ditahan di Rumah Tahanan (Rutan) Cabang KPK selama 20 hari pertama.",
                 ["Rumah Tahanan (Rutan) Cabang KPK"], id="with-its-abbreviation-in-brackets"),
    # (the city is named too: the prison is in it)
    pytest.param("Terdakwa kini mendekam di Rutan Kelas IIA Ambon.", ["Rutan Kelas IIA Ambon", "Ambon"],
                 id="a-prison-named-by-class-and-place"),
])
def test_a_building_named_after_a_body_is_a_place(read, text, places):
    """"Gedung MK", "Rutan KPK" (``facility_heads`` before a body the dictionary knows): the body's building, a place,
    not the body."""
    article = read(text)
    assert [e.name for e in article.entities if e.type == "LOCATION"] == places, _summary(article)
    assert [e.name for e in article.entities if e.type == "ORG"] == [], _summary(article)


def test_dictionary_abbreviation_gives_the_known_actor(read):
    """"Badan Intelijen Nasional (NIS)": the dictionary knows NIS, so the long form is the Korean service."""
    article = read("Badan Intelijen Nasional (NIS) melaporkan pergerakan pasukan di perbatasan. NIS menyebut ribuan "
                   "tentara telah dikirim ke garis depan.")
    nis = _with_id(article, "nis-korea-selatan")
    assert (nis.type, nis.country, nis.sector) == ("ORG", "KOR", "SPY")
    assert [m.text for m in nis.mentions] == ["Badan Intelijen Nasional", "NIS", "NIS"]


def test_unknown_acronym_is_an_organisation(read):
    """An all-capital word no list explains (KTUU) is read as an organisation."""
    _named(read("Stasiun televisi KTUU melaporkan kebakaran itu."), "KTUU", "ORG")


# --- places -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "evidence"),
    [
        ("Banjir merendam ratusan rumah di Kabupaten Tanjung Laras sejak Senin.", "Kabupaten Tanjung Laras",
         "place word"),
        ("Kapal nelayan itu karam di dekat Pulau Karang Sewu.", "Pulau Karang Sewu", "place word"),
        ("Pendaki hilang di lereng Gunung Watu Lawang sejak pekan lalu.", "Gunung Watu Lawang", "place word"),
        ("Kapal tanker melintas di Selat Randu Kelabu tanpa izin.", "Selat Randu Kelabu", "place word"),
        ("Rombongan itu tiba di Wairana pada Senin sore.", "Wairana", "preposition"),
        pytest.param(
            "Kapal tanker melintas di Selat Batu Kelabu tanpa izin.", "Selat Batu Kelabu", "place word",
        ),
        pytest.param(
            "Warga mengungsi ke Kabupaten Sumber Laras setelah banjir.", "Kabupaten Sumber Laras", "place word",
        ),
    ],
    ids=["kabupaten", "pulau", "gunung", "selat", "di-unknown", "selat-with-dictionary-word",
         "kabupaten-with-dictionary-word"],
)
def test_unknown_place_by_head_word_or_preposition(read, text, name, evidence):
    """A capitalised phrase opened by a place head (Kabupaten, Pulau, Gunung, Selat …), or one unknown word after
    "di"/"ke", is a LOCATION, whole."""
    article = read(text)
    place = _named(article, name, "LOCATION")
    assert place.source == evidence
    assert [e.name for e in article.entities] == [name]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Rombongan itu kemudian terbang ke Skopje untuk pertemuan lanjutan.", "Skopje", "MKD"),
        ("Gempa mengguncang Palu pada Jumat malam.", "Palu", "IDN"),
        ("Perundingan dilanjutkan di Jenewa pekan depan.", "Jenewa", "CHE"),
    ],
    ids=["skopje", "palu", "jenewa"],
)
def test_dictionary_place_has_coordinates_and_country(read, text, name, country):
    """A dictionary place is a LOCATION with its country and coordinates."""
    place = _named(read(text), name, "LOCATION")
    assert place.country == country
    assert place.lat is not None and -90 <= place.lat <= 90
    assert place.lon is not None and -180 <= place.lon <= 180
    assert place.id.startswith("place-")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kedua menteri membahas perdamaian di semenanjung Korea.", "Semenanjung Korea"),
        ("Kapal tanker itu berlayar melewati selat Malaka menuju Singapura.", "Selat Malaka"),
        ("Pendaki asal Bandung itu hilang di gunung Rinjani.", "Gunung Rinjani"),
    ],
    ids=["peninsula", "strait", "mountain"],
)
def test_a_place_with_its_head_in_lower_case_is_the_dictionary_place(read, text, name):
    """"semenanjung Korea": the dictionary's place read from the lower-case head, not the word after it alone."""
    article = read(text)
    place = _named(article, name, "LOCATION")
    assert place.id.startswith("place-")
    assert not any(e.name in ("Korea", "Melaka", "Malaka", "Rinjani") for e in article.entities)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Gugatan itu akhirnya ditolak mahkamah agung pada pekan lalu.", "Mahkamah Agung", "IDN"),
        ("Pernyataan itu disampaikan juru bicara kementerian luar negeri Rusia di Moskwa.",
         "Kementerian Luar Negeri Rusia", "RUS"),
        ("Resolusi itu gagal disahkan dewan keamanan PBB karena veto.", "Dewan Keamanan PBB", "IGO:UNSC"),
        ("Seorang pejabat kementerian luar negeri Jepang menolak berkomentar.",
         "Kementerian Luar Negeri Jepang", "JPN"),
    ],
    ids=["dictionary-name", "dictionary-alias-with-country", "igo-organ", "country-after-the-name"],
)
def test_an_organisation_name_written_in_lower_case_is_the_dictionary_organisation(read, text, name, code):
    """Translations write official names in lower case ("mahkamah agung"): the dictionary's names of two words
    or more that open with a head listed in ``lower_case_org_heads`` are read all the same."""
    org = _named(read(text), name, "ORG")
    assert org.code == code


@pytest.mark.parametrize(
    "text",
    [
        "Dewan juri memuji penampilan para peserta, dan badan itu mengumumkan pemenangnya.",
        "Warga mengeluhkan pelayanan badan usaha milik desa dan komite sekolah setempat.",
        "Ia sempat bekerja di kementerian sebelum pindah ke swasta.",
    ],
    ids=["generic-heads", "heads-with-unknown-words", "head-alone"],
)
def test_a_lower_case_head_with_words_the_dictionary_does_not_know_is_no_name(read, text):
    assert not [e for e in read(text).entities if e.type == "ORG"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Laporan itu diterbitkan Pusat Data, Informasi dan Komunikasi Kebencanaan pekan lalu.",
         ["Pusat Data, Informasi dan Komunikasi Kebencanaan"]),
        ("Maskapai yang terbang ke sana antara lain Laras Air, Garuda Indonesia, Lion Air dan Singapore Airlines.",
         ["Laras Air", "Garuda Indonesia", "Lion Air", "Singapore Airlines"]),
    ],
    ids=["fields-inside-one-name", "a-list-of-names"],
)
def test_a_list_after_a_comma_is_fields_of_one_name_unless_its_items_are_known_names(read, text, names):
    """"Pusat Data, Informasi dan Komunikasi …" lists fields inside one name; a list whose items open with
    names the dictionary knows is a list of organisations."""
    orgs = [e.name for e in read(text).entities if e.type == "ORG"]
    assert orgs == names


@pytest.mark.parametrize(
    ("text", "region", "code", "inside"),
    [
        ("Gempa bermagnitudo 6,1 mengguncang Sulawesi bagian tengah pada Jumat pagi.", "Sulawesi bagian tengah",
         "IDN", ("LOCATION", "Sulawesi")),
        ("Pasukan itu bergerak menuju Suriah bagian utara sejak pekan lalu.", "Suriah bagian utara", "SYR",
         ("COUNTRY", "Suriah")),
        ("Hujan lebat diperkirakan turun di Jawa bagian barat laut hingga malam.", "Jawa bagian barat laut", "IDN",
         ("LOCATION", "Jawa")),
    ],
    ids=["island-part", "country-part", "two-word-direction"],
)
def test_the_part_of_a_place_a_direction_names_is_a_region_in_its_country(read, text, region, code, inside):
    """"Sulawesi bagian tengah": a region of its own, in the place's country; the place or country stays
    named inside it."""
    article = read(text)
    assert _named(article, region, "LOCATION").code == code
    _named(article, inside[1], inside[0])


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Ratusan siswa SMA Negeri 6 Lembah Hijau mengikuti upacara itu.", "SMA Negeri 6 Lembah Hijau"),
        ("Kebakaran terjadi di dekat SMKN 2 Sukamaju pada Senin malam.", "SMKN 2 Sukamaju"),
        ("Dua guru SD Negeri 3 Pasir Mulya dilaporkan hilang.", "SD Negeri 3 Pasir Mulya"),
        ("Ia pernah mengajar di MTs Al-Falah sebelum pindah ke Bandung.", "MTs Al-Falah"),
    ],
    ids=["sma-negeri", "smkn", "sd-negeri", "madrasah-by-name"],
)
def test_an_indonesian_school_name_is_one_organisation(read, text, school):
    """"SMA Negeri 6 Lembah Hijau": the level, its status, its number and its place make one name (the number
    stopped the name before, and "Negeri" was left to be read as a person)."""
    article = read(text)
    _named(article, school, "ORG")
    assert not [e for e in article.entities if e.type == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "Siswa SMA dan SMK di kota itu diliburkan selama sepekan.",
        "Lulusan SMA Budi Santoso mengatakan ia ingin menjadi guru.",
    ],
    ids=["levels-alone", "a-person-after-the-level"],
)
def test_a_school_level_alone_names_no_school(read, text):
    assert not [e for e in read(text).entities if e.type == "ORG"]


@pytest.mark.parametrize(
    "text",
    [
        "Saat Hari Raya Idul Fitri, jalan tol menuju Lembah Hijau macet total.",
        "Pada masa Orde Baru, siswa dilarang berdemonstrasi.",
        "Selama Perang Dingin, hubungan kedua negara membeku.",
        "Menjelang Tahun Baru Imlek, harga bahan pokok naik.",
    ],
    ids=["holiday", "era", "war", "new-year"],
)
def test_eras_holidays_and_wars_are_no_names(read, text):
    """Capitalised phrases listed in ``not_name_phrases``: no word of them starts a person's name."""
    assert not [e for e in read(text).entities if e.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        ("Banjir merendam kecamatan Hamparan Hijau sejak Senin.", "Hamparan Hijau", "Hamparan Hijau"),
        ("Warga desa Sukamaju Baru mengungsi ke balai desa.", "Sukamaju Baru", "Sukamaju Baru"),
        ("Polisi menutup jalan Merdeka Timur selama unjuk rasa.", "Jalan Merdeka Timur", "jalan Merdeka Timur"),
        ("Pendaki itu tersesat di lereng gunung Watu Kelir.", "Gunung Watu Kelir", "gunung Watu Kelir"),
    ],
    ids=["district", "village", "street-head-in-the-name", "mountain-head-in-the-name"],
)
def test_a_name_after_a_lower_case_place_head_is_a_place(read, text, name, mention):
    """"kecamatan Hamparan Hijau": the unknown name after a place head written in lower case is a place; the head
    is part of the mention where it is part of the name (``location_heads_in_names``: streets, mountains, …)."""
    place = _named(read(text), name, "LOCATION")
    assert [m.text for m in place.mentions] == [mention]


def test_a_name_after_a_title_ending_in_a_place_head_is_a_person(read):
    """"Sekretaris desa Anton Wibisono": the head belongs to the office; the name is the officer's."""
    _named(read("Sekretaris desa Anton Wibisono membenarkan kabar itu."), "Anton Wibisono", "PERSON")


def test_a_faculty_is_an_organisation(read):
    """"Fakultas" heads an organisation's name, as "Universitas" does."""
    article = read("Dekan Fakultas Hukum Universitas Lembah Hijau, Ahmad Wirawan, membuka seminar itu.")
    _named(article, "Fakultas Hukum Universitas Lembah Hijau", "ORG")
    _named(article, "Ahmad Wirawan", "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Korban tinggal di RT 03 RW 05 dan membawa SK pengangkatan serta bukti pembayaran SPP.",
        "Lulusan STM itu pernah mengajar di PAUD dekat rumahnya.",
        "Ia kuliah di jurusan Teknik Sipil lalu mengambil Ilmu Hukum.",
        "Tim itu gagal lolos ke Piala Dunia tahun ini.",
    ],
    ids=["neighbourhood-units-and-documents", "school-levels", "fields-of-study", "a-trophy"],
)
def test_units_documents_fields_of_study_and_trophies_are_no_actors(read, text):
    assert read(text).entities == []


@pytest.mark.parametrize(
    "text",
    [
        "Jerman menolak menghentikan proyek pipa Nord Stream 2 meski ditekan Washington.",
        "Pabrikan itu memamerkan jet tempur Garuda Perkasa 35 di pameran kedirgantaraan.",
        "Aturan itu tertuang dalam Peraturan Menteri Nomor 12 tahun lalu.",
    ],
    ids=["pipeline", "aircraft-model", "regulation-number"],
)
def test_capitalised_words_before_a_number_are_no_person(read, text):
    """"Nord Stream 2": a number right after two capitalised words names a product, project or document."""
    assert not [e for e in read(text).entities if e.type == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "Angka itu tercatat dalam laporan Produk Domestik Bruto kuartal ketiga.",
        "Ribuan pelamar mengikuti seleksi Pegawai Negeri Sipil di gedung itu.",
        "Keputusan itu diambil dalam Rapat Terbatas di Istana pekan lalu.",
    ],
    ids=["economic-term", "civil-service", "meeting"],
)
def test_a_title_case_phrase_of_common_words_is_no_person(read, text):
    """Every word in id/common_words.txt: a phrase written in title case, not a name."""
    assert not [e for e in read(text).entities if e.type == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "Kedua pihak menandatangani Perjanjian Kemitraan Ekonomi Komprehensif di Jakarta.",
        "Panel menilai aturan itu melanggar Perjanjian Subsidi dan Tindakan Imbalan.",
        "Gugatan itu menyasar kebijakan Renewable Energy Directive milik Uni Eropa.",
        "Data itu dirilis Survei Geologi setempat pada Senin pagi.",
        "Sebanyak 14 negara mengikuti latihan Super Garuda Shield tahun ini.",
        "Foto Yuliandri bersama keluarganya beredar luas di media sosial.",
        "Ruas Tol Trans Jawa menjadi perhatian selama libur Natal.",
        "Personel Jatanras dan tim penjinak bom disiagakan di lokasi.",
        "Seruan itu disampaikan dalam peluncuran Rencana Respons Bersama di Dhaka, Senin (26/1/2026).",
        "Topan Haiyan menghantam kota Tacloban di Filipina.",
        "Bank Indonesia menahan suku bunga Deposit Facility sebesar 4 persen.",
        "Kedua negara menandatangani Pakta Pukpuk di Port Moresby.",
        "Pekerja yang melanggar Akta Imigresen terancam denda.",
        "Pemerintah menetapkan Harga Batubara Acuan (HBA) untuk bulan depan.",
    ],
    ids=["derived-nouns", "words-of-documents", "english-document", "indonesian-institution", "exercise",
         "a-picture-of-someone", "a-stretch-of-road", "a-units-members", "a-plan", "a-storm", "a-facility",
         "a-pact", "an-act", "a-reference-price"],
)
def test_a_title_case_phrase_with_words_no_name_has_is_no_person(read, text):
    """Words of documents, programmes and institutions (not_person_words in id/entities.yaml) and nouns made with
    per-/peN-/ke-…-an after the first word never stand in a person's name."""
    assert not [e for e in read(text).entities if e.type == "PERSON"]


@pytest.mark.parametrize(("text", "body"), [
    ("Data Polda Bali mencatat, sepanjang 2025 terdapat 129 warga negara asing yang berurusan dengan hukum.",
     "Polda Bali"),
    ("Catatan Komnas HAM menunjukkan 20 kasus kekerasan terjadi di Papua sepanjang tahun lalu.",
     "Komisi Nasional Hak Asasi Manusia"),
    ("Pernyataan itu dibacakan seusai Retret Menteri Luar Negeri ASEAN di Cebu, Kamis.", "ASEAN"),
])
def test_a_bodys_figures_opening_a_sentence_name_the_body(read, text, body):
    """"Data Polda Bali mencatat …": the word of figures is no part of a name (not_name_words); the body after it is
    read from its head, and nobody is a person. So for a meeting named by its participants' title ("Retret Menteri
    Luar Negeri ASEAN")."""
    article = read(text)
    assert body in {e.name for e in article.entities if e.type == "ORG"}, _summary(article)
    assert not [e for e in article.entities if e.type == "PERSON"], _summary(article)


@pytest.mark.parametrize(("text", "bodies"), [
    ("Sekitar 400 personel gabungan Polres Serang dan Satpol PP disiagakan untuk mengamankan aksi.",
     {"Polres Serang", "Satuan Polisi Pamong Praja"}),
    ("Data Dinas Perindustrian dan Perdagangan Sulsel mencatat nilai perdagangan meningkat.",
     {"Dinas Perindustrian dan Perdagangan Sulsel"}),
])
def test_dan_joins_two_bodies_after_one_that_ends_with_its_place(read, text, bodies):
    """"Polres Serang dan Satpol PP": after a body that ends with its place, "dan" before an organisation the
    dictionary knows joins two bodies; inside a name ("Dinas Perindustrian dan Perdagangan") it is a word of it."""
    assert {e.name for e in read(text).entities if e.type == "ORG"} == bodies


def test_a_force_or_command_is_an_organisation(read):
    """"Force" and "Command" end organisation names as "Agency" and "Council" do."""
    article = read("Kapal itu dicegat Australian Border Force dalam patroli rutin Maritime Border Command.")
    assert {e.name for e in article.entities if e.type == "ORG"} >= {"Australian Border Force",
                                                                   "Maritime Border Command"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Acara itu dibuka oleh Intan Permata Sari dari panitia.", "Intan Permata Sari"),
        ("Usulan itu disampaikan Perwakilan Maxine Waters dalam rapat dengar pendapat.",
         "Perwakilan Maxine Waters"),
        ("Lagu baru itu dinyanyikan Bintang Cahaya Putri di panggung utama.", "Bintang Cahaya Putri"),
        ("Pembelaan itu disampaikan Rahmat Hidayat di depan majelis hakim.", "Rahmat Hidayat"),
    ],
    ids=["given-names-that-are-words", "title-the-dictionary-lacks", "three-word-names", "common-name"],
)
def test_names_made_of_words_stay_names(read, text, name):
    """Indonesian names are often words ("Intan", "Permata", "Bintang"): the common-word list leaves them out."""
    _named(read(text), name, "PERSON")


# --- not names -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Namun Hendra Wijaya menolak tawaran itu.", "Hendra Wijaya"),
        ("Menurut Hendra Wijaya, tawaran itu tidak masuk akal.", "Hendra Wijaya"),
        ("Sementara itu Larasati Wulandari memilih diam.", "Larasati Wulandari"),
        ("Menanggapi Hendra Wijaya, Larasati memilih diam.", "Hendra Wijaya"),
        ("Didampingi Hendra Wijaya, warga mendatangi kantor bupati.", "Hendra Wijaya"),
        ("Bersama Hendra Wijaya, warga membahas ganti rugi lahan.", "Hendra Wijaya"),
        ("Usai Hendra Wijaya tiba, rapat dimulai.", "Hendra Wijaya"),
    ],
    ids=["namun", "menurut", "sementara-itu", "menanggapi", "didampingi", "bersama", "usai"],
)
def test_sentence_opener_is_not_part_of_a_name(read, text, name):
    """"Namun", "Menurut", "Sementara itu" open sentences; the name starts after them."""
    article = read(text)
    assert [e.name for e in article.entities if e.type == "PERSON"] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Namun pemerintah belum mengambil keputusan apa pun.",
        "Menurut polisi, kebakaran itu dipicu korsleting listrik.",
        "Pasar itu hanya buka Senin Kamis setiap pekan.",
        "Sidang lanjutan digelar pada Januari atau Februari mendatang.",
        "Hasil tes DNA menunjukkan korban adalah warga setempat.",
        "Banyak veteran menderita PTSD setelah perang berakhir.",
        "Komisi meminta waktu tambahan untuk memeriksa saksi.",
        "Kasus itu kini ditangani Komisi dan Dewan secara bersamaan.",
    ],
    ids=["namun", "menurut", "weekdays", "months", "DNA", "PTSD", "komisi", "komisi-dewan"],
)
def test_words_that_are_not_names(read, text):
    """Sentence openers, weekdays, months, technical acronyms and lone organisation heads are no entities."""
    assert read(text).entities == []


# --- the outlet and the headline ----------------------------------------------------------------

REUTERS = "Angin kencang merusak puluhan rumah warga di pesisir, kata Budi kepada Reuters."


def test_reuters_is_an_organisation_when_another_outlet_quotes_it(read):
    """Reuters named in someone else's story is an actor of that story (the contrast to the test below)."""
    assert _with_id(read(REUTERS), "reuters").type == "ORG"


def test_the_outlet_itself_is_not_an_entity(read):
    """The outlet publishing the story is metadata, not an actor of it."""
    article = read(REUTERS, outlet="Reuters")
    assert not [e for e in article.entities if e.type == "ORG"], _summary(article)


def test_headline_mentions_index_the_title(read):
    """Mentions in the headline have field "title" and offsets into the title; body mentions index the body."""
    title = "Korut Kirim Peluru ke Rusia"
    article = read("Korea Utara disebut mengirim jutaan peluru artileri ke Rusia untuk perang di Ukraina.", title=title)
    prk = _with_id(article, "country-prk")
    rus = _with_id(article, "country-rus")
    heads = [m for e in (prk, rus) for m in e.mentions if m.field == "title"]
    assert [(m.text, title[m.start : m.end]) for m in heads] == [("Korut", "Korut"), ("Rusia", "Rusia")]
    body = [m for m in prk.mentions if m.field == "text"]
    assert [(m.text, article.text[m.start : m.end]) for m in body] == [("Korea Utara", "Korea Utara")]
    assert all(m.sentence is None for m in heads)


def test_every_mention_points_at_its_words(read):
    """In a longer story every body mention's offsets give back its text and its sentence holds it."""
    article = read(
        "Menteri Luar Negeri Rusia Sergei Lavrov bertemu mitranya dari Korut di Pyongyang pada Selasa. Lavrov "
        "memuji kerja sama kedua negara. Badan Intelijen Nasional (NIS) Korea Selatan menyebut pertemuan itu "
        "membahas pasokan peluru. Gedung Putih belum memberi tanggapan, sementara Kemlu RI meminta semua pihak "
        "menahan diri."
    )
    assert len(article.entities) >= 7, _summary(article)
    for entity in article.entities:
        for m in entity.mentions:
            assert article.text[m.start : m.end] == m.text
            sentence = article.sentences[m.sentence]
            assert sentence.start <= m.start < m.end <= sentence.end


def test_an_abbreviation_after_the_first_sentence_names_its_own_organisation(read):
    """An abbreviation defined in a later sentence belongs to the name right before it, not to an entity of an
    earlier sentence."""
    article = read("Presiden Joko Widodo bertemu warga di Jakarta. Dia juga mengunjungi Badan Pengkajian "
                   "Perikanan Laut (BPPL) di Bogor. BPPL menyambut baik kunjungan itu.")
    org = _named(article, "Badan Pengkajian Perikanan Laut", "ORG")
    assert "BPPL" in org.aliases
    assert len([m for m in org.mentions if m.text == "BPPL"]) == 2
    assert all("BPPL" not in e.aliases for e in article.entities if e is not org)


def test_a_sentence_reads_the_same_from_the_article_or_alone(read):
    """The recogniser works out each token's word, key and capitals once per article and reads the sentences
    through a window on those lists, with the article's indices; each sentence gives the candidates that it
    gives when built from its own tokens alone."""
    from peristiwa.actors.gazetteer import default_gazetteer
    from peristiwa.actors.recognize import _candidates, _Sentence, cues, find_candidates

    article = read("Menteri Luar Negeri Rusia Sergei Lavrov tiba di Pyongyang. Kata al-Assad, “Kim Jong-un "
                   "hadir.” Badan Intelijen Nasional (NIS) dan AT&T belum berkomentar. Kata Yoo (KTUU).")
    gaz = default_gazetteer()
    in_article = find_candidates(article, gaz)
    alone = []
    for index, sentence in enumerate(article.sentences):
        tokens = [t for t in article.tokens if sentence.start <= t.start < sentence.end]
        found = _candidates(_Sentence(article.text, tokens, index), [(0, len(tokens))], gaz, cues())
        for cand in found:  # numbered from the sentence's first candidate: from the article's, in the article
            if cand.acronym_of is not None:
                cand.acronym_of += len(alone)
        alone.extend(found)
    assert len({c.sentence for c in in_article}) == len(article.sentences) == 4
    assert any(c.acronym_of is not None for c in in_article)
    assert in_article == alone
    assert _candidates(_Sentence(article.text, [], 0), [(0, 0)], gaz, cues()) == []


def test_entity_fields_stay_in_the_order_the_resolver_builds_them():
    """resolve._entity passes Entity's fields by position (keywords cost a dict per entity)."""
    from dataclasses import fields

    assert [f.name for f in fields(Entity)] == ["id", "type", "name", "aliases", "code", "country", "sector", "lat",
                                               "lon", "source", "titles", "acts_for", "mentions"]


# --- the sector of a name the dictionary does not know ---------------------------------------------------------


@pytest.mark.parametrize(("text", "name", "sector"), [
    pytest.param("Kepolisian Resor Tanjung Kalong menahan dua pemuda.", "Kepolisian Resor Tanjung Kalong", "COP",
                 id="police-unit"),
    pytest.param("Dinas Kesehatan Kota Tanjung Kalong mencatat 40 kasus demam berdarah.",
                 "Dinas Kesehatan Kota Tanjung Kalong", "GOV", id="government-office"),
    pytest.param("Kombes Hendra Wirasaputra mengatakan kedua pemuda itu ditahan.", "Hendra Wirasaputra", "COP",
                 id="police-rank-in-the-title"),
    pytest.param("Kolonel Arif Nugroho Santosa memimpin apel pasukan.", "Arif Nugroho Santosa", "MIL",
                 id="military-rank-in-the-title"),
    pytest.param("Yayasan Cahaya Nusantara membagikan paket sembako kepada warga.", "Yayasan Cahaya Nusantara", None,
                 id="no-sector-word"),
])
def test_an_unknown_name_takes_the_sector_its_words_tell(read, text, name, sector):
    assert _named(read(text), name).sector == sector


@pytest.mark.parametrize("text", [
    "Kunjungan Presiden Prabowo Subianto ke Rusia disambut hangat oleh Presiden Vladimir Putin.",
    "Serangan Presiden Rusia terhadap kebijakan Barat dibahas para menteri luar negeri Eropa.",
])
def test_a_noun_of_an_act_that_opens_the_sentence_is_no_name(read, text):
    """"Kunjungan Presiden …": the noun and the title after it are not a person's name."""
    names = [e.name for e in read(text).entities]
    assert not any(n.startswith(("Kunjungan", "Serangan")) for n in names), names


@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        ("Bupati Kaliwungu, Ahmad Santoso, meresmikan pasar baru di pusat kota.", "Kaliwungu", "Ahmad Santoso"),
        ("Kepala Desa Sukamaju, Budi Hartono, ditahan polisi pada Senin malam.", "Sukamaju", "Budi Hartono"),
        ("Kapolres Lembah Hijau, Rudi Setiawan, memimpin apel pagi itu.", "Lembah Hijau", "Rudi Setiawan"),
    ],
    ids=["regent", "village-head", "police-chief"],
)
def test_between_a_place_title_and_a_name_after_a_comma_is_the_place(read, text, place, person):
    """"Bupati Kaliwungu, Ahmad Santoso": an office of a place (``place_titles``), the place the dictionary does
    not know, then its holder set off by a comma."""
    article = read(text)
    _named(article, place, "LOCATION")
    _named(article, person, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Bupati Ahmad Santoso, Senin (10/3), meresmikan pasar baru.",
        "Wali Kota Budi Hartono, Wakil Wali Kota Siti Aminah, dan Sekda Joko Susilo menghadiri acara itu.",
    ],
    ids=["a-weekday-after-the-comma", "a-list-of-officials"],
)
def test_a_name_after_a_place_title_stays_a_person(read, text):
    assert not [e for e in read(text).entities if e.type == "LOCATION"]


@pytest.mark.parametrize(
    "text",
    [
        "Ribuan buruh menolak UU Cipta Kerja dan RUU Perampasan Aset di depan gedung parlemen.",
        "Mahkamah Konstitusi menguji Undang-Undang Pemilu Serentak pekan depan.",
        "Aturan itu tertuang dalam Perpres Percepatan Pembangunan Desa yang terbit pekan lalu.",
        "Ia khawatir soal nasib Undang-Undang Layanan Kesehatan di tangan hakim baru itu.",
    ],
    ids=["acronyms", "written-out", "regulation", "title-that-reads-like-an-organisation"],
)
def test_the_title_of_a_law_is_no_name(read, text):
    """``document_heads``: the capitalised words after "UU", "Undang-Undang" or "Perpres" are the law's title."""
    assert [e.name for e in read(text).entities if e.source != "dictionary"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Bandar Udara sudah dibuka kembali hanya untuk penerbangan bantuan.",
        "Pangkalan Angkatan Laut di seluruh negeri memasang bendera setengah tiang.",
    ],
    ids=["airport", "naval-base"],
)
def test_a_kind_of_place_with_no_name_is_no_place(read, text):
    """A capitalised phrase made only of place and organisation heads names a kind of place, not one place."""
    assert [e.name for e in read(text).entities if e.type == "LOCATION"] == []


def test_an_organisation_named_by_its_heads_alone_stays(read):
    """"Palang Merah", "Angkatan Laut": an organisation may be named by its heads; only places need a name."""
    _named(read("Petugas dari Palang Merah membagikan makanan di pengungsian."), "Palang Merah", "ORG")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Polisi menggerebek gudang milik CV Maju Jaya di pinggir kota.", "CV Maju Jaya"),
        ("Saham PT Sinar Bahari Nusantara Tbk naik tiga persen pada penutupan perdagangan.",
         "PT Sinar Bahari Nusantara Tbk"),
    ],
    ids=["cv", "listed-pt"],
)
def test_a_company_under_indonesian_law_is_indonesian(read, text, name):
    """``indonesian_legal_forms``: an unknown company whose name opens or ends with "PT", "CV" or "Tbk"."""
    company = _named(read(text), name, "ORG")
    assert (company.country, company.sector) == ("IDN", "BUS")


@pytest.mark.parametrize(
    ("text", "org", "person"),
    [
        ("Anggota Komisi Hukum dari Fraksi Partai Gerindra, Habiburokhman, mengatakan putusan itu tepat.",
         "Partai Gerakan Indonesia Raya", "Habiburokhman"),
        ("Warga Desa Sukamaju, Sutrisno, mengatakan banjir datang tengah malam.", None, "Sutrisno"),
    ],
    ids=["faction-of-a-known-party", "resident"],
)
def test_one_name_set_off_by_commas_before_a_speech_verb_is_a_person(read, text, org, person):
    """", Habiburokhman, mengatakan": one word between commas, then a speech verb; "Fraksi" before a party the
    dictionary knows is the faction's kind, not part of the party's name."""
    article = read(text)
    _named(article, person, "PERSON")
    if org:
        _named(article, org, "ORG")


def test_after_a_rank_a_word_that_names_a_place_is_part_of_the_name(read):
    """"AKBP Rio Wahyu Anggoro": "Rio" is also Rio de Janeiro, but a rank is followed by a person's name."""
    article = read("Kapolres Bogor AKBP Rio Wahyu Anggoro memimpin penggerebekan itu.")
    assert _named(article, "Rio Wahyu Anggoro", "PERSON").country == "IDN"
    assert not [e for e in article.entities if e.name == "Rio de Janeiro"]


@pytest.mark.parametrize(("text", "org", "person"), [
    ("Komandan Satgas Pamtas RI-RDTL Sektor Barat Letkol Inf Andreas Pandu Wibowo meninjau pos itu.",
     "Satgas Pamtas RI-RDTL Sektor Barat", "Andreas Pandu Wibowo"),
    ("Ketua DPRD Pesisir Selatan Rusdi Malin Sati menerima para demonstran.", "DPRD Pesisir Selatan",
     "Rusdi Malin Sati"),
    ("Kepala BPBD Sumba Barat Daya Markus Dairo meninjau lokasi longsor.", "BPBD Sumba Barat Daya", "Markus Dairo"),
])
def test_a_rank_or_a_regency_ended_by_a_direction_ends_the_body_of_a_title(read, text, org, person):
    """After a title, a body the dictionary does not know ends before a military rank ("… Sektor Barat | Letkol Inf |
    Andreas Pandu Wibowo"), and a regional office's regency ends at its word of direction ("DPRD Pesisir Selatan |
    Rusdi Malin Sati"); the name after is the title's person."""
    article = read(text)
    _named(article, org, "ORG")
    _named(article, person, "PERSON")


def test_the_run_before_a_rank_after_a_title_of_no_place_is_the_offices_body(read):
    """"Komandan Yonif Raider Letkol Inf Budi Santoso": the capitalised run between a title of no place and a rank is
    the body the office is of, not a person."""
    article = read("Komandan Yonif Raider Letkol Inf Budi Santoso memimpin patroli itu.")
    assert [(e.type, e.name) for e in article.entities] == [("ORG", "Yonif Raider"), ("PERSON", "Budi Santoso")]


@pytest.mark.parametrize(("text", "org", "mentions"), [
    ("Kecaman datang dari LBH Medan. LBH menuding polisi menghalangi pendampingan.", "LBH Medan", 2),
    ("Penangkapan itu menuai kecaman dari Lembaga Bantuan Hukum (LBH) Jakarta. LBH menuding polisi menghalangi "
     "pendampingan hukum.", "Lembaga Bantuan Hukum Jakarta", 3),
])
def test_a_legal_aid_office_of_a_city_is_one_body_named_again_by_its_acronym(read, text, org, mentions):
    """Each city has its LBH ("LBH Medan"): a regional office, named again as "LBH" alone; after the acronym in
    brackets too ("Lembaga Bantuan Hukum (LBH) Jakarta")."""
    article = read(text)
    assert [e.name for e in article.entities if e.type == "ORG"] == [org]
    assert len(_named(article, org, "ORG").mentions) == mentions


@pytest.mark.parametrize(("text", "un"), [
    ("\"Kami punya surat keterangan tanah, kami bayar PBB setiap tahun,\" ucap Rosmawati, warga Medan.", False),
    ("Sekjen PBB Antonio Guterres mengecam serangan itu.", True),
])
def test_pbb_is_the_land_tax_where_residents_pay_it(read, text, un):
    """"kami bayar PBB setiap tahun": the land and building tax, not the United Nations (abbreviation_senses)."""
    assert any(e.code == "IGO:UN" for e in read(text).entities) is un


def test_a_title_with_a_field_before_a_body_has_no_person_in_the_field(read):
    """"Kepala Divisi Advokasi LBH Medan Marlon Purba": "Advokasi" is the division's field, no person."""
    article = read("Kepala Divisi Advokasi LBH Medan Marlon Purba menilai penggunaan gas air mata berlebihan.")
    assert [e.name for e in article.entities if e.type == "PERSON"] == ["Marlon Purba"]


@pytest.mark.parametrize(("text", "name"), [
    ("Ratusan personel Satpol PP membongkar lapak pedagang di trotoar.", "Satuan Polisi Pamong Praja"),
    ("Tim Gegana menyisir gedung itu sebelum ibadah dimulai.", "Gegana"),
])
def test_indonesian_security_units_are_known_bodies(read, text, name):
    """The municipal police (Satpol PP) and Brimob's bomb squad (Gegana) are bodies of the Indonesian state."""
    assert _named(read(text), name, "ORG").code == "IDN"


def test_the_name_of_a_numbered_command_is_no_person(read):
    """"Kapendam XVII/Cenderawasih Letkol Inf Candra Kurniawan": the name after the slash is the command's."""
    article = read("Kapendam XVII/Cenderawasih Letkol Inf Candra Kurniawan membenarkan kabar itu.")
    assert [e.name for e in article.entities if e.type == "PERSON"] == ["Candra Kurniawan"]


@pytest.mark.parametrize(("text", "person", "place"), [
    ("Wakil Menteri Dalam Negeri Bima Arya Sugiarto meninjau lokasi banjir.", "Bima Arya Sugiarto", None),
    ("Ketua Menteri Sabah Hajiji Noor menolak rencana itu.", "Hajiji Noor", "Sabah"),
    ("Wali Kota Bima Arahmah Rachmat meninjau lokasi banjir.", None, "Bima"),
])
def test_after_a_ministers_title_a_word_that_names_a_city_opens_the_name(read, text, person, place):
    """"Wakil Menteri Dalam Negeri Bima Arya Sugiarto": a minister holds no office of a city, so "Bima" opens his
    name; a state's chief minister and a mayor do hold one ("Ketua Menteri Sabah", "Wali Kota Bima")."""
    article = read(text)
    if person is not None:
        _named(article, person, "PERSON")
    if place is not None:
        _named(article, place, "LOCATION")
    else:
        assert not [e for e in article.entities if e.type == "LOCATION"], [(e.type, e.name) for e in article.entities]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ASEAN mendesak junta melaksanakan Konsensus Lima Poin secara penuh.", None),
        ("Duta Besar Indonesia di Lima, Peru, menghadiri upacara itu.", "Lima"),
        ('"Pemilu itu tidak inklusif. Konsensus Lima Poin tetap menjadi rujukan," ujar Menlu.', None),
    ],
    ids=["a-number-in-a-title", "the-city", "the-title-opening-a-sentence"],
)
def test_a_name_that_is_also_a_word_is_the_word_inside_a_title_case_phrase(read, text, place):
    """``common_word_names`` ("Lima" is five and Peru's capital): between capitalised common words, the word."""
    assert [e.name for e in read(text).entities if e.type == "LOCATION"] == ([place] if place else [])


@pytest.mark.parametrize(
    "text",
    [
        "Seorang pria berinisial AS (34) ditangkap di Bekasi karena diduga terlibat jaringan teror.",
        "Tersangka berinisial DW ditahan di rutan untuk 20 hari pertama.",
    ],
    ids=["initials-that-spell-a-country", "initials-that-spell-an-outlet"],
)
def test_initials_after_berinisial_name_no_country_or_organisation(read, text):
    """``initials_before``: crime news names suspects by their initials ("berinisial AS"), which may spell anything."""
    assert [e.name for e in read(text).entities if e.type in ("COUNTRY", "ORG")] == []


def test_suspects_named_by_initials_are_persons_there_and_later(read):
    """A list of initials after "berinisial" names as many persons, and the same initials later name them again."""
    article = read("Kejaksaan Agung menetapkan tiga tersangka berinisial RH, AR, dan SW. Menurut jaksa, RH diduga "
                   "menerima suap dari AR.")
    people = {e.name: len(e.mentions) for e in article.entities if e.type == "PERSON"}
    assert people == {"RH": 2, "AR": 2, "SW": 1}
    assert [e.name for e in article.entities if e.type == "ORG"] == ["Kejaksaan Agung"]


def test_a_list_of_initials_with_ages_is_a_list_of_persons(read):
    """"berinisial ZL (34), WJH (29), dan CY (31)": each one's age in brackets does not end the list."""
    article = read("Polisi menangkap tiga warga negara asing berinisial ZL (34), WJH (29), dan CY (31).")
    assert [e.name for e in article.entities if e.type == "PERSON"] == ["ZL", "WJH", "CY"]
    assert not [e for e in article.entities if e.type == "ORG"]


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        pytest.param("Petugas Bea Cukai menahan dua penumpang asal Malaysia, KH (37) dan SA (42), di Bandara "
                     "Kualanamu.", ["KH", "SA"], id="a-pair"),
        pytest.param("Korban, RN (16), dibawa ke RSUD Dokter Soedarso.", ["RN"], id="a-victim"),
    ],
)
def test_capitals_followed_by_an_age_are_a_persons_initials(read, text, persons):
    """"KH (37) dan SA (42)": capitals the dictionary does not know, followed by an age in brackets, name a person
    (as crime news names suspects and victims), not an organisation."""
    article = read(text)
    assert [e.name for e in article.entities if e.type == "PERSON"] == persons
    assert not [e for e in article.entities if e.type == "ORG" and e.name in persons]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kemhan membeli 12 unit pesawat nirawak ANKA dari Turki dan jet tempur Rafale buatan Prancis.",
         ["Kementerian Pertahanan", "Turki", "Prancis"]),
        ("Korea Utara menembakkan rudal balistik Hwasong-18 ke Laut Jepang.", ["Korea Utara", "Laut Jepang"]),
        ("Rusia meluncurkan rudal ke Kyiv.", ["Rusia", "Kyiv"]),
    ],
    ids=["drone-and-jet", "missile-with-a-number", "a-preposition-ends-the-reach"],
)
def test_a_product_named_after_its_kind_is_no_entity(read, text, names):
    """``product_heads``: the capitalised name after "pesawat nirawak", "rudal", "jet tempur" is a product's."""
    assert [e.name for e in read(text).entities] == names


def test_the_office_building_of_a_regional_head_is_a_place(read):
    article = read("Puluhan warga berunjuk rasa di depan Kantor Bupati Aceh Timur.")
    assert [(e.type, e.name) for e in article.entities] == [("LOCATION", "Kantor Bupati Aceh Timur")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Petugas menangkap dua kapal ikan asing (KIA) di Laut Natuna Utara. Kedua KIA itu dikawal ke Batam.",
         ["Laut Natuna Utara", "Batam"]),
        ("Sebanyak 120 pekerja migran Indonesia (PMI) dipulangkan dari Sabah. Para PMI itu tiba di Nunukan.",
         ["Indonesia", "Sabah", "Nunukan"]),
        ("Palang Merah Indonesia (PMI) mengirim relawan ke Cianjur. PMI juga membuka dapur umum.",
         ["Palang Merah Indonesia", "Cianjur"]),
        ("Badan Lingkungan Nasional Singapura melaporkan Indeks Standar Polutan (PSI) menyentuh level 112.",
         ["Singapura", "Badan Lingkungan Nasional Singapura"]),
        # a word may give more letters than its first ("anti" and "dumping")
        ("Pemerintah mengenakan bea masuk antidumping (BMAD) atas impor nilon asal China. Besaran BMAD bervariasi.",
         ["China"]),
    ],
    ids=["foreign-fishing-boats", "migrant-workers", "the-red-cross-itself", "pollutant-index-no-party",
         "an-anti-dumping-duty"],
)
def test_an_acronym_defined_for_common_words_names_no_body(read, text, names):
    """"kapal ikan asing (KIA)", "pekerja migran Indonesia (PMI)": wherever the text writes them, the letters stand
    for those words, not for the body of the same letters (the Kachin Independence Army, Palang Merah Indonesia);
    a body's own name before its acronym still defines it."""
    assert [e.name for e in read(text).entities] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Menurut Menteri Luar Negeri Sugiono, perundingan itu berjalan baik.", ["Sugiono"]),
        ("Kepala Bakamla Laksamana Madya TNI Irvansyah mengatakan kapal itu terdeteksi radar.",
         ["Badan Keamanan Laut", "Irvansyah"]),
        ("Kapolda Metro Jaya Irjen Pol Asep Edi Suheri mengatakan pelaku sudah ditangkap.", ["Asep Edi Suheri"]),
        ("Hakim Konstitusi Enny Nurbaningsih membacakan pertimbangan putusan.", ["Enny Nurbaningsih"]),
        ("Kapal itu berlayar dari Port Klang menuju Belawan.", ["Port Klang", "Belawan"]),
        ("Kapal itu memasuki Zona Ekonomi Eksklusif Indonesia.", ["Indonesia"]),
        ("Hal itu disampaikan Koordinator Advokasi Seafarers Care, Rina Oktaviani.",
         ["Seafarers Care", "Rina Oktaviani"]),
        ("Direktur Pelindungan WNI Kemlu Judha Nugraha mengatakan itu.", ["Kementerian Luar Negeri", "Judha Nugraha"]),
        ("AS diwakili Utusan Khusus Presiden Steve Witkoff.", ["Amerika Serikat", "Steve Witkoff"]),
        ("Iran berpegang pada Traktat Nonproliferasi Nuklir.", ["Iran"]),
        ("Kementerian Perdagangan dan Industri India memprotes kebijakan itu.",
         ["India", "Kementerian Perdagangan dan Industri India"]),
        ("Uni Eropa dan Amerika Serikat mengecam Rusia.", ["Uni Eropa", "Amerika Serikat", "Rusia"]),
        # (a place named inside an organisation's name is a place of the text too)
        ("Perusahaan tambang Ningbo Jinhai Resources membangun smelter di Morowali.",
         ["Ningbo Jinhai Resources", "Ningbo", "Kabupaten Morowali"]),
        ("Komisaris Tinggi PBB untuk Pengungsi Filippo Grandi tiba di Port Sudan.",
         ["Perserikatan Bangsa-Bangsa", "Filippo Grandi", "Port Sudan"]),
        ("Myanmar diwakili Sekretaris Tetap Kementerian Luar Negeri Myanmar Thant Zin Oo.",
         ["Myanmar", "Kementerian Luar Negeri Myanmar", "Thant Zin Oo"]),
        ("Hal itu disampaikan Plt Deputi Penindakan dan Eksekusi KPK Asep Guntur Rahayu.",
         ["Komisi Pemberantasan Korupsi", "Asep Guntur Rahayu"]),
        ("Prabowo disambut Menteri Negara Urusan Luar Negeri Qatar Mohammed bin Abdulaziz Al-Khulaifi.",
         ["Prabowo Subianto", "Qatar", "Mohammed bin Abdulaziz Al-Khulaifi"]),
        ("Kepala Kebijakan Luar Negeri UE Kaja Kallas mengecam Belarus.", ["Uni Eropa", "Kaja Kallas", "Belarus"]),
    ],
    ids=["title-after-menurut", "rank-with-its-service", "second-title-of-two-words", "constitutional-judge",
         "port-head", "title-case-common-words", "coordinator-of-an-ngo", "company-in-english", "director-of-a-field",
         "special-envoy", "title-of-a-treaty", "a-foreign-ministry-of-two-fields", "a-body-and-a-country",
         "what-an-office-is-for", "permanent-secretary", "acting-holder-of-an-office-of-two-fields",
         "minister-of-state-for-affairs", "the-field-of-an-office-in-title-case"],
)
def test_titles_ranks_and_heads(read, text, names):
    """A title after an opening word that starts no name, ranks written with their service ("Laksamana Madya TNI",
    "Irjen Pol"), one title after another, and "Port" as a place head."""
    assert [e.name for e in read(text).entities] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Nilai investasinya sekitar Rp 40,6 triliun.", []),
        ("Harga rumah di Johor naik menjadi RM 500.000.", ["Johor"]),
        ("Bakamla mengerahkan KN Pulau Dana-323 ke Laut Natuna Utara.", ["Badan Keamanan Laut", "Laut Natuna Utara"]),
        ("KRI Bung Tomo-357 dan kapal induk USS Ronald Reagan berlayar ke Manila.", ["Manila"]),
        ("KRI dr. Radjiman Wedyodiningrat-992 berlayar dari Jakarta menuju Mesir.", ["Jakarta", "Mesir"]),
        ("Kemhan mempercepat pengadaan kapal selam Scorpene Evolved dari Prancis.",
         ["Kementerian Pertahanan", "Prancis"]),
        ("Budi berbicara di Kantor Kementerian Perdagangan, Jakarta.", ["Kementerian Perdagangan", "Jakarta"]),
        ("Ia diperiksa di Kantor Imigrasi Ngurah Rai.", ["Kantor Imigrasi Ngurah Rai"]),
        ("KTT ASEAN digelar di Kuala Lumpur; kapal itu masuk ZEE Indonesia.",
         ["ASEAN", "Kuala Lumpur", "Indonesia"]),
        ('Massa membentangkan spanduk bertuliskan "Selamatkan Suara Rakyat" di depan kantor itu.', []),
        ("Kapal itu milik Biro Perikanan dan Sumber Daya Perairan. Baku tembak pecah di perbatasan.",
         ["Biro Perikanan dan Sumber Daya Perairan"]),
        ("Manila menyebut tindakan itu melanggar Konvensi Hukum Laut (UNCLOS).", ["Manila"]),
        ("Indonesia menawarkan tambahan impor LNG dan CPO kepada Qatar.", ["Indonesia", "Qatar"]),
        ("Kapal itu berlayar dengan sistem identifikasi otomatis (Automatic Identification System/AIS) dalam "
         "keadaan mati.", []),
        ("Indonesia menggugat Regulasi Antideforestasi Uni Eropa (European Union Deforestation Regulation/EUDR) ke "
         "WTO.", ["Indonesia", "Uni Eropa", "Organisasi Perdagangan Dunia"]),
        ("Menurut Asep, kedua WN Malaysia itu berperan sebagai pengendali lapangan.", ["Asep", "Malaysia"]),
        ("Korea Utara meluncurkan rudal balistik antarbenua (ICBM) pada Rabu.", ["Korea Utara"]),
        ("Penyidik menggeledah kantor Dinas PUPR pada Kamis pagi.", ["Dinas PUPR"]),
        ("Nelayan itu didenda AUD 12.000 oleh pengadilan Darwin.", ["Darwin"]),
        ("Pemohon mendalilkan pelanggaran pemilu yang bersifat TSM di Kabupaten Sleman.", ["Sleman"]),
    ],
    ids=["rupiah-sign", "ringgit-sign", "state-vessel", "navy-and-foreign-vessels", "a-ship-named-with-an-honorific",
         "a-product-after-a-head-of-two-words",
         "office-of-a-ministry",
         "an-office-of-its-own", "summit-and-zone-acronyms", "slogans-on-banners", "a-word-that-names-a-town",
         "a-treaty-by-its-acronym", "commodities-by-their-acronyms", "a-gloss-in-brackets",
         "a-regulation-and-its-gloss", "a-citizen-of", "a-missile-by-its-acronym", "no-day-after-a-connector",
         "a-currency-code", "an-election-law-term"],
)
def test_what_is_no_entity_around_names(read, text, names):
    """A currency's sign, a ship's name after its prefix ("KRI", "KN", "USS": ``vessel_prefixes``), the office of a
    body the dictionary knows ("Kantor Kementerian …": the body), and acronyms of things (``not_org_acronyms``)."""
    assert [e.name for e in read(text).entities] == names


@pytest.mark.parametrize(
    "text",
    [
        "Perusahaan itu berjanji menanamkan modal senilai US$ 2,5 miliar di Sulawesi Tengah.",
        "Nilai ekspor nikel naik menjadi US$3,1 miliar pada kuartal ketiga.",
        "Penyidik menyita uang tunai HK$ 40.000 dari rumah tersangka.",
        "Nilai perdagangan kedua negara tercatat sekitar 2,9 miliar dollar AS.",
        "Bantuan itu senilai 10 juta dolar Australia.",
    ],
    ids=["us-dollar-spaced", "us-dollar-glued", "hong-kong-dollar", "dollar-as-after-the-number",
         "australian-dollar"],
)
def test_the_letters_of_a_currency_sign_name_no_country(read, text):
    """"US$ 2,5 miliar" is an amount in US dollars: the letters before "$" name no country and no organisation."""
    assert [e.name for e in read(text).entities if e.type in ("COUNTRY", "ORG")] == []


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("Kejaksaan Negeri (Kejari) Kabupaten Kupang menetapkan bendahara desa sebagai tersangka. Kepala Kejari "
         "Kabupaten Kupang mengatakan kerugian negara mencapai Rp 480 juta.",
         "Kejaksaan Negeri Kabupaten Kupang", "Kabupaten Kupang"),
        ("Dinas Pendidikan (Disdik) Kota Bandung meliburkan sekolah selama dua hari.", "Dinas Pendidikan Kota Bandung",
         "Bandung"),
    ],
    ids=["prosecutor-of-a-regency", "education-office-of-a-city"],
)
def test_a_place_after_the_abbreviation_of_a_regional_office_names_which_office(read, text, name, place):
    """``regional_office_words``: one office of many ("Kejaksaan Negeri", "Dinas …"), its abbreviation, then its
    place: the office is that place's, every form of its name one entity; the place is named too."""
    article = read(text)
    office = _named(article, name, "ORG")
    assert office.country == "IDN"
    _named(article, place, "LOCATION")


def test_a_national_body_with_a_place_after_its_abbreviation_stays_national(read):
    article = read("Komisi Pemberantasan Korupsi (KPK) Jakarta menahan dua tersangka suap.")
    _named(article, "Komisi Pemberantasan Korupsi", "ORG")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Aiptu Suparno bersama warga memasang kembali atap rumah yang rusak.", "Suparno"),
        ("Kepala Penerangan komando itu, Kolonel Inf Suryo Nugroho, mengatakan seorang prajurit terluka.",
         "Suryo Nugroho"),
        ("Keduanya membantu memperbaiki rumah milik Mbah Karsiyem yang tinggal seorang diri.", "Karsiyem"),
        ("Mantan Komisaris Utama perusahaan itu, Basuki Santoso, memenuhi panggilan jaksa.", "Basuki Santoso"),
    ],
    ids=["police-rank", "rank-with-corps", "honorific", "former-office-opening-the-sentence"],
)
def test_ranks_honorifics_and_former_offices_are_titles(read, text, person):
    """Ranks below officer and their corps ("Aiptu", "Kolonel Inf"), honorifics of regional news ("Mbah"), and a
    "Mantan" before an office are titles, not words of the name."""
    _named(read(text), person, "PERSON")


@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        ("Bhabinkamtibmas Desa Tegalrejo, Aiptu Suparno, mendatangi rumah warga yang rusak.", "Tegalrejo", "Suparno"),
        ("Kapolsek Lembah Hijau, Kompol Andi Susanto, mengatakan pelaku sudah ditangkap.", "Lembah Hijau",
         "Andi Susanto"),
    ],
    ids=["village-officer", "police-chief"],
)
def test_a_rank_after_the_comma_names_the_holder_of_a_place_office(read, text, place, person):
    article = read(text)
    _named(article, place, "LOCATION")
    _named(article, person, "PERSON")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ribuan jemaah memadati Gedung Kanzus Sholawat untuk mengikuti pengajian.", "Gedung Kanzus Sholawat"),
        ("Warga Dukuh Ngemplak bergotong royong membangun jembatan bambu.", "Dukuh Ngemplak"),
        ("Polisi memburu pencuri sepeda motor di area parkir Pasar Sukamaju.", "Pasar Sukamaju"),
        ("Debit air di Waduk Sempor, Jawa Tengah, dan Waduk Karangkates, Jawa Timur, terus turun.",
         "Waduk Karangkates"),
        ("PLN mengoperasikan PLTS Terapung Cirata sejak tahun lalu.", "PLTS Terapung Cirata"),
        ("Gempa itu dipicu pergerakan Sesar Palu Koro.", "Sesar Palu Koro"),
        ("Artileri menghantam kompleks candi Prasat Sela Keo di perbatasan.", "Candi Prasat Sela Keo"),
        ("KTT itu digelar di Kuala Lumpur Convention Centre, Malaysia.", "Kuala Lumpur Convention Centre"),
    ],
    ids=["building", "hamlet", "market", "reservoir-after-dan", "a-power-plant-by-its-kind", "a-fault", "a-temple",
         "a-venue-named-after-its-city"],
)
def test_everyday_places_are_places(read, text, place):
    _named(read(text), place, "LOCATION")


def test_the_government_of_a_regency_is_an_organisation_of_that_place(read):
    """"Pemerintah Kabupaten Belu": the dictionary knows "Kabupaten Belu" as a place; with the head before it the
    phrase is the regency's government (an organisation of Indonesia), the place a mention of its own."""
    article = read("Rombongan disambut jajaran Pemerintah Kabupaten Belu dengan tarian adat.")
    government = _named(article, "Pemerintah Kabupaten Belu", "ORG")
    assert government.country == "IDN"
    assert [e.type for e in article.entities if "Belu" in " ".join(m.text for m in e.mentions)] == ["ORG", "LOCATION"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Kasatlantas Polres Badung AKP I Made Suarjana mengatakan korban tidak mengenakan helm.", "I Made Suarjana"),
        ("Bendesa adat setempat, I Ketut Sudarsana, mengatakan aturan itu sudah disepakati.", "I Ketut Sudarsana"),
        ("Sutrisno (58), petani asal Dusun Krajan, mengaku gagal panen karena sawahnya terendam.", "Sutrisno"),
    ],
    ids=["balinese-name-after-a-rank", "balinese-name-in-apposition", "one-word-name-with-age"],
)
def test_names_of_regional_news(read, text, person):
    """"I" opens a Balinese name before a name of birth order (``balinese_name_words``); a number in brackets after
    a word opening the sentence is a person's age ("Sutrisno (58), …")."""
    _named(read(text), person, "PERSON")


def test_a_year_in_brackets_after_a_place_is_no_age(read):
    article = read("Ia lahir di Surabaya (2001) dan besar di Malang.")
    assert [e.type for e in article.entities] == ["LOCATION", "LOCATION"]


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        ("Satuan Polisi Pamong Praja (Satpol PP) Kota Bekasi membongkar puluhan lapak pedagang kaki lima.",
         "Satuan Polisi Pamong Praja Kota Bekasi", "Satpol PP"),
        ("Kasus itu ditangani Unit Pelaksana Teknis Daerah Perlindungan Perempuan dan Anak (UPTD PPA) Kabupaten "
         "Bogor.", "Unit Pelaksana Teknis Daerah Perlindungan Perempuan dan Anak Kabupaten Bogor", "UPTD PPA"),
    ],
    ids=["municipal-police", "service-unit"],
)
def test_an_abbreviation_of_two_words_in_brackets(read, text, name, short):
    """"(Satpol PP)": two words, the last an acronym, abbreviate the organisation before the bracket."""
    office = _named(read(text), name, "ORG")
    assert short in office.aliases


@pytest.mark.parametrize(
    "text",
    [
        "Ketiga negara menggelar latihan militer trilateral Freedom Edge di perairan selatan Pulau Jeju.",
        "Militer negara itu menggelar latihan skala besar bersandi Strait Thunder di sekitar pulau tersebut.",
    ],
    ids=["exercise-after-latihan", "code-name-after-bersandi"],
)
def test_the_name_of_an_exercise_is_no_person(read, text):
    """``event_name_heads``: a capitalised phrase after "latihan" or "bersandi" names the exercise."""
    assert [e.name for e in read(text).entities if e.type == "PERSON"] == []


def test_a_defined_abbreviation_of_two_words_is_the_organisation_later_on(read):
    """Once "(Satpol PP)" is defined, "Kepala Satpol PP Kota Bekasi, Sukarya" is the office and its head, not a
    person named "Satpol"."""
    article = read("Satuan Polisi Pamong Praja (Satpol PP) Kota Bekasi membongkar puluhan lapak pedagang. Kepala "
                   "Satpol PP Kota Bekasi, Sukarya, mengatakan penertiban akan berlanjut pekan depan.")
    office = _named(article, "Satuan Polisi Pamong Praja Kota Bekasi", "ORG")
    assert len(office.mentions) == 3
    assert [e.name for e in article.entities if e.type == "PERSON"] == ["Sukarya"]


@pytest.mark.parametrize(("text", "surfaces"), [
    pytest.param("Menurut Kemlu, Malaysia menahan pekerja migran Indonesia.", ["Kemlu", "Malaysia", "Indonesia"],
                 id="a-country-after-a-comma-starts-a-clause"),
    pytest.param("Pertemuan digelar di Washington, DC, pekan lalu.", ["Washington, DC"],
                 id="a-place-after-a-comma-may-end-a-name"),
])
def test_a_comma_ends_a_name_before_a_country(read, text, surfaces):
    """"Kemlu Malaysia" is Malaysia's ministry; "Menurut Kemlu, Malaysia …" names Indonesia's, and then Malaysia."""
    article = read(text)
    assert [m.text for e in article.entities for m in e.mentions] == surfaces, _summary(article)


def test_a_corridor_named_in_lower_case_is_the_place(read):
    """"koridor Philadelphia" is the strip of land in Gaza, not the American city."""
    article = read("Hamas membebaskan sandera di koridor Philadelphia.")
    assert _named(article, "Koridor Philadelphia", "LOCATION").country == "PSE"


@pytest.mark.parametrize(("text", "red_cross"), [
    pytest.param("PMI menyalurkan bantuan kepada korban banjir di Bekasi.", True, id="the-red-cross"),
    pytest.param("Malaysia menangkap 20 PMI di Johor. Para pekerja migran itu ditahan di depot imigrasi.", False,
                 id="migrant-workers"),
    pytest.param("Palang Merah Indonesia (PMI) mengirim relawan untuk membantu pekerja migran di Sabah.", True,
                 id="defined-as-the-red-cross"),
])
def test_pmi_is_the_red_cross_unless_the_article_is_about_migrant_workers(read, text, red_cross):
    """"PMI" is the Indonesian Red Cross, and in news on migrant labour the workers themselves."""
    article = read(text)
    assert any(e.name == "Palang Merah Indonesia" for e in article.entities) == red_cross, _summary(article)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kepala Penerangan Kodam XVII/Cenderawasih Letkol Inf Candra Kurniawan mengatakan hal itu.",
         "Kodam XVII/Cenderawasih"),
        ("Pasukan dari Korem 174/Anim Ti Waninggap dikerahkan ke Merauke.", "Korem 174/Anim Ti Waninggap"),
        ("Sebanyak 200 personel Kodim 0501/Jakarta Pusat bersiaga di sekitar gedung itu.",
         "Kodim 0501/Jakarta Pusat"),
        ("Kapal ikan asing itu ditangkap Lantamal IV Tanjungpinang kemarin.", "Lantamal IV"),
        ("Pasukan dari Kodap VIII Intan Jaya mengklaim serangan itu.", "Kodap VIII"),
        ("Laksamana Muda Fauzi mengatakan Koarmada I telah menyiagakan tiga kapal perang.", "Koarmada I"),
    ],
    ids=["roman-number", "number-and-a-name-of-words", "number-and-a-place", "number-then-its-seat",
         "sentence-initial-unit", "the-dictionary-knows-it-without-its-number"],
)
def test_a_numbered_command_keeps_its_number_and_name(read, text, name):
    """TNI territorial commands (numbered_commands in id/entities.yaml): the number and the name after the slash
    belong to the command, which acts for Indonesia; a rank after it opens the officer's title."""
    command = _named(read(text), name, "ORG")
    assert command.code == "IDN" or command.country == "IDN"


@pytest.mark.parametrize(("text", "names"), [
    ("Ketiganya berinisial HS (41) selaku pemodal, AR (36) selaku pengawas lapangan, dan JK (29) operator "
     "ekskavator.", {("PERSON", "HS"), ("PERSON", "AR"), ("PERSON", "JK")}),
    ("Personel dari Satpol PP, Polrestabes Medan, dan TNI dikerahkan ke lokasi.",
     {("ORG", "Polrestabes Medan"), ("ORG", "Tentara Nasional Indonesia")}),
    ("Massa yang tergabung dalam Solidaritas Mahasiswa Peduli Tanah Papua berencana melakukan long march.",
     {("ORG", "Solidaritas Mahasiswa Peduli Tanah Papua")}),
    ("Kapolda berbicara dalam konferensi pers di Mapolda Kaltim, Balikpapan, Senin.",
     {("LOCATION", "Mapolda Kaltim"), ("LOCATION", "Balikpapan")}),
    ("Kantor Perdana Menteri Benjamin Netanyahu menyatakan Israel tidak akan berkompromi.",
     {("ORG", "Kantor Perdana Menteri"), ("PERSON", "Benjamin Netanyahu")}),
    ("Menteri Pertahanan Taiwan Wellington Koo mengatakan militer telah siaga.", {("PERSON", "Wellington Koo")}),
    ("Trump, dalam unggahan di Truth Social, mengancam Rusia.", {("ORG", "Truth Social")}),
], ids=["initials-each-with-a-role", "a-body-before-dan-in-a-list", "solidaritas-opens-a-name",
        "a-police-headquarters-and-its-command", "a-known-person-ends-an-office",
        "a-city-opening-a-name-after-title-and-country", "a-platform"])
def test_names_in_lists_and_coalitions(read, text, names):
    """Initials listed with ages and roles are each a person (not "JK", Jusuf Kalla); a body before ", dan" in a list
    of bodies ends at the comma; "Solidaritas" opens an organisation's name."""
    article = read(text)
    assert names <= {(e.type, e.name) for e in article.entities}, _summary(article)


def test_the_global_south_is_no_one(read):
    """"negara-negara Global South": a bloc of countries named by a phrase, no person (not_name_phrases)."""
    article = read("Prabowo menyebut Indonesia ingin menjadi jembatan bagi negara-negara Global South.")
    assert not [e for e in article.entities if e.name == "Global South"], _summary(article)


def test_a_commands_number_after_a_title_is_no_organisation(read):
    """"Pangdam XVII/Cenderawasih Mayjen …": the roman number after the title is the command's, not an acronym."""
    article = read("Pangdam XVII/Cenderawasih Mayjen Rudi Puruwito menyebut situasi di Intan Jaya aman.")
    assert not [e for e in article.entities if e.name == "XVII"], _summary(article)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rudy, yang merupakan Direktur Utama PT Sinar Prima Agrotama, ditangkap polisi.", "PT Sinar Prima Agrotama"),
        ("Tersangka itu merupakan direktur PT Samudra Garam Sentosa yang mengimpor garam.",
         "PT Samudra Garam Sentosa"),
    ],
    ids=["yang-merupakan", "merupakan"],
)
def test_a_title_said_of_someone_named_before_has_no_name_after_it(read, text, name):
    """After "merupakan", "selaku", "sebagai" the title is said of someone named before: the words after the
    organisation's head are all its own, not a person's name."""
    article = read(text)
    _named(article, name, "ORG")
    assert not [e for e in article.entities if e.type == "PERSON" and e.name != "Rudy"]


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Kejagung menetapkan tiga tersangka, yakni WH selaku mantan Direktur Impor Kementerian Perdagangan, TS "
         "selaku Direktur Utama PT Samudra Garam Sentosa, serta RB selaku pemilik PT Mitra Kristal.",
         {"WH", "TS", "RB"}),
        ("Penyidik juga memeriksa tersangka TS di Gedung Bundar. Adapun tersangka RB mangkir dari panggilan.",
         {"TS", "RB"}),
    ],
    ids=["selaku", "after-a-role"],
)
def test_unknown_capitals_given_a_role_are_a_persons_initials(read, text, initials):
    """Capitals the dictionary does not know, after "tersangka" (initials_after_roles in id/entities.yaml) or before
    "selaku", are a person's initials; a title's field in title case ("Direktur Impor …") is no name."""
    article = read(text)
    assert {e.name for e in article.entities if e.type == "PERSON"} == initials


@pytest.mark.parametrize(
    "text",
    [
        "ASEAN diminta mengaktifkan Persetujuan ASEAN tentang Pencemaran Asap Lintas Batas (AATHP) yang telah "
        "diratifikasi.",
        "Kedua negara menandatangani Konvensi Penghapusan Senjata Kimia (KPSK) pada 2020.",
    ],
    ids=["persetujuan", "konvensi"],
)
def test_the_acronym_of_a_document_is_no_organisation(read, text):
    """A treaty's or a law's title (``document_heads``) names no one, nor does its acronym in brackets."""
    article = read(text)
    assert not [e for e in article.entities if e.type in ("ORG", "PERSON") and e.name != "ASEAN"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tersangka ditahan di Rumah Tahanan KPK selama 20 hari pertama.", "Rumah Tahanan KPK"),
        ("Tersangka ditahan di Rumah Tahanan Negara Cabang KPK.", "Rumah Tahanan Negara Cabang KPK"),
    ],
    ids=["rumah-tahanan", "with-cabang"],
)
def test_the_building_of_a_body_named_in_full_is_a_place(read, text, name):
    """A building head of several words (``facility_heads``), "Cabang" after it, then a known body: one place."""
    _named(read(text), name, "LOCATION")


@pytest.mark.parametrize(
    ("text", "org", "person"),
    [
        ("Ketua Komisi Uni Afrika Mahmoud Ali Youssouf mendesak kedua negara menahan diri.", "Komisi Uni Afrika",
         "Mahmoud Ali Youssouf"),
        ("Menanggapi kritik itu, Kepala Biro Informasi Pertahanan Kemhan Brigadir Jenderal Frega Wenas menepis "
         "anggapan itu.", "Biro Informasi Pertahanan Kemhan", "Frega Wenas"),
        ("Ketua Dewan Transisi Sudan Ahmed Karim Osman bersumpah akan membalas.", "Dewan Transisi Sudan",
         "Ahmed Karim Osman"),
        ("Kepala Kantor Imigrasi Ngurah Rai Made Surya Atmaja mengatakan 14 WNA dideportasi.",
         "Kantor Imigrasi Ngurah Rai", "Made Surya Atmaja"),
    ],
    ids=["three-word-name", "past-a-rank", "a-country-ends-the-body", "a-place-ends-the-body"],
)
def test_after_a_title_a_known_body_ends_where_the_person_begins(read, text, org, person):
    """The capitalised run after a title holds a body the dictionary knows: the body ends there (past a military
    rank), and the person's name is all the rest, whatever its length."""
    article = read(text)
    _named(article, org, "ORG")
    _named(article, person, "PERSON")


@pytest.mark.parametrize(("text", "org", "alias"), [
    ("Komando Daerah Militer (Kodam) Iskandar Muda mengerahkan 300 prajurit ke Pidie.",
     "Komando Daerah Militer Iskandar Muda", "Kodam Iskandar Muda"),
    ("Komando Operasi (Koops) Bintang Timur menyerang markas kelompok bersenjata itu.",
     "Komando Operasi Bintang Timur", "Koops Bintang Timur"),
    ("Satuan Tugas (Satgas) Pangan Polri memeriksa gudang beras di Karawang.",
     "Satuan Tugas Pangan", "Satgas Pangan"),
])
def test_a_unit_named_after_its_abbreviation_is_one_body(read, text, org, alias):
    """"Komando Daerah Militer (Kodam) Iskandar Muda": the capitalised words after a unit's abbreviation in brackets
    name the unit (no person "Iskandar Muda"), in full and by the abbreviation; a known body after them stays
    itself ("Polri")."""
    article = read(text)
    unit = _named(article, org, "ORG")
    assert alias in unit.aliases
    assert not [e for e in article.entities if e.type == "PERSON"]


def test_another_bodys_head_ends_a_units_name(read):
    """"Satuan Reserse Kriminal (Satreskrim) Polres Bogor": the unit is of another body, which is named on its own."""
    article = read("Satuan Reserse Kriminal (Satreskrim) Polres Bogor menahan pelaku pencurian itu.")
    assert {e.name for e in article.entities if e.type == "ORG"} >= {"Satuan Reserse Kriminal", "Polres Bogor"}


def test_a_known_body_spelt_by_an_abbreviation_and_a_name_is_that_body(read):
    """"Kepolisian Daerah (Polda) Metro Jaya": no rule spells "Polda" from "Kepolisian Daerah", but with the words
    after the bracket it is a body the dictionary knows, named with the long form's words; "Metro" is no city here."""
    article = read("Sementara itu, Kepolisian Daerah (Polda) Metro Jaya menangkap dua tersangka penipuan daring.")
    assert "Kepolisian Daerah" in _named(article, "Polda Metro Jaya", "ORG").aliases
    assert not [e for e in article.entities if e.type == "LOCATION"]


@pytest.mark.parametrize("text", [
    "Hanya perwakilan nonpolitik Myanmar boleh hadir di Konferensi Tingkat Tinggi (KTT) ASEAN bulan depan.",
    "Gubernur memaparkan rencana itu di Rapat Kerja Daerah yang digelar Senin pagi.",
])
def test_a_gathering_after_di_is_no_place(read, text):
    """"hadir di Konferensi Tingkat Tinggi": a capitalised phrase opening with a gathering's head names where people
    meet, not a place ("gathering_heads" in id/entities.yaml)."""
    assert not [e.name for e in read(text).entities if e.type == "LOCATION"]


def test_a_sentra_is_a_body(read):
    """"Sentra Penegakan Hukum Terpadu": a centre of officials, an organisation, even after "ke"."""
    article = read("Bawaslu hanya meneruskan satu laporan ke Sentra Penegakan Hukum Terpadu untuk diproses.")
    _named(article, "Sentra Penegakan Hukum Terpadu", "ORG")


def test_a_lone_name_after_a_preposition_is_the_person_named_so_before(read):
    """"menerima uang dari Yogi": one word after "dari" reads as a place, unless it is a word of the name of someone
    the story named before; then it is that person, and no place is found."""
    article = read("KPK menahan Direktur PT Lintas Rawas Mandiri Yogi Pratama. Rizal menerima uang dari Yogi di "
                   "sebuah rumah makan di Kota Lubuklinggau.")
    assert len(_named(article, "Yogi Pratama", "PERSON").mentions) == 2
    assert [e.name for e in article.entities if e.type == "LOCATION"] == ["Lubuklinggau"]


def test_a_district_of_jakarta_is_a_place_of_indonesia(read):
    """Jakarta's districts (kecamatan), where the capital's protests and arrests are placed, are in places.tsv."""
    article = read("Ribuan buruh berunjuk rasa di Jalan Ridwan Rais, Gambir, Jakarta Pusat. Polisi menangkap dua orang "
                   "di Palmerah.")
    assert _named(article, "Gambir", "LOCATION").code == "IDN"
    _named(article, "Palmerah", "LOCATION")


@pytest.mark.parametrize("text", [
    "Indonesia mengajukan banding ke Badan Banding (Appellate Body) WTO pekan lalu.",
    "Kedua presiden bertemu di Aula Besar Rakyat (Great Hall of the People) di Beijing.",
    "Malaysia mengirimkan Special Malaysia Disaster Assistance and Rescue Team (SMART) ke Aceh.",
    "Xi menyebut sinergi antara Inisiatif Sabuk dan Jalan dengan visi Indonesia Emas 2045 perlu diperkuat.",
    "Uni Eropa mengakui sertifikasi Indonesian Sustainable Palm Oil (ISPO) sebagai bukti keberlanjutan.",
    "Indeks Hang Seng turun 2 persen pada perdagangan Senin.",
    "Pemerintah Indonesia melalui Perutusan Tetap RI di Jenewa menyampaikan sikapnya.",
    "Penangkapan itu melanggar Konvensi Wina tentang Hubungan Konsuler.",
])
def test_bodies_halls_schemes_and_matters_named_are_no_persons(read, text):
    """``not_person_words`` in id/entities.yaml: "Body", "Hall", "Team", "Inisiatif", "Sustainable", "Indeks",
    "Hubungan" … make a capitalised phrase no one's name."""
    article = read(text)
    assert not [e.name for e in article.entities if e.type == "PERSON"]


@pytest.mark.parametrize(("text", "person"), [
    ('"Kondisi mereka baik," kata Konsul RI di Darwin, Adi Wibowo, kepada wartawan.', "Adi Wibowo"),
    ("Koordinator Residen PBB di Indonesia Gita Sabharwal mengingatkan kebutuhan pengungsi.", "Gita Sabharwal"),
])
def test_a_consul_and_a_resident_coordinator_are_titles(read, text, person):
    article = read(text)
    assert [e.name for e in article.entities if e.type == "PERSON"] == [person]


@pytest.mark.parametrize(("text", "place"), [
    ("Penambangan ilegal terjadi di Bukit Soeharto, Kabupaten Kutai Kartanegara.", "Bukit Soeharto"),
    ("Tiga WNI dideportasi melalui Jembatan Allenby menuju Amman.", "Jembatan Allenby"),
    ("Kesepakatan itu mencakup segmen Noel Besi-Citrana di perbatasan.", "Noel Besi-Citrana"),
])
def test_hills_bridges_and_border_segments_are_places(read, text, place):
    """"Bukit", "Jembatan", "segmen" … head a place's name, whoever it is named after (no person Soeharto)."""
    article = read(text)
    _named(article, place, "LOCATION")
    assert not [e.name for e in article.entities if e.type == "PERSON"]
