"""The data layer: schema by migration, idempotent adds, annotations in their tables, near-copies in clusters.

Every test here runs on SQLite and on PostgreSQL (the ``store`` fixture)."""

from __future__ import annotations

import json
import sqlite3
from importlib import resources

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext

from peristiwa.store import Store, StoreError, content_hash
from peristiwa.store.schema import metadata
from peristiwa.store.store import HEAD, normalise_url

# Objects the migrations make beside the Core tables: full-text machinery of each back end.
FULL_TEXT_OBJECTS = {"articles_fts", "articles_fts_data", "articles_fts_idx", "articles_fts_docsize",
                     "articles_fts_config", "articles_fts_content", "alembic_version", "search",
                     # SQLite only (migration 0006): the stored words and their trigram index
                     "search_terms", "search_terms_fts", "search_terms_fts_data", "search_terms_fts_idx",
                     "search_terms_fts_docsize", "search_terms_fts_config",
                     "ix_articles_search", "ix_articles_trigram", "ix_events_source_name_trigram",
                     "ix_events_target_name_trigram",
                     # PostgreSQL only (migration 0003): orders SQLite cannot declare, and the actor filter's ids
                     "ix_articles_newest", "ix_events_newest", "ix_events_source_entity", "ix_events_target_entity"}


def test_open_migrates_to_head(store):
    assert store.revision() == HEAD
    expected = {"sqlite": {"fts": "sqlite-fts5-words"},
                "postgresql": {"fts": "postgresql-tsvector", "fts_config": "indonesian", "trigram": "1"}}
    assert expected[store.dialect].items() <= store.settings.items()


def test_migrated_schema_is_the_core_schema(store):
    """The migration and the tables the queries are written against agree, column for column."""

    def ours(obj, name, type_, reflected, compare_to):
        return name not in FULL_TEXT_OBJECTS

    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": ours, "compare_type": True})
        assert compare_metadata(context, metadata) == []


def test_reopening_keeps_the_data_and_the_revision(store_url, story_records):
    with Store.open(store_url) as first:
        first.add_article(story_records["story"])
    with Store.open(store_url) as again:
        assert again.revision() == HEAD
        assert again.counts()["articles"] == 1


def test_an_article_comes_back_as_extracted(store, story_records):
    record = story_records["story"]
    result = store.add_article(record)
    assert result.status == "stored"
    assert store.article("story") == record


def test_a_record_stored_whole_comes_back_as_it_is(store, story_records):
    """A store written before the events and the sentences' texts were left out of ``articles.record`` keeps
    them there: they are read back from the record, not from the events' rows."""
    from peristiwa.store.schema import articles, events

    record = story_records["story"]
    assert record["events"]  # precondition
    store.add_article(record)
    with store.writer() as conn:
        conn.execute(articles.update().values(record={k: v for k, v in record.items() if k != "text"}))
        conn.execute(events.update().values(record={"type": "changed after"}))
    assert store.article("story") == record
    assert list(store.iter_records()) == [record]


@pytest.mark.parametrize("sentence, kept", [
    ({"start": 0, "end": 5, "paragraph": 0, "text": "Hujan"}, {"start": 0, "end": 5, "paragraph": 0}),
    ({"start": 0, "end": 5, "paragraph": 0, "text": "HUJAN"}, {"start": 0, "end": 5, "paragraph": 0, "text": "HUJAN"}),
    ({"start": "0", "end": 5, "text": "Hujan"}, {"start": "0", "end": 5, "text": "Hujan"}),
    ({"start": 0, "end": 5}, {"start": 0, "end": 5}),
], ids=["a slice of the text", "not the slice", "offsets not numbers", "no text"])
def test_a_sentence_keeps_its_text_unless_the_offsets_give_it(sentence, kept):
    from peristiwa.store.batch import restored_record, stored_record

    record = {"id": "x", "text": "Hujan deras.", "sentences": [sentence], "events": []}
    assert stored_record(record)["sentences"] == [kept]
    restored = restored_record(stored_record(record), record["text"], [])
    # a sentence without a text gets the slice (every record that peristiwa writes has it)
    assert restored["sentences"] == [sentence if "text" in sentence else sentence | {"text": "Hujan"}]


