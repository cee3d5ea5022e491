"""The article model: the one contract between pipeline stages.

An :class:`Article` holds an article's metadata and its cleaned body text.
Every annotation a stage adds (paragraphs, sentences, tokens, amounts,
dates, and later entities, quotes and events) is a span with ``start`` and
``end`` character offsets into :attr:`Article.text`, so any later stage, the
database and the web view can point back at the words that justify it.

Stages are plain functions ``Article -> Article``; they add to the lists
below and never rewrite :attr:`Article.text` once the cleaning stage has set
it (offsets would break).

The JSON form (:meth:`Article.to_dict`) is documented by
``schema/article.schema.json`` beside this package; a test validates real
output against it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import Any

SCHEMA_VERSION = "1.0"


@dataclass(slots=True)
class RawDocument:
    """One article as it came in, before cleaning."""

    id: str
    text: str
    format: str = "text"  # "text" or "html"
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    language: str | None = None
    source_name: str | None = None


# The annotations are plain dataclasses, each with its ``__dict__``, not ``slots=True`` ones: orjson encodes
# an object with a ``__dict__`` straight from it, and one without only after failing to find it (an
# AttributeError raised and cleared in C for every object) and asking for its fields one by one, four times
# the cost; an article's record holds some 300 of them. Tokens, made by the hundred per article and never
# encoded in a record, keep their slots (and so are no Span: a slotted subclass of a class with a
# ``__dict__`` would have one all the same).
@dataclass
class Span:
    """A stretch of :attr:`Article.text`, ``text[start:end]``."""

    start: int
    end: int


@dataclass
class Paragraph(Span):
    pass


@dataclass
class Sentence(Span):
    paragraph: int = 0
    # Who reports what the sentence says, from the outlet to the origin (set by the attribution stage).
    source_chain: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Token:
    """A word, number or punctuation mark: ``text[start:end]``, as a Span is."""

    start: int
    end: int
    # "word", "number", "punct", "symbol", "url", "email", "abbrev"
    kind: str = "word"


@dataclass
class Mention(Span):
    text: str = ""
    sentence: int | None = None
    # Offsets index into the body ("text"), for a headline mention into the title ("title"), and for the place of
    # the dateline into the dateline's text ("dateline", see Article.dateline).
    field: str = "text"


@dataclass
class Amount(Span):
    """A number the article states about a countable or measurable thing."""

    text: str = ""
    value: float = 0.0
    # Both bounds of a range ("10-15 orang" gives two amounts, 10 and 15, each with range [10, 15]).
    range: list[float] | None = None
    # The counted thing as the article words it: "peluru", "orang", "rupiah", "persen".
    object: str | None = None
    # Normalised unit: an ISO 4217 currency ("IDR", "USD"), "percent", "km", "t", … or None for counts.
    unit: str | None = None
    # "count", "currency", "percent", "measure", "magnitude", "duration"
    kind: str = "count"
    # "exact", "approx", "more_than", "at_least", "less_than", "at_most", "range"
    qualifier: str = "exact"
    sentence: int | None = None
    # Later statements of the same quantity of the same thing in this article.
    repeats: list[Mention] = field(default_factory=list)


@dataclass
class DateMention(Span):
    """A date the text refers to, resolved against the publication date when possible."""

    text: str = ""
    # ISO 8601 at the stated granularity: "2023-10-26", "2023-10", "2023", "2023-W43"; None if unresolved.
    value: str | None = None
    # For a span of days ("18-19 November"): the last day; ``value`` is the first.
    until: str | None = None
    # "day", "week", "month", "year"
    granularity: str = "day"
    # "absolute" ("26 Oktober 2023"), "partial" ("Senin (23/10)", year inferred), "relative" ("kemarin")
    kind: str = "absolute"
    resolved: bool = False
    # For relative dates: the offset from the anchor, e.g. {"days": -1} or {"weekday": 0, "direction": -1}.
    offset: dict[str, int] | None = None
    sentence: int | None = None


@dataclass
class Entity:
    """A person, organisation, country or place, with every mention in the body."""

    id: str
    type: str  # PERSON, ORG, COUNTRY, LOCATION
    name: str
    aliases: list[str] = field(default_factory=list)
    code: str | None = None  # ISO3 country code, or "IGO:<name>" for intergovernmental bodies
    country: str | None = None
    sector: str | None = None
    lat: float | None = None
    lon: float | None = None
    source: str = "dictionary"  # how it was recognised: "dictionary", "organisation word", "title", "model", …
    # Roles read before the name in this article ("Menteri Luar Negeri").
    titles: list[str] = field(default_factory=list)
    # For a capital or seat of power used as an actor (Pyongyang, Kremlin): the government it stands for.
    acts_for: str | None = None
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Quote(Span):
    """Speech in the article: a direct quotation (the span includes its marks) or indirect speech."""

    text: str = ""
    # The speaker as an entity of the article (name and id), or only as written when no entity fits.
    speaker: str | None = None
    speaker_id: str | None = None
    # When the article names nobody: "seorang pejabat yang enggan disebut namanya".
    speaker_description: str | None = None
    direct: bool = True
    # "quote", "continued" (a quote paragraph following the same speaker's), "term" (a phrase in scare
    # quotes nobody is said to speak), "indirect" ("X mengatakan bahwa …", "menurut X, …").
    kind: str = "quote"
    # Who reports whom, from the outlet to the origin: ["KONTAN", "The Telegraph", "Badan Intelijen Nasional"].
    source_chain: list[str] = field(default_factory=list)
    sentence: int | None = None


@dataclass
class EventActor:
    """One side of an event: the entity and the code it is coded with."""

    code: str | None  # ISO3 country code, "IGO:<name>", or None when the text gives no country
    name: str
    entity_id: str | None = None
    type: str | None = None  # the entity's type: PERSON, ORG, COUNTRY, LOCATION
    sector: str | None = None
    # How the code was found: "country", "dictionary", "title", "apposition", "seat of power", …
    resolved_by: str = ""


@dataclass
class Event(Span):
    """Who did what to whom, with the evidence: ``start``/``end`` is the sentence that says it."""

    type: str = ""  # PLOVER event type
    mode: str | None = None
    cameo: str = ""
    goldstein: float = 0.0
    quad: int = 0
    source: EventActor | None = None
    target: EventActor | None = None
    modality: str = "asserted"  # "asserted", "alleged", "denied", "planned"
    modality_cue: str | None = None
    negated: bool = False
    conditional: bool = False
    date: str | None = None
    place: str | None = None
    quantity: dict[str, Any] | None = None
    source_chain: list[str] = field(default_factory=list)
    trigger: Mention | None = None
    sentence: int | None = None
    rule: str = ""  # id of the lexicon entry that fired
    voice: str = "active"
    confidence: float = 0.0
    explanation: list[str] = field(default_factory=list)
    # The same event told again elsewhere in the article.
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class RelatedLink:
    """A "Baca Juga:" style pointer to another story: kept as metadata, cut from the body."""

    title: str
    url: str | None = None
    label: str = "Baca Juga"


@dataclass
class Boilerplate:
    """A piece of the raw text that the cleaner removed, and why."""

    kind: str
    text: str


@dataclass
class Dateline:
    """The place and outlet marker that open an Indonesian news story ("JAKARTA, KOMPAS.com -")."""

    text: str
    place: str | None = None
    outlet: str | None = None


@dataclass
class Problem:
    """Something a stage could not do for this article; the article is still usable."""

    stage: str
    message: str


@dataclass(slots=True)
class Article:
    id: str
    text: str = ""
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    # As given by the source (ISO 8601 date or date-time), and the date part we resolve against.
    published: str | None = None
    published_date: str | None = None
    dateline: Dateline | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    related: list[RelatedLink] = field(default_factory=list)
    syndicated_from: str | None = None
    language: str | None = None
    language_confidence: float | None = None
    # Where the text came from: "text", "html", "json".
    source_format: str = "text"
    source_name: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def span_text(self, span: Span | Token) -> str:
        return self.text[span.start : span.end]

    def sentence_index(self, offset: int) -> int | None:
        """Index of the sentence holding character ``offset`` (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return mid
        return None

    def to_dict(self, *, tokens: bool = False) -> dict[str, Any]:
        """The JSON record: the product's own fields, which include those ``score.py`` reads."""
        out: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        for name in _field_names(Article):
            if name == "tokens" and not tokens:
                continue
            value = getattr(self, name)
            if isinstance(value, list):
                out[name] = [as_plain(v) if hasattr(v, "__dataclass_fields__") else v for v in value]
            elif hasattr(value, "__dataclass_fields__"):
                out[name] = as_plain(value)
            else:
                out[name] = value
        for sentence, record in zip(self.sentences, out["sentences"], strict=True):
            record["text"] = self.text[sentence.start : sentence.end]
        return out


_ATOMS = frozenset({str, int, float, bool, type(None)})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


def as_plain(value: Any) -> Any:
    """What :func:`dataclasses.asdict` makes of ``value`` (dicts, lists and copies all the way down), without
    its cost: strings, numbers, booleans and None are returned as they are, not deep-copied, since they
    cannot change, and a dataclass's field names are looked up once per class."""
    kind = type(value)
    if kind in _ATOMS:
        return value
    if kind is list:
        return [as_plain(v) for v in value]
    if hasattr(kind, "__dataclass_fields__") and not isinstance(value, type):
        return {name: as_plain(getattr(value, name)) for name in _field_names(kind)}
    if kind is dict:
        return {as_plain(k): as_plain(v) for k, v in value.items()}
    return asdict(value) if is_dataclass(value) else _asdict_other(value)


def _asdict_other(value: Any) -> Any:
    """Anything else as ``asdict`` treats it inside a dataclass (tuples, subclasses of list and dict, other
    objects deep-copied)."""
    return asdict(_Holder(value))["value"]


@dataclass(slots=True)
class _Holder:
    value: Any
