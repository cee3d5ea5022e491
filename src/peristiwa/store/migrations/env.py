"""Alembic environment: migrations run on the connection that ``Store.open`` hands over.

There is no alembic.ini and no logging set-up here: the store runs migrations
programmatically (``peristiwa.store.migrate.upgrade``), passing its open
connection in ``config.attributes["connection"]``.
"""

from __future__ import annotations

from alembic import context

from peristiwa.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise RuntimeError("peristiwa's migrations run through peristiwa.store.Store.open(url), not the alembic command")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
