"""Actors: people, organisations, countries and places, resolved to coded entities.

The stage :func:`recognize_entities` finds mentions (``recognize.py``) with the
dictionary (``gazetteer.py``) and groups them into entities (``resolve.py``).
"""

from __future__ import annotations

from peristiwa.actors.gazetteer import Gazetteer, default_gazetteer, load_gazetteer
from peristiwa.actors.recognize import find_candidates, find_title_candidates
from peristiwa.actors.resolve import build_entities
from peristiwa.model import Article

__all__ = ["Gazetteer", "default_gazetteer", "load_gazetteer", "make_entity_stage", "recognize_entities"]


def make_entity_stage(gazetteer: Gazetteer):
    """A stage using ``gazetteer`` (for a user dictionary merged at run time)."""

    def recognize_entities(article: Article) -> Article:
        """Stage: fill ``article.entities``."""
        candidates = find_candidates(article, gazetteer)
        title = find_title_candidates(article.title, gazetteer) if article.title else []
        article.entities = build_entities(article, candidates, gazetteer, title)
        return article

    return recognize_entities


def recognize_entities(article: Article) -> Article:
    """Stage: fill ``article.entities`` with the default dictionary."""
    return make_entity_stage(default_gazetteer())(article)
