"""Happenings: the reports of one type between the same actors on the same day, counted once.

A happening is keyed by ``(type, source_actor, target_actor, day)`` (NULL actors and days included, as
GROUP BY treats them). Its independent outlets (distinct ``origin``) and stories (distinct ``story_id``)
across the whole store are stored on each of its reports, in ``events.num_sources`` and
``events.num_articles``, so that "at least N sources" is a column condition and "most reported first" an
index scan, instead of a GROUP BY over the whole table at every request.

The write path keeps them: after inserting the events of some articles, in the same transaction, it calls
:func:`refresh` with the keys of their events. A report alone in its happening needs no refresh (the columns
default to 1), but calling it is always right.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable
from datetime import date
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from peristiwa.store.schema import events

Key = tuple[str, str | None, str | None, date | None]
KEY_COLUMNS = (events.c.type, events.c.source_actor, events.c.target_actor, events.c.day)


def key_condition(keys: Iterable[Key], table: sa.TableClause = events) -> sa.ColumnElement:
    """The reports of these happenings. Column by column (``= value`` or ``IS NULL``), not through coalesce()
    or IS NOT DISTINCT FROM, so that ``ix_events_happening`` finds them on both back ends."""

    def same(column: sa.ColumnElement, value: Any) -> sa.ColumnElement:
        return column.is_(None) if value is None else column == value

    return sa.or_(*(sa.and_(table.c.type == t, same(table.c.day, d), same(table.c.source_actor, s),
                            same(table.c.target_actor, g)) for t, s, g, d in keys))


def refresh(conn: Connection, keys: Iterable[Key]) -> None:
    """Recount these happenings and store the counts on every report of them. Call it in the transaction
    that inserted their new reports, after inserting them, with the keys of those reports as they were
    written (the writer has them at hand: reading them back cost a fifth of the refresh)."""
    keys = list(set(keys))
    if not keys:
        return
    if conn.dialect.name == "postgresql":
        _lock(conn, keys)
    _store_counts(conn, _stale(conn, keys))


# Happenings per counting statement: the list goes as one JSON array (SQLite) or four arrays (PostgreSQL).
KEYS_PER_COUNT = 5000


def _nulls(key: Key) -> tuple[bool, bool, bool]:
    """Which of the key's source, target and day are NULL: the keys of one pattern share a statement."""
    _, source, target, day = key
    return source is None, target is None, day is None


def _stale(conn: Connection, keys: list[Key]) -> dict[Key, tuple[int, int]]:
    """The happenings among ``keys`` whose reports do not all carry their counts, with the counts. Most have
    one report, whose stored defaults (1, 1) are right: recounting each with a statement of its own cost more
    than inserting the reports.

    The keys are joined to the reports, whose whole key ``ix_events_happening`` indexes, in a statement for
    the keys with the same NULLs (a NULL needs ``IS NULL``, which an equality to a value would not find); the
    database gives back the stale ones alone. (Reading every report of the same type and day instead, as
    before migration 0007, cost more the more the store held: 0.6 ms an article at 4,000 articles, since
    each batch read the reports of its days again.)"""
    shapes: dict[tuple[bool, bool, bool], list[Key]] = {}
    for key in keys:
        shapes.setdefault(_nulls(key), []).append(key)
    postgresql = conn.dialect.name == "postgresql"
    stale = {}
    for shape, shaped in shapes.items():
        statement = _count_statement(postgresql, *shape)
        for start in range(0, len(shaped), KEYS_PER_COUNT):
            chunk = shaped[start : start + KEYS_PER_COUNT]
            if postgresql:  # WITH ORDINALITY counts from 1
                found = conn.execute(statement, {"types": [k[0] for k in chunk], "sources": [k[1] for k in chunk],
                                                 "targets": [k[2] for k in chunk], "days": [k[3] for k in chunk]})
                stale.update((chunk[n - 1], (sources, stories)) for n, sources, stories in found)
            else:  # json_each's keys count from 0
                listed = orjson.dumps([[t, s, g, d.isoformat() if d is not None else None] for t, s, g, d in chunk])
                found = conn.execute(statement, {"keys": listed.decode()})
                stale.update((chunk[n], (sources, stories)) for n, sources, stories in found)
    return stale


