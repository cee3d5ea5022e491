"""Ingest: runs recorded with their counts, failures recorded and passed over, idempotent, and resumable after
the process is killed outright."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
import sqlalchemy as sa

from peristiwa.inputs import InputError
from peristiwa.model import RawDocument
from peristiwa.store import IngestSummary, Store, ingest
from peristiwa.store.schema import articles, events
from peristiwa.store.store import normalise_url


@pytest.mark.parametrize("batch", [1, 5, 20])
def test_a_run_is_recorded_with_its_counts(store, samples_dir, batch):
    """Counts are written with the articles, whether each is committed alone or in batches."""
    summary = ingest([samples_dir / "articles.jsonl"], store, batch=batch)
    assert (summary.status, summary.seen, summary.stored, summary.skipped, summary.failed) == (
        "finished", 12, 12, 0, 0)
    run = store.run(summary.run_id)
    assert run["status"] == "finished" and run["finished"] >= run["started"]
    assert (run["seen"], run["stored"], run["duplicates"], run["skipped"], run["failed"]) == (12, 12, 0, 0, 0)
    assert run["inputs"] == [str(samples_dir / "articles.jsonl")]
    assert store.counts()["articles"] == 12


def test_running_again_stores_nothing_twice(store, samples_dir):
    first = ingest([samples_dir / "articles.jsonl"], store)
    counts = store.counts()
    again = ingest([samples_dir / "articles.jsonl"], store)
    assert (again.seen, again.stored, again.skipped) == (12, 0, 12)
    assert {k: v for k, v in store.counts().items() if k != "ingest_runs"} == {
        k: v for k, v in counts.items() if k != "ingest_runs"}
    assert [r["id"] for r in store.runs()] == [first.run_id, again.run_id]


BAD_LINES = [
    ("{not json", "malformed JSON"),
    (json.dumps({"id": "kosong", "text": "   "}), "no 'text'"),
    (json.dumps(["bukan", "objek"]), "must be an object"),
    (json.dumps({"id": "halaman", "html": "<html><body><nav>Beranda</nav></body></html>"}), "no article"),
]


@pytest.mark.parametrize(("line", "reason"), BAD_LINES)
def test_a_failed_document_is_recorded_and_the_run_goes_on(store, tmp_path, line, reason):
    good = [json.dumps({"id": f"baik-{n}", "text": f"Polisi menangkap {n} orang di Medan, Senin."}) for n in (1, 2)]
    path = tmp_path / "campur.jsonl"
    path.write_text("\n".join([good[0], line, good[1]]) + "\n", encoding="utf-8")
    summary = ingest([path], store)
    assert (summary.stored, summary.failed) == (2, 1)
    (error,) = store.errors(summary.run_id)
    assert error["input"] == f"{path}:2"
    assert reason in error["reason"]
    assert store.run(summary.run_id)["failed"] == 1


def test_a_missing_file_is_a_failure_too(store, tmp_path):
    summary = ingest([tmp_path / "hilang.jsonl"], store)
    assert summary.failed == 1 and summary.status == "finished"
    assert store.errors(summary.run_id)[0]["reason"] == "no such file"


def test_any_iterable_of_documents_plugs_in(store, extract, story_records):
    """What a document source yields (RawDocument or InputError) is ingested, and so are articles and records."""
    items = [
        RawDocument(id="mentah", text="Jakarta (ANTARA) - Sebanyak 1.000 orang mengungsi akibat banjir.",
                    source_name="feed.xml#1"),
        InputError("https://contoh.example.id/rusak", "HTTP 404"),
        ("arsip.warc.gz#7", "record is not HTML"),
        extract("Polisi menangkap 12 orang di Jakarta.", id="artikel"),
        story_records["story"],
        RawDocument(id="kosong", text="<html><body></body></html>", format="html", source_name="feed.xml#2"),
        object(),
    ]
    summary = ingest(iter(items), store, label=["feed.xml"])
    assert (summary.seen, summary.stored, summary.failed) == (7, 3, 4)
    assert [(e["input"], e["reason"]) for e in store.errors(summary.run_id)][:3] == [
        ("https://contoh.example.id/rusak", "HTTP 404"), ("arsip.warc.gz#7", "record is not HTML"),
        ("feed.xml#2", store.errors(summary.run_id)[2]["reason"])]
    assert "cannot ingest a object" in store.errors(summary.run_id)[3]["reason"]
    assert store.run(summary.run_id)["inputs"] == ["feed.xml"]
    assert {r["id"] for r in store.iter_records()} == {"mentah", "artikel", "story"}


def test_extracted_records_are_stored_as_they_are(store, tmp_path, story_records):
    path = tmp_path / "hasil.jsonl"
    path.write_text("".join(json.dumps(story_records[n], ensure_ascii=False) + "\n" for n in ("story", "own"))
                    + '{"id": "tanpa-teks"}\n', encoding="utf-8")
    summary = ingest([path], store, extracted=True)
    assert (summary.stored, summary.failed) == (2, 1)
    assert store.article("own") == story_records["own"]
    assert "not an article record" in summary.errors[0][1]


@pytest.mark.parametrize("batch", [1, 20])
def test_an_interrupted_run_is_closed_and_resumed(store, samples_dir, batch):
    from peristiwa.inputs import read_inputs

    docs = list(read_inputs([str(samples_dir / "articles.jsonl")]))

    def interrupted():
        yield from docs[:3]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest(interrupted(), store, batch=batch)
    (run,) = store.runs()
    assert (run["status"], run["stored"]) == ("interrupted", 3)
    resumed = ingest(docs, store)
    assert (resumed.stored, resumed.skipped) == (9, 3)
    assert store.counts()["articles"] == 12


def test_the_garbage_collector_is_off_while_a_batch_fills_and_collects_after_each_batch(store, samples_dir):
    """During a run the collector makes no passes of its own; each batch written is followed by a collection of
    the young generations; whatever ends the run, the collector is on again after it."""
    import gc

    from peristiwa.inputs import read_inputs

    collections: list[int] = []  # the generation of every collection while documents are read
    on_while_reading = []

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    def watched():
        for doc in read_inputs([str(samples_dir / "articles.jsonl")]):
            on_while_reading.append(gc.isenabled())
            yield doc
        raise KeyboardInterrupt  # the collector comes back on whatever ends the run

    assert gc.isenabled()
    gc.callbacks.append(count)
    try:
        with pytest.raises(KeyboardInterrupt):
            ingest(watched(), store, batch=2)
    finally:
        gc.callbacks.remove(count)
    documents = len(on_while_reading)
    assert documents >= 4 and not any(on_while_reading)
    assert collections.count(1) >= documents // 2  # one a batch (the last written on the interrupt)
    assert gc.isenabled()


def test_a_collector_switched_off_before_a_run_stays_off_after_it(store, samples_dir):
    import gc

    gc.disable()
    try:
        ingest([str(samples_dir / "articles.jsonl")], store)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_forked_worker_collects_on_its_own():
    """A worker is forked while the collector is off; its set-up turns it on, every INGEST_GC_THRESHOLD
    allocations (it has no batches to collect after)."""
    import gc

    from peristiwa.store.ingest import INGEST_GC_THRESHOLD, _start_worker

    before = gc.get_threshold()
    gc.disable()
    try:
        _start_worker((), None, None)
        assert gc.isenabled() and gc.get_threshold()[0] == max(INGEST_GC_THRESHOLD, before[0])
    finally:
        gc.set_threshold(*before)
        gc.enable()


def test_the_content_check_sees_what_is_committed_after_it_started_and_holds_no_snapshot(store, extract):
    from peristiwa.store.batch import content_hash

    article = extract("Polisi menangkap dua orang di Medan, Senin (3/11/2025).", id="cek")
    digest = content_hash(article.text, article.url)
    with store.content_checker() as stored:
        assert stored(digest) is False
        store.add_article(article)  # another connection commits meanwhile
        assert stored(digest) is True
        if store.dialect == "sqlite":  # no read transaction is left open: the whole WAL can be checkpointed
            with store.engine.connect() as conn:
                busy, _, _ = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
            assert busy == 0


def test_what_the_database_refuses_is_a_failure_not_a_crash(store, extract):
    """PostgreSQL text cannot hold NUL; SQLite can. Either way the run goes on."""
    record = extract("Polisi menangkap 12 orang.", id="nul").to_dict()
    record["text"] += "\x00"
    summary = ingest([record, extract("Dua orang tewas di Medan.", id="baik")], store)
    expected = {"sqlite": (2, 0), "postgresql": (1, 1)}[store.dialect]
    assert (summary.stored, summary.failed) == expected


def _stored(url: str) -> int:
    engine = sa.create_engine(normalise_url(url))
    try:
        with engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one()
    finally:
        engine.dispose()


@pytest.mark.slow
def test_a_run_killed_midway_is_resumed_by_running_it_again(store_url, generated_corpus):
    """SIGKILL gives the process no chance to clean up: what was committed stays, the article being written
    vanishes with its transaction, and the same command run again completes the corpus."""
    n = 300
    corpus = generated_corpus(n)
    command = [sys.executable, "-m", "peristiwa.cli", "ingest", "--db", store_url, "--no-progress", str(corpus)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    Store.open(store_url).close()  # the schema exists before we start counting rows
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    try:
        deadline = time.monotonic() + 120
        while _stored(store_url) < 25:
            assert process.poll() is None, process.stderr.read().decode()
            assert time.monotonic() < deadline, "the ingest stored nothing in two minutes"
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    killed_at = _stored(store_url)
    assert 25 <= killed_at < n  # precondition: killed midway

    finished = subprocess.run(command, capture_output=True, env=env, timeout=600, check=False)
    assert finished.returncode == 0, finished.stderr.decode()

    with Store.open(store_url) as store:
        with store.engine.connect() as conn:
            total, ids, hashes = conn.execute(sa.select(
                sa.func.count(), sa.func.count(sa.distinct(articles.c.doc_id)),
                sa.func.count(sa.distinct(articles.c.content_hash)))).one()
            stored_events = conn.execute(sa.select(sa.func.count()).select_from(events)).scalar_one()
        assert total == ids == hashes == n
        # no article was half-written: every record's events are all in the events table, no more
        assert stored_events == sum(len(r["events"]) for r in store.iter_records())
        first, second = store.runs()
        assert first["status"] == "interrupted"  # noticed by the second run: its process is gone
        assert (second["status"], second["seen"]) == ("finished", n)
        assert second["skipped"] >= killed_at and second["stored"] == n - second["skipped"]


@pytest.mark.slow
def test_two_ingests_of_one_corpus_at_once_store_each_article_once(store_url, generated_corpus):
    corpus = generated_corpus(60)
    Store.open(store_url).close()
    command = [sys.executable, "-m", "peristiwa.cli", "ingest", "--db", store_url, "--no-progress", str(corpus)]
    processes = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    outputs = [p.communicate(timeout=300) for p in processes]
    assert [p.returncode for p in processes] == [0, 0], [err.decode() for _, err in outputs]
    with Store.open(store_url) as store:
        assert store.counts()["articles"] == 60
        runs = store.runs()
        assert sum(r["stored"] for r in runs) == 60
        assert sum(r["skipped"] for r in runs) == 60


def _variant(record: dict, name: str, words: str) -> dict:
    """Another near-copy of ``record``: new id and address, a few words added to the text."""
    return {**record, "id": name, "url": f"{record['url']}?{name}", "text": record["text"] + " " + words}


@pytest.fixture
def stories_in_order(story_records) -> list[dict]:
    """Originals, copies of a story stored earlier and of one in the same batch, copies of copies, a repeat."""
    story, copy, own = story_records["story"], story_records["copy"], story_records["own"]
    return [story, own, copy, _variant(own, "own-b", "Demikian laporan itu."), story,
            _variant(copy, "copy-b", "Berita ini disunting ulang."), _variant(story, "story-c", "(ant)"),
            _variant(own, "own-c", "Simak berita lainnya.")]


def _layout(store: Store) -> dict[str, list[tuple]]:
    """Every key and link the writes decide: ids, clusters, stories, origins, the numbering of annotations."""
    from peristiwa.store.schema import duplicate_clusters, entities, mentions, quotes, source_chains

    with store.engine.connect() as conn:
        return {
            "articles": conn.execute(sa.select(articles.c.id, articles.c.doc_id, articles.c.cluster_id,
                                               articles.c.story_id, articles.c.origin).order_by(articles.c.id)).all(),
            "clusters": conn.execute(sa.select(duplicate_clusters.c.id, duplicate_clusters.c.representative_id,
                                               duplicate_clusters.c.size).order_by(duplicate_clusters.c.id)).all(),
            "events": conn.execute(sa.select(events.c.id, events.c.article_id, events.c.seq, events.c.story_id,
                                             events.c.origin).order_by(events.c.id)).all(),
            "entities": conn.execute(sa.select(entities.c.id, entities.c.article_id, entities.c.seq)
                                     .order_by(entities.c.id)).all(),
            "mentions": conn.execute(sa.select(mentions.c.id, mentions.c.entity_id, mentions.c.start)
                                     .order_by(mentions.c.id)).all(),
            "quotes": conn.execute(sa.select(quotes.c.id, quotes.c.article_id, quotes.c.seq)
                                   .order_by(quotes.c.id)).all(),
            "chains": conn.execute(sa.select(source_chains.c.id, source_chains.c.quote_id, source_chains.c.event_id,
                                             source_chains.c.position).order_by(source_chains.c.id)).all(),
        }


def test_batches_store_exactly_what_one_by_one_stores(store_url, tmp_path, stories_in_order):
    """Keys, duplicate clusters and story links come out the same whatever the batch size (compared with
    one article per transaction on SQLite): a copy is found among the stored articles and among those
    before it in its own batch."""

    def layout_of(url: str, size: int) -> dict[str, list[tuple]]:
        with Store.open(url) as store:
            summary = ingest(stories_in_order, store, batch=size)
            assert (summary.stored, summary.duplicates, summary.skipped) == (7, 5, 1)
            clusters = {c["articles"][0]: c["articles"] for c in store.clusters()}
            assert clusters == {"story": ["story", "copy", "copy-b", "story-c"], "own": ["own", "own-b", "own-c"]}
            return _layout(store)

    one_by_one = layout_of(f"sqlite:///{tmp_path / 'one-by-one.db'}", 1)
    if store_url.startswith("postgresql"):  # one database per test: the largest batch
        assert layout_of(store_url, 100) == one_by_one
    else:
        for size in (2, 3, 100):
            assert layout_of(f"sqlite:///{tmp_path / f'batch-{size}.db'}", size) == one_by_one


def test_a_batch_links_copies_as_adding_one_by_one_does(store, stories_in_order):
    results = store.add_articles(stories_in_order)
    assert [r.status for r in results] == ["stored", "stored", "duplicate", "duplicate", "exists", "duplicate",
                                           "duplicate", "duplicate"]
    assert results[4].article_id == results[0].article_id  # the repeat is the story itself
    # a copy of a copy belongs to the first article of the story
    assert [r.duplicate_of for r in results[2:4]] == [results[0].article_id, results[1].article_id]
    assert {r.cluster_id for r in results if r.status == "duplicate"} == {results[2].cluster_id,
                                                                        results[3].cluster_id}


def test_a_record_the_database_refuses_costs_only_itself(store, write_jsonl, story_records):
    """A value no column can hold (an offset past 64 bits) fails that article; the rest of its batch is
    stored, and the failure names the input."""
    bad = json.loads(json.dumps(story_records["copy"]))
    bad["entities"][0]["mentions"][0]["start"] = 2**70
    path = write_jsonl("campur.jsonl", [story_records["story"], bad, story_records["own"]])
    summary = ingest([path], store, extracted=True)
    assert (summary.seen, summary.stored, summary.failed) == (3, 2, 1)
    ((source, reason),) = summary.errors
    assert source == "copy" and reason.startswith("the database refused it")
    assert [e["input"] for e in store.errors(summary.run_id)] == ["copy"]
    assert store.article("story") == story_records["story"] and store.article("own") == story_records["own"]
    assert store.article("copy") is None
    counts = store.counts()
    assert counts["entities"] == len(story_records["story"]["entities"]) + len(story_records["own"]["entities"])
    run = store.run(summary.run_id)
    assert (run["seen"], run["stored"], run["failed"]) == (3, 2, 1)


def test_a_record_that_cannot_become_rows_fails_alone(store, story_records):
    broken = json.loads(json.dumps(story_records["copy"]))
    del broken["entities"][0]["name"]
    summary = ingest([story_records["story"], broken, story_records["own"]], store)
    assert (summary.stored, summary.failed) == (2, 1)
    assert summary.errors[0][0] == "copy" and "not a valid article record" in summary.errors[0][1]
    assert store.counts()["articles"] == 2


def test_ingests_of_one_corpus_in_opposite_orders_at_once_neither_deadlock_nor_store_twice(store_url,
                                                                                          generated_corpus):
    """Each writer inserts its batch in content-hash order, so two writers of the same articles wait for
    each other rather than each holding what the other needs: the one that waited finds them stored. Both
    start inserting at the same moment, so in input order they would deadlock every time."""
    import threading

    from peristiwa.inputs import read_inputs

    if not store_url.startswith("postgresql"):
        pytest.skip("SQLite has one writer at a time: the second waits for the write lock before it writes")
    docs = list(read_inputs([str(generated_corpus(40))]))
    Store.open(store_url).close()
    outcomes: list[object] = []
    both_ready = threading.Barrier(2, timeout=60)

    def run(order: list) -> None:
        with Store.open(store_url) as store:
            write = store.add_articles

            def write_together(*args, **kwargs):  # both writers insert at the same moment
                both_ready.wait()
                return write(*args, **kwargs)

            store.add_articles = write_together
            try:
                outcomes.append(ingest(order, store, batch=40))
            except Exception as exc:  # reported below
                outcomes.append(exc)

    threads = [threading.Thread(target=run, args=(order,)) for order in (docs, docs[::-1])]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert all(isinstance(o, IngestSummary) for o in outcomes), outcomes
    assert sum(o.stored for o in outcomes) == 40 and sum(o.skipped for o in outcomes) == 40
    with Store.open(store_url) as store:
        assert store.counts()["articles"] == 40


def test_a_batch_that_met_another_writers_articles_is_written_again_whole(store_url, story_records, monkeypatch):
    """The other writer stored one article of our batch while our insert waited for it: the batch is written
    once more and finds that one stored, rather than article by article (in input order, which could deadlock
    with that writer's next batch, inserted in content-hash order)."""
    import threading

    import peristiwa.store.store as store_module

    if not store_url.startswith("postgresql"):
        pytest.skip("SQLite has one writer at a time: the second waits for the write lock before it checks")
    shared, own = story_records["story"], story_records["own"]
    with Store.open(store_url) as other, Store.open(store_url) as ours:
        calls: list[int] = []
        write = store_module.write_articles

        def counted(conn, batch, run_id):
            calls.append(len(batch))
            return write(conn, batch, run_id)

        results: list = []
        with other.writer() as conn:
            other.add_articles([shared], conn=conn)
            monkeypatch.setattr(store_module, "write_articles", counted)
            waiting = threading.Thread(target=lambda: results.extend(ours.add_articles([shared, own])))
            waiting.start()
            waiting.join(timeout=2)  # it waits on our uncommitted copy of the shared article
            assert waiting.is_alive()
        waiting.join(timeout=60)
    assert [r.status for r in results] == ["exists", "stored"]
    assert calls == [2, 2]


# -- worker processes ---------------------------------------------------------------------------------------------

def _raw_stories() -> list:
    """Raw documents for the parallel runs: the story, its syndicated copy, another outlet's report, the story
    again, an empty text and a page with no article (which fails), among a generated corpus."""
    from tests.store.stories import OWN_REPORT, STORY, SYNDICATED_COPY

    return [RawDocument(id="story", text=STORY, url="https://kompas.example.id/a", outlet="Kompas.com"),
               RawDocument(id="copy", text=SYNDICATED_COPY, url="https://tribun.example.id/b", outlet="Tribunnews"),
               RawDocument(id="own", text=OWN_REPORT, url="https://detik.example.id/c", outlet="detikNews"),
               RawDocument(id="kosong", text="   "),
               RawDocument(id="halaman", text="<html><body><nav>Beranda</nav></body></html>", format="html"),
            RawDocument(id="story", text=STORY, url="https://kompas.example.id/a", outlet="Kompas.com")]


@pytest.fixture
def parallel_inputs(tmp_path, generated_corpus) -> list:
    corpus = generated_corpus(40)
    stories = _raw_stories()
    return [*stories[:3], str(corpus), *stories[3:]]


@pytest.mark.slow
@pytest.mark.parametrize("workers", [2, 3])
def test_workers_store_exactly_what_one_process_stores(store_url, tmp_path, parallel_inputs, workers):
    """The same rows, keys, duplicate links, failures and counts, whatever the number of worker processes:
    all but the costly stages stays in the writer, in input order."""

    def run(url: str, n: int) -> tuple:
        with Store.open(url) as store:
            summary = ingest(parallel_inputs, store, workers=n, batch=7)
            counts = (summary.seen, summary.stored, summary.duplicates, summary.skipped, summary.failed)
            return counts, summary.errors, _layout(store), list(store.iter_records())

    one = run(f"sqlite:///{tmp_path / 'one.db'}", 1)
    assert one[0] == (46, 44, 1, 1, 1)  # precondition: a copy, a repeat and a failure are all there
    assert run(store_url, workers) == one


@pytest.mark.slow
def test_a_worker_that_dies_costs_the_documents_it_held_and_the_run_goes_on(store, generated_corpus, killing_stage):
    """A worker killed outright (here by a stage of the test's own that exits the process) breaks the pool:
    the documents handed to it are recorded as failed, with the reason, and a new pool takes the rest."""
    from peristiwa.parallel import IN_FLIGHT_PER_WORKER

    corpus = [json.loads(line) for line in generated_corpus(60).read_text(encoding="utf-8").splitlines()]
    docs = [RawDocument(id=r["id"], text=r["text"], published=r.get("published")) for r in corpus]
    docs[20].text += f"\n\n{killing_stage.word}"
    summary = ingest(docs, store, workers=2, stages=killing_stage.stages, table=killing_stage.table)
    died = [source for source, reason in summary.errors if "worker process extracting it died" in reason]
    assert summary.status == "finished" and docs[20].id in died
    assert summary.failed == len(died) == len(summary.errors) <= IN_FLIGHT_PER_WORKER * 2 + 1
    assert summary.stored == 60 - summary.failed == store.counts()["articles"]


@pytest.mark.slow
def test_the_time_limit_applies_in_the_workers(store, generated_corpus, slow_stage):
    corpus = [json.loads(line) for line in generated_corpus(6).read_text(encoding="utf-8").splitlines()]
    docs = [RawDocument(id=r["id"], text=r["text"]) for r in corpus]
    docs[2].text += f"\n\n{slow_stage.word}"
    started = time.monotonic()
    summary = ingest(docs, store, workers=2, time_limit=1, stages=slow_stage.stages, table=slow_stage.table)
    assert time.monotonic() - started < 25
    assert (summary.stored, summary.failed) == (5, 1)
    assert summary.errors == [(docs[2].id, "processing took longer than the limit of 1 s")]


@pytest.mark.parametrize("workers", [0, -2])
def test_workers_are_one_or_more(store, workers):
    with pytest.raises(ValueError, match="workers must be 1 or more"):
        ingest([], store, workers=workers)
