"""PostgreSQL indexes for the web app's lists: newest first, and the actor filter's entity ids.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28

PostgreSQL only:

* ``ix_articles_newest`` on articles (published_date DESC NULLS LAST, id DESC) and ``ix_events_newest`` on
  events (day DESC NULLS LAST, id DESC): the orders of the article and event lists, so that a page is read in
  that order from the index and the reading stops once the page is full, instead of sorting every match
  (for a full-text search, after a substring test of each one's text). A plain index on the date read
  backwards would put the undated rows first, not last, and leave ties in no order. SQLite needs neither:
  its index on the date, read backwards, gives that very order (NULLs sort first, ties come by rowid), and
  it cannot declare NULLS LAST in an index.
* ``ix_events_source_entity``, ``ix_events_target_entity``: the actor filter is an OR of name patterns
  (trigram indexes), codes ((code, day) indexes) and entity ids; with these the whole OR is a union of
  index scans instead of a scan of the table that tests both names of every event. (SQLite cannot use
  indexes for an OR that holds a LIKE, and remembers its counts: see peristiwa.web.queries.)
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_articles_newest": "articles (published_date DESC NULLS LAST, id DESC)",
    "ix_events_newest": "events (day DESC NULLS LAST, id DESC)",
    "ix_events_source_entity": "events (source_entity)",
    "ix_events_target_entity": "events (target_entity)",
}


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, columns in INDEXES.items():
            op.execute(f"CREATE INDEX {name} ON {columns}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in INDEXES:
            op.execute(f"DROP INDEX {name}")
