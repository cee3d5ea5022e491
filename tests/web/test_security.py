"""Guards: the Content-Security-Policy and other headers, request size limits (413), protected reads, and
hostile article text shown as text on every page that shows it."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from tests.web.conftest import HOSTILE, HOSTILE_MARKERS, TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
PAGES = ["/", "/search?q=Sugiono", "/articles", "/articles/1", "/events", "/timeline", "/network", "/map", "/actors",
         "/actors/sugiono", "/ingest"]
API = ["/api/overview", "/api/articles", "/api/articles/1", "/api/events", "/api/actors", "/api/actors/sugiono",
       "/api/timeseries", "/api/network", "/api/places", "/api/search?q=menteri", "/api/events?format=csv"]


@pytest.mark.parametrize("path", [*PAGES, *API, "/openapi.json", "/static/css/app.css",
                                  "/static/vendor/cytoscape-3.34.4.min.js"])
def test_every_response_carries_a_strict_content_security_policy(client, path):
    r = client.get(path)
    assert r.status_code == 200
    csp = dict(part.strip().split(" ", 1) for part in r.headers["content-security-policy"].split(";"))
    assert csp["script-src"] == "'self'" and csp["default-src"] == "'none'" and csp["style-src"] == "'self'"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"


class Tags(HTMLParser):
    """Every start tag of a page, with its attributes, and the text a reader sees."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def tags_of(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


@pytest.fixture
def hostile(fresh_client) -> tuple:
    """The app over a new database holding the hostile article (ingested through the API), and its id."""
    r = fresh_client.post("/api/ingest", json=HOSTILE, headers=AUTH)
    assert r.status_code == 201, r.text
    return fresh_client, r.json()["results"][0]["article_id"]


@pytest.mark.parametrize("path", ["/articles/{id}", "/articles", "/search?q=xss", "/search?q=script", "/events",
                                  "/actors/sugiono", "/actors", "/"])
def test_hostile_article_text_is_shown_as_text(hostile, path):
    client, article_id = hostile
    html = client.get(path.format(id=article_id)).text
    for marker in HOSTILE_MARKERS:
        assert marker not in html
    for tag, attrs in tags_of(html):
        assert tag not in ("img", "iframe", "object", "embed", "b"), (tag, attrs)  # the pages use <strong>
        if tag == "script":
            assert (attrs.get("src") or "").startswith("/static/"), attrs
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        for name in ("href", "src", "action"):
            assert not (attrs.get(name) or "").strip().lower().startswith("javascript:"), (tag, attrs)


def test_the_article_page_shows_the_markup_escaped_and_the_url_unlinked(hostile):
    client, article_id = hostile
    html = client.get(f"/articles/{article_id}").text
    parser = Tags()
    parser.feed(html)
    shown = "".join(parser.text)
    for piece in ("<script>alert('xss')</script>", "<img src=x onerror=\"alert('img')\">", HOSTILE["title"],
                  "javascript:alert('url')"):
        assert piece in shown  # a reader sees the markup as the article wrote it
    assert not [a for t, a in parser.tags if t == "a" and "alert" in (a.get("href") or "")]


@pytest.mark.parametrize("method", ["content-length", "chunked"])
def test_a_body_over_the_limit_gets_413(make_client, method):
    client = make_client(token=TOKEN, max_body=1000)
    body = b"x" * 5000
    content = body if method == "content-length" else iter([body[:2500], body[2500:]])
    r = client.post("/api/ingest", content=content, headers={**AUTH, "Content-Type": "text/plain"})
    assert r.status_code == 413
    assert "content-security-policy" in r.headers
    assert client.get("/api/overview").json()["articles"] == 0


def test_a_body_within_the_limit_is_read(make_client):
    client = make_client(token=TOKEN, max_body=1000)
    r = client.post("/api/ingest", content=b"Sugiono bertemu Cho Hyun di Seoul.", headers={
        **AUTH, "Content-Type": "text/plain"})
    assert r.status_code == 201


def test_an_upload_over_the_limit_gets_413(make_client):
    client = make_client(token=TOKEN, max_body=2000)
    r = client.post("/api/ingest", headers=AUTH, files={"file": ("besar.txt", b"kata " * 1000, "text/plain")})
    assert r.status_code == 413


@pytest.fixture
def protected(make_client):
    return make_client(token=TOKEN, protect_reads=True)


@pytest.mark.parametrize("path", [*PAGES[:-1], *API])
def test_protected_reads_need_the_token(protected, path):
    assert protected.get(path).status_code == 401
    assert protected.get(path, headers={"Authorization": "Bearer nope"}).status_code == 401
    assert protected.get(path, headers=AUTH).status_code in (200, 404)


def test_signing_in_sets_a_cookie_that_opens_the_pages(protected):
    assert protected.post("/login", data={"token": "wrong"}).status_code == 401
    r = protected.post("/login", data={"token": TOKEN}, follow_redirects=False)
    assert r.status_code == 303
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    assert protected.get("/events").status_code == 200


def test_a_cookie_is_not_enough_to_ingest(protected):
    protected.post("/login", data={"token": TOKEN})
    assert protected.post("/api/ingest", json={"text": "Sugiono bertemu Cho Hyun."}).status_code == 401


def test_reads_are_open_by_default(client):
    assert client.get("/api/events").status_code == 200


def test_protect_reads_without_a_token_is_refused():
    from peristiwa.web import create_app

    with pytest.raises(ValueError, match="token"):
        create_app("sqlite:///unused.db", protect_reads=True)


def test_the_interactive_docs_that_would_load_cdn_scripts_are_off(client):
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404
