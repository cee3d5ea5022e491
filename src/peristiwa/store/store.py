"""The corpus database: one data layer over SQLite and PostgreSQL (SQLAlchemy Core).

>>> store = Store.open("sqlite:///:memory:")     # default: sqlite:///peristiwa.db
>>> store.add_article(extract_text("…")).status   # "stored", "duplicate" or "exists"
>>> store.query_events(country="IDN", date_from="2025-01-01", min_sources=2)
>>> store.search_articles("menteri luar negeri")

:meth:`Store.open` brings the schema up to date with the Alembic migrations
inside this package before it returns, so any version of peristiwa opens any
older database. Every statement is built with SQLAlchemy Core and every value
travels as a bound parameter.

Back ends:

* **SQLite** (``sqlite:///path.db``, or a bare path): WAL journal, foreign
  keys on, a 30 s busy timeout, and write transactions opened with
  ``BEGIN IMMEDIATE`` so concurrent writers queue instead of failing. Full
  text: case-insensitive substring matching ("menteri" finds
  "Kementerian"): an FTS5 index of the articles' words, and a trigram index
  of those words that turns a search word into the stored words holding it
  (migration 0006); words under three letters fall back to LIKE.
* **PostgreSQL** (``postgresql://…``, driven by psycopg 3): full text with
  the ``indonesian`` text search configuration (``simple`` where the server
  lacks it), OR-ed with case-insensitive substring matching accelerated by a
  pg_trgm index where the extension could be created. So the same query
  finds the same articles on both back ends, and PostgreSQL adds stemmed
  matches ("penangkapan" finds "menangkap").

Idempotence: an article is identified by the SHA-256 of its URL and cleaned
text (:func:`content_hash`); adding one that is already stored does nothing.
Near-copies (syndicated stories) are stored too, linked to a duplicate
cluster (:mod:`peristiwa.dedup`), and the query layer counts each story once.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event as sa_event
from sqlalchemy.dialects.postgresql import REGCONFIG
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from peristiwa import dedup
from peristiwa.model import Article
from peristiwa.store import happenings
from peristiwa.store.batch import (
    IN_CHUNK,
    REFUSALS,
    AddResult,
    PreparedArticle,
    Refused,
    needs_events,
    prepare,
    recompute_signatures,
    restored_record,
    run_counts,
    stored_ids,
    write_articles,
)
from peristiwa.store.batch import content_hash as content_hash  # re-exported: the identity of an article
from peristiwa.store.batch import iso_day as _iso_day
from peristiwa.store.batch import json_text as _json_dumps
from peristiwa.store.batch import record_of as record_of  # re-exported
from peristiwa.store.schema import (
    amounts,
    articles,
    duplicate_clusters,
    entities,
    event_mentions,
    events,
    ingest_errors,
    ingest_runs,
    mentions,
    quotes,
    source_chains,
    store_meta,
)

DEFAULT_URL = "sqlite:///peristiwa.db"
# Environment variable naming the database when --db is not given.
URL_VARIABLE = "PERISTIWA_DB"
HEAD = "0007"
# SQLite's page cache per connection, in MiB (its default is 2). The rows of an ingest go into some twenty
# indexes, whose pages are read back at every batch; with 2 MiB they soon no longer fit and each batch
# reads them from the file again: writing a batch cost 10 to 15% more CPU at a few thousand articles, and
# more as the store grows. Pages are cached only as they are read, so a connection uses this at most.
SQLITE_CACHE_MIB = 32
# The page size of a new SQLite database, in bytes (SQLite's default is 4,096). An article's row is its text
# and its JSON record, some 18 KB together: with 4 KiB pages it spills over a chain of overflow pages, the
# last one mostly empty. With 16 KiB pages, on 600 generated articles (2026-11-29): the file 27% smaller
# (30.7 instead of 42.2 KB an article), writing a batch 6-9% less CPU time (the same instructions, but fewer
# pages through the WAL and its checkpoints: less system time), and the typical filters of bench_store.py on
# 120,000 events within 1.6 ms of before (all under 8 ms). 8 KiB made the file no smaller, 32 KiB larger. A
# database that exists keeps the page size it was made with: in WAL mode SQLite does not change it.
SQLITE_PAGE_SIZE = 16_384

# SQLite's FTS5 index (made by the first migration, of words since 0006): rowid is articles.id; the hidden
# column of the table's own name is the left operand of MATCH.
_FTS = sa.table("articles_fts", sa.column("rowid"), sa.column("articles_fts"))
# SQLite: the stored words that hold a search word (a quoted FTS5 string), at most so many (migration 0006).
_TERMS_HOLDING = ("SELECT term FROM search_terms WHERE id IN "
                  "(SELECT rowid FROM search_terms_fts WHERE search_terms_fts MATCH ?) LIMIT ?")
# A search word found in more stored words than this is tested with LIKE instead (see Store._fts_query).
SEARCH_TERMS_LIMIT = 500
# The article with a content hash, the statement built once (see Store.content_checker).
_ARTICLE_WITH_CONTENT = sa.select(articles.c.id).where(articles.c.content_hash == sa.bindparam("digest"))
# PostgreSQL's generated tsvector column (made by the first migration, not part of the Core table).
_SEARCH = sa.literal_column("articles.search")


class StoreError(RuntimeError):
    """The database cannot be opened or used (wrong URL, server unreachable, no such file)."""


def default_url() -> str:
    return os.environ.get(URL_VARIABLE) or DEFAULT_URL


def normalise_url(url: str) -> str:
    """A SQLAlchemy URL: ``postgresql://`` gets the psycopg 3 driver; a bare path is a SQLite file."""
    if "://" not in url:
        return f"sqlite:///{url}"
    scheme, rest = url.split("://", 1)
    if scheme in ("postgres", "postgresql"):
        return f"postgresql+psycopg://{rest}"
    return url


