"""Writing extracted data out for other tools.

Exporters work on article records in the JSON form of ``Article.to_dict()``
(``schema/article.schema.json``), so they serve the command line, the
database and the API alike. Each format is chosen by name from
:data:`EXPORTERS`.
"""

from __future__ import annotations

from peristiwa.export.plover import plover_events

__all__ = ["plover_events"]
