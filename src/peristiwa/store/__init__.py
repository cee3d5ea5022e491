"""The corpus database: articles, their annotations and coded events in SQLite or PostgreSQL.

>>> from peristiwa.store import Store, ingest
>>> with Store.open("sqlite:///corpus.db") as store:        # migrations run on open
...     summary = ingest(["berita.jsonl"], store)            # idempotent and resumable
...     store.query_events(country="IDN", min_sources=2)     # a syndicated copy counts once
...     store.search_articles("menteri")                     # finds "Kementerian" too

Needs the ``db`` extra (SQLAlchemy, Alembic, datasketch); PostgreSQL needs
``postgres`` as well (psycopg 3).
"""

from peristiwa.store.ingest import IngestSummary, ingest
from peristiwa.store.store import (
    DEFAULT_URL,
    AddResult,
    Store,
    StoreError,
    content_hash,
    default_url,
    normalise_url,
)

__all__ = ["DEFAULT_URL", "AddResult", "IngestSummary", "Store", "StoreError", "content_hash", "default_url",
           "ingest", "normalise_url"]
