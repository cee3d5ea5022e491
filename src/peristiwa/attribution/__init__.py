"""Who says so: quotes with speakers, indirect speech, source chains and claim modality."""

from __future__ import annotations

from peristiwa.attribution.chains import indirect_speech, sentence_chains, sentence_sources
from peristiwa.attribution.mentions import MentionIndex
from peristiwa.attribution.quotes import attribute_quotes, find_quote_spans
from peristiwa.model import Article

__all__ = ["attribute", "attribute_quotes", "find_quote_spans", "indirect_speech", "sentence_chains",
           "sentence_sources"]


def attribute(article: Article) -> Article:
    """Stage: fill ``article.quotes`` (direct and indirect, each with its source chain); needs entities."""
    mentions = MentionIndex(article.entities)
    direct = attribute_quotes(article, mentions)
    quotes = sorted([*direct, *indirect_speech(article, direct, mentions)], key=lambda q: q.start)
    sources = sentence_sources(article, mentions)
    for sentence, (reports, origin) in zip(article.sentences, sources, strict=True):
        # Most sentences name no origin and cite nothing: their chain is the outlet alone, no repeat to drop.
        sentence.source_chain = (list(reports) if not origin and len(reports) < 2
                                 else list(dict.fromkeys([*reports, *([origin] if origin else [])])))
    for quote in quotes:
        # The chain of a quote ends with its speaker, not with whoever else the sentence names.
        reports = list(sources[quote.sentence][0]) if quote.sentence is not None and quote.sentence < len(
            sources) else []
        quote.source_chain = list(dict.fromkeys([*reports, *([quote.speaker] if quote.speaker else [])]))
    article.quotes = quotes
    return article
