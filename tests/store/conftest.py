"""Fixtures of the store tests, defined once: every store test runs on SQLite and on PostgreSQL.

PostgreSQL runs where ``PERISTIWA_TEST_PG`` names a server (``make test`` and
``.ci/run`` start one with ``.ci/postgres``); its tests are marked ``db`` and
skipped only when the variable is unset. Each test gets a database of its own
(a file on SQLite, ``CREATE DATABASE`` on PostgreSQL), opened through
``Store.open``, so the migrations run every time; tests that only read share
one per module (``module_store``).
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa

from peristiwa import extract_text
from peristiwa.model import Article, Dateline, EventActor, Sentence
from peristiwa.model import Event as ModelEvent
from peristiwa.store import Store
from peristiwa.store.store import normalise_url
from tests.store.stories import OWN_REPORT, STORY, SYNDICATED_COPY

PG_VARIABLE = "PERISTIWA_TEST_PG"
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.db)]

@pytest.fixture(scope="session")
def pg_server() -> str:
    """The PostgreSQL server of the test run (PERISTIWA_TEST_PG), or a clean skip when it is unset."""
    url = os.environ.get(PG_VARIABLE)
    if not url:
        pytest.skip(f"{PG_VARIABLE} is not set (make test and .ci/run set it)")
    return url


@contextmanager
def _new_database(backend: str, folder: Path, request) -> Iterator[str]:
    """The URL of a new, empty database: a SQLite file in ``folder``, or a PostgreSQL database that is
    dropped afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{folder / 'peristiwa.db'}"
        return
    server = request.getfixturevalue("pg_server")
    admin = sa.create_engine(normalise_url(server), isolation_level="AUTOCOMMIT")
    name = f"peristiwa_t_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE template0')  # nobody is ever connected to it
    try:
        yield sa.engine.make_url(normalise_url(server)).set(database=name).render_as_string(hide_password=False)
    finally:
        _drop_database(admin, name)
        admin.dispose()


def _drop_database(admin: sa.Engine, name: str, tries: int = 10) -> None:
    """DROP DATABASE, tried again for a few seconds: a process the server runs on its own (autovacuum, which
    a test that writes fast enough wakes up) can be on it, and FORCE may not end another role's process."""
    import time

    for attempt in range(tries):
        try:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except (sa.exc.ProgrammingError, sa.exc.OperationalError):
            if attempt == tries - 1:
                raise
            time.sleep(0.5)


@pytest.fixture(params=BACKENDS)
def store_url(request, tmp_path) -> Iterator[str]:
    """The URL of a new, empty database of one test."""
    with _new_database(request.param, tmp_path, request) as url:
        yield url


@pytest.fixture
def store(store_url) -> Iterator[Store]:
    with Store.open(store_url) as opened:
        yield opened


@pytest.fixture(scope="module", params=BACKENDS)
def module_store(request, tmp_path_factory) -> Iterator[Store]:
    """A store shared by the tests of one module, for tests that only read: fill it in a module fixture."""
    with _new_database(request.param, tmp_path_factory.mktemp("store"), request) as url, Store.open(url) as opened:
        yield opened


@pytest.fixture(scope="session")
def story_records() -> dict[str, dict]:
    """The story, its syndicated copy and the other outlet's report, extracted: name -> record.
    (Tests that change a record copy it first.)"""
    meta = {
        "story": (STORY, "Kompas.com", "https://nasional.kompas.example.id/read/2026/02/09/kemlu-panggil-dubes"),
        "copy": (SYNDICATED_COPY, "Tribunnews.com", "https://www.tribunnews.example.id/nasional/2026/02/09/kemlu"),
        "own": (OWN_REPORT, "detikNews", "https://news.detik.example.id/berita/d-7000001/ri-protes-malaysia"),
    }
    return {name: extract_text(text, published="2026-02-09", id=name, outlet=outlet, url=url).to_dict()
            for name, (text, outlet, url) in meta.items()}


EventSpec = tuple  # (type, source (code, name) | None, target (code, name) | None, modality, date)


@pytest.fixture(scope="session")
def make_article() -> Callable[..., Article]:
    """``make_article(id, text, events=[(type, (code, name), (code, name), modality, date)], **meta)``:
    an Article built by hand, one sentence per event, so queries can be tested on exactly known events."""

    def build(id: str, text: str | None = None, events: list[EventSpec] = (), *, outlet: str | None = "Kompas.com",
              published: str = "2025-11-04", url: str | None = None, title: str | None = None) -> Article:
        sentences = [f"Kalimat {n} dari berita {id} tentang {spec[0].lower()}." for n, spec in enumerate(events)]
        body = text or " ".join(sentences) or f"Berita {id} tanpa peristiwa."
        article = Article(id=id, text=body, url=url or f"https://berita.example.id/{id}", outlet=outlet,
                          title=title or f"Judul {id}", published=published, published_date=published,
                          language="id", dateline=Dateline(text="JAKARTA -", place="Jakarta"))
        offset = 0
        for n, (etype, source, target, modality, date) in enumerate(events):
            start = body.find(sentences[n]) if not text else offset
            end = start + len(sentences[n]) if not text else len(body)
            if not text:
                article.sentences.append(Sentence(start, end, 0))
            article.events.append(ModelEvent(
                start, end, type=etype, cameo="000",
                source=EventActor(code=source[0], name=source[1]) if source else None,
                target=EventActor(code=target[0], name=target[1]) if target else None,
                modality=modality, date=date, source_chain=[outlet] if outlet else [], sentence=n))
        return article

    return build


@pytest.fixture
def write_jsonl(tmp_path) -> Callable[[str, list[dict]], Path]:
    """``write_jsonl(name, rows)``: a JSON Lines file in the test's folder."""

    def write(name: str, rows: list[dict]) -> Path:
        path = tmp_path / name
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        return path

    return write


@pytest.fixture(scope="session")
def generated_corpus(tmp_path_factory, sample_articles) -> Callable[[int], Path]:
    """``generated_corpus(n)``: a JSON Lines file of ``n`` different articles that read like news, made by
    recombining the shipped samples' paragraphs and changing their numbers (as bench/bench_extract.py does)."""
    import random
    import re

    paragraphs = [p for s in sample_articles for p in s["text"].split("\n\n")[1:] if p.strip()]
    openers = [s["text"].split("\n\n")[0] for s in sample_articles]
    outlets = ["Kompas.com", "Tempo.co", "detikNews", "ANTARA", "Republika", "CNN Indonesia"]

    def make(n: int) -> Path:
        rng = random.Random(n)
        path = tmp_path_factory.mktemp("corpus") / f"korpus-{n}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i in range(n):
                body = "\n\n".join([rng.choice(openers), *rng.sample(paragraphs, rng.randint(4, 9))])
                body = re.sub(r"\d+", lambda m: str(int(m.group(0)) + rng.randint(0, 9)), body)
                fh.write(json.dumps({
                    "id": f"gen-{i:04d}", "url": f"https://berita.example.id/{i}", "outlet": rng.choice(outlets),
                    "title": f"Berita nomor {i}",
                    "published": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    "text": body,
                }, ensure_ascii=False) + "\n")
        return path

    return make
