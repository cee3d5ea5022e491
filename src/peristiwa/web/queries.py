"""The web app's read-only SQL: SQLAlchemy Core over ``store.engine`` and :mod:`peristiwa.store.schema`.

Every statement here is a SELECT built with SQLAlchemy Core; every value a request supplies travels as
a bound parameter. Nothing in this module writes (storing goes through :meth:`Store.add_article`).

The event filters mean what they mean for ``peristiwa query``: the conditions come from the store's own
filter builder (``Store.filter_conditions``: actor, country, type, modality, dates, full text), and this
module adds the ones the web needs on top (mode, place, exact actor keys, one article, min_sources).

**Actors.** An event's source or target, a quote's speaker, is identified by an *actor key*: the
entity id when it is a dictionary id or a generic agent (``sugiono``, ``country-kor``,
``agent-mahasiswa-IDN``), stable across articles; otherwise (an entity known only inside one article,
``local-person-4``, or none) ``~`` and the lower-cased name (``~arief wicaksana``), as the store keys
code-less actors. ``by="country"`` in the network uses the actors' country codes instead.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from peristiwa.store import Store
from peristiwa.store.batch import restored_record
from peristiwa.store.schema import articles, entities, events, quotes, source_chains
from peristiwa.store.store import search_words

INTERVALS = ("day", "week", "month")
SERIES = ("type", "modality", "mode", "quad")
MODALITIES = ("asserted", "alleged", "denied", "planned")
LOCAL_PREFIX = "local-"


# -- filters ---------------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class EventFilters:
    """The filters of the event table, the time series, the network and the map (all optional)."""

    actor: str | None = None  # part of a source or target name, a code, or an entity id (as `peristiwa query`)
    country: str | None = None  # ISO3 code of the source or target
    type: tuple[str, ...] = ()  # PLOVER types
    mode: tuple[str, ...] = ()  # PLOVER modes ("demo", "arrest", …)
    modality: tuple[str, ...] = ()  # asserted, alleged, denied, planned
    date_from: date | None = None
    date_to: date | None = None
    text: str | None = None  # words the article must contain (full text)
    min_sources: int | None = None  # the happening is reported by at least this many independent outlets
    source: str | None = None  # exact actor key of the source
    target: str | None = None  # exact actor key of the target
    source_country: str | None = None  # exact country code of the source
    target_country: str | None = None  # exact country code of the target
    place: str | None = None  # the event's place, as written
    article: int | None = None  # one stored article (its id)

    def as_params(self) -> dict[str, Any]:
        """The filters as query parameters (for links: pagination, export, click-through)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value in (None, (), ""):
                continue
            out[f.name] = list(value) if isinstance(value, tuple) else (
                value.isoformat() if isinstance(value, date) else value)
        return out

    @property
    def active(self) -> bool:
        return bool(self.as_params())


def _store_conditions(store: Store, f: EventFilters) -> tuple[list[sa.ColumnElement], bool]:
    """The store's own conditions for the filters it knows (one definition for the CLI and the web)."""
    return store.filter_conditions(actor=f.actor, country=f.country, type=list(f.type) or None,
                                modality=list(f.modality) or None, date_from=f.date_from, date_to=f.date_to,
                                text=f.text)


def actor_key(entity: sa.ColumnElement, name: sa.ColumnElement) -> sa.ColumnElement:
    """SQL for the actor key of a side of an event (or a quote's speaker): see the module docstring."""
    stable = sa.and_(entity.is_not(None), sa.not_(entity.like(LOCAL_PREFIX + "%")))
    by_name = sa.case((name.is_(None), sa.null()), else_=sa.literal("~") + sa.func.lower(name))
    return sa.case((stable, entity), else_=by_name)


def matches_actor(entity: sa.ColumnElement, name: sa.ColumnElement, key: str) -> sa.ColumnElement:
    """The condition "this side's actor key is ``key``", written so that the entity column can be compared
    directly (no CASE) for a dictionary key."""
    if key.startswith("~"):
        return sa.and_(sa.func.lower(name) == key[1:],
                       sa.or_(entity.is_(None), entity.like(LOCAL_PREFIX + "%")))
    return entity == key


def event_conditions(store: Store, f: EventFilters) -> tuple[list[sa.ColumnElement], bool]:
    """WHERE conditions on ``events`` for the filters (min_sources apart), and whether ``articles`` is joined."""
    where, join = _store_conditions(store, f)
    if f.mode:
        where.append(events.c.mode.in_([m.lower() for m in f.mode]))
    if f.source:
        where.append(matches_actor(events.c.source_entity, events.c.source_name, f.source))
    if f.target:
        where.append(matches_actor(events.c.target_entity, events.c.target_name, f.target))
    if f.source_country:
        where.append(events.c.source_code == f.source_country.upper())
    if f.target_country:
        where.append(events.c.target_code == f.target_country.upper())
    if f.place:
        where.append(events.c.place == f.place)
    if f.article is not None:
        where.append(events.c.article_id == f.article)
    return where, join


def _grouping_key(table: Any) -> list[sa.ColumnElement]:
    """What makes reports one happening (as ``Store.query_events`` groups): type, actors, day."""
    return [table.c.type, sa.func.coalesce(table.c.source_actor, ""), sa.func.coalesce(table.c.target_actor, ""),
            sa.func.coalesce(table.c.day, date(1, 1, 1))]