def test_annotations_fill_their_tables(store, story_records):
    record = story_records["story"]
    assert record["entities"] and record["events"] and record["quotes"] and record["amounts"]  # precondition
    store.add_article(record)
    counts = store.counts()
    assert counts["articles"] == 1
    assert counts["entities"] == len(record["entities"])
    assert counts["mentions"] == sum(len(e["mentions"]) for e in record["entities"])
    assert counts["events"] == len(record["events"])
    assert counts["event_mentions"] == sum(len(e["mentions"]) for e in record["events"])
    assert counts["quotes"] == len(record["quotes"])
    assert counts["amounts"] == len(record["amounts"])
    assert counts["source_chains"] == (sum(len(q["source_chain"]) for q in record["quotes"])
                                       + sum(len(e["source_chain"]) for e in record["events"]))


def test_offsets_point_at_the_words(store, story_records):
    """A stored mention's offsets still cut its words out of the stored text."""
    store.add_article(story_records["story"])
    from peristiwa.store.schema import articles, mentions

    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(mentions.c.start, mentions.c.end, mentions.c.text, articles.c.text.label("body"))
                            .join(articles, articles.c.id == mentions.c.article_id)
                            .where(mentions.c.field == "text")).all()
    assert rows
    assert all(r.body[r.start : r.end] == r.text for r in rows)


def test_the_place_of_the_dateline_is_stored_with_its_mention(store, extract):
    """The dateline's place, named nowhere else, is an entity whose mention indexes the dateline ("dateline")."""
    from peristiwa.store.schema import mentions

    article = extract("MEDAN, KOMPAS.com - Polisi menangkap dua pengedar sabu di Belawan, Senin (3/3/2025).",
                      id="medan", url="https://x.example.id/medan")
    record = article.to_dict()
    store.add_article(record)
    assert store.article("medan") == record
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(mentions.c.text).where(mentions.c.field == "dateline")).all()
    assert [r.text for r in rows] == ["MEDAN"]


@pytest.mark.parametrize("form", ["article", "record"])
def test_adding_the_same_content_again_does_nothing(store, extract, form):
    article = extract("Polisi menangkap 12 orang di Jakarta. (ant)", id="satu", url="https://x.example.id/1")
    item = article if form == "article" else article.to_dict()
    first = store.add_article(item)
    counts = store.counts()
    again = store.add_article(item)
    assert (first.status, again.status) == ("stored", "exists")
    assert again.article_id == first.article_id
    assert store.counts() == counts


@pytest.mark.parametrize(("change", "stored_again"), [
    ({"url": "https://lain.example.id/2"}, True),          # the same text at another address
    ({"text": "Polisi menangkap 13 orang di Jakarta."}, True),
    ({"id": "nama-lain", "title": "Judul lain"}, False),  # identity is URL + cleaned text, nothing else
])
def test_identity_is_url_plus_cleaned_text(store, extract, change, stored_again):
    base = {"text": "Polisi menangkap 12 orang di Jakarta.", "id": "satu", "url": "https://x.example.id/1"}
    store.add_article(extract(base.pop("text"), **base).to_dict())
    changed = {"text": "Polisi menangkap 12 orang di Jakarta.", "id": "satu", "url": "https://x.example.id/1",
               **change}
    result = store.add_article(extract(changed.pop("text"), **changed).to_dict())
    assert (result.status != "exists") is stored_again


def test_content_hash_is_sha256_of_url_and_text():
    assert content_hash("teks", "https://a") != content_hash("teks", "https://b")
    assert content_hash("teks", None) == content_hash("teks", "")
    assert len(content_hash("teks", None)) == 64


HOSTILE = ["'; DROP TABLE articles; --", 'Robert"); DELETE FROM events; --', "100% _benar_ \\ 'kutip'",
           "NEAR(a b) OR * AND \"", "\u00a0ganjil\u200b"]


