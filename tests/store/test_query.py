"""Querying events: filters, grouping of one happening across articles, and counting a syndicated story once.

The corpus is built by hand, so every expected count is known:

====  ==========  ===========  ========================================================
id    outlet      published    events
====  ==========  ===========  ========================================================
k1    Kompas.com  2025-11-04   CONSULT IDN (Sugiono) → KOR (Cho Hyun); THREATEN PRK → KOR (alleged)
t1    Tribun      2025-11-04   a syndicated copy of k1: the same two events
tp1   Tempo       2025-11-04   CONSULT IDN → KOR
k2    Kompas.com  2025-11-04   CONSULT IDN → KOR (Kompas's own second story)
a1    ANTARA      2025-12-01   SANCTION USA → IRN (denied); AID IDN → PSE, dated 2025-11-28
====  ==========  ===========  ========================================================

So CONSULT IDN → KOR on 2025-11-04 has 4 reports, 3 stories (k1 and its copy t1 are one) and 2 independent
sources (Kompas and Tempo: Tribun's copy is Kompas's story).
"""

from __future__ import annotations

import pytest

from peristiwa.store import Store

SUGIONO, CHO, PRK, USA, IRN, PSE = (("IDN", "Sugiono"), ("KOR", "Cho Hyun"), ("PRK", "Korea Utara"),
                                    ("USA", "Amerika Serikat"), ("IRN", "Iran"), ("PSE", "Palestina"))

# Long enough that the copy is recognised as one by its shingles.
KOMPAS_STORY = (
    "Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Korea Selatan Cho Hyun di Seoul pada Selasa pagi. "
    "Kedua menteri membahas percepatan kerja sama ekonomi, terutama di sektor mineral kritis dan baterai "
    "kendaraan listrik, serta perkembangan situasi keamanan di Semenanjung Korea. Korea Utara dikabarkan "
    "mengancam akan melanjutkan uji coba rudal sebagai tanggapan atas latihan militer gabungan di kawasan itu. "
    "Sugiono dijadwalkan bertemu Presiden Korea Selatan pada Rabu sebelum melanjutkan perjalanan ke Tokyo."
)
TRIBUN_COPY = KOMPAS_STORY.replace("pada Selasa pagi", "Selasa (4/11/2025)").replace("dikabarkan", "disebut")


@pytest.fixture(scope="module")
def corpus(module_store, make_article) -> Store:
    store = module_store
    consult = ("CONSULT", SUGIONO, CHO, "asserted", "2025-11-04")
    threaten = ("THREATEN", PRK, ("KOR", "Korea Selatan"), "alleged", "2025-11-04")
    articles = [
        make_article("k1", KOMPAS_STORY, [consult, threaten], outlet="Kompas.com"),
        make_article("t1", TRIBUN_COPY, [consult, threaten], outlet="Tribunnews.com"),
        make_article("tp1", None, [consult], outlet="Tempo.co"),
        make_article("k2", None, [consult], outlet="Kompas.com"),
        make_article("a1", None, [("SANCTION", USA, IRN, "denied", None), ("AID", SUGIONO, PSE, "asserted",
                                                                            "2025-11-28")],
                     outlet="ANTARA", published="2025-12-01"),
    ]
    statuses = [store.add_article(a).status for a in articles]
    assert statuses == ["stored", "duplicate", "stored", "stored", "stored"]  # precondition: t1 is k1's copy
    return store


def _keys(rows: list[dict]) -> list[tuple]:
    return [(r["type"], (r["source"] or {}).get("code"), (r["target"] or {}).get("code"), r["date"]) for r in rows]


def test_one_happening_in_several_articles_is_one_row_counted_by_stories_and_sources(corpus):
    (row,) = corpus.query_events(type="CONSULT")
    assert row["source"] == {"code": "IDN", "name": "Sugiono"}
    assert row["target"] == {"code": "KOR", "name": "Cho Hyun"}
    assert (row["num_reports"], row["num_articles"], row["num_sources"]) == (4, 3, 2)
    assert row["example"]["article"] == "k1" and row["example"]["sentence"]


