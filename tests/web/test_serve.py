"""``peristiwa serve``: uvicorn over a database, started as a user would (the live server of the browser tests)."""

from __future__ import annotations

import httpx
import pytest

from peristiwa.cli import main
from peristiwa.web import DEFAULT_MAX_BODY
from tests.web.conftest import TOKEN


def test_serve_answers_on_loopback_with_ingest_behind_the_token(live_server, sample_records):
    overview = httpx.get(live_server + "/api/overview").json()
    assert overview["articles"] >= len(sample_records) + 1  # the samples, and the article ingested over HTTP
    page = httpx.get(live_server + "/")
    assert page.status_code == 200 and "script-src 'self'" in page.headers["content-security-policy"]
    assert httpx.post(live_server + "/api/ingest", json={"text": "Sugiono bertemu Cho Hyun."}).status_code == 401
    r = httpx.post(live_server + "/api/ingest", content=b"x" * (DEFAULT_MAX_BODY + 1),
                   headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/plain"})
    assert r.status_code == 413


@pytest.mark.parametrize(("argv", "message"), [
    (["serve", "--protect-reads"], "--protect-reads needs --token"),
    (["serve", "--db", "sqlite:////no/such/folder/x.db"], "does not exist"),
])
def test_serve_refuses_to_start_without_what_it_needs(monkeypatch, argv, message):
    monkeypatch.delenv("PERISTIWA_TOKEN", raising=False)
    with pytest.raises(SystemExit, match=message):
        main(argv)
