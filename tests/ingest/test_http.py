"""Live fetching, against web servers the tests start on 127.0.0.1 (``allow_private=True`` lets
peristiwa fetch from them; without it the loopback address is refused, which is tested too).

Each limit of the fetcher is exercised for real: robots.txt, the size cap with and without a
Content-Length, the timeout, redirects, the per-host rate and the User-Agent.
"""

from __future__ import annotations

import ipaddress
import itertools
import json
import time

import pytest

from peristiwa.ingest import Fetcher, FetchError, iter_documents
from peristiwa.ingest.sources import USER_AGENT, _address_kind
from peristiwa.inputs import InputError
from peristiwa.model import RawDocument
from peristiwa.pipeline import extract_many

from .conftest import STORIES, page_html

HTML = "text/html; charset=utf-8"
FAST = {"allow_private": True, "rate_per_host": 200.0, "timeout": 5}


def _feed(site) -> bytes:
    items = "".join(
        f"<item><title>{title}</title><link>{site.url(path)}</link><guid>{guid}</guid>"
        "<pubDate>Tue, 04 Nov 2025 01:20:00 +0000</pubDate></item>"
        for title, path, guid in [
            (STORIES["demo"][0], "/berita/demo.html", "demo-1"),
            ("Dokumen", "/rahasia/dokumen.html", "rahasia-1"),
        ])
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Lokal</title>"
            f"<link>{site.base}/</link>{items}</channel></rss>").encode()


@pytest.fixture
def site(serve):
    """A news site: robots.txt closing /rahasia/, three stories, a feed, a redirect, a big, a slow page."""
    big = page_html("banjir").replace("</article>", "<p>" + "Data tambahan. " * 20000 + "</p></article>")
    site = serve({
        "/robots.txt": (200, "text/plain", b"User-agent: *\nDisallow: /rahasia/\n"),
        "/berita/banjir.html": (200, HTML, page_html("banjir").encode()),
        "/berita/demo.html": (200, HTML, page_html("demo").encode()),
        "/berita/menlu.html": (200, HTML, page_html("menlu").encode()),
        "/rahasia/dokumen.html": (200, HTML, page_html("menlu").encode()),
        "/lama/banjir": (301, HTML, b"/berita/banjir.html"),
        "/besar.html": (200, HTML, big.encode()),
        "/besar-tanpa-panjang.html": (200, HTML, big.encode()),
        "/lambat.html": (200, HTML, page_html("demo").encode()),
        "/logo.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\0" * 100),
    })
    site.routes["/rss.xml"] = (200, "application/rss+xml", _feed(site))
    site.slow["/lambat.html"] = 3.0
    site.no_length.add("/besar-tanpa-panjang.html")
    return site


def _read(urls, **kw):
    options = {**FAST, **kw}
    items = list(iter_documents(urls, **options))
    return ([i for i in items if isinstance(i, RawDocument)], [i for i in items if isinstance(i, InputError)])


def test_a_page_is_fetched_and_becomes_an_article(site):
    url = site.url("/berita/banjir.html")
    (doc,), errors = _read([url])
    assert errors == []
    assert (doc.id, doc.url, doc.format, doc.source_name) == (url, url, "html", url)
    (article,) = extract_many([doc])
    assert article.published_date == "2025-11-04"
    assert "Rawalumbu" in article.text


def test_requests_name_peristiwa_in_the_user_agent(site):
    _read([site.url("/berita/banjir.html")])
    agents = {agent for _, agent, _ in site.log}
    assert agents == {USER_AGENT}
    assert USER_AGENT.startswith("peristiwa/")


def test_robots_txt_is_fetched_once_and_obeyed(site):
    docs, errors = _read([site.url("/rahasia/dokumen.html"), site.url("/berita/demo.html"),
                          site.url("/berita/menlu.html")])
    assert [d.url for d in docs] == [site.url("/berita/demo.html"), site.url("/berita/menlu.html")]
    assert [(e.source, e.reason) for e in errors] == [
        (site.url("/rahasia/dokumen.html"), f"disallowed by {site.base}/robots.txt")]
    assert len(site.requests("/robots.txt")) == 1
    assert site.requests("/rahasia/dokumen.html") == []  # never requested


@pytest.mark.parametrize(
    ("robots", "allowed"),  # RFC 9309
    [
        ((404, "text/plain", b"tidak ada"), True),
        ((403, "text/plain", b"terlarang"), False),
        ((503, "text/plain", b"sibuk"), False),
        ((200, "text/plain", b"User-agent: peristiwa\nDisallow: /\n\nUser-agent: *\nAllow: /\n"), False),
        ((200, "text/plain", b"User-agent: googlebot\nDisallow: /\n"), True),
    ],
    ids=["missing-allows", "forbidden-disallows", "unavailable-disallows", "names-peristiwa", "names-another-bot"],
)
def test_robots_txt_rules(serve, robots, allowed):
    site = serve({"/robots.txt": robots, "/berita.html": (200, HTML, page_html("banjir").encode())})
    docs, errors = _read([site.url("/berita.html")])
    assert (len(docs), len(errors)) == ((1, 0) if allowed else (0, 1))
    if not allowed:
        assert errors[0].reason.startswith("disallowed")


@pytest.mark.parametrize("path", ["/besar.html", "/besar-tanpa-panjang.html"], ids=["content-length", "streamed"])
def test_a_response_over_the_size_cap_is_refused(site, path):
    docs, errors = _read([site.url(path)], max_bytes=100_000)
    assert docs == []
    assert len(errors) == 1
    assert "over the size limit of 100,000 bytes" in errors[0].reason
    # Under a larger cap the same page is fine.
    assert len(_read([site.url(path)], max_bytes=1_000_000)[0]) == 1


