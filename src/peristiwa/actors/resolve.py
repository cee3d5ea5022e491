"""From mentions to entities within one article.

* A dictionary mention is its actor; every mention of the same actor is one
  entity, whatever alias the text used ("Korea Utara", "Korut", "Negeri …").
* An abbreviation defined in the text ("… Nasional (NIS)") is an alias of the
  entity before it; when the dictionary knows the abbreviation, the long form
  takes that actor.
* Unknown names of the same type and the same folded form are one entity; a
  shorter person name whose words are all in a longer one ("Trump" in "Donald
  Trump", "Yoo" in "Yoo Sang-bum") is the same person, the nearest one before
  it winning when two fit.
* A lone capitalised word kept as a weak candidate becomes a mention only if
  it names a person already found (or found later) in the article, or an
  abbreviation defined there; otherwise it is dropped.
* People named with a role and a country ("Menteri Luar Negeri Rusia …")
  carry that title and country, which the event coder uses as their code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from operator import attrgetter

from peristiwa.actors.gazetteer import Actor, Gazetteer, match_key
from peristiwa.actors.recognize import SCOPE_ADJECTIVES, TITLE_SEPARATOR, Candidate, cues
from peristiwa.langdata import alternation, load_yaml
from peristiwa.model import Article, Entity, Mention


@dataclass
class _Group:
    type: str
    actor: Actor | None
    candidates: list[Candidate] = field(default_factory=list)
    surface: list[str] = field(default_factory=list)
    acronyms: list[str] = field(default_factory=list)

    _words: set[str] | None = None

    def words(self) -> set[str]:
        """The words of every name written for the group (cached until a new surface form is added)."""
        if self._words is None:
            self._words = {w for s in self.surface for w in match_key(s).split()}
        return self._words


# The words that join two names ("La Ode Mahrun dan Hasniati"), with the spaces around them.
_JOINERS = (" dan ", " serta ")


def _coordinated_with_a_person(text: str, start: int, person_ends: set[int]) -> bool:
    """The word at ``start`` follows "dan"/"serta" right after a person's name: "pasangan La Ode Mahrun dan
    Hasniati" names two people, the second by one word."""
    if not any(start - len(joiner) in person_ends and text.startswith(joiner, start - len(joiner))
               for joiner in _JOINERS):
        return False  # (most lone words follow no person's name: a set look-up each)
    word = text[start : start + 40].split(maxsplit=1)[0].rstrip(",.;:")
    return word.isalpha() and word[1:].islower()  # (no brand written with a capital inside: "… dan TruthWire")


def _spelt_out_otherwise(long_form: str, actor: Actor) -> bool:
    """``long_form`` and a name of ``actor`` have as many words and the same initials but not the same words
    ("Dewan Pimpinan Daerah" against "Dewan Perwakilan Daerah"): two bodies one abbreviation stands for."""
    words = match_key(long_form).split()
    for name in (actor.name, *actor.aliases):
        other = match_key(name).split()
        if len(other) == len(words) and [w[:1] for w in other] == [w[:1] for w in words]:
            return other != words
    return False


def _name_words(text: str) -> list[str]:
    return match_key(text).split()


def _join(cand: Candidate, group: _Group, surface: str) -> None:
    group.candidates.append(cand)
    if surface not in group.surface:
        group.surface.append(surface)
        group._words = None


