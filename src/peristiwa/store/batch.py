"""Writing articles in batches: every row of a batch of articles with one executemany per table.

Two steps, so that a bad article costs only itself:

1. :func:`prepare` (no database): the record checked and turned into the values of its rows (annotations
   included), its content hash and its MinHash signature. A record that cannot be turned into rows fails
   here, alone, before anything is written.
2. :func:`write_articles` (inside the caller's transaction): which articles are stored already (one
   query), which stored or earlier articles they copy (one query for the LSH bands of the whole batch,
   one for the candidates' signatures), then the rows, one executemany per table.

Primary keys are handed out before the rows are written (:class:`_Ids`), so that child rows can name
their parents without reading anything back: on SQLite the next free ones after ``max(id)`` (what SQLite
itself would choose, under the write lock that ``BEGIN IMMEDIATE`` took), on PostgreSQL from the
column's sequence. The articles are numbered in input order, exactly as writing them one by one would
number them, and the near-duplicate clusters come out the same as well: each article is compared with
the stored ones and with those before it in the batch.

Rows go to the driver as tuples through ``exec_driver_sql`` (still bound parameters, the SQL made from
the Core tables): building a dict per row and letting SQLAlchemy compile each one cost more than the
database's own work. The values that need converting for a back end (dates and times on SQLite) are
converted by the column type's own SQLAlchemy bind processor, JSON by :func:`json_text`, the serializer
the engines are made with (so the stored text is the same as through Core).

Locks: on PostgreSQL the articles of a batch are inserted in content-hash order and the updates of stored
rows go in key order, so two writers storing overlapping batches wait for each other instead of
deadlocking; the one that waited then finds the content stored (see ``Store.add_articles``). On SQLite,
whose one writer holds the lock, the articles go in id order, the order the full-text index wants
(``_article_order``).
"""

from __future__ import annotations

import json
import operator
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Dialect

from peristiwa import dedup
from peristiwa.model import Article, as_plain
from peristiwa.serialize import RECORD_FIELDS, article_json
from peristiwa.store import happenings
from peristiwa.store.schema import (
    amounts,
    article_minhash,
    articles,
    duplicate_clusters,
    entities,
    event_mentions,
    events,
    mentions,
    minhash_bands,
    quotes,
    source_chains,
)

if TYPE_CHECKING:
    from peristiwa.dedup import HashValues

# How many values one IN (…) list holds at most (SQLite allows 32,766 bound parameters, PostgreSQL 65,535).
IN_CHUNK = 1000
# Bound parameters one SQLite statement may have (its default limit since 3.32; the trigram tokenizer that
# the store's full-text index needs came in 3.34).
SQLITE_MAX_PARAMETERS = 32766

# Columns of the rows written, in the order of the tuples below. The leading ones are known only when
# the batch is written (keys, cluster); the rest come from the record (see prepare).
ARTICLE_COLUMNS = ("id", "cluster_id", "story_id", "origin", "run_id", "added", "content_hash", "doc_id", "url",
                   "outlet", "title", "published", "published_date", "language", "text", "record")
# Where the text sits in PreparedArticle.row (ARTICLE_COLUMNS from "content_hash" on).
ARTICLE_TEXT = ARTICLE_COLUMNS.index("text") - ARTICLE_COLUMNS.index("content_hash")
ENTITY_COLUMNS = ("id", "article_id", "seq", "entity_key", "type", "name", "code", "country", "sector", "lat",
                  "lon", "source", "titles", "acts_for")
MENTION_COLUMNS = ("entity_id", "article_id", "start", "end", "text", "sentence", "field")
EVENT_COLUMNS = ("id", "article_id", "story_id", "origin", "seq", "type", "mode", "cameo", "goldstein", "quad",
                 "source_actor", "source_code", "source_name", "source_entity", "target_actor", "target_code",
                 "target_name", "target_entity", "modality", "negated", "conditional", "date", "day", "place",
                 "start", "end", "trigger", "rule", "confidence", "repeats", "record")
EVENT_MENTION_COLUMNS = ("event_id", "article_id", "start", "end", "text", "sentence")
QUOTE_COLUMNS = ("id", "article_id", "seq", "start", "end", "text", "speaker", "speaker_id", "speaker_description",
                 "direct", "kind", "sentence")
AMOUNT_COLUMNS = ("article_id", "start", "end", "text", "value", "range_low", "range_high", "object", "unit",
                  "kind", "qualifier", "sentence")
