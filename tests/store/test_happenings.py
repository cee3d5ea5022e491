"""The happening counts stored on each report (events.num_sources / num_articles) and the queries that read them.

The counts must be what grouping the reports gives, however the reports were written (one article at a time,
a batch, an upgrade of a database written before the columns existed), and every query that reads them must
give exactly the rows that counting by hand gives: "most reported first" and "at least N sources", with
filters that keep whole happenings (type) and filters that split them (modality, country).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from importlib import resources

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from peristiwa.store import Store, happenings
from peristiwa.store.schema import events
from peristiwa.store.store import HEAD
from peristiwa.web import queries
from peristiwa.web.queries import EventFilters

IDN, KOR, PRK, USA = ("IDN", "Sugiono"), ("KOR", "Cho Hyun"), ("PRK", "Korea Utara"), ("USA", "Amerika Serikat")
OUTLETS = ["Kompas.com", "Tempo.co", "ANTARA", "detikNews"]


def _corpus(make_article, n: int, seed: int) -> tuple[list, list[dict]]:
    """``n`` articles over a few weeks, each telling one to three of a dozen happenings (some without a target),
    in mixed modalities. Returns the articles and every report as a dict."""
    rng = random.Random(seed)
    happenings = [(rng.choice(["PROTEST", "ACCUSE", "AID"]), rng.choice([IDN, PRK]), rng.choice([KOR, USA, None]),
                   (date(2025, 3, 1) + timedelta(days=rng.randrange(20))).isoformat()) for _ in range(12)]
    built, reports = [], []
    for i in range(n):
        outlet = rng.choice(OUTLETS)
        told = [(*h, rng.choice(["asserted", "asserted", "alleged"]))
                for h in rng.sample(happenings, rng.randint(1, 3))]
        built.append(make_article(f"h{i}", None, [(t, s, g, m, d) for t, s, g, d, m in told], outlet=outlet,
                                  published=told[0][3]))
        reports += [{"article": f"h{i}", "no": k + 1, "type": t, "source": s[0], "target": g and g[0], "day": d,
                     "modality": m, "outlet": outlet.lower()} for k, (t, s, g, d, m) in enumerate(told)]
    return built, reports


@pytest.fixture(scope="module")
def mixed(module_store, make_article) -> tuple[Store, list[dict]]:
    built, reports = _corpus(make_article, 40, seed=11)
    for article in built[:25]:  # one at a time …
        module_store.add_article(article)
    with module_store.writer() as conn:  # … and the rest in one batch
        for article in built[25:]:
            module_store.add_article(article, conn=conn)
    return module_store, reports


def _grouped_by_hand(reports: list[dict]) -> dict[tuple, dict]:
    groups: dict[tuple, dict] = {}
    for r in reports:
        g = groups.setdefault((r["type"], r["source"], r["target"], r["day"]), {"outlets": set(), "articles": set(),
                                                                               "reports": set()})
        g["outlets"].add(r["outlet"])
        g["articles"].add(r["article"])
        g["reports"].add((r["article"], r["no"]))
    return groups


def _stored_vs_grouped(store: Store) -> list[tuple]:
    """Reports whose stored counts differ from the counts of grouping them (empty when all is well)."""
    key = (events.c.type, events.c.source_actor, events.c.target_actor, events.c.day)
    counted = (sa.select(*key, sa.func.count(sa.distinct(events.c.origin)).label("sources"),
                         sa.func.count(sa.distinct(events.c.story_id)).label("stories"))
               .group_by(*key).subquery())
    q = (sa.select(events.c.id, events.c.num_sources, counted.c.sources, events.c.num_articles, counted.c.stories)
         .join(counted, sa.and_(*(c.is_not_distinct_from(counted.c[c.name]) for c in key)))
         .where(sa.or_(events.c.num_sources != counted.c.sources, events.c.num_articles != counted.c.stories)))
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(q)]


def test_every_report_carries_its_happenings_counts(mixed):
    store, _ = mixed
    assert _stored_vs_grouped(store) == []
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.max(events.c.num_sources))).scalar() >= 3  # precondition


def test_a_later_report_updates_the_counts_of_the_earlier_ones(store, make_article, story_records):
    consult = ("CONSULT", IDN, KOR, "asserted", "2025-11-04")
    ids = [store.add_article(make_article(name, None, [consult], outlet=outlet)).article_id
           for name, outlet in (("a", "Kompas.com"), ("b", "Tempo.co"))]
    story = store.add_article(story_records["story"]).article_id
    copy = store.add_article(story_records["copy"])  # its reports add no source and no story to the story's
    assert copy.status == "duplicate"  # precondition
    with store.engine.connect() as conn:
        def counts(article_id: int) -> list[tuple]:
            return conn.execute(sa.select(events.c.num_sources, events.c.num_articles)
                                .where(events.c.article_id == article_id).order_by(events.c.seq)).all()

        assert counts(ids[0]) == counts(ids[1]) == [(2, 2)]
        assert counts(story) == counts(copy.article_id) == [(1, 1)] * len(story_records["story"]["events"])
    assert _stored_vs_grouped(store) == []


def _order_by_hand(groups: dict[tuple, dict], nulls_first: bool) -> list[tuple]:
    """Most reported first, as the store orders: sources, stories, newest day, then type, source, target
    ascending (NULL first on SQLite, last on PostgreSQL)."""
    def target(value):
        return (not nulls_first, "") if value is None else (nulls_first, value)

    rows = sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1], target(kv[0][2])))
    rows.sort(key=lambda kv: (len(kv[1]["outlets"]), len(kv[1]["articles"]), kv[0][3]), reverse=True)
    return [(*k, len(g["outlets"]), len(g["articles"]), len(g["reports"])) for k, g in rows]


KEEP = {  # store filters and what each keeps of the reports
    "type": ({"type": "PROTEST"}, lambda r: r["type"] == "PROTEST"),
    "modality": ({"modality": "alleged"}, lambda r: r["modality"] == "alleged"),
    "country": ({"country": "USA"}, lambda r: "USA" in (r["source"], r["target"])),
    "none": ({}, lambda r: True),
}


@pytest.mark.parametrize("order", ["sources", "date"])
@pytest.mark.parametrize("min_sources", [None, 2, 3])
@pytest.mark.parametrize("kept", list(KEEP))
def test_query_events_agree_with_counting_by_hand(mixed, kept, min_sources, order):
    store, reports = mixed
    filters, keep = KEEP[kept]
    groups = {k: g for k, g in _grouped_by_hand([r for r in reports if keep(r)]).items()
              if len(g["outlets"]) >= (min_sources or 0)}
    expected = _order_by_hand(groups, nulls_first=store.dialect == "sqlite")
    if order == "date":  # newest first, then most reported: the same tie-breakers after the day
        expected.sort(key=lambda row: row[3], reverse=True)
    got = []
    for offset in range(0, len(expected) + 4, 4):
        page = store.query_events(limit=4, offset=offset, order=order, min_sources=min_sources, **filters)
        got += [(r["type"], r["source"]["code"], (r["target"] or {}).get("code"), r["date"], r["num_sources"],
                 r["num_articles"], r["num_reports"]) for r in page]
    assert got == expected


WEB_KEEP = {  # web filters and what each keeps of the reports
    "type": (EventFilters(type=("ACCUSE",)), lambda r: r["type"] == "ACCUSE"),
    "dates": (EventFilters(date_from=date(2025, 3, 5), date_to=date(2025, 3, 15)),
              lambda r: "2025-03-05" <= r["day"] <= "2025-03-15"),
    "modality": (EventFilters(modality=("asserted",)), lambda r: r["modality"] == "asserted"),
    "source country": (EventFilters(source_country="PRK"), lambda r: r["source"] == "PRK"),
    "none": (EventFilters(), lambda r: True),
}


@pytest.mark.parametrize("min_sources", [1, 2, 3])
@pytest.mark.parametrize("kept", list(WEB_KEEP))
def test_web_min_sources_counts_among_the_filtered_reports(mixed, kept, min_sources):
    store, reports = mixed
    f, keep = WEB_KEEP[kept]
    f = EventFilters(**{**{name: getattr(f, name) for name in f.__slots__}, "min_sources": min_sources})
    expected = {report for g in _grouped_by_hand([r for r in reports if keep(r)]).values()
                if len(g["outlets"]) >= min_sources for report in g["reports"]}
    assert queries.count_events(store, f) == len(expected)
    rows = queries.list_events(store, f, limit=1000)
    assert {(r["article"]["doc_id"], r["event_no"]) for r in rows} == expected
    by_day = queries.time_series(store, f, by="modality", interval="day")
    assert by_day["total"] == len(expected)


def _alembic(conn: sa.Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(resources.files("peristiwa.store").joinpath("migrations")))
    config.attributes["connection"] = conn
    return config


def test_upgrading_a_database_written_before_the_counts_fills_them_in(store_url, make_article):
    """Written at head, taken back to 0001 (the columns and indexes go), opened again: the upgrade back-fills
    the counts from the rows, and the queries give what they gave."""
    built, _ = _corpus(make_article, 30, seed=3)
    with Store.open(store_url) as store:
        for article in built:
            store.add_article(article)
        before = store.query_events(order="sources", min_sources=2, limit=100)
        with store._write() as conn:
            command.downgrade(_alembic(conn), "0001")
        columns = {c["name"] for c in sa.inspect(store.engine).get_columns("events")}
        assert "num_sources" not in columns and store.revision() == "0001"
    with Store.open(store_url) as store:
        assert store.revision() == HEAD
        assert _stored_vs_grouped(store) == []
        assert store.query_events(order="sources", min_sources=2, limit=100) == before
        assert len(before) >= 3  # precondition: there were happenings with several sources to fill in


def test_weeks_and_months_in_sql_are_those_of_bucket_of(store):
    """The time series gathers days into weeks and months in SQL (one expression per back end): the same
    Monday and first of the month as :func:`queries.bucket_of`, across a year's end and a leap day."""
    days = [date(2024, 12, 20) + timedelta(days=n) for n in range(20)] + [date(2024, 2, 29), date(2025, 3, 3)]
    day = sa.bindparam("day", type_=sa.Date)
    with store.engine.connect() as conn:
        for interval in queries.INTERVALS:
            q = sa.select(sa.type_coerce(queries.bucket(day, interval, store.dialect), sa.Date))
            got = [conn.execute(q, {"day": d}).scalar_one() for d in days]
            assert got == [queries.bucket_of(d, interval) for d in days], interval


