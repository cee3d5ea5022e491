"""Local corpus sources: folders, globs, RSS and Atom feeds, WARC and ARC archives.

Every file is written by the test itself; nothing is fetched (``fetch_links=False`` where a feed
links to pages).
"""

from __future__ import annotations

import gzip
import io
import json
import uuid
import zlib

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from peristiwa.ingest import iter_documents
from peristiwa.inputs import InputError
from peristiwa.model import RawDocument
from peristiwa.pipeline import extract_many

from .conftest import STORIES, page_html


def _read(inputs, **kw):
    items = list(iter_documents([str(i) for i in inputs], **kw))
    docs = [i for i in items if isinstance(i, RawDocument)]
    errors = [i for i in items if isinstance(i, InputError)]
    return docs, errors


# -- folders and globs ----------------------------------------------------------------------

@pytest.fixture
def corpus_dir(tmp_path):
    """A folder tree: two text stories, one HTML page in a subfolder, a JSON Lines file, and noise."""
    root = tmp_path / "korpus"
    (root / "2025" / "11").mkdir(parents=True)
    (root / ".cache").mkdir()
    (root / "banjir.txt").write_text(STORIES["banjir"][1], encoding="utf-8")
    (root / "2025" / "demo.txt").write_text(STORIES["demo"][1], encoding="utf-8")
    (root / "2025" / "11" / "menlu.html").write_text(page_html("menlu"), encoding="utf-8")
    with (root / "2025" / "lain.jsonl").open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "j1", "text": STORIES["banjir"][1], "url": "https://b.example/1"}) + "\n")
    (root / "foto.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a story")
    (root / ".cache" / "tersembunyi.txt").write_text("rahasia", encoding="utf-8")
    (root / ".tersembunyi.txt").write_text("rahasia", encoding="utf-8")
    return root


def test_a_folder_is_read_recursively_in_sorted_order_skipping_hidden_and_unknown_files(corpus_dir):
    docs, errors = _read([corpus_dir])
    assert errors == []
    # Sorted by path: 2025/11/menlu.html, 2025/demo.txt, 2025/lain.jsonl, banjir.txt
    assert [d.id for d in docs] == ["menlu", "demo", "j1", "banjir"]
    assert [d.format for d in docs] == ["html", "text", "text", "text"]
    assert docs[2].url == "https://b.example/1"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("*.txt", ["banjir"]),
        ("**/*.txt", ["banjir", "demo"]),
        ("2025/**/*.html", ["menlu"]),
        ("2025", ["demo", "j1", "menlu"]),
    ],
    ids=["one-level", "recursive", "deep-html", "subfolder-as-glob"],
)
def test_globs_expand_to_the_matching_files(corpus_dir, pattern, expected):
    docs, errors = _read([f"{corpus_dir}/{pattern}"])
    assert errors == []
    assert sorted(d.id for d in docs) == sorted(expected)


def test_a_glob_that_matches_nothing_is_an_error_naming_it(corpus_dir):
    pattern = f"{corpus_dir}/*.docx"
    docs, errors = _read([pattern, corpus_dir / "banjir.txt"])
    assert [d.id for d in docs] == ["banjir"]
    assert [(e.source, e.reason) for e in errors] == [(pattern, "no file matches this pattern")]


# -- feeds -----------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Berita Contoh - Nasional</title>
  <link>https://berita.example.id/</link>
  <description>Kabar terbaru</description>
  <item>
    <title>{t1}</title>
    <link>https://berita.example.id/banjir</link>
    <guid>https://berita.example.id/banjir</guid>
    <pubDate>Tue, 04 Nov 2025 01:20:00 +0000</pubDate>
    <dc:creator>Rina Wulandari</dc:creator>
    <description>Banjir merendam ratusan rumah.</description>
    <content:encoded><![CDATA[{c1}]]></content:encoded>
  </item>
  <item>
    <title>{t2}</title>
    <link>https://berita.example.id/demo</link>
    <pubDate>Mon, 03 Nov 2025 07:00:00 +0000</pubDate>
    <description>{d2}</description>
  </item>
  <item>
    <title>Tautan saja</title>
    <link>https://berita.example.id/tautan</link>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Kabar Diplomasi</title>
  <id>urn:uuid:7d1a8f2e-0000-4000-8000-000000000001</id>
  <updated>2025-11-05T10:00:00Z</updated>
  <entry>
    <title>{t}</title>
    <id>tag:diplomasi.example.id,2025:menlu</id>
    <link href="https://diplomasi.example.id/menlu"/>
    <published>2025-11-05T09:30:00+07:00</published>
    <updated>2025-11-05T10:00:00Z</updated>
    <author><name>Bagus Santoso</name></author>
    <content type="html">{c}</content>
  </entry>