def build_entities(article: Article, candidates: list[Candidate], gaz: Gazetteer,
                   title_candidates: list[Candidate] = ()) -> list[Entity]:
    """Entities of the article; headline mentions (``title_candidates``, offsets into the title) join them."""
    text = article.text
    n_body = len(candidates)
    candidates = [*candidates, *title_candidates]
    groups: list[_Group] = []
    people: list[_Group] = []  # the PERSON groups, in the order of ``groups``
    by_actor: dict[str, _Group] = {}
    by_name: dict[tuple[str, str], _Group] = {}
    group_of: dict[int, _Group] = {}
    singles: list[tuple[int, Candidate]] = []

    title = article.title or ""

    # (No helper below calls another: a function that others call is held by the closure it holds itself, and
    # that cycle kept the candidates and groups of every article alive until the garbage collector's next pass.)
    def surface_of(index: int, cand: Candidate) -> str:
        return (text if index < n_body else title)[cand.start : cand.end]

    def attach(index: int, cand: Candidate, group: _Group) -> None:
        _join(cand, group, (text if index < n_body else title)[cand.start : cand.end])
        group_of[index] = group

    def actor_group(actor: Actor) -> _Group:
        group = by_actor.get(actor.id)
        if group is None:
            group = by_actor[actor.id] = _Group(actor.type, actor)
            groups.append(group)
            if group.type == "PERSON":
                people.append(group)
        return group

    # Abbreviations: the long form takes the actor the dictionary knows for the short one, unless the text spells the
    # abbreviation out as another body ("Dewan Pimpinan Daerah (DPD)" of a party is not the Dewan Perwakilan Daerah):
    # then the short form is the text's body, not the dictionary's.
    for cand in candidates:
        if cand.acronym_of is not None and cand.actor is not None:
            long_form = candidates[cand.acronym_of]
            if long_form.actor is None:
                spelt = (text if cand.acronym_of < n_body else title)[long_form.start : long_form.end]
                if _spelt_out_otherwise(spelt, cand.actor):
                    cand.actor, cand.form = None, None
                else:
                    long_form.actor, long_form.type = cand.actor, cand.actor.type

    person_ends: set[int] = set()  # where the people named so far (in the body) end
    for index, cand in enumerate(candidates):
        if cand.single and not (index < n_body and cand.type == "PERSON" and _coordinated_with_a_person(
                text, cand.start, person_ends)):
            singles.append((index, cand))
            continue
        if cand.type == "PERSON" and index < n_body:
            person_ends.add(cand.end)
        if cand.acronym_of is not None and cand.actor is None:
            owner = group_of.get(cand.acronym_of)
            if owner is not None:
                acronym = surface_of(index, cand)
                owner.acronyms.append(acronym)
                by_name[("ACRONYM", match_key(acronym))] = owner
                attach(index, cand, owner)
            continue
        actor = cand.actor
        if actor is not None:
            # attach(index, cand, actor_group(actor)), spelled out: most candidates come this way.
            group = by_actor.get(actor.id) or actor_group(actor)
            group.candidates.append(cand)
            surface = (text if index < n_body else title)[cand.start : cand.end]
            if surface not in group.surface:
                group.surface.append(surface)
                group._words = None
            group_of[index] = group
            continue
        surface = surface_of(index, cand)
        # (An office named with its place, "Kejaksaan Negeri (Kejari) Kabupaten Kupang", is grouped by that name.)
        key = (cand.type, match_key(cand.extra.get("name") or surface))
        known = _dictionary_person(gaz, key[1]) if cand.type == "PERSON" else \
            _company_without_legal_form(gaz, key[1]) if cand.type == "ORG" else None
        if known is None and cand.type == "PERSON" and cand.title:
            # "Raja Salman": the dictionary knows the name with its title ("Raja Salman"), not alone.
            known = _dictionary_person(gaz, match_key(f"{cand.title.rsplit(TITLE_SEPARATOR, 1)[-1]} {surface}"))
        # "Ketua Fraksi Partai Tengah Prabowo Subianto": a known name read off an organisation's end; "PT Kereta Api
        # Indonesia": a known company with its legal form.
        if known is not None:
            attach(index, cand, actor_group(known))
            continue
        group = by_name.get(key) or by_name.get(("ACRONYM", key[1]))
        if group is None and cand.type == "ORG" and (bare := _without_legal_form(key[1])):
            # "PT SLN" after "PT Sawit Lestari Nusantara (SLN)": the company by the acronym the text gave it
            group = by_name.get(("ACRONYM", bare))
        if group is None and cand.type == "LOCATION" and cand.evidence == "preposition" and " " not in surface:
            # "menerima uang dari Yogi": a lone word read as a place after a preposition is the person named so
            # before ("Direktur PT Lintas Rawas Mandiri Yogi Pratama").
            group = _person_containing([g for g in people if g.candidates and g.candidates[0].start < cand.start],
                                       _name_words(surface), before=cand.start)
        if group is None and cand.type == "PERSON":
            group = _person_containing(people, _name_words(surface), before=cand.start)
            if group is None and cand.evidence != "role":  # "ayahnya, Wayan" introduces someone new
                group = _person_misspelt(people, key[1])
        if group is None:
            group = _Group(cand.type, None)
            groups.append(group)
            if group.type == "PERSON":
                people.append(group)
        by_name[key] = group
        if "alias" in cand.extra:  # "Kejari Kabupaten Kupang" later names the same office
            by_name[(cand.type, match_key(cand.extra["alias"]))] = group
        attach(index, cand, group)

    # Most lone words name nobody of the article: one look-up in the words of all its people's names tells
    # so without asking each person (a one-word name fits a person only if it is one of their words).
    people_words = set().union(*(g.words() for g in people))
    # Nor can most of them be a misspelling of such a word: ``_misspelt_reach`` lists what those could be
    # (first letter and length), and ``_person_misspelt`` is asked only of a word that is one of them.
    misspelt_reach = _misspelt_reach(people_words)
    for index, cand in singles:
        key = match_key((text if index < n_body else title)[cand.start : cand.end])  # surface_of, spelt out
        group = by_name.get(("ACRONYM", key))
        if group is None:
            words = key.split()
            if len(words) == 1 and words[0] not in people_words:
                group = _person_misspelt(people, key) if (key[:1], len(key)) in misspelt_reach else None
                if group is not None:
                    attach(index, cand, group)
                    misspelt_reach |= _misspelt_reach(group.words())  # the misspelling is now one of its words
                continue
            group = _person_containing(people, words, before=cand.start)
        if group is not None:
            attach(index, cand, group)
            people_words |= group.words()  # a fuller form ("Jong-un") may have added words
            misspelt_reach |= _misspelt_reach(group.words())

    for parent, cand in _parents_named_inside(text, candidates[:n_body], gaz):
        _join(cand, actor_group(parent), text[cand.start : cand.end])

    _merge_people_named_as_orgs(groups, by_name)
    _merge_initials_told_first(groups, by_name)
    _merge_initials_of_a_full_name(groups)
    _merge_partial_orgs(groups)
    _merge_places_named_by_an_alias(groups, gaz)
    _merge_regional_bodies(groups, gaz)
    _merge_nicknames(text, groups)
    outlets = {match_key(o) for o in (article.outlet, article.dateline.outlet if article.dateline else None) if o}
    entities = []
    # The headline's candidates, told by identity: the candidates' own ``extra`` is not written to.
    in_title = {id(c) for c in title_candidates}
    for n, group in enumerate(groups):
        if not group.candidates:
            continue
        entity = _entity(article, group, n, gaz, in_title)
        if entity.type == "ORG" and _building_as_a_place(text, entity):
            entity.type = "LOCATION"
        elif entity.type == "LOCATION" and _continent_as_an_attribute(text, entity):
            continue
        # The outlet publishing the story is metadata, not an actor of it.
        if outlets and entity.type == "ORG" and (match_key(entity.name) in outlets
                                                 or any(map(outlets.__contains__, map(match_key, entity.aliases)))):
            continue
        entities.append(entity)
    _shared_short_names(article, entities)
    return entities


@cache
def _shared_short_name_table() -> tuple[tuple[str, frozenset[str]], ...]:
    """id/entities.yaml's ``shared_short_names``: (name, the codes of the countries it may be)."""
    table = load_yaml("id/entities.yaml")["shared_short_names"]
    return tuple((name, frozenset(codes)) for name, codes in table.items())