def _now() -> datetime:
    return datetime.now(UTC)


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_words(text: str) -> list[str]:
    """The words of a search: split on white space, quotation marks and other punctuation at the edges."""
    words = []
    for raw in text.split():
        word = raw.strip("\"'“”‘’«».,;:!?()[]{}")
        if word:
            words.append(word)
    return words


class Store:
    """A corpus database. Open with :meth:`open`; use as a context manager or call :meth:`close`."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.dialect = engine.dialect.name
        self._meta: dict[str, str] = {}

    # -- opening -------------------------------------------------------------------------------------------

    @classmethod
    def open(cls, url: str | None = None, *, create: bool = True, echo: bool = False) -> Store:
        """Connect, and upgrade the schema to the newest migration.

        ``create=False`` refuses to create a new SQLite file (for reading commands).
        """
        url = normalise_url(url or default_url())
        try:
            sa_url = sa.engine.make_url(url)
        except sa.exc.ArgumentError as exc:
            raise StoreError(f"not a database URL: {url!r}") from exc
        backend = sa_url.get_backend_name()
        if backend == "sqlite":
            engine = _sqlite_engine(sa_url, create=create, echo=echo)
        elif backend == "postgresql":
            engine = sa.create_engine(sa_url, echo=echo, pool_pre_ping=True, json_serializer=_json_dumps)
        else:
            raise StoreError(f"unsupported database {backend!r}: use sqlite:///FILE or postgresql://…")
        store = cls(engine)
        try:
            store.upgrade()
        except sa.exc.OperationalError as exc:
            engine.dispose()
            raise StoreError(f"cannot open {store.url}: {exc.orig}") from exc
        return store

    @property
    def url(self) -> str:
        """The URL with any password masked."""
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def upgrade(self) -> None:
        """Run the pending migrations (a no-op on an up-to-date database); then, if the store's near-duplicate
        signatures were made with other parameters than :data:`peristiwa.dedup.PARAMETERS` (an earlier
        version's way of hashing shingles), make them again from the stored texts, so that new articles are
        compared with old ones on equal terms. Both under the migrations' lock."""
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(resources.files("peristiwa.store").joinpath("migrations")))
        with self._write() as conn:
            if self.dialect == "postgresql":  # one migrator at a time
                conn.execute(sa.select(sa.func.pg_advisory_xact_lock(0x70657269)))
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            stored = conn.execute(sa.select(store_meta.c.value).where(store_meta.c.key == "dedup")).scalar()
            if stored is None:
                conn.execute(store_meta.insert(), {"key": "dedup", "value": dedup.PARAMETERS})
            elif stored != dedup.PARAMETERS:
                recompute_signatures(conn)
                conn.execute(store_meta.update().where(store_meta.c.key == "dedup"), {"value": dedup.PARAMETERS})
        with self.engine.connect() as conn:
            self._meta = dict(conn.execute(sa.select(store_meta.c.key, store_meta.c.value)).all())

    def revision(self) -> str | None:
        """The schema's migration revision."""
        with self.engine.connect() as conn:
            return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()

    @property
    def settings(self) -> dict[str, str]:
        """What the migrations chose for this database (full-text configuration, trigram index, dedup)."""
        return dict(self._meta)

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            conn.execution_options(peristiwa_write=True)
            with conn.begin():
                yield conn

    # -- writing -------------------------------------------------------------------------------------------

    def has_content(self, digest: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(_ARTICLE_WITH_CONTENT, {"digest": digest}).first() is not None

    @contextmanager
    def content_checker(self) -> Iterator[Callable[[str], bool]]:
        """:meth:`has_content` for one call after another (a document at a time, as ingest checks them):
        one connection kept open and one statement, each check a read transaction of its own so that it
        sees what was committed since.

        On SQLite the statement goes straight to the driver's cursor, whose connection is in autocommit
        mode (see ``_sqlite_engine``): each SELECT is its own read transaction. Between two documents'
        extraction, SQLAlchemy's execute-and-rollback path ran from cold caches at about 0.3 ms a check,
        a twentieth of an article's ingest; the cursor takes a tenth of that."""
        with self.engine.connect() as conn:
            if self.dialect == "sqlite":
                cursor = conn.connection.dbapi_connection.cursor()
                query = f"SELECT 1 FROM {articles.name} WHERE {articles.c.content_hash.name} = ?"

                def stored(digest: str) -> bool:
                    # the statement runs to its end, so no read transaction outlives the check (one would keep
                    # the WAL from being checkpointed: a test checks)
                    return bool(cursor.execute(query, (digest,)).fetchall())

                try:
                    yield stored
                finally:
                    cursor.close()
                return

            def stored(digest: str) -> bool:
                try:
                    return conn.execute(_ARTICLE_WITH_CONTENT, {"digest": digest}).first() is not None
                finally:
                    conn.rollback()

            yield stored

    def add_article(self, article: Article | dict[str, Any] | PreparedArticle, *, run_id: int | None = None,
                    conn: Connection | None = None, count: bool = True) -> AddResult:
        """Store one article (an :class:`Article` or its JSON record) in one transaction.

        A no-op returning status "exists" when the same content is already stored. With ``run_id`` the
        run's counters are updated in the same transaction, so they never disagree with the rows (unless
        ``count`` is false: the caller counts, see :meth:`count_run`). With ``conn`` (from :meth:`writer`) the
        article joins that open transaction under a savepoint instead. Raises what the database raises when
        it refuses the article (``sqlalchemy.exc.DataError`` for a NUL character on PostgreSQL, say).
        """
        (result,) = self.add_articles([article], run_id=run_id, conn=conn, count=count)
        if isinstance(result, Refused):
            raise result.error
        return result

    def add_articles(self, items: Sequence[Article | dict[str, Any] | PreparedArticle], *,
                     run_id: int | None = None, conn: Connection | None = None,
                     count: bool = True) -> list[AddResult | Refused]:
        """Store many articles in one transaction, a few statements per table for all of them (see
        :mod:`peristiwa.store.batch`); what happened to each, in order.

        The same as adding them one by one with :meth:`add_article`, ids and duplicate clusters included,
        except that an article the database refuses is not raised but comes back as :class:`Refused`, and
        costs only itself: the batch is written again article by article, each under a savepoint. With
        ``conn`` the batch joins that open transaction (under a savepoint); ``run_id`` and ``count`` as for
        :meth:`add_article`.
        """
        batch = [item if isinstance(item, PreparedArticle) else prepare(item) for item in items]
        if not batch:
            return []
        with self._within(conn) as c:
            results = self._write_isolated(c, batch, run_id)
            if run_id is not None and count:
                self.count_run(run_id, conn=c, **run_counts(results))
        return results

    def _write_isolated(self, conn: Connection, batch: list[PreparedArticle],
                        run_id: int | None, retried: bool = False) -> list[AddResult | Refused]:
        """The batch written at once if the database takes all of it, else article by article."""
        try:
            with conn.begin_nested():
                return list(write_articles(conn, batch, run_id))
        except REFUSALS as exc:
            if len(batch) > 1 and isinstance(exc, sa.exc.IntegrityError) and not retried:
                # Another writer stored some of these articles while ours waited for it (PostgreSQL): the batch
                # once more, finding them stored now. Article by article it would insert in input order, not
                # in content-hash order, and could deadlock with that writer's next batch.
                return self._write_isolated(conn, batch, run_id, retried=True)
            if len(batch) > 1:
                return [self._write_isolated(conn, [p], run_id)[0] for p in batch]
            if isinstance(exc, sa.exc.IntegrityError):
                # another writer stored the same content between our check and our insert
                existing = stored_ids(conn, [batch[0].digest]).get(batch[0].digest)
                if existing is not None:
                    return [AddResult("exists", existing)]
            return [Refused(exc)]

    @contextmanager
    def writer(self) -> Iterator[Connection]:
        """An open write transaction, for writing many articles with one commit (pass it as ``conn``):
        committed when the block ends; rolled back, all of it, if the block raises."""
        with self._write() as conn:
            yield conn

    @contextmanager
    def _within(self, conn: Connection | None) -> Iterator[Connection]:
        if conn is None:
            with self._write() as own:
                yield own
        else:
            with conn.begin_nested():
                yield conn

    # -- ingest runs -----------------------------------------------------------------------------------------

    def start_run(self, inputs: Sequence[str] = ()) -> int:
        """Record a new ingest run; runs left "running" by a process that is gone become "interrupted"."""
        host = socket.gethostname()
        with self._write() as conn:
            for run_id, pid in conn.execute(sa.select(ingest_runs.c.id, ingest_runs.c.pid).where(
                    ingest_runs.c.status == "running", ingest_runs.c.host == host)).all():
                if pid is not None and not _alive(pid):
                    conn.execute(ingest_runs.update().where(ingest_runs.c.id == run_id)
                                 .values(status="interrupted"))
            return conn.execute(ingest_runs.insert().returning(ingest_runs.c.id), {
                "started": _now(), "status": "running", "inputs": list(inputs), "host": host, "pid": os.getpid(),
            }).scalar_one()

    def finish_run(self, run_id: int, status: str = "finished") -> None:
        with self._write() as conn:
            conn.execute(ingest_runs.update().where(ingest_runs.c.id == run_id)
                         .values(status=status, finished=_now()))

    def add_error(self, run_id: int, source: str, reason: str, *, conn: Connection | None = None,
                  count: bool = True) -> None:
        """Record a document that could not be stored, and go on."""
        with self._within(conn) as c:
            c.execute(ingest_errors.insert(), {"run_id": run_id, "input": source, "reason": reason,
                                               "created": _now()})
            if count:
                self.count_run(run_id, conn=c, seen=1, failed=1)

    def add_errors(self, run_id: int, errors: Sequence[tuple[str, str]], *, conn: Connection | None = None) -> None:
        """Record documents that could not be stored, ``(input, reason)`` each, in one statement (the caller
        counts them)."""
        if not errors:
            return
        now = _now()
        with self._within(conn) as c:
            c.execute(ingest_errors.insert(), [{"run_id": run_id, "input": source, "reason": reason, "created": now}
                                               for source, reason in errors])

    def count_run(self, run_id: int, *, conn: Connection | None = None, **increments: int | bool) -> None:
        """Add to a run's counters (seen, stored, duplicates, skipped, failed)."""
        values = {name: getattr(ingest_runs.c, name) + int(n) for name, n in increments.items() if n}
        if not values:
            return
        statement = ingest_runs.update().where(ingest_runs.c.id == run_id).values(**values)
        if conn is not None:
            conn.execute(statement)
        else:
            with self._write() as own:
                own.execute(statement)

    def runs(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(sa.select(ingest_runs).order_by(ingest_runs.c.id)).mappings()]

    def run(self, run_id: int) -> dict[str, Any]:
        with self.engine.connect() as conn:
            return dict(conn.execute(sa.select(ingest_runs).where(ingest_runs.c.id == run_id)).mappings().one())

    def errors(self, run_id: int | None = None) -> list[dict[str, Any]]:
        q = sa.select(ingest_errors).order_by(ingest_errors.c.id)
        if run_id is not None:
            q = q.where(ingest_errors.c.run_id == run_id)
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(q).mappings()]

    # -- reading ---------------------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        tables = (articles, duplicate_clusters, entities, mentions, events, event_mentions, quotes, amounts,
                  source_chains, ingest_runs, ingest_errors)
        with self.engine.connect() as conn:
            return {t.name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one() for t in tables}

    def article(self, doc_id: str) -> dict[str, Any] | None:
        """The record of the first stored article with this id (the input's id), as extracted."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(articles.c.id, articles.c.record, articles.c.text)
                               .where(articles.c.doc_id == doc_id).order_by(articles.c.id).limit(1)).first()
            if row is None:
                return None
            told = event_records(conn, [row.id]) if needs_events(row.record) else {}
            return restored_record(row.record, row.text, told.get(row.id, []))

    def iter_records(self, *, unique: bool = False, date_from: str | date | None = None,
                     date_to: str | date | None = None, batch: int = 200) -> Iterator[dict[str, Any]]:
        """Article records in storage order; ``unique`` leaves out near-copies (one article per story)."""
        last = 0
        while True:
            q = (sa.select(articles.c.id, articles.c.record, articles.c.text, articles.c.cluster_id,
                           articles.c.story_id)
                 .where(articles.c.id > last).order_by(articles.c.id).limit(batch))
            if unique:
                q = q.where(articles.c.story_id.is_(None))
            if date_from:
                q = q.where(articles.c.published_date >= _iso_day(str(date_from)))
            if date_to:
                q = q.where(articles.c.published_date <= _iso_day(str(date_to)))
            with self.engine.connect() as conn:
                rows = conn.execute(q).all()
                told = event_records(conn, [row.id for row in rows if needs_events(row.record)])
            if not rows:
                return
            for row in rows:
                yield restored_record(row.record, row.text, told.get(row.id, []))
            last = rows[-1].id

    def clusters(self) -> list[dict[str, Any]]:
        """Every duplicate cluster with its articles' ids (the inputs' ids), the representative first."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(articles.c.cluster_id, articles.c.doc_id, articles.c.outlet,
                          (articles.c.id == duplicate_clusters.c.representative_id).label("first"))
                .join(duplicate_clusters, duplicate_clusters.c.id == articles.c.cluster_id)
                .order_by(articles.c.cluster_id, articles.c.id)).all()
        out: dict[int, dict[str, Any]] = {}
        for r in rows:
            c = out.setdefault(r.cluster_id, {"cluster_id": r.cluster_id, "articles": [], "outlets": []})
            c["articles"].append(r.doc_id)
            c["outlets"].append(r.outlet)
        return list(out.values())

    # -- full text -------------------------------------------------------------------------------------------

    def _search_text(self) -> sa.ColumnElement:
        """title and text as one string; on PostgreSQL the very expression of the trigram index."""
        return sa.func.coalesce(articles.c.title, sa.literal_column("''")).concat(
            sa.literal_column("' '")).concat(articles.c.text)

    def _fts_query(self, words: list[str]) -> tuple[str | None, list[sa.ColumnElement]] | None:
        """SQLite: the FTS5 query for the words of a search and LIKE conditions for what it cannot find; None
        when a word is in no stored article, so that nothing matches.

        The index holds words (migration 0006), and a search word may be any part of one: each of its parts
        (runs of letters and digits, :func:`peristiwa.dedup.words`) of three letters or more is looked up in
        the trigram index of the stored words, and the query asks for any of those it is in ("menteri" ->
        menteri, kementerian, …). A word that is not one such part ("covid-19", "RI") is tested as a whole
        with LIKE on the articles the query leaves, as is a part found in more than
        :data:`SEARCH_TERMS_LIMIT` stored words."""
        groups: list[str] = []
        like: list[sa.ColumnElement] = []
        with self.engine.connect() as conn:
            for word in words:
                parts = dedup.words(word)
                whole = parts == [word.lower()]
                for part in parts:
                    if len(part) < 3:
                        whole = False
                        continue
                    terms = conn.exec_driver_sql(_TERMS_HOLDING, (f'"{part}"', SEARCH_TERMS_LIMIT + 1)).scalars().all()
                    if not terms:
                        return None
                    if len(terms) > SEARCH_TERMS_LIMIT:
                        whole = False
                        continue
                    groups.append("(" + " OR ".join(f'"{term}"' for term in terms) + ")")
                if not whole:
                    like.append(self._search_text().ilike(f"%{_escape_like(word)}%", escape="\\"))
        return " AND ".join(groups) or None, like

    def _tsquery(self, text: str) -> sa.ColumnElement:
        config = self._meta.get("fts_config", "simple")
        return sa.func.plainto_tsquery(sa.cast(sa.literal(config), REGCONFIG), text)

    def text_condition(self, text: str, *, in_order: bool = False) -> sa.ColumnElement | None:
        """A WHERE condition on ``articles``: title or text hold every word of ``text``; None for no words.

        ``in_order``: the articles are wanted in the order of an index (a page of a list, newest first), so
        on SQLite the matches are a test of each row read along it rather than ids to look up and sort: the
        reading stops once the page is full (SQLite's no-op unary + keeps its planner off the rowid)."""
        words = search_words(text)
        if not words:
            return None
        if self.dialect == "sqlite":
            found = self._fts_query(words)
            if found is None:
                return sa.false()
            query, short = found
            if query is None:
                return sa.and_(*short)
            matching = sa.select(_FTS.c.rowid).where(_FTS.c.articles_fts.op("MATCH")(query))
            article_id = UnaryExpression(articles.c.id, operator=custom_op("+"), type_=articles.c.id.type) \
                if in_order else articles.c.id
            return sa.and_(article_id.in_(matching), *short)
        like = [self._search_text().ilike(f"%{_escape_like(w)}%", escape="\\") for w in words]
        return sa.or_(_SEARCH.op("@@")(self._tsquery(text)), sa.and_(*like))

    def search_articles(self, text: str, *, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        """Articles whose title or text contain every word of ``text`` (case-insensitive substrings; on
        PostgreSQL stemmed matches too), best first, each with a snippet around a match."""
        words = search_words(text)
        if not words:
            return []
        # First the ids of the page, ranked; then the page's rows (texts are read for those alone).
        q = sa.select(articles.c.id)
        if self.dialect == "sqlite":
            found = self._fts_query(words)
            if found is None:
                return []
            query, short = found
            if query is None:
                q = q.where(*short)
            else:  # bm25 (lower is better) needs the FTS row of the match itself
                q = (q.join(_FTS, _FTS.c.rowid == articles.c.id)
                     .where(_FTS.c.articles_fts.op("MATCH")(query), *short)
                     .order_by(sa.func.bm25(sa.literal_column("articles_fts"))))
        else:
            q = q.where(self.text_condition(text)).order_by(sa.func.ts_rank(_SEARCH, self._tsquery(text)).desc())
        q = q.order_by(articles.c.published_date.desc(), articles.c.id).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            ids = list(conn.execute(q).scalars())
            found = {r["id"]: r for r in conn.execute(
                sa.select(articles.c.id, articles.c.doc_id, articles.c.title, articles.c.url, articles.c.outlet,
                          articles.c.published_date, articles.c.cluster_id, articles.c.story_id, articles.c.text)
                .where(articles.c.id.in_(ids))).mappings()} if ids else {}
        rows = [found[i] for i in ids]
        out = []
        for r in rows:
            item = {k: r[k] for k in ("doc_id", "title", "url", "outlet", "cluster_id")}
            item["published_date"] = r["published_date"].isoformat() if r["published_date"] else None
            item["duplicate"] = r["story_id"] is not None
            item["snippet"] = _snippet(r["text"], words)
            out.append(item)
        return out

    # -- events ----------------------------------------------------------------------------------------------

    def filter_conditions(self, *, actor: str | None = None, country: str | None = None,
                       type: str | Sequence[str] | None = None, modality: str | Sequence[str] | None = None,
                       date_from: str | date | None = None, date_to: str | date | None = None,
                       text: str | None = None, outlet: str | None = None,
                       unique: bool = False) -> tuple[list[sa.ColumnElement], bool]:
        """WHERE conditions on ``events``, and whether they need ``articles`` joined.

        Public so that readers above the store (the web app's queries) filter exactly as
        ``query_events`` and ``peristiwa query`` do, instead of re-deriving the conditions."""
        where: list[sa.ColumnElement] = []
        join = False
        if type:
            types = [type] if isinstance(type, str) else list(type)
            where.append(events.c.type.in_([t.upper() for t in types]))
        if modality:
            modalities = [modality] if isinstance(modality, str) else list(modality)
            where.append(events.c.modality.in_([m.lower() for m in modalities]))
        if country:
            code = country.upper()
            where.append(sa.or_(events.c.source_code == code, events.c.target_code == code))
        if actor:
            where.append(sa.or_(
                self.contains_condition(events.c.source_name, actor),
                self.contains_condition(events.c.target_name, actor),
                events.c.source_code == actor.upper(), events.c.target_code == actor.upper(),
                events.c.source_entity == actor, events.c.target_entity == actor))
        if date_from:
            where.append(events.c.day >= _checked_day(date_from))
        if date_to:
            where.append(events.c.day <= _checked_day(date_to))
        if outlet:
            where.append(self.contains_condition(articles.c.outlet, outlet))
            join = True
        if unique:
            where.append(articles.c.story_id.is_(None))
            join = True
        if text:
            condition = self.text_condition(text)
            if condition is not None:
                where.append(events.c.article_id.in_(sa.select(articles.c.id).where(condition)))
        return where, join

    def contains_condition(self, column: sa.ColumnElement, part: str) -> sa.ColumnElement:
        """Case-insensitive substring match. On SQLite plain LIKE, which ignores ASCII case by itself and
        is twice as fast as SQLAlchemy's lower() LIKE lower()."""
        pattern = f"%{_escape_like(part)}%"
        if self.dialect == "sqlite":
            return column.like(pattern, escape="\\")
        return column.ilike(pattern, escape="\\")

    def query_events(self, *, actor: str | None = None, country: str | None = None,
                     type: str | Sequence[str] | None = None, modality: str | Sequence[str] | None = None,
                     date_from: str | date | None = None, date_to: str | date | None = None,
                     text: str | None = None, min_sources: int | None = None, outlet: str | None = None,
                     order: str = "date", limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Events matching the filters, the same happening in several articles counted as one row.

        Reports of one type between the same actors (by code, else by name) on the same day are one row, with
        ``num_articles`` (stories: a syndicated copy and its original count once), ``num_sources``
        (independent outlets: a copy counts under the outlet it copies), ``num_mentions`` (every telling,
        repeats inside an article included) and ``num_reports`` (coded events). Filters apply to single
        reports: ``actor`` (part of a source or target name, a code, or an entity id), ``country`` (source or
        target code), ``type`` and ``modality`` (one or several), ``date_from``/``date_to`` (the event's day,
        else the publication date; ISO dates, inclusive), ``text`` (full text of the article), ``outlet``.
        ``min_sources`` keeps rows with at least that many sources. ``order``: "date" (newest first) or
        "sources" (most reported first). Each row carries one example report: article, URL, sentence.

        Newest first, the rows are found in a growing window of days back from the newest day, so a page
        costs what its days hold, not what the whole table holds (a row never spans days).
        """
        if order not in ("date", "sources"):
            raise ValueError("order must be 'date' or 'sources'")
        where, join = self.filter_conditions(actor=actor, country=country, type=type, modality=modality,
                                          date_from=date_from, date_to=date_to, text=text, outlet=outlet)
        source = events.join(articles, articles.c.id == events.c.article_id) if join else events
        if min_sources:
            # A happening's sources among the filtered reports are at most its sources in the whole store (the
            # stored count): reports of happenings with fewer can never make a row, and leaving them out early
            # changes no row (a kept happening keeps every one of its filtered reports).
            where.append(events.c.num_sources >= int(min_sources))
        with self.engine.connect() as conn:
            rows = None
            if order == "date":
                rows = self._newest_groups(conn, source, where, min_sources, limit + offset,
                                           date_from and _checked_day(date_from), date_to and _checked_day(date_to))
            elif not (actor or country or modality or date_from or date_to or text or outlet):
                rows = self._most_reported(conn, where, limit + offset)
            if rows is None:
                rows = conn.execute(self._grouped(source, where, min_sources, order)
                                    .limit(limit + offset)).mappings().all()
            rows = rows[offset:]
            examples = self._examples(conn, [r["example_id"] for r in rows])
        out = []
        for r in rows:
            out.append({
                "type": r["type"], "cameo": r["cameo"],
                "goldstein": None if r["goldstein"] is None else round(float(r["goldstein"]), 2),
                "source": {"code": r["source_code"], "name": r["source_name"]} if r["source_actor"] else None,
                "target": {"code": r["target_code"], "name": r["target_name"]} if r["target_actor"] else None,
                "date": r["day"].isoformat() if r["day"] else None,
                "num_sources": r["num_sources"], "num_articles": r["num_articles"],
                "num_mentions": int(r["num_mentions"]), "num_reports": r["num_reports"],
                "example": examples.get(r["example_id"]),
            })
        return out

    @staticmethod
    def _grouped(source: sa.FromClause, where: list[sa.ColumnElement], min_sources: int | None,
                 order: str) -> sa.Select:
        num_sources = sa.func.count(sa.distinct(events.c.origin)).label("num_sources")
        num_articles = sa.func.count(sa.distinct(events.c.story_id)).label("num_articles")
        q = (sa.select(
                events.c.type, events.c.source_actor, events.c.target_actor, events.c.day,
                sa.func.max(events.c.cameo).label("cameo"), sa.func.avg(events.c.goldstein).label("goldstein"),
                sa.func.max(events.c.source_code).label("source_code"),
                sa.func.max(events.c.source_name).label("source_name"),
                sa.func.max(events.c.target_code).label("target_code"),
                sa.func.max(events.c.target_name).label("target_name"),
                sa.func.count().label("num_reports"),
                sa.func.sum(events.c.repeats + 1).label("num_mentions"),
                num_articles, num_sources, sa.func.min(events.c.id).label("example_id"))
             .select_from(source).where(*where)
             .group_by(events.c.type, events.c.source_actor, events.c.target_actor, events.c.day))
        if min_sources:
            q = q.having(sa.func.count(sa.distinct(events.c.origin)) >= int(min_sources))
        if order == "date":
            q = q.order_by(events.c.day.desc().nulls_last(), num_sources.desc(), num_articles.desc())
        else:
            q = q.order_by(num_sources.desc(), num_articles.desc(), events.c.day.desc().nulls_last())
        return q.order_by(events.c.type, events.c.source_actor, events.c.target_actor)

    def _most_reported(self, conn: Connection, where: list[sa.ColumnElement], need: int) -> list[Any]:
        """The first ``need`` rows most reported first, when no filter splits a happening (none, or its type):
        then each row is a whole happening, whose counts are stored on its reports, so the happenings come in
        order from ``ix_events_most_reported`` and only theirs are grouped. Same rows, same order as
        :meth:`_grouped` over the whole table, whose order is total (it ends on the happening's key)."""
        order = [events.c.num_sources.desc(), events.c.num_articles.desc(), events.c.day.desc().nulls_last(),
                 events.c.type, events.c.source_actor, events.c.target_actor]
        keys = conn.execute(sa.select(*happenings.KEY_COLUMNS, events.c.num_sources, events.c.num_articles)
                            .distinct().where(*where).order_by(*order).limit(need)).all()
        if not keys:
            return []
        # Every report of these happenings passes the filters; the filters are left out here because the
        # planner would read them from their index instead of looking up the few happenings.
        grouped = self._grouped(events, [happenings.key_condition(k[:4] for k in keys)], None, "sources")
        return conn.execute(grouped).mappings().all()

    def _newest_groups(self, conn: Connection, source: sa.FromClause, where: list[sa.ColumnElement],
                       min_sources: int | None, need: int, date_from: date | None,
                       date_to: date | None) -> list[Any] | None:
        """The first ``need`` rows newest first, from a window of the last 7 days of the table (or of the
        asked range), widened fourfold until it holds ``need`` rows; None when the window would cover most
        of the days (the caller then runs the whole query). The bounds come from the day index alone, and
        each window query reads only its days, so a filter no index serves (an actor's name) costs little."""
        newest = conn.execute(sa.select(sa.func.max(events.c.day))).scalar()
        oldest = conn.execute(sa.select(sa.func.min(events.c.day))).scalar()
        if newest is None or oldest is None:
            return None
        newest = min(newest, date_to) if date_to else newest
        oldest = max(oldest, date_from) if date_from else oldest
        days = (newest - oldest).days + 1
        span = 7
        while span < days / 2:
            rows = conn.execute(self._grouped(source, [*where, events.c.day > newest - timedelta(days=span)],
                                              min_sources, "date").limit(need)).mappings().all()
            if len(rows) >= need:
                return rows
            span *= 4
        return None

    @staticmethod
    def _examples(conn: Connection, event_ids: list[int]) -> dict[int, dict[str, Any]]:
        if not event_ids:
            return {}
        sentence = sa.func.substr(articles.c.text, events.c.start + 1, events.c.end - events.c.start)
        rows = conn.execute(
            sa.select(events.c.id, events.c.modality, articles.c.doc_id, articles.c.url, articles.c.outlet,
                      sentence.label("sentence"))
            .join(articles, articles.c.id == events.c.article_id).where(events.c.id.in_(event_ids))).mappings()
        return {r["id"]: {"article": r["doc_id"], "url": r["url"], "outlet": r["outlet"],
                          "modality": r["modality"], "sentence": r["sentence"]} for r in rows}

    def iter_events(self, *, unique: bool = False, batch: int = 1000, **filters: Any) -> Iterator[dict[str, Any]]:
        """Every single coded event matching the filters of :meth:`query_events` (no grouping), in storage
        order, with its article's metadata and duplicate cluster; ``unique`` leaves out near-copies."""
        where, _ = self.filter_conditions(unique=unique, **filters)
        last = 0
        sentence = sa.func.substr(articles.c.text, events.c.start + 1, events.c.end - events.c.start)
        while True:
            q = (sa.select(events.c.id, events.c.seq, events.c.record, events.c.day, articles.c.doc_id,
                           articles.c.url, articles.c.outlet, articles.c.title, articles.c.published_date,
                           articles.c.language, articles.c.cluster_id, articles.c.story_id,
                           sentence.label("sentence"))
                 .select_from(events.join(articles, articles.c.id == events.c.article_id))
                 .where(events.c.id > last, *where).order_by(events.c.id).limit(batch))
            with self.engine.connect() as conn:
                rows = conn.execute(q).mappings().all()
            if not rows:
                return
            for r in rows:
                yield {
                    "article_id": r["doc_id"], "seq": r["seq"], "url": r["url"], "outlet": r["outlet"],
                    "title": r["title"], "language": r["language"],
                    "published_date": r["published_date"].isoformat() if r["published_date"] else None,
                    "day": r["day"].isoformat() if r["day"] else None, "cluster_id": r["cluster_id"],
                    "duplicate": r["story_id"] is not None, "sentence": r["sentence"],
                    "event": r["record"],
                }
            last = rows[-1]["id"]


def event_records(conn: Connection, article_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    """The events' records of these articles, each article's in ``seq`` order (what its record's ``events``
    was; see :func:`peristiwa.store.batch.stored_record`)."""
    found: dict[int, list[dict[str, Any]]] = {}
    for start in range(0, len(article_ids), IN_CHUNK):
        for article_id, record in conn.execute(
                sa.select(events.c.article_id, events.c.record)
                .where(events.c.article_id.in_(article_ids[start : start + IN_CHUNK]))
                .order_by(events.c.article_id, events.c.seq)):
            found.setdefault(article_id, []).append(record)
    return found


def _checked_day(value: str | date) -> date:
    day = _iso_day(value if isinstance(value, date) else str(value))
    if day is None or (isinstance(value, str) and len(value) != 10):
        raise ValueError(f"not an ISO date (YYYY-MM-DD): {value!r}")
    return day


def _snippet(text: str, words: Iterable[str], width: int = 160) -> str:
    """A stretch of ``text`` around the first place the longest search word occurs."""
    lower = text.lower()
    at = 0
    for word in sorted(words, key=len, reverse=True):
        found = lower.find(word.lower())
        if found >= 0:
            at = found
            break
    start = max(0, at - width // 3)
    piece = text[start : start + width].replace("\n", " ")
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# Identity adapters for the parameter types that Python's sqlite3 binds as they are but still tries to adapt:
# it adapts every value that is not exactly an int, float, str or bytearray, and finding no adapter for
# None, bytes or a bool costs an AttributeError raised and cleared in C (its message formatted) for each
# value. An article's rows bind some 150 Nones. A registered adapter is a dictionary hit instead; these
# return the value (a bool as the int it is bound as anyway), so nothing bound changes. The registry is the
# module's, for every connection in the process: a type someone else has registered an adapter for is left
# to theirs.
_SQLITE_IDENTITY_ADAPTERS: tuple[tuple[type, Callable[[Any], Any]], ...] = (
    (type(None), {}.get),  # (a C call that gives None back for None)
    (bytes, bytes),
    (bool, int),
)


def _register_identity_adapters() -> None:
    import sqlite3

    for kind, adapter in _SQLITE_IDENTITY_ADAPTERS:
        if (kind, sqlite3.PrepareProtocol) not in sqlite3.adapters:
            sqlite3.register_adapter(kind, adapter)


def _sqlite_engine(url: sa.engine.URL, *, create: bool, echo: bool) -> Engine:
    _register_identity_adapters()
    database = url.database
    memory = not database or database == ":memory:" or url.query.get("mode") == "memory"
    if not memory:
        path = Path(database)
        if not create and not path.exists():
            raise StoreError(f"no database at {path} (run 'peristiwa ingest' first)")
        if not path.parent.exists():
            raise StoreError(f"cannot create {path}: folder {path.parent} does not exist")
    engine = sa.create_engine(url, echo=echo, json_serializer=_json_dumps, connect_args={"timeout": 30})

    @sa_event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, connection_record):
        # The driver's own transaction handling is switched off: BEGIN is emitted below, so that
        # DDL is transactional and writers take the write lock up front.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # before the switch to WAL: the page size of a new, empty file can be set until then, and only then
        cursor.execute(f"PRAGMA page_size={SQLITE_PAGE_SIZE}")
        if not memory:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_MIB * 1024}")  # negative: KiB, not pages
        cursor.close()

    @sa_event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("peristiwa_write") else "BEGIN")

    return engine
