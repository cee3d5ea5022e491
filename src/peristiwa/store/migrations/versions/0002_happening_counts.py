"""Happening counts on events, and indexes for the read path (modality series, most reported first).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27

* ``events.num_sources`` / ``events.num_articles``: the independent outlets and stories of the happening the
  report belongs to (reports of one type between the same actors on the same day), across the whole store;
  kept on write by ``peristiwa.store.happenings.refresh``. Back-filled here from the rows.
* ``ix_events_day_type``, ``ix_events_day_modality``: the time series count per day and type or modality from
  the index alone, a date range included.
* ``ix_events_most_reported`` on (num_sources, num_articles): "most reported first" reads it backwards.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

KEY = ("type", "source_actor", "target_actor", "day")


def upgrade() -> None:
    for name in ("num_sources", "num_articles"):
        op.add_column("events", sa.Column(name, sa.Integer, nullable=False, server_default="1"))
    _back_fill()
    op.create_index("ix_events_day_type", "events", ["day", "type"])
    op.create_index("ix_events_day_modality", "events", ["day", "modality"])
    op.create_index("ix_events_most_reported", "events", ["num_sources", "num_articles"])


def _back_fill() -> None:
    """Count every happening once (GROUP BY) and write the counts onto its reports (UPDATE … FROM). The join
    compares coalesced keys, which both back ends can hash or index, and then the exact keys (NULL = NULL)."""
    events = sa.table("events", *(sa.column(c) for c in (*KEY, "origin", "story_id", "num_sources",
                                                         "num_articles")))
    keys = [events.c[c] for c in KEY]
    counts = (sa.select(*keys, sa.func.count(sa.distinct(events.c.origin)).label("sources"),
                        sa.func.count(sa.distinct(events.c.story_id)).label("stories"))
              .group_by(*keys).subquery("happening"))
    nowhere = {"source_actor": sa.literal(""), "target_actor": sa.literal(""),
               "day": sa.cast(sa.literal("0001-01-01"), sa.Date)}
    join = [events.c.type == counts.c.type]
    for column in KEY[1:]:
        join.append(sa.func.coalesce(events.c[column], nowhere[column])
                    == sa.func.coalesce(counts.c[column], nowhere[column]))
        join.append(events.c[column].is_not_distinct_from(counts.c[column]))
    op.execute(events.update().where(*join).where(sa.or_(counts.c.sources != 1, counts.c.stories != 1))
               .values(num_sources=counts.c.sources, num_articles=counts.c.stories))


def downgrade() -> None:
    op.drop_index("ix_events_most_reported", "events")
    op.drop_index("ix_events_day_modality", "events")
    op.drop_index("ix_events_day_type", "events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("num_articles")
        batch.drop_column("num_sources")