def filtered_events(store: Store, f: EventFilters) -> tuple[sa.FromClause, list[sa.ColumnElement]]:
    """The FROM clause and WHERE conditions selecting the single events that match every filter."""
    where, join = event_conditions(store, f)
    source: sa.FromClause = events.join(articles, articles.c.id == events.c.article_id) if join else events
    if f.min_sources:
        # A happening's outlets among the filtered reports are at most its outlets in the whole store, which each
        # report carries (events.num_sources): reports below that can never count, and leaving them out early
        # changes nothing. When no filter splits a happening (only its type and days), the two counts are the
        # same and the stored one is the whole answer.
        where = [*where, events.c.num_sources >= int(f.min_sources)]
        if f == EventFilters(type=f.type, date_from=f.date_from, date_to=f.date_to, min_sources=f.min_sources):
            return source, where
        # Else the happenings (grouped among the reports that pass the other filters) with enough independent
        # outlets: a row-value IN over the grouping key (coalesced, so that an empty actor or day matches too).
        keys = _grouping_key(events)
        groups = (sa.select(*keys).select_from(source).where(*where).group_by(*keys)
                  .having(sa.func.count(sa.distinct(events.c.origin)) >= int(f.min_sources)))
        where = [*where, sa.tuple_(*keys).in_(groups)]
    return source, where


# -- events ----------------------------------------------------------------------------------------------------

ORDERS = {"date": "newest first", "date_asc": "oldest first", "confidence": "most confident first"}


def _order(order: str) -> list[sa.ColumnElement]:
    if order == "date_asc":
        return [events.c.day.asc().nulls_last(), events.c.id.asc()]
    if order == "confidence":
        return [events.c.confidence.desc().nulls_last(), events.c.id.desc()]
    return [events.c.day.desc().nulls_last(), events.c.id.desc()]


class _Remembered:
    """Answers about the events table on SQLite (exact totals of filtered lists, per-day counts of a series),
    remembered per version of the table (the same holds for articles, counted per newest article id).

    Events are only ever added, never changed or deleted (their stored happening counts change only in the
    transaction that adds a report), and SQLite's writers commit one after the other, each new report taking
    an id above every other: so the newest id names the table's contents, and an answer worked out at that id
    stays exact until it changes. Paging through a filter, or refreshing a page or a chart, then costs a lookup
    of max(id) instead of a count that tests a name pattern on every row, or a scan of a whole index. (Not on
    PostgreSQL: there ids of concurrent writers commit out of order.)"""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._by_store: weakref.WeakKeyDictionary[Store, OrderedDict] = weakref.WeakKeyDictionary()

    def get(self, store: Store, key: tuple) -> Any:
        with self._lock:
            found = self._by_store.get(store, {}).get(key)
            if found is not None:
                self._by_store[store].move_to_end(key)
            return found

    def put(self, store: Store, key: tuple, value: Any) -> None:
        with self._lock:
            remembered = self._by_store.setdefault(store, OrderedDict())
            remembered[key] = value
            while len(remembered) > self.size:
                remembered.popitem(last=False)


def _version(conn: sa.Connection) -> int | None:
    """The version of the events table on SQLite (see :class:`_Remembered`): its newest id."""
    return conn.execute(sa.select(sa.func.max(events.c.id))).scalar()


_TOTALS = _Remembered()


def count_events(store: Store, f: EventFilters) -> int:
    source, where = filtered_events(store, f)
    count = sa.select(sa.func.count()).select_from(source).where(*where)
    with store.engine.connect() as conn:
        if store.dialect != "sqlite":
            return conn.execute(count).scalar_one()
        # One read transaction: the version and the count see the same rows.
        key = ("total", f, _version(conn))
        total = _TOTALS.get(store, key)
        if total is None:
            total = conn.execute(count).scalar_one()
            _TOTALS.put(store, key, total)
        return total


def list_events(store: Store, f: EventFilters, *, limit: int = 50, offset: int = 0,
                order: str = "date") -> list[dict[str, Any]]:
    """One page of single coded events (newest first), each with its article, sentence and the counts of the
    happening it belongs to (reports, stories, independent sources)."""
    source, where = filtered_events(store, f)
    page = sa.select(events.c.id).select_from(source).where(*where).order_by(*_order(order)).limit(limit).offset(offset)
    with store.engine.connect() as conn:
        ids = list(conn.execute(page).scalars())
        if not ids:
            return []
        rows = _event_rows(conn, ids)
        counts = _happening_counts(conn, rows)
    out = []
    for r in rows:
        row = event_row(r)
        row.update(counts.get(_happening(r), {}))
        out.append(row)
    return out


def iter_events(store: Store, f: EventFilters, *, limit: int, offset: int = 0, order: str = "date",
                batch: int = 1000) -> Iterator[dict[str, Any]]:
    """Up to ``limit`` events as :func:`list_events` gives them, fetched ``batch`` at a time (exports)."""
    done = 0
    while done < limit:
        rows = list_events(store, f, limit=min(batch, limit - done), offset=offset + done, order=order)
        yield from rows
        done += len(rows)
        if len(rows) < min(batch, limit - done + len(rows)):
            return


