"""peristiwa: read Indonesian news, extract political event data with provenance.

The library API mirrors the command line:

>>> from peristiwa import extract_text
>>> article = extract_text("Jakarta (ANTARA) - Sebanyak 1.000 orang mengungsi.", published="2024-03-01")
>>> article.dateline.place, article.amounts[0].value, article.amounts[0].object
('Jakarta', 1000.0, 'orang')
"""

from pathlib import Path

from peristiwa import _compiled

# Before any compiled module is imported: a build older than its source is not used (see peristiwa._compiled).
_compiled.install(__name__, Path(__file__).resolve().parent)

from peristiwa.model import Article, RawDocument  # noqa: E402
from peristiwa.pipeline import DEFAULT_STAGES, STAGES, extract, extract_many, extract_text  # noqa: E402

__version__ = "0.1.0"

__all__ = ["DEFAULT_STAGES", "STAGES", "Article", "RawDocument", "__version__", "extract", "extract_many",
           "extract_text"]
