"""Actors: people, organisations, countries and places, resolved to coded entities.

The stage :func:`recognize_entities` finds mentions (``recognize.py``) with the
dictionary (``gazetteer.py``) and groups them into entities (``resolve.py``).
Other recognisers (``recognizers.py``: a local Hugging Face model, say) can be
added to the rules with ``make_entity_stage(gazetteer, extra=[...])``.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from peristiwa.actors.gazetteer import Gazetteer, default_gazetteer, load_gazetteer
from peristiwa.actors.recognizers import (
    Recognizer,
    RulesRecognizer,
    get_recognizer,
    link_to_dictionary,
    merge_candidates,
)
from peristiwa.actors.resolve import build_entities, dateline_place
from peristiwa.model import Article

__all__ = ["Gazetteer", "default_gazetteer", "load_gazetteer", "make_entity_stage", "recognize_entities"]


def make_entity_stage(gazetteer: Gazetteer, extra: Iterable[Recognizer | str] = ()):
    """A stage using ``gazetteer`` (for a user dictionary merged at run time).

    ``extra`` adds recognisers, or their names for :func:`~peristiwa.actors.recognizers.get_recognizer`
    (``"hf:/path/to/model"``), after the rules: their mentions are linked to ``gazetteer`` and join the
    rules' where they overlap none of them (see ``recognizers.py``). Without them the stage is the rules alone.
    """
    rules = RulesRecognizer(gazetteer)
    others = [get_recognizer(r, gazetteer=gazetteer) if isinstance(r, str) else r for r in extra]

    def recognize_entities(article: Article) -> Article:
        """Stage: fill ``article.entities``."""
        candidates = rules.candidates(article)
        title = rules.title_candidates(article)
        if others:
            found = [link_to_dictionary(article, r.candidates(article), gazetteer) for r in others]
            candidates = merge_candidates(candidates, found)
        article.entities = build_entities(article, candidates, gazetteer, title)
        if (place := dateline_place(article, gazetteer)) is not None:
            article.entities.append(place)
        return article

    return recognize_entities


def recognize_entities(article: Article) -> Article:
    """Stage: fill ``article.entities`` with the default dictionary."""
    return _default_entity_stage()(article)


@cache
def _default_entity_stage():
    return make_entity_stage(default_gazetteer())
