"""Getting a corpus in: files, folders, globs, feeds, web archives and live URLs.

:func:`iter_documents` is the one entry point; see :mod:`peristiwa.ingest.sources` for the rules
and every limit (timeouts, size caps, robots.txt, per-host rate, private-address refusal).
"""

from __future__ import annotations

from peristiwa.ingest.sources import (
    USER_AGENT,
    AddressRefused,
    Fetcher,
    FetchError,
    FetchResult,
    iter_documents,
    read_archive,
    read_feed,
)

__all__ = ["USER_AGENT", "AddressRefused", "FetchError", "FetchResult", "Fetcher", "iter_documents", "read_archive",
           "read_feed"]
