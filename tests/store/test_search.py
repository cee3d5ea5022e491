"""Full-text search with Indonesian queries, on SQLite (FTS5 words and a trigram index of the words) and
PostgreSQL (tsvector + pg_trgm).

The promise on both back ends: an article is found when its title or text contains every word of the query,
case-insensitively, as a substring ("menteri" finds "Kementerian"). PostgreSQL's Indonesian stemmer may add
matches on top (“menangkap” finds “penangkapan”).
"""

from __future__ import annotations

import pytest

from peristiwa.store import Store, ingest


@pytest.fixture(scope="module")
def corpus(module_store, story_records, samples_dir) -> Store:
    """The shipped samples and the three stories about the detained fishermen."""
    summary = ingest([samples_dir / "articles.jsonl"], module_store)
    assert summary.stored == summary.seen > 0
    for name in ("story", "own", "copy"):
        module_store.add_article(story_records[name])
    return module_store


@pytest.fixture(scope="module")
def texts(corpus) -> dict[str, str]:
    """id -> title and text, lower-cased: what the searches are checked against."""
    return {r["id"]: f"{r.get('title') or ''} {r['text']}".lower() for r in corpus.iter_records()}


def _ids(rows: list[dict]) -> set[str]:
    return {r["doc_id"] for r in rows}


QUERIES = [
    "menteri",                   # inside "Kementerian" too
    "Kementerian Luar Negeri",
    "nelayan Pulau Pinang",
    "kekonsuleran",
    "Rosmawati",
    "rudal balistik",
    "Natuna",
    "KPU",
    "Bank Indonesia suku bunga",
    "gempa Maluku",
    "RI Pejambon",               # "RI" is shorter than a trigram: matched by LIKE
    "tidakadadimanapun",
    "ASEAN-China",               # punctuation inside a word: its parts narrow, the whole is tested
    "undang-undang",             # "Undang-Undang" and "undang-undang" (any case)
    "1.000",                     # numbers: parts under three letters, the whole by LIKE
    "kabupaten/kota",
    "bi-rate 4,75",
    "an",                        # a word under three letters in hundreds of articles
    "ter",                       # part of many words
    "kerja sama ASEAN",
    "tahu",                      # "tahun", "ketahuan", …
]


@pytest.mark.parametrize("query", QUERIES)
def test_finds_every_article_holding_every_word(corpus, texts, query):
    words = query.lower().split()
    holding = {doc for doc, text in texts.items() if all(w in text for w in words)}
    found = _ids(corpus.search_articles(query, limit=100))
    if corpus.dialect == "sqlite":
        assert found == holding
    else:  # the stemmer may find more, never less
        assert found >= holding


@pytest.mark.parametrize("query", ["ter", "kan negara", "ang menteri"])
def test_a_word_inside_too_many_stored_words_is_tested_in_the_text(corpus, texts, query, monkeypatch):
    """SQLite lists the stored words that hold a search word; past SEARCH_TERMS_LIMIT of them the word is a
    substring test of the articles instead, with the same result."""
    if corpus.dialect != "sqlite":
        pytest.skip("the stored words are SQLite's")
    import peristiwa.store.store as store_module

    monkeypatch.setattr(store_module, "SEARCH_TERMS_LIMIT", 3)
    words = query.lower().split()
    holding = {doc for doc, text in texts.items() if all(w in text for w in words)}
    assert holding
    with corpus.engine.connect() as conn:  # the first word is in more stored words than the limit
        listed = conn.exec_driver_sql("SELECT count(*) FROM search_terms WHERE term LIKE ?",
                                      (f"%{words[0]}%",)).scalar()
    assert listed > 3
    assert _ids(corpus.search_articles(query, limit=100)) == holding


@pytest.mark.parametrize(("query", "expected"), [
    ("menteri", {"story", "copy", "own"}),
    ("Rolliansyah", {"story", "copy"}),
    ("Belawan", {"own"}),
    ("kementerian KELAUTAN", {"story", "copy"}),
    ("WNI Judha", {"own"}),
])
def test_indonesian_queries_about_the_fishermen(corpus, query, expected):
    found = _ids(corpus.search_articles(query, limit=100))
    assert found >= expected
    assert not found & ({"story", "copy", "own"} - expected)


@pytest.mark.parametrize(("query", "on_sqlite", "on_postgresql"), [
    # "penangkapan" (story, copy) shares the stem, not the letters
    ("menangkap", set(), {"story", "copy"}),
    # the story and its copy say "pemanggilan"; the other report says "memanggil"
    ("pemanggilan", {"story", "copy"}, {"story", "copy", "own"}),
])
def test_postgresql_adds_stemmed_matches(corpus, query, on_sqlite, on_postgresql):
    found = _ids(corpus.search_articles(query, limit=100)) & {"story", "copy", "own"}
    assert found == (on_postgresql if corpus.dialect == "postgresql" else on_sqlite)


def test_results_say_which_are_copies_and_show_the_words(corpus):
    rows = corpus.search_articles("Rolliansyah Soemirat")
    assert [r["doc_id"] for r in rows][:2] in (["story", "copy"], ["copy", "story"])
    by_id = {r["doc_id"]: r for r in rows}
    assert (by_id["story"]["duplicate"], by_id["copy"]["duplicate"]) == (False, True)
    assert by_id["story"]["cluster_id"] == by_id["copy"]["cluster_id"] is not None
    assert all("Rolliansyah" in r["snippet"] for r in rows)


def test_limit_and_offset(corpus):
    everything = [r["doc_id"] for r in corpus.search_articles("Indonesia", limit=100)]
    assert len(everything) > 4
    assert [r["doc_id"] for r in corpus.search_articles("Indonesia", limit=2, offset=2)] == everything[2:4]


@pytest.mark.parametrize("query", ["", "   ", "“ ”", "()"])
def test_a_query_without_words_finds_nothing(corpus, query):
    assert corpus.search_articles(query) == []


def test_an_article_without_a_word_is_stored_and_found_by_its_punctuation(store):
    """A text of punctuation only has no word to index or to add to the stored words (SQLite)."""
    assert store.add_article({"id": "tanda-baca", "text": "— … —"}).status == "stored"
    assert _ids(store.search_articles("…")) == {"tanda-baca"}