</feed>
"""


def _paras(key: str) -> str:
    return "".join(f"<p>{p}</p>" for p in STORIES[key][1].split("\n\n"))


@pytest.fixture
def rss_file(tmp_path):
    path = tmp_path / "nasional.rss"
    long_summary = STORIES["demo"][1].replace("\n\n", " ")
    path.write_text(RSS.format(t1=STORIES["banjir"][0], c1=_paras("banjir"), t2=STORIES["demo"][0],
                               d2=long_summary), encoding="utf-8")
    return path


@pytest.fixture
def atom_file(tmp_path):
    import html

    path = tmp_path / "diplomasi.xml"
    path.write_text(ATOM.format(t=STORIES["menlu"][0], c=html.escape(_paras("menlu"))), encoding="utf-8")
    return path


def test_rss_items_become_documents_with_their_metadata(rss_file):
    docs, errors = _read([rss_file], fetch_links=False)
    assert [d.id for d in docs] == ["https://berita.example.id/banjir", "https://berita.example.id/demo"]
    first = docs[0]
    assert (first.title, first.url, first.published, first.format) == (
        STORIES["banjir"][0], "https://berita.example.id/banjir", "2025-11-04T01:20:00+00:00", "html")
    assert first.source_name == f"{rss_file}:1"
    # The link-only item cannot be fetched here, so it is an error naming the feed and the item.
    assert [(e.source, e.reason) for e in errors] == [(f"{rss_file}:3", "item has only a link and fetching is off")]


def test_rss_content_goes_through_the_pipeline_with_author_and_date(rss_file):
    docs, _ = _read([rss_file], fetch_links=False)
    articles = list(extract_many(docs))
    banjir, demo = articles
    assert banjir.authors == ["Rina Wulandari"]
    assert banjir.published_date == "2025-11-04"
    assert "350 rumah" in banjir.text and "Rawalumbu" in banjir.text
    assert any(a.value == 120 and a.object == "warga" for a in banjir.amounts)
    # An item with a long summary and no content is read from its summary.
    assert "kenaikan biaya kuliah" in demo.text


def test_atom_entries_become_documents(atom_file):
    docs, errors = _read([atom_file])
    assert errors == []
    (doc,) = docs
    assert (doc.id, doc.url, doc.title) == ("tag:diplomasi.example.id,2025:menlu", "https://diplomasi.example.id/menlu",
                                            STORIES["menlu"][0])
    assert doc.published == "2025-11-05T02:30:00+00:00"
    (article,) = extract_many(docs)
    assert article.authors == ["Bagus Santoso"]
    assert "pekerja migran" in article.text


AUTHORED_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Berita Contoh</title>
  <item>
    <title>{t1}</title>
    <link>https://berita.example.id/banjir</link>
    <author>redaksi@berita.example.id (Dewi Lestari)</author>
    <description>{d1}</description>
  </item>
  <item>
    <title>{t2}</title>
    <link>https://berita.example.id/menlu</link>
    <dc:creator>Yusuf Hidayat</dc:creator>
  </item>
  <item>
    <title>{t3}</title>
    <link>https://berita.example.id/demo</link>
    <dc:creator>Yusuf Hidayat</dc:creator>
  </item>
</channel>
</rss>
"""


class _Pages:
    """A fetcher serving fixed pages (no network)."""

    def __init__(self, pages: dict[str, str]):
        self.pages = pages

    def get(self, url: str):
        from peristiwa.ingest.sources import FetchResult

        return FetchResult(url=url, status=200, content_type="text/html", charset="utf-8",
                           body=self.pages[url].encode())