@pytest.mark.parametrize("text", HOSTILE)
def test_values_travel_as_bound_parameters(store, make_article, text):
    """Quotes, SQL and FTS syntax in the data or in a search are data, never code."""
    article = make_article("aneh", text=f"Berita aneh: {text} selesai.",
                           events=[("CONSULT", ("IDN", text), ("KOR", "Korea"), "asserted", "2025-11-04")])
    article.title = text
    store.add_article(article)
    assert store.article("aneh")["title"] == text
    assert store.counts()["articles"] == 1 and store.counts()["events"] == 1
    store.search_articles(text)
    store.query_events(actor=text, text=text)
    assert store.counts()["articles"] == 1


def test_a_syndicated_copy_is_stored_and_linked_to_its_story(store, story_records):
    results = {name: store.add_article(story_records[name]) for name in ("story", "own", "copy")}
    assert [r.status for r in results.values()] == ["stored", "stored", "duplicate"]
    copy = results["copy"]
    assert copy.duplicate_of == results["story"].article_id
    assert copy.similarity > 0.8
    assert store.clusters() == [{"cluster_id": copy.cluster_id, "articles": ["story", "copy"],
                                 "outlets": ["Kompas.com", "Tribunnews.com"]}]
    assert store.counts()["articles"] == 3


def test_a_copy_of_a_copy_joins_the_same_cluster(store, story_records):
    store.add_article(story_records["story"])
    first = store.add_article(story_records["copy"])
    again = dict(story_records["copy"], id="copy-2", url="https://regional.example.id/copy-2",
                 outlet="Regional.com")
    second = store.add_article(again)
    assert second.cluster_id == first.cluster_id
    assert [c["articles"] for c in store.clusters()] == [["story", "copy", "copy-2"]]


def test_signatures_made_another_way_are_made_again_when_the_store_is_opened(store_url, story_records):
    """A store whose signatures an earlier version made (another way of hashing shingles) gets them made again
    from its texts on opening: a copy stored afterwards is still linked to the story stored before."""
    from peristiwa import dedup
    from peristiwa.store.schema import article_minhash, minhash_bands, store_meta

    with Store.open(store_url) as store:
        story = store.add_article(story_records["story"])
        store.add_article(story_records["own"])
        with store.engine.begin() as conn:  # what the earlier version left: other numbers, other band keys
            conn.execute(store_meta.update().where(store_meta.c.key == "dedup"), {"value": "minhash-earlier"})
            conn.execute(article_minhash.update().values(signature=bytes(4 * dedup.NUM_PERM)))
            conn.execute(minhash_bands.update().values(key=minhash_bands.c.key + 1))
    with Store.open(store_url) as store:
        assert store.settings["dedup"] == dedup.PARAMETERS
        with store.engine.connect() as conn:
            signatures = dict(conn.execute(sa.select(article_minhash.c.article_id, article_minhash.c.signature)).all())
            bands = conn.execute(sa.select(sa.func.count()).select_from(minhash_bands)).scalar()
        assert signatures[story.article_id] == dedup.to_bytes(dedup.hash_values(story_records["story"]["text"]))
        assert len(signatures) == 2 and bands == 2 * dedup.BANDS
        copy = store.add_article(story_records["copy"])
        assert (copy.status, copy.duplicate_of) == ("duplicate", story.article_id)


def test_default_database_is_peristiwa_db_in_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PERISTIWA_DB", raising=False)
    with Store.open() as store:
        assert store.dialect == "sqlite"
    assert (tmp_path / "peristiwa.db").exists()


