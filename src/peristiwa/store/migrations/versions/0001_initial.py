"""The first schema: articles and their annotations, duplicate clusters, ingest runs and errors, full-text indexes.

Revision ID: 0001
Revises:
Create Date: 2026-11-25

Full text, by back end:

* SQLite: an FTS5 table ``articles_fts`` over title and text with the
  ``trigram`` tokenizer (substring matching, so "menteri" finds
  "Kementerian"), external-content on ``articles`` and kept in step by
  triggers.
* PostgreSQL: a generated ``tsvector`` column ``articles.search`` with the
  ``indonesian`` text search configuration where the server has it, else
  ``simple``, under a GIN index; and, where the pg_trgm extension can be
  created, a trigram GIN index on title and text for substring matching (the
  Indonesian stemmer alone reads "menteri" as "teri" and misses
  "Kementerian"). What was chosen is written to ``store_meta``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

Json = sa.JSON().with_variant(JSONB(), "postgresql")

# The expression the trigram index covers; the query layer must use the very same one to hit it.
PG_SEARCH_TEXT = "(coalesce(title, '') || ' ' || text)"


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer, primary_key=True, autoincrement=True)


def _article_fk() -> sa.Column:
    return sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False,
                     index=True)


def _span() -> list[sa.Column]:
    return [sa.Column("start", sa.Integer, nullable=False), sa.Column("end", sa.Integer, nullable=False)]


def upgrade() -> None:
    op.create_table(
        "store_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "ingest_runs",
        _id(),
        sa.Column("started", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished", sa.DateTime(timezone=True)),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("inputs", Json),
        sa.Column("host", sa.Text),
        sa.Column("pid", sa.Integer),
        *(sa.Column(name, sa.Integer, nullable=False, server_default="0")
          for name in ("seen", "stored", "duplicates", "skipped", "failed")),
    )
    op.create_table(
        "ingest_errors",
        _id(),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("ingest_runs.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        sa.Column("input", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "duplicate_clusters",
        _id(),
        sa.Column("representative_id", sa.Integer, nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "articles",
        _id(),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("doc_id", sa.Text, nullable=False, index=True),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.Text),
        sa.Column("published_date", sa.Date, index=True),
        sa.Column("language", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("record", Json, nullable=False),
        sa.Column("cluster_id", sa.Integer, sa.ForeignKey("duplicate_clusters.id"), index=True),
        sa.Column("story_id", sa.Integer, index=True),
        sa.Column("origin", sa.Text),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("ingest_runs.id", ondelete="SET NULL"), index=True),
        sa.Column("added", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "article_minhash",
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("signature", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "minhash_bands",
        sa.Column("band", sa.SmallInteger, nullable=False),
        sa.Column("key", sa.BigInteger, nullable=False),
        _article_fk(),
    )
    op.create_index("ix_minhash_bands_key", "minhash_bands", ["key", "band"])
    op.create_table(
        "entities",
        _id(),
        _article_fk(),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("entity_key", sa.Text, nullable=False),
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
    op.create_table(
        "mentions",
        _id(),
        sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id", ondelete="CASCADE"), nullable=False,
                  index=True),
        _article_fk(),
        *_span(),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("sentence", sa.Integer),
        sa.Column("field", sa.Text, nullable=False),
    )
    op.create_table(
        "events",
        _id(),
        _article_fk(),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("type", sa.Text, nullable=False, index=True),
        sa.Column("mode", sa.Text),
        sa.Column("cameo", sa.Text),
        sa.Column("goldstein", sa.Float),
        sa.Column("quad", sa.SmallInteger),
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
        sa.Column("date", sa.Text),
        sa.Column("day", sa.Date, index=True),
        sa.Column("place", sa.Text),
        *_span(),
        sa.Column("trigger", sa.Text),
        sa.Column("rule", sa.Text),
        sa.Column("confidence", sa.Float),
        sa.Column("repeats", sa.Integer, nullable=False),
        sa.Column("story_id", sa.Integer, nullable=False),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("record", Json, nullable=False),
    )
    op.create_index("ix_events_type_day", "events", ["type", "day"])
    op.create_index("ix_events_source_code_day", "events", ["source_code", "day"])
    op.create_index("ix_events_target_code_day", "events", ["target_code", "day"])
    op.create_table(
        "event_mentions",
        _id(),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
        _article_fk(),
        *_span(),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("sentence", sa.Integer),
    )
    op.create_table(
        "quotes",
        _id(),
        _article_fk(),
        sa.Column("seq", sa.Integer, nullable=False),
        *_span(),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("speaker", sa.Text, index=True),
        sa.Column("speaker_id", sa.Text),
        sa.Column("speaker_description", sa.Text),
        sa.Column("direct", sa.Boolean, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("sentence", sa.Integer),
    )
    op.create_table(
        "amounts",
        _id(),
        _article_fk(),
        *_span(),
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
    op.create_table(
        "source_chains",
        _id(),
        _article_fk(),
        sa.Column("quote_id", sa.Integer, sa.ForeignKey("quotes.id", ondelete="CASCADE"), index=True),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), index=True),
        sa.Column("position", sa.SmallInteger, nullable=False),
        sa.Column("name", sa.Text, nullable=False, index=True),
    )

    bind = op.get_bind()
    meta = sa.table("store_meta", sa.column("key"), sa.column("value"))
    if bind.dialect.name == "sqlite":
        _sqlite_full_text()
        settings = {"fts": "sqlite-fts5-trigram"}
    elif bind.dialect.name == "postgresql":
        settings = _postgresql_full_text(bind)
    else:  # pragma: no cover - Store.open refuses other back ends
        settings = {"fts": "none"}
    op.bulk_insert(meta, [{"key": k, "value": v} for k, v in settings.items()])


def _sqlite_full_text() -> None:
    op.execute("CREATE VIRTUAL TABLE articles_fts USING fts5("
               "title, text, content='articles', content_rowid='id', tokenize='trigram')")
    op.execute("CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
               "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END")
    op.execute("CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
               "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
               "VALUES ('delete', old.id, old.title, old.text); END")
    op.execute("CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN "
               "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
               "VALUES ('delete', old.id, old.title, old.text); "
               "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END")


def _postgresql_full_text(bind: sa.engine.Connection) -> dict[str, str]:
    has_indonesian = bind.execute(
        sa.text("SELECT count(*) FROM pg_ts_config WHERE cfgname = :name"), {"name": "indonesian"}).scalar()
    config = "indonesian" if has_indonesian else "simple"  # one of two fixed names, never user input
    # A tsvector holds at most 1 MB; the first 200,000 characters of an article are plenty to find it by.
    op.execute(f"ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS "
               f"(to_tsvector('{config}'::regconfig, left({PG_SEARCH_TEXT}, 200000))) STORED")
    op.execute("CREATE INDEX ix_articles_search ON articles USING gin (search)")
    trigram = "0"
    available = bind.execute(
        sa.text("SELECT count(*) FROM pg_available_extensions WHERE name = :name"), {"name": "pg_trgm"}).scalar()
    if available:
        savepoint = bind.begin_nested()
        try:
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
            savepoint.commit()
            trigram = "1"
        except sa.exc.DBAPIError:  # not allowed to create it: full text still works, substring search scans
            savepoint.rollback()
    if trigram == "1":
        op.execute(f"CREATE INDEX ix_articles_trigram ON articles USING gin ({PG_SEARCH_TEXT} gin_trgm_ops)")
        op.execute("CREATE INDEX ix_events_source_name_trigram ON events USING gin (source_name gin_trgm_ops)")
        op.execute("CREATE INDEX ix_events_target_name_trigram ON events USING gin (target_name gin_trgm_ops)")
    return {"fts": "postgresql-tsvector", "fts_config": config, "trigram": trigram}


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in ("articles_fts_insert", "articles_fts_delete", "articles_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS articles_fts")
    for table in ("source_chains", "amounts", "quotes", "event_mentions", "events", "mentions", "entities",
                  "minhash_bands", "article_minhash", "articles", "duplicate_clusters", "ingest_errors",
                  "ingest_runs", "store_meta"):
        op.drop_table(table)