def _sentence() -> sa.ColumnElement:
    return sa.func.substr(articles.c.text, events.c.start + 1, events.c.end - events.c.start)


_EVENT_COLUMNS = (events.c.id, events.c.article_id, events.c.seq, events.c.type, events.c.mode, events.c.cameo,
                  events.c.goldstein, events.c.quad, events.c.source_actor, events.c.source_code,
                  events.c.source_name, events.c.source_entity, events.c.target_actor, events.c.target_code,
                  events.c.target_name, events.c.target_entity, events.c.modality, events.c.negated,
                  events.c.conditional, events.c.date, events.c.day, events.c.place, events.c.trigger,
                  events.c.confidence, events.c.repeats, events.c.origin)


def _event_rows(conn: sa.Connection, ids: Sequence[int]) -> list[Any]:
    q = (sa.select(*_EVENT_COLUMNS, articles.c.doc_id, articles.c.title, articles.c.outlet, articles.c.url,
                   articles.c.published_date, _sentence().label("sentence"))
         .join(articles, articles.c.id == events.c.article_id).where(events.c.id.in_(list(ids))))
    by_id = {r.id: r for r in conn.execute(q)}
    return [by_id[i] for i in ids if i in by_id]


def _happening(r: Any) -> tuple:
    return (r.type, r.source_actor or "", r.target_actor or "", r.day or date(1, 1, 1))


def _happening_counts(conn: sa.Connection, rows: list[Any]) -> dict[tuple, dict[str, int]]:
    """For the happenings of these rows: reports, stories and independent sources across the whole store.
    (Compared column by column, not through coalesce(), so that the index of the happening's key finds them.)"""
    wanted = {_happening(r) for r in rows}

    def same(column: sa.ColumnElement, value: Any, empty: Any) -> sa.ColumnElement:
        return column.is_(None) if value == empty else column == value

    conditions = [sa.and_(events.c.type == t, same(events.c.day, d, date(1, 1, 1)),
                          same(events.c.source_actor, s, ""), same(events.c.target_actor, g, ""))
                  for t, s, g, d in wanted]
    q = (sa.select(events.c.type, events.c.source_actor, events.c.target_actor, events.c.day,
                   sa.func.count().label("num_reports"),
                   sa.func.count(sa.distinct(events.c.story_id)).label("num_articles"),
                   sa.func.count(sa.distinct(events.c.origin)).label("num_sources"))
         .where(sa.or_(*conditions))
         .group_by(events.c.type, events.c.source_actor, events.c.target_actor, events.c.day))
    return {_happening(r): {"num_reports": r.num_reports, "num_articles": r.num_articles,
                            "num_sources": r.num_sources} for r in conn.execute(q)}


def side_key(side: dict[str, Any] | None) -> str | None:
    """The actor key (see the module docstring) of an event side or speaker given as a record
    (``{"entity_id", "name", …}``); a ``key`` already there is kept."""
    if not side:
        return None
    if side.get("key"):
        return side["key"]
    entity, name = side.get("entity_id"), side.get("name")
    if entity and not entity.startswith(LOCAL_PREFIX):
        return entity
    return "~" + name.lower() if name else None


def _side(code: str | None, name: str | None, entity: str | None) -> dict[str, Any] | None:
    if not (code or name or entity):
        return None
    return {"key": side_key({"entity_id": entity, "name": name}), "code": code, "name": name, "entity_id": entity}


def event_row(r: Any) -> dict[str, Any]:
    return {
        "id": r.id, "article_id": r.article_id, "event_no": r.seq + 1, "type": r.type, "mode": r.mode,
        "cameo": r.cameo, "goldstein": None if r.goldstein is None else round(float(r.goldstein), 2),
        "quad": r.quad, "source": _side(r.source_code, r.source_name, r.source_entity),
        "target": _side(r.target_code, r.target_name, r.target_entity), "modality": r.modality,
        "negated": bool(r.negated), "conditional": bool(r.conditional), "date": r.date,
        "day": r.day.isoformat() if r.day else None, "place": r.place, "trigger": r.trigger,
        "confidence": r.confidence, "mentions": r.repeats + 1, "outlet": r.outlet, "origin": r.origin,
        "article": {"id": r.article_id, "doc_id": r.doc_id, "title": r.title, "url": r.url,
                    "published_date": r.published_date.isoformat() if r.published_date else None},
        "sentence": r.sentence,
    }


def event(store: Store, event_id: int) -> dict[str, Any] | None:
    """One event: its row, its whole record (explanation, evidence, source chain) and its happening's counts."""
    with store.engine.connect() as conn:
        rows = _event_rows(conn, [event_id])
        if not rows:
            return None
        record = conn.execute(sa.select(events.c.record).where(events.c.id == event_id)).scalar_one()
        counts = _happening_counts(conn, rows)
    row = event_row(rows[0]) | counts.get(_happening(rows[0]), {})
    row["record"] = record
    return row


# -- time series -----------------------------------------------------------------------------------------------

def bucket_of(day: date, interval: str) -> date:
    """The first day of the day's week (Monday) or month, or the day itself."""
    if interval == "week":
        return date.fromordinal(day.toordinal() - day.weekday())
    if interval == "month":
        return day.replace(day=1)
    return day


