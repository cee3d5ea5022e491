"""The pipeline in forked worker processes: the same articles and failures as in one process, in input order;
a worker that dies costs the documents it held; the time limit applies in the workers."""

from __future__ import annotations

import time

import pytest

from peristiwa.inputs import InputError
from peristiwa.model import Article, RawDocument
from peristiwa.parallel import IN_FLIGHT_PER_WORKER, WORKER_DIED, check_workers, extract_in_order
from peristiwa.pipeline import extract_many
from peristiwa.serialize import article_json

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def documents(sample_articles) -> list:
    """The samples, each twice (so that more are out than the workers hold), with a page that has no article
    and a reader's failure among them."""
    docs = [RawDocument(id=f"{a['id']}-{n}", text=a["text"], published=a.get("published"),
                        format=a.get("format", "text")) for n in (1, 2) for a in sample_articles]
    docs.insert(5, RawDocument(id="halaman", text="<html><body><nav>Beranda</nav></body></html>", format="html"))
    docs.insert(9, InputError("hilang.txt", "no such file"))
    return docs


def _as_compared(items) -> list:
    return [article_json(item) if isinstance(item, Article) else item for item in items]


@pytest.mark.parametrize("workers", [2, 3])
def test_workers_give_what_one_process_gives_in_the_same_order(documents, workers):
    one = _as_compared(extract_many(documents))
    assert sum(isinstance(item, tuple) for item in one) == 2  # precondition: the two failures are there
    assert _as_compared(extract_in_order(documents, workers=workers)) == one


def _corpus(n: int, marked: int, word: str) -> list[RawDocument]:
    text = ("Kepolisian Daerah Metro Jaya mengerahkan 1.200 personel untuk mengamankan unjuk rasa buruh di depan "
            "Gedung DPR, Jakarta, Senin (9/2/2026). Massa menuntut kenaikan upah minimum sebesar 10 persen.")
    return [RawDocument(id=f"doc-{k}", text=f"{text} Nomor {k}." + (f" {word}" if k == marked else ""))
            for k in range(n)]


def test_a_worker_that_dies_costs_the_documents_it_held_and_the_rest_go_on(killing_stage):
    docs = _corpus(60, 20, killing_stage.word)
    out = list(extract_in_order(docs, killing_stage.stages, table=killing_stage.table, workers=2))
    assert len(out) == 60
    failed = [item for item in out if isinstance(item, tuple)]
    assert ("doc-20", WORKER_DIED) in failed
    assert {reason for _, reason in failed} == {WORKER_DIED} and len(failed) <= IN_FLIGHT_PER_WORKER * 2 + 1
    assert [item.id for item in out if isinstance(item, Article)] == [
        d.id for d in docs if (d.id, WORKER_DIED) not in failed]
    assert all(isinstance(item, Article) for item in out[-20:])  # a new pool took the documents after them


def test_the_time_limit_applies_in_the_workers(slow_stage):
    started = time.monotonic()
    out = list(extract_in_order(_corpus(6, 2, slow_stage.word), slow_stage.stages, time_limit=1,
                                table=slow_stage.table, workers=2))
    assert time.monotonic() - started < 25
    assert out[2] == ("doc-2", "processing took longer than the limit of 1 s")
    assert all(isinstance(item, Article) for n, item in enumerate(out) if n != 2)


@pytest.mark.parametrize("workers", [0, -1])
def test_workers_are_one_or_more(workers):
    with pytest.raises(ValueError, match="workers must be 1 or more"):
        check_workers(workers)
