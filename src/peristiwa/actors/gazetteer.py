"""The actor dictionary: countries, organisations, people and places from data files.

Sources, all under ``data/`` (see ``data/actors/README-gazetteers.md``):

* ``actors/countries.yaml``: ISO3 code, Indonesian and English names, short
  forms (AS, Korut, RRT), media nicknames (Negeri Paman Sam), demonyms, capital
  and seats of power (Kremlin, Gedung Putih, Pentagon|MIL);
* ``actors/organizations.yaml``: organisations with country (or ``IGO:`` code),
  sector, parent and, for seats of power, the government they stand for; an
  international organisation may name the places that stand for it (``seats``);
* ``actors/people-*.yaml``: people with their roles and the dates each was held;
* ``places/places.tsv``: places with type, country and coordinates.

A user's own file (same YAML schema, ``type`` on every entry) is merged on top
with :func:`load_gazetteer`; a malformed entry is refused with the file name,
the entry's position and what is wrong.

Matching keys fold case, hyphens, dots and apostrophes ("Kim Jong-un" = "Kim
Jong Un", "D.C." = "DC"). Case still matters in two places: an alias written
all in capitals (AS, RI, PBB, NIS) matches only the same capitals, so the
English "as" or an "Ri" never becomes the United States; and every other alias
must start with a capital in the text.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from peristiwa.langdata import DataFileError, data_path, read_yaml_file

ENTITY_TYPES = ("PERSON", "ORG", "COUNTRY", "LOCATION")
SECTORS = frozenset("GOV MIL COP JUD LEG IGO MED BUS PTY OPP REB CVL SPY EDU ELI".split())
_FOLD = re.compile(r"[\-\u2010-\u2015_/]")
_DROP = re.compile(r"[.'’`,]")
_CODE = re.compile(r"^(?:[A-Z]{3}|IGO:[A-Z0-9]+)$")


@lru_cache(maxsize=200_000)
def match_key(text: str) -> str:
    """The folded form under which names are indexed and looked up (cached: words repeat across articles)."""
    return " ".join(_DROP.sub("", _FOLD.sub(" ", text)).lower().split())


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    title_aliases: tuple[str, ...]
    country: str | None
    sector: str | None
    start: str | None
    end: str | None

    def held_on(self, day: date) -> bool:
        start = _as_date(self.start, first=True)
        end = _as_date(self.end, first=False)
        return (start is None or start <= day) and (end is None or day <= end)


def _as_date(value: Any, first: bool) -> date | None:
    if value in (None, "", "null"):
        return None
    if isinstance(value, date):
        return value
    text = str(value)
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1) if first else date(parts[0], 12, 31)
    if len(parts) == 2:
        if first:
            return date(parts[0], parts[1], 1)
        nxt = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1)
    return date(parts[0], parts[1], parts[2])


@dataclass(frozen=True, slots=True)
class Actor:
    """One dictionary entry."""

    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None  # ISO3, or "IGO:…" for intergovernmental bodies
    sector: str | None = None
    lat: float | None = None
    lon: float | None = None
    place_type: str | None = None
    gov_of: str | None = None  # a seat of power or capital standing for this government
    parent: str | None = None
    # An IGO body that acts under its own code, not its parent's: a specialised agency (IAEA, WHO) or the ICJ,
    # where the Security Council or the Secretariat act as the UN.
    acts_as_itself: bool = False
    roles: tuple[Role, ...] = ()
    source: str = ""

    @property
    def code(self) -> str | None:
        if self.type == "COUNTRY":
            return self.country
        return self.country


@dataclass(frozen=True, slots=True)
class Form:
    """A surface form of an actor: the alias as written and how it names the actor."""

    actor: Actor
    text: str
    kind: str  # "name", "alias", "nickname", "demonym", "seat", "capital"
    exact_case: bool


@dataclass
class Gazetteer:
    actors: dict[str, Actor] = field(default_factory=dict)
    index: dict[str, list[Form]] = field(default_factory=dict)
    # Longest alias (in words) starting with each first word: bounds the look-ups per token.
    max_words: dict[str, int] = field(default_factory=dict)
    # Every key in the index and each of its leading runs of words ("dewan", "dewan keamanan", …): a
    # look-up growing word by word can stop as soon as its key is none of them.
    prefixes: set[str] = field(default_factory=set)
    roles: dict[str, list[tuple[Actor, Role]]] = field(default_factory=dict)
    # Places and organisations that stand for a government (capitals, seats of power): actor id -> ISO3.
    seat_of: dict[str, str] = field(default_factory=dict)
    # Places an international organisation's entry names as its seats (``seats``), with its code, until the places
    # are loaded: "Brussel" stands for the EU, not for Belgium, whose capital it also is.
    organisation_seats: list[tuple[str, str]] = field(default_factory=list)
    # What the stages work out from the entries once and keep for article after article (the body and region a
    # name gives, a person's role keys, the body an IGO code stands for), one dict per kind; emptied whenever an
    # entry or a name is added, so that nothing kept outlives what it was worked out from.
    memo: dict[str, dict] = field(default_factory=dict, repr=False, compare=False)

    def government_of(self, actor: Actor) -> str | None:
        return actor.gov_of or self.seat_of.get(actor.id)

    def add(self, actor: Actor, forms: list[tuple[str, str]]) -> None:
        if actor.id in self.actors and self.actors[actor.id] != actor:
            raise DataFileError(f"{actor.source}: duplicate actor id {actor.id!r}")
        self.actors[actor.id] = actor
        self.memo.clear()
        for text, kind in forms:
            self.add_form(actor, text, kind)
        for role in actor.roles:
            for title in (role.title, *role.title_aliases):
                self.roles.setdefault(match_key(title), []).append((actor, role))

    def add_form(self, actor: Actor, text: str, kind: str) -> None:
        text = str(text).strip()
        key = match_key(text)
        if not key:
            return
        letters = re.sub(r"[^A-Za-z]", "", text)
        exact = len(letters) >= 2 and letters.isupper() and len(text) <= 8
        forms = self.index.setdefault(key, [])
        if any(f.actor.id == actor.id for f in forms):
            return
        forms.append(Form(actor, text, kind, exact))
        self.memo.clear()
        first, n = key.split(" ", 1)[0], key.count(" ") + 1
        if n > self.max_words.get(first, 0):
            self.max_words[first] = n
        words = key.split(" ")
        self.prefixes.update(" ".join(words[:k]) for k in range(1, len(words) + 1))

    def lookup(self, key: str) -> list[Form]:
        return self.index.get(key, [])

    def holders(self, title: str, country: str | None, on: date | None) -> list[Actor]:
        """People who held ``title`` (for ``country``) on the day ``on``."""
        out = []
        for actor, role in self.roles.get(match_key(title), []):
            if country and role.country and role.country != country:
                continue
            if on is None or role.held_on(on):
                out.append(actor)
        return out


def _require(entry: Any, keys: tuple[str, ...], where: str) -> dict:
    if not isinstance(entry, dict):
        raise DataFileError(f"{where}: an entry must be a mapping, got {type(entry).__name__}")
    missing = [k for k in keys if k not in entry or entry[k] in (None, "")]
    if missing:
        raise DataFileError(f"{where}: missing {', '.join(missing)}")
    return entry


def _aliases(entry: dict, key: str, where: str) -> list[str]:
    value = entry.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str | int | float) for v in value):
        raise DataFileError(f"{where}: '{key}' must be a list of names")
    return [str(v) for v in value]


def _check_code(code: Any, where: str) -> str | None:
    if code in (None, ""):
        return None
    if not isinstance(code, str) or not _CODE.match(code):
        raise DataFileError(f"{where}: country {code!r} is neither an ISO 3166-1 alpha-3 code nor IGO:<NAME>")
    return code


def _check_sector(sector: Any, where: str) -> str | None:
    if sector in (None, ""):
        return None
    if sector not in SECTORS:
        raise DataFileError(f"{where}: sector {sector!r} is not one of {', '.join(sorted(SECTORS))}")
    return str(sector)


def _roles(entry: dict, where: str) -> tuple[Role, ...]:
    roles = []
    for n, r in enumerate(entry.get("roles") or [], 1):
        here = f"{where}, role {n}"
        _require(r, ("title",), here)
        role = Role(
            title=str(r["title"]),
            title_aliases=tuple(_aliases(r, "title_aliases", here)),
            country=_check_code(r.get("country"), here),
            sector=_check_sector(r.get("sector"), here),
            start=None if r.get("start") is None else str(r.get("start")),
            end=None if r.get("end") is None else str(r.get("end")),
        )
        try:
            start, end = _as_date(role.start, True), _as_date(role.end, False)
        except (TypeError, ValueError) as exc:
            raise DataFileError(f"{here}: dates must be YYYY, YYYY-MM or YYYY-MM-DD ({exc})") from exc
        if start and end and start > end:
            raise DataFileError(f"{here}: starts ({role.start}) after it ends ({role.end})")
        roles.append(role)
    return tuple(roles)


def _split_seat(seat: str) -> tuple[str, str]:
    name, _, sector = seat.partition("|")
    return name.strip(), (sector.strip() or "GOV")


def add_entries(gaz: Gazetteer, entries: Any, source: str) -> None:
    """Add a list of YAML entries (organisations, people or places with a ``type``) to ``gaz``."""
    if not isinstance(entries, list):
        raise DataFileError(f"{source}: the file must hold a YAML list of entries")
    for n, entry in enumerate(entries, 1):
        where = f"{source}: entry {n}"
        if isinstance(entry, dict) and entry.get("id"):
            where += f" ({entry['id']})"
        if isinstance(entry, dict) and "code" in entry and "type" not in entry:
            _add_country(gaz, entry, where, source)
            continue
        _require(entry, ("id", "type", "name"), where)
        kind = str(entry["type"]).upper()
        if kind not in ENTITY_TYPES:
            raise DataFileError(f"{where}: type {entry['type']!r} is not one of {', '.join(ENTITY_TYPES)}")
        if kind == "COUNTRY":
            _add_country(gaz, dict(entry, code=entry.get("code") or entry.get("country")), where, source)
            continue
        aliases = _aliases(entry, "aliases", where)
        actor = Actor(
            id=str(entry["id"]),
            type=kind,
            name=str(entry["name"]),
            aliases=tuple(aliases),
            country=_check_code(entry.get("country"), where),
            sector=_check_sector(entry.get("sector"), where),
            lat=_float(entry.get("lat"), where),
            lon=_float(entry.get("lon"), where),
            place_type=entry.get("place_type"),
            gov_of=_check_code(entry.get("gov_of"), where),
            parent=entry.get("parent"),
            acts_as_itself=bool(entry.get("acts_as_itself", False)),
            roles=_roles(entry, where),
            source=source,
        )
        gaz.add(actor, [(actor.name, "name")] + [(a, "alias") for a in aliases])
        if actor.country:
            gaz.organisation_seats += [(seat, actor.country) for seat in _aliases(entry, "seats", where)]


def _place_organisation_seats(gaz: Gazetteer) -> None:
    """The places named as an organisation's seats stand for that organisation from now on (before the countries
    load, whose capitals then keep a place already taken: Brussel is the EU's, not Belgium's)."""
    for name, code in gaz.organisation_seats:
        for form in gaz.lookup(match_key(name)):
            if form.actor.type == "LOCATION":
                gaz.seat_of[form.actor.id] = code
    gaz.organisation_seats.clear()


def _float(value: Any, where: str) -> float | None:
    if value in (None, ""):
        return None
    try:
        return float(value)
    except (TypeError, ValueError) as exc:
        raise DataFileError(f"{where}: {value!r} is not a number") from exc


def _add_country(gaz: Gazetteer, entry: dict, where: str, source: str) -> None:
    _require(entry, ("code", "name"), where)
    code = _check_code(entry["code"], where)
    actor = Actor(id=f"country-{str(code).lower()}", type="COUNTRY", name=str(entry["name"]),
                  aliases=tuple(_aliases(entry, "aliases", where)), country=code, sector="GOV",
                  lat=_float(entry.get("lat"), where), lon=_float(entry.get("lon"), where), source=source)
    forms = [(actor.name, "name")] + [(a, "alias") for a in actor.aliases]
    forms += [(a, "nickname") for a in _aliases(entry, "nicknames", where)]
    forms += [(a, "demonym") for a in _aliases(entry, "demonyms", where)]
    gaz.add(actor, forms)
    # Seats of power stand for the government: an existing place or organisation of that country is
    # marked as such; a seat known nowhere else ("Istana", "Senayan|LEG") becomes a government actor.
    for seat in _aliases(entry, "seats", where) + ([str(entry["capital"])] if entry.get("capital") else []):
        name, sector = _split_seat(seat)
        known = [f.actor for f in gaz.lookup(match_key(name))
                 if f.actor.type in ("LOCATION", "ORG") and f.actor.country == code]
        for actor_ in known:
            gaz.seat_of.setdefault(actor_.id, str(code))
        if not known and not gaz.lookup(match_key(name)):
            gaz.add(Actor(id=f"seat-{str(code).lower()}-{match_key(name).replace(' ', '-')}", type="ORG",
                          name=name, country=code, sector=sector, gov_of=code, source=source), [(name, "seat")])


def _load_places(gaz: Gazetteer, path: Path) -> None:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        for lineno, row in enumerate(reader, 2):
            where = f"{path}: line {lineno}"
            if not row.get("id") or not row.get("name"):
                raise DataFileError(f"{where}: id and name are required")
            aliases = [a for a in (row.get("aliases") or "").split("|") if a.strip()]
            actor = Actor(
                id=f"place-{row['id']}", type="LOCATION", name=row["name"], aliases=tuple(aliases),
                country=_check_code(row.get("country") or None, where), lat=_float(row.get("lat"), where),
                lon=_float(row.get("lon"), where), place_type=row.get("type") or None, source=str(path),
            )
            gaz.add(actor, [(actor.name, "name")] + [(a, "alias") for a in aliases])


def _people_files() -> list[Path]:
    return sorted(data_path("actors").glob("people-*.yaml"))


def load_gazetteer(extra: list[str | Path] | tuple = ()) -> Gazetteer:
    """The default dictionary, with the user's files (``--actors mine.yaml``) merged on top.

    Organisations and places load before countries, so that a country's seats
    and capital can point at the organisation or place of that name.
    """
    gaz = Gazetteer()
    path = data_path("actors/organizations.yaml")
    add_entries(gaz, read_yaml_file(path), str(path))
    for path in _people_files():
        add_entries(gaz, read_yaml_file(path), str(path))
    _load_places(gaz, data_path("places/places.tsv"))
    _place_organisation_seats(gaz)
    path = data_path("actors/countries.yaml")
    add_entries(gaz, read_yaml_file(path), str(path))
    for item in extra:
        path = Path(item)
        if not path.exists():
            raise DataFileError(f"{path}: actor dictionary not found")
        add_entries(gaz, read_yaml_file(path), str(path))
        _place_organisation_seats(gaz)
    return gaz


@cache
def default_gazetteer() -> Gazetteer:
    return load_gazetteer()