def bucket(day: sa.ColumnElement, interval: str, dialect: str) -> sa.ColumnElement:
    """SQL for :func:`bucket_of`: the first day of the day's week (Monday) or month, or the day itself."""
    if interval == "day":
        return day
    if dialect == "postgresql":
        # (as a timestamp without time zone: a date alone would be taken as one with the session's zone)
        return sa.cast(sa.func.date_trunc(interval, sa.cast(day, sa.DateTime)), sa.Date)
    if interval == "week":  # six days back, then forward to a Monday: the Monday on or before the day
        return sa.func.date(day, "-6 days", "weekday 1")
    return sa.func.date(day, "start of month")


def time_series(store: Store, f: EventFilters, *, by: str = "type", interval: str = "month") -> dict[str, Any]:
    """Counts of events per ``interval`` and per value of ``by`` (type, modality, mode or quad).

    The database counts per value and day (for ``type`` or ``modality`` an index-only scan of
    ``ix_events_day_type`` or ``ix_events_day_modality``, a date range included), then gathers those days,
    a few thousand rows at most, into weeks or months; so the week or month is computed per day, not per event.
    Events without a day are left out. On SQLite the per-day counts are remembered per filters and version
    of the table (:func:`_daily_counts`), and gathered into weeks or months here: SQLite answers in the web
    server's process, so the scan would hold its core for every chart shown again.
    """
    if by not in SERIES or interval not in INTERVALS:
        raise ValueError(f"by must be one of {SERIES} and interval one of {INTERVALS}")
    if store.dialect == "sqlite":
        rows = _series_from_daily_counts(store, f, by, interval)
    else:
        rows = _series_rows(store, f, by, interval)
    counts: dict[tuple[str, date], int] = {}
    for key, value, n in rows:
        if value is None:
            continue
        start = value if isinstance(value, date) else date.fromisoformat(value[:10])
        k = ("—" if key is None else str(key), start)
        counts[k] = counts.get(k, 0) + int(n)
    buckets = sorted({b for _, b in counts})
    index = {b: n for n, b in enumerate(buckets)}
    series: dict[str, list[int]] = {}
    for (key, b), n in counts.items():
        series.setdefault(key, [0] * len(buckets))[index[b]] += n
    ordered = sorted(series.items(), key=lambda kv: (-sum(kv[1]), kv[0]))
    return {"by": by, "interval": interval, "buckets": [b.isoformat() for b in buckets],
            "series": [{"key": k, "total": sum(v), "counts": v} for k, v in ordered],
            "total": sum(sum(v) for v in series.values())}


def _per_day(store: Store, f: EventFilters, by: str) -> sa.Select:
    """(value of ``by``, day, events) of the filtered events, one row per value and day."""
    source, where = filtered_events(store, f)
    column = events.c[by]
    if store.dialect == "sqlite" and f != EventFilters(date_from=f.date_from, date_to=f.date_to):
        # Grouped by an expression (SQLite's no-op unary +), not the column, so that the planner reads the
        # filter's own index (a type, a country) rather than walking all of ix_events_day_<by> for its order,
        # which it would once ANALYZE statistics rate a country as common.
        column = UnaryExpression(column, operator=custom_op("+"), type_=column.type)
    # The day as the driver gives it (ISO text on SQLite): SQLAlchemy's date parsing would cost more than the query.
    return (sa.select(column.label("key"), sa.type_coerce(events.c.day, sa.String).label("day"),
                      sa.func.count().label("n"))
            .select_from(source).where(*where).group_by(column, events.c.day))


def _series_rows(store: Store, f: EventFilters, by: str, interval: str) -> list[Any]:
    """(value, first day of the bucket, events) of the time series, counted by the database."""
    per_day = _per_day(store, f, by).subquery("per_day")
    start = bucket(sa.type_coerce(per_day.c.day, sa.Date), interval, store.dialect)
    # The bucket as the driver gives it (text on SQLite): SQLAlchemy's date parsing would cost more than the query.
    q = (sa.select(per_day.c.key, sa.type_coerce(start, sa.String).label("bucket"), sa.func.sum(per_day.c.n))
         .group_by(per_day.c.key, start))
    with store.engine.connect() as conn:
        return conn.execute(q).all()


# Per-day counts of a series under some filters: a few thousand rows each.
_DAILY = _Remembered(size=16)


def _daily_counts(store: Store, f: EventFilters, by: str) -> dict[str, list[tuple[Any, int]]]:
    """The events per day (ISO text) and value of ``by`` under the filters (dates apart: the caller picks
    the days), ``{day: [(value, events), …]}``, dated events only; remembered per version of the table
    (see :class:`_Remembered`). Leaving the dates out changes no count: every report of a happening has its
    day, so a date range keeps or drops whole happenings, and ``min_sources`` counts within happenings."""
    undated = replace(f, date_from=None, date_to=None)
    with store.engine.connect() as conn:
        key = (undated, by, _version(conn))
        found = _DAILY.get(store, key)
        if found is None:
            found = {}
            for value, on, n in conn.execute(_per_day(store, undated, by).where(events.c.day.is_not(None))):
                found.setdefault(on, []).append((value, n))
            _DAILY.put(store, key, found)
    return found