def test_a_slow_server_times_out(site):
    start = time.monotonic()
    docs, errors = _read([site.url("/lambat.html")], timeout=0.5)
    assert time.monotonic() - start < 2.5
    assert docs == []
    assert [(e.source, e.reason) for e in errors] == [(site.url("/lambat.html"), "timed out after 0.5 s")]


def test_redirects_are_followed_and_the_final_url_kept(site):
    (doc,), _ = _read([site.url("/lama/banjir")])
    assert doc.url == doc.id == site.url("/berita/banjir.html")


def test_an_unsupported_content_type_is_an_error(site):
    docs, errors = _read([site.url("/logo.png")])
    assert docs == []
    assert errors[0].reason == "unsupported content type 'image/png'"


def test_a_missing_page_and_an_unreachable_host_are_errors(site, serve):
    closed = serve({})
    dead = closed.url("/berita.html")
    closed.close()
    docs, errors = _read([site.url("/tidak-ada.html"), dead])
    assert docs == []
    assert errors[0].reason == "HTTP 404 Not Found"
    assert errors[1].source == dead  # robots.txt unreachable: the host is disallowed, and the reason says why
    assert errors[1].reason.startswith(f"disallowed: {closed.base}/robots.txt could not be read (")


def test_a_feed_by_url_fetches_its_link_only_items_within_robots(site):
    docs, errors = _read([site.url("/rss.xml")])
    assert [(d.id, d.url, d.title) for d in docs] == [("demo-1", site.url("/berita/demo.html"), STORIES["demo"][0])]
    assert [e.source for e in errors] == [site.url("/rss.xml") + ":2"]
    assert "disallowed by" in errors[0].reason
    (article,) = extract_many(docs)
    assert "kenaikan biaya kuliah" in article.text


def test_requests_to_one_host_are_spaced_by_the_rate(site):
    pages = [site.url(p) for p in ("/berita/banjir.html", "/berita/demo.html", "/berita/menlu.html")]
    docs, _ = _read(pages, rate_per_host=5.0)
    assert len(docs) == 3
    times = [t for _, _, t in site.log]  # robots.txt, then the three pages
    assert len(times) == 4
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 0.18  # 1 / 5 per second, less scheduling jitter


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_loopback_is_refused_unless_allowed(site, host):
    url = site.url("/berita/banjir.html").replace("127.0.0.1", host)
    docs, errors = _read([url], allow_private=False)
    assert docs == []
    assert errors[0].source == url
    assert errors[0].reason.startswith(f"refused: {host} resolves to ")
    assert "loopback address" in errors[0].reason
    assert site.log == []  # nothing was sent, not even robots.txt


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"), ("::1", "loopback"), ("::ffff:127.0.0.1", "loopback"),
        ("10.1.2.3", "private"), ("172.16.5.4", "private"), ("192.168.1.1", "private"), ("fd00::1", "private"),
        ("169.254.169.254", "link-local"), ("fe80::1", "link-local"), ("224.0.0.1", "multicast"),
        ("0.0.0.0", "unspecified"), ("100.64.0.1", "non-global (shared or special-purpose)"),
        ("93.184.216.34", None), ("2001:4860:4860::8888", None),
    ],
)
def test_address_classification(address, kind):
    assert _address_kind(ipaddress.ip_address(address)) == kind


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x"])
def test_only_http_and_https_are_fetched(url):
    with pytest.raises(FetchError, match="only http and https"):
        Fetcher(allow_private=True).get(url)


def test_json_lines_by_url_keep_their_own_ids(serve):
    lines = "".join(json.dumps({"id": f"berita-{k}", "text": STORIES[k][1]}) + "\n" for k in ("banjir", "demo"))
    site = serve({"/robots.txt": (404, "text/plain", b""),
                  "/ekspor.jsonl": (200, "application/x-ndjson", lines.encode())})
    docs, errors = _read([site.url("/ekspor.jsonl")])
    assert errors == []
    assert [(d.id, d.url, d.source_name) for d in docs] == [
        ("berita-banjir", site.url("/ekspor.jsonl"), site.url("/ekspor.jsonl") + ":1"),
        ("berita-demo", site.url("/ekspor.jsonl"), site.url("/ekspor.jsonl") + ":2")]


@pytest.mark.parametrize(
    ("url", "reason"),
    [("http://" + "a" * 70 + ".example/berita", "malformed host name"), ("http://[::1/berita", "malformed URL")],
    ids=["label-too-long", "broken-ipv6"],
)
def test_a_malformed_url_is_an_error_not_an_exception(url, reason):
    docs, errors = _read([url, "http://" + "b" * 70 + ".example/"])
    assert docs == []
    assert [e.source for e in errors] == [url, "http://" + "b" * 70 + ".example/"]  # the next input is still tried
    assert errors[0].reason.startswith(reason)


@pytest.mark.parametrize(
    ("declared", "body", "expected"),
    [
        # Without the header the fallback (Windows-1252) would read byte A4 as "¤", not "€".
        ("iso-8859-15", "Harga naik jadi €5 per kilogram".encode("iso-8859-15"), "jadi €5 per"),
        ("iso-8859-1", "Harga naik 5 persen — kata “pejabat”".encode(), "— kata “pejabat”"),  # header is wrong
    ],
    ids=["declared-charset-used", "valid-utf8-wins-over-a-wrong-header"],
)
def test_the_http_charset_is_honoured(serve, declared, body, expected):
    text = b"Jakarta - " + body + b". " + " ".join(["Berita ini cukup panjang untuk diuji."] * 4).encode()
    site = serve({"/robots.txt": (404, "text/plain", b""), "/teks.txt": (200, f"text/plain; charset={declared}", text)})
    (doc,), _ = _read([site.url("/teks.txt")])
    assert expected in doc.text
