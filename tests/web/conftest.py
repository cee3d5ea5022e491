"""Fixtures of the web tests, defined once.

The read-only tests share one database: the sample articles that ship with the package, run through the
whole pipeline by ``peristiwa.store.ingest`` into a SQLite file (``sample_db``). Tests that write (ingest)
get a new empty database each (``fresh_client``). Apps are real: ``create_app`` over a real store, driven
in-process by FastAPI's TestClient, or served by uvicorn (``live_server``) for the browser tests.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from peristiwa.store import Store, ingest
from peristiwa.web import create_app

TOKEN = "test-token-7f3a"
HOSTILE = {
    "id": "hostile-1",
    "title": "<script>alert('title')</script>Judul <img src=x onerror=alert(1)>",
    "outlet": "<b>Outlet</b>",
    "url": "javascript:alert('url')",
    "published": "2026-02-01",
    "text": ("JAKARTA, KOMPAS.com - Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Korea Selatan Cho Hyun "
             "di Seoul, Senin (2/2/2026). <script>alert('xss')</script> Pertemuan itu membahas kerja sama. "
             "<img src=x onerror=\"alert('img')\"> \"Kami siap bekerja sama,\" kata Sugiono. "
             "<a href=\"javascript:alert('link')\">klik di sini</a> <iframe src=\"javascript:alert(2)\"></iframe>"),
}
HOSTILE_MARKERS = ("<script>alert('xss')</script>", "<img src=x onerror=", "<a href=\"javascript:", "<iframe")


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory, samples_dir) -> str:
    """The URL of a SQLite database holding the sample articles, extracted by the pipeline and stored."""
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'samples.db'}"
    with Store.open(url) as store:
        summary = ingest([str(samples_dir / "articles.jsonl")], store)
    assert summary.failed == 0 and summary.stored > 0, summary.to_dict()
    return url


@pytest.fixture(scope="session")
def sample_records(sample_db) -> list[dict]:
    """The stored records of the sample articles (what the API must agree with)."""
    with Store.open(sample_db) as store:
        return list(store.iter_records())


@pytest.fixture(scope="session", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.db)])
def backend_db(request, sample_db, samples_dir) -> Iterator[str]:
    """The sample database on each back end: the SQLite file, and on PostgreSQL (where ``PERISTIWA_TEST_PG``
    names a server, as ``make test`` and ``.ci/run`` set it) a database made for the run, filled the same way
    and dropped afterwards."""
    if request.param == "sqlite":
        yield sample_db
        return
    import uuid

    import sqlalchemy as sa

    from peristiwa.store.store import normalise_url

    server = os.environ.get("PERISTIWA_TEST_PG")
    if not server:
        pytest.skip("PERISTIWA_TEST_PG is not set (make test and .ci/run set it)")
    admin = sa.create_engine(normalise_url(server), isolation_level="AUTOCOMMIT")
    name = f"peristiwa_web_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = sa.engine.make_url(normalise_url(server)).set(database=name).render_as_string(hide_password=False)
    try:
        with Store.open(url) as store:
            assert ingest([str(samples_dir / "articles.jsonl")], store).failed == 0
        yield url
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(scope="session")
def client(backend_db) -> Iterator[TestClient]:
    """The app over the sample database (on SQLite, and on PostgreSQL where there is one), reads open,
    ingest on with TOKEN."""
    with TestClient(create_app(backend_db, token=TOKEN)) as c:
        yield c


@pytest.fixture
def make_client(tmp_path) -> Iterator[Callable[..., TestClient]]:
    """``make_client(**create_app options)``: an app over a new empty database of this test."""
    opened: list[TestClient] = []

    def make(**options) -> TestClient:
        url = f"sqlite:///{tmp_path / f'web-{len(opened)}.db'}"
        c = TestClient(create_app(url, **options))
        c.__enter__()
        opened.append(c)
        return c

    yield make
    for c in opened:
        c.__exit__(None, None, None)


@pytest.fixture
def fresh_client(make_client) -> TestClient:
    """The app over a new empty database, ingest on with TOKEN."""
    return make_client(token=TOKEN)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def live_server(tmp_path_factory, sample_db) -> Iterator[str]:
    """``peristiwa serve`` (uvicorn) on 127.0.0.1 and a free port, over a copy of the sample database, with
    the hostile article ingested through the running server's API; yields the base URL."""
    import shutil

    folder = tmp_path_factory.mktemp("live")
    db = folder / "live.db"
    shutil.copy(sample_db.removeprefix("sqlite:///"), db)
    port = free_port()
    log = (folder / "server.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "peristiwa.cli", "serve", "--db", f"sqlite:///{db}",
                             "--host", "127.0.0.1", "--port", str(port)],
                            env={**os.environ, "PERISTIWA_TOKEN": TOKEN}, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/api/overview", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                raise RuntimeError("the server did not start:\n" + (folder / "server.log").read_text())
            time.sleep(0.2)
        r = httpx.post(base + "/api/ingest", json=HOSTILE, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)
        assert r.status_code == 201, r.text
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """test-artifacts/ at the top of the repository (gitignored): screenshots of the browser tests."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