def _shared_short_names(article: Article, entities: list[Entity]) -> None:
    """"Pemerintah Korea mendukung …" in a story that names South Korea and not North Korea: a short name two
    countries share (``shared_short_names``), which the dictionary leaves out, is the one of them the article names in
    full, when it names only one; its mentions join that country's. Not before another name ("Korea Herald"), nor after
    a word that makes it a region or part of a name (``_REGION_WORDS``: "semenanjung Korea", "Perang Korea")."""
    text = article.text
    for name, codes in _shared_short_name_table():
        if name not in text:
            continue
        named = [e for e in entities if e.type == "COUNTRY" and e.code in codes]
        if len(named) != 1:
            continue
        taken = [(m.start, m.end) for e in entities for m in e.mentions if m.field == "text"]
        added = []
        for start in _whole_occurrences(text, name):
            end = start + len(name)
            if any(a < end and start < b for a, b in taken):
                continue
            if _word_and_space_before(text, start) in _REGION_WORDS or _next_word_capitalised(text, end):
                continue
            added.append(Mention(start, end, name, sentence=article.sentence_index(start), field="text"))
        if added:
            named[0].mentions = sorted([*named[0].mentions, *added], key=attrgetter("start"))


def _whole_occurrences(text: str, name: str) -> Iterator[int]:
    """Where ``name`` stands in ``text`` between word boundaries: the starts of what ``\\b<name>\\b`` finds, in
    order and without overlaps, as ``re.finditer`` gives them. Found by ``str.find`` and a test of the characters
    on each side: a pattern that opens with ``\\b`` has no literal prefix for the regex engine to skip to, so it is
    tried at every position of the text."""
    size = len(name)
    start = text.find(name)
    while start >= 0:
        end = start + size
        if size and _word_boundary(text, start) and _word_boundary(text, end):
            yield start
            start = text.find(name, end)
        else:
            start = text.find(name, start + 1)


def _word_boundary(text: str, at: int) -> bool:
    """``\\b`` at ``at``: a word character (``\\w``: what ``isalnum`` accepts, and "_") on one side only."""
    before = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
    after = at < len(text) and (text[at].isalnum() or text[at] == "_")
    return before != after


def _word_and_space_before(text: str, start: int) -> str:
    """The word before ``start``, lower-cased, when white space comes between them ("" when none does): what
    ``(\\S+)\\s+$`` finds in the 40 characters before it. (By string methods: that search tries every position of
    the window.)"""
    window = text[max(0, start - 40) : start]
    stripped = window.rstrip()
    return stripped.rsplit(None, 1)[-1].lower() if stripped and len(stripped) < len(window) else ""


def _next_word_capitalised(text: str, end: int) -> bool:
    """White space after ``end``, then a word that opens with a capital letter (within 40 characters)."""
    window = text[end : end + 40]
    rest = window.lstrip()
    return bool(rest) and len(rest) < len(window) and rest[0].isupper()


# Words after which a shared short name is a region, or part of a name, not a state ("semenanjung Korea", "kedua
# Korea", "Perang Korea", "Kantor Berita Pusat Korea").
_REGION_WORDS = frozenset(["semenanjung", "kedua", "dua", "laut", "selat", "reunifikasi", "unifikasi", "penyatuan",
                           "perang", "pusat"])


@cache
def _seat_buildings() -> tuple[frozenset[str], frozenset[str]]:
    """(seat_buildings, building_place_words) of id/entities.yaml, folded."""
    data = load_yaml("id/entities.yaml")
    return frozenset(map(match_key, data["seat_buildings"])), frozenset(data["building_place_words"])


def _building_as_a_place(text: str, entity: Entity) -> bool:
    """A building that stands for those who sit in it (the White House, the Kremlin, the palace) whose every
    mention in the text comes after a word of place ("di Gedung Putih", "di depan Istana Merdeka"): it is where
    something happened, a place, not an actor of the story."""
    buildings, place_words = _seat_buildings()
    if match_key(entity.name) not in buildings and not any(match_key(a) in buildings for a in entity.aliases):
        return False
    told = [m for m in entity.mentions if m.field == "text"]
    return bool(told) and all(_word_before(text, m.start) in place_words for m in told)


@cache
def _continents() -> tuple[frozenset[str], frozenset[str]]:
    """(continents, continent_place_words) of id/entities.yaml."""
    data = load_yaml("id/entities.yaml")
    return frozenset(data["continents"]), frozenset(data["continent_place_words"])


def _continent_as_an_attribute(text: str, entity: Entity) -> bool:
    """A continent every mention of which in the text says what something is of or from ("negara-negara Eropa",
    "pembeli Asia", "Parlemen Eropa"), with no word of place before it: no place of the story. (A mention that
    opens a sentence, or follows "di", "ke", "seluruh" and the like, is one.)"""
    continents, place_words = _continents()
    if entity.id not in continents:
        return False
    told = [m for m in entity.mentions if m.field == "text"]
    return bool(told) and all(
        (before := _word_before(text, m.start)) and before[-1:].isalnum() and before not in place_words for m in told)


def _word_before(text: str, start: int) -> str:
    """The word right before ``start`` in ``text``, lower-cased ("" at the start)."""
    words = text[max(0, start - 20) : start].split()
    return words[-1].lower() if words else ""