def _series_from_daily_counts(store: Store, f: EventFilters, by: str, interval: str) -> list[tuple]:
    """The rows of :func:`_series_rows` gathered from the remembered per-day counts: a chart shown again, or
    over other dates or intervals, costs a lookup of the table's version and a pass over its days."""
    first = f.date_from.isoformat() if f.date_from else None
    last = f.date_to.isoformat() if f.date_to else None
    out = []
    for on, values in _daily_counts(store, f, by).items():
        if (first and on < first) or (last and on > last):
            continue
        start = bucket_of(date.fromisoformat(on[:10]), interval)
        out.extend((value, start, n) for value, n in values)
    return out

# -- actors ----------------------------------------------------------------------------------------------------

def _actor_parts(store: Store, f: EventFilters | None) -> list[sa.Select]:
    """One row per appearance of an actor: as an event's source or target (under the filters), and, without
    filters, as a quote's speaker and as an entity of an article."""
    where, join = event_conditions(store, f) if f else ([], False)
    source = events.join(articles, articles.c.id == events.c.article_id) if join else events

    def part(key, name, code, article_id, flags, table, *conditions):
        return (sa.select(key.label("key"), name.label("name"), code.label("code"), article_id.label("article_id"),
                          *[sa.literal(v).label(n) for n, v in zip(("as_source", "as_target", "as_speaker",
                                                                     "mentioned"), flags, strict=True)])
                .select_from(table).where(key.is_not(None), *conditions))

    parts = []
    for side, flags in (("source", (1, 0, 0, 0)), ("target", (0, 1, 0, 0))):
        key = actor_key(events.c[f"{side}_entity"], events.c[f"{side}_name"])
        parts.append(part(key, events.c[f"{side}_name"], events.c[f"{side}_code"], events.c.article_id, flags,
                          source, *where))
    if f is None or not f.active:
        parts.append(part(actor_key(quotes.c.speaker_id, quotes.c.speaker), quotes.c.speaker, sa.null(),
                          quotes.c.article_id, (0, 0, 1, 0), quotes))
        parts.append(part(actor_key(entities.c.entity_key, entities.c.name), entities.c.name, entities.c.code,
                          entities.c.article_id, (0, 0, 0, 1), entities))
    return parts


def list_actors(store: Store, *, q: str | None = None, f: EventFilters | None = None, limit: int = 50,
                offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """Actors with how often each is a source, a target, a quoted speaker, and in how many articles it is named
    (``mentioned``: entities), most active first;
    ``q`` keeps those whose key or a name they are written with contains it. Returns (total, page)."""
    union = sa.union_all(*_actor_parts(store, f)).subquery("sides")
    total_n = (sa.func.sum(union.c.as_source) + sa.func.sum(union.c.as_target)
               + sa.func.sum(union.c.as_speaker)).label("total")
    mentioned = sa.func.sum(union.c.mentioned).label("mentioned")
    grouped = (sa.select(union.c.key, sa.func.max(union.c.name).label("name"),
                         sa.func.max(union.c.code).label("code"),
                         sa.func.sum(union.c.as_source).label("as_source"),
                         sa.func.sum(union.c.as_target).label("as_target"),
                         sa.func.sum(union.c.as_speaker).label("as_speaker"),
                         sa.func.count(sa.distinct(union.c.article_id)).label("articles"), total_n, mentioned)
               .group_by(union.c.key))
    if q:
        pattern = "%" + q.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        grouped = grouped.having(sa.or_(
            sa.func.lower(union.c.key).like(pattern, escape="\\"),
            sa.func.max(sa.func.lower(union.c.name)).like(pattern, escape="\\"),
            sa.func.min(sa.func.lower(union.c.name)).like(pattern, escape="\\")))
    grouped = grouped.subquery("actors")
    page = (sa.select(grouped).order_by(grouped.c.total.desc(), grouped.c.articles.desc(), grouped.c.key)
            .limit(limit).offset(offset))
    with store.engine.connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(grouped)).scalar_one()
        rows = conn.execute(page).mappings().all()
    return total, [{"key": r["key"], "name": r["name"], "code": r["code"], "as_source": int(r["as_source"]),
                    "as_target": int(r["as_target"]), "as_speaker": int(r["as_speaker"]),
                    "mentioned": int(r["mentioned"]), "articles": r["articles"], "total": int(r["total"])}
                   for r in rows]


