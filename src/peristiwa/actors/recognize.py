# cython: annotation_typing=True
# (Compiled with its type hints read as types: see recognize.pxd, the one class this lets the compiled module read
# as a C struct, and setup.py for why. Python ignores both this line and that file.)
"""Recognising people, organisations, countries and places in Indonesian news.

No downloaded model: the dictionary (``gazetteer.py``) and the way Indonesian
news writes names. Sentence by sentence, left to right over the tokens:

1. **Dictionary first.** At a capitalised token the longest alias that starts
   there wins ("Dewan Keamanan PBB" before "PBB"). All-capital aliases need
   the same capitals; names that are also ordinary words ("Antara", "Tempo")
   do not count as the first word of a sentence.
2. **Titles.** "Presiden", "Menteri Luar Negeri", "Kapolda", "juru bicara" …
   before a name are read as the person's role, not their name; a country or
   organisation between title and name ("Menteri Luar Negeri Rusia Sergei
   Lavrov") is kept as the person's country or affiliation.
3. **Unknown capitalised phrases** are typed by their words and context:
   an organisation head ("Badan …", "Kementerian …", "Partai …", "PT …") or
   tail ("… Police", "… News") makes an ORG, and the phrase then runs on over
   connectors and names ("Badan Pengkajian dan Penerapan Teknologi",
   "Angkatan Laut Jerman"); a place head or tail ("Kota …", "… Island") or a
   preposition before it ("di Skopje") makes a LOCATION; a title before it,
   a role word ("anggota parlemen …"), a speech verb next to it ("kata Yoo")
   or two to four name-like words make a PERSON. An unknown all-capitals
   word (KTUU, LSU) is an ORG.
4. **Abbreviations defined in the text**, "Badan Intelijen Nasional (NIS)",
   become aliases of the entity before the bracket.

``resolve.py`` then groups the mentions into entities within the article.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import compress, count

from peristiwa.actors.gazetteer import Actor, Form, Gazetteer, match_key
from peristiwa.langdata import load_lines, load_yaml
from peristiwa.model import Article, Token
from peristiwa.text.segment import indices_of, token_kinds, token_starts, token_words, tokenize

# Several titles read before one name ("Kapolda Jawa Barat Irjen") are kept in one string, split by this.
TITLE_SEPARATOR = " | "
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")
_PARTICLE_NAME = re.compile(r"^(?:al|el|ad|as|ash|at|az|ar|bin|ibn|abu|de|van|von|da|di|le|la|d|o|mc|mac)[-'’][A-Z]")


@dataclass(frozen=True, slots=True)
class Cues:
    titles: frozenset[str]
    title_firsts: frozenset[str]
    title_max: int
    role_words: frozenset[str]
    org_heads: frozenset[str]
    org_tails: frozenset[str]
    loc_heads: frozenset[str]
    loc_tails: frozenset[str]
    venue_tails: frozenset[str]  # the location tails of venues named after their city ("… Convention Centre")
    loc_preps: frozenset[str]
    not_name: frozenset[str]
    not_person: frozenset[str]  # words of institutions, programmes and documents, never in a person's name
    title_words: frozenset[str]
    particles: frozenset[str]
    org_connectors: frozenset[str]
    common_word_names: frozenset[str]
    not_org_acronyms: frozenset[str]
    speech_after_quote: frozenset[str]
    speech_after_speaker: frozenset[str]
    months_days: frozenset[str]
    directions: frozenset[str]
    standalone: frozenset[str]
    org_kinds: frozenset[str]
    single_name_before: frozenset[str]
    media_verbs: frozenset[str]
    citing_words: frozenset[str]  # "mengutip", "melansir": the name after one, set off by a comma, is an outlet
    legal_forms: frozenset[str]
    lower_case_org_heads: frozenset[str]  # words that open a dictionary organisation written in lower case
    school_levels: frozenset[str]  # "SMA", "SMKN": what opens an Indonesian school's name, as written
    not_name_phrases: dict[str, tuple[int, ...]]  # first word -> lengths (longest first) of phrases that are no name
    not_name_keys: frozenset[str]  # those phrases (keys)
    heads_in_place_names: frozenset[str]  # lower-case place heads that are part of the name ("jalan", "gunung")
    common_words: frozenset[str]  # id/common_words.txt: words that are (nearly) never part of a person's name
    school_status: frozenset[str]  # "negeri", "swasta" (keys)
    school_name_openers: frozenset[str]  # "al", "muhammadiyah" (keys)
    ranks: frozenset[str]  # titles that are never inside a name: one inside a capitalised run starts a title
    military_ranks: frozenset[str]  # ranks that end an organisation's name: the title of the person named next
    initials_before: frozenset[str]  # "berinisial": the capitals after it are a person's initials
    initials_after_roles: frozenset[str]  # "tersangka": unknown capitals after it are a person's initials
    vessel_prefixes: frozenset[str]  # "KRI": the capitalised words after it name a ship
    facility_heads: frozenset[str]  # "Gedung", "Rutan": before a body's name, its building
    facility_firsts: frozenset[str]  # their first words
    regional_office_words: frozenset[str]  # "Negeri", "Daerah", "Dinas": an office of which each place has one
    regional_branch_bodies: frozenset[str]  # "Komisi Pemilihan Umum": a body with a branch in each region
    numbered_commands: frozenset[str]  # "Kodam", "Korem": commands numbered, then named after a slash
    numbered_commands_country: str  # the country whose commands they are
    named_unit_heads: frozenset[str]  # "Komando", "Satuan": a unit's long form, named after its abbreviation
    org_heads_of_places: frozenset[str]  # organisation heads that end in a place head ("pemerintah kabupaten")
    org_heads_of_places_firsts: frozenset[str]  # their first words
    balinese_name_words: frozenset[str]  # "Made", "Ketut": after them the lone "I" opens a Balinese name
    event_name_heads: frozenset[str]  # "latihan", "bersandi": a capitalised phrase after them names an exercise
    gathering_heads: frozenset[str]  # "Konferensi", "Rapat": a capitalised phrase opening with one names a meeting
    product_heads: frozenset[str]  # "pesawat nirawak", "rudal": a capitalised phrase after them names a product
    document_heads: frozenset[str]  # kinds of law ("UU", "Perpres"): the capitalised words after one are its title
    place_titles: frozenset[str]  # offices of a place ("Bupati", "Kepala Desa"): the place may follow the title
    title_place_heads: dict[str, str]  # "bupati" -> "kabupaten": the head of the place a regional head governs
    # Unions asked for on many words, built once.
    heads: frozenset[str]  # org_heads | loc_heads
    heads_and_tails: frozenset[str]  # organisation and place heads and tails


@cache
def cues() -> Cues:
    d = load_yaml("id/entities.yaml")
    sp = load_yaml("id/speech.yaml")
    dates = load_yaml("id/dates.yaml")
    titles = frozenset(match_key(t) for t in (*d["person_titles"], *d["regional_titles"]))
    org_heads = frozenset(match_key(w) for w in d["org_heads"])
    org_tails = frozenset(match_key(w) for w in d["org_tails"])
    loc_heads = frozenset(match_key(w) for w in d["location_heads"])
    loc_tails = frozenset(match_key(w) for w in (*d["location_tails"], *d["venue_tails"]))
    return Cues(
        titles=titles,
        title_firsts=frozenset(t.split(" ")[0] for t in titles),
        title_max=max(t.count(" ") + 1 for t in titles),
        role_words=frozenset(match_key(w) for w in d["person_role_words"]),
        org_heads=org_heads,
        org_tails=org_tails,
        loc_heads=loc_heads,
        loc_tails=loc_tails,
        venue_tails=frozenset(match_key(w) for w in d["venue_tails"]),
        loc_preps=frozenset(match_key(w) for w in d["location_preps"]),
        not_name=frozenset(match_key(w) for w in d["not_name_words"]),
        not_person=frozenset(match_key(w) for w in d["not_person_words"]),
        title_words=frozenset(match_key(w) for w in d["title_words"]),
        particles=frozenset(d["name_particles"]),
        org_connectors=frozenset(d["org_connectors"]),
        common_word_names=frozenset(match_key(w) for w in d["common_word_names"]),
        not_org_acronyms=frozenset(str(w) for w in d["not_org_acronyms"]),
        speech_after_quote=frozenset(sp["after_quote"]),
        speech_after_speaker=frozenset(sp["after_speaker"]),
        months_days=frozenset(match_key(str(w)) for w in (*dates["months"], *dates["weekdays"])),
        directions=frozenset(match_key(w) for w in d["location_directions"]),
        standalone=frozenset(match_key(w) for w in d["standalone_institutions"]),
        org_kinds=frozenset(match_key(w) for w in d["org_kinds"]),
        ranks=frozenset(match_key(w) for w in d["rank_titles"]),
        military_ranks=frozenset(match_key(w).split(" ", 1)[0] for w in d["military_ranks"]),
        place_titles=frozenset(match_key(w) for w in d["place_titles"]),
        title_place_heads={match_key(k): match_key(v) for k, v in d["title_place_heads"].items()},
        initials_before=frozenset(match_key(w) for w in d["initials_before"]),
        initials_after_roles=frozenset(match_key(w) for w in d["initials_after_roles"]),
        vessel_prefixes=frozenset(str(w) for w in d["vessel_prefixes"]),
        facility_heads=frozenset(d["facility_heads"]),
        facility_firsts=frozenset(h.split()[0] for h in d["facility_heads"]),
        regional_office_words=frozenset(match_key(w) for w in d["regional_office_words"]),
        regional_branch_bodies=frozenset(match_key(w) for w in d["regional_branch_bodies"]),
        numbered_commands=frozenset(match_key(w) for w in d["numbered_commands"]),
        numbered_commands_country=d["numbered_commands_country"],
        named_unit_heads=frozenset(match_key(w) for w in d["named_unit_heads"]),
        org_heads_of_places=frozenset(h for h in org_heads if " " in h and h.rsplit(" ", 1)[1] in loc_heads),
        org_heads_of_places_firsts=frozenset(h.split(" ", 1)[0] for h in org_heads
                                             if " " in h and h.rsplit(" ", 1)[1] in loc_heads),
        balinese_name_words=frozenset(match_key(w) for w in d["balinese_name_words"]),
        event_name_heads=frozenset(match_key(w) for w in d["event_name_heads"]),
        gathering_heads=frozenset(match_key(w) for w in d["gathering_heads"]),
        product_heads=frozenset(match_key(w) for w in d["product_heads"]),
        document_heads=frozenset(k for w in d["document_heads"]
                                 for k in (match_key(w), match_key(w).rsplit(" ", 1)[-1])),
        single_name_before=frozenset(match_key(w) for w in d["single_name_before"]),
        media_verbs=frozenset(match_key(w) for w in d["media_verbs"]),
        citing_words=frozenset(match_key(w) for w in d["citing_words"]),
        legal_forms=frozenset(match_key(w) for w in d["legal_forms"]),
        lower_case_org_heads=frozenset(d["lower_case_org_heads"]),
        school_levels=frozenset(d["school_levels"]),
        not_name_phrases=_phrase_lengths(d["not_name_phrases"]),
        not_name_keys=frozenset(match_key(p) for p in d["not_name_phrases"]),
        heads_in_place_names=frozenset(match_key(w) for w in d["location_heads_in_names"]),
        common_words=frozenset(load_lines("id/common_words.txt")),
        school_status=frozenset(match_key(w) for w in d["school_status"]),
        school_name_openers=frozenset(match_key(w) for w in d["school_name_openers"]),
        heads=org_heads | loc_heads,
        heads_and_tails=org_heads | loc_heads | loc_tails | org_tails,
    )


def _phrase_lengths(phrases: list[str]) -> dict[str, tuple[int, ...]]:
    """First word (key) -> the lengths in words of the phrases it opens, longest first."""
    lengths: dict[str, set[int]] = {}
    for phrase in phrases:
        words = match_key(phrase).split()
        lengths.setdefault(words[0], set()).add(len(words))
    return {first: tuple(sorted(n, reverse=True)) for first, n in lengths.items()}


@dataclass(slots=True)
class Candidate:
    """A mention found in the text, before mentions are grouped into entities."""

    start: int
    end: int
    type: str
    sentence: int
    actor: Actor | None = None
    form: Form | None = None
    title: str | None = None  # role read before a person's name
    country: str | None = None  # country named with the role ("Menteri Luar Negeri Rusia …")
    evidence: str = "dictionary"
    acronym_of: int | None = None  # index of the candidate this one abbreviates
    single: bool = False  # one capitalised word with weak evidence: kept only if it refers to a known name
    extra: dict = field(default_factory=dict)


def _is_cap(word: str) -> bool:
    if not word:
        return False
    if word[0].isupper():
        return True
    # "al-Assad", "bin-Salman", "d'Estaing": a particle glued to a capitalised name (checked only when it can be).
    return ("-" in word[:5] or "'" in word[:3] or "’" in word[:3]) and bool(_PARTICLE_NAME.match(word))


_WORD_KINDS = frozenset(("word", "abbrev"))


class _WordKeys(dict[str, str]):
    """The folded key of a word, worked out once: words repeat within and across articles."""

    def __missing__(self, word: str) -> str:
        # Plain alphanumeric words fold to their lower case; only the others need the full folding.
        key = word.lower() if word.isalnum() else match_key(word)
        if len(self) >= 200_000:  # new names and numbers keep coming: bound the memory
            self.clear()
        self[word] = key
        return key


class _WordCaps(dict[str, bool]):
    """Whether a word is capitalised (``_is_cap``), worked out once."""

    def __missing__(self, word: str) -> bool:
        # _is_cap, with its common answers first: a capital opens the word, or no hyphen or apostrophe can
        # glue a particle to a name in it ("al-Assad").
        cap = word[:1].isupper() or (("-" in word or "'" in word or "’" in word) and _is_cap(word))
        if len(self) >= 200_000:
            self.clear()
        self[word] = cap
        return cap


# Two look-ups by ``map`` (in C) cost less than one of a pair split again by ``zip``.
_word_keys = _WordKeys()
_word_caps = _WordCaps()


class _Sentence:
    """What the rules ask of every token of a text, worked out once: its words, folded keys, which tokens
    are words and which are capitalised; and the sentence the rules read now, ``tokens[first:end]``.

    Indices are the text's, not the sentence's: ``find_candidates`` moves the window (``first``, ``end``,
    ``index``) from sentence to sentence over the same lists, which are neither copied nor sliced per
    sentence (that copying was a tenth of the stage). Past the words, every list is built by ``map``
    over C functions and cached look-ups."""

    __slots__ = ("caps", "end", "first", "index", "keys", "kinds", "matches", "may_open", "text", "tokens", "words")

    def __init__(self, text: str, tokens: list[Token], index: int, shared_lists: bool = True):
        """All of ``tokens`` as sentence ``index``; ``find_candidates`` narrows the window.

        ``shared_lists``: take the words and kinds of the tokens from ``token_words`` and ``token_kinds``,
        which keep those of one list of tokens, the last asked about. A headline's tokens are not the
        article's: asking for theirs there would put out the article's, which the events stage reads again."""
        self.text = text
        self.tokens = tokens
        self.index = index
        self.first = 0
        self.end = len(tokens)
        if shared_lists:
            words, kinds = token_words(text, tokens), token_kinds(text, tokens)
        else:
            words, kinds = [text[t.start : t.end] for t in tokens], [t.kind for t in tokens]
        self.words = words
        self.keys = list(map(_word_keys.__getitem__, words))
        self.caps = list(map(_word_caps.__getitem__, words))
        # A token is a word when its kind is in _WORD_KINDS: asked of a few tokens, not listed for all of them.
        self.kinds = kinds
        # Only a capitalised word or an opening bracket can start a mention; the scan skips to the next one.
        # Capitalised tokens are nearly all words: whether any is not (an e-mail address) is told in C, from
        # their kinds (``compress``), and only then are they gone through, one Python turn each, to strike
        # those off.
        self.may_open = may_open = self.caps.copy()
        if not _WORD_KINDS.issuperset(compress(kinds, may_open)):
            for at in compress(count(), self.caps):
                if kinds[at] not in _WORD_KINDS:
                    may_open[at] = False
        if "(" in text:  # most texts have no bracket: spare the scan for one
            brackets = indices_of(words, "(")
            for at in brackets:
                may_open[at] = True
            for acronym in _common_phrase_acronyms(words, brackets):
                for at in indices_of(words, acronym):
                    may_open[at] = False
        for acronym in _spelt_out_acronyms(text):
            for at in indices_of(words, acronym):
                may_open[at] = False
        # Past the last token: where the scan for the next opening stops. A scan may run past the end of a
        # sentence into the next one (its first word, mostly): the caller tests the index against ``end``.
        may_open.append(True)
        self.matches: dict[int, tuple[Form, int] | None] = {}  # dictionary look-ups already made, by token

    def span_key(self, i: int, j: int) -> str:
        """The folded key of tokens[i:j], built from the tokens' keys (no re-folding of the text)."""
        return " ".join(k for k in self.keys[i:j] if k)

    def sentence_initial(self, i: int) -> bool:
        j = i - 1
        while j >= self.first and self.tokens[j].kind == "punct" and self.words[j] in "\"“‘'«([":
            j -= 1
        return j < self.first


