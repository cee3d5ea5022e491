"""The index of the events' type and day holds the rest of the happening's key too.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29

``ix_events_happening`` on events (type, day, source_actor, target_actor) replaces ``ix_events_type_day`` on
(type, day), on both back ends. Every query that read the old index reads the new one the same way (its
first two columns are the old one's), and an ingest still writes one index entry per report for it.

What it is for: after each batch the writer recounts the happenings of the batch's reports
(``peristiwa.store.happenings``). It used to read every report of the same type and day to find them,
through the old index, and that reading grew with the store: on generated articles, the recount cost 0.17
ms an article at 1,000 stored articles and 0.58 ms at 4,000, since every batch read the reports of its days
again. With the whole key in the index each happening's reports are found alone, and the recount no longer
depends on how many reports share its day.
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_happening", "events", ["type", "day", "source_actor", "target_actor"])
    op.drop_index("ix_events_type_day", table_name="events")


def downgrade() -> None:
    op.create_index("ix_events_type_day", "events", ["type", "day"])
    op.drop_index("ix_events_happening", table_name="events")