CHAIN_COLUMNS = ("article_id", "quote_id", "event_id", "position", "name")
MINHASH_COLUMNS = ("article_id", "signature")
BAND_COLUMNS = ("band", "key", "article_id")
CLUSTER_COLUMNS = ("id", "representative_id", "size", "created")


# The standard library's encoder with the store's options, made once (json.dumps with options makes a new
# one per call): the fallback for what orjson refuses.
_encode_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def json_text(value: Any) -> str:
    """JSON as the store keeps it (the engines' serializer): compact, non-ASCII characters as they are.

    orjson writes it: the same characters as the standard library's ``json`` with these options (a test
    checks on the samples), ten times faster, and it writes dataclasses (an :class:`Article`'s parts) as
    their fields without a dict made first. What orjson refuses (an integer beyond 64 bits, a key that is not
    a string, a lone surrogate) goes through ``json`` instead, which keeps the old behaviour for it."""
    try:
        return orjson.dumps(value).decode()
    except TypeError:  # orjson.JSONEncodeError is a TypeError
        return _encode_json(value)


def record_of(article: Article | dict[str, Any]) -> dict[str, Any]:
    """The JSON record (``Article.to_dict()``) of an article or of a record, tokens left out."""
    record = article.to_dict() if isinstance(article, Article) else dict(article)
    _check_record(record)
    return record


def stored_record(record: dict[str, Any]) -> dict[str, Any]:
    """What ``articles.record`` keeps of a record: all of it but what is stored elsewhere and put back by
    :func:`restored_record` exactly, so that an article of 24 KB of JSON costs a fifth less to write and keep:

    * ``text``: the column ``articles.text``;
    * ``events``: a row of ``events`` each, whose ``record`` column holds the event's JSON;
    * each sentence's ``text``, which is the article's text between the sentence's offsets (a sentence
      whose ``text`` is anything else keeps it)."""
    kept = {key: value for key, value in record.items() if key != "text" and key != "events"}
    text, sentences = record["text"], record.get("sentences")
    if sentences:
        kept["sentences"] = [_without_text(s) if _is_slice(s, text) else s for s in sentences]
    return kept


def _is_slice(sentence: Any, text: str) -> bool:
    if not isinstance(sentence, dict) or "text" not in sentence:
        return False
    start, end = sentence.get("start"), sentence.get("end")
    return type(start) is int and type(end) is int and text[start:end] == sentence["text"]


def _without_text(sentence: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in sentence.items() if key != "text"}


def restored_record(kept: dict[str, Any], text: str, events: list[dict[str, Any]]) -> dict[str, Any]:
    """The record as extracted, from ``articles.record`` (``kept``), ``articles.text`` and the ``record`` of
    the article's events in ``seq`` order; a record that still holds its events (one stored before they were
    left out) keeps its own, and ``events`` need not be read for it (:func:`needs_events`). Fields in
    ``Article.to_dict``'s order."""
    record = dict(kept)
    record["text"] = text
    record.setdefault("events", events)
    sentences = record.get("sentences")
    if sentences:
        record["sentences"] = [s if not isinstance(s, dict) or "text" in s else s | {"text": text[s["start"]:s["end"]]}
                               for s in sentences]
    ordered = {name: record.pop(name) for name in RECORD_FIELDS if name in record}
    return ordered | record


def needs_events(kept: dict[str, Any]) -> bool:
    """Whether a stored record's events are to be read from the ``events`` table (see :func:`stored_record`)."""
    return "events" not in kept


def _check_record(record: dict[str, Any]) -> None:
    record.pop("tokens", None)
    if not isinstance(record.get("text"), str) or not record.get("id"):
        raise ValueError("an article record needs an 'id' and a 'text'")


def content_hash(text: str, url: str | None) -> str:
    """The identity of an article: SHA-256 of its URL and its cleaned text."""
    import hashlib

    h = hashlib.sha256()
    h.update((url or "").encode("utf-8"))
    h.update(b"\x00")
    h.update(text.encode("utf-8"))
    return h.hexdigest()