@cache
def _currency_nouns() -> frozenset[str]:
    """Currency words a country may qualify ("dolar AS", "won Korea Selatan": the country is named as the
    currency's): id/amounts.yaml's ``currency_words``."""
    return frozenset(match_key(w) for w in load_yaml("id/amounts.yaml")["currency_words"])


@cache
def _currency_signs() -> frozenset[str]:
    """The currency signs of letters written before an amount ("Rp", "RM", "USD"): id/amounts.yaml."""
    return frozenset(k.rstrip(".") for k in load_yaml("id/amounts.yaml")["currency_prefixes"] if k[:1].isalpha())


@cache
def _phrase_acronyms() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """id/entities.yaml's ``phrase_acronyms``: (acronym, the phrases of common words it stands for)."""
    return tuple((acronym, tuple(p.lower() for p in phrases))
                 for acronym, phrases in load_yaml("id/entities.yaml")["phrase_acronyms"].items())


def _spelt_out_acronyms(text: str) -> list[str]:
    """Acronyms of ``phrase_acronyms`` that the text uses and whose phrase it spells out somewhere, in any form:
    "… 4.800 pekerja migran Indonesia dideportasi … jumlah PMI …" (PMI is then no Palang Merah Indonesia)."""
    found = []
    lowered = None
    for acronym, phrases in _phrase_acronyms():
        if acronym in text:
            lowered = lowered if lowered is not None else text.lower()
            if any(p in lowered for p in phrases):
                found.append(acronym)
    return found


def _common_phrase_acronyms(words: list[str], brackets: list[int]) -> set[str]:
    """Acronyms the text defines for a phrase of common words, one word in lower case at least: "pekerja migran
    Indonesia (PMI)", "kapal ikan asing (KIA)". Wherever the text writes them, they stand for that phrase, not for
    the body of the same letters a dictionary knows (Palang Merah Indonesia, the Kachin Independence Army)."""
    found = set()
    for at in brackets:
        if at + 2 >= len(words) or words[at + 2] != ")":
            continue
        acronym = words[at + 1]
        size = len(acronym)
        if not (2 <= size <= 6 and acronym.isupper() and acronym.isalpha()):
            continue
        # (A word may give more than its first letter: "bea masuk antidumping (BMAD)", "anti" and "dumping".)
        for n in range(min(size, at), 1, -1):
            phrase = words[at - n : at]
            if any(w.islower() for w in phrase) and all(w.isalpha() for w in phrase) \
                    and _acronym_of_words(acronym, [w.upper() for w in phrase]):
                found.add(acronym)
                break
    return found


def _acronym_of_words(acronym: str, phrase: list[str]) -> bool:
    """Whether ``acronym`` is made of the phrase's words in order, each giving its first letter and maybe more
    of its own letters after it ("BMAD" of "BEA MASUK ANTIDUMPING"; "BBM" of "BAHAN BAKAR MINYAK")."""
    if not phrase:
        return not acronym
    if not acronym or acronym[0] != phrase[0][0]:
        return False
    word, rest = phrase[0][1:], acronym[1:]
    # the first letter given, then as many more letters of this word (in order) as the rest may take
    for more in range(len(rest) - len(phrase) + 2):
        if more and not _in_order(rest[:more], word):
            break
        if _acronym_of_words(rest[more:], phrase[1:]):
            return True
    return False


def dictionary_match(gaz: Gazetteer, s: _Sentence, i: int, cue: Cues) -> tuple[Form, int] | None:
    """The longest dictionary alias starting at token ``i``: (form, index after it); looked up once per token."""
    first = s.keys[i]
    # Most words open no alias: answered at once, without the look-ups kept below.
    longest = gaz.max_words.get(first.split(" ", 1)[0] if " " in first else first) if first else None
    if not longest:
        return None
    found = s.matches.get(i, _NOT_LOOKED_UP)
    if found is _NOT_LOOKED_UP:
        found = s.matches[i] = _dictionary_match(gaz, s, i, cue, first, longest)
    return found


_NOT_LOOKED_UP = object()
# Connectors that join two names as readily as they join words of one ("Kongres dan Senat").
_JOINING = frozenset(("dan", "and", "&"))
_ALIAS_INNER_PUNCT = frozenset((".", ",", "'", "’", "&"))  # punctuation an alias may contain ("D.C.", "AT&T")
_NOT_LETTER = re.compile(r"[^A-Za-z]")


@lru_cache(maxsize=20_000)  # the same short names ("AS", "PBB") come back in every article
def _letters(text: str) -> str:
    """The ASCII letters of ``text``: an all-capital alias matches only the same capitals."""
    return _NOT_LETTER.sub("", text)


def _country_after_comma(gaz: Gazetteer, keys: list[str], words_of: list[str], i: int, j: int) -> bool:
    """The words of tokens ``i:j`` after their last comma name a country."""
    comma = max(k for k in range(i, j) if words_of[k] == ",")
    tail = " ".join(k for k in keys[comma + 1 : j] if k)
    return any(form.actor.type == "COUNTRY" for form in gaz.index.get(tail, ()))


def _dictionary_match(gaz: Gazetteer, s: _Sentence, i: int, cue: Cues, first: str,
                      longest: int, lower_case: bool = False) -> tuple[Form, int] | None:
    """``dictionary_match`` past its first test: ``first`` is the key of token ``i``, and ``longest`` the
    most words of an alias that starts with its first word. ``lower_case``: token ``i`` may open an alias
    although it is written in lower case (see ``_lower_case_organisation``)."""
    keys = s.keys
    # A lower-case place head before a capitalised name ("semenanjung Korea", "selat Malaka") may open an alias.
    if not lower_case and not s.caps[i] and not s.words[i][:1].isdigit() \
            and not (first in cue.loc_heads and i + 1 < s.end and s.caps[i + 1]):
        return None
    # A token like "Jong-un" folds to two words; count folded words, not tokens.
    tokens, words_of, kinds, end = s.tokens, s.words, s.kinds, s.end
    prefixes, index = gaz.prefixes, gaz.index
    j = i
    words = 0
    key = ""  # the folded key of tokens[i:j], grown token by token
    best: tuple[Form, int] | None = None
    while j < end and words <= longest:
        is_punct = kinds[j] == "punct"
        if is_punct and j > i and words_of[j] not in _ALIAS_INNER_PUNCT:
            break
        token_key = keys[j]
        j += 1
        if token_key:
            words += token_key.count(" ") + 1 if " " in token_key else 1
            key = f"{key} {token_key}" if key else token_key
            if key not in prefixes:
                break  # no alias starts with these words, so no longer one matches either
        if is_punct:
            continue
        forms = index.get(key)
        if not forms:
            continue
        for form in forms if len(forms) < 2 else _prefer(forms):
            if form.exact_case and _letters(s.text[tokens[i].start : tokens[j - 1].end]) != _letters(form.text):
                continue
            if "," not in form.text and "," in words_of[i:j] and _country_after_comma(gaz, keys, words_of, i, j):
                # "Menurut Kemlu, Malaysia menahan …": a country after a comma the alias has not starts a clause of
                # its own ("Kemlu Malaysia" is another ministry). (A place may follow one: "Kompleks Parlemen,
                # Senayan".)
                continue
            # (In a headline, whose every word is capitalised, such a name is the word: "Saling Serang di
            # Kashmir"; the body names the place if the story is about it.)
            if key in cue.common_word_names and (s.index < 0 or s.sentence_initial(i)
                                                 or _inside_title_case(s, i, j, cue)):
                continue
            best = (form, j)
            break
    return best


def _inside_title_case(s: _Sentence, i: int, j: int, cue: Cues) -> bool:
    """tokens[i:j] stand between capitalised common words ("Konsensus Lima Poin", "Rencana Lima Tahun"): a phrase
    in title case, where a name that is also a word ("Lima", "Batu") is the word."""
    # (The word before may open the sentence: '… tidak inklusif. Konsensus Lima Poin tetap …' is the same phrase.)
    before = i - 1 >= s.first and s.caps[i - 1] and s.keys[i - 1] in cue.common_words
    after = j < s.end and s.caps[j] and s.keys[j] in cue.common_words
    return before and after


_TYPE_ORDER = {"COUNTRY": 0, "ORG": 1, "PERSON": 2, "LOCATION": 3}


def _prefer(forms: list[Form]) -> list[Form]:
    """The forms in the order they are tried (the list itself when it has one form: do not change it)."""
    if len(forms) < 2:  # nearly every key names one actor: nothing to order
        return forms
    return sorted(forms, key=lambda f: (_TYPE_ORDER.get(f.actor.type, 9), f.kind != "name"))


def _title_length(s: _Sentence, i: int, cue: Cues) -> int:
    """Number of tokens of a person title starting at ``i`` (with its domain words), 0 if none."""
    if s.keys[i].split(" ", 1)[0] not in cue.title_firsts:
        return 0
    best = 0
    for n in range(min(cue.title_max, s.end - i), 0, -1):
        if s.span_key(i, i + n) in cue.titles:
            best = n
            break
    if not best:
        # "Wakil Komandan …", "Wakil Direktur …": the deputy of any title is a title
        if s.keys[i] == "wakil" and i + 1 < s.end and s.caps[i + 1]:
            inner = _title_length(s, i + 1, cue)
            return inner + 1 if inner else 0
        return 0
    j = i + best
    while j < s.end:
        if s.kinds[j] in _WORD_KINDS and s.keys[j] in cue.titles:
            # another title right after ("Kapolda Metro Jaya Irjen Pol …"), of as many words as it has
            j += next((n for n in range(min(cue.title_max, s.end - j), 1, -1) if s.span_key(j, j + n) in cue.titles),
                      1)
            continue
        if s.kinds[j] in _WORD_KINDS and s.keys[j] in cue.title_words:
            j += 1
            continue
        # "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan": fields listed inside the title.
        after = j + 1 + (j + 1 < s.end and s.words[j] == "," and s.keys[j + 1] == "dan")
        if (s.words[j] == "," or s.keys[j] == "dan") and after < s.end and s.caps[after] \
                and s.keys[after] in cue.title_words and j > i + best - 1:
            j = after
            continue
        break
    return j - i


# Words of a body's staff and prepositions after which an office the dictionary knows as a body names that body.
_BEFORE_AN_OFFICE = frozenset(["penyidik", "penyidikan", "tim", "pada", "oleh", "dari", "ke", "kepada", "jaksa",
                               "jajaran", "lingkungan"])


def _title_before_a_body(s: _Sentence, i: int, n: int, cue: Cues, gaz: Gazetteer) -> int:
    """The title's length, cut where an organisation the dictionary knows starts inside it and runs past its end:
    "Kepala Operasi Damai Cartenz Brigjen …" is the head of the operation named "Operasi Damai Cartenz", not a
    "Kepala Operasi" whose name would start at "Damai"."""
    for k in range(i + 1, i + n):
        match = dictionary_match(gaz, s, k, cue)
        if match is not None and match[1] > i + n and match[0].actor.type == "ORG":
            return k - i
    return n


def _another_of_the_family(s: _Sentence, j: int, match: tuple[Form, int], cue: Cues) -> bool:
    """The dictionary's match at ``j`` is a known person's family name alone, after a given name the dictionary
    does not give them ("Yulianus Pigai", not the minister Natalius Pigai): the name goes on, someone else's."""
    form, after = match
    if after != j + 1 or form.actor.type != "PERSON" or form.kind != "alias":
        return False
    given = s.keys[j - 1]
    return match_key(form.text) == match_key(form.actor.name).rsplit(" ", 1)[-1] and given not in cue.not_name \
        and given.split(" ", 1)[0] not in cue.title_firsts and given not in match_key(form.actor.name).split() \
        and not _is_acronym(s.words[j - 1])


def _extend_name(s: _Sentence, i: int, cue: Cues, gaz: Gazetteer, stop_at_dictionary: bool) -> int:
    """Index after a run of capitalised words starting at ``i`` (name particles allowed inside)."""
    end, kinds, words, caps = s.end, s.kinds, s.words, s.caps
    # The first word needs only to be a capitalised word: the tests in the loop are of the words after it.
    if i >= end or not caps[i] or kinds[i] not in _WORD_KINDS:
        return i
    keys, particles = s.keys, cue.particles
    acronym_before = _is_acronym(words[i])  # whether the word before ``j`` is an acronym
    j = i + 1
    while j < end and kinds[j] in _WORD_KINDS:
        w = words[j]
        if not (caps[j] or (w in particles and j + 1 < end and caps[j + 1])):
            break
        if _opens_a_rank(keys[j], cue) or _opens_a_generals_rank(s, j):
            # "Kapolsek Tanah Abang Kompol Haris", "Komandan Satgas Pamtas … Sektor Barat Letkol Inf Andreas …": a rank
            # starts the person's title; so does "Jenderal" after a body's name ("Ketua Dewan Kedaulatan Jenderal
            # Abdel Fattah al-Burhan"), but for the offices it is part of ("Direktorat Jenderal Imigrasi")
            break
        if stop_at_dictionary and caps[j] and (match := dictionary_match(gaz, s, j, cue)) \
                and not _another_of_the_family(s, j, match, cue):
            break
        if len(w) == 1 and w.isupper() and j + 2 < end and words[j + 1] == "." and caps[j + 2] \
                and kinds[j + 2] in _WORD_KINDS and not acronym_before and not _is_acronym(words[j + 2]):
            # "Saurlin P. Siagian", "Bivitri S. Susanti": an initial inside a name, with its full stop
            j += 3
            continue
        # An acronym and a capitalised word do not make one name ("UNS Bambang Wiryanto", "LP Nusa Kambangan"),
        # unless the acronym is an organisation or place head ("PT Sinar Bahari", "RSUD Kota", "PLTU Suralaya").
        acronym = _is_acronym(w)
        if acronym != acronym_before and keys[j - 1] not in cue.org_heads and not (
                acronym_before and keys[j - 1] in cue.loc_heads) and not (acronym and keys[j - 1] == "kelas"):
            # (A prison's class is part of its name: "Rumah Tahanan Kelas IIA Gorontalo".)
            break
        # "Ketegangan AS-Tiongkok": a hyphenated pair of dictionary names is not part of a name.
        if "-" in w and _compound_parts(s, j, gaz):
            break
        acronym_before = acronym
        j += 1
    return j


# The first words of military ranks that also stand inside names of bodies and offices ("Direktorat Jenderal
# Imigrasi", "Sekretaris Jenderal", "Wali Kota Mayor …"): they end no name.
_RANKS_IN_NAMES = frozenset(["jenderal", "letnan", "laksamana", "marsekal", "mayor"])
# The words "Jenderal" is part of an office or a body with ("Direktorat Jenderal", "Sekretaris Jenderal", "Jaksa
# Agung"… "Gubernur Jenderal"): after any other word of a name it opens a general's rank.
_BEFORE_JENDERAL_IN_NAMES = frozenset(["direktorat", "direktur", "sekretaris", "sekretariat", "inspektorat",
                                       "inspektur", "jaksa", "konsul", "konsulat", "gubernur", "komisaris", "auditor",
                                       "kejaksaan", "letnan", "mayor", "brigadir", "jenderal", "kepala"])


def _opens_a_generals_rank(s: _Sentence, j: int) -> bool:
    """"Jenderal" at ``j`` after a word of a name that takes no "Jenderal", before a capitalised word: a general's
    rank opening a person's title ("Ketua Dewan Kedaulatan Jenderal Abdel Fattah al-Burhan")."""
    return s.keys[j] == "jenderal" and j > s.first and s.keys[j - 1] not in _BEFORE_JENDERAL_IN_NAMES \
        and j + 1 < s.end and s.caps[j + 1]


def _opens_a_rank(key: str, cue: Cues) -> bool:
    """The word opens a rank that starts a person's title ("Kompol", "AKBP", "Letkol"), not a word of a body's name."""
    return key in cue.ranks or (key in cue.military_ranks and key not in _RANKS_IN_NAMES)


def _last_title_key(title: str) -> str:
    """The folded last title of the titles read for a name ("Juru Bicara|Brigjen" -> "brigjen")."""
    return match_key(title.rsplit(TITLE_SEPARATOR, 1)[-1])


@lru_cache(maxsize=50_000)  # asked of the same words again and again
def _is_acronym(word: str) -> bool:
    return bool(_ACRONYM.match(word))