def actor_names(store: Store, key: str) -> dict[str, Any]:
    """How the store writes this actor: names and codes seen as source, target, speaker or entity, and counts
    (``mentioned``: articles that name it as an entity)."""
    names: dict[str, int] = {}
    codes: dict[str, int] = {}
    counts = {"as_source": 0, "as_target": 0, "as_speaker": 0, "mentioned": 0}
    with store.engine.connect() as conn:
        for side in ("source", "target"):
            q = (sa.select(events.c[f"{side}_name"], events.c[f"{side}_code"], sa.func.count())
                 .where(matches_actor(events.c[f"{side}_entity"], events.c[f"{side}_name"], key))
                 .group_by(events.c[f"{side}_name"], events.c[f"{side}_code"]))
            for name, code, n in conn.execute(q):
                counts[f"as_{side}"] += n
                if name:
                    names[name] = names.get(name, 0) + n
                if code:
                    codes[code] = codes.get(code, 0) + n
        q = (sa.select(quotes.c.speaker, sa.func.count())
             .where(matches_actor(quotes.c.speaker_id, quotes.c.speaker, key)).group_by(quotes.c.speaker))
        for name, n in conn.execute(q):
            counts["as_speaker"] += n
            if name:
                names[name] = names.get(name, 0) + n
        q = (sa.select(entities.c.name, entities.c.code, sa.func.count())
             .where(matches_actor(entities.c.entity_key, entities.c.name, key))
             .group_by(entities.c.name, entities.c.code))
        for name, code, n in conn.execute(q):
            counts["mentioned"] += n
            names.setdefault(name, 0)
            if code:
                codes.setdefault(code, 0)
    return {"names": sorted(names, key=lambda k: -names[k]), "codes": sorted(codes, key=lambda k: -codes[k]),
            **counts}


def actor_quotes(store: Store, key: str, *, limit: int = 50) -> list[dict[str, Any]]:
    """What the actor is quoted saying, newest first, with each quote's source chain."""
    q = (sa.select(quotes.c.id, quotes.c.article_id, quotes.c.seq, quotes.c.text, quotes.c.kind, quotes.c.direct,
                   quotes.c.speaker, articles.c.doc_id, articles.c.title, articles.c.outlet,
                   articles.c.published_date)
         .join(articles, articles.c.id == quotes.c.article_id)
         .where(matches_actor(quotes.c.speaker_id, quotes.c.speaker, key))
         .order_by(articles.c.published_date.desc().nulls_last(), quotes.c.id.desc()).limit(limit))
    with store.engine.connect() as conn:
        rows = conn.execute(q).all()
        chains = _chains(conn, quotes_ids=[r.id for r in rows])
    return [{"id": r.id, "article_id": r.article_id, "quote_no": r.seq + 1, "text": r.text, "kind": r.kind,
             "direct": bool(r.direct), "speaker": r.speaker, "source_chain": chains.get(r.id, []),
             "article": {"id": r.article_id, "doc_id": r.doc_id, "title": r.title, "outlet": r.outlet,
                         "published_date": r.published_date.isoformat() if r.published_date else None}}
            for r in rows]


def _chains(conn: sa.Connection, *, quotes_ids: list[int]) -> dict[int, list[str]]:
    if not quotes_ids:
        return {}
    out: dict[int, list[str]] = {}
    for qid, name in conn.execute(sa.select(source_chains.c.quote_id, source_chains.c.name)
                                  .where(source_chains.c.quote_id.in_(quotes_ids))
                                  .order_by(source_chains.c.quote_id, source_chains.c.position)):
        out.setdefault(qid, []).append(name)
    return out


# -- network ---------------------------------------------------------------------------------------------------

def network(store: Store, f: EventFilters, *, by: str = "actor", limit: int = 150) -> dict[str, Any]:
    """Weighted edges source → target (events between them), the ``limit`` heaviest, and their nodes."""
    if by not in ("actor", "country"):
        raise ValueError("by must be 'actor' or 'country'")
    source, where = filtered_events(store, f)
    if by == "country":
        skey, tkey = events.c.source_code, events.c.target_code
    else:
        skey = actor_key(events.c.source_entity, events.c.source_name)
        tkey = actor_key(events.c.target_entity, events.c.target_name)
    weight = sa.func.count().label("weight")
    q = (sa.select(skey.label("source"), tkey.label("target"),
                   sa.func.max(events.c.source_name).label("source_name"),
                   sa.func.max(events.c.target_name).label("target_name"),
                   sa.func.max(events.c.source_code).label("source_code"),
                   sa.func.max(events.c.target_code).label("target_code"),
                   sa.func.count(sa.distinct(events.c.type)).label("types"),
                   sa.func.max(events.c.type).label("type"), weight)
         .select_from(source).where(skey.is_not(None), tkey.is_not(None), *where)
         .group_by(skey, tkey).order_by(weight.desc(), skey, tkey).limit(limit))
    with store.engine.connect() as conn:
        rows = conn.execute(q).all()
    nodes: dict[str, dict[str, Any]] = {}
    edges = []
    for r in rows:
        for key, name, code, role in ((r.source, r.source_name, r.source_code, "source"),
                                      (r.target, r.target_name, r.target_code, "target")):
            node = nodes.setdefault(key, {"id": key, "label": code if by == "country" else (name or key),
                                          "code": code, "weight": 0, "as_source": 0, "as_target": 0})
            node["weight"] += r.weight
            node[f"as_{role}"] += r.weight
        edges.append({"source": r.source, "target": r.target, "weight": r.weight,
                      "type": r.type if r.types == 1 else None, "types": r.types})
    return {"by": by, "nodes": sorted(nodes.values(), key=lambda n: -n["weight"]), "edges": edges}


# -- places ----------------------------------------------------------------------------------------------------

