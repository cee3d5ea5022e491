"""POST /api/ingest: every way in (text, HTML, JSON, an upload, a URL), the token it needs, the limits."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator

import pytest

from tests.web.conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
STORY = ("JAKARTA, KOMPAS.com - Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Korea Selatan Cho Hyun di "
         "Seoul, Selasa (4/11/2025). \"Korea Selatan adalah mitra strategis,\" kata Sugiono.")
OTHER_STORY = ("JAKARTA, ANTARA - Badan Nasional Penanggulangan Bencana mengirimkan bantuan logistik kepada pengungsi "
               "gempa di Maluku Tengah, Rabu (21/1/2026).")


def _stored(client, result: dict) -> dict:
    assert result["status"] in ("stored", "duplicate"), result
    return client.get(f"/api/articles/{result['article_id']}").json()


@pytest.mark.parametrize(("kwargs", "params"), [
    ({"content": STORY.encode(), "headers": {"Content-Type": "text/plain; charset=utf-8"}},
     {"id": "teks-1", "published": "2025-11-04", "outlet": "Kompas.com"}),
    ({"content": f"<html><body><article><h1>Menlu bertemu</h1><p>{STORY}</p></article></body></html>".encode(),
      "headers": {"Content-Type": "text/html"}}, {"id": "halaman-1", "published": "2025-11-04"}),
    ({"json": {"id": "json-1", "text": STORY, "published": "2025-11-04", "outlet": "Kompas.com"}}, {}),
    ({"files": {"file": ("berita.txt", STORY.encode(), "text/plain")}, "data": {"published": "2025-11-04"}}, {}),
    ({"data": {"text": STORY, "published": "2025-11-04", "title": "Menlu bertemu"}}, {"x": "multipart"}),
], ids=["text/plain", "text/html", "json", "upload", "form-text"])
def test_ingest_runs_the_pipeline_and_stores_the_article(fresh_client, kwargs, params):
    if params.get("x") == "multipart":  # a form without a file is sent urlencoded by httpx: force multipart
        kwargs = {"files": {name: (None, value) for name, value in kwargs["data"].items()}}
        params = {}
    r = fresh_client.post("/api/ingest", params=params, headers={**AUTH, **kwargs.pop("headers", {})}, **kwargs)
    assert r.status_code == 201, r.text
    (result,) = r.json()["results"]
    article = _stored(fresh_client, result)
    assert "Sugiono" in article["record"]["text"]
    assert any(e["type"] == "CONSULT" for e in article["record"]["events"])
    assert article["record"]["published_date"] == "2025-11-04"
    events = fresh_client.get("/api/events", params={"article": result["article_id"]}).json()
    assert events["total"] == result["events"] == len(article["record"]["events"])


def test_a_json_list_ingests_each_document_in_one_run(fresh_client):
    docs = [{"id": "a", "text": STORY, "published": "2025-11-04"}, {"id": "b", "text": OTHER_STORY,
                                                                    "published": "2026-01-21"},
            {"id": "c", "text": ""}]
    body = fresh_client.post("/api/ingest", json=docs, headers=AUTH).json()
    assert [r["status"] for r in body["results"]] == ["stored", "stored", "failed"]
    assert "text" in body["results"][2]["reason"]
    assert fresh_client.get("/api/overview").json()["articles"] == 2


def test_ingesting_the_same_article_twice_stores_it_once(fresh_client):
    first = fresh_client.post("/api/ingest", json={"id": "a", "text": STORY}, headers=AUTH)
    again = fresh_client.post("/api/ingest", json={"id": "a", "text": STORY}, headers=AUTH)
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["results"][0]["status"] == "exists"
    assert again.json()["results"][0]["article_id"] == first.json()["results"][0]["article_id"]


def test_an_upload_name_is_never_a_path(fresh_client, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("RAHASIA " * 50, encoding="utf-8")
    r = fresh_client.post("/api/ingest", headers=AUTH,
                          files={"file": (str(secret), STORY.encode(), "text/plain")})
    article = _stored(fresh_client, r.json()["results"][0])
    assert "RAHASIA" not in article["record"]["text"] and "Sugiono" in article["record"]["text"]
    assert "/" not in article["record"]["id"]


@pytest.mark.parametrize(("headers", "status"), [({}, 401), ({"Authorization": "Bearer wrong"}, 401),
                                                  ({"Authorization": f"Basic {TOKEN}"}, 401),
                                                  ({"Authorization": f"Bearer {TOKEN}"}, 201)])
def test_ingest_needs_the_bearer_token(fresh_client, headers, status):
    r = fresh_client.post("/api/ingest", json={"text": STORY}, headers=headers)
    assert r.status_code == status
    if status == 401:
        assert r.headers["www-authenticate"] == "Bearer"
        assert fresh_client.get("/api/overview").json()["articles"] == 0


def test_ingest_is_off_when_the_server_has_no_token(make_client):
    client = make_client()
    assert client.post("/api/ingest", json={"text": STORY}, headers=AUTH).status_code == 403


@pytest.mark.parametrize(("kwargs", "status"), [
    ({"content": b"{not json", "headers": {"Content-Type": "application/json"}}, 400),
    ({"content": b"42", "headers": {"Content-Type": "application/json"}}, 400),
    ({"content": b"", "headers": {"Content-Type": "text/plain"}}, 400),
    ({"content": b"\x89PNG\r\n", "headers": {"Content-Type": "image/png"}}, 415),
    ({"json": {"fetch": "file:///etc/passwd"}}, 400),
    ({"json": {"fetch": "/etc/passwd"}}, 400),
    ({"files": {"other": (None, "x")}}, 400),
    ({"json": [{"text": STORY}] * 51}, 413),
], ids=["malformed-json", "json-number", "empty", "image", "file-url", "path", "no-field", "too-many"])
def test_unreadable_ingest_requests_are_refused(fresh_client, kwargs, status):
    r = fresh_client.post("/api/ingest", headers={**AUTH, **kwargs.pop("headers", {})}, **kwargs)
    assert r.status_code == status, r.text
    assert fresh_client.get("/api/overview").json()["articles"] == 0


@pytest.fixture
def page_server() -> Iterator[str]:
    """A web server on 127.0.0.1 serving one news page (and a 404 for robots.txt): what a URL ingest fetches."""
    page = f"<html><head><title>Menlu bertemu</title></head><body><article><p>{STORY}</p></article></body></html>"

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = page.encode() if self.path == "/berita/1" else b"not found"
            self.send_response(200 if self.path == "/berita/1" else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_url_is_fetched_and_ingested_where_private_addresses_are_allowed(make_client, page_server):
    client = make_client(token=TOKEN, allow_private_urls=True)
    r = client.post("/api/ingest", json={"fetch": page_server + "/berita/1"}, headers=AUTH)
    assert r.status_code == 201, r.text
    article = _stored(client, r.json()["results"][0])
    assert article["record"]["url"] == page_server + "/berita/1" and "Sugiono" in article["record"]["text"]


def test_a_url_on_this_machine_is_refused_by_default(fresh_client, page_server):
    r = fresh_client.post("/api/ingest", files={"fetch": (None, page_server + "/berita/1")}, headers=AUTH)
    assert r.status_code == 422
    assert "loopback" in r.json()["results"][0]["reason"]
    assert fresh_client.get("/api/overview").json()["articles"] == 0


def test_ingest_runs_are_recorded(fresh_client, sample_db):
    fresh_client.post("/api/ingest", json=[{"id": "a", "text": STORY}, {"id": "b", "text": ""}], headers=AUTH)
    store = fresh_client.app.state.settings.store
    (run,) = store.runs()
    assert (run["status"], run["stored"], run["failed"]) == ("finished", 1, 1)
    assert run["inputs"] == ["web: application/json"]