def _parents_named_inside(text: str, candidates: list[Candidate], gaz: Gazetteer) -> list[tuple[Actor, Candidate]]:
    """A body of an international organisation named inside its own name ("Sidang Umum PBB", "Dewan Keamanan
    PBB"): the dictionary gives the body's ``parent``, and where one of the parent's names stands in the mention
    as whole words, the parent is mentioned there too (its own entity, that span its mention).

    Only an international organisation's: the assembly or council of one is the organisation meeting, and news
    readers list the UN for "Sidang Umum PBB". A state's body named with its parent ("Komisi I DPR", "Divisi
    Humas Polri", "Dinas Penerangan TNI AL"), nearly always in a person's title in Indonesian news, is the body
    alone: listing the parliament or the police for it was a false entity in most articles that named one."""
    # Most articles name no such body: told by C functions (map, filter, any), with no Python loop.
    if not any(map(_parent_of, filter(None, map(_actor_of, candidates)))):
        return []
    found = []
    for cand in candidates:
        actor = cand.actor
        if actor is None or not actor.parent:
            continue
        parent = gaz.actors.get(actor.parent)
        if parent is None or parent.sector != "IGO":
            continue
        surface = text[cand.start : cand.end]
        for name in (parent.name, *parent.aliases):
            at = surface.find(name)
            if at > 0 and surface[at - 1] == " " and (at + len(name) == len(surface)
                                                     or not surface[at + len(name)].isalnum()):
                start = cand.start + at
                found.append((parent, Candidate(start, start + len(name), parent.type, cand.sentence, actor=parent,
                                                evidence="named in the name of a body it has")))
                break
    return found


def _org_names(group: _Group) -> tuple[list[list[str]], set[str]]:
    """The words of every name of the group: those written in the article, then its actor's; and the
    first words of those names."""
    names = [match_key(n).split() for n in group.surface]
    first_words = {n[0] for n in names if n}
    if group.actor is not None:
        actor_names, actor_first_words = _actor_name_words(group.actor)
        names.extend(actor_names)
        first_words |= actor_first_words
    return names, first_words


# An actor's aliases and name split into folded words, and their first words, by actor id (with the actor,
# so that a look-up made for another gazetteer's actor of the same id is not taken for it): the same
# organisations come back.
_ACTOR_NAME_WORDS: dict[str, tuple[Actor, list[list[str]], frozenset[str]]] = {}


def _actor_name_words(actor: Actor) -> tuple[list[list[str]], frozenset[str]]:
    cached = _ACTOR_NAME_WORDS.get(actor.id)
    if cached is None or cached[0] is not actor:
        names = [match_key(n).split() for n in (*actor.aliases, actor.name)]
        cached = _ACTOR_NAME_WORDS[actor.id] = (actor, names, frozenset(n[0] for n in names if n))
    return cached[1], cached[2]


# What makes an unknown name a person by its shape or place alone, not by anything said of the person.
_WEAK_PERSON_EVIDENCE = frozenset(("speech verb", "name shape"))


def _merge_people_named_as_orgs(groups: list[_Group], by_name: dict[tuple[str, str], _Group]) -> None:
    """"Menurut Air Niugini, …" then "maskapai Air Niugini": an unknown name read as a person only by the verb of
    speech after it or by its shape is the organisation that the article names so elsewhere, by an organisation
    word, kind or head. Media, companies and agencies speak as often as people do."""
    for group in groups:
        if group.type != "PERSON" or group.actor is not None or not group.candidates \
                or not all(c.evidence in _WEAK_PERSON_EVIDENCE for c in group.candidates):
            continue
        org = next((by_name.get(("ORG", match_key(surface))) for surface in group.surface
                    if ("ORG", match_key(surface)) in by_name), None)
        if org is None or not org.candidates:
            continue
        _absorb(org, group)


def _merge_initials_told_first(groups: list[_Group], by_name: dict[tuple[str, str], _Group]) -> None:
    """"Polisi menangkap MT dan YP … Yulianus Pigai (YP)": a person named first by initials alone is the one whose
    full name the article gives with those initials in brackets later (the earlier mention was grouped before the
    brackets defined them)."""
    for group in groups:
        if group.type != "PERSON" or group.actor is not None or not group.candidates \
                or not all(c.evidence == "initials" for c in group.candidates):
            continue
        full = next((by_name.get(("ACRONYM", match_key(surface))) for surface in group.surface), None)
        if full is None or full is group or full.type != "PERSON" or not full.candidates:
            continue
        _absorb(full, group)


def _merge_initials_of_a_full_name(groups: list[_Group]) -> None:
    """"KPK menangkap Bupati Rusdi Hamzah … Tersangka RH diduga meminta …": a person named by initials alone is the
    one person of the article whose full name has those initials (two or more words), when only one has."""
    people = [g for g in groups if g.type == "PERSON" and g.candidates]
    for group in people:
        if group.actor is not None or not all(c.evidence == "initials" for c in group.candidates):
            continue
        initials = {match_key(surface).replace(" ", "") for surface in group.surface}
        matches = [other for other in people if other is not group and any(
            len(words) >= 2 and "".join(w[:1] for w in words) in initials
            for words in (match_key(name).split() for name in other.surface))]
        if len(matches) == 1:
            _absorb(matches[0], group)


# "…,” ujar Roy, sapaan akrabnya.": the words after a one-word name that say it is what the person named before is
# called.
# "Roy, sapaan Rolliansyah": the nickname of the one whose name follows.
_NICKNAME_OF = re.compile(r"\s*,\s*(?:sapaan|panggilan)\s+(?:akrab\s+)?(?P<name>[A-Z][\w'-]+)")
# "perempuan yang akrab disapa Ninis": the nickname right after it is the one named last before it.
_CALLED_BEFORE = re.compile(r"\b(?:akrab\s+)?(?:disapa|dipanggil|dikenal\s+dengan\s+sapaan)\s+$", re.IGNORECASE)
# "Muzakir Manaf atau Mualem": a one-word name right after a person's name and "atau" is that person's other name.
_OR_BEFORE = re.compile(r"\s+atau\s+$")
_NICKNAME_AFTER = re.compile(r"\s*,?\s*(?:sapaan akrab(?:nya)?|sapaannya|panggilan akrab(?:nya)?|panggilannya)\b",
                             re.IGNORECASE)


