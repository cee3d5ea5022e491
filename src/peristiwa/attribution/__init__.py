"""Who says so: quotes with speakers, source chains and claim modality."""

from __future__ import annotations

from peristiwa.attribution.quotes import attribute_quotes, find_quote_spans
from peristiwa.model import Article

__all__ = ["attribute", "attribute_quotes", "find_quote_spans"]


def attribute(article: Article) -> Article:
    """Stage: fill ``article.quotes`` (needs the entities stage before it)."""
    article.quotes = attribute_quotes(article)
    return article