def test_a_feed_items_author_is_the_articles_author_fetched_or_not():
    """The author a feed gives an item (RSS ``author``, ``dc:creator``, Atom ``author``) ends in the article's
    authors: for an item read from the feed, and for a link-only item read from its page, unless the page names
    its own author."""
    from peristiwa.ingest.sources import read_feed

    feed = AUTHORED_RSS.format(t1=STORIES["banjir"][0], d1=STORIES["banjir"][1].replace("\n\n", " "),
                               t2=STORIES["menlu"][0], t3=STORIES["demo"][0])
    pages = _Pages({"https://berita.example.id/menlu": page_html("menlu"),
                    "https://berita.example.id/demo": page_html("demo", author="Sari Kusuma")})
    docs = list(read_feed(feed.encode(), "berita.rss", fetcher=pages))
    assert all(isinstance(d, RawDocument) for d in docs), docs
    assert [a.authors for a in extract_many(docs)] == [["Dewi Lestari"], ["Yusuf Hidayat"], ["Sari Kusuma"]]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("<?xml version='1.0'?><rss version='2.0'><channel><title>Rusak</title><item><title>A", "malformed feed"),
        ("<?xml version='1.0'?><rss version='2.0'><channel><title>Kosong</title></channel></rss>", "feed has no items"),
    ],
    ids=["truncated", "empty"],
)
def test_a_bad_feed_is_one_error_naming_it(tmp_path, content, reason):
    path = tmp_path / "rusak.xml"
    path.write_text(content, encoding="utf-8")
    docs, errors = _read([path])
    assert docs == []
    assert [e.source for e in errors] == [str(path)]
    assert errors[0].reason.startswith(reason)


def test_a_feed_broken_after_some_items_keeps_them_and_says_so(tmp_path, rss_file):
    path = tmp_path / "terpotong.rss"
    text = rss_file.read_text(encoding="utf-8")
    path.write_text(text[: text.index("<title>Tautan saja")], encoding="utf-8")
    docs, errors = _read([path], fetch_links=False)
    assert len(docs) == 2
    assert [e.source for e in errors] == [str(path)]
    assert errors[0].reason.startswith("malformed feed, read as far as possible (2 items)")


def test_a_feed_is_recognised_by_its_content_whatever_its_name(tmp_path, rss_file):
    renamed = tmp_path / "umpan"
    renamed.write_bytes(rss_file.read_bytes())
    docs, _ = _read([renamed], fetch_links=False)
    assert len(docs) == 2


# -- archives --------------------------------------------------------------------------------

ARCHIVE_PAGES = [
    ("https://berita.example.id/banjir", "banjir", "text/html; charset=utf-8", "200 OK"),
    ("https://berita.example.id/logo.png", None, "image/png", "200 OK"),
    ("https://berita.example.id/demo", "demo", "text/html", "200 OK"),
    ("https://berita.example.id/hilang", None, "text/html", "404 Not Found"),
    ("https://berita.example.id/menlu", "menlu", "text/html; charset=utf-8", "200 OK"),
]


def write_warc(path, *, gzip_records: bool, pages=ARCHIVE_PAGES, dated: bool = True,
               id_seed: int | None = None) -> list[str]:
    """A WARC in the CC-NEWS layout (warcinfo, then one response per page); returns the record ids, random
    unless ``id_seed`` fixes them (and with them every byte of the archive's responses)."""
    ids = []
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip_records)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "peristiwa tests",
                                                                      "isPartOf": "CC-NEWS-TEST"}))
        for uri, key, ctype, status in pages:
            body = page_html(key, published="2025-11-04T08:20:00+07:00" if dated else None).encode() \
                if key else b"\x89PNG\r\n\x1a\n not really"
            http_headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            warc_headers = {"WARC-Date": "2025-11-06T12:00:00Z"}
            if id_seed is not None:
                warc_headers["WARC-Record-ID"] = f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{uri}{id_seed}')}>"
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http_headers,
                                               warc_headers_dict=warc_headers)
            writer.write_record(record)
            ids.append(record.rec_headers.get_header("WARC-Record-ID")[len("<urn:uuid:"):-1])
    return ids


@pytest.mark.parametrize("suffix", [".warc", ".warc.gz"])
def test_warc_html_responses_become_documents_and_other_records_errors(tmp_path, suffix):
    path = tmp_path / f"CC-NEWS-20251106{suffix}"
    ids = write_warc(path, gzip_records=suffix.endswith(".gz"))
    docs, errors = _read([path])
    assert [(d.id, d.url, d.format) for d in docs] == [
        (ids[0], "https://berita.example.id/banjir", "html"),
        (ids[2], "https://berita.example.id/demo", "html"),
        (ids[4], "https://berita.example.id/menlu", "html"),
    ]
    # The page declares its own publication date, so the crawl date (WARC-Date) is not used.
    assert {d.published for d in docs} == {None}
    assert [e.source for e in errors] == [f"{path}:3", f"{path}:5"]  # record 1 is warcinfo
    assert "not an HTML page (image/png)" in errors[0].reason
    assert "HTTP status 404" in errors[1].reason
    articles = list(extract_many(docs))
    assert [a.published_date for a in articles] == ["2025-11-04"] * 3
    assert "Rawalumbu" in articles[0].text