def _merge_nicknames(text: str, groups: list[_Group]) -> None:
    """"Juru Bicara Kemlu Rolliansyah Soemirat … ,” ujar Roy, sapaan akrabnya": a one-word name followed by "sapaan
    akrabnya" is what the person named last before it is called: one person, the nickname an alias."""
    people = [g for g in groups if g.type == "PERSON" and g.candidates]
    for group in people:
        if group.actor is not None or len(group.surface) != 1 or " " in group.surface[0]:
            continue
        first = min(c.start for c in group.candidates)
        named = next((m for c in group.candidates if (m := _NICKNAME_OF.match(text, c.end))), None)
        if named is not None:
            # "kata Roy, sapaan Rolliansyah": the nickname of the person named so
            owner = next((g for g in people if g is not group and match_key(named["name"]) in g.words()), None)
            if owner is None:
                continue
        elif (owner := _named_before_atau(text, group, people)) is not None:
            pass  # "Gubernur Aceh Muzakir Manaf atau Mualem": the other name of the person named right before
        else:
            called = next((c for c in group.candidates if _NICKNAME_AFTER.match(text, c.end)
                           or _CALLED_BEFORE.search(text, max(0, c.start - 30), c.start)), None)
            if called is None:
                continue
            before = [(max(c.start for c in g.candidates if c.start < first), g) for g in people
                      if g is not group and any(c.start < first for c in g.candidates)]
            if not before:
                continue
            owner = max(before, key=lambda p: p[0])[1]
        _absorb(owner, group)


def _named_before_atau(text: str, group: _Group, people: list[_Group]) -> _Group | None:
    """The person whose name ends right before "atau" and one of ``group``'s mentions ("Muzakir Manaf atau
    Mualem"), else None."""
    for c in group.candidates:
        m = _OR_BEFORE.search(text, max(0, c.start - 8), c.start)
        if m is not None:
            owner = next((g for g in people if g is not group and any(o.end == m.start() for o in g.candidates)),
                         None)
            if owner is not None:
                return owner
    return None


def _merge_partial_orgs(groups: list[_Group]) -> None:
    """"Dewan Keamanan" after "Dewan Keamanan PBB": an unknown organisation name that begins a longer
    organisation name in the same article is that organisation."""
    orgs = [g for g in groups if g.type == "ORG" and g.candidates]
    # _org_names by id(group), and the first words of those names, worked out once until the group grows.
    names_of: dict[int, tuple[list[list[str]], set[str]]] = {}
    for short in orgs:
        if short.actor is not None:
            continue
        words = match_key(short.surface[0]).split()
        first = words[0] if words else None
        for long in orgs:
            if long is short or not long.candidates:
                continue
            known = names_of.get(id(long))
            if known is None:
                known = names_of[id(long)] = _org_names(long)
            # Either test below needs a name of ``long`` opening with the same word: most pairs fail here.
            if first is not None and first not in known[1]:
                continue
            names = known[0]
            # "Dewan Keamanan" begins "Dewan Keamanan PBB"; "Partai Republik Amerika Serikat" begins with the
            # known "Partai Republik": either way one organisation.
            # (Not a known name followed by another country: "Kementerian Luar Negeri Australia" beside Indonesia's
            # "Kementerian Luar Negeri" is Australia's ministry.)
            # (Nor one of another scope: "Dewan Keamanan Nasional", a country's, beside the UN's "Dewan Keamanan".)
            if any(len(n) > len(words) and n[: len(words)] == words for n in names) or (
                    long.actor is not None and any(1 < len(n) < len(words) and words[: len(n)] == n
                                                   and words[len(n)] not in SCOPE_ADJECTIVES for n in names)
                    and not any(c.country and c.country != long.actor.country for c in short.candidates)):
                _absorb(long, short)
                del names_of[id(long)]
                break


def _merge_places_named_by_an_alias(groups: list[_Group], gaz: Gazetteer) -> None:
    """"… di Kabupaten Puncak, Papua Tengah … mengirim tim ke Puncak": a place the dictionary does not know by a bare
    name, named so in an article that names the dictionary place of which it is a name, is that place."""
    # (its names, and the names written without the kind of unit that opens them: "Kabupaten Puncak", "Puncak")
    # (reversed, so that a name two places share stays the first one's)
    known = {match_key(name): g for g in reversed(groups) if g.type == "LOCATION" and g.actor is not None
             and g.candidates for name in (*_without_place(g, gaz), *g.actor.aliases, g.actor.name)}
    if not known:
        return
    for g in groups:
        if g.type == "LOCATION" and g.actor is None and g.candidates and g.surface \
                and (place := known.get(match_key(g.surface[0]))) is not None and place is not g:
            _absorb(place, g)


def _merge_regional_bodies(groups: list[_Group], gaz: Gazetteer) -> None:
    """"DPRD Jawa Tengah", "DPRD Jateng" and "DPRD": one body of a region, named with the region's name or its
    short form, or, when the article names only one body of that kind, by its kind alone. Only for a place inside a
    country (a province, a city): "Kementerian Luar Negeri Malaysia" beside "Kementerian Luar Negeri" is another
    ministry."""
    regional: dict[tuple[str, str], _Group] = {}
    bare: list[tuple[str, _Group]] = []
    for group in groups:
        if group.type != "ORG" or not group.candidates or not group.surface:
            continue
        key, kind = _regional_key(gaz, group.surface[0])
        if key is None and len(group.surface) > 1:
            # "Lembaga Bantuan Hukum (LBH) Jakarta": the name read with the place after the acronym in brackets
            named = next((c.extra["name"] for c in group.candidates if "name" in c.extra), None)
            key = _regional_key(gaz, named)[0] if named else None
        if key is not None:
            if key in regional:
                _absorb(regional[key], group)
            else:
                regional[key] = group
                # (and by its acronym too, for "LBH" alone later on)
                for acronym in (a for a in group.surface[1:] if a.isupper() and len(a) <= 6):
                    regional.setdefault((match_key(acronym), key[1]), group)
        elif kind is not None:
            bare.append((kind, group))  # "DPRD", "Dinas PUPR": a kind of regional body, by acronym
    for kind, group in bare:
        bodies = [g for (k, _), g in regional.items() if k == kind and g.candidates]
        if len(bodies) == 1 and group.candidates:
            _absorb(bodies[0], group)


