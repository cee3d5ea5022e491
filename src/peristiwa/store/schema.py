"""The store's tables as SQLAlchemy Core objects: what the queries are written against.

The migrations in ``migrations/versions/`` create these tables (a migration
is a frozen snapshot, so it spells its tables out rather than importing
these); a test checks that the migrated database and this module agree.

One row of ``articles`` is one stored article; its annotations are spread
over child tables that keep the character offsets into ``articles.text``, so
every row can point back at the words that justify it. ``articles.record``
keeps the JSON record of ``Article.to_dict()`` but for what is kept elsewhere
(the ``text``, its own column; the ``events``, a row each with its own
``record``; each sentence's text, a slice of the text), so an article can be
read back exactly as extracted (``batch.stored_record``/``restored_record``).

Full-text indexes are back-end specific and live outside this module: on
SQLite an FTS5 table ``articles_fts`` (words) kept in step by triggers, and ``search_terms`` with its
trigram index ``search_terms_fts``, the words that articles hold (the writer adds them; migration 0006); on
PostgreSQL a generated ``tsvector`` column ``articles.search``
and a pg_trgm index on title and text (see the first migration). So are PostgreSQL's indexes of the web
lists' orders (``ix_articles_newest``, ``ix_events_newest``: the date DESC NULLS LAST, then id DESC), which
SQLite cannot declare and does not need, and of the events' entity ids (see migration 0003).
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

metadata = sa.MetaData()

# JSON: TEXT on SQLite, JSONB on PostgreSQL.
Json = sa.JSON().with_variant(JSONB(), "postgresql")


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer, primary_key=True, autoincrement=True)


def _article_fk(nullable: bool = False) -> sa.Column:
    return sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"),
                     nullable=nullable, index=True)


store_meta = sa.Table(
    "store_meta", metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

ingest_runs = sa.Table(
    "ingest_runs", metadata,
    _id(),
    sa.Column("started", sa.DateTime(timezone=True), nullable=False),
    sa.Column("finished", sa.DateTime(timezone=True)),
    # "running", "finished", "failed" (stopped by an error), "interrupted" (its process died)
    sa.Column("status", sa.Text, nullable=False),
    sa.Column("inputs", Json),
    sa.Column("host", sa.Text),
    sa.Column("pid", sa.Integer),
    sa.Column("seen", sa.Integer, nullable=False, server_default="0"),
    sa.Column("stored", sa.Integer, nullable=False, server_default="0"),
    sa.Column("duplicates", sa.Integer, nullable=False, server_default="0"),
    sa.Column("skipped", sa.Integer, nullable=False, server_default="0"),
    sa.Column("failed", sa.Integer, nullable=False, server_default="0"),
)

ingest_errors = sa.Table(
    "ingest_errors", metadata,
    _id(),
    sa.Column("run_id", sa.Integer, sa.ForeignKey("ingest_runs.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("input", sa.Text, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("created", sa.DateTime(timezone=True), nullable=False),
)

duplicate_clusters = sa.Table(
    "duplicate_clusters", metadata,
    _id(),
    # The first stored article of the story; later near-copies join its cluster.
    sa.Column("representative_id", sa.Integer, nullable=False),
    sa.Column("size", sa.Integer, nullable=False),
    sa.Column("created", sa.DateTime(timezone=True), nullable=False),
)

articles = sa.Table(
    "articles", metadata,
    _id(),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("doc_id", sa.Text, nullable=False, index=True),  # Article.id: the input's id
    sa.Column("url", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.Text),
    sa.Column("published_date", sa.Date, index=True),
    sa.Column("language", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("record", Json, nullable=False),
    sa.Column("cluster_id", sa.Integer, sa.ForeignKey("duplicate_clusters.id"), index=True),
    # For a near-copy, the story it copies (its cluster's first article); NULL for an article that is its own story.
    sa.Column("story_id", sa.Integer, index=True),
    # The independent outlet behind it (lower-cased): a near-copy takes its representative's.
    sa.Column("origin", sa.Text),
    sa.Column("run_id", sa.Integer, sa.ForeignKey("ingest_runs.id", ondelete="SET NULL"), index=True),
    sa.Column("added", sa.DateTime(timezone=True), nullable=False),
)

# MinHash signatures and their LSH band keys: the persistent near-duplicate index (see peristiwa.dedup).
article_minhash = sa.Table(
    "article_minhash", metadata,
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("signature", sa.LargeBinary, nullable=False),
)

minhash_bands = sa.Table(
    "minhash_bands", metadata,
    sa.Column("band", sa.SmallInteger, nullable=False),
    sa.Column("key", sa.BigInteger, nullable=False),
    _article_fk(),
    sa.Index("ix_minhash_bands_key", "key", "band"),
)

entities = sa.Table(
    "entities", metadata,
    _id(),
    _article_fk(),
    sa.Column("seq", sa.Integer, nullable=False),  # position in Article.entities
    sa.Column("entity_key", sa.Text, nullable=False),  # Entity.id inside the article
    sa.Column("type", sa.Text, nullable=False),
    sa.Column("name", sa.Text, nullable=False, index=True),
    sa.Column("code", sa.Text, index=True),
    sa.Column("country", sa.Text),
    sa.Column("sector", sa.Text),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("source", sa.Text),
    sa.Column("titles", Json),
    sa.Column("acts_for", sa.Text),
)

mentions = sa.Table(
    "mentions", metadata,
    _id(),
    sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id", ondelete="CASCADE"), nullable=False, index=True),
    _article_fk(),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("sentence", sa.Integer),
    sa.Column("field", sa.Text, nullable=False),
)

events = sa.Table(
    "events", metadata,
    _id(),
    _article_fk(),
    sa.Column("seq", sa.Integer, nullable=False),  # position in Article.events
    sa.Column("type", sa.Text, nullable=False, index=True),
    sa.Column("mode", sa.Text),
    sa.Column("cameo", sa.Text),
    sa.Column("goldstein", sa.Float),
    sa.Column("quad", sa.SmallInteger),
    # Grouping keys: the actor's code, else "~" + its lower-cased name; NULL when there is no actor.
    sa.Column("source_actor", sa.Text),
    sa.Column("source_code", sa.Text),
    sa.Column("source_name", sa.Text),
    sa.Column("source_entity", sa.Text),
    sa.Column("target_actor", sa.Text),
    sa.Column("target_code", sa.Text),
    sa.Column("target_name", sa.Text),
    sa.Column("target_entity", sa.Text),
    sa.Column("modality", sa.Text, nullable=False),
    sa.Column("negated", sa.Boolean, nullable=False),
    sa.Column("conditional", sa.Boolean, nullable=False),
    sa.Column("date", sa.Text),  # as the article gives it ("2025-11-04", "2025-11", …)
    sa.Column("day", sa.Date, index=True),  # the event's day, else the publication date: what filters use
    sa.Column("place", sa.Text),
    sa.Column("start", sa.Integer, nullable=False),  # the sentence that says it
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("trigger", sa.Text),
    sa.Column("rule", sa.Text),
    sa.Column("confidence", sa.Float),
    sa.Column("repeats", sa.Integer, nullable=False),  # later tellings inside the article
    # The article's story and origin (see articles), copied here so that counting needs no join.
    sa.Column("story_id", sa.Integer, nullable=False),
    sa.Column("origin", sa.Text, nullable=False),
    sa.Column("record", Json, nullable=False),
    # The counts of the happening the report belongs to (every report of this type between these actors on
    # this day, across the whole store): independent outlets and stories. Kept on write by
    # ``store.happenings.refresh`` so that "at least N sources" and "most reported first" read a column instead
    # of grouping the table. 1 (a report alone) until refreshed.
    sa.Column("num_sources", sa.Integer, nullable=False, server_default="1"),
    sa.Column("num_articles", sa.Integer, nullable=False, server_default="1"),
    # Each filter with the day, so a filter and a date range (or the newest-first window) use one index. The
    # type's holds the rest of the happening's key too (migration 0007): the write path looks happenings up by it.
    sa.Index("ix_events_happening", "type", "day", "source_actor", "target_actor"),
    sa.Index("ix_events_source_code_day", "source_code", "day"),
    sa.Index("ix_events_target_code_day", "target_code", "day"),
    # The time series: counts per day and type, or day and modality, from the index alone (a date range
    # included). Led by the day, so that the planner never takes them for a type or modality filter, which
    # without ANALYZE statistics it would rate as good as the index led by (type, day), though a modality is
    # one report in four.
    sa.Index("ix_events_day_type", "day", "type"),
    sa.Index("ix_events_day_modality", "day", "modality"),
    # "Most reported first": the happenings in that order from the index, read backwards.
    sa.Index("ix_events_most_reported", "num_sources", "num_articles"),
)

event_mentions = sa.Table(
    "event_mentions", metadata,
    _id(),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    _article_fk(),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("sentence", sa.Integer),
)

quotes = sa.Table(
    "quotes", metadata,
    _id(),
    _article_fk(),
    sa.Column("seq", sa.Integer, nullable=False),  # position in Article.quotes
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("speaker", sa.Text, index=True),
    sa.Column("speaker_id", sa.Text),
    sa.Column("speaker_description", sa.Text),
    sa.Column("direct", sa.Boolean, nullable=False),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("sentence", sa.Integer),
)

amounts = sa.Table(
    "amounts", metadata,
    _id(),
    _article_fk(),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("value", sa.Float, nullable=False),
    sa.Column("range_low", sa.Float),
    sa.Column("range_high", sa.Float),
    sa.Column("object", sa.Text),
    sa.Column("unit", sa.Text),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("qualifier", sa.Text, nullable=False),
    sa.Column("sentence", sa.Integer),
)

# Who reports whom, one row per link, from the outlet (position 0) to the origin.
source_chains = sa.Table(
    "source_chains", metadata,
    _id(),
    _article_fk(),
    sa.Column("quote_id", sa.Integer, sa.ForeignKey("quotes.id", ondelete="CASCADE"), index=True),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), index=True),
    sa.Column("position", sa.SmallInteger, nullable=False),
    sa.Column("name", sa.Text, nullable=False, index=True),
)

# Child tables in the order rows are written (parents first).
ANNOTATION_TABLES = (entities, mentions, events, event_mentions, quotes, amounts, source_chains)
