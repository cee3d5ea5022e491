"""Paging newest first: the store reads a growing window of days instead of the whole table; the pages must
be exactly what counting every report by hand gives."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from peristiwa.store import Store
from tests.store.test_query import CHO, IRN, PRK, PSE, SUGIONO, USA, _keys


@pytest.fixture(scope="module")
def spread(module_store, make_article) -> tuple[Store, list[dict]]:
    """Forty articles over a year and a half, each reporting one or two of a few happenings: pages newest first
    need the window of days to grow several times. Returns the store and every report as a dict."""
    rng = random.Random(5)
    happenings = [(rng.choice(["PROTEST", "ACCUSE", "AID"]), rng.choice([SUGIONO, PRK, USA]),
                   rng.choice([CHO, IRN, PSE]), date(2024, 1, 1) + timedelta(days=rng.randrange(540)))
                  for _ in range(25)]
    reports = []
    for n in range(40):
        outlet = rng.choice(["Kompas.com", "Tempo.co", "ANTARA", "detikNews"])
        told = rng.sample(happenings, rng.choice([1, 2]))
        specs = [(t, s, g, "asserted", d.isoformat()) for t, s, g, d in told]
        module_store.add_article(make_article(f"s{n}", None, specs, outlet=outlet, published=told[0][3].isoformat()))
        reports += [{"type": t, "source": s[0], "target": g[0], "date": d.isoformat(), "article": f"s{n}",
                     "outlet": outlet.lower()} for t, s, g, d in told]
    return module_store, reports


def _by_hand(reports: list[dict]) -> list[tuple]:
    groups: dict[tuple, list[dict]] = {}
    for r in reports:
        groups.setdefault((r["type"], r["source"], r["target"], r["date"]), []).append(r)
    rows = [(k, len({r["outlet"] for r in g}), len({r["article"] for r in g}), len(g)) for k, g in groups.items()]
    rows.sort(key=lambda x: (x[0][1:3], x[0][0]))              # type, source, target: the last tie-breakers …
    rows.sort(key=lambda x: (x[0][3], x[1], x[2]), reverse=True)  # … after newest day, most sources, most articles
    return [(*k, sources, articles, n) for k, sources, articles, n in rows]


@pytest.mark.parametrize("filters", [{}, {"country": "IRN"}, {"type": "PROTEST"}, {"date_to": "2025-01-31"}])
def test_pages_newest_first_agree_with_counting_by_hand(spread, filters):
    store, reports = spread
    if "country" in filters:
        reports = [r for r in reports if filters["country"] in (r["source"], r["target"])]
    if "type" in filters:
        reports = [r for r in reports if r["type"] == filters["type"]]
    if "date_to" in filters:
        reports = [r for r in reports if r["date"] <= filters["date_to"]]
    expected = _by_hand(reports)
    got = []
    for offset in range(0, len(expected) + 3, 3):
        page = store.query_events(limit=3, offset=offset, **filters)
        got += [(*k, r["num_sources"], r["num_articles"], r["num_reports"]) for k, r in zip(_keys(page), page,
                                                                                           strict=True)]
    assert len(expected) > 3  # precondition: more than one page, so the window of days has to grow
    assert got == expected