def _regional_key(gaz: Gazetteer, surface: str) -> tuple[tuple[str, str] | None, str | None]:
    """(the kind of body and the id of the region in its name, or None; the kind alone, when the name is an acronym
    of a word or two with no region: "DPRD"). Kept on the dictionary it was read with, name by name: bodies are named
    the same way in article after article."""
    memo = gaz.memo.setdefault("regional_keys", {})
    found = memo.get(surface)
    if found is not None:
        return found
    words = match_key(surface).split()
    found = None, (" ".join(words) if len(words) <= 2 and surface.split()[0].isupper() else None)
    for cut in range(1, len(words)):
        place = next((f.actor for f in gaz.lookup(" ".join(words[cut:])) if f.actor.type == "LOCATION"), None)
        if place is not None:
            found = (" ".join(words[:cut]), place.id), None
            break
    if len(memo) > 50_000:
        memo.clear()
    memo[surface] = found
    return found


def _absorb(group: _Group, other: _Group) -> None:
    """Move ``other``'s mentions into ``group``: one entity."""
    group.candidates.extend(other.candidates)
    group.surface.extend(s for s in other.surface if s not in group.surface)
    group._words = None
    other.candidates = []


def _person_containing(people: list[_Group], words: list[str], before: int) -> _Group | None:
    """The person whose name contains all ``words`` ("Trump" in "Donald Trump"), or whose name is contained in
    them when they are a fuller form ("Sayfullo Habibullaevic Saipov" after "Sayfullo Saipov"): the nearest one
    mentioned before ``before``, else the first. ``people`` are the article's PERSON groups."""
    if not words:
        return None
    wanted = set(words)
    several = len(words) > 1
    fitting = []
    for g in people:
        known = g.words()
        if wanted <= known or (several and len(known) > 1 and known <= wanted):
            fitting.append(g)
    if not fitting:
        return None
    earlier = [g for g in fitting if g.candidates and g.candidates[0].start < before]
    pool = earlier or fitting
    if len(pool) == 1:
        return pool[0]
    return max(pool, key=lambda g: max((c.start for c in g.candidates if c.start < before), default=-1))


def _dictionary_person(gaz: Gazetteer, key: str) -> Actor | None:
    """The dictionary person a name of two words or more written out in full is, found by a rule rather
    than by the dictionary (the name was read as the end of a longer phrase)."""
    if " " not in key:
        return None
    return next((f.actor for f in gaz.lookup(key) if f.actor.type == "PERSON"), None)


def _company_without_legal_form(gaz: Gazetteer, key: str) -> Actor | None:
    """The dictionary organisation an unknown name is once its legal form is taken off ("PT Kereta Api
    Indonesia" is Kereta Api Indonesia, "Bank Sinar Tbk" is Bank Sinar)."""
    bare = _without_legal_form(key)
    return next((f.actor for f in gaz.lookup(bare) if f.actor.type == "ORG"), None) if bare else None


def _without_legal_form(key: str) -> str | None:
    """A company's name (a match key) without the legal forms before and after it ("pt sln" is "sln"); None when
    it has none, or is nothing else."""
    words = key.split()
    forms = cues().legal_forms
    if len(words) < 2 or not (words[0] in forms or words[-1] in forms):
        return None
    while words and words[0] in forms:
        words = words[1:]
    while words and words[-1] in forms:
        words = words[:-1]
    return " ".join(words) or None


def _person_misspelt(people: list[_Group], word: str) -> _Group | None:
    """The one person of ``people`` a one-word name names with a letter wrong, missing or extra: "Hasanudin"
    after "Mulyadi Hasanuddin", "Sulistyio" after "Bambang Sulistyo", a typo for a name the article spells right
    elsewhere.
    Short names are left alone: "Rini" and "Rina" are different people."""
    if " " in word or len(word) < 5:
        return None
    fitting = [g for g in people if any(len(w) >= 5 and w[0] == word[0] and one_edit_apart(w, word)
                                        for w in g.words())]
    return fitting[0] if len(fitting) == 1 else None


def _misspelt_reach(words: set[str]) -> set[tuple[str, int]]:
    """(first letter, length) of every word ``_person_misspelt`` could take for a misspelling of one of
    ``words``: one that starts with the same letter and is one letter shorter, as long or one longer."""
    return {(w[0], n) for w in words if len(w) >= 5 for n in (len(w) - 1, len(w), len(w) + 1)}


def one_edit_apart(a: str, b: str) -> bool:
    """Whether two different words differ by one letter replaced, removed or added."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    k = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    return a[k + (len(a) == len(b)) :] == b[k + 1 :]


def _without_place(group: _Group, gaz: Gazetteer) -> list[str]:
    """"Partai Republik Amerika Serikat" is also "Partai Republik": the organisation without its country. "Provinsi
    Ca Mau" is also "Ca Mau": a place named without the kind of unit that opens it."""
    if group.type == "LOCATION":
        out = []
        for surface in group.surface:
            words = surface.split()
            for n in (2, 1):
                if len(words) > n and " ".join(words[:n]).lower() in _UNIT_WORDS:
                    out.append(" ".join(words[n:]))
                    break
        return out
    if group.type != "ORG":
        return []
    out = []
    for surface in group.surface:
        words = surface.split()
        for n in range(len(words) - 1, 1, -1):
            tail = " ".join(words[n:])
            if any(f.actor.type in ("COUNTRY", "LOCATION") for f in gaz.lookup(match_key(tail))):
                out.append(" ".join(words[:n]))
                break
    return out


# Kinds of administrative unit that open a place's name ("Provinsi Ca Mau", "Distrik Sinak", "Negara Bagian Sabah").
_UNIT_WORDS = frozenset(["provinsi", "prov.", "kabupaten", "kab.", "kota", "distrik", "kecamatan", "desa", "kelurahan",
                         "negara bagian", "prefektur", "wilayah", "region", "oblast", "gampong", "nagari"])

