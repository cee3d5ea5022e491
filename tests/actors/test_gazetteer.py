"""The actor dictionary: countries, organisations, people and places read from data files.

The dictionary is data, so most of these tests are checks on the data: every file loads through
:func:`load_gazetteer`, ids are unique, codes point at real countries, and every role a person held
starts before it ends. The rest pin down the rules the recogniser relies on: the folded matching key,
all-capital aliases that match only in capitals, the holder of a role on a given day, and a user's own
dictionary merged on top at run time (with malformed entries refused, naming the file and the entry).
"""

from __future__ import annotations

import csv
import re
from calendar import monthrange
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from peristiwa.actors import make_entity_stage
from peristiwa.actors.gazetteer import ENTITY_TYPES, SECTORS, Actor, default_gazetteer, load_gazetteer, match_key
from peristiwa.langdata import DataFileError, data_path, load_yaml, read_yaml_file


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.fixture(scope="module")
def raw() -> dict:
    """The data files as written, before the loader touches them."""
    people = []
    for path in sorted(data_path("actors").glob("people-*.yaml")):
        people += read_yaml_file(path)
    with data_path("places/places.tsv").open(encoding="utf-8", newline="") as fh:
        places = list(csv.DictReader(fh, delimiter="\t"))
    return {
        "countries": read_yaml_file(data_path("actors/countries.yaml")),
        "organizations": read_yaml_file(data_path("actors/organizations.yaml")),
        "people": people,
        "places": places,
    }


def _duplicates(values) -> list:
    return sorted(v for v, n in Counter(values).items() if n > 1)


# --- the shipped data -----------------------------------------------------------------------------


def test_every_data_file_loads_and_validates(gaz):
    """load_gazetteer() reads and validates every file; each kind of actor is there in numbers."""
    kinds = Counter(actor.type for actor in gaz.actors.values())
    assert set(kinds) == set(ENTITY_TYPES)
    assert kinds["COUNTRY"] >= 200
    assert kinds["ORG"] >= 600
    assert kinds["PERSON"] >= 700
    assert kinds["LOCATION"] >= 1000


@pytest.mark.parametrize(
    ("relative", "keys"),
    [
        ("id/entities.yaml", {"person_titles", "person_role_words", "org_heads", "org_tails", "location_heads",
                              "location_preps", "not_name_words", "title_words", "not_org_acronyms"}),
        ("id/speech.yaml", {"after_quote", "after_speaker", "pronouns", "speaker_stop_words", "source_markers"}),
    ],
    ids=["entity-cues", "speech-cues"],
)
def test_cue_files_load_with_their_lists(relative, keys):
    """The word lists the recogniser and the quote reader use load and hold every list they read."""
    data = load_yaml(relative)
    assert keys <= set(data)
    assert all(data[k] for k in keys)


def test_actor_ids_are_unique(raw):
    """No two organisations or people share an id; no two places share an id; no country is listed twice."""
    assert _duplicates(e["id"] for e in raw["organizations"] + raw["people"]) == []
    assert _duplicates(row["id"] for row in raw["places"]) == []
    assert _duplicates(c["code"] for c in raw["countries"]) == []


def test_every_entry_became_one_actor(gaz, raw):
    """An id listed twice with identical content would merge silently: the counts must add up."""
    people_and_orgs = [a for a in gaz.actors.values() if a.type in ("PERSON", "ORG") and not a.id.startswith("seat-")]
    assert len(people_and_orgs) == len(raw["organizations"]) + len(raw["people"])
    assert sum(a.type == "COUNTRY" for a in gaz.actors.values()) == len(raw["countries"])
    assert sum(a.type == "LOCATION" for a in gaz.actors.values()) == len(raw["places"])


def test_codes_point_at_listed_countries(raw):
    """Every country an organisation, person, role or place names is an ISO3 code of countries.yaml (or IGO:…)."""
    known = {c["code"] for c in raw["countries"]}
    named = [(e["id"], e.get("country")) for e in raw["organizations"] + raw["people"]]
    named += [(f"{p['id']} role", r.get("country")) for p in raw["people"] for r in p.get("roles") or []]
    named += [(row["id"], row["country"]) for row in raw["places"]]
    unknown = [(who, code) for who, code in named if code and not str(code).startswith("IGO:") and code not in known]
    assert unknown == []