def test_an_event_list_total_follows_new_reports(store, make_article):
    """Totals are remembered per newest event id (SQLite): a new report makes the next total count again."""
    f = EventFilters(actor="sugiono", min_sources=1)
    consult = ("CONSULT", IDN, KOR, "asserted", "2025-11-04")
    store.add_article(make_article("a", None, [consult], outlet="Kompas.com"))
    assert queries.count_events(store, f) == queries.count_events(store, f) == 1
    store.add_article(make_article("b", None, [consult, ("AID", USA, KOR, "asserted", None)], outlet="Tempo.co"))
    assert queries.count_events(store, f) == 2
    assert queries.count_events(store, EventFilters(min_sources=2)) == 2


def test_time_series_follow_new_reports_and_agree_with_the_database(store, make_article, monkeypatch):
    """On SQLite a series is gathered from per-day counts remembered per filters and newest event id: the same
    series as the database counts them, and a new report makes the next series count again."""
    built, _ = _corpus(make_article, 30, seed=5)
    for article in built[:20]:
        store.add_article(article)
    filters = [EventFilters(), EventFilters(date_from=date(2025, 3, 5)), EventFilters(date_to=date(2025, 3, 12)),
               EventFilters(date_from=date(2025, 3, 7), date_to=date(2025, 3, 7)), EventFilters(country="KOR"),
               EventFilters(min_sources=2, date_from=date(2025, 3, 5)),
               EventFilters(actor="sugiono", type=("CONSULT",)),
               EventFilters(modality=("alleged", "denied"), date_to=date(2025, 3, 12))]

    def series() -> list[dict]:
        return [queries.time_series(store, f, by=by, interval=interval) for f in filters
                for by in queries.SERIES for interval in queries.INTERVALS]

    def counted_by_the_database() -> list[dict]:
        with monkeypatch.context() as m:  # every series through the SQL of the other filters
            m.setattr(queries, "_series_from_daily_counts", queries._series_rows)
            return series()

    before = series()
    assert before == series() == counted_by_the_database()
    assert before[0]["total"] > 0
    for article in built[20:]:
        store.add_article(article)
    after = series()
    assert after == counted_by_the_database() and after[0]["total"] > before[0]["total"]