_start = attrgetter("start")
_actor_of = attrgetter("actor")
_parent_of = attrgetter("parent")
_title_of = attrgetter("title")
_country_of = attrgetter("country")


def _mention_order(mention: Mention) -> tuple[bool, int]:
    """Headline mentions first, then in the order of the text."""
    return mention.field != "title", mention.start


def _entity(article: Article, group: _Group, n: int, gaz: Gazetteer,
            in_title: set[int] | frozenset[int] = frozenset()) -> Entity:
    """The entity of ``group``; ``in_title``: the ``id`` of every candidate in the article's title (if any)."""
    headline = bool(in_title)
    actor = group.actor
    candidates = group.candidates
    # The titles and the country read with the mentions, picked by C functions (filter, map): no Python
    # loop for the many entities with one or two mentions and none.
    read_titles = list(filter(None, map(_title_of, candidates)))
    titles = list(dict.fromkeys(t for title in read_titles for t in title.split(TITLE_SEPARATOR))) \
        if read_titles else []
    text = article.text
    if headline:
        title = article.title or ""
        mentions = [Mention(c.start, c.end, title[c.start : c.end], None, field="title") if id(c) in in_title
                    else Mention(c.start, c.end, text[c.start : c.end], c.sentence) for c in candidates]
    else:
        mentions = [Mention(c.start, c.end, text[c.start : c.end], c.sentence) for c in candidates]
    if len(mentions) > 1:
        # Without headline mentions the order is the text's: the start alone, told by a C function.
        mentions.sort(key=_mention_order if headline else _start)
    # Entity is built with its fields in order (id, type, name, aliases, code, country, sector, lat, lon,
    # source, titles, acts_for, mentions; a test holds the model to it): a dataclass called with keywords
    # gathers them into a dict first, which cost a fifth of this function. Its ``acts_for`` is
    # ``gaz.government_of(actor)``, spelt out (a call less per entity).
    if actor is not None:
        name = actor.name
        # The names once each, in order, but the entity's own: by C functions, no Python loop over the
        # aliases (a country has a dozen).
        # (A dictionary place named with its unit, "wilayah Bago", is also named without it: "Bago".)
        aliases = dict.fromkeys([*group.surface, *group.acronyms, *actor.aliases,
                                 *(_without_place(group, gaz) if group.type == "LOCATION" else ())])
        aliases.pop(name, None)
        code, sector = _held_on_the_day(gaz, actor, article, titles) if actor.roles else (actor.country, actor.sector)
        return Entity(actor.id, group.type, name, list(aliases), code, code, sector, actor.lat,
                      actor.lon, "dictionary", titles, actor.gov_of or gaz.seat_of.get(actor.id), mentions)
    surface_sorted = sorted(group.surface, key=len, reverse=True)
    name = next((c.extra["name"] for c in candidates if "name" in c.extra), None) or surface_sorted[0]
    if name[:1].islower():  # "jalan Merdeka Barat", read after a lower-case head: the name is capitalised
        name = name[0].upper() + name[1:]
    without_unit = _without_place(group, gaz)
    aliases = dict.fromkeys([*surface_sorted, *group.acronyms, *without_unit,
                             *(c.extra["alias"] for c in candidates if "alias" in c.extra)])
    aliases.pop(name, None)
    country = next(filter(None, map(_country_of, candidates)), None)
    if country is None and group.type == "PERSON":
        country = _nationality(text, candidates, gaz)
    if country is None and group.type == "ORG":
        # "Australian Border Force", "Royal Australian Navy": a body named in English with a country's demonym in
        # its name is that country's.
        country = next((f.actor.country for w in name.split()[:3] for f in gaz.lookup(match_key(w))
                        if f.kind == "demonym" and f.actor.type == "COUNTRY" and f.actor.country), None)
    if country is None and group.type == "LOCATION" and without_unit:
        # "Provinsi Riyadh": a unit named by a place the dictionary knows is in that place's country.
        country = next((f.actor.country for n in without_unit for f in gaz.lookup(match_key(n))
                        if f.actor.type in ("LOCATION", "COUNTRY") and f.actor.country), None)
    evidence = next((c.evidence for c in candidates if not c.single), "single")
    sector = _sector_of_words(name if group.type == "ORG" else " ".join(titles)) \
        if group.type in ("ORG", "PERSON") else None
    if group.type == "ORG" and country is None and _indonesian_company(name):
        country, sector = "IDN", sector or "BUS"
    if group.type == "ORG" and evidence == "outlet cited":
        sector = "MED"  # a news outlet cited as a source: it reports, it does not act
    return Entity(f"local-{group.type.lower()}-{n}", group.type, name, list(aliases), country, country, sector, None,
                  None, evidence, titles, None, mentions)