def test_organisation_parents_exist(raw):
    """A parent organisation is the id of another organisation in the file."""
    ids = {o["id"] for o in raw["organizations"]}
    assert [(o["id"], o["parent"]) for o in raw["organizations"] if o.get("parent") and o["parent"] not in ids] == []


def test_sectors_are_known(gaz):
    """Every sector code is one of the documented codes."""
    bad = [(a.id, a.sector) for a in gaz.actors.values() if a.sector and a.sector not in SECTORS]
    bad += [(a.id, r.sector) for a in gaz.actors.values() for r in a.roles if r.sector and r.sector not in SECTORS]
    assert bad == []


def test_places_have_nine_columns_and_coordinates_on_the_globe(raw):
    """places.tsv: nine tab-separated columns per row, latitude in [-90, 90], longitude in [-180, 180]."""
    assert [row["id"] for row in raw["places"] if None in row or None in row.values()] == []
    off = [row["id"] for row in raw["places"]
           if not (-90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180)]
    assert off == []


def test_no_country_alias_is_shared(raw):
    """A name, alias, nickname or demonym belongs to one country only (compared case-insensitively)."""
    owners: dict[str, set[str]] = {}
    for c in raw["countries"]:
        for form in [c["name"], *(c.get("aliases") or []), *(c.get("nicknames") or []), *(c.get("demonyms") or [])]:
            owners.setdefault(str(form).lower(), set()).add(c["code"])
    assert {form: codes for form, codes in owners.items() if len(codes) > 1} == {}


def _bound(value, first: bool) -> date | None:
    """YYYY, YYYY-MM or YYYY-MM-DD as the first (or last) day it covers."""
    if value in (None, ""):
        return None
    parts = [int(p) for p in str(value).split("-")]
    if len(parts) == 3:
        return date(*parts)
    year, month = parts[0], parts[1] if len(parts) == 2 else (1 if first else 12)
    return date(year, month, 1 if first else monthrange(year, month)[1])


def test_every_person_role_starts_before_it_ends(raw):
    """A role's start is on or before its end (an open end means still in office)."""
    backwards = []
    for person in raw["people"]:
        for role in person.get("roles") or []:
            start, end = _bound(role.get("start"), True), _bound(role.get("end"), False)
            if start and end and start > end:
                backwards.append((person["id"], role["title"], role.get("start"), role.get("end")))
    assert backwards == []


# --- matching keys ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kim Jong-un", "Kim Jong Un"),
        ("D.C.", "DC"),
        ("Washington, D.C.", "Washington DC"),
        ("O'Hagan", "OHagan"),
        ("Jum’at", "Jumat"),
        ("Bangsa-Bangsa", "bangsa bangsa"),
        ("  Negeri   Paman Sam ", "negeri paman sam"),
    ],
    ids=["hyphen", "dots", "comma-and-dots", "apostrophe", "curly-apostrophe", "case", "spaces"],
)
def test_match_key_folds_case_hyphens_dots_and_apostrophes(a, b):
    """Names are indexed under a folded key: case, hyphens, dots, commas, apostrophes and spacing do not count."""
    assert match_key(a) == match_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Kim Jong-un", "Kim Jong-il"), ("Korea Utara", "Korea Selatan"), ("RI", "RRI")],
    ids=["different-names", "different-words", "different-letters"],
)
def test_match_key_keeps_different_names_apart(a, b):
    """Folding never makes two different names one."""
    assert match_key(a) != match_key(b)


def test_both_spellings_find_the_same_person(gaz):
    """"Kim Jong Un" and "Kim Jong-un" look up the same dictionary entry."""
    hyphen = {f.actor.id for f in gaz.lookup(match_key("Kim Jong-un"))}
    spaced = {f.actor.id for f in gaz.lookup(match_key("Kim Jong Un"))}
    assert hyphen == spaced == {"kim-jong-un"}


def test_dc_with_and_without_dots_is_one_place(gaz):
    """"Washington D.C." and "Washington DC" are the same place."""
    dotted = {f.actor.id for f in gaz.lookup(match_key("Washington D.C."))}
    plain = {f.actor.id for f in gaz.lookup(match_key("Washington DC"))}
    assert dotted == plain
    assert dotted and all(gaz.actors[i].country == "USA" for i in dotted)