def test_upgrading_from_0002_makes_the_list_indexes(store_url, make_article):
    """Taken back to 0002 and opened again: at head, with PostgreSQL's indexes of the lists' orders and of the
    entity ids (none on SQLite), and the lists as they were."""
    ours = {"ix_articles_newest", "ix_events_newest", "ix_events_source_entity", "ix_events_target_entity"}
    built, _ = _corpus(make_article, 12, seed=4)

    def indexes(store: Store) -> set[str]:
        return {i["name"] for table in ("articles", "events") for i in sa.inspect(store.engine).get_indexes(table)}

    def lists(store: Store) -> tuple:
        return (queries.list_articles(store, q="kalimat"), queries.list_events(store, EventFilters()),
                queries.count_events(store, EventFilters(actor="sugiono")))

    with Store.open(store_url) as store:
        for article in built:
            store.add_article(article)
        before = lists(store)
        with store._write() as conn:
            command.downgrade(_alembic(conn), "0002")
        assert store.revision() == "0002" and not ours & indexes(store)
    with Store.open(store_url) as store:
        assert store.revision() == HEAD and lists(store) == before
        assert ours & indexes(store) == (ours if store.dialect == "postgresql" else set())


def test_upgrading_from_0006_puts_the_whole_happening_key_in_the_type_index(store_url, make_article):
    """Migration 0007: the index of (type, day) becomes one of the happening's whole key, and back again on a
    downgrade; the counts written either way are the same."""
    built, _ = _corpus(make_article, 16, seed=5)

    def indexes(store: Store) -> dict[str, list[str]]:
        return {i["name"]: i["column_names"] for i in sa.inspect(store.engine).get_indexes("events")
                if i["name"] in ("ix_events_type_day", "ix_events_happening")}

    with Store.open(store_url) as store:
        assert indexes(store) == {"ix_events_happening": ["type", "day", "source_actor", "target_actor"]}
        with store._write() as conn:
            command.downgrade(_alembic(conn), "0006")
        assert indexes(store) == {"ix_events_type_day": ["type", "day"]}
        for article in built[:8]:  # the counts of a store written before the migration …
            store.add_article(article)
    with Store.open(store_url) as store:
        assert store.revision() == HEAD and list(indexes(store)) == ["ix_events_happening"]
        for article in built[8:]:  # … are kept up to date after it
            store.add_article(article)
        assert _stored_vs_grouped(store) == []


def test_the_recount_finds_each_happening_by_its_whole_key(tmp_path):
    """SQLite's plan of the recount after a batch: the list of keys first, each happening's reports found
    through ``ix_events_happening`` on all four columns (a NULL one by IS NULL), not every report of the day."""
    with Store.open(f"sqlite:///{tmp_path / 'plan.db'}") as store, store.engine.connect() as conn:
        for shape in [(False, False, False), (False, True, False), (True, True, True)]:
            statement = str(happenings._count_statement(False, *shape)).replace(":keys", "?")
            plan = " | ".join(r[3] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", ("[]",)))
            assert ("SEARCH e USING INDEX ix_events_happening "
                    "(type=? AND day=? AND source_actor=? AND target_actor=?)") in plan, plan