@cache
def _nationality_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The nationality told before a name and after it (id/entities.yaml, nationality_cues, says how)."""
    cues_ = load_yaml("id/entities.yaml")["nationality_cues"]
    country = r"((?:[A-Z][\w'-]*\s+){0,2}[A-Z][\w'-]*)"
    linkers = alternation(cues_["linkers"])
    before = re.compile(rf"\b(?:{alternation(cues_['before'])})\s+{country}\s*,?\s*(?:(?:{linkers})\s+)?$")
    after = re.compile(rf"^(?:\s*\(\d+\))?\s*,?\s*(?:{alternation(cues_['after'])})\s+{country}")
    return before, after


def _nationality(text: str, candidates: list[Candidate], gaz: Gazetteer) -> str | None:
    """The country of a person whose nationality the text tells beside a mention ("warga negara Iran, Reza
    Karimi"), or None. The country is the longest run of the capitalised words read that the dictionary knows as
    a country ("asal Brasil Joao" → Brasil)."""
    before, after = _nationality_patterns()
    for cand in candidates:
        for found in (before.search(text, max(0, cand.start - 60), cand.start),
                      after.match(text[cand.end : cand.end + 60])):
            if found is None:
                continue
            words = found.group(1).split()
            for n in range(len(words), 0, -1):
                code = next((f.actor.country for f in gaz.lookup(match_key(" ".join(words[:n])))
                             if f.actor.type == "COUNTRY" and f.actor.country), None)
                if code:
                    return code
    return None


def dateline_place(article: Article, gaz: Gazetteer) -> Entity | None:
    """The place of the dateline ("MEDAN, KOMPAS.com -", "KONTAN.CO.ID - SEOUL.") as a place of the story, when the
    text does not name it: the reporter writes from there. Its one mention indexes the dateline's text (field
    "dateline"); it stands for no actor in any sentence. None when the text names the place already, or the
    dictionary does not know it as a place."""
    dateline = article.dateline
    if dateline is None or not dateline.place:
        return None
    actor = next((f.actor for f in gaz.lookup(match_key(dateline.place)) if f.actor.type == "LOCATION"), None)
    at = dateline.text.lower().find(dateline.place.lower())
    key = match_key(dateline.place)
    if actor is None or at < 0 or (_home_desk(actor, gaz) and not _opens_at_home(article, gaz)) or any(
            e.id == actor.id or key in map(match_key, (e.name, *e.aliases)) for e in article.entities):
        # (Nor another place the text names by the same name: "BOGOR, KOMPAS.com" over a story on "Kabupaten
        # Bogor".)
        return None
    written = dateline.text[at : at + len(dateline.place)]
    aliases = [a for a in dict.fromkeys([dateline.place, *actor.aliases]) if a != actor.name]
    return Entity(actor.id, "LOCATION", actor.name, aliases, actor.country, actor.country, actor.sector, actor.lat,
                  actor.lon, "dateline", [], gaz.government_of(actor),
                  [Mention(at, at + len(written), written, None, field="dateline")])


def _home_desk(actor: Actor, gaz: Gazetteer) -> bool:
    """The capital of the home country (Jakarta): the desk of the national outlets, whatever the story is about, so
    its dateline says where the story was written, not where it happened (unless :func:`_opens_at_home`)."""
    home = load_yaml("id/grammar.yaml").get("home_country")
    return home is not None and gaz.government_of(actor) == home


def _opens_at_home(article: Article, gaz: Gazetteer) -> bool:
    """The opening sentence names an actor or a place of the home country ("Jakarta, CNN Indonesia -- Badan Reserse
    Kriminal Polri …", "TEMPO.CO, Jakarta - Pemerintah Indonesia mengecam …"): a story of home, which the capital's
    dateline is a place of; a story from abroad written at the desk ("Jakarta - Iran menuding Israel …") is not."""
    home = load_yaml("id/grammar.yaml").get("home_country")
    return home is not None and any((e.code or e.country) == home and any(
        m.sentence == 0 and m.field == "text" for m in e.mentions) for e in article.entities)


def _held_on_the_day(gaz: Gazetteer, actor: Actor, article: Article,
                     titles: list[str]) -> tuple[str | None, str | None]:
    """The country and sector a person of the dictionary acts for on the day the article was published: of the
    roles held that day (still held, for an article with no date), when they are all one country's ("Mark Rutte" in
    2023 is the Dutch prime minister, in 2026 NATO's secretary general); else the entry's own."""
    known = gaz.memo.setdefault("role_keys", {})
    roles = known.get(actor.id)
    if roles is None:
        # (Each role with the keys of its title and title aliases, worked out once per person.)
        roles = known[actor.id] = [(r, tuple(match_key(t) for t in (r.title, *r.title_aliases)))
                                   for r in actor.roles if r.country]
    if not roles:
        return actor.country, actor.sector
    # The title the text gives the person names the role, whatever the day ("Presiden Korea Selatan Lee Jae-myung").
    if titles:
        named = {match_key(t) for t in titles}
        told = [r for r, keys in roles if any(k in named or any(n.startswith(k + " ") for n in named) for k in keys)]
        if told and len({r.country for r in told}) == 1:
            return told[0].country, told[0].sector or actor.sector
    day = _day_of(article.published_date)
    # (An article with no date is taken as news of now: the roles held still, those with no end.)
    held = [r for r, _ in roles if (_held(r, day) if day is not None else r.end is None)]
    if held and len({r.country for r in held}) == 1:
        return held[0].country, held[0].sector or actor.sector
    return actor.country, actor.sector


@lru_cache(maxsize=20_000)  # roles and days come back article after article; a role's dates are read once
def _held(role, day: date) -> bool:
    return role.held_on(day)


@lru_cache(maxsize=256)
def _day_of(published: str | None) -> date | None:
    """The article's publication day ("2026-03-10"), or None when it has none or an unreadable one."""
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


@cache
def _indonesian_forms() -> frozenset[str]:
    return frozenset(match_key(w) for w in load_yaml("id/entities.yaml")["indonesian_legal_forms"])


def _indonesian_company(name: str) -> bool:
    """The name opens or ends with a legal form of Indonesian law ("PT Sinar Bahari", "Bank Sinar Tbk")."""
    words = match_key(name).split()
    forms = _indonesian_forms()
    return len(words) >= 2 and (words[0] in forms or words[-1] in forms)


@cache
def _name_sectors() -> dict[str, str]:
    """Word -> sector, from ``name_sectors`` in data/actors/agents.yaml."""
    return {k.lower(): v for k, v in load_yaml("actors/agents.yaml")["name_sectors"].items()}


def _sector_of_words(text: str) -> str | None:
    """The sector told by the first word of an unknown organisation's name, or of a person's titles, that says one
    ("Kepolisian Resor Bekasi Kota": COP)."""
    if not text:
        return None
    sectors = _name_sectors()
    return next((sectors[w] for w in text.lower().replace("-", " ").split() if w in sectors), None)