def iso_day(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def origin_of(record: dict[str, Any]) -> str:
    """The outlet behind an article, for counting sources: outlet, else dateline outlet, else the URL's host."""
    outlet = record.get("outlet") or (record.get("dateline") or {}).get("outlet")
    if not outlet and record.get("url"):
        outlet = urlsplit(record["url"]).hostname
    return (outlet or f"article:{record['id']}").strip().lower()


@dataclass(slots=True)
class _EventRows:
    """One event's row (without id, article, story and origin) and the rows that point at it."""

    row: tuple
    mentions: list[tuple]
    chain: list[str]


@dataclass(slots=True)
class PreparedArticle:
    """An article turned into the values of its rows, ready to be written (see :func:`prepare`)."""

    doc_id: str
    digest: str
    origin: str
    hash_values: HashValues | None
    band_keys: list[tuple[int, int]]
    # the words of its title and text (:func:`peristiwa.dedup.words`), for the search terms (SQLite)
    terms: list[str]
    # the articles row from content_hash on (ARTICLE_COLUMNS[6:])
    row: tuple
    # each entity's row from seq on (ENTITY_COLUMNS[2:]) with its mentions' rows from start on
    entities: list[tuple[tuple, list[tuple]]] = field(default_factory=list)
    events: list[_EventRows] = field(default_factory=list)
    # each quote's row from seq on (QUOTE_COLUMNS[2:]) with its source chain
    quotes: list[tuple[tuple, list[str]]] = field(default_factory=list)
    amounts: list[tuple] = field(default_factory=list)  # AMOUNT_COLUMNS[1:]
    source: str = ""  # the input it came from, for failures


def prepare(article: Article | dict[str, Any], source: str = "") -> PreparedArticle:
    """The rows of an article (an :class:`Article` or its JSON record), computed without the database.

    Raises ``ValueError`` for a record without id or text, and ``KeyError``/``TypeError``/… for annotations
    that lack what their rows need (an entity without a name, say): the caller records the article as
    failed and goes on with the others.

    An :class:`Article`'s rows are read from its own objects and its record text encoded from them
    (:func:`peristiwa.serialize.article_json`); a record's from its dicts. Both give the same rows (a test
    checks)."""
    if isinstance(article, Article):
        annotations, read = article, _FROM_ARTICLE
        fields = {name: getattr(article, name) for name in ("id", "text", "url", "outlet", "title", "published",
                                                            "published_date", "language")}
        fields["dateline"] = as_plain(article.dateline) if article.dateline is not None else None
        _check_record(fields)
        record_text = article_json(article, text=False, events=False, sentence_text=False)
    else:
        annotations = fields = record_of(article)
        read = _FROM_RECORD
        record_text = json_text(stored_record(fields))
    text: str = fields["text"]
    url = fields.get("url")
    digest = content_hash(text, url)
    text_words = dedup.words(text)
    values = dedup.hash_values(text, text_words)
    title = fields.get("title")
    published = iso_day(fields.get("published_date"))
    doc_id = str(fields["id"])
    prepared = PreparedArticle(
        source=source or doc_id, doc_id=doc_id, digest=digest, origin=origin_of(fields), hash_values=values,
        band_keys=dedup.band_keys(values) if values is not None else [],
        terms=text_words + dedup.words(title) if isinstance(title, str) else text_words,
        row=(digest, doc_id, url, fields.get("outlet"), title, fields.get("published"),
             published, fields.get("language"), text, record_text))
    _annotation_rows(prepared, annotations, read, published)
    return prepared


@dataclass(frozen=True, slots=True)
class _Reader:
    """How :func:`prepare` reads annotations: ``need`` a value that must be there (a record's dict raises
    KeyError without it), ``get`` one that may be missing (None then). An Article's dataclasses have every
    field, so plain ``getattr`` serves for both."""

    need: Callable[[Any, str], Any]
    get: Callable[[Any, str], Any]


_FROM_RECORD = _Reader(dict.__getitem__, dict.get)
_FROM_ARTICLE = _Reader(getattr, getattr)


def _annotation_rows(prepared: PreparedArticle, annotations: Any, read: _Reader, published: date | None) -> None:
    """The rows of the entities, events, quotes and amounts of ``annotations`` (an Article or its record)."""
    need, get = read.need, read.get
    for n, e in enumerate(get(annotations, "entities") or []):
        titles = get(e, "titles")
        prepared.entities.append((
            (n, str(get(e, "id") or need(e, "name")), need(e, "type"), need(e, "name"), get(e, "code"),
             get(e, "country"), get(e, "sector"), get(e, "lat"), get(e, "lon"), get(e, "source"),
             json_text(titles) if titles else "[]", get(e, "acts_for")),
            [(need(m, "start"), need(m, "end"), get(m, "text") or "", get(m, "sentence"), get(m, "field") or "text")
             for m in get(e, "mentions") or []]))
    for n, e in enumerate(get(annotations, "events") or []):
        told = get(e, "mentions") or []
        trigger, day = get(e, "trigger"), get(e, "date")
        prepared.events.append(_EventRows(
            (n, need(e, "type"), get(e, "mode"), get(e, "cameo"), get(e, "goldstein"), get(e, "quad"),
             *_actor_columns(get(e, "source"), get), *_actor_columns(get(e, "target"), get),
             get(e, "modality") or "asserted", bool(get(e, "negated")), bool(get(e, "conditional")), day,
             iso_day(day) or published, get(e, "place"), get(e, "start") or 0, get(e, "end") or 0,
             get(trigger, "text") if trigger else None, get(e, "rule"), get(e, "confidence"), len(told),
             json_text(e)),
            [(need(m, "start"), need(m, "end"), get(m, "text") or "", get(m, "sentence")) for m in told],
            list(get(e, "source_chain") or [])))
    for n, q in enumerate(get(annotations, "quotes") or []):
        direct = get(q, "direct")
        prepared.quotes.append((
            (n, get(q, "start") or 0, get(q, "end") or 0, need(q, "text"), get(q, "speaker"), get(q, "speaker_id"),
             get(q, "speaker_description"), True if direct is None else bool(direct), get(q, "kind") or "quote",
             get(q, "sentence")),
            list(get(q, "source_chain") or [])))
    for a in get(annotations, "amounts") or []:
        low, high = (get(a, "range") or [None, None])[:2]
        prepared.amounts.append((need(a, "start"), need(a, "end"), get(a, "text") or "", need(a, "value"), low, high,
                                 get(a, "object"), get(a, "unit"), get(a, "kind") or "count",
                                 get(a, "qualifier") or "exact", get(a, "sentence")))


def _actor_columns(actor: Any, get: Callable[[Any, str], Any]) -> tuple:
    """An event actor's columns: the key events are grouped by (its code, else "~" and its lower-cased name), code,
    name, entity id."""
    if not actor:
        return None, None, None, None
    code, name = get(actor, "code"), get(actor, "name")
    key = code or ("~" + name.strip().lower() if name else None)
    return key, code, name, get(actor, "entity_id")


@dataclass(frozen=True, slots=True)
class AddResult:
    """What storing an article did: ``status`` is "stored", "duplicate" (stored and linked to the story it
    copies) or "exists" (the same content was already stored; nothing written)."""

    status: str
    article_id: int
    cluster_id: int | None = None
    duplicate_of: int | None = None
    similarity: float | None = None


@dataclass(frozen=True, slots=True)
class Refused:
    """An article the database would not store (a NUL character in PostgreSQL text, a number out of range):
    what :meth:`Store.add_articles` gives for it instead of raising, the others being stored."""

    error: Exception

    @property
    def reason(self) -> str:
        return f"the database refused it: {str(getattr(self.error, 'orig', None) or self.error).strip()}"


# What the database raises for one bad article (rather than for a broken connection or a locked file).
REFUSALS = (sa.exc.IntegrityError, sa.exc.DataError, sa.exc.ProgrammingError, sa.exc.InterfaceError, OverflowError)


def run_counts(results: Iterable[AddResult | Refused]) -> dict[str, int]:
    """What storing these adds to a run's counters (see ``Store.count_run``)."""
    counts = dict.fromkeys(("seen", "stored", "duplicates", "skipped", "failed"), 0)
    for result in results:
        counts["seen"] += 1
        if isinstance(result, Refused):
            counts["failed"] += 1
        elif result.status == "exists":
            counts["skipped"] += 1
        else:
            counts["stored"] += 1
            counts["duplicates"] += result.status == "duplicate"
    return counts


# -- writing -----------------------------------------------------------------------------------------------------


def stored_ids(conn: Connection, digests: Iterable[str]) -> dict[str, int]:
    """content hash -> article id, for those of ``digests`` already stored."""
    wanted = sorted(set(digests))
    found: dict[str, int] = {}
    for chunk in _chunks(wanted):
        found.update(conn.execute(sa.select(articles.c.content_hash, articles.c.id)
                                  .where(articles.c.content_hash.in_(chunk))).all())
    return found


def write_articles(conn: Connection, batch: Sequence[PreparedArticle], run_id: int | None) -> list[AddResult]:
    """Store the articles of ``batch`` in the open transaction of ``conn``; what happened to each, in order.

    An article whose content is stored already (or comes earlier in the batch) is "exists" and writes
    nothing. Raises what the database raises: the caller decides what a refusal costs."""
    stored = stored_ids(conn, (p.digest for p in batch))
    new: dict[str, PreparedArticle] = {}  # content hash -> the first article with it, in input order
    for p in batch:
        if p.digest not in stored:
            new.setdefault(p.digest, p)
    if not new:
        return [AddResult("exists", stored[p.digest]) for p in batch]

    ids = _Ids(conn)
    stories = _Stories(conn, ids, list(new.values()))
    linked = {digest: stories.link(article_id, p)
              for article_id, (digest, p) in zip(ids.take(articles, len(new)), new.items(), strict=True)}
    results = []
    reported: set[str] = set()
    for p in batch:
        if p.digest in stored:
            results.append(AddResult("exists", stored[p.digest]))
        elif p.digest in reported:  # a repeat of an article earlier in the batch
            results.append(AddResult("exists", linked[p.digest].article_id))
        else:
            results.append(linked[p.digest])
            reported.add(p.digest)

    rows = _Rows(conn.dialect, run_id)
    rows.add_articles(ids, [(result.article_id, stories.prepared[result.article_id],
                             stories.story[result.article_id]) for result in linked.values()])
    # Parents before children. What another writer may lock too (a content hash it inserts, a stored row it
    # updates) goes in a fixed order: articles by content hash, stored rows by key (the module's note on locks).
    _insert(conn, duplicate_clusters, CLUSTER_COLUMNS, [
        (cluster_id, representative, size, rows.now) for cluster_id, representative, size in stories.new_clusters])
    if stories.grown:
        conn.execute(duplicate_clusters.update().where(duplicate_clusters.c.id == sa.bindparam("cluster"))
                     .values(size=duplicate_clusters.c.size + sa.bindparam("more")),
                     [{"cluster": c, "more": n} for c, n in sorted(stories.grown.items())])
    _insert(conn, articles, ARTICLE_COLUMNS, sorted(rows.articles, key=_article_order(conn.dialect)))
    clustered = {a: stories.story[a].cluster_id for a in stories.stored_copied}
    if clustered:
        conn.execute(articles.update().where(articles.c.id == sa.bindparam("article"))
                     .values(cluster_id=sa.bindparam("cluster")),
                     [{"article": a, "cluster": c} for a, c in sorted(clustered.items())])
    for table, columns, table_rows in rows.children():
        _insert(conn, table, columns, table_rows)
    if conn.dialect.name == "sqlite":
        add_search_terms(conn, set().union(*(p.terms for p in new.values())))
    if rows.events:  # the new reports' happenings: their stored source and story counts (read path)
        happenings.refresh(conn, rows.happenings)
    return results


_content_hash_of_row = operator.itemgetter(ARTICLE_COLUMNS.index("content_hash"))
_id_of_row = operator.itemgetter(ARTICLE_COLUMNS.index("id"))


def _article_order(dialect: Dialect) -> Callable[[tuple], Any]:
    """The key the rows of ``articles`` are inserted in order of. PostgreSQL: the content hash, the order of the
    locks two writers may both want (the module's note on locks). SQLite, where one writer at a time holds the
    write lock (``BEGIN IMMEDIATE``): the id. FTS5 keeps the index entries of new rows in memory only while their
    rowids ascend; a row whose rowid is lower than the one before makes it write out what it holds as a segment
    of its own. In content-hash order, that was a segment for nearly every article, and the full-text index of a
    batch took four times the work (0.14 instead of 0.03 ms an article; 2.5% of an ingest)."""
    return _id_of_row if dialect.name == "sqlite" else _content_hash_of_row


@dataclass(slots=True)
class _Story:
    """Where an article belongs: its cluster (None while it has no copies), the story it copies (None for an
    original) and the outlet counted as its source."""

    cluster_id: int | None
    story_id: int | None
    origin: str


class _Stories:
    """Near-duplicate links of a batch, decided article by article as storing them one at a time would:
    each is compared with the stored articles sharing an LSH band with it and with the earlier articles
    of the batch; the most similar at or above the threshold (the oldest on a tie) is the one it copies,
    and it joins that one's cluster (made now if it had none)."""

    def __init__(self, conn: Connection, ids: _Ids, batch: list[PreparedArticle]):
        self.conn, self.ids = conn, ids
        keys = sorted({key for p in batch for _, key in p.band_keys})
        # (band, key) -> ids of the articles having it: the stored ones, then the batch's as they are linked
        self.bands: dict[tuple[int, int], list[int]] = defaultdict(list)
        for chunk in _chunks(keys, KEYS_PER_LOOKUP):
            for band, key, article_id in conn.execute(*_bands_having(conn.dialect.name, chunk)).all():
                self.bands[band, key].append(article_id)
        candidates = sorted({a for having in self.bands.values() for a in having})
        self.signatures: dict[int, HashValues] = {}
        for chunk in _chunks(candidates):
            for article_id, blob in conn.execute(
                    sa.select(article_minhash.c.article_id, article_minhash.c.signature)
                    .where(article_minhash.c.article_id.in_(chunk))).all():
                self.signatures[article_id] = dedup.values_from_bytes(blob)
        self.prepared: dict[int, PreparedArticle] = {}  # article id -> the batch's article
        self.story: dict[int, _Story] = {}  # article id -> its story: the batch's articles, and stored ones copied
        self.stored_copied: list[int] = []  # stored articles that had no cluster and have one now
        self.new_clusters: list[list[int]] = []  # [cluster id, representative id, size], in creation order
        self.grown: dict[int, int] = {}  # stored cluster id -> copies added to it now

    def link(self, article_id: int, p: PreparedArticle) -> AddResult:
        """Decide the story of the batch's next article (``article_id`` is its new key)."""
        match, score = self._best_match(p)
        self.prepared[article_id] = p
        if p.hash_values is not None:
            self.signatures[article_id] = p.hash_values
            for band_key in p.band_keys:
                self.bands[band_key].append(article_id)
        if match is None:
            self.story[article_id] = _Story(None, None, p.origin)
            return AddResult("stored", article_id)
        original = self._story_of(match)
        if original.cluster_id is None:
            (cluster_id,) = self.ids.take(duplicate_clusters, 1)
            self.new_clusters.append([cluster_id, match, 2])
            original.cluster_id = cluster_id  # the rows are made after all links: the original's has it
        else:
            self._grow(original.cluster_id)
        self.story[article_id] = _Story(original.cluster_id, original.story_id or match, original.origin)
        return AddResult("duplicate", article_id, original.cluster_id, match, score)

    def _best_match(self, p: PreparedArticle) -> tuple[int | None, float | None]:
        if p.hash_values is None:
            return None, None
        best, best_score = None, dedup.THRESHOLD
        for candidate in sorted({a for band_key in p.band_keys for a in self.bands.get(band_key, ())}):
            score = dedup.similarity(p.hash_values, self.signatures[candidate])
            if score > best_score or (score == best_score and best is None):
                best, best_score = candidate, score
        return best, (round(best_score, 4) if best is not None else None)

    def _story_of(self, article_id: int) -> _Story:
        story = self.story.get(article_id)
        if story is None:  # a stored article, copied for the first time in this batch
            row = self.conn.execute(sa.select(articles.c.cluster_id, articles.c.story_id, articles.c.origin)
                                    .where(articles.c.id == article_id)).one()
            story = self.story[article_id] = _Story(row.cluster_id, row.story_id, row.origin)
            if row.cluster_id is None:
                self.stored_copied.append(article_id)
        return story

    def _grow(self, cluster_id: int) -> None:
        for cluster in self.new_clusters:
            if cluster[0] == cluster_id:
                cluster[2] += 1
                return
        self.grown[cluster_id] = self.grown.get(cluster_id, 0) + 1


class _Rows:
    """The rows of a batch's new articles, per table, as tuples in the column order of ``*_COLUMNS``."""

    def __init__(self, dialect: Dialect, run_id: int | None):
        self.run_id = run_id
        self.day = _converter(articles.c.published_date, dialect)
        now = datetime.now(UTC)
        self.now = _converter(articles.c.added, dialect)(now)
        self.articles: list[tuple] = []
        self.minhash: list[tuple] = []
        self.bands: list[tuple] = []
        self.entities: list[tuple] = []
        self.mentions: list[tuple] = []
        self.events: list[tuple] = []
        self.event_mentions: list[tuple] = []
        self.quotes: list[tuple] = []
        self.amounts: list[tuple] = []
        self.chains: list[tuple] = []
        self.happenings: set[happenings.Key] = set()  # the keys of the events' happenings

    def add_articles(self, ids: _Ids, items: list[tuple[int, PreparedArticle, _Story]]) -> None:
        """Rows of ``(article id, article, story)``, in the order given (which numbers their annotations)."""
        entity_ids = iter(ids.take(entities, sum(len(p.entities) for _, p, _ in items)))
        event_ids = iter(ids.take(events, sum(len(p.events) for _, p, _ in items)))
        quote_ids = iter(ids.take(quotes, sum(len(p.quotes) for _, p, _ in items)))
        day = self.day
        for article_id, p, story in items:
            (digest, doc_id, url, outlet, title, published, published_date, language, text, record) = p.row
            self.articles.append((article_id, story.cluster_id, story.story_id, story.origin, self.run_id, self.now,
                                  digest, doc_id, url, outlet, title, published, day(published_date), language,
                                  text, record))
            if p.hash_values is not None:
                self.minhash.append((article_id, dedup.to_bytes(p.hash_values)))
                self.bands += [(band, key, article_id) for band, key in p.band_keys]
            for row, told in p.entities:
                entity_id = next(entity_ids)
                self.entities.append((entity_id, article_id, *row))
                self.mentions += [(entity_id, article_id, *m) for m in told]
            # events count under their article's story and its origin (copied, so counting needs no join)
            story_id, origin = story.story_id or article_id, story.origin
            chains = []
            for e in p.events:
                event_id = next(event_ids)
                self.happenings.add(_happening_of(e.row))
                self.events.append((event_id, article_id, story_id, origin, *e.row[:_DAY], day(e.row[_DAY]),
                                    *e.row[_DAY + 1:]))
                self.event_mentions += [(event_id, article_id, *m) for m in e.mentions]
                chains += [(article_id, None, event_id, k, name) for k, name in enumerate(e.chain)]
            for row, chain in p.quotes:
                quote_id = next(quote_ids)
                self.quotes.append((quote_id, article_id, *row))
                chains += [(article_id, quote_id, None, k, name) for k, name in enumerate(chain)]
            self.chains += chains
            self.amounts += [(article_id, *a) for a in p.amounts]

    def children(self) -> list[tuple[sa.Table, tuple[str, ...], list[tuple]]]:
        """The rows of every table below ``articles``, parents first."""
        return [(article_minhash, MINHASH_COLUMNS, self.minhash), (minhash_bands, BAND_COLUMNS, self.bands),
                (entities, ENTITY_COLUMNS, self.entities), (mentions, MENTION_COLUMNS, self.mentions),
                (events, EVENT_COLUMNS, self.events), (event_mentions, EVENT_MENTION_COLUMNS, self.event_mentions),
                (quotes, QUOTE_COLUMNS, self.quotes), (amounts, AMOUNT_COLUMNS, self.amounts),
                (source_chains, CHAIN_COLUMNS, self.chains)]


# Where the day sits in an event's row from the record (EVENT_COLUMNS from "seq" on).
_DAY = EVENT_COLUMNS.index("day") - EVENT_COLUMNS.index("seq")
# The happening's key of such a row, the day still a date (as the database gives it back).
_happening_of = operator.itemgetter(*(EVENT_COLUMNS.index(c.name) - EVENT_COLUMNS.index("seq")
                                      for c in happenings.KEY_COLUMNS))


def _converter(column: sa.Column, dialect: Dialect) -> Callable[[Any], Any]:
    """What SQLAlchemy does to a value of this column for this back end (a date becomes ISO text on SQLite)."""
    processor = column.type.dialect_impl(dialect).bind_processor(dialect)
    return processor if processor is not None else _same


def _same(value: Any) -> Any:
    return value


def _insert(conn: Connection, table: sa.Table, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Write ``rows`` (tuples in the order of ``columns``) into ``table``: one executemany on SQLite, one
    ``COPY … FROM STDIN`` on PostgreSQL (where an executemany still costs the server a statement per row)."""
    if not rows:
        return
    dialect = conn.dialect
    quote = dialect.identifier_preparer.quote
    target = f"{quote(table.name)} ({', '.join(quote(c) for c in columns)})"
    if dialect.name == "postgresql":
        _copy(conn, f"COPY {target} FROM STDIN", rows)
        return
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    one_row = f"({', '.join([marker] * len(columns))})"
    if table is not articles:
        conn.exec_driver_sql(f"INSERT INTO {target} VALUES {one_row}", rows)
        return
    # Articles: many rows per statement. SQLite runs the FTS5 insert trigger once per row either way, but
    # FTS5 writes out its pending index data at the end of every statement, so a statement per row (an
    # executemany) cost twice as much in the full-text index as the rows themselves.
    per_statement = max(1, SQLITE_MAX_PARAMETERS // len(columns))
    for start in range(0, len(rows), per_statement):
        chunk = rows[start : start + per_statement]
        conn.exec_driver_sql(f"INSERT INTO {target} VALUES {', '.join([one_row] * len(chunk))}",
                             tuple(value for row in chunk for value in row))


def add_search_terms(conn: Connection, terms: Collection[str]) -> None:
    """SQLite: add the words of new articles that ``search_terms`` lacks (the others are ignored), in sorted
    order. A search looks up which stored words hold the words of a query (see migration 0006)."""
    # One statement for all of them, the words as one JSON array: the trigram index of the new ones is written
    # out as a segment at the end of every statement, so that a statement per word (an executemany) made a
    # segment per new word and cost twenty times as much.
    if terms:
        conn.exec_driver_sql("INSERT OR IGNORE INTO search_terms (term) SELECT value FROM json_each(?)",
                             (json_text(sorted(terms)),))


def _copy(conn: Connection, statement: str, rows: list[tuple]) -> None:
    """COPY through psycopg, in the transaction of ``conn``; its errors raised as SQLAlchemy's (an
    IntegrityError for a content hash stored meanwhile, a DataError for a NUL character), as a statement
    through SQLAlchemy would raise them."""
    dbapi = conn.dialect.loaded_dbapi
    try:
        with conn.connection.dbapi_connection.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
    except dbapi.Error as exc:
        raise sa.exc.DBAPIError.instance(statement, None, exc, dbapi.Error) from exc


def recompute_signatures(conn: Connection, chunk: int = 1000) -> int:
    """Make every stored article's MinHash signature and LSH band keys again from its text, with the current
    :mod:`peristiwa.dedup` parameters, in the open transaction of ``conn``; returns the articles done.
    Links already made (clusters, stories) stay as they are."""
    done, last = 0, 0
    while True:
        rows = conn.execute(sa.select(articles.c.id, articles.c.text).where(articles.c.id > last)
                            .order_by(articles.c.id).limit(chunk)).all()
        if not rows:
            return done
        ids = [article_id for article_id, _ in rows]
        conn.execute(article_minhash.delete().where(article_minhash.c.article_id.in_(ids)))
        conn.execute(minhash_bands.delete().where(minhash_bands.c.article_id.in_(ids)))
        signatures, bands = [], []
        for article_id, text in rows:
            values = dedup.hash_values(text)
            if values is not None:
                signatures.append((article_id, dedup.to_bytes(values)))
                bands += [(band, key, article_id) for band, key in dedup.band_keys(values)]
        _insert(conn, article_minhash, MINHASH_COLUMNS, signatures)
        _insert(conn, minhash_bands, BAND_COLUMNS, bands)
        done, last = done + len(rows), ids[-1]


def _chunks(values: list[Any], size: int = IN_CHUNK) -> Iterable[list[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


# LSH band keys looked up per statement: they go as one bound value (see _bands_having).
KEYS_PER_LOOKUP = 100_000
_BANDS_HAVING_SQLITE = sa.text("SELECT band, key, article_id FROM minhash_bands "
                               "WHERE key IN (SELECT value FROM json_each(:keys))")
_BANDS_HAVING_POSTGRESQL = sa.text("SELECT band, key, article_id FROM minhash_bands "
                                   "WHERE key = ANY(CAST(:keys AS bigint[]))")


def _bands_having(dialect: str, keys: list[int]) -> tuple[sa.TextClause, dict[str, Any]]:
    """The statement and parameters that read the stored (band, key, article id) rows having these keys. The
    keys go as one value, a JSON array on SQLite and an array on PostgreSQL: the 5,000 keys of a batch as
    bound parameters of an IN list cost SQLAlchemy more to render than the database to look them up (0.04 of
    0.08 ms an article)."""
    if dialect == "postgresql":
        return _BANDS_HAVING_POSTGRESQL, {"keys": keys}
    return _BANDS_HAVING_SQLITE, {"keys": orjson.dumps(keys).decode()}


class _Ids:
    """Primary keys for the rows of one batch, handed out in the order asked for (see the module doc)."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"
        self.next: dict[str, int] = {}

    def take(self, table: sa.Table, n: int) -> list[int]:
        if n <= 0:
            return []
        if self.sqlite:
            if table.name not in self.next:
                self.next[table.name] = (self.conn.execute(sa.select(sa.func.max(table.c.id))).scalar() or 0) + 1
            start = self.next[table.name]
            self.next[table.name] = start + n
            return list(range(start, start + n))
        sequence = sa.func.pg_get_serial_sequence(table.name, "id")
        return sorted(self.conn.execute(sa.select(sa.func.nextval(sequence))
                                        .select_from(sa.func.generate_series(1, n))).scalars())