def _extend_org(s: _Sentence, i: int, j: int, cue: Cues, gaz: Gazetteer) -> int:
    """An organisation name runs on over connectors, capitalised words and names of places."""
    while j < s.end:
        if s.caps[j] and s.kinds[j] in _WORD_KINDS and s.keys[j] not in cue.ranks and not _opens_a_generals_rank(s, j):
            if _after_parent_abbreviation(s, j, cue, gaz):
                break
            j = _extend_name(s, j, cue, gaz, stop_at_dictionary=False)
            continue
        # "Pusat Data, Informasi dan Komunikasi …", "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi":
        # fields listed inside the name, up to the "dan" before the last one.
        listed = _listed_fields_end(s, j, cue, gaz) if s.words[j] == "," else 0
        if listed:
            j = listed
            continue
        # ("… dan Sumber Daya Perairan": a word that starts no name alone, with more of the name after it.)
        # (Not to a day or a month: "kantor Dinas PUPR pada Kamis pagi" is when, not part of the name.)
        if (s.words[j] in cue.org_connectors and j + 1 < s.end and s.caps[j + 1]
                and s.keys[j + 1] not in cue.months_days
                and (s.keys[j + 1] not in cue.not_name or s.keys[j + 1] in cue.heads
                     or (j + 2 < s.end and s.caps[j + 2] and s.kinds[j + 2] in _WORD_KINDS))
                # "Kongres dan Senat", "Komisi I dan Komisi II": "dan" before a head joins two organisations.
                and not (s.words[j] in _JOINING and (s.keys[j + 1] in cue.org_heads
                                                     or s.keys[j + 1] in cue.standalone
                                                     or (_organisation_at(gaz, s, j + 1, cue)
                                                         and _place_ends_at(gaz, s, i, j, cue))))
                # "Pasukan Thailand dan Kamboja": "dan" between two countries joins two forces, not two words
                # of one name.
                and not (s.words[j] in _JOINING and _country_at(gaz, s, j + 1, cue)
                         and _country_ends_at(gaz, s, i, j, cue))
                # "Mitsubishi Corporation dan Sojitz": a name ended by its kind of organisation is whole.
                and not (s.words[j] in _JOINING and _ends_with(s.keys[i:j], cue.org_tails))):
            j += 1
            continue
        break
    return j


def _organisation_at(gaz: Gazetteer, s: _Sentence, k: int, cue: Cues) -> bool:
    """An organisation the dictionary knows opens at ``k`` ("Polres Serang dan Satpol PP": a second body, after a
    first one that ends with its place; "Badan Imigrasi dan Bea Cukai AS" is one body)."""
    match = dictionary_match(gaz, s, k, cue)
    return match is not None and match[0].actor.type == "ORG"


def _place_ends_at(gaz: Gazetteer, s: _Sentence, i: int, j: int, cue: Cues) -> bool:
    """A place the dictionary knows ends right before ``j`` (tried from each of the three words before it)."""
    for k in range(max(i + 1, j - 3), j):
        match = dictionary_match(gaz, s, k, cue)
        if match and match[1] == j and match[0].actor.type in ("LOCATION", "COUNTRY"):
            return True
    return False


# Words that say what someone named before is ("… yang merupakan Direktur Utama PT …"): the title after them is
# that person's, with no name of its own after it.
_PREDICATING = frozenset(["merupakan", "selaku", "sebagai", "adalah", "menjabat", "ialah"])


def _known_body_end(s: _Sentence, i: int, j: int, cue: Cues, gaz: Gazetteer) -> int | None:
    """Where an organisation the dictionary knows ends inside the capitalised run ``[i, j)`` that a title opened,
    with two to four person-shaped words after it up to ``j`` ("Komisi Uni Afrika | Mahmoud Ali Youssouf"); so does a
    country or a place the body is named with ("Dewan Kedaulatan Sudan | Abdel Fattah al-Burhan", "Kantor Imigrasi
    Ngurah Rai | Made Surya Atmaja")."""
    for k in range(i + 1, j - 1):
        match = dictionary_match(gaz, s, k, cue)
        if match is None or match[0].actor.type not in ("ORG", "COUNTRY", "LOCATION"):
            continue
        # (A military rank after the body opens the person's title: "… Kemhan Brigadir Jenderal Frega Wenas".)
        start = match[1]
        if start < j and s.keys[start] in cue.military_ranks:
            start += _title_length(s, start, cue) or 1
        if 2 <= j - start <= 4 and _person_shaped(s, start, j, cue) and not _names_a_place(s, start, j, cue, gaz):
            return start
    return None


def _unknown_place_end(s: _Sentence, at: int, cue: Cues, gaz: Gazetteer) -> int | None:
    """Where a place the dictionary does not know ends at a word of direction ("Pesisir Selatan", "Sumba Barat
    Daya"), in a capitalised run from ``at`` that goes on with two to four person-shaped words; None otherwise."""
    j = _extend_name(s, at, cue, gaz, stop_at_dictionary=False)
    for k in range(at + 1, min(j, at + 3)):
        if s.keys[k] in cue.directions:
            end = k + 1 + (k + 1 < j and s.keys[k + 1] in cue.directions)  # "Barat Daya"
            if 2 <= j - end <= 4 and _person_shaped(s, end, j, cue):
                return end
            return None
    return None


def _rank_opens_the_name(s: _Sentence, i: int, j: int, cue: Cues) -> int | None:
    """Where the name starts after a military rank inside the capitalised run ``[i, j)`` that a title opened, with one
    to four person-shaped words after the rank up to ``j``; None when there is no such rank."""
    for k in range(i + 1, j - 1):
        if _opens_a_rank(s.keys[k], cue):
            start = k + (_title_length(s, k, cue) or 1)
            if 1 <= j - start <= 4 and _person_shaped(s, start, j, cue):
                return start
            return None
    return None


def _facility_head_length(s: _Sentence, i: int, end: int, cue: Cues) -> int:
    """How many words from ``i`` name a kind of building of a body (``facility_heads``: "Rutan", "Rumah Tahanan
    Negara"), with what may stand between it and the name: its abbreviation in brackets, a prison's class and
    "Cabang" ("Rumah Tahanan (Rutan) Cabang KPK", "Rutan Kelas IIA Ambon"); 0 when none does."""
    words = s.words
    for size in (3, 2, 1):
        if i + size <= end and " ".join(words[i : i + size]) in cue.facility_heads:
            k = i + size
            if k + 2 < end and words[k] == "(" and words[k + 2] == ")" and words[k + 1] in cue.facility_heads:
                k += 3
            if k + 1 < end and words[k] == "Kelas" and _PRISON_CLASS.fullmatch(words[k + 1]):
                k += 2
            return k - i + (k < end and words[k] == "Cabang")
    return 0


# Honorifics that may open the name of a ship named after a person ("KRI dr. Soeharso-990").
_SHIP_HONORIFICS = frozenset(["dr", "ir", "prof", "drs", "k.h", "kh"])

# A prison's class ("Lapas Kelas IIA", "Rutan Kelas I"): a roman number, a letter after it.
_PRISON_CLASS = re.compile(r"I{1,3}[AB]?")


def _numbered_command_end(s: _Sentence, i: int, j: int, cue: Cues, gaz: Gazetteer) -> int:
    """"Kodam XVII/Cenderawasih", "Korem 174/Anim Ti Waninggap", "Kodim 0501/Jakarta Pusat": a territorial command
    (``numbered_commands`` in id/entities.yaml) read from ``i``, its number (roman or not) and the name after the
    slash; ``j`` when no number follows the head."""
    k = i + 1
    if k < s.end and (s.words[k].isdigit() or _ROMAN.fullmatch(s.words[k])):
        k += 1
    else:
        return j
    if k + 1 < s.end and s.words[k] == "/" and s.caps[k + 1] and s.kinds[k + 1] in _WORD_KINDS:
        return max(j, _extend_name(s, k + 1, cue, gaz, stop_at_dictionary=False))
    return k  # "Kodap VIII Intan Jaya", "Lantamal IV Tanjungpinang": the unit is the number; the place, where it sits


def _country_at(gaz: Gazetteer, s: _Sentence, k: int, cue: Cues) -> bool:
    match = dictionary_match(gaz, s, k, cue)
    return bool(match) and match[0].actor.type == "COUNTRY"


def _country_ends_at(gaz: Gazetteer, s: _Sentence, i: int, j: int, cue: Cues) -> bool:
    """A country's name ends right before ``j`` (tried from each of the three words before it, within i..j)."""
    for k in range(max(i, j - 3), j):
        match = dictionary_match(gaz, s, k, cue)
        if match and match[1] == j and match[0].actor.type == "COUNTRY":
            return True
    return False


def _names_a_place(s: _Sentence, k: int, j: int, cue: Cues, gaz: Gazetteer) -> bool:
    """Whether tokens[k:j] at the end of an organisation's name name its place rather than a person after it:
    a place head ("Kabupaten Bekasi") or a word of the dictionary's places and organisations."""
    if s.keys[k] in cue.heads:
        return True
    for m in range(k, j):
        match = dictionary_match(gaz, s, m, cue)
        if match and match[0].actor.type != "PERSON":
            return True
    return False


def _after_parent_abbreviation(s: _Sentence, j: int, cue: Cues, gaz: Gazetteer) -> bool:
    """Whether token ``j``, a capitalised word, follows the abbreviation of a known organisation that ends a
    unit's name: "Pusat Data dan Informasi BNPB Abdul Muhari", "Komisi XI DPR Misbakhun". The unit is named
    before its parent, so the words after the parent are no longer the organisation's."""
    if j < 1 or not _is_acronym(s.words[j - 1]) or _is_acronym(s.words[j]):
        return False
    match = dictionary_match(gaz, s, j - 1, cue)
    if not match or match[1] != j or match[0].actor.type != "ORG":
        return False
    after = dictionary_match(gaz, s, j, cue)
    return not (after and after[0].actor.type in ("COUNTRY", "LOCATION"))


def _listed_fields_end(s: _Sentence, j: int, cue: Cues, gaz: Gazetteer) -> int:
    """At a comma ``j`` inside a name: the index of the "dan" that closes a list of capitalised fields
    (", Informasi dan", ", Kebudayaan, Riset, dan"), or 0 when the comma ends the name. An item that opens with a
    name the dictionary knows ("Laras Air, Garuda Indonesia, Lion Air dan …") makes it a list of names instead."""
    k = j
    items = 0
    while k < s.end and s.words[k] == ",":
        k += 1
        if k < s.end and s.keys[k] == "dan":
            # (Not right after the name: "Satpol PP, Polrestabes Medan, dan TNI" lists bodies; a name of fields
            # lists at least one more before its "dan".)
            return k if items else 0
        items += 1
        start = k
        while k < s.end and s.kinds[k] in _WORD_KINDS and s.caps[k] and s.keys[k] not in cue.not_name \
                and not _is_acronym(s.words[k]) and k - start < 3:
            k += 1
        if k == start or dictionary_match(gaz, s, start, cue):
            return 0
        if k < s.end and s.keys[k] == "dan":
            return k
    return 0


def _speech_near(s: _Sentence, i: int, j: int, cue: Cues) -> bool:
    before = s.words[i - 1].lower() if i > s.first else ""
    after = s.words[j].lower() if j < s.end else ""
    if after == "," and before == "," and j + 1 < s.end:
        # "Anggota Fraksi Partai Gerindra, Habiburokhman, mengatakan …": the name set off by commas, then the verb
        after = s.words[j + 1].lower()
    return before in cue.speech_after_quote or after in cue.speech_after_speaker


def _role_before(s: _Sentence, i: int, cue: Cues) -> bool:
    """A lower-case role word just before the name, possibly with a country in between."""
    for back in (1, 2, 3):
        k = i - back
        if k < s.first:
            return False
        if s.words[k] == ",":
            continue
        key = s.keys[k]
        if key in cue.role_words or (k > s.first and f"{s.keys[k - 1]} {key}" in cue.role_words):
            return True
        if s.caps[k]:
            continue
        return False
    return False


def _names_one_word(s: _Sentence, i: int, cue: Cues) -> bool:
    """A word that introduces a one-word name ("bernama", "istrinya") just before ``i``, a comma allowed between."""
    k = i - 1 - (i > s.first + 1 and s.words[i - 1] == ",")
    return k >= s.first and s.keys[k] in cue.single_name_before


def _apposition_after(s: _Sentence, j: int, cue: Cues) -> bool:
    """", anggota parlemen Korea Selatan" after a name."""
    return j + 1 < s.end and s.words[j] == "," and (s.keys[j + 1] in cue.role_words or (
        j + 2 < s.end and f"{s.keys[j + 1]} {s.keys[j + 2]}" in cue.role_words))


# Words in the name of a state's mission abroad, named by the country or territory it sits in ("KBRI Singapura").
_MISSION_WORDS = frozenset(["kedutaan", "konsulat"])


def _regional_office(actor: Actor, cue: Cues) -> bool:
    """A body of which each region has its own ("DPRD": Dewan Perwakilan Rakyat Daerah, "BPBD", "Kejari"): its
    name holds one of ``regional_office_words``, or is one of ``regional_branch_bodies`` ("KPU"). A place right
    after it ("DPRD Labuhanbatu Utara", "BPBD Garut", "KPU Buton Tengah") says which one."""
    return not cue.regional_office_words.isdisjoint(_name_words(actor.name)) \
        or match_key(actor.name) in cue.regional_branch_bodies


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, ...]:
    """The folded words of a dictionary name (asked of the same few bodies article after article)."""
    return tuple(match_key(name).split())


def _starts_with(keys: list[str], heads: frozenset[str]) -> bool:
    """The first one, two or three keys, joined, are one of ``heads``."""
    n = len(keys)
    return n > 0 and (keys[0] in heads or (n > 1 and (f"{keys[0]} {keys[1]}" in heads or (
        n > 2 and f"{keys[0]} {keys[1]} {keys[2]}" in heads))))


def _ends_with(keys: list[str], tails: frozenset[str]) -> bool:
    """The last one or two keys, joined, are one of ``tails``."""
    n = len(keys)
    return n > 0 and (keys[-1] in tails or (n > 1 and f"{keys[-2]} {keys[-1]}" in tails))


def _person_shaped(s: _Sentence, i: int, j: int, cue: Cues) -> bool:
    """Words that can make up a personal name: no common nouns, dates, directions or bare letters."""
    for k in range(i, j):
        key, word = s.keys[k], s.words[k]
        if key in cue.not_name or key in cue.months_days or key in cue.directions:
            return False
        if word == "." and i < k - 1 and len(s.words[k - 1]) == 1:
            continue  # the full stop of an initial inside a name ("Bivitri S. Susanti")
        if len(word) == 1 and not (word == "I" and k + 1 < j and s.keys[k + 1] in cue.balinese_name_words) and not (
                i < k and k + 2 < j and s.words[k + 1] == "." and word.isupper()):
            return False  # a bare letter, but "I Made Suarjana" (a Balinese name) or an initial inside a name
        if word.isupper() and len(word) > 1 and not word.endswith("."):
            return False
        if len(word) <= 4 and _camel_case(word):
            return False  # "Pembaruan MoU tersebut …": a short word with a capital inside is an abbreviation
    return True


def _abbreviates_a_document(s: _Sentence, i: int, cue: Cues) -> bool:
    """The acronym at ``i`` stands in brackets right after a title that opens with a document head (``document_heads``
    in id/entities.yaml: "Persetujuan ASEAN tentang Pencemaran Asap Lintas Batas (AATHP)", "Konvensi … (KPSK)")."""
    if i < 2 or s.words[i - 1] != "(" or i + 1 >= s.end or s.words[i + 1] != ")":
        return False
    for k in range(i - 2, max(s.first, i - 12) - 1, -1):
        if s.keys[k] in cue.document_heads and s.caps[k]:
            return True
        if not (s.caps[k] or s.keys[k] in ("tentang", "dan", "untuk", "atas", "mengenai", "bagi")):
            return False
    return False


def _derived_noun(key: str) -> bool:
    """A noun made with per-…-an, peN-…-an or ke-…-an ("Perjanjian", "Pembangunan", "Kemitraan"): a word of a
    title-cased phrase that names a thing, never a person (names ending in -an have other openings: "Kurniawan")."""
    return len(key) >= 8 and key.endswith("an") and key.startswith(("per", "pen", "pem", "peng", "peny", "ke"))


def _age_after(s: _Sentence, j: int) -> bool:
    """"Sutrisno (58), petani …": a number in brackets right after a name is the person's age."""
    return j + 2 < s.end and s.words[j] == "(" and s.words[j + 1].isdigit() and len(s.words[j + 1]) <= 3 \
        and s.words[j + 2] == ")"


def _only_heads(keys: list[str], cue: Cues) -> bool:
    """Every word is part of a head or tail of organisation or place names ("bandar udara", "pangkalan" +
    "angkatan laut"), read one, two or three words at a time."""
    k, n = 0, len(keys)
    every = cue.heads_and_tails
    while k < n:
        for size in (3, 2, 1):
            if k + size <= n and " ".join(keys[k : k + size]) in every:
                k += size
                break
        else:
            return False
    return True


def _national_office(title: str) -> bool:
    """The last title read is a minister's or a president's, of a country, never of a city."""
    key = _last_title_key(title)
    if any(state in key for state in ("ketua menteri", "menteri besar", "menteri utama", "kepala menteri")):
        return False  # a Malaysian or Indian state's head of government: "Ketua Menteri Sabah Hajiji Noor"
    words = key.split(" ")
    return "menteri" in words or "presiden" in words


def _place_governed(gaz: Gazetteer, s: _Sentence, i: int, cue: Cues) -> tuple[Form, int] | None:
    """"Bupati Agam Rasyidin Datuk Rajo Batuah": right after a regional head's title, a word the dictionary knows only
    with the head of the place that title governs ("Kabupaten Agam") is that place (form, index after it)."""
    previous = s.keys[i - 1]
    head = cue.title_place_heads.get(previous) or cue.title_place_heads.get(f"{s.keys[i - 2]} {previous}"
                                                                            if i - 2 >= s.first else "")
    if head is None:
        return None
    form = next((f for f in gaz.lookup(f"{head} {s.keys[i]}") if f.actor.type == "LOCATION"), None)
    return (form, i + 1) if form is not None else None


@lru_cache(maxsize=4)
def _bracketed_abbreviations(text: str) -> frozenset[str]:
    """The abbreviations the text defines in brackets after a name ("… Indonesia (Apkasindo)", "(KSPI)")."""
    return frozenset(_BRACKETED.findall(text))


