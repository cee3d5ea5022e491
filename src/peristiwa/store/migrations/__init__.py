"""Alembic migrations of the store, run by :meth:`peristiwa.store.Store.open` (never by hand)."""