# --- all-capital aliases ------------------------------------------------------------------------


@pytest.mark.parametrize(("alias", "actor_id"), [("AS", "country-usa"), ("RI", "country-idn"), ("PBB", "pbb")],
                         ids=["AS", "RI", "PBB"])
def test_all_capital_aliases_are_exact_case(gaz, alias, actor_id):
    """An alias written in capitals is stored as exact-case: only the same capitals match it."""
    forms = [f for f in gaz.lookup(match_key(alias)) if f.actor.id == actor_id]
    assert forms and all(f.exact_case for f in forms)


def test_ordinary_names_are_not_exact_case(gaz):
    """Names in ordinary capitalisation match whatever the case of the letters after the first."""
    forms = [f for f in gaz.lookup(match_key("Korea Utara")) if f.actor.id == "country-prk"]
    assert forms and not any(f.exact_case for f in forms)


def _codes(article) -> set[str | None]:
    return {e.code for e in article.entities if e.type == "COUNTRY"}


@pytest.mark.parametrize(
    ("text", "code", "present"),
    [
        ("Kerja sama pertahanan dengan AS terus diperkuat tahun ini.", "USA", True),
        ("Pertemuan itu membahas tema Made as a Weapon di Jakarta.", "USA", False),
        ("Sebuah film berjudul Tender As Night diputar di Jakarta.", "USA", False),
        ("Hubungan RI dan Malaysia membaik setelah pertemuan itu.", "IDN", True),
        ("Menlu Korut Ri Chol-man tiba di Moskow pada Senin.", "IDN", False),
    ],
    ids=["AS-capitals", "as-english", "As-titlecase", "RI-capitals", "Ri-surname"],
)
def test_capital_aliases_match_only_in_capitals(extract, text, code, present):
    """"AS" in capitals is the United States; "as" or "As" in an English phrase is not. "RI" is Indonesia; the
    Korean surname "Ri" is not."""
    assert (code in _codes(extract(text, language="id"))) is present


@pytest.mark.parametrize(("text", "present"),
                         [("Sekretaris Jenderal PBB menyerukan gencatan senjata.", True),
                          ("Sejumlah pejabat Pbb hadir di Jenewa.", False)],
                         ids=["PBB", "Pbb"])
def test_pbb_matches_only_in_capitals(extract, text, present):
    """"PBB" is the United Nations; "Pbb" is not the same word."""
    article = extract(text, language="id")
    assert any(e.id == "pbb" for e in article.entities) is present


# --- who held a role on a day -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "country", "day", "holder"),
    [
        ("Presiden", "IDN", date(2020, 1, 1), "joko-widodo"),
        ("Presiden", "IDN", date(2025, 1, 1), "prabowo-subianto"),
        ("Presiden", "IDN", date(2010, 6, 1), "susilo-bambang-yudhoyono"),
        ("Presiden RI", None, date(2020, 1, 1), "joko-widodo"),
        ("Presiden RI", None, date(2025, 1, 1), "prabowo-subianto"),
    ],
    ids=["jokowi-2020", "prabowo-2025", "sby-2010", "alias-2020", "alias-2025"],
)
def test_role_holder_on_a_date(gaz, title, country, day, holder):
    """holders(title, country, day) is the one person who held that office on that day (by title or alias)."""
    assert [a.id for a in gaz.holders(title, country, day)] == [holder]


def test_role_holder_is_filtered_by_country(gaz):
    """The Indonesian president is not a holder of "Presiden" for another country."""
    ids = {a.id for a in gaz.holders("Presiden", "USA", date(2020, 1, 1))}
    assert "joko-widodo" not in ids
    assert "prabowo-subianto" not in ids


# --- a user's dictionary, merged at run time --------------------------------------------------------

USER_FILE = """\
- id: koperasi-nelayan-tanjung-laras
  type: ORG
  name: Koperasi Nelayan Tanjung Laras
  aliases: [Kopnel Laras]
  country: IDN
  sector: CVL
- id: ratna-sekarwangi
  type: PERSON
  name: Ratna Sekarwangi
  aliases: [Sekarwangi]
  country: IDN
  sector: GOV
  roles:
    - title: Bupati Tanjung Laras
      title_aliases: [Bupati Laras]
      country: IDN
      sector: GOV
      start: 2021-02-26
      end: null
"""