_BRACKETED = re.compile(r"[A-Z][\w-]*\s+\(([A-Z][A-Za-z]{2,11})\)")


def _camel_case(word: str) -> bool:
    """A word of letters with a capital after lower-case letters inside ("PermataBank", "KrediNusa", "GoTo"), not a
    surname of that shape ("McDonald", "MacArthur", "DeSantis", "DiCaprio", "LaGuardia", "VanDyke")."""
    return word.isalpha() and word[:1].isupper() and any(c.isupper() for c in word[2:]) and any(
        c.islower() for c in word[1:]) and not word.startswith(_SURNAME_PREFIXES)


_SURNAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "O'")


def _told_as_a_place(text: str, word: str, cue: Cues) -> bool:
    """``word`` follows a preposition of place somewhere in ``text`` ("di Ryazan", "ke Ryazan")."""
    at = text.find(word)
    while at >= 0:
        before = text[max(0, at - 12) : at].split()
        if before and before[-1].lower() in cue.loc_preps and (at + len(word) == len(text)
                                                              or not text[at + len(word)].isalnum()):
            return True
        at = text.find(word, at + 1)
    return False


def _of_a_place(title_key: str, cue: Cues) -> bool:
    """The title (its words, or its first word or two: "Bhabinkamtibmas Desa", "Kepala Desa") is an office of
    a place (``place_titles``)."""
    if title_key in cue.place_titles:
        return True
    words = title_key.split(" ")
    return words[0] in cue.place_titles or " ".join(words[:2]) in cue.place_titles


def _after_event_name_head(s: _Sentence, i: int, cue: Cues) -> bool:
    """An exercise, operation or event word before ``i``, with at most three lower-case words between."""
    for k in range(i - 1, max(s.first - 1, i - 5), -1):
        if s.keys[k] in cue.event_name_heads:
            return True
        if s.caps[k] or not s.words[k].isalpha():
            return False
    return False


def _after_product_head(s: _Sentence, i: int, cue: Cues) -> bool:
    """A noun of ``product_heads`` before ``i`` written in lower case, with at most three lower-case words and no
    preposition between ("rudal ke Kyiv" is no product)."""
    for k in range(i - 1, max(s.first - 1, i - 5), -1):
        if not s.caps[k] and (s.keys[k] in cue.product_heads or (
                k > s.first and f"{s.keys[k - 1]} {s.keys[k]}" in cue.product_heads)):
            return True  # (a head of two words too: "kapal selam Scorpene Evolved")
        if s.caps[k] or not s.words[k].isalpha() or s.keys[k] in cue.loc_preps or s.keys[k] in _PRODUCT_STOPS:
            return False
    return False


# Words that end the reach of a product noun: prepositions and clause words ("rudal milik Rusia", "drone yang …").
_PRODUCT_STOPS = frozenset("ke di dari dan atau yang untuk oleh milik buatan asal pada dengan terhadap".split())


def _name_after_comma(s: _Sentence, j: int, cue: Cues) -> bool:
    """A comma at ``j`` and then what reads as a person's name: a capitalised word that opens no title, is no
    day or month ("Bupati Lestari, Senin (3/3), …") and no acronym ("Camat Budi, SH")."""
    if j + 1 >= s.end or s.words[j] != ",":
        return False
    word, key = s.words[j + 1], s.keys[j + 1]
    if key in cue.ranks:
        return True  # "Kapolsek Cibinong, Kompol Andi Susanto": a rank opens the holder's name
    return _is_cap(word) and word[1:].islower() and key not in cue.title_firsts and key not in cue.months_days \
        and key not in cue.heads and key not in cue.not_name


def _after_org_kind(s: _Sentence, i: int, cue: Cues) -> bool:
    """Whether a lower-case noun of ``org_kinds``, of one word or two, comes right before token ``i`` ("maskapai
    Air Niugini", "surat kabar Die Zeit"), or before an English "The" that opens the name ("situs berita The
    Gateway Pundit": the article is no word of the name)."""
    k = i - 1
    if k > s.first and s.keys[k] == "the":
        k -= 1
    if k < s.first:
        return False
    if s.keys[k] in cue.org_kinds:
        return s.words[k][:1].islower() or s.sentence_initial(k)
    return k > s.first and f"{s.keys[k - 1]} {s.keys[k]}" in cue.org_kinds and (
        s.words[k - 1][:1].islower() or s.sentence_initial(k - 1))


def _classify(s: _Sentence, i: int, j: int, cue: Cues, pending_title: str | None) -> tuple[str, str] | None:
    """(type, evidence) for the unknown capitalised phrase tokens[i:j], or None to skip it."""
    keys = s.keys[i:j]
    prev = s.keys[i - 1] if i > s.first else ""
    if prev in cue.document_heads:
        return None  # "UU Cipta Kerja", "RUU Perampasan Aset": the title of a law
    if _after_product_head(s, i, cue):
        return None  # "pesawat nirawak ANKA", "jet tempur Rafale": a product's name
    if j - i == 1:  # one word (most phrases): its tests, one after the other
        if keys[0] in cue.standalone and not s.sentence_initial(i):
            return "ORG", "institution word"
        # A head or tail alone ("Komisi", "Dewan", "Island") names no particular organisation or place.
        if keys[0] in cue.directions or keys[0] in cue.heads_and_tails:
            return None
        if _is_acronym(s.words[i]) and _abbreviates_a_document(s, i, cue):
            return None  # "Persetujuan ASEAN tentang Pencemaran Asap Lintas Batas (AATHP)": a document's
        if _ROMAN.fullmatch(s.words[i]):
            return None  # "Pangdam XVII/Cenderawasih": a command's number after a title, no acronym
        if _is_acronym(s.words[i]) and _spells_the_phrase_before(s, i):
            return None  # "(mutual legal assistance/MLA)": the acronym of a phrase of common words, no body
        if _is_acronym(s.words[i]):
            # (A digit inside an Indonesian body's acronym is common, "BP3MI", "KP2MI"; one at the end makes a
            # model or a code, "F16", "S400", "BM21".)
            word = s.words[i]
            if word in cue.not_org_acronyms or (any(map(str.isdigit, word)) and not (
                    word[0].isalpha() and word[-1].isalpha() and len(word) >= 4)):
                return None
            return "ORG", "acronym"
    else:
        if keys[0] in cue.document_heads:
            return None  # "Undang-Undang Layanan Kesehatan": the title of a law
        # (A place head of two words beats an organisation head of one: "Kantor Bupati Aceh Timur" is a building.)
        two_word_place = len(keys) > 2 and f"{keys[0]} {keys[1]}" in cue.loc_heads
        if not two_word_place and (_starts_with(keys, cue.org_heads) or _ends_with(keys, cue.org_tails)):
            return "ORG", "organisation word"
        if _starts_with(keys, cue.loc_heads) or _ends_with(keys, cue.loc_tails):
            if _only_heads(keys, cue):
                return None  # "Bandar Udara sudah dibuka", "Pangkalan Angkatan Laut": kinds of place, none named
            return "LOCATION", "place word"
    if not pending_title and _after_org_kind(s, i, cue):
        return "ORG", "organisation kind"  # "maskapai Air Niugini", "surat kabar Die Zeit"
    if not pending_title and _self_named(s, i):
        return "ORG", "organisation kind"  # "Kelompok peretas yang menamakan diri \"Black Lotus\"": a group's name
    if not pending_title and (prev in cue.citing_words or (prev == "dari" and i - 2 >= s.first
                                                           and s.keys[i - 2] in cue.citing_words)) \
            and (j >= s.end or s.words[j] in (",", ".", ";")) \
            and not any(k in cue.title_firsts for k in keys):
        # "Mengutip Malay Mail, …", "seperti dilaporkan Post-Courier, …": a name cited as the source of what follows,
        # set off by a comma, is a news outlet (not "mengutip Menteri …", a titled person).
        return "ORG", "outlet cited"
    # "kecamatan Hamparan Perak", "pulau Mendanau", "desa Sukamaju": a place head written in lower case before
    # the name (the head is a common noun there; the name is the place).
    # Not after a title ("Sekretaris desa Anton Yunianto", "Kepala desa Budi"): there the head is the office's.
    if prev in cue.loc_heads and s.words[i - 1][:1].islower() and not pending_title \
            and (i - 2 < s.first or s.keys[i - 2] not in cue.titles):
        return "LOCATION", _LOWER_CASE_HEAD
    # "di Skopje", "ke Idlib": a place; after "dari" only a single word ("dari Diego Angelini" is a person).
    if prev in cue.loc_preps and (i - s.first < 2 or s.keys[i - 2] not in ("dan", "kepada", "oleh")) \
            and not pending_title and not _speech_near(s, i, j, cue) and (prev != "dari" or j - i == 1):
        if keys[0] in cue.gathering_heads:
            return None  # "hadir di Konferensi Tingkat Tinggi (KTT) ASEAN": a meeting, no place
        return "LOCATION", "preposition"
    if not _person_shaped(s, i, j, cue) or (j - i == 1 and keys[0] in cue.heads):
        return None
    if not pending_title and _after_event_name_head(s, i, cue):
        return None  # "latihan militer trilateral Freedom Edge": the exercise's name
    if pending_title and j < s.end and _opens_a_rank(s.keys[j], cue):
        # "Kapolsek Tanah Abang Kompol Haris": the rank opens the name; before it, the title's place, or the body of
        # an office of no place ("Direktur Reserse Narkoba Polda Riau Kombes Andi …")
        if _of_a_place(_last_title_key(pending_title), cue):
            return "LOCATION", "place of the title"
        if i > s.first and s.words[i - 1] == "/":
            return None  # "Kapendam XVII/Cenderawasih Letkol Inf …": the name of a numbered command
        return "ORG", "body of the title"
    if pending_title and _name_after_comma(s, j, cue) \
            and _of_a_place(_last_title_key(pending_title), cue):
        return "LOCATION", "place of the title"  # "Bupati Kaliwungu, Ahmad Santoso": the place, then its head
    if pending_title:
        if j - i == 1 and prev in cue.org_connectors and keys[0] in cue.common_words and j < s.end and s.caps[j]:
            return None  # "Komisaris Tinggi PBB untuk Pengungsi Filippo Grandi": what the office is for
        if j - i >= 2 and cue.common_words.issuperset(keys):
            return None  # "Kepala Kebijakan Luar Negeri UE Kaja Kallas": the office's field, in title case
        if j - i == 1 and keys[0] in cue.common_words and j < s.end and s.caps[j] and s.kinds[j] in _WORD_KINDS:
            return None  # "mantan Direktur Impor Kementerian Perdagangan": the office's field, then its body
        if i > s.first and s.words[i - 1] == "/":
            return None  # "Kapendam XVII/Cenderawasih Letkol Inf …": the name of a numbered command, not a person
        return "PERSON", "title"
    if j - i == 1:
        # "kata Sutrisno", "istrinya, Sumarni": one word is a name when a speech verb or a word that
        # introduces a name says so; a capital opening the sentence proves nothing ("Polisi mengatakan").
        if _age_after(s, j) and _person_shaped(s, i, j, cue):
            return "PERSON", "age"  # "Sutrisno (58), petani …", even opening the sentence
        if s.sentence_initial(i) or (j < s.end and s.keys[j] in cue.media_verbs):
            return None
        if _speech_near(s, i, j, cue):
            return "PERSON", "speech verb"
        if _names_one_word(s, i, cue) or _apposition_after(s, j, cue):
            return "PERSON", "role"  # "bernama Karto"; "disampaikan Sutrisno, warga Desa …"
        return None  # one unknown word: a person only if the article names someone so (see resolve.py)
    if _role_before(s, i, cue) or _apposition_after(s, j, cue):
        return "PERSON", "role"
    if _speech_near(s, i, j, cue):
        return "PERSON", "speech verb"
    # "Nord Stream 2", "Boeing 737", "Sukhoi Su 35": a number right after makes the words a product's or a
    # project's name (a person's regnal number is a roman numeral). "Produk Domestik Bruto", "Rapat Kerja": a
    # phrase of common words only (id/common_words.txt), written in title case, is no one's name.
    # (Nor is a phrase that is a whole quotation: a slogan on a banner, a title, "Selamatkan Suara Rakyat".)
    # (Nor a gloss of a term in brackets with its acronym, "(Automatic Identification System/AIS)".)
    if 2 <= j - i <= 4 and not (j < s.end and s.words[j].isdigit()) \
            and not cue.common_words.issuperset(keys) and not _whole_quotation(s, i, j) \
            and not (j < s.end and s.words[j] == "/" and "(" in s.words[max(s.first, i - 4) : i]) \
            and cue.not_person.isdisjoint(keys) and not any(map(_derived_noun, keys[1:])):
        return "PERSON", "name shape"
    return None


_OPENING_QUOTES = frozenset('"“‘\'«')
_CLOSING_QUOTES = frozenset('"”’\'»')


def _whole_quotation(s: _Sentence, i: int, j: int) -> bool:
    """tokens[i:j] stand in a short quotation (a few words besides them): a slogan or a title, not a speaker's.
    A straight quotation mark opens when it is glued to the word after it, and closes when glued to the one
    before."""
    words, tokens = s.words, s.tokens
    opening = next((k for k in range(i - 1, max(s.first - 1, i - 4), -1)
                    if words[k] in _OPENING_QUOTES or words[k] in _CLOSING_QUOTES), None)
    if opening is None or words[opening] not in _OPENING_QUOTES or tokens[opening].end != tokens[opening + 1].start:
        return False
    return any(words[k] in _CLOSING_QUOTES and tokens[k].start == tokens[k - 1].end
               for k in range(j, min(s.end, j + 3)))


def find_candidates(article: Article, gaz: Gazetteer) -> list[Candidate]:
    tokens = article.tokens or tokenize(article.text)
    starts = token_starts(article.text, tokens)
    windows = []
    for sentence in article.sentences:
        first = bisect_left(starts, sentence.start)
        windows.append((first, bisect_left(starts, sentence.end, first)))
    cue = cues()
    s = _Sentence(article.text, tokens, 0)
    _open_at_lower_case_heads(s, cue)
    headings = frozenset(n for n, (first, end) in enumerate(windows) if _subheading(s, first, end))
    found = _candidates(s, windows, gaz, cue, headings=headings)
    _with_initials(article.text, found)
    return _in_their_other_sense(article.text, _running_mates(article.text, found))


