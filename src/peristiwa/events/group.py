"""Grouping the same event across articles, as GDELT counts it.

Two coded events are the same happening when they share type, source code
and target code and their dates fall within ``window_days`` of each other
(the first event of a group anchors the window). A group counts, like
GDELT's NumMentions, NumSources and NumArticles: every mention (an event and
its repeats inside an article), every distinct outlet, every distinct article.
Modality is tallied too, so an analyst sees at once whether a shipment is
reported as fact by some outlets and only alleged by others.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

DEFAULT_WINDOW_DAYS = 1


@dataclass
class EventGroup:
    type: str
    source: str | None
    target: str | None
    first_date: str | None
    last_date: str | None
    num_mentions: int = 0
    articles: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    modality: Counter = field(default_factory=Counter)
    goldstein: float | None = None
    cameo: str | None = None

    @property
    def num_articles(self) -> int:
        return len(self.articles)

    @property
    def num_sources(self) -> int:
        return len(self.outlets)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type, "source": self.source, "target": self.target, "cameo": self.cameo,
            "goldstein": self.goldstein, "first_date": self.first_date, "last_date": self.last_date,
            "num_mentions": self.num_mentions, "num_sources": self.num_sources, "num_articles": self.num_articles,
            "modality": dict(self.modality), "articles": self.articles, "outlets": self.outlets,
        }


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


def group_events(records: list[dict[str, Any]], window_days: int = DEFAULT_WINDOW_DAYS) -> list[EventGroup]:
    """Groups over article records (``Article.to_dict()``), most reported first."""
    items = []
    for record in records:
        for event in record.get("events") or []:
            key = (event.get("type"), (event.get("source") or {}).get("code"), (event.get("target") or {}).get("code"))
            items.append((key, _day(event.get("date") or record.get("published_date")), event, record))
    items.sort(key=lambda x: (x[0][0] or "", x[0][1] or "", x[0][2] or "", x[1] or date.min))
    groups: list[EventGroup] = []
    open_group: dict[tuple, tuple[EventGroup, date | None]] = {}
    for key, day, event, record in items:
        current = open_group.get(key)
        if current is None or (day and current[1] and (day - current[1]).days > window_days) or (
                (day is None) != (current[1] is None)):
            group = EventGroup(type=key[0], source=key[1], target=key[2], first_date=day and day.isoformat(),
                               last_date=day and day.isoformat(), goldstein=event.get("goldstein"),
                               cameo=event.get("cameo"))
            groups.append(group)
            open_group[key] = (group, day)
        group = open_group[key][0]
        group.num_mentions += 1 + len(event.get("mentions") or [])
        if record.get("id") not in group.articles:
            group.articles.append(record.get("id"))
        outlet = record.get("outlet")
        if outlet and outlet not in group.outlets:
            group.outlets.append(outlet)
        group.modality[event.get("modality") or "asserted"] += 1
        if day:
            group.last_date = max(group.last_date or day.isoformat(), day.isoformat())
    groups.sort(key=lambda g: (-g.num_articles, -g.num_mentions, g.type))
    return groups