@pytest.fixture
def user_file(tmp_path) -> Path:
    path = tmp_path / "aktor-saya.yaml"
    path.write_text(USER_FILE, encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "code"), [
    ("Greenpeace Indonesia menuding pemerintah lebih membela korporasi.", "IDN"),
    ("Amnesty International Indonesia mencatat 30 kasus kekerasan aparat.", "IDN"),
    ("Greenpeace menggelar aksi di depan kantor pusat perusahaan sawit itu di Amsterdam.", "NLD"),
])
def test_a_national_office_of_an_international_ngo_is_that_countrys(extract, text, code):
    """"Greenpeace Indonesia" is an Indonesian body, as "Amnesty International Indonesia" is; "Greenpeace" alone is
    the international organisation, registered where its head office is."""
    article = extract(text, language="id")
    assert [e.code for e in article.entities if e.type == "ORG"] == [code]


@pytest.mark.parametrize(("text", "name", "code"), [
    # bare, the name is the US State Department's, as translated news writes it ("Deplu" alone stays Indonesia's)
    ("Pejabat Departemen Luar Negeri memutuskan menarik kepala misi diplomatik Amerika dari El Salvador.",
     "Departemen Luar Negeri AS", "USA"),
    ("Departemen Luar Negeri Filipina memanggil duta besar China.", "Departemen Luar Negeri Filipina", "PHL"),
    # an abbreviation in brackets after a body the dictionary knows is that body's, not another's of the same letters
    ("Polisi Federal Australia (AFP) telah mendakwa seorang mantan pejabat senior.", "Polisi Federal Australia", "AUS"),
])
def test_the_body_a_name_stands_for(extract, text, name, code):
    article = extract(text, language="id")
    assert [(e.name, e.code) for e in article.entities if e.type == "ORG"] == [(name, code)]


def test_initials_before_a_name_are_no_city(extract):
    """"Gubernur Illinois JB Pritzker": the initials open the governor's name; "JB" is no alias of Johor Bahru."""
    article = extract("\"Ini kampanye teror,\" kata Gubernur Illinois JB Pritzker dalam konferensi pers.",
                      language="id")
    assert "MYS" not in _codes(article)
    assert [e.code for e in article.entities if e.type == "PERSON"] == ["USA"]


def test_user_dictionary_is_merged_on_top(user_file):
    """load_gazetteer([path]) holds the shipped dictionary and the user's organisation and person, with roles."""
    gaz = load_gazetteer([user_file])
    org = gaz.actors["koperasi-nelayan-tanjung-laras"]
    assert (org.type, org.country, org.sector) == ("ORG", "IDN", "CVL")
    assert {f.actor.id for f in gaz.lookup(match_key("Kopnel Laras"))} == {org.id}
    person = gaz.actors["ratna-sekarwangi"]
    assert person.type == "PERSON"
    assert [a.id for a in gaz.holders("Bupati Laras", "IDN", date(2024, 10, 23))] == [person.id]
    assert gaz.holders("Bupati Laras", "IDN", date(2020, 1, 1)) == []
    assert "country-idn" in gaz.actors  # the shipped data is still there


def test_a_place_named_as_an_organisations_seat_stands_for_it(gaz, tmp_path):
    """"Brussel" is the EU's seat (``seats`` of uni-eropa), not Belgium's, though it is Belgium's capital; a user's
    organisation may name a seat of its own the same way."""
    brussel = next(f.actor for f in gaz.lookup(match_key("Brussels")) if f.actor.type == "LOCATION")
    assert (brussel.country, gaz.government_of(brussel)) == ("BEL", "IGO:EU")
    path = tmp_path / "seats.yaml"
    path.write_text("- id: uni-afrika-saya\n  name: Uni Afrika Saya\n  type: ORG\n  country: 'IGO:AU'\n"
                    "  seats: [Addis Ababa]\n", encoding="utf-8")
    mine = load_gazetteer([path])
    addis = next(f.actor for f in mine.lookup(match_key("Addis Ababa")) if f.actor.type == "LOCATION")
    assert mine.government_of(addis) == "IGO:AU"


def test_user_dictionary_does_not_change_the_default(user_file):
    """Merging a user file builds a new dictionary; the shared default one is untouched."""
    load_gazetteer([user_file])
    assert "ratna-sekarwangi" not in default_gazetteer().actors