@functools.cache
def _count_statement(postgresql: bool, no_source: bool, no_target: bool, no_day: bool) -> sa.TextClause:
    """For keys with these NULLs: the position of each key whose reports do not all carry its counts, and the
    counts. The list of keys comes first in the join (SQLite's CROSS JOIN keeps that order), each key's
    reports then found through the index."""
    if postgresql:
        keys = ("unnest(CAST(:types AS text[]), CAST(:sources AS text[]), CAST(:targets AS text[]), "
                "CAST(:days AS date[])) WITH ORDINALITY AS k(type, source, target, day, n)")
        parts = ["k.type", "k.source", "k.target", "k.day"]
        position, join = "k.n", "JOIN"
    else:
        keys = "json_each(:keys) AS k"
        parts = [f"json_extract(k.value, '$[{i}]')" for i in range(4)]
        position, join = "k.key", "CROSS JOIN"
    columns = ("type", "source_actor", "target_actor", "day")
    nulls = (False, no_source, no_target, no_day)
    condition = " AND ".join(f"e.{column} IS NULL" if null else f"e.{column} = {part}"
                             for column, part, null in zip(columns, parts, nulls, strict=True))
    sources, stories = "count(DISTINCT e.origin)", "count(DISTINCT e.story_id)"
    return sa.text(
        f"SELECT {position}, {sources}, {stories} FROM {keys} {join} {events.name} AS e ON {condition} "
        f"GROUP BY {position} HAVING min(e.num_sources) <> {sources} OR max(e.num_sources) <> {sources} "
        f"OR min(e.num_articles) <> {stories} OR max(e.num_articles) <> {stories}")


def _store_counts(conn: Connection, counts: dict[Key, tuple[int, int]]) -> None:
    """Write each happening's counts on its reports: an executemany of a few fixed statements (one per pattern
    of NULLs in the key), each finding the reports through ``ix_events_happening``."""
    by_shape: dict[tuple[bool, bool, bool], list[dict[str, Any]]] = {}
    for (t, s, g, d), (sources, stories) in counts.items():
        by_shape.setdefault(_nulls((t, s, g, d)), []).append(
            {"k_type": t, "k_source": s, "k_target": g, "k_day": d, "sources": sources, "stories": stories})
    for shape, params in by_shape.items():
        conn.execute(_store_statement(*shape), params)


@functools.cache
def _store_statement(no_source: bool, no_target: bool, no_day: bool) -> sa.Update:
    def equal(column: sa.ColumnElement, name: str, null: bool) -> sa.ColumnElement:
        return column.is_(None) if null else column == sa.bindparam(name)

    return events.update().where(
        events.c.type == sa.bindparam("k_type"), equal(events.c.day, "k_day", no_day),
        equal(events.c.source_actor, "k_source", no_source), equal(events.c.target_actor, "k_target", no_target),
        (events.c.num_sources != sa.bindparam("sources")) | (events.c.num_articles != sa.bindparam("stories")),
    ).values(num_sources=sa.bindparam("sources"), num_articles=sa.bindparam("stories"))


def refresh_all(conn: Connection) -> None:
    """Recount every happening (after a bulk load that bypassed :func:`refresh`). The join compares coalesced
    keys, which both back ends can hash or index, and then the exact keys (NULL = NULL); rows whose counts are
    the default 1 are left alone."""
    counts = (sa.select(*KEY_COLUMNS, sa.func.count(sa.distinct(events.c.origin)).label("num_sources"),
                        sa.func.count(sa.distinct(events.c.story_id)).label("num_articles"))
              .group_by(*KEY_COLUMNS).subquery("happening"))
    nowhere = {"source_actor": sa.literal(""), "target_actor": sa.literal(""), "day": sa.literal(date(1, 1, 1))}
    join = [events.c.type == counts.c.type]
    for column in KEY_COLUMNS[1:]:
        join.append(sa.func.coalesce(column, nowhere[column.name])
                    == sa.func.coalesce(counts.c[column.name], nowhere[column.name]))
        join.append(column.is_not_distinct_from(counts.c[column.name]))
    conn.execute(events.update().where(*join, sa.or_(counts.c.num_sources != 1, counts.c.num_articles != 1))
                 .values(num_sources=counts.c.num_sources, num_articles=counts.c.num_articles))


def _lock(conn: Connection, keys: list[Key]) -> None:
    """PostgreSQL: hold a transaction lock per happening, so that two writers adding reports of the same
    happening at once recount one after the other (the second sees the first's rows once it commits) instead of
    each counting without the other's. Taken in one order by everyone, so writers cannot deadlock."""
    ids = sorted({int.from_bytes(hashlib.blake2b(repr(k).encode(), digest_size=8).digest(), "big", signed=True)
                  for k in keys})
    conn.execute(sa.text("SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT unnest(CAST(:ids AS bigint[])) AS k "
                         "ORDER BY k) AS locks"), {"ids": ids})