def test_warc_date_is_the_fallback_publication_date(tmp_path):
    path = tmp_path / "tanpa-tanggal.warc.gz"
    write_warc(path, gzip_records=True, pages=ARCHIVE_PAGES[:1], dated=False)
    (doc,), _ = _read([path])
    assert doc.published == "2025-11-06T12:00:00Z"


def _gzip_members(data: bytes) -> list[int]:
    """Where each gzip member starts, found by decompressing them in turn (the magic bytes alone can occur by
    chance inside compressed data)."""
    starts, pos = [], 0
    while pos < len(data):
        starts.append(pos)
        member = zlib.decompressobj(wbits=31)
        member.decompress(data[pos:])
        pos = len(data) - len(member.unused_data)
    return starts


# The damage below breaks the member in different ways depending on the bytes it hits: mostly zlib fails
# at once, but with some record ids (12, 67, 85) the member's first block does not inflate at all and
# warcio falls back to reading its raw bytes, which then passed for an ARC record that swallowed the
# records after it.
@pytest.mark.parametrize("id_seed", [None, 12, 67, 85], ids=["random-ids", "ids-12", "ids-67", "ids-85"])
def test_a_broken_gzip_member_costs_one_record_and_reading_resumes(tmp_path, id_seed):
    path = tmp_path / "rusak.warc.gz"
    write_warc(path, gzip_records=True, id_seed=id_seed)
    data = bytearray(path.read_bytes())
    members = _gzip_members(bytes(data))
    target = members[3]  # the third response: the "demo" page (member 0 is warcinfo)
    for k in range(target + 40, target + 90):
        data[k] ^= 0x5A
    path.write_bytes(bytes(data))
    docs, errors = _read([path])
    assert [d.url for d in docs] == ["https://berita.example.id/banjir", "https://berita.example.id/menlu"]
    broken = [e for e in errors if "broken record" in e.reason]
    assert [e.source for e in broken] == [f"{path}:4"]
    assert f"at byte {target:,}" in broken[0].reason


@pytest.mark.parametrize(("cut", "reason"), [(200, "truncated record"), (600, "broken record")],
                         ids=["inside-the-payload", "inside-the-header"])
def test_a_truncated_archive_reports_its_last_record(tmp_path, cut, reason):
    path = tmp_path / "terpotong.warc.gz"
    write_warc(path, gzip_records=True)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - cut])
    docs, errors = _read([path])
    assert [d.url for d in docs] == ["https://berita.example.id/banjir", "https://berita.example.id/demo"]
    assert errors[-1].source == f"{path}:6"
    assert reason in errors[-1].reason


def write_arc(path, pages) -> None:
    """An ARC (version 1) file, written byte by byte: warcio reads ARC but does not write it."""
    version = b"1 0 peristiwa-tests\nURL IP-address Archive-date Content-type Archive-length\n"
    records = [b"filedesc://%s 0.0.0.0 20251106120000 text/plain %d\n" % (path.name.encode(), len(version))
               + version + b"\n"]
    for uri, key in pages:
        body = page_html(key).encode()
        http = b"HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
        records.append(b"%s 203.0.113.7 20251106120000 text/html %d\n" % (uri.encode(), len(http)) + http + b"\n")
    # .arc.gz: one gzip member per record, as archives are written.
    out = b"".join(gzip.compress(r) for r in records) if path.name.endswith(".gz") else b"".join(records)
    path.write_bytes(out)


@pytest.mark.parametrize("suffix", [".arc", ".arc.gz"])
def test_arc_records_become_documents(tmp_path, suffix):
    path = tmp_path / f"lama{suffix}"
    write_arc(path, [("http://arsip.example.id/banjir", "banjir"), ("http://arsip.example.id/menlu", "menlu")])
    docs, errors = _read([path])
    assert errors == []
    assert [(d.id, d.url) for d in docs] == [("lama-2", "http://arsip.example.id/banjir"),
                                            ("lama-3", "http://arsip.example.id/menlu")]


def test_an_archive_gzipped_as_a_whole_is_read_too(tmp_path):
    plain = tmp_path / "utuh.warc"
    write_warc(plain, gzip_records=False)
    whole = tmp_path / "utuh.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()))
    assert [d.url for d in _read([whole])[0]] == [d.url for d in _read([plain])[0]]


def test_archive_records_over_the_size_cap_are_refused(tmp_path):
    path = tmp_path / "besar.warc"
    write_warc(path, gzip_records=False, pages=ARCHIVE_PAGES[:1])
    docs, errors = _read([path], max_bytes=500)
    assert docs == []
    assert [e.source for e in errors] == [f"{path}:2"]
    assert "over the size limit of 500 bytes" in errors[0].reason
