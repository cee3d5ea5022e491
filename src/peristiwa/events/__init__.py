"""Event coding: who did what to whom, PLOVER and CAMEO, with the evidence and the rule that fired."""

from __future__ import annotations

from peristiwa.events.coder import code_events
from peristiwa.model import Article

__all__ = ["code_events", "extract_events", "make_event_stage"]


def make_event_stage(gazetteer=None):
    """The events stage coding actors with ``gazetteer`` (the default dictionary when None)."""

    def extract_events(article: Article) -> Article:
        """Stage: fill ``article.events`` (needs entities; quotes and amounts add context)."""
        article.events = code_events(article, gazetteer)
        return article

    return extract_events


extract_events = make_event_stage()