def test_sqlite_runs_in_wal_mode_with_a_word_index_and_a_trigram_index_of_the_words(tmp_path):
    path = tmp_path / "wal.db"
    Store.open(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        sql = dict(conn.execute("SELECT name, sql FROM sqlite_master "
                                "WHERE name IN ('articles_fts', 'search_terms_fts')"))
    assert "fts5" in sql["articles_fts"] and "unicode61" in sql["articles_fts"]
    assert "fts5" in sql["search_terms_fts"] and "trigram" in sql["search_terms_fts"]


def _migrate(store: Store, revision: str) -> None:
    """Take an open store down to ``revision`` (what an older peristiwa left behind)."""
    with store._write() as conn:
        config = Config()
        config.set_main_option("script_location", str(resources.files("peristiwa.store").joinpath("migrations")))
        config.attributes["connection"] = conn
        command.downgrade(config, revision)


_MENTERI_IN_THE_INDEX = "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '\"menteri\"'"


def test_sqlite_search_survives_the_change_of_index_both_ways(tmp_path, story_records):
    """Migration 0006: a store made with the trigram index of whole texts gets the word index and the stored
    words of the articles it holds, and finds them as before; going back gives the trigram index again."""
    path = tmp_path / "upgraded.db"

    def tokenizer() -> str:
        with sqlite3.connect(path) as conn:
            return conn.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()[0]

    def search_finds_the_ministry_by_part_of_its_name(store: Store) -> bool:
        return {r["doc_id"] for r in store.search_articles("menteri")} >= {"story", "copy"}

    with Store.open(f"sqlite:///{path}") as store:
        for name in ("story", "own", "copy"):
            store.add_article(story_records[name])
        _migrate(store, "0005")  # the articles as the old schema holds them, the search terms gone
    assert "trigram" in tokenizer()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'search_terms'").fetchone()[0] == 0
        holding = conn.execute(_MENTERI_IN_THE_INDEX).fetchone()[0]
    assert holding >= 2
    with Store.open(f"sqlite:///{path}") as store:
        assert store.revision() == HEAD and "unicode61" in tokenizer()
        assert store.settings["fts"] == "sqlite-fts5-words"
        assert search_finds_the_ministry_by_part_of_its_name(store)
        _migrate(store, "0005")
        assert "trigram" in tokenizer()
        with sqlite3.connect(path) as conn:  # the trigram index holds the articles again
            again = conn.execute(_MENTERI_IN_THE_INDEX).fetchone()[0]
        assert again == holding


def test_sqlite_connections_set_their_options(tmp_path):
    """Each connection of the store: WAL's lighter syncing, foreign keys, a wait for the write lock, and a page
    cache of SQLITE_CACHE_MIB (SQLite's default of 2 MiB would not hold the indexes an ingest writes)."""
    from peristiwa.store.store import SQLITE_CACHE_MIB

    with Store.open(f"sqlite:///{tmp_path / 'options.db'}") as store, store.engine.connect() as conn:
        def pragma(name: str) -> int:
            return conn.exec_driver_sql(f"PRAGMA {name}").scalar_one()

        assert (pragma("synchronous"), pragma("foreign_keys"), pragma("busy_timeout")) == (1, 1, 30000)
        assert pragma("cache_size") == -1024 * SQLITE_CACHE_MIB and SQLITE_CACHE_MIB > 2


def test_a_new_sqlite_store_has_large_pages_and_an_existing_one_keeps_its_own(tmp_path, story_records):
    """SQLITE_PAGE_SIZE applies to a file the store creates; a file made with SQLite's default of 4,096 keeps
    it (WAL mode does not change a page size) and works as before."""
    from peristiwa.store.store import SQLITE_PAGE_SIZE

    def page_size(path) -> int:
        with sqlite3.connect(path) as conn:
            return conn.execute("PRAGMA page_size").fetchone()[0]

    made_here = tmp_path / "new.db"
    with Store.open(f"sqlite:///{made_here}") as store:
        store.add_article(story_records["story"])
    assert page_size(made_here) == SQLITE_PAGE_SIZE != 4096

    made_before = tmp_path / "old.db"
    with sqlite3.connect(made_before) as conn:  # as an older peristiwa left it: default pages, in WAL mode
        conn.execute("PRAGMA page_size=4096")
        conn.execute("PRAGMA journal_mode=WAL")
    with Store.open(f"sqlite:///{made_before}") as store:
        store.add_article(story_records["story"])
        assert {r["doc_id"] for r in store.search_articles("menteri")} == {"story"}
    assert page_size(made_before) == 4096


@pytest.mark.parametrize(("migration", "option", "value", "default"), [
    ("0004", "automerge", 8, 4),  # merges at eight segments
    ("0005", "hashsize", 16 * 1024 * 1024, 1024 * 1024),  # holds a batch's new entries in memory
])
def test_sqlite_full_text_index_options_on_new_and_upgraded_stores(tmp_path, migration, option, value, default):
    """Migrations 0004 and 0005 set FTS5 options in the index's own configuration; a store made before one
    gets it when opened, and going back to the revision before it gives FTS5's default again."""
    path = tmp_path / "options.db"
    previous = f"{int(migration) - 1:04d}"

    def configured() -> int | None:
        with sqlite3.connect(path) as conn:
            row = conn.execute("SELECT v FROM articles_fts_config WHERE k = ?", (option,)).fetchone()
        return row and row[0]

    with Store.open(f"sqlite:///{path}") as store:
        assert configured() == value
        _migrate(store, previous)
        assert store.revision() == previous and configured() == default
    with Store.open(f"sqlite:///{path}") as store:
        assert store.revision() == HEAD and configured() == value


def test_a_batch_of_articles_makes_one_segment_of_the_sqlite_full_text_index(tmp_path, make_article):
    """The articles of a batch go into SQLite in id order: FTS5 keeps the entries of new rows in memory while
    their rowids ascend and writes them out at the end of the batch as one segment. (In content-hash order
    each step back to a lower rowid wrote out a segment of its own.) Every article is found all the same."""
    path = tmp_path / "segments.db"
    batch = [make_article(f"a{n:02d}", f"Berita nomor {n} tentang kementerian dan kata{n}.") for n in range(40)]
    with Store.open(f"sqlite:///{path}") as store:
        results = store.add_articles(batch)
        ids = [r.article_id for r in results]
        assert ids == sorted(ids) and len(set(ids)) == 40
        assert len(store.search_articles("kementerian", limit=100)) == 40
        assert [r["doc_id"] for r in store.search_articles("kata17")] == ["a17"]
    with sqlite3.connect(path) as conn:
        segments = conn.execute("SELECT count(DISTINCT segid) FROM articles_fts_idx").fetchone()[0]
    assert segments == 1


@pytest.mark.parametrize(("url", "expected"), [
    ("postgresql://u:p@localhost/db", "postgresql+psycopg://u:p@localhost/db"),
    ("postgres://u@h:5433/db", "postgresql+psycopg://u@h:5433/db"),
    ("sqlite:///korpus.db", "sqlite:///korpus.db"),
    ("data/korpus.db", "sqlite:///data/korpus.db"),
])
def test_urls(url, expected):
    assert normalise_url(url) == expected


@pytest.mark.parametrize(("url", "message"), [
    ("mysql://u@localhost/db", "unsupported database"),
    ("sqlite:////no/such/folder/x.db", "does not exist"),
    ("postgresql://peristiwa@127.0.0.1:9/tidak_ada", "cannot open"),  # nothing listens on port 9 here
])
def test_unusable_urls_are_refused(url, message):
    with pytest.raises(StoreError, match=message):
        Store.open(url)


def test_reading_commands_do_not_create_a_database(tmp_path):
    with pytest.raises(StoreError, match="no database"):
        Store.open(f"sqlite:///{tmp_path / 'missing.db'}", create=False)
    assert not (tmp_path / "missing.db").exists()


def test_an_article_is_stored_as_the_record_to_dict_makes(sample_articles):
    """The store's own conversion of an Article (faster than dataclasses.asdict) is to_dict() to the letter."""
    from peristiwa import RawDocument
    from peristiwa import extract as run_pipeline
    from peristiwa.store.batch import json_text, record_of

    for sample in sample_articles:
        article = run_pipeline(RawDocument(**{k: v for k, v in sample.items() if k in {"id", "text", "url", "outlet",
                                                                                      "title", "published"}}))
        expected = article.to_dict()
        expected.pop("tokens", None)
        assert record_of(article) == expected
        assert json_text(record_of(article)) == json_text(expected)  # keys in the same order too


@pytest.mark.parametrize("value", [2**70, {1: "a key that is not a string"}], ids=["int beyond 64 bits", "int key"])
def test_what_orjson_refuses_is_written_by_the_standard_library(value):
    from peristiwa.store.batch import json_text

    assert json_text({"value": value}) == json.dumps({"value": value}, ensure_ascii=False, separators=(",", ":"))


def test_an_article_with_a_value_orjson_refuses_is_stored_through_to_dict():
    from peristiwa.model import Amount, Article
    from peristiwa.store.batch import ARTICLE_TEXT, prepare, record_of

    text = "Nilainya mencapai 2.000.000.000.000.000.000.000 rupiah."
    article = Article(id="besar", text=text, amounts=[Amount(start=18, end=len(text) - 1, text=text[18:-1],
                                                             value=2 * 10**24, unit="IDR", kind="currency")])
    expected = article.to_dict()
    expected.pop("tokens", None)
    assert record_of(article) == expected
    assert json.loads(prepare(article).row[ARTICLE_TEXT + 1])["amounts"][0]["value"] == 2 * 10**24


def test_an_article_and_its_record_make_the_same_rows(sample_articles):
    """prepare reads an Article's own objects, and a record's dicts (what ``ingest --extracted`` reads): the
    rows, keys and signature are the same either way."""
    from peristiwa import RawDocument
    from peristiwa import extract as run_pipeline
    from peristiwa.store.batch import prepare, record_of

    for sample in sample_articles:
        article = run_pipeline(RawDocument(**{k: v for k, v in sample.items() if k in {"id", "text", "url", "outlet",
                                                                                      "title", "published"}}))
        from_article, from_record = prepare(article), prepare(record_of(article))
        assert list(from_article.hash_values) == list(from_record.hash_values)
        from_article.hash_values = from_record.hash_values = None
        assert from_article == from_record
        assert from_article.entities and from_article.amounts


def test_the_stored_record_text_is_the_json_of_the_record(sample_articles):
    """The record column holds the record without what is kept elsewhere (the text, the events, each sentence's
    text), in the characters the standard library's json writes with the store's options (orjson writes it,
    faster); each event's row holds that event's JSON; the three together give the record back, in order."""
    from peristiwa import RawDocument
    from peristiwa import extract as run_pipeline
    from peristiwa.store.batch import ARTICLE_TEXT, prepare, record_of, restored_record, stored_record

    def standard(value):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    with_events = 0
    for sample in sample_articles:
        article = run_pipeline(RawDocument(**{k: v for k, v in sample.items() if k in {"id", "text", "url", "outlet",
                                                                                      "title", "published"}}))
        record = record_of(article)
        with_events += bool(record["events"])
        kept = stored_record(record)
        assert "text" not in kept and "events" not in kept
        assert all("text" not in s for s in kept["sentences"]) and len(kept["sentences"]) == len(record["sentences"])
        prepared = prepare(article)
        assert prepared.row[ARTICLE_TEXT + 1] == standard(kept)
        assert prepare(record).row[ARTICLE_TEXT + 1] == standard(kept)
        assert [e.row[-1] for e in prepared.events] == [standard(e) for e in record["events"]]
        restored = restored_record(json.loads(prepared.row[ARTICLE_TEXT + 1]), article.text,
                                   [json.loads(e.row[-1]) for e in prepared.events])
        assert restored == record and list(restored) == list(record)
        assert prepare(record | {"events": None}).row[ARTICLE_TEXT + 1] == standard(kept)
    assert with_events, "samples with events show the splice"


def test_sqlite_binds_none_bytes_and_bools_through_identity_adapters(tmp_path, monkeypatch):
    """Python's sqlite3 tries to adapt every value that is not exactly an int, float or str; the store registers
    adapters that give None, bytes and bools back as they are (to spare a failed look-up per value), and leaves
    an adapter someone else registered first alone."""
    from peristiwa.store.store import _register_identity_adapters

    for key in [(kind, sqlite3.PrepareProtocol) for kind in (type(None), bytes, bool)]:
        monkeypatch.delitem(sqlite3.adapters, key, raising=False)
    Store.open(f"sqlite:///{tmp_path}/x.db").close()
    for value, expected in ((None, None), (b"\x00\xff", b"\x00\xff"), (True, 1), (False, 0)):
        adapter = sqlite3.adapters[(type(value), sqlite3.PrepareProtocol)]
        assert adapter(value) == expected and type(adapter(value)) is type(expected)
    monkeypatch.setitem(sqlite3.adapters, (bool, sqlite3.PrepareProtocol), str)  # someone else's
    _register_identity_adapters()
    assert sqlite3.adapters[(bool, sqlite3.PrepareProtocol)] is str