def places(store: Store, f: EventFilters, *, limit: int = 500) -> dict[str, Any]:
    """Event places with coordinates (from the article's own LOCATION/COUNTRY entity of that name) and counts."""
    source, where = filtered_events(store, f)
    located = (sa.select(entities.c.lat, entities.c.lon, entities.c.country)
               .where(entities.c.article_id == events.c.article_id, entities.c.name == events.c.place,
                      entities.c.lat.is_not(None)).limit(1).correlate(events))
    lat = located.with_only_columns(entities.c.lat).scalar_subquery()
    lon = located.with_only_columns(entities.c.lon).scalar_subquery()
    country = located.with_only_columns(entities.c.country).scalar_subquery()
    inner = (sa.select(events.c.place, lat.label("lat"), lon.label("lon"), country.label("country"),
                       events.c.id, events.c.type, events.c.day)
             .select_from(source).where(events.c.place.is_not(None), *where).subquery("placed"))
    q = (sa.select(inner.c.place, sa.func.max(inner.c.lat).label("lat"), sa.func.max(inner.c.lon).label("lon"),
                   sa.func.max(inner.c.country).label("country"), sa.func.count().label("events"),
                   sa.func.min(inner.c.day).label("first"), sa.func.max(inner.c.day).label("last"))
         .group_by(inner.c.place).order_by(sa.func.count().desc(), inner.c.place).limit(limit))
    with store.engine.connect() as conn:
        rows = conn.execute(q).all()
    located_rows = [r for r in rows if r.lat is not None and r.lon is not None]

    def day(value: Any) -> str | None:
        return value.isoformat() if isinstance(value, date) else (str(value)[:10] if value else None)

    return {
        "places": [{"place": r.place, "lat": float(r.lat), "lon": float(r.lon), "country": r.country,
                    "events": r.events, "first": day(r.first), "last": day(r.last)} for r in located_rows],
        "unlocated": [{"place": r.place, "events": r.events} for r in rows if r not in located_rows],
    }


# -- articles --------------------------------------------------------------------------------------------------

def _article_filter(store: Store, text: str | None, outlet: str | None) -> list[sa.ColumnElement]:
    where = []
    if text:
        condition = store.text_condition(text, in_order=True)  # a page newest first
        if condition is not None:
            where.append(condition)
    if outlet:
        where.append(store.contains_condition(articles.c.outlet, outlet))
    return where


# Counting every article that holds a word costs PostgreSQL a substring test (ILIKE: the text lower-cased) of
# each match; past this many matches the count stops and says so (a lower bound, ``ArticleTotal.exact`` false).
ARTICLE_COUNT_CAP = 500


@dataclass(frozen=True, slots=True)
class ArticleTotal:
    """How many articles match: ``exact``, or (a capped count) at least ``count``."""

    count: int
    exact: bool = True


def _newest_first(row: Any) -> tuple:
    """The article list's order (published_date DESC NULLS LAST, id DESC) as a sort key."""
    return (row.published_date is None, -(row.published_date.toordinal() if row.published_date else 0), -row.id)


def _article_page(store: Store, conn: sa.Connection, where: list[sa.ColumnElement], limit: int, offset: int,
                  filters: tuple, *, search: bool) -> tuple[ArticleTotal, list[int]]:
    """The number of matching articles and the ids of the page, newest first.

    Exact, except for a ``search`` (words in title or text) on PostgreSQL: there each match costs a
    substring test of its text, so the matches are read (in the order of the bitmap of the trigram and
    tsvector indexes) up to ``max(ARTICLE_COUNT_CAP, offset + limit + 1)``, one past the page so that
    the next page's link stays right. When they are fewer, those are all of them and the page is sorted
    out of them; else the count is a lower bound and the page is read newest first along
    ``ix_articles_newest``, which stops once the page is full: with that many matches, soon.

    SQLite's FTS index counts its matches without reading the texts, and its counts are remembered per
    ``filters`` and newest article id (articles, like events, are only added, by one writer at a time:
    see :class:`_Remembered`), so paging through a search counts once."""
    newest = (articles.c.published_date.desc().nulls_last(), articles.c.id.desc())
    page = sa.select(articles.c.id).where(*where).order_by(*newest).limit(limit).offset(offset)
    if store.dialect == "postgresql" and search:
        bound = max(ARTICLE_COUNT_CAP, offset + limit + 1)
        found = conn.execute(sa.select(articles.c.id, articles.c.published_date).where(*where).limit(bound)).all()
        if len(found) < bound:
            found.sort(key=_newest_first)
            return ArticleTotal(len(found)), [r.id for r in found[offset : offset + limit]]
        return ArticleTotal(bound, exact=False), list(conn.execute(page).scalars())
    count = sa.select(sa.func.count()).select_from(articles).where(*where)
    if store.dialect != "sqlite":
        return ArticleTotal(conn.execute(count).scalar_one()), list(conn.execute(page).scalars())
    key = ("articles", filters, conn.execute(sa.select(sa.func.max(articles.c.id))).scalar())
    total = _TOTALS.get(store, key)
    if total is None:
        total = conn.execute(count).scalar_one()
        _TOTALS.put(store, key, total)
    return ArticleTotal(total), list(conn.execute(page).scalars())


