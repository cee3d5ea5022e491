"""Grouping the same event across articles (``peristiwa.events.group.group_events``).

The rules: two coded events are one happening when they share type, source code and target code and their
dates fall within ``window_days`` of the first event of the group (which anchors the window). A group counts
every mention (an event and its repeats inside an article), every distinct outlet (``num_sources``) and every
distinct article (``num_articles``), and tallies modality. Groups come most reported first.

The records are real ``Article.to_dict()`` outputs of the pipeline on invented sentences.
"""

from __future__ import annotations

import pytest

from peristiwa.events.group import EventGroup, group_events

AID = "Jepang mengirimkan bantuan kemanusiaan ke Ukraina."
AID_KEY = ("AID", "JPN", "UKR")


@pytest.fixture
def record(extract):
    """``record(text, id, outlet, published) -> dict``: one article record as ``peristiwa extract`` writes it."""

    def run(text: str, id: str, outlet: str | None, published: str) -> dict:
        article = extract(text, published=published, id=id, outlet=outlet, language="id")
        assert article.events, "the text should give an event"
        return article.to_dict()

    return run


def _groups_for(groups: list[EventGroup], key: tuple) -> list[EventGroup]:
    return [g for g in groups if (g.type, g.source, g.target) == key]


def test_two_outlets_same_day_are_one_group(record):
    """The same AID reported by two outlets within a day: one group, two articles, two sources."""
    groups = group_events([record(AID, "a1", "Tempo", "2024-10-23"), record(AID, "a2", "KOMPAS.com", "2024-10-24")])
    (group,) = _groups_for(groups, AID_KEY)
    assert (group.num_articles, group.num_sources, group.num_mentions) == (2, 2, 2)
    assert group.articles == ["a1", "a2"]
    assert sorted(group.outlets) == ["KOMPAS.com", "Tempo"]
    assert (group.first_date, group.last_date) == ("2024-10-23", "2024-10-24")
    assert (group.cameo, group.goldstein) == ("073", 7.4)


def test_sources_are_counted_by_outlet(record):
    """Two articles of the same outlet are two articles but one source."""
    groups = group_events([record(AID, "a1", "Tempo", "2024-10-23"), record(AID, "a2", "Tempo", "2024-10-23")])
    (group,) = _groups_for(groups, AID_KEY)
    assert (group.num_articles, group.num_sources) == (2, 1)


def test_a_report_ten_days_later_is_another_group(record):
    """With a window of one day, a report ten days later is a separate happening."""
    records = [record(AID, "a1", "Tempo", "2024-10-23"), record(AID, "a2", "KOMPAS.com", "2024-11-02")]
    groups = _groups_for(group_events(records, window_days=1), AID_KEY)
    assert sorted((g.first_date, g.num_articles) for g in groups) == [("2024-10-23", 1), ("2024-11-02", 1)]


def test_a_wider_window_joins_them(record):
    """With a window of ten days the same two reports are one group spanning both dates."""
    records = [record(AID, "a1", "Tempo", "2024-10-23"), record(AID, "a2", "KOMPAS.com", "2024-11-02")]
    (group,) = _groups_for(group_events(records, window_days=10), AID_KEY)
    assert (group.first_date, group.last_date, group.num_articles) == ("2024-10-23", "2024-11-02", 2)


def test_the_first_event_anchors_the_window(record):
    """Reports on day 0, 1 and 2 with a one-day window: day 2 is two days from the anchor, a new group."""
    records = [record(AID, f"a{d}", "Tempo", f"2024-10-2{d}") for d in (1, 2, 3)]
    groups = _groups_for(group_events(records, window_days=1), AID_KEY)
    assert sorted((g.first_date, g.num_articles) for g in groups) == [("2024-10-21", 2), ("2024-10-23", 1)]


def test_modality_is_tallied(record):
    """One outlet asserts the shipment, another only alleges it: both in one group, tallied."""
    records = [record(AID, "a1", "Tempo", "2024-10-23"),
               record("Jepang diduga mengirimkan bantuan kemanusiaan ke Ukraina.", "a2", "KOMPAS.com", "2024-10-23")]
    (group,) = _groups_for(group_events(records), AID_KEY)
    assert dict(group.modality) == {"asserted": 1, "alleged": 1}
    assert group.to_dict()["modality"] == {"asserted": 1, "alleged": 1}


def test_mentions_inside_an_article_are_counted(record):
    """An article telling the event twice counts two mentions, still one article."""
    twice = "Rusia menyerang Ukraina. Rusia kembali menyerang Ukraina pada malam hari."
    groups = group_events([record(twice, "a1", "Tempo", "2024-10-23"),
                           record("Rusia menyerang Ukraina.", "a2", "Antara", "2024-10-23")])
    (group,) = _groups_for(groups, ("ASSAULT", "RUS", "UKR"))
    assert (group.num_mentions, group.num_articles, group.num_sources) == (3, 2, 2)


def test_different_events_are_different_groups_most_reported_first(record):
    """Type, source and target must all agree; the group with most articles comes first."""
    records = [record(AID, "a1", "Tempo", "2024-10-23"), record(AID, "a2", "Antara", "2024-10-23"),
               record("Rusia menyerang Ukraina.", "a3", "Tempo", "2024-10-23")]
    groups = group_events(records)
    assert [(g.type, g.source, g.target, g.num_articles) for g in groups] == [
        ("AID", "JPN", "UKR", 2), ("ASSAULT", "RUS", "UKR", 1)]


def test_group_record_fields(record):
    """``to_dict`` gives the GDELT-like counts with the key."""
    (group,) = group_events([record(AID, "a1", "Tempo", "2024-10-23")])
    d = group.to_dict()
    assert {k: d[k] for k in ("type", "source", "target", "num_mentions", "num_sources", "num_articles")} == {
        "type": "AID", "source": "JPN", "target": "UKR", "num_mentions": 1, "num_sources": 1, "num_articles": 1}