def test_user_dictionary_names_entities_in_an_article(extract, user_file):
    """An entity stage built on the merged dictionary recognises the user's actors in a text."""
    article = extract("Bupati Ratna Sekarwangi meresmikan gudang milik Kopnel Laras di pesisir selatan.",
                      language="id")
    assert not any(e.id == "ratna-sekarwangi" for e in article.entities)
    article = make_entity_stage(load_gazetteer([user_file]))(article)
    found = {e.id: e for e in article.entities}
    assert found["ratna-sekarwangi"].type == "PERSON"
    assert found["koperasi-nelayan-tanjung-laras"].type == "ORG"
    assert [m.text for m in found["koperasi-nelayan-tanjung-laras"].mentions] == ["Kopnel Laras"]


def test_what_is_worked_out_from_the_entries_is_dropped_when_one_is_added(extract, user_file):
    """The stages keep what they work out from the dictionary (a person's role keys, …) in ``gaz.memo`` for the
    next article; adding an actor empties it, so nothing kept outlives the entries it was worked out from."""
    gaz = load_gazetteer([user_file])
    make_entity_stage(gaz)(extract("Bupati Ratna Sekarwangi meninjau pelabuhan ikan.", language="id"))
    assert "ratna-sekarwangi" in gaz.memo["role_keys"]
    gaz.add(Actor(id="dermaga-laras", type="LOCATION", name="Dermaga Laras", country="IDN"),
            [("Dermaga Laras", "name")])
    assert gaz.memo == {}


@pytest.mark.parametrize(
    ("content", "names_entry", "problem"),
    [
        ("- id: lembaga-tanpa-nama\n  type: ORG\n  country: IDN\n", "entry 1 (lembaga-tanpa-nama)", "missing name"),
        ("- id: dewan-pesisir\n  type: ORG\n  name: Dewan Pesisir\n  country: XX\n",
         "entry 1 (dewan-pesisir)", "'XX'"),
        ("- id: dewan-pesisir\n  type: ORG\n  name: Dewan Pesisir\n  country: IDN\n  sector: NELAYAN\n",
         "entry 1 (dewan-pesisir)", "'NELAYAN'"),
        ("- id: koperasi-a\n  type: ORG\n  name: Koperasi A\n- id: arif-wicaksana\n  type: PERSON\n"
         "  name: Arif Wicaksana\n  roles:\n    - title: Camat\n      start: 2023-05-01\n      end: 2021-01-01\n",
         "entry 2 (arif-wicaksana), role 1", "after it ends"),
        ("id: dewan-pesisir\ntype: ORG\nname: Dewan Pesisir\n", None, "YAML list"),
        ("- id: dewan-pesisir\n  type: KAPAL\n  name: Dewan Pesisir\n", "entry 1 (dewan-pesisir)", "'KAPAL'"),
        ("- Dewan Pesisir\n", "entry 1", "mapping"),
    ],
    ids=["missing-name", "bad-country", "bad-sector", "role-backwards", "not-a-list", "bad-type", "not-a-mapping"],
)
def test_malformed_user_file_is_refused_naming_file_and_entry(tmp_path, content, names_entry, problem):
    """A malformed entry raises DataFileError; the message names the file, the entry and what is wrong."""
    path = tmp_path / "rusak.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_gazetteer([path])
    message = str(info.value)
    assert str(path) in message
    if names_entry:
        assert names_entry in message
    assert problem in message


def test_missing_user_file_is_refused(tmp_path):
    """A user dictionary that does not exist is an error naming the path, not an empty merge."""
    path = tmp_path / "tidak-ada.yaml"
    with pytest.raises(DataFileError, match=re.escape(str(path))):
        load_gazetteer([path])


def test_prefixes_are_the_leading_words_of_every_key(gaz, user_file):
    """``prefixes``, which lets a look-up stop growing early, holds each key's leading runs of words and
    nothing else, in the shipped dictionary and with a user's file merged on top."""
    for dictionary in (gaz, load_gazetteer([user_file])):
        expected = {" ".join(key.split(" ")[:n]) for key in dictionary.index for n in range(1, key.count(" ") + 2)}
        assert dictionary.prefixes == expected
    assert {"dewan", "dewan keamanan", "dewan keamanan pbb"} <= gaz.prefixes