@cache
def _abbreviation_senses() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Abbreviation -> (words of the dictionary's sense, words of the other sense), lower case (id/entities.yaml)."""
    senses = load_yaml("id/entities.yaml").get("abbreviation_senses") or {}
    return {abbr: (tuple(w.lower() for w in v.get("own", ())), tuple(w.lower() for w in v.get("other", ())))
            for abbr, v in senses.items()}


def _in_their_other_sense(text: str, found: list[Candidate]) -> list[Candidate]:
    """The dictionary matches of an abbreviation that the article uses in its other sense left out ("PMI" in news on
    migrant workers is the workers, not the Red Cross: ``abbreviation_senses`` in id/entities.yaml). A match that
    another candidate abbreviates or is abbreviated by is kept (the text defines it)."""
    senses = _abbreviation_senses()
    if not senses or not any(c.form is not None and text[c.start : c.end] in senses for c in found):
        return found
    lowered = text.lower()
    other_sense = {abbr for abbr, (own, other) in senses.items()
                   if any(w in lowered for w in other) and not any(w in lowered for w in own)}
    referenced = {c.acronym_of for c in found if c.acronym_of is not None}
    dropped = {n for n, c in enumerate(found) if c.form is not None and c.acronym_of is None and n not in referenced
               and text[c.start : c.end] in other_sense}
    if not dropped:
        return found
    shift = {n: n - sum(1 for d in dropped if d < n) for n in range(len(found))}
    out = []
    for n, c in enumerate(found):
        if n in dropped:
            continue
        if c.acronym_of is not None:
            c.acronym_of = shift[c.acronym_of]
        out.append(c)
    return out


# A hyphen between two capitalised words of four letters or more ("Sitompul-Ruth", "Edison-Hotma").
_PAIR_HYPHEN = re.compile(r"(?<=[A-Za-z][a-z]{3})-(?=[A-Z][a-z]{3})")


def _running_mates(text: str, found: list[Candidate]) -> list[Candidate]:
    """"pasangan Darmawan Sitompul-Ruth Simanjuntak", "Edison-Hotma meraih 58.310 suara": a pair of candidates of
    an election, joined by a hyphen, is two people. (Not a hyphenated first name, "Jean-Pierre Raffarin", which
    opens the name, nor a Korean given name, "Lee Jae-myung", whose parts are short or in lower case.)"""
    out = []
    moved: dict[int, int] = {}  # a candidate's index in ``found`` -> its index in ``out``, when a split shifted it
    for index, cand in enumerate(found):
        if len(out) != index:
            moved[index] = len(out)
        if cand.type == "PERSON" and cand.actor is None and "-" in text[cand.start : cand.end]:
            name = text[cand.start : cand.end]
            m = _PAIR_HYPHEN.search(name)
            first_word_end = name.find(" ")
            # (Not a double-barrelled surname that ends the name: "Wladyslaw Kosiniak-Kamysz" is one person; "Anies
            # Baswedan-Muhaimin Iskandar" are two, the second named in full.)
            if m and (first_word_end < 0 or m.start() > first_word_end) and (
                    first_word_end < 0 or " " in name[m.start() + 1 :]):
                cut = cand.start + m.start()
                out.append(Candidate(cand.start, cut, "PERSON", cand.sentence, title=cand.title,
                                     country=cand.country, evidence=cand.evidence,
                                     single=" " not in text[cand.start : cut]))
                out.append(Candidate(cut + 1, cand.end, "PERSON", cand.sentence, country=cand.country,
                                     evidence=cand.evidence, single=" " not in text[cut + 1 : cand.end]))
                continue
        out.append(cand)
    if moved:
        # (An abbreviation points at its long form by index: "Badan Pengawas Pemilu (Bawaslu)" after a pair split
        # above must still point at "Badan Pengawas Pemilu", not at the candidate before it.)
        for cand in out:
            if cand.acronym_of is not None and cand.acronym_of in moved:
                cand.acronym_of = moved[cand.acronym_of]
    return out


_INITIAL_BEFORE = re.compile(r"(?:^|(?<=[\s(“\"]))(?:[A-Z]\. ){1,2}$")


def _with_initials(text: str, found: list[Candidate]) -> None:
    """"Ketua KPPU M. Fanshurullah Asa", "kata M. Nuh": an initial (a capital and a full stop) right before a
    person's name is part of it."""
    for cand in found:
        if cand.type == "PERSON" and cand.actor is None and cand.start >= 3:
            m = _INITIAL_BEFORE.search(text, max(0, cand.start - 6), cand.start)
            if m:
                cand.start = m.start()


def _open_at_lower_case_heads(s: _Sentence, cue: Cues) -> None:
    """Let the scan stop at every lower-case organisation head too (``lower_case_org_heads``), found by
    ``indices_of`` and only in a text that holds the word at all: most texts hold none."""
    for head in cue.lower_case_org_heads:
        if head in s.text:
            for at in indices_of(s.words, head):
                s.may_open[at] = True


def _not_name_phrase(s: _Sentence, i: int, cue: Cues) -> int:
    """The number of tokens of the phrase from ``i`` listed in ``not_name_phrases`` ("Orde Baru", "Hari Raya Idul
    Fitri"), the longest one, or 0."""
    for n in cue.not_name_phrases[s.keys[i]]:
        if i + n <= s.end and s.span_key(i, i + n) in cue.not_name_keys:
            return n
    return 0


_LOWER_CASE_HEAD = "place word before"  # the evidence of a place named after a lower-case head


def _school_name(s: _Sentence, i: int, cue: Cues) -> int:
    """The index after an Indonesian school's name opening with the level at ``i`` ("SMA Negeri 6 Jakarta",
    "SMKN 2 Lembah Hijau", "MTs Al-Falah"), or 0 when the level stands alone ("siswa SMA", "lulusan SMA dan
    SMK"). After the level: a status ("Negeri"), a number (digits or a roman numeral), then the place or the
    school's own name (capitalised words). Without a status or a number the name must open with a word that
    opens school names ("Al-", "Muhammadiyah", "Kolese"): a capitalised word alone may start the next phrase."""
    end, keys, words, caps, kinds = s.end, s.keys, s.words, s.caps, s.kinds
    j = i + 1
    marked = False  # a status or a number: the words after are the school's
    while j < end and caps[j] and keys[j] in cue.school_status:
        j += 1
        marked = True
    numbered = j < end and (words[j].isdigit() or bool(_ROMAN.fullmatch(words[j])))
    if numbered:
        j += 1
    named = j < end and caps[j] and kinds[j] in _WORD_KINDS and not _is_acronym(words[j]) \
        and (marked or numbered or keys[j].split(" ")[0].split("-")[0] in cue.school_name_openers)
    if named:
        k = j + 1
        while k < end and k - j < 4 and caps[k] and kinds[k] in _WORD_KINDS and not _is_acronym(words[k]) \
                and keys[k] not in cue.not_name:
            k += 1
        j = k
    # A status alone ("siswa SMA Negeri di kota itu") is any public school, not one.
    return j if numbered or named else 0


# A roman number of a command or a prison's class ("Kodam XVII", "Rutan Kelas IIA" is read by _PRISON_CLASS).
_ROMAN = re.compile(r"[IVX]{1,4}")


def _lower_case_organisation(gaz: Gazetteer, s: _Sentence, i: int, cue: Cues, found: list[Candidate]) -> int:
    """At a lower-case organisation head ("kementerian", "mahkamah"): when the words from it are an
    organisation's dictionary name of two words or more ("mahkamah agung", "kementerian luar negeri"), add it to
    ``found`` and return the index after it; else 0. Translations and hurried copy write official names in
    lower case; a head with words the dictionary does not know after it ("dewan juri", "badan itu") is no name.
    A country right after makes it that country's body, as after a capitalised name ("kementerian luar negeri
    Jepang")."""
    key = s.keys[i]
    longest = gaz.max_words.get(key)
    match = _dictionary_match(gaz, s, i, cue, key, longest, lower_case=True) if longest else None
    if not match or match[0].actor.type != "ORG" or match[1] - i < 2:
        return 0
    form, j = match
    tokens = s.tokens
    nxt = dictionary_match(gaz, s, j, cue) if j < s.end and s.caps[j] else None
    if nxt and nxt[0].actor.type in ("COUNTRY", "LOCATION"):
        country = _inner_countries(s, j, nxt[1], gaz, cue, found)
        found.append(Candidate(tokens[i].start, tokens[nxt[1] - 1].end, "ORG", s.index, evidence="organisation word",
                               country=country))
        return nxt[1]
    found.append(Candidate(tokens[i].start, tokens[j - 1].end, "ORG", s.index, form.actor, form))
    return j


def find_title_candidates(title: str, gaz: Gazetteer, body: str = "") -> list[Candidate]:
    """Mentions in the headline, where Title Case hides which words are names: the dictionary only,
    plus single words kept for the article's own names to claim.

    An acronym that the article's ``body`` spells out as a phrase of common words ("pekerja migran Indonesia
    (PMI)") stands for that phrase in the headline too ("Nasib PMI di Sabah"), not for the dictionary's body."""
    s = _Sentence(title, tokenize(title), -1, shared_lists=False)
    if body:
        for acronym in _spelt_out_acronyms(f"{title}\n{body}"):
            for at in indices_of(s.words, acronym):
                s.may_open[at] = False
    return _candidates(s, [(0, s.end)], gaz, cues(), dictionary_only=True)


def _subheading(s: _Sentence, first: int, end: int) -> bool:
    """A subheading inside the body ("AS dan Inggris Balas Menyerang", "AS Disebut Khawatir"): a short sentence with
    no closing punctuation whose longer words are nearly all capitalised. Title case hides which words are names
    there, as in a headline."""
    if end - first > 12 or end - first < 2 or s.kinds[end - 1] not in _WORD_KINDS:
        return False  # long, or closed by a full stop, a bracket or a quotation mark
    longer = [k for k in range(first, end) if s.kinds[k] in _WORD_KINDS and len(s.words[k]) >= 4]
    return len(longer) >= 2 and sum(s.caps[k] for k in longer) >= 0.8 * len(longer)


def _candidates(s: _Sentence, windows: list[tuple[int, int]], gaz: Gazetteer, cue: Cues,
                dictionary_only: bool = False, headings: frozenset[int] = frozenset()) -> list[Candidate]:
    """The candidates of the sentences of ``s``'s text, in order: ``windows`` are their tokens (first, end),
    the first numbered ``s.index``. Sentence by sentence (nothing read in one carries over to the next);
    one call for them all, so that the names read in every turn of the loop are set once per text. With
    ``dictionary_only`` (a headline), or in the sentences ``headings`` numbers (by their place in ``windows``:
    subheadings), only the dictionary's names are read, and single words kept for the article's names to claim."""
    out: list[Candidate] = []
    # The text's lists, read in every turn of the loop, held in local names.
    tokens, words, keys, caps, kinds = s.tokens, s.words, s.keys, s.caps, s.kinds
    next_opening = s.may_open.index  # the first token from i on that can start a mention (see _Sentence)
    title_firsts, max_words = cue.title_firsts, gaz.max_words
    lower_case_heads, school_levels = cue.lower_case_org_heads, cue.school_levels
    not_name_firsts = cue.not_name_phrases
    # Abbreviations of several words the text defines ("(Satpol PP)"), by their first key: their words, the longest
    # first (with the place of a regional office: "Satpol PP Kota Bekasi"), read as the organisation later on.
    defined: dict[str, list[tuple[str, ...]]] = {}
    initials: set[str] = set()  # those a suspect was introduced by ("berinisial RH"), read as that person later on
    redefined: set[str] = set()  # acronyms the text defines for a body of its own, not the dictionary's (see below)
    heading = dictionary_only
    first_index = s.index
    for n, (i, end) in enumerate(windows):
        index = first_index + n
        s.first, s.end, s.index = i, end, index
        if headings:
            heading = dictionary_only or n in headings
        # A dictionary match ends within its sentence: look-ups are not shared between sentences.
        s.matches = matches = {}
        found: list[Candidate] = []  # the sentence's
        numbered_from = len(out)  # the index in ``out`` of its first candidate (an abbreviation's ``acronym_of``)
        pending_title: str | None = None
        pending_country: str | None = None
        pending_until = -1
        while True:
            i = next_opening(True, i)
            if i >= end:  # past the sentence (the scan may run on into the next one)
                break
            if i > pending_until:
                pending_title = pending_country = None
            tok = tokens[i]
            word = words[i]
            # "(NIS)", "(Bawaslu)" right after an entity: an abbreviation defined in the text.
            # (Not one the text defines for a phrase of common words: "pekerja migran Indonesia (PMI)".)
            if word == "(" and found and i + 2 < end and words[i + 2] == ")" and found[-1].end == tokens[i - 1].end \
                    and s.may_open[i + 1] and (_is_acronym(words[i + 1])
                         or _abbreviates(words[i + 1], s.text[found[-1].start : tokens[i - 1].end])
                         or (found[-1].type == "ORG" and _loosely_abbreviates(
                             gaz, words[i + 1], s.text[found[-1].start : tokens[i - 1].end]))
                         or (found[-1].type == "ORG" and _known_unit_spelt(
                             gaz, s, i, s.text[found[-1].start : tokens[i - 1].end]))):
                _long_form_of_abbreviation(s, i, found, cue)
                inner = tokens[i + 1]
                form = _exact_form(gaz, words[i + 1])
                if form is not None and (found[-1].actor is None or (
                        found[-1].actor.type == "ORG" and form.actor is not found[-1].actor
                        and found[-1].actor.id not in (form.actor.parent, form.actor.id))) and not _names_share_a_word(
                        form.actor, s.text[found[-1].start : tokens[i - 1].end]):
                    # "Konsorsium Pembaruan Agraria (KPA)": the text defines the acronym for a body of its own, not
                    # the dictionary's KPA (the Korean People's Army), whose names share no word with it; later
                    # mentions of "KPA" are that body too. So after a body the dictionary knows: "Polisi Federal
                    # Australia (AFP)" is the police, not the news agency (but "pasukan penjaga perdamaian PBB
                    # (UNIFIL)" names a body of the UN).
                    form = None
                    redefined.add(words[i + 1])
                found.append(Candidate(inner.start, inner.end, found[-1].type, index,
                                       actor=form.actor if form else None, form=form, evidence="abbreviation",
                                       acronym_of=numbered_from + len(found) - 1))
                if pending_title and i <= pending_until:
                    # "Direktur Pelindungan WNI Kementerian Luar Negeri (Kemlu) Judha Nugraha": the title runs on
                    # past the abbreviation to the name after it.
                    pending_until = i + 4
                i += 3
                if i < end and caps[i] and found[-1].type == "ORG":
                    i = _qualify_by_place(gaz, s, i, found, numbered_from, cue)
                continue
            # "Bank Sentral Federasi Rusia (Bank of Russia)": a body the dictionary knows, named in brackets right after
            # an organisation it does not, is that organisation (its name in another language or form).
            if word == "(" and found and found[-1].type == "ORG" and found[-1].actor is None \
                    and found[-1].end == tokens[i - 1].end and i + 2 < end and caps[i + 1] \
                    and (inner := dictionary_match(gaz, s, i + 1, cue)) is not None \
                    and inner[0].actor.type == "ORG" and inner[1] < end and words[inner[1]] == ")" and inner[1] - i > 2:
                found[-1].actor, found[-1].form = inner[0].actor, inner[0]
                found.append(Candidate(tokens[i + 1].start, tokens[inner[1] - 1].end, "ORG", index,
                                       actor=inner[0].actor, form=inner[0]))
                i = inner[1] + 1
                continue
            # "Menteri Energi dan Sumber Daya Mineral (ESDM) Bahlil Lahadalia": the abbreviation of the field of the
            # title just read is part of the title; the name comes after it.
            if word == "(" and pending_title and i <= pending_until and i + 2 < end and words[i + 2] == ")" \
                    and _is_acronym(words[i + 1]) and (not found or found[-1].end <= tokens[i - 1].start) \
                    and _abbreviates(words[i + 1], pending_title.rsplit(TITLE_SEPARATOR, 1)[-1].split(" ", 1)[-1]):
                i += 3
                pending_until = i + 1
                continue
            # "(Satpol PP)", "(UPTD PPA)": an abbreviation of two words, the last an acronym, after an organisation.
            if word == "(" and found and i + 3 < end and words[i + 3] == ")" and found[-1].type == "ORG" \
                    and found[-1].end == tokens[i - 1].end and caps[i + 1] and _is_acronym(words[i + 2]):
                form = _exact_form(gaz, f"{words[i + 1]} {words[i + 2]}")
                found.append(Candidate(tokens[i + 1].start, tokens[i + 2].end, "ORG", index,
                                       actor=form.actor if form else None, form=form, evidence="abbreviation",
                                       acronym_of=numbered_from + len(found) - 1))
                spelt = (keys[i + 1], keys[i + 2])
                i += 4
                if i < end and caps[i]:
                    i = _qualify_by_place(gaz, s, i, found, numbered_from, cue)
                if form is None:  # (the dictionary reads a form it knows anyway)
                    alias = found[found[-1].acronym_of - numbered_from].extra.get("alias")
                    forms = defined.setdefault(spelt[0], [])
                    forms[:0] = [tuple(match_key(alias).split()), spelt] if alias else [spelt]
                continue
            if defined and caps[i] and keys[i] in defined:
                j = _defined_abbreviation(keys, i, end, defined[keys[i]])
                if j:
                    found.append(Candidate(tok.start, tokens[j - 1].end, "ORG", index, evidence="abbreviation"))
                    if pending_title:
                        pending_until = j + 1  # "Kepala Satpol PP Kota Bekasi, Sukarya": the title is his
                    i = j
                    continue
            if not caps[i]:  # a bracket opening no abbreviation, or a lower-case organisation head (see _Sentence)
                if word in lower_case_heads:
                    j = _lower_case_organisation(gaz, s, i, cue, found)
                    if j:
                        i = j
                        continue
                i += 1
                continue
            key = keys[i]
            if i + 1 < end and ((words[i + 1] == "$" and tokens[i + 1].start == tok.end)
                                or (word in _currency_signs() and kinds[i + 1] == "number")):
                i += 1  # "US$ 2,5 miliar", "HK$", "Rp 40 triliun": a currency's sign, not a country, place or body
                continue
            if word == "Kantor" and i + 1 < end and caps[i + 1]:
                match = dictionary_match(gaz, s, i + 1, cue)
                # (Not a one-word name: "Kantor Imigrasi Ngurah Rai" is an office of its own; an acronym is the body's:
                # "Kantor IOM Banda Aceh".)
                if match is not None and match[0].actor.type == "ORG" \
                        and (match[1] - i > 2 or _is_acronym(words[i + 1])):
                    i += 1  # "di Kantor Kementerian Perdagangan": the ministry's office; the ministry is named
                    continue
            head = _facility_head_length(s, i, end, cue) if word in cue.facility_firsts else 0
            if head and i + head < end and caps[i + head]:
                match = dictionary_match(gaz, s, i + head, cue)
                if match is not None and match[0].actor.type == "ORG":
                    # "di Gedung MK", "ditahan di Rutan KPK", "di depan Gedung DPRD Sulawesi Selatan": the body's
                    # building, a place (the body is named by its other mentions).
                    j = _extend_org(s, i + head, match[1], cue, gaz)  # "… DPRD Sulawesi Selatan"
                    while j + 1 < end and words[j] == "/" and caps[j + 1]:
                        j += 2  # "Gedung DPR/MPR": the building of two bodies
                    found.append(Candidate(tok.start, tokens[j - 1].end, "LOCATION", index,
                                           evidence="building of an organisation"))
                    i = j
                    continue
                if match is not None and match[0].actor.type == "LOCATION" and words[i + head - 2] == "Kelas":
                    # "Rutan Kelas IIA Ambon": the prison of a place, named by its class and the place, which is
                    # named too (the city the prison is in)
                    found.append(Candidate(tok.start, tokens[match[1] - 1].end, "LOCATION", index,
                                           evidence="a prison named by its class and its place"))
                    i = i + head
                    continue
            honorific = 0  # "dr." as one token, or "dr" and "."
            if word in cue.vessel_prefixes and i + 2 < end and keys[i + 1].rstrip(".") in _SHIP_HONORIFICS:
                honorific = 1 if words[i + 1].endswith(".") else 2 if words[i + 2] == "." else 0
            if word in cue.vessel_prefixes and i + 1 < end and (caps[i + 1] or (
                    honorific and i + 1 + honorific < end and caps[i + 1 + honorific])):
                # "KRI Bung Tomo-357": a ship's name, up to its hull number; also one named after a person with an
                # honorific ("KRI dr. Radjiman Wedyodiningrat-992", "KRI dr. Soeharso-990")
                i += 1 + honorific
                while i < end and caps[i] and kinds[i] in _WORD_KINDS:
                    i += 1
                continue
            if len(word) == 1 and i + 1 < end and words[i + 1] == ".":
                i += 2  # "M. Nuh": an initial, read with the name after it (see _with_initials)
                continue
            if word in initials:
                found.append(Candidate(tok.start, tok.end, "PERSON", index, evidence="initials"))
                i += 1  # "RH diduga menerima suap": the suspect named by these initials earlier
                continue
            # (The dictionary is asked only after a role word or before "selaku", where initials are likely.)
            after_role = i > s.first and keys[i - 1] in cue.initials_after_roles
            before_selaku = i + 1 < end and keys[i + 1] == "selaku" and (
                i == s.first or keys[i - 1] not in cue.org_heads)
            # "LW (34) dan ZH (29)": capitals followed by an age in brackets name a person, as crime news names
            # suspects and victims.
            before_age = i + 3 < end and words[i + 1] == "(" and words[i + 2].isdigit() and len(words[i + 2]) <= 2 \
                and words[i + 3] == ")" and (i == s.first or keys[i - 1] not in cue.org_heads)
            if _is_acronym(word) and ((i > s.first and keys[i - 1] in cue.initials_before) or (
                    (after_role or before_selaku or before_age) and 2 <= len(word) <= 3 and word.isalpha()
                    and _exact_form(gaz, word) is None)):
                # ("…, yakni WH selaku mantan Direktur Impor …, TS selaku Direktur Utama …": capitals the dictionary
                # does not know, given a role by "selaku", are a person's initials.)
                # "pria berinisial AS (34)", "tersangka berinisial RH, AR, dan SW": a person named by initials, not the
                # United States; so is each of a list of them.
                while True:
                    found.append(Candidate(tok.start, tok.end, "PERSON", index, evidence="initials"))
                    initials.add(words[i])
                    k = i + 1
                    if k + 2 < end and words[k] == "(" and words[k + 1].isdigit() and words[k + 2] == ")":
                        k += 3  # "ZL (34), WJH (29), dan CY (31)": each one's age in brackets
                    role_end = k
                    while role_end < end and role_end - k < 6 and words[role_end][:1].islower() \
                            and words[role_end] not in ("dan", "serta"):
                        role_end += 1
                    if role_end > k and role_end < end and words[role_end] in (",", "dan", "serta"):
                        k = role_end  # "HS (41) selaku pemodal, AR (36) selaku pengawas lapangan, dan JK (29)": roles
                    start = k
                    while k < end and words[k] in (",", "dan", "serta"):
                        k += 1
                    if k == start or k >= end or not _is_acronym(words[k]):
                        break
                    i, tok = k, tokens[k]
                i += 1
                continue
            if key in not_name_firsts:
                n = _not_name_phrase(s, i, cue)
                if n:
                    i += n
                    continue
            if word in school_levels:
                j = _school_name(s, i, cue)
                if j:
                    found.append(Candidate(tok.start, tokens[j - 1].end, "ORG", index, evidence="school"))
                    i = j
                    continue
            if "-" in word and tok.kind == "word":
                parts = _compound_parts(s, i, gaz)
                if parts:
                    found.extend(parts)
                    i += 1
                    while i < end and tokens[i].end <= parts[-1].end:
                        i += 1  # the words the last half went on in ("Indonesia-Uni Eropa")
                    continue
            key = keys[i]
            if key in cue.org_heads_of_places_firsts and i + 2 < end and caps[i + 2] \
                    and f"{key} {keys[i + 1]}" in cue.org_heads_of_places:
                j = _organisation_of_a_place(gaz, s, i, cue, found)
                if j:
                    i = j
                    continue
            if key in _TITLE_MODIFIERS and i + 1 < end and keys[i + 1].split(" ", 1)[0] in title_firsts:
                i += 1  # "Mantan Komisaris Utama PT Pertamina, Basuki …": the title after it counts
                continue
            first_word = key.split(" ", 1)[0] if " " in key else key
            title_len = _title_length(s, i, cue) if first_word in title_firsts else 0  # most words open no title
            if title_len > 1:
                title_len = _title_before_a_body(s, i, title_len, cue, gaz)
                # "Menteri Kehutanan Raja Juli Antoni": the title ends where a name the dictionary knows begins that
                # runs past it (its first word, "Raja", is also a word of titles).
                title_len = next((k - i for k in range(i + 1, i + title_len) if (
                    (person := dictionary_match(gaz, s, k, cue)) is not None and person[0].actor.type == "PERSON"
                    and person[1] > i + title_len)), title_len)
            if title_len and i > s.first and keys[i - 1] in _BEFORE_AN_OFFICE:
                match = dictionary_match(gaz, s, i, cue)
                if match is not None and match[0].actor.type == "ORG" and match[1] >= i + title_len \
                        and not (match[1] < end and caps[match[1]]):
                    # "ditahan penyidik Jampidsus Kejagung", "Direktur Penyidikan pada Jaksa Agung Muda Bidang Tindak
                    # Pidana Khusus (Jampidsus)": an office the dictionary knows as a body, named after a word of its
                    # staff or a preposition and before no name, is the body, not someone's title.
                    found.append(Candidate(tok.start, tokens[match[1] - 1].end, "ORG", index, actor=match[0].actor,
                                           form=match[0]))
                    i = match[1]
                    continue
            if title_len == 1 and i + 1 < end and caps[i + 1]:
                person = dictionary_match(gaz, s, i, cue)
                if person is not None and person[0].actor.type == "PERSON" and person[1] > i + 1 \
                        and dictionary_match(gaz, s, i + 1, cue) is None:
                    # "Menteri Kehutanan Raja Juli Antoni": a name the dictionary knows that opens with a word of a
                    # title ("Raja") is that person's name, not a title before another name.
                    found.append(Candidate(tok.start, tokens[person[1] - 1].end, "PERSON", index, person[0].actor,
                                           person[0], pending_title))
                    i = person[1]
                    continue
            if title_len:
                title = s.text[tok.start : tokens[i + title_len - 1].end]
                nxt = i + title_len
                # "Kapolda Jawa Barat Irjen Budi Hartono": a rank after an office adds to it; both are titles.
                if pending_title and i <= pending_until:
                    title = f"{pending_title}{TITLE_SEPARATOR}{title}"
                else:
                    pending_country = None
                pending_title, pending_until = title, nxt + 1
                i = nxt
                continue
            # "semenanjung Korea", "selat Malaka": a place whose head is written in lower case, the dictionary's
            # name read from the head (not "Korea" alone, nor the city of Melaka).
            if i > s.first and keys[i - 1] in cue.loc_heads and not caps[i - 1]:
                match = dictionary_match(gaz, s, i - 1, cue)
                if match and match[0].actor.type == "LOCATION" and match[1] > i:
                    form, j = match
                    found.append(Candidate(tokens[i - 1].start, tokens[j - 1].end, "LOCATION", index, actor=form.actor,
                                           form=form))
                    i = j
                    continue
            # dictionary_match, spelt out: most words open no alias, and a word's match may be known already.
            longest = max_words.get(first_word) if key else None
            if longest:
                match = matches.get(i, _NOT_LOOKED_UP)
                if match is _NOT_LOOKED_UP:
                    match = matches[i] = _dictionary_match(gaz, s, i, cue, key, longest)
            else:
                match = None
            if match is not None and redefined and match[1] == i + 1 and word in redefined:
                match = None
            if match is None and pending_title and i > s.first and caps[i] and i + 1 < end and caps[i + 1]:
                match = _place_governed(gaz, s, i, cue)
            if match and match[0].actor.type == "ORG" and match[1] < end and caps[match[1]] \
                    and (f"{keys[match[1] - 1]} {keys[match[1]]}" in cue.org_heads
                         or keys[match[1]] in SCOPE_ADJECTIVES):
                # "Kejaksaan Negeri Bogor": a known name opening a longer kind of organisation; "Dewan Keamanan
                # Nasional": a body of another scope than the known "Dewan Keamanan" (of the UN)
                match = None
            if match and match[0].actor.type == "ORG" and keys[match[1] - 1] in cue.numbered_commands \
                    and match[1] < end and _ROMAN.fullmatch(words[match[1]]):
                # "Koarmada II", "Kodam XVII/Cenderawasih": a numbered command the dictionary knows without its number
                # (the fleets, the military regions) is the one unit the number names, read as such below.
                match = None
            if match and match[1] == i + 1 and match[0].actor.type == "ORG" and key in cue.loc_heads \
                    and match[1] < end and caps[match[1]] and kinds[match[1]] in _WORD_KINDS \
                    and dictionary_match(gaz, s, match[1], cue) is None:
                # "Istana Nurul Iman", "Istana Dusit": a one-word name of a home institution ("Istana", the Indonesian
                # presidential palace) that heads a name it does not know is that place, a palace of its own.
                k = match[1]
                while k < min(end, match[1] + 3) and caps[k] and kinds[k] in _WORD_KINDS:
                    k += 1
                found.append(Candidate(tok.start, tokens[k - 1].end, "LOCATION", index, evidence="place word"))
                i = k
                continue
            if match and match[0].actor.type == "COUNTRY" and i > s.first and keys[i - 1] in _currency_nouns():
                i = match[1]  # "2,9 miliar dollar AS", "10 juta dolar Australia": whose currency, no mention
                continue
            if match and match[0].actor.type == "LOCATION" and match[1] == i + 1 and pending_title \
                    and i == pending_until - 1 and match[1] < end and caps[match[1]] \
                    and keys[i - 1] in cue.ranks and keys[match[1]] not in cue.title_firsts:
                match = None  # "AKBP Rio Wahyu Anggoro": after a rank a person's name, whatever place a word names
            if match and match[0].actor.type == "LOCATION" and match[1] == i + 1 and pending_title \
                    and match[1] < end and caps[match[1]] and kinds[match[1]] in _WORD_KINDS \
                    and _national_office(pending_title) and keys[match[1]] not in cue.title_firsts \
                    and (_last_title_key(pending_title).endswith(keys[i - 1])
                         or (pending_country is not None and _country_ends_at(gaz, s, max(s.first, i - 3), i, cue))):
                # "Wakil Menteri Dalam Negeri Bima Arya Sugiarto": a minister or president holds no office of a city,
                # so a city's name right after the title, with more of a name after it, opens the person's name
                # (also past the country of the title: "Menteri Pertahanan Taiwan Wellington Koo").
                match = None
            if match:
                form, j = match
                actor = form.actor
                kind = actor.type
                # (start, end, type, sentence, actor, form, title) by position: the candidate made most often, and
                # keyword arguments cost the call a look-up of each name.
                cand = Candidate(tok.start, tokens[j - 1].end, kind, index, actor, form,
                                 pending_title if kind == "PERSON" else None)
                # An organisation head or a dictionary organisation may run on: "Angkatan Laut Jerman".
                # "China Daily", "Washington Examiner", "American Civil Liberties Union": a place or country
                # name opening a phrase that ends like an organisation is that organisation.
                # (Not in a headline, whose every word is capitalised: "Kapal China Tembakkan Meriam Air …".)
                if kind in ("COUNTRY", "LOCATION") and j < end and caps[j] and kinds[j] in _WORD_KINDS \
                        and not heading:
                    j2 = _extend_name(s, j, cue, gaz, stop_at_dictionary=False)
                    if j2 > j and _ends_with(keys[j:j2], cue.org_tails | cue.venue_tails):
                        # ("Kuala Lumpur Convention Centre": a venue, a place, named after its city)
                        venue = _ends_with(keys[j:j2], cue.venue_tails)
                        found.append(Candidate(tok.start, tokens[j2 - 1].end, "LOCATION" if venue else "ORG", index,
                                               evidence="place word" if venue else "organisation word"))
                        _name_in_brackets(s, i, j2, found, numbered_from)
                        found.append(Candidate(tok.start, tokens[j - 1].end, kind, index, actor=actor, form=form,
                                               extra={"inside_name": True}))
                        i = j2
                        continue
                # "Sulawesi bagian tengah", "Suriah bagian utara": the part of a place or country that a direction
                # names is a region of its own, in that country; the place or country is named inside it.
                if kind in ("COUNTRY", "LOCATION") and j + 1 < end and keys[j] == "bagian" \
                        and keys[j + 1] in cue.directions:
                    k = j + 2
                    if k < end and f"{keys[j + 1]} {keys[k]}" in cue.directions:  # "bagian barat laut"
                        k += 1
                    found.append(Candidate(tok.start, tokens[k - 1].end, "LOCATION", index, evidence="part of a place",
                                           country=actor.country))
                    found.append(Candidate(tok.start, tokens[j - 1].end, kind, index, actor=actor, form=form,
                                           extra={"inside_name": True}))
                    i = k
                    continue
                # "Kuta Utara", "Gaza Utara": a place the dictionary knows and a capitalised direction after it
                # that makes no name it knows is a place of its own, named after the first (a district, a region;
                # unlike "Sulawesi bagian tengah", the first is not named by it).
                if kind == "LOCATION" and j < end and caps[j] and keys[j] in cue.directions and not heading \
                        and not dictionary_match(gaz, s, j, cue):
                    k = j + 1 + (j + 1 < end and caps[j + 1] and f"{keys[j]} {keys[j + 1]}" in cue.directions)
                    found.append(Candidate(tok.start, tokens[k - 1].end, "LOCATION", index, evidence="part of a place",
                                           country=actor.country))
                    i = k
                    continue
                # "Angkatan Laut" + "Jerman": an organisation head known to the dictionary, qualified by a place.
                # "Kementerian Perdagangan" + "dan Industri" + "India": another field of the same body, then its
                # country.
                at = j
                # (Not a second body after "dan": "Bank Indonesia dan Bank Sentral Federasi Rusia" are two.)
                if kind == "ORG" and j + 2 < end and keys[j] == "dan" and caps[j + 1] \
                        and _starts_with(keys[i:j], cue.org_heads) and keys[j + 1] not in cue.org_heads:
                    at = j + 1
                    while at < min(end, j + 4) and caps[at] and kinds[at] in _WORD_KINDS \
                            and not dictionary_match(gaz, s, at, cue):
                        at += 1
                nxt = dictionary_match(gaz, s, at, cue) if kind == "ORG" and at < end and caps[at] \
                    and (_starts_with(keys[i:j], cue.org_heads) or _regional_office(actor, cue)) else None
                if at > j and not (nxt and nxt[0].actor.type == "COUNTRY" and at > j + 1):
                    # "Kementerian Energi dan Sumber Daya …" goes on as the dictionary reads it; "Uni Eropa dan
                    # Amerika Serikat" are two.
                    nxt = None
                unknown_place_end = _unknown_place_end(s, at, cue, gaz) if kind == "ORG" and nxt is None \
                    and at == j and at < end and caps[at] and pending_title and _regional_office(actor, cue) else None
                if unknown_place_end is not None:
                    # "Ketua DPRD Pesisir Selatan Rusdi Malin Sati": a regency the dictionary does not know, ended by a
                    # word of direction, says which DPRD; the name after it is the title's person.
                    found.append(Candidate(tok.start, tokens[unknown_place_end - 1].end, "ORG", index,
                                           evidence="organisation word", country=actor.country))
                    pending_until = unknown_place_end + 1
                    i = unknown_place_end
                    continue
                if nxt and nxt[0].actor.type in ("COUNTRY", "LOCATION"):
                    country = _inner_countries(s, at, nxt[1], gaz, cue, found)
                    if actor.country and (nxt[0].actor.type == "LOCATION"
                                          or not _MISSION_WORDS.isdisjoint(_name_words(actor.name))):
                        # "KBRI Phnom Penh": Indonesia's mission, in Cambodia; so are "KBRI Singapura" and "KJRI Hong
                        # Kong", named by the country or territory they sit in.
                        country = actor.country
                    cand = Candidate(tok.start, tokens[nxt[1] - 1].end, "ORG", index, evidence="organisation word",
                                     country=country)
                    j = nxt[1]
                found.append(cand)
                if kind in ("COUNTRY", "ORG", "LOCATION") and pending_title:
                    # "Duta Besar Indonesia untuk Malaysia Hermono": the country after "untuk" is the posting; the
                    # envoy stays the first country's.
                    # ("… Kedutaan Besar Jepang di Jakarta, Takahashi Kenji": a place after "di" is where the office
                    # sits.)
                    posting = pending_country is not None and i > s.first and (
                        keys[i - 1] == "untuk" or (keys[i - 1] == "di" and kind in ("LOCATION", "COUNTRY"))
                        # ("Juru bicara UNHCR Indonesia": a country right after an international body names the
                        # body's office there; the spokesperson speaks for the body)
                        or (kind == "COUNTRY" and (pending_country or "").startswith("IGO:") and len(found) > 1
                            and found[-2].type == "ORG" and found[-2].end == tokens[i - 1].end))
                    if not posting:
                        # (the country the organisation was read with: "Juru bicara Kementerian Pertahanan Kamboja …"
                        # speaks for Cambodia's ministry, not for the dictionary's Indonesian one)
                        pending_country = found[-1].country or (actor.country if actor else None)
                    pending_until = j + 1
                    found[-1].extra["after_title"] = pending_title
                i = j
                continue
            if heading:
                if not s.sentence_initial(i) and not _is_acronym(word):
                    found.append(Candidate(tok.start, tok.end, "PERSON", index, evidence="single name", single=True))
                i += 1
                continue
            # A phrase opened by an organisation or place head runs on over dictionary words inside it
            # ("Selat Batu Kelabu", "Kabupaten Sumber Laras").
            # an organisation or a place head, of one word or two ("Rumah Sakit Jepang", "Rumah Sakit Bersalin Saudi")
            headed = keys[i] in cue.heads or (i + 1 < end and f"{keys[i]} {keys[i + 1]}" in cue.heads)
            j = _extend_name(s, i, cue, gaz, stop_at_dictionary=not headed)
            if j == i:
                i += 1
                continue
            # Leading words that never start a name ("Namun", "Para", "Menurut") are skipped, and so are phrases
            # that are no name ("Saat Hari Raya Idul Fitri").
            opened_at = i
            while i < j:
                if keys[i] in not_name_firsts and (n := _not_name_phrase(s, i, cue)):
                    i += n
                elif keys[i] in cue.not_name and not _starts_with(keys[i:j], cue.org_heads) \
                        and not _starts_with(keys[i:j], cue.loc_heads):
                    i += 1
                else:
                    break
            if opened_at < i < j and (keys[i].split(" ", 1)[0] in title_firsts or keys[i] in cue.heads):
                # "Menurut Menteri Luar Negeri Sugiono": the scan goes on from the title, read as one; so from the
                # head of a body or a place ("Data Polda Bali mencatat …": a head's name runs past the dictionary's)
                continue
            # "Maskapai Air Niugini mengatakan …": a word saying what kind of organisation follows, capitalised only
            # because it opens the sentence, is not part of the name (``_classify`` reads it as the kind). One that
            # is also an organisation or place head ("Yayasan", "Perusahaan"; "Situs", a website or an archaeological
            # site) opens names ("Yayasan Lembah Hijau", "Situs Sangiran"): kept.
            if j - i > 1 and keys[i] in cue.org_kinds and keys[i] not in cue.heads and s.sentence_initial(i):
                i += 1
            # "Harian Die Welt", "Kelompok Abu Sayyaf": a kind word before an organisation the dictionary knows is
            # not part of its name; the scan goes on from that name, where the dictionary reads it.
            elif j - i > 1 and keys[i] in cue.org_kinds and (after := dictionary_match(gaz, s, i + 1, cue)) \
                    and after[0].actor.type == "ORG":
                i += 1
                continue
            # "Peneliti Lembaga Kajian …", "Pengamat Universitas …": a role word opening a sentence before an
            # organisation or a place is the role of someone named after it, not part of the name.
            # ("Analis Samuel Sekuritas Indonesia, Budi Santoso, …": so is one before a name holding a kind of
            # organisation.)
            # ("Pengamat Bivitri Susanti menilai …": so is one opening a sentence before a name of two words or more.)
            while i + 1 < j and keys[i] in cue.role_words and (_starts_with(keys[i + 1 : j], cue.org_heads)
                                                                or _starts_with(keys[i + 1 : j], cue.loc_heads)
                                                                or not cue.org_tails.isdisjoint(keys[i + 2 : j])
                                                                or (j - i >= 3 and s.sentence_initial(i))):
                i += 1
            if i >= j:
                continue
            # "Center for Strategic Studies", "Komisi untuk Orang Hilang …": a head joined to its name by a preposition.
            if j - i == 1 and keys[i] in cue.org_heads and j + 1 < end and words[j] in cue.org_connectors \
                    and words[j] not in _JOINING and caps[j + 1]:
                j = _extend_org(s, i, j, cue, gaz)
            # ("Kodam XVII/Cenderawasih", "Lantamal IV": a command and its number; "Kodam Jaya" has none)
            numbered = keys[i] in cue.numbered_commands and i + 1 < end and (
                words[i + 1].isdigit() or bool(_ROMAN.fullmatch(words[i + 1])))
            if numbered:
                j = _numbered_command_end(s, i, j, cue, gaz)
            typed = _classify(s, i, j, cue, pending_title)
            if typed == ("PERSON", "title") and 3 <= j - i <= 5 and (
                    _camel_case(words[i]) or words[i] in _bracketed_abbreviations(s.text)) \
                    and _person_shaped(s, i + 1, j, cue):
                # ("Ketua Umum Apkasindo Gulat Manurung" after "Asosiasi Petani Kelapa Sawit Indonesia (Apkasindo)":
                # an abbreviation the text defines in brackets is a body too.)
                # "Kepala Ekonom PermataBank Josua Pardede": a word with a capital inside is a brand, a firm's name
                # (no personal name is written so); the name after it is the title's person.
                found.append(Candidate(tokens[i].start, tokens[i].end, "ORG", index, evidence="organisation word"))
                i += 1
            if typed == ("LOCATION", "place word") and pending_title and 4 <= j - i <= 6 and keys[i] in cue.loc_heads \
                    and _of_a_place(_last_title_key(pending_title), cue) and _person_shaped(s, i + 2, j, cue):
                # "Bupati Muara Kelam Rusdi Hamzah": after the office of a place, a place head and its name (two words)
                # are the place; the words after them the holder's name.
                found.append(Candidate(tokens[i].start, tokens[i + 1].end, "LOCATION", index,
                                       evidence="place of the title"))
                found.append(Candidate(tokens[i + 2].start, tokens[j - 1].end, "PERSON", index, evidence="title",
                                       title=pending_title, country=pending_country))
                i = j
                continue
            if typed == ("PERSON", "title") and j - i == 3 and _of_a_place(_last_title_key(pending_title), cue) \
                    and _person_shaped(s, i + 1, j, cue) and keys[i] not in cue.common_word_names \
                    and _told_as_a_place(s.text, words[i], cue):
                # "… kilang minyak di Ryazan … Gubernur Ryazan Pavel Malkov": after the office of a place, three words
                # are the place the dictionary does not know and the holder's two names when the first is told as a
                # place elsewhere in the article (not "Bupati Sutrisno Hadi Wibowo").
                found.append(Candidate(tokens[i].start, tokens[i].end, "LOCATION", index,
                                       evidence="place of the title"))
                i += 1
            if typed is None and numbered:
                typed = "ORG", "organisation word"  # "Kodap VIII Intan Jaya", "Lantamal IV": a command and its number
            # "jalan Sudirman", "gunung Semeru": a head that is part of the place's name is part of the mention.
            if typed and typed[1] is _LOWER_CASE_HEAD and keys[i - 1] in cue.heads_in_place_names:
                i -= 1
            org_country = None
            if typed and typed[0] == "ORG" and typed[1] != "acronym":
                if not numbered:  # (a numbered command ends at its number or the name after its slash)
                    j = _extend_org(s, i, j, cue, gaz)
                # (After a title the office's own person is read below, past a rank: "Komandan Yonif Raider Letkol
                # Inf Budi Santoso".)
                person = None if pending_title or _role_before(s, i, cue) else next(
                    ((m, match) for m in range(i + 2, j) if (match := dictionary_match(gaz, s, m, cue))
                     and match[0].actor.type == "PERSON" and match[1] <= j), None)
                if person is not None:
                    # "Kantor Perdana Menteri Benjamin Netanyahu menyatakan …": a person the dictionary knows ends
                    # the office named before him; he is named after it, with his title.
                    m, (form, pe) = person
                    found.append(Candidate(tokens[i].start, tokens[m - 1].end, "ORG", index,
                                           evidence="organisation word"))
                    found.append(Candidate(tokens[m].start, tokens[pe - 1].end, "PERSON", index, form.actor, form))
                    i = pe
                    continue
                org_country = _inner_countries(s, i + 1, j, gaz, cue, found)
                if keys[i] in cue.numbered_commands:
                    org_country = cue.numbered_commands_country  # a TNI command, wherever it stands
                # "Ketua Partai Oposisi Nancy Pelosi": title, organisation, then the person's name (two words).
                # "Ketua Komisi XI DPR Misbakhun": an organisation that ends on an acronym, then one name-like word
                # (Indonesian names are often a single word).
                name_follows = j + 1 < end and words[j] == "," and caps[j + 1]
                # ("Direktur PT Sarana Niaga Persada (Persero)", "hakim Pengadilan Tindak Pidana Korupsi (Tipikor)": a
                # bracket right after, not of an age, holds the organisation's legal form or abbreviation: the
                # words before it are all the organisation's.)
                # (Not the initials of a person named last: "Direktur PT Lintang Karya Utama Hendro Wijaya (HW)".)
                if j + 1 < end and words[j] == "(" and not words[j + 1].isdigit():
                    inner = words[j + 1]
                    last_initials = "".join(w[:1] for w in words[max(i, j - len(inner)) : j]).upper()
                    name_follows = not (inner.isupper() and 2 <= len(inner) <= 3 and inner == last_initials)
                person_at = None
                # "pengamat politik Universitas Lembah Hijau Firman Hakim": a role word before does the same.
                # ("Rudy, yang merupakan Direktur Utama PT Sinar Prima Agrotama, …": a title said of someone named
                # before, after "merupakan", "selaku", "sebagai", has no name after it.)
                said_at = next((k for k in range(i - 1, max(s.first, i - 6) - 1, -1) if keys[k] in _PREDICATING), None)
                said_of = said_at is not None and not any(w in (",", ".", ";") for w in words[said_at:i])
                rank_next = j < end and _opens_a_rank(keys[j], cue)
                if (pending_title or _role_before(s, i, cue)) and not name_follows and not said_of and not rank_next:
                    known_end = _known_body_end(s, i, j, cue, gaz)
                    ranked = _rank_opens_the_name(s, i, j, cue)
                    if ranked is not None:
                        # "Komandan Satgas Pamtas RI-RDTL Sektor Barat Letkol Inf Andreas Pandu Wibowo": a military
                        # rank inside the run ends the body; the person's name is all after the rank.
                        person_at = ranked
                    elif known_end is not None:
                        # "Ketua Komisi Uni Afrika Mahmoud Ali Youssouf": the body's name ends with a name the
                        # dictionary knows; the person's starts after it, whatever its length.
                        person_at = known_end
                    elif j - i >= 4 and _person_shaped(s, j - 2, j, cue) and not _ends_with(keys[i:j], cue.org_tails) \
                            and not _names_a_place(s, j - 2, j, cue, gaz):
                        person_at = j - 2
                    elif j - i >= 3 and _is_acronym(words[j - 2]) and not _is_acronym(words[j - 1]) \
                            and words[j - 1].isalpha() and keys[j - 1] not in cue.org_tails \
                            and keys[j - 1] not in cue.not_name:
                        person_at = j - 1
                if person_at is not None:
                    title = pending_title
                    # "Angkatan Darat Kerajaan Thailand Mayor Jenderal Winthai Suvaree": a military rank before the
                    # name ends the organisation; it is the person's title.
                    org_end = next((k for k in range(max(i + 1, person_at - 3), person_at)
                                    if keys[k] in cue.military_ranks and _title_length(s, k, cue) == person_at - k),
                                   person_at)
                    if org_end < person_at:
                        rank = s.text[tokens[org_end].start : tokens[person_at - 1].end]
                        title = f"{title}{TITLE_SEPARATOR}{rank}" if title else rank
                    found.append(Candidate(tokens[i].start, tokens[org_end - 1].end, "ORG", index,
                                           evidence="organisation word", country=org_country))
                    # (the person is the organisation's, so of its country: "Juru bicara Angkatan Darat Kerajaan
                    # Thailand …" speaks for Thailand, whatever country the sentence names after)
                    found.append(Candidate(tokens[person_at].start, tokens[j - 1].end, "PERSON", index,
                                           evidence="title" if title else "role", title=title, country=org_country))
                    i = j
                    continue
            if typed and typed[0] == "LOCATION" and keys[i] == "markas" and j < end and caps[j] \
                    and (seat := dictionary_match(gaz, s, j, cue)) and seat[0].actor.type == "ORG":
                # "Markas Besar PBB", "Markas Komando Pasukan Khas": the headquarters of a known body is a place named
                # with it; the body is named there too.
                found.append(Candidate(tokens[j].start, tokens[seat[1] - 1].end, "ORG", index, actor=seat[0].actor,
                                       form=seat[0], extra={"inside_name": True}))
                j = seat[1]
            if typed:
                kind, evidence = typed
                found.append(Candidate(tokens[i].start, tokens[j - 1].end, kind, index, evidence=evidence,
                                       title=pending_title if kind == "PERSON" else None,
                                       country=pending_country if kind == "PERSON" else org_country))
                if kind != "PERSON" and pending_title:
                    pending_until = j + 1  # "Kepala Pusat Data … BNPB Abdul Muhari": the title is the name's after it
                    if kind == "ORG" and org_country:
                        pending_country = org_country  # "… Kedutaan Besar Jepang …": the person is the body's
                if kind == "ORG":
                    _name_in_brackets(s, i, j, found, numbered_from)
            elif j - i == 1 and not s.sentence_initial(i):
                # A lone capitalised word: a person only if the article names someone so elsewhere.
                found.append(Candidate(tokens[i].start, tokens[i].end, "PERSON", index, evidence="single name",
                                       single=True))
            elif j - i == 1:
                found.append(Candidate(tokens[i].start, tokens[i].end, "PERSON", index, evidence="single name",
                                       single=True, extra={"sentence_initial": True}))
            i = j
        out += found
    return out


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` can abbreviate ``name``: all capitals whose letters include the initials of the
    name's capitalised words, in order ("MAKI" for "Masyarakat Antikorupsi Indonesia", not for "Ketua Komisi
    Pemilihan Umum"), or a capitalised word made of its syllables ("Bawaslu" for "Badan Pengawas Pemilu").
    Either way it starts with the name's first letter and its letters come in the name in order."""
    letters = "".join(filter(str.isalpha, name.lower()))
    small = short.lower()
    if len(small) < 2 or not letters or small[0] != letters[0] or not _in_order(small, letters):
        return False
    if short.isupper():
        initials = "".join(w[0] for w in name.split() if w[:1].isupper())
        return _in_order(initials.lower(), small)
    # A syllable abbreviation is one capitalised word, not a name's bare first word ("Pertamina (Persero)").
    return short[0].isupper() and short[1:].islower() and len(name.split()) > 1 and small != letters[: len(small)]


def _name_in_brackets(s: _Sentence, i: int, j: int, found: list[Candidate], numbered_from: int) -> None:
    """"Bulan Sabit Merah Mesir (Egyptian Red Crescent)": an organisation's name in another language, in brackets
    right after it, is another name of it, as an abbreviation there is; the last of ``found`` (tokens[i:j]) is then
    marked as the name of the organisation before the bracket."""
    words = s.words
    if i < 2 or words[i - 1] != "(" or j >= s.end or words[j] != ")":
        return
    before = s.tokens[i - 2].end
    owner = next((n for n in range(len(found) - 2, -1, -1) if found[n].type == "ORG" and found[n].end == before), None)
    if owner is not None:
        found[-1].acronym_of = numbered_from + owner


def _loosely_abbreviates(gaz: Gazetteer, short: str, name: str) -> bool:
    """An organisation's own short name in brackets after it, made of parts of its words as Indonesian ones often
    are, in no order a rule can spell out ("Asosiasi Persepatuan Indonesia (Aprisindo)"): one capitalised word
    with the name's first letter, of three letters or more, that names no place the dictionary knows."""
    if len(short) < 3 or not short[0].isupper() or not short[1:].islower() or short[0] != name[:1]:
        return False
    form = _exact_form(gaz, short)
    return form is None or form.actor.type == "ORG"


def _in_order(needle: str, haystack: str) -> bool:
    """Whether the letters of ``needle`` occur in ``haystack`` in the same order."""
    rest = iter(haystack)
    return all(ch in rest for ch in needle)


# Words before a title that say whose it was or will be ("Mantan Presiden …", "Calon Bupati …"), written with a
# capital when they open a sentence or a headline: they are no part of a name.
# Words after an organisation's name that make it another body, of another scope ("Dewan Keamanan Nasional" is a
# country's, "Dewan Keamanan" the UN's).
SCOPE_ADJECTIVES = frozenset(["nasional", "internasional", "daerah", "regional", "pusat"])
_TITLE_MODIFIERS = frozenset(["mantan", "eks", "calon", "almarhum", "almarhumah", "mendiang", "sang"])
# Heads of Indonesian administrative units: "Kabupaten Kupang" after an office's name is the unit it serves.
_UNIT_HEADS = frozenset(["kabupaten", "kab", "kota", "provinsi", "prov", "kecamatan"])


def _defined_abbreviation(keys: list[str], i: int, end: int, forms: list[tuple[str, ...]]) -> int:
    """The end of the first of ``forms`` (keys of a defined abbreviation) that the words at ``i`` spell, or 0."""
    for form in forms:
        n = len(form)
        if i + n <= end and tuple(keys[i : i + n]) == form:
            return i + n
    return 0


def _organisation_of_a_place(gaz: Gazetteer, s: _Sentence, i: int, cue: Cues, found: list[Candidate]) -> int:
    """"Pemerintah Kabupaten Belu", "Pemerintah Kota Surabaya": an organisation head ending in a place head, then
    the place's name, which the dictionary may know with that head ("Kabupaten Belu"): the organisation of that
    place, the place a mention of its own inside it. Returns the end token, or 0 when no name follows."""
    known = dictionary_match(gaz, s, i, cue)
    if known and known[0].actor.type == "ORG":
        return 0  # "Pemerintah Provinsi DKI Jakarta": the dictionary's, read as usual
    match = dictionary_match(gaz, s, i + 1, cue)
    if match and match[0].actor.type == "LOCATION":
        place_start, end, place = s.tokens[i + 1].start, match[1], match[0]
    else:
        match = dictionary_match(gaz, s, i + 2, cue)
        if not (match and match[0].actor.type == "LOCATION"):
            return 0
        place_start, end, place = s.tokens[i + 2].start, match[1], match[0]
    found.append(Candidate(s.tokens[i].start, s.tokens[end - 1].end, "ORG", s.index, evidence="organisation word",
                           country=place.actor.country))
    found.append(Candidate(place_start, s.tokens[end - 1].end, "LOCATION", s.index, actor=place.actor, form=place,
                           extra={"inside_name": True}))
    return end


def _qualify_by_place(gaz: Gazetteer, s: _Sentence, i: int, found: list[Candidate], numbered_from: int,
                      cue: Cues) -> int:
    """"Kejaksaan Negeri (Kejari) Kabupaten Kupang", "Badan Penanggulangan Bencana Daerah (BPBD) Garut": the
    place after an office's abbreviation says which office; the office (long form and abbreviation, the last two
    of ``found``) is that unit, named with its place. The place stays a mention of its own (the scan reads it
    next).

    A country there ("Biro Perikanan dan Sumber Daya Perairan (BFAR) Filipina") says whose the organisation is, when
    nothing else has. A body the dictionary knows by the abbreviation and the words after it ("Kepolisian Daerah
    (Polda) Metro Jaya") is that body; a unit named after its abbreviation, which no place names, is read by
    ``_named_unit``. Returns the token the scan goes on from: ``i``, or past the words read here as a name."""
    acronym = found[-1]
    at = acronym.acronym_of - numbered_from
    long = found[at]
    match = dictionary_match(gaz, s, i, cue)
    known = _known_after_abbreviation(gaz, s, i, s.text[acronym.start : acronym.end]) if long.type == "ORG" else None
    if known is not None and (match is None or match[0].actor.type != "LOCATION" or known[1] > match[1]):
        # (The place's office when the place reads as far: "Lembaga Bantuan Hukum (LBH) Jakarta", an office the
        # text names again as "LBH", is read as below.)
        form, stop = known
        found[at] = Candidate(long.start, long.end, "ORG", long.sentence, actor=form.actor, form=form,
                              evidence="abbreviation defined")
        found[-1] = Candidate(acronym.start, acronym.end, "ORG", acronym.sentence, actor=form.actor, form=form,
                              evidence="abbreviation")
        return stop
    if match and match[0].actor.type == "COUNTRY":
        if long.type == "ORG" and long.actor is None and not long.country:
            long.country = acronym.country = match[0].actor.country
        return i
    if match and match[0].actor.type == "LOCATION":
        end, country = match[1], match[0].actor.country
    elif s.keys[i] in _UNIT_HEADS and i + 1 < s.end and s.caps[i + 1]:
        end, country = i + 1, "IDN"
        while end < s.end and s.caps[end] and s.kinds[end] in _WORD_KINDS and s.keys[end] not in cue.title_firsts:
            end += 1
    else:
        return _named_unit(gaz, s, i, found, at, cue)
    if long.type != "ORG" or (long.actor is not None and cue.regional_office_words.isdisjoint(
            match_key(s.text[long.start : long.end]).split())):
        return i
    place = s.text[s.tokens[i].start : s.tokens[end - 1].end]
    name = f"{s.text[long.start : long.end]} {place}"
    # (The office's own country when it has one: "Konsulat Jenderal RI (KJRI) Darwin" is Indonesia's, in Australia.)
    found[at] = Candidate(long.start, long.end, "ORG", long.sentence, evidence="organisation word",
                          country=long.country or (long.actor.country if long.actor else None) or country,
                          extra={"name": name, "alias": f"{s.text[acronym.start : acronym.end]} {place}"})
    found[-1] = Candidate(acronym.start, acronym.end, "ORG", acronym.sentence, evidence="abbreviation",
                          acronym_of=acronym.acronym_of)
    return i


# Words a unit's name may run to after its abbreviation, read by the dictionary ("Polda Metro Jaya").
_UNIT_NAME_REACH = 4


def _known_after_abbreviation(gaz: Gazetteer, s: _Sentence, i: int, short: str) -> tuple[Form, int] | None:
    """"Kepolisian Daerah (Polda) Metro Jaya", "Satuan Tugas (Satgas) Damai Cartenz": the abbreviation and the
    capitalised words after its bracket make a name the dictionary knows (an organisation): that form, and the
    token after it. The longest such name wins."""
    last = i
    while last < s.end and last - i < _UNIT_NAME_REACH and s.caps[last] and s.kinds[last] in _WORD_KINDS:
        last += 1
    for stop in range(last, i, -1):
        key = match_key(f"{short} {s.text[s.tokens[i].start : s.tokens[stop - 1].end]}")
        form = next((f for f in _prefer(gaz.lookup(key)) if f.actor.type == "ORG"), None)
        if form is not None:
            return form, stop
    return None


def _known_unit_spelt(gaz: Gazetteer, s: _Sentence, i: int, long: str) -> bool:
    """"Kepolisian Daerah (Polda) Metro Jaya": at the bracket ``i``, a short name no rule spells from the long
    form before it, that with the words after the bracket makes a body the dictionary knows, one named with a word
    of that long form."""
    if i + 3 >= s.end or not s.caps[i + 3]:
        return False
    known = _known_after_abbreviation(gaz, s, i + 3, s.words[i + 1])
    return known is not None and _names_share_a_word(known[0].actor, long)


def _named_unit(gaz: Gazetteer, s: _Sentence, i: int, found: list[Candidate], at: int, cue: Cues) -> int:
    """"Komando Daerah Militer (Kodam) Iskandar Muda", "Komando Operasi (Koops) Habema", "Komando Daerah Pertahanan
    (Kodap) VIII Intan Jaya": a military or police unit (its long form opens with one of ``named_unit_heads``,
    or its abbreviation is one of ``numbered_commands``, in id/entities.yaml) is named by its number and the
    capitalised words after the abbreviation's bracket, which are no person's name: the unit's long form and its
    abbreviation, each with that name after it. A place there stays a mention of its own; a known body, a title or
    a rank ends the name ("… (Satreskrim) Polres Bogor" is the unit of another body). Returns the token the scan
    goes on from."""
    acronym, long = found[-1], found[at]
    short = s.text[acronym.start : acronym.end]
    long_text = s.text[long.start : long.end]
    commanded = match_key(short) in cue.numbered_commands
    if long.type != "ORG" or long.actor is not None or not (
            commanded or match_key(long_text).split(" ", 1)[0] in cue.named_unit_heads):
        return i
    words, keys, caps, kinds, end = s.words, s.keys, s.caps, s.kinds, s.end
    k = i
    if _ROMAN.fullmatch(words[k]):
        k += 1  # its number
    stop, go_on = k, k
    if k < end and caps[k] and kinds[k] in _WORD_KINDS and not _opens_a_rank(keys[k], cue) \
            and keys[k].split(" ", 1)[0] not in cue.title_firsts and keys[k] not in cue.heads:
        match = dictionary_match(gaz, s, k, cue)
        if match and match[0].actor.type == "LOCATION":
            stop = match[1]  # the place the unit is of, a mention of its own too
        elif match is None:
            stop = go_on = min(_extend_name(s, k, cue, gaz, stop_at_dictionary=True), k + _UNIT_NAME_REACH)
            # (another body's head ends it: "Satuan Reserse Kriminal (Satreskrim) Polres Bogor")
            stop = go_on = next((m for m in range(k + 1, stop) if keys[m] in cue.heads), stop)
    if stop == i:
        return i
    named = s.text[s.tokens[i].start : s.tokens[stop - 1].end]
    country = long.country or (cue.numbered_commands_country if commanded else None)
    found[at] = Candidate(long.start, long.end, "ORG", long.sentence, evidence="organisation word", country=country,
                          extra={"name": f"{long_text} {named}", "alias": f"{short} {named}"})
    found[-1] = Candidate(acronym.start, acronym.end, "ORG", acronym.sentence, evidence="abbreviation",
                          acronym_of=acronym.acronym_of, country=country)
    return go_on


def _long_form_of_abbreviation(s: _Sentence, i: int, found: list[Candidate], cue: Cues) -> None:
    """Before "(MAKI)" at ``i``: when the capitalised run before the bracket that the abbreviation spells is
    longer than the last mention ("Masyarakat Antikorupsi Indonesia", read as the country "Indonesia"), that run
    is the organisation the abbreviation names; the mentions inside it stay only as countries named in it."""
    last = found[-1]
    if last.type == "ORG" and last.actor is not None:
        return
    start = i
    while start > s.first and i - start < 10 and s.kinds[start - 1] in _WORD_KINDS and (
            s.caps[start - 1] or (s.words[start - 1] in cue.org_connectors and start - 1 > s.first)):
        start -= 1
    end_char = s.tokens[i - 1].end
    for k in range(start, i):
        if not s.caps[k] or s.tokens[k].start >= last.start:
            break
        if s.keys[k] in cue.not_name and s.keys[k] not in cue.heads:
            continue
        if _abbreviates(s.words[i + 1], s.text[s.tokens[k].start : end_char]):
            first = s.tokens[k].start
            # Mentions overlapping the name go: "Koordinator Masyarakat Antikorupsi" read as a person's name.
            inside = [c for c in found if c.end > first and c.sentence == s.index]
            del found[len(found) - len(inside):]
            found.extend(Candidate(c.start, c.end, c.type, c.sentence, actor=c.actor, form=c.form,
                                   extra={"inside_name": True}) for c in inside if c.type == "COUNTRY")
            # Last: the abbreviation points back to the mention before the bracket. (A name of two to four words of no
            # head spelt by their initials is a person's: "Yulianus Pigai (YP)", as police name suspects.)
            # (Two or three words, none a common word or a head, with no head before them: "PT Energi Bara Nusantara
            # (EBN)", "Zona Ekonomi Eksklusif Indonesia (ZEEI)" and "Asia Zero Emission Community (AZEC)" are bodies.)
            run = s.words[k:i]
            if 2 <= len(run) <= 3 and s.words[i + 1] == "".join(w[0] for w in run).upper() \
                    and all(w[1:].islower() for w in run) and cue.heads.isdisjoint(s.keys[max(s.first, k - 1) : i]) \
                    and cue.common_words.isdisjoint(s.keys[k:i]):
                found.append(Candidate(first, end_char, "PERSON", s.index, evidence="a name with its initials"))
                return
            found.append(Candidate(first, end_char, "ORG", s.index, evidence="abbreviation defined"))
            return


# Words after which a country inside a body's name is the matter it deals with, not its owner ("Kantor Urusan Taiwan").
_PORTFOLIO_OPENERS = frozenset(["urusan"])


def _spells_the_phrase_before(s: _Sentence, i: int) -> bool:
    """The acronym at ``i`` follows a slash or an opening bracket right after lower-case words whose initials spell it
    ("mutual legal assistance/MLA", "kapal ikan asing (KIA)"): the phrase's short form."""
    if i < 2 or s.words[i - 1] not in ("/", "("):
        return False
    word = s.words[i]
    words = []
    k = i - 2
    while k >= s.first and len(words) < len(word) and s.words[k][:1].islower() and s.words[k].isalpha():
        words.append(s.words[k])
        k -= 1
    return len(words) == len(word) and "".join(w[0] for w in reversed(words)).upper() == word.upper()


def _self_named(s: _Sentence, i: int) -> bool:
    """The name at ``i`` follows "menamakan diri(nya)" (past an opening quotation mark): a name a group gives itself."""
    k = i - 1
    while k > s.first and s.words[k] in ('"', "“", "'", "‘"):
        k -= 1
    return k > s.first and s.keys[k] in ("diri", "dirinya") and s.keys[k - 1] in ("menamakan", "menyebut")


def _inner_countries(s: _Sentence, i: int, j: int, gaz: Gazetteer, cue: Cues, found: list[Candidate]) -> str | None:
    """Countries named inside an organisation name still count as mentioned ("Angkatan Laut Jerman"); returns the
    country the name says the organisation is of, when it names one country, or else places of one country only
    ("Polres Bogor", "Kepolisian Baton Rouge")."""
    countries: set[str] = set()
    of_places: set[str] = set()
    of_body: str | None = None
    # "Kedutaan Besar Jepang untuk Indonesia", "Delegasi Uni Eropa untuk Indonesia": the country after "untuk" is
    # where the body serves, not whose it is, when the name has told whose before it.
    host = next((k for k in range(i + 1, j) if s.keys[k] == "untuk"), j)
    k = i
    while k < j:
        match = dictionary_match(gaz, s, k, cue) if s.caps[k] else None
        if match and match[0].actor.type == "COUNTRY" and match[1] <= j:
            form, end = match
            found.append(Candidate(s.tokens[k].start, s.tokens[end - 1].end, "COUNTRY", s.index, actor=form.actor,
                                   form=form, extra={"inside_name": True}))
            # (Not the country a body is in charge of: "Kantor Urusan Taiwan Dewan Negara China" is China's; nor the
            # one it serves in, once the name has told whose it is.)
            serves_in = k > host and bool(countries or of_body)
            if not serves_in and not (k > i and s.keys[k - 1] in _PORTFOLIO_OPENERS):
                countries.add(form.actor.country)
            k = end
        elif match and match[0].actor.type == "LOCATION" and match[1] <= j and match[0].actor.country:
            of_places.add(match[0].actor.country)
            k = match[1]
        elif match and match[1] in (j, host) and match[0].actor.type == "ORG" and match[0].actor.country:
            # "Dewan Gubernur IAEA", "Sekretariat ASEAN", "Pusat Penerangan TNI", "Delegasi UE": a body named by the
            # organisation it ends with (or that ends before "untuk": "Delegasi Uni Eropa untuk Indonesia") belongs
            # to that organisation, and to its country (unless a country is named too: "Misi Indonesia untuk PBB").
            of_body = match[0].actor.country
            k = j
        else:
            k += 1
    named = countries or of_places
    if not named and of_body:
        return of_body
    return next(iter(named)) if len(named) == 1 else None


def _compound_parts(s: _Sentence, i: int, gaz: Gazetteer) -> list[Candidate]:
    """"AS-Tiongkok", "Rusia-Ukraina": a hyphenated pair of dictionary names is two mentions. The last may go on in
    the words after the token ("Indonesia-Uni Eropa": "Uni" and "Eropa"), which its mention then takes in."""
    tok = s.tokens[i]
    if any(f.text == s.words[i] and f.actor.type in ("COUNTRY", "LOCATION") for f in gaz.lookup(match_key(s.words[i]))):
        # one place with a hyphen in its name: "Guinea-Bissau" is no pair of Guinea and the city of Bissau (a body's
        # double name, "TPNPB-OPM", names both)
        return []
    out = []
    offset = tok.start
    parts = s.words[i].split("-")
    for n, part in enumerate(parts):
        forms = _compound_forms(gaz, part)
        end = offset + len(part)
        if not forms and n == len(parts) - 1 and n > 0:
            # (A name of two or three words whose first is the half after the hyphen.)
            for k in range(i + 1, min(i + 3, len(s.words))):
                if not s.words[k][:1].isupper() or s.tokens[k].start != s.tokens[k - 1].end + 1:
                    break
                part = f"{part} {s.words[k]}"
                forms = _compound_forms(gaz, part)
                if forms:
                    end = s.tokens[k].end
                    break
        if not forms:
            return []
        out.append(Candidate(offset, end, forms[0].actor.type, s.index, actor=forms[0].actor,
                             form=forms[0], evidence="dictionary"))
        offset += len(part) + 1
    return out if len(out) > 1 else []


def _compound_forms(gaz: Gazetteer, part: str) -> list[Form]:
    """The dictionary's forms of a country, organisation or place that the half of a hyphenated pair is written as."""
    return [f for f in _prefer(gaz.lookup(match_key(part)))
            if f.actor.type in ("COUNTRY", "ORG", "LOCATION") and part[:1].isupper()
            and (not f.exact_case or f.text == part)]


def _names_share_a_word(actor: Actor, text: str) -> bool:
    """Whether a word of ``text`` (of four letters or more) is a word of one of the actor's names."""
    names = {w for name in (actor.name, *actor.aliases) for w in match_key(name).split()}
    return any(len(w) >= 4 and w in names for w in match_key(text).split())


def _exact_form(gaz: Gazetteer, word: str) -> Form | None:
    for form in _prefer(gaz.lookup(match_key(word))):
        if form.text == word:
            return form
    return None