def test_a_syndicated_copy_adds_no_source(corpus):
    """THREATEN is told only by Kompas and Tribun's copy of it: one story, one source."""
    (row,) = corpus.query_events(type="THREATEN")
    assert (row["num_reports"], row["num_articles"], row["num_sources"]) == (2, 1, 1)


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, [("SANCTION", "USA", "IRN", "2025-12-01"), ("AID", "IDN", "PSE", "2025-11-28"),
          ("CONSULT", "IDN", "KOR", "2025-11-04"), ("THREATEN", "PRK", "KOR", "2025-11-04")]),
    ({"country": "kor"}, [("CONSULT", "IDN", "KOR", "2025-11-04"), ("THREATEN", "PRK", "KOR", "2025-11-04")]),
    ({"country": "IRN"}, [("SANCTION", "USA", "IRN", "2025-12-01")]),
    ({"actor": "sugiono"}, [("AID", "IDN", "PSE", "2025-11-28"), ("CONSULT", "IDN", "KOR", "2025-11-04")]),
    ({"actor": "PRK"}, [("THREATEN", "PRK", "KOR", "2025-11-04")]),
    ({"actor": "Amerika"}, [("SANCTION", "USA", "IRN", "2025-12-01")]),
    ({"type": "aid"}, [("AID", "IDN", "PSE", "2025-11-28")]),
    ({"type": ["AID", "SANCTION"]}, [("SANCTION", "USA", "IRN", "2025-12-01"), ("AID", "IDN", "PSE", "2025-11-28")]),
    ({"modality": "denied"}, [("SANCTION", "USA", "IRN", "2025-12-01")]),
    ({"modality": ["alleged", "denied"]}, [("SANCTION", "USA", "IRN", "2025-12-01"),
                                           ("THREATEN", "PRK", "KOR", "2025-11-04")]),
    # an event without a date of its own is dated by its article's publication
    ({"date_from": "2025-11-05"}, [("SANCTION", "USA", "IRN", "2025-12-01"), ("AID", "IDN", "PSE", "2025-11-28")]),
    ({"date_from": "2025-11-28", "date_to": "2025-11-30"}, [("AID", "IDN", "PSE", "2025-11-28")]),
    ({"date_to": "2025-11-04"}, [("CONSULT", "IDN", "KOR", "2025-11-04"), ("THREATEN", "PRK", "KOR", "2025-11-04")]),
    ({"text": "Semenanjung Korea"}, [("CONSULT", "IDN", "KOR", "2025-11-04"),
                                      ("THREATEN", "PRK", "KOR", "2025-11-04")]),
    ({"outlet": "antara"}, [("SANCTION", "USA", "IRN", "2025-12-01"), ("AID", "IDN", "PSE", "2025-11-28")]),
    ({"min_sources": 2}, [("CONSULT", "IDN", "KOR", "2025-11-04")]),
    ({"country": "KOR", "modality": "alleged"}, [("THREATEN", "PRK", "KOR", "2025-11-04")]),
    ({"country": "KOR", "date_from": "2025-11-05"}, []),
])
def test_filters(corpus, filters, expected):
    assert _keys(corpus.query_events(**filters)) == expected


def test_filters_count_only_matching_reports(corpus):
    """With --text, only the articles that hold the words are counted."""
    (row,) = corpus.query_events(type="CONSULT", text="Semenanjung")
    assert (row["num_reports"], row["num_articles"], row["num_sources"]) == (2, 1, 1)


def test_order_by_sources_puts_the_most_reported_first(corpus):
    rows = corpus.query_events(order="sources")
    assert _keys(rows)[0] == ("CONSULT", "IDN", "KOR", "2025-11-04")
    assert [r["num_sources"] for r in rows] == sorted((r["num_sources"] for r in rows), reverse=True)


def test_limit_and_offset_page_through_the_rows(corpus):
    everything = _keys(corpus.query_events())
    pages = [_keys(corpus.query_events(limit=2, offset=n)) for n in (0, 2, 4)]
    assert pages == [everything[:2], everything[2:4], []]


@pytest.mark.parametrize(("filters", "error"), [
    ({"date_from": "4 November 2025"}, "not an ISO date"),
    ({"date_to": "2025-11"}, "not an ISO date"),
    ({"order": "popularity"}, "order must be"),
])
def test_bad_filters_are_refused(corpus, filters, error):
    with pytest.raises(ValueError, match=error):
        corpus.query_events(**filters)


def test_iter_events_gives_every_single_report(corpus):
    rows = list(corpus.iter_events())
    assert len(rows) == 8
    assert [(r["article_id"], r["event"]["type"]) for r in rows[:2]] == [("k1", "CONSULT"), ("k1", "THREATEN")]
    copies = {r["article_id"] for r in rows if r["duplicate"]}
    assert copies == {"t1"}
    assert all(r["cluster_id"] is not None for r in rows if r["article_id"] in ("k1", "t1"))


@pytest.mark.parametrize(("filters", "expected"), [
    ({"unique": True}, {"k1", "tp1", "k2", "a1"}),
    ({"country": "IRN"}, {"a1"}),
    ({"type": "THREATEN", "unique": True}, {"k1"}),
])
def test_iter_events_filters(corpus, filters, expected):
    assert {r["article_id"] for r in corpus.iter_events(**filters)} == expected