def list_articles(store: Store, *, q: str | None = None, outlet: str | None = None, limit: int = 50,
                  offset: int = 0) -> tuple[ArticleTotal, list[dict[str, Any]]]:
    """Stored articles, newest first (``q``: every word in title or text; ``outlet``: part of its name),
    each with how many events, quotes and entities it holds. Returns (total, page): see :func:`_article_page`
    for when the total is a lower bound.

    The page's ids first, then its rows: the lead and the three counts are read for the page alone, not for
    every match before the sort."""
    where = _article_filter(store, q, outlet)
    with store.engine.connect() as conn:
        total, ids = _article_page(store, conn, where, limit, offset, (q, outlet),
                                   search=bool(q and search_words(q)))
        rows = _article_rows(conn, ids)
    words = [w for w in (q or "").split() if w]
    return total, [{
        "id": r.id, "doc_id": r.doc_id, "title": r.title, "outlet": r.outlet, "url": r.url,
        "published_date": r.published_date.isoformat() if r.published_date else None, "language": r.language,
        "cluster_id": r.cluster_id, "duplicate_of": r.story_id, "events": r.events, "quotes": r.quotes,
        "entities": r.entities, "snippet": _snippet(r.lead, words),
    } for r in rows]


def _article_rows(conn: sa.Connection, ids: list[int]) -> list[Any]:
    """The listed columns of these articles, in the order of ``ids``."""
    if not ids:
        return []
    n_events = (sa.select(sa.func.count()).where(events.c.article_id == articles.c.id)
                .correlate(articles).scalar_subquery())
    n_quotes = (sa.select(sa.func.count()).where(quotes.c.article_id == articles.c.id)
                .correlate(articles).scalar_subquery())
    n_entities = (sa.select(sa.func.count()).where(entities.c.article_id == articles.c.id)
                  .correlate(articles).scalar_subquery())
    q = sa.select(articles.c.id, articles.c.doc_id, articles.c.title, articles.c.outlet, articles.c.url,
                  articles.c.published_date, articles.c.language, articles.c.cluster_id, articles.c.story_id,
                  sa.func.substr(articles.c.text, 1, 400).label("lead"), n_events.label("events"),
                  n_quotes.label("quotes"), n_entities.label("entities")).where(articles.c.id.in_(ids))
    by_id = {r.id: r for r in conn.execute(q)}
    return [by_id[i] for i in ids if i in by_id]


def _snippet(lead: str, words: list[str], width: int = 220) -> str:
    text = " ".join((lead or "").split())
    return text if len(text) <= width else text[:width].rsplit(" ", 1)[0] + " …"


def article(store: Store, article_id: int) -> dict[str, Any] | None:
    """One stored article: its record as extracted (with ``text``) and what the store knows about it."""
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(articles).where(articles.c.id == article_id)).first()
        if row is None:
            return None
        told = conn.execute(sa.select(events.c.id, events.c.record).where(events.c.article_id == article_id)
                            .order_by(events.c.seq)).all()
        event_ids = [event_id for event_id, _ in told]
        copies = []
        if row.cluster_id is not None:
            copies = [dict(r) for r in conn.execute(
                sa.select(articles.c.id, articles.c.doc_id, articles.c.outlet, articles.c.title)
                .where(articles.c.cluster_id == row.cluster_id, articles.c.id != article_id)
                .order_by(articles.c.id)).mappings()]
    return {
        "id": row.id, "doc_id": row.doc_id, "content_hash": row.content_hash, "cluster_id": row.cluster_id,
        "duplicate_of": row.story_id, "origin": row.origin, "run_id": row.run_id,
        "added": row.added.isoformat() if row.added else None, "event_ids": event_ids, "same_story": copies,
        "record": restored_record(row.record, row.text, [record for _, record in told]),
    }


def overview(store: Store) -> dict[str, Any]:
    """Counts for the front page: articles, events, quotes, actors' first and last days."""
    with store.engine.connect() as conn:
        n_articles = conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one()
        n_events = conn.execute(sa.select(sa.func.count()).select_from(events)).scalar_one()
        n_quotes = conn.execute(sa.select(sa.func.count()).select_from(quotes)).scalar_one()
        first, last = conn.execute(sa.select(sa.func.min(events.c.day), sa.func.max(events.c.day))).one()
        types = conn.execute(sa.select(events.c.type, sa.func.count()).group_by(events.c.type)
                             .order_by(sa.func.count().desc(), events.c.type)).all()
        outlets = conn.execute(sa.select(articles.c.outlet, sa.func.count()).group_by(articles.c.outlet)
                               .order_by(sa.func.count().desc(), articles.c.outlet).limit(20)).all()
    return {"articles": n_articles, "events": n_events, "quotes": n_quotes,
            "first_day": first.isoformat() if first else None, "last_day": last.isoformat() if last else None,
            "types": [{"type": t, "events": n} for t, n in types],
            "outlets": [{"outlet": o, "articles": n} for o, n in outlets]}


@dataclass
class Facets:
    """The values the filter forms offer."""

    types: list[str] = field(default_factory=list)
    modes: list[str] = field(default_factory=list)
    modalities: list[str] = field(default_factory=lambda: list(MODALITIES))


def facets(store: Store) -> Facets:
    with store.engine.connect() as conn:
        types = list(conn.execute(sa.select(events.c.type).distinct().order_by(events.c.type)).scalars())
        modes = list(conn.execute(sa.select(events.c.mode).where(events.c.mode.is_not(None)).distinct()
                                  .order_by(events.c.mode)).scalars())
    return Facets(types=types, modes=modes)
