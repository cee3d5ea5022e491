"""Corpus sources: files, folders, globs, RSS/Atom feeds, WARC/ARC archives and live URLs.

:func:`iter_documents` turns a list of inputs into :class:`~peristiwa.model.RawDocument` objects
or :class:`~peristiwa.inputs.InputError` objects; it never raises for one bad document, so a
crawl goes on past it. An input is

* ``-``: standard input, as :func:`peristiwa.inputs.read_inputs` reads it;
* a **file**: ``.warc``, ``.warc.gz``, ``.arc``, ``.arc.gz`` are archives; ``.rss``, ``.atom``,
  ``.xml`` (and a file of another suffix whose first bytes are an ``<rss>``, ``<feed>`` or
  ``<rdf:RDF>`` document) are feeds; anything else is read as today by
  :func:`peristiwa.inputs.read_inputs` (text, HTML, JSON, JSON Lines, gzipped or not);
* a **folder**: every file below it, recursively, in sorted order, whose suffix is one of
  :data:`FOLDER_SUFFIXES`; hidden files and folders (``.name``) are skipped, symbolic links to
  folders are not followed;
* a **glob** (``corpus/**/*.html``; ``**`` crosses folders): the matching files and folders, sorted;
  a pattern that matches nothing is an error;
* an **http(s) URL**: fetched (see below); a feed is read as a feed, an archive as an archive,
  any other page as one document whose id and ``url`` are the final URL after redirects.

Feeds (RSS 0.9x/1.0/2.0 and Atom, read with feedparser): each item becomes one HTML document
built from its title, link, publication date, authors (every ``author``/``dc:creator``) and
content (``content:encoded`` or Atom ``content``) or else its summary, so the page extractor sees
the authors and date as page metadata. An item that has no content and a summary under :data:`LINK_ONLY_WORDS` words (a
teaser, not the story) is "link only": when ``fetch_links`` is true its link is fetched and the
page becomes the document (the item's title and date are kept, and its author when the page names
none: the article's ``authors`` come from the feed either way); otherwise the summary is used,
or the item is an error when it has none. A malformed feed is an error naming the feed; the items
read before the fault are kept (an encoding the feed misdeclares is not a fault).

Archives (WARC 1.0/1.1 and ARC, gzipped per record or not, read with warcio; the CC-NEWS layout
is the gzipped-WARC case): a ``response`` or ``resource`` record whose payload is HTML (by its
HTTP ``Content-Type``, else by sniffing) becomes an HTML document with ``url`` = ``WARC-Target-URI``
and id = the ``WARC-Record-ID`` UUID (ARC records, which have none: ``<file stem>-<record number>``).
``WARC-Date`` is the crawl time, not the publication time: it becomes ``published`` only when the
page declares no publication date of its own (``article:published_time``, ``datePublished``,
``pubdate`` …), so that relative dates are anchored as well as the archive allows. Records of
type ``warcinfo``, ``request``, ``metadata``, ``revisit`` and ``conversion`` are skipped silently;
a response that is not an HTML page with a 2xx status is an error named ``file:record`` (the
record's number in the file, from 1). A broken record (a corrupt gzip member, a bad header) is an
error named ``file:record`` with its byte offset; reading resumes at the next gzip member (or the
next ``WARC/1.x`` header in an uncompressed file), so one bad member costs one record.

Live fetching. Every http(s) request (pages, feeds, archives, linked pages, robots.txt) goes
through one :class:`Fetcher` per :func:`iter_documents` call, with these limits:

* ``timeout`` (default 20 s): for connecting, for each read, and for the whole download;
* ``max_bytes`` (default 20 MiB, :data:`peristiwa.inputs.DEFAULT_MAX_BYTES`): a response whose
  ``Content-Length`` is larger is refused unread, and a download is cut off and refused when it
  passes the cap; the same cap applies to a local file, a feed file and each archive record's
  payload (archives themselves are streamed, so a 1 GB CC-NEWS file is fine);
* robots.txt: fetched once per scheme, host and port and obeyed for the user-agent token
  ``peristiwa`` (:mod:`urllib.robotparser`); a missing robots.txt (404 and other 4xx) allows
  everything, 401/403 disallow everything, and a robots.txt that cannot be fetched (5xx, network
  error, timeout) disallows the host for this run (RFC 9309: an unreachable robots.txt means
  "assume complete disallow");
* ``rate_per_host`` (default 1 request per second): requests to one host are spaced at least
  ``1 / rate_per_host`` seconds apart (robots.txt included);
* the ``User-Agent`` header is :data:`USER_AGENT`, naming peristiwa and its version; no
  compression is asked for (``Accept-Encoding: identity``), so the size cap is the real size;
* a charset in ``Content-Type`` is used to decode a body that is not valid UTF-8 (valid UTF-8 is
  kept as it is, since servers often declare ISO-8859-1 by default); then the rules of
  :func:`peristiwa.inputs.decode_bytes` apply;
* addresses: the host name is resolved once per connection and every address it resolves to is
  checked with :mod:`ipaddress`; loopback, private, link-local, carrier-grade NAT, multicast,
  reserved and unspecified addresses (anything not globally routable) are refused unless
  ``allow_private=True``; the connection is then made to the address that was checked, so a DNS
  answer that changes between check and connect cannot slip through;
* at most :data:`MAX_REDIRECTS` redirects, each hop checked like the first (scheme, robots.txt,
  rate, address); only ``http`` and ``https`` are fetched. No proxy from the environment is used.

Errors name the input (the file, ``file:record``, ``feed:item`` or the URL) and the reason:
a timeout, an HTTP status, a refusal by robots.txt, an address refusal, a size refusal, a
malformed feed, a broken archive record, an unsupported content type.
"""

from __future__ import annotations

import glob
import gzip
import html
import http.client
import io
import ipaddress
import os
import re
import socket
import ssl
import threading
import time
import urllib.robotparser
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urljoin, urlsplit

from peristiwa import __version__
from peristiwa.inputs import DEFAULT_MAX_BYTES, InputError, read_document_bytes, read_inputs
from peristiwa.model import RawDocument

USER_AGENT = f"peristiwa/{__version__} (Indonesian news event extraction; +robots.txt respected)"
ROBOTS_AGENT = "peristiwa"
MAX_REDIRECTS = 5
# A feed item whose summary is shorter than this, with no content, is a teaser pointing at the story.
LINK_ONLY_WORDS = 50
ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
TEXT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson")
FOLDER_SUFFIXES = ARCHIVE_SUFFIXES + tuple(s + z for s in FEED_SUFFIXES + TEXT_SUFFIXES for z in ("", ".gz"))

_GLOB_CHARS = re.compile(r"[*?\[]")
_FEED_SNIFF = re.compile(rb"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<\?[^>]*\?>\s*)*<(?:rss|feed|rdf:RDF)\b", re.S)
_HTML_SNIFF = re.compile(rb"^\s*(?:<!doctype html|<html|<head|<body)", re.I)
_DECLARED_DATE = re.compile(
    r"""article:published_time|og:published_time|datePublished|name=["']?(?:pubdate|publishdate|date|dc\.date"""
    r"""|content_PublishedDate|dcterms\.created)\b|itemprop=["']?datePublished""", re.I)
_SKIPPED_RECORDS = frozenset({"warcinfo", "request", "metadata", "revisit", "conversion", "continuation"})
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = re.compile(rb"WARC/1\.[01]\r\n")


class FetchError(Exception):
    """A URL that could not be fetched; the message says why (``status`` is the HTTP status, if any)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class AddressRefused(FetchError):
    """The host resolves to an address that is not to be fetched from (see ``allow_private``)."""


@dataclass(slots=True)
class FetchResult:
    url: str  # the final URL, after redirects
    status: int
    content_type: str  # media type, lower case, without parameters ("" when absent)
    charset: str | None
    body: bytes


def _address_kind(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why an address is not to be fetched from, or None when it is a public unicast address."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    for kind, test in (("loopback", ip.is_loopback), ("link-local", ip.is_link_local),
                       ("multicast", ip.is_multicast), ("unspecified", ip.is_unspecified),
                       ("private", ip.is_private), ("reserved", ip.is_reserved)):
        if test:
            return kind
    if not ip.is_global:
        return "non-global (shared or special-purpose)"
    return None


class Fetcher:
    """HTTP(S) GET with the limits described in the module docstring; one per crawl (it keeps state).

    Thread-safe: the rate limiter and the robots.txt cache are shared under a lock.
    """

    def __init__(self, *, allow_private: bool = False, rate_per_host: float = 1.0, timeout: float = 20,
                 max_bytes: int = DEFAULT_MAX_BYTES, user_agent: str = USER_AGENT) -> None:
        if rate_per_host <= 0:
            raise ValueError("rate_per_host must be a positive number of requests per second")
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        self.allow_private = allow_private
        self.interval = 1.0 / rate_per_host
        self.timeout = float(timeout)
        self.max_bytes = max_bytes
        self.user_agent = user_agent
        self._last_request: dict[str, float] = {}
        # robots.txt per scheme://host:port: the parsed rules, and why all is disallowed when it could not be read
        self._robots: dict[str, tuple[urllib.robotparser.RobotFileParser, str]] = {}
        self._lock = threading.Lock()
        self.requests = 0  # requests sent, robots.txt included

    # -- addresses ---------------------------------------------------------------------------
    def _connect(self, host: str, port: int, timeout: float) -> socket.socket:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise FetchError(f"cannot resolve host {host!r}: {exc.strerror or exc}") from exc
        for *_, sockaddr in infos:
            ip = ipaddress.ip_address(str(sockaddr[0]).split("%")[0])
            kind = _address_kind(ip)
            if kind and not self.allow_private:
                raise AddressRefused(f"refused: {host} resolves to {ip}, a {kind} address "
                                 "(allow_private=True fetches from such addresses)")
        last: OSError | None = None
        for family, socktype, proto, _, sockaddr in infos:
            sock = socket.socket(family, socktype, proto)
            sock.settimeout(timeout)
            try:
                sock.connect(sockaddr)
                return sock
            except OSError as exc:
                sock.close()
                last = exc
        raise FetchError(f"cannot connect to {host}:{port}: {last}")

    def _connection(self, scheme: str, host: str, port: int, timeout: float) -> http.client.HTTPConnection:
        def create_connection(address, timeout=timeout, source_address=None):
            return self._connect(host, port, timeout)

        if scheme == "https":
            conn: http.client.HTTPConnection = http.client.HTTPSConnection(
                host, port, timeout=timeout, context=ssl.create_default_context())
        else:
            conn = http.client.HTTPConnection(host, port, timeout=timeout)
        conn._create_connection = create_connection  # type: ignore[attr-defined]
        return conn

    # -- politeness --------------------------------------------------------------------------
    def _wait_turn(self, netloc: str) -> None:
        with self._lock:
            now = time.monotonic()
            due = self._last_request.get(netloc, -1e9) + self.interval
            wait = max(0.0, due - now)
            self._last_request[netloc] = now + wait
        if wait:
            time.sleep(wait)

    def _robots_for(self, scheme: str, netloc: str) -> tuple[urllib.robotparser.RobotFileParser, str]:
        key = f"{scheme}://{netloc}"
        with self._lock:
            cached = self._robots.get(key)
        if cached is not None:
            return cached
        parser = urllib.robotparser.RobotFileParser(key + "/robots.txt")
        why = f"disallowed by {key}/robots.txt"
        try:
            result = self._get_once(key + "/robots.txt", check_robots=False)
        except AddressRefused:
            raise
        except FetchError as exc:
            # A missing robots.txt allows everything; a forbidden or unreachable one disallows the host.
            parser.allow_all = exc.status is not None and 400 <= exc.status < 500 and exc.status not in (401, 403)
            parser.disallow_all = not parser.allow_all
            why = f"disallowed: {key}/robots.txt could not be read ({exc})"
        else:
            parser.parse(result.body.decode("utf-8", "replace").splitlines())
        with self._lock:
            self._robots[key] = (parser, why)
        return parser, why

    # -- requests ----------------------------------------------------------------------------
    def _get_once(self, url: str, *, check_robots: bool = True) -> FetchResult:
        """One GET without following redirects; a redirect comes back as a FetchResult with status 3xx."""
        try:
            parts = urlsplit(url)
            scheme = parts.scheme.lower()
            host = parts.hostname
            port = parts.port or (443 if scheme == "https" else 80)
        except ValueError as exc:
            raise FetchError(f"malformed URL: {exc}") from exc
        if scheme not in ("http", "https"):
            raise FetchError(f"refused: only http and https URLs are fetched, not {scheme or 'a bare path'!r}")
        if not host:
            raise FetchError("no host in the URL")
        try:
            host.encode("idna")
        except UnicodeError as exc:
            raise FetchError(f"malformed host name: {exc}") from exc
        netloc = f"{host}:{port}"
        if check_robots:
            robots, why = self._robots_for(scheme, parts.netloc)
            if not robots.can_fetch(ROBOTS_AGENT, url):
                raise FetchError(why)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        self._wait_turn(netloc)
        deadline = time.monotonic() + self.timeout
        conn = self._connection(scheme, host, port, self.timeout)
        try:
            self.requests += 1
            conn.request("GET", path, headers={
                "User-Agent": self.user_agent, "Accept-Encoding": "identity", "Connection": "close",
                "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"})
            response = conn.getresponse()
            status = response.status
            if 300 <= status < 400 and response.getheader("Location"):
                return FetchResult(urljoin(url, response.getheader("Location", "")), status, "", None, b"")
            if status >= 400 or status < 200:
                raise FetchError(f"HTTP {status} {response.reason}".rstrip(), status)
            length = response.getheader("Content-Length")
            if length and length.isdigit() and int(length) > self.max_bytes:
                raise FetchError(f"response of {int(length):,} bytes is over the size limit of "
                                 f"{self.max_bytes:,} bytes")
            chunks, size = [], 0
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise FetchError(f"timed out: download took longer than {self.timeout:g} s")
                if conn.sock is not None:
                    conn.sock.settimeout(remaining)
                chunk = response.read1(65536) if hasattr(response, "read1") else response.read(65536)
                if not chunk:
                    break
                size += len(chunk)
                if size > self.max_bytes:
                    raise FetchError(f"response is over the size limit of {self.max_bytes:,} bytes (cut off)")
                chunks.append(chunk)
            ctype = response.getheader("Content-Type", "") or ""
            media = ctype.split(";")[0].strip().lower()
            m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", ctype, re.I)
            return FetchResult(url, status, media, m.group(1).lower() if m else None, b"".join(chunks))
        except TimeoutError as exc:
            raise FetchError(f"timed out after {self.timeout:g} s") from exc
        except ssl.SSLError as exc:
            raise FetchError(f"TLS error: {exc.reason or exc}") from exc
        except (http.client.HTTPException, OSError, ValueError) as exc:  # ValueError: bad host name (IDNA)
            raise FetchError(f"{type(exc).__name__}: {exc}") from exc
        finally:
            conn.close()

    def get(self, url: str) -> FetchResult:
        """GET ``url`` following up to :data:`MAX_REDIRECTS` redirects; raises :class:`FetchError`."""
        seen = [url]
        for _ in range(MAX_REDIRECTS + 1):
            result = self._get_once(seen[-1])
            if not 300 <= result.status < 400:
                return result
            if result.url in seen:
                raise FetchError(f"redirect loop at {result.url}")
            seen.append(result.url)
        raise FetchError(f"more than {MAX_REDIRECTS} redirects")


# -- helpers -----------------------------------------------------------------------------------

def _is_url(name: str) -> bool:
    return bool(re.match(r"^https?://", name, re.I))


def _suffix(name: str) -> str:
    lower = name.lower()
    for suffix in sorted(FOLDER_SUFFIXES, key=len, reverse=True):
        if lower.endswith(suffix):
            return suffix
    return Path(lower).suffix


def _transcode(data: bytes, charset: str | None) -> bytes:
    """Bytes in a declared charset to UTF-8, for decode_bytes.

    Bytes that are valid UTF-8 are left alone whatever the header says (servers often declare a
    default ISO-8859-1 for UTF-8 pages, and valid UTF-8 is rarely an accident).
    """
    if not charset or charset.replace("-", "").replace("_", "") in ("utf8", "usascii", "ascii"):
        return data
    try:
        data.decode("utf-8")
        return data
    except UnicodeDecodeError:
        pass
    try:
        return data.decode(charset).encode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return data


def _open_maybe_gzip(path: Path) -> BinaryIO:
    with path.open("rb") as fh:
        magic = fh.read(2)
    if magic == b"\x1f\x8b":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def _read_capped(path: Path, max_bytes: int) -> bytes | None:
    with _open_maybe_gzip(path) as fh:
        data = fh.read(max_bytes + 1)
    return None if len(data) > max_bytes else data


def _looks_like_feed(head: bytes) -> bool:
    return bool(_FEED_SNIFF.match(head.lstrip(b"\xef\xbb\xbf")[:4096]))


def _html_page(*, title: str | None, body_html: str, url: str | None, published: str | None,
               author: str | None, site: str | None) -> str:
    """A minimal news page from a feed item's fields, so the page extractor reads them as metadata."""
    esc = html.escape
    head = ['<meta charset="utf-8">']
    if title:
        head.append(f"<title>{esc(title)}</title>")
    if author:
        head.append(f'<meta name="author" content="{esc(author)}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{esc(published)}">')
    if site:
        head.append(f'<meta property="og:site_name" content="{esc(site)}">')
    if url:
        head.append(f'<link rel="canonical" href="{esc(url)}">')
    heading = f"<h1>{esc(title)}</h1>" if title else ""
    return (f"<!DOCTYPE html><html><head>{''.join(head)}</head><body><article>{heading}"
            f"{body_html}</article></body></html>")


def _text_to_html(text: str) -> str:
    return "".join(f"<p>{html.escape(p.strip())}</p>" for p in re.split(r"\n\s*\n", text) if p.strip())


def _iso(struct: time.struct_time | None) -> str | None:
    if not struct:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", struct)


# -- feeds -------------------------------------------------------------------------------------

def read_feed(data: bytes, name: str, *, fetcher: Fetcher | None = None) -> Iterator[RawDocument | InputError]:
    """Documents from one RSS or Atom feed's bytes; ``fetcher`` (or None) fetches link-only items."""
    import feedparser

    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=True)
    entries = [e for e in parsed.get("entries") or []
               if any(e.get(k) for k in ("title", "link", "summary", "content", "id"))]
    benign = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)
    if parsed.get("bozo") and entries and not isinstance(parsed.get("bozo_exception"), benign):
        yield InputError(name, f"malformed feed, read as far as possible ({len(entries)} items): "
                               f"{parsed.get('bozo_exception')}")
    if not entries:
        if parsed.get("bozo"):
            exc = parsed.get("bozo_exception")
            yield InputError(name, f"malformed feed: {exc}")
        elif parsed.get("version"):
            yield InputError(name, "feed has no items")
        else:
            yield InputError(name, "not an RSS or Atom feed")
        return
    site = (parsed.get("feed") or {}).get("title")
    for n, entry in enumerate(entries, 1):
        yield _feed_item(entry, f"{name}:{n}", n, name, site, fetcher)


def _feed_item(entry, source: str, n: int, feed_name: str, site: str | None,
               fetcher: Fetcher | None) -> RawDocument | InputError:
    title = entry.get("title") or None
    link = entry.get("link") or None
    published = _iso(entry.get("published_parsed") or entry.get("updated_parsed")) or entry.get("published")
    author = _feed_author(entry)
    doc_id = entry.get("id") or link or f"{Path(feed_name).name}-{n}"
    content = ""
    for block in entry.get("content") or []:
        value = block.get("value") or ""
        if len(value) > len(content):
            content = value if "html" in (block.get("type") or "") else _text_to_html(value)
    summary = entry.get("summary") or ""
    link_only = not content and len(re.sub(r"<[^>]+>", " ", summary).split()) < LINK_ONLY_WORDS
    if link_only and link and fetcher is not None and _is_url(link):
        try:
            result = fetcher.get(link)
        except FetchError as exc:
            return InputError(source, f"item link {link}: {exc}")
        if "html" not in result.content_type and not _HTML_SNIFF.match(result.body[:1024]):
            return InputError(source, f"item link {link}: not an HTML page ({result.content_type or 'no type'})")
        docs = list(read_document_bytes(_transcode(result.body, result.charset), result.url, "html"))
        doc = docs[0]
        if isinstance(doc, InputError):
            return InputError(source, f"item link {link}: {doc.reason}")
        return RawDocument(id=doc_id, text=_with_author(doc.text, author), format="html", url=result.url,
                           title=title, published=published, source_name=source)
    body = content or summary
    if not body.strip():
        reason = "item has only a link and fetching is off" if link else "item has neither content nor a link"
        return InputError(source, reason)
    if not re.search(r"<[a-zA-Z][^>]*>", body):
        body = _text_to_html(body)
    page = _html_page(title=title, body_html=body, url=link, published=published, author=author, site=site)
    return RawDocument(id=doc_id, text=page, format="html", url=link, title=title, published=published,
                       source_name=source)


def _feed_author(entry) -> str | None:
    """The item's authors as the page extractor reads a page's author meta tag: names joined by "; ". Every
    ``<author>``/``dc:creator`` of the item (feedparser's ``authors``), else its ``author`` text."""
    names = [a.get("name", "").strip() for a in entry.get("authors") or [] if isinstance(a, dict)]
    return "; ".join(n for n in names if n) or (entry.get("author") or "").strip() or None


_AUTHOR_META = re.compile(r"<meta\s[^>]*name\s*=\s*[\"']?author\b", re.IGNORECASE)
_HEAD_START = re.compile(r"<head\b[^>]*>", re.IGNORECASE)


def _with_author(page: str, author: str | None) -> str:
    """A fetched item page with the feed's author as its author meta tag, unless the page names its own, so that
    the article keeps the author the feed gave (RawDocument has no author field: the page carries it)."""
    if not author or _AUTHOR_META.search(page):
        return page
    tag = f'<meta name="author" content="{html.escape(author)}">'
    head = _HEAD_START.search(page)
    return page[: head.end()] + tag + page[head.end() :] if head else tag + page


# -- archives ----------------------------------------------------------------------------------

def _record_document(record, source: str, stem: str, n: int, max_bytes: int,
                     is_arc: bool = False) -> RawDocument | InputError | None:
    rtype = record.rec_type or ""
    if rtype in _SKIPPED_RECORDS:
        return None
    if rtype not in ("response", "resource"):
        return InputError(source, f"record of type {rtype!r} is not a page")
    headers = record.rec_headers
    uri = headers.get_header("WARC-Target-URI")
    ctype = ""
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode()
        if status and not str(status).startswith("2"):
            return InputError(source, f"{uri}: HTTP status {status}, not a page")
        ctype = record.http_headers.get_header("Content-Type") or ""
    elif rtype == "resource" or is_arc:
        ctype = headers.get_header("Content-Type") or ""
    payload = record.content_stream().read(max_bytes + 1)
    if len(payload) > max_bytes:
        return InputError(source, f"{uri}: payload is over the size limit of {max_bytes:,} bytes")
    missing = getattr(record.raw_stream, "limit", 0) or 0
    if missing > 0:  # the archive ended (or a gzip member broke off) inside this record
        return InputError(source, f"{uri}: truncated record ({missing:,} bytes of its declared length missing)")
    media = ctype.split(";")[0].strip().lower()
    if not ("html" in media or (not media and _HTML_SNIFF.match(payload[:1024]))):
        return InputError(source, f"{uri}: not an HTML page ({media or 'no content type'})")
    m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", ctype, re.I)
    docs = list(read_document_bytes(_transcode(payload, m.group(1).lower() if m else None), source, "html"))
    doc = docs[0]
    if isinstance(doc, InputError):
        return InputError(source, f"{uri}: {doc.reason}")
    record_id = (headers.get_header("WARC-Record-ID") or "").strip("<>").removeprefix("urn:uuid:")
    if not record_id or is_arc:  # ARC records have no id (warcio invents one)
        record_id = f"{stem}-{n}"
    warc_date = headers.get_header("WARC-Date")
    published = None if _DECLARED_DATE.search(doc.text[:50000]) else warc_date
    return RawDocument(id=record_id, text=doc.text, format="html", url=uri, published=published, source_name=source)


def _resync(fh: BinaryIO, start: int, gzipped: bool) -> int | None:
    """The offset of the next record boundary after ``start`` (a gzip member or a WARC header), or None."""
    pattern = _GZIP_MAGIC if gzipped else None
    fh.seek(start)
    tail = b""
    pos = start
    while True:
        block = fh.read(1 << 20)
        if not block:
            return None
        data = tail + block
        base = pos - len(tail)
        if pattern is not None:
            i = data.find(pattern)
            if i >= 0:
                return base + i
        else:
            m = _WARC_MAGIC.search(data)
            if m:
                return base + m.start()
        tail = data[-8:]
        pos += len(block)


def read_archive(stream: BinaryIO, name: str, *,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | InputError]:
    """Documents from a WARC or ARC archive (gzipped or not) opened as a seekable binary stream."""
    from warcio.archiveiterator import ArchiveIterator

    stem = Path(name).name
    for suffix in ARCHIVE_SUFFIXES:
        stem = stem.removesuffix(suffix)
    head = stream.read(3)
    gzipped = head == _GZIP_MAGIC
    stream.seek(0)
    try:
        first = (gzip.GzipFile(fileobj=stream, mode="rb") if gzipped else stream).read(11)
    except (OSError, EOFError, zlib.error):
        first = b""
    is_arc = first == b"filedesc://"
    start, n, resynced = 0, 0, False
    while True:
        stream.seek(start)
        iterator = ArchiveIterator(stream, arc2warc=True, ensure_http_headers=False)
        read_here = 0
        try:
            for record in iterator:
                if gzipped and iterator.reader.decompressor is None:
                    # warcio reads a member whose first block does not inflate as uncompressed bytes, and those
                    # can pass for an ARC header that swallows the records after it: in a gzipped archive such
                    # a member is a broken record.
                    raise zlib.error("the member does not inflate")
                n += 1
                read_here += 1
                item = _record_document(record, f"{name}:{n}", stem, n, max_bytes, is_arc)
                if item is not None:
                    yield item
            return
        except Exception as exc:  # warcio raises ArchiveLoadFailed, zlib.error, EOFError, ValueError …
            if "non-chunked gzip" in str(exc):  # one gzip stream around the whole file, not one per record
                yield from _read_whole_gzip(stream, name, stem, n, max_bytes, is_arc)
                return
            failed_at = start + max(0, iterator.offset or 0)
            if not (resynced and read_here == 0):  # a false boundary found by resync costs no extra error
                n += 1
                yield InputError(f"{name}:{n}", f"broken record at byte {failed_at:,}: {_describe(exc)}")
            resume = _resync(stream, failed_at + 1, gzipped)
            if resume is None:
                return
            start, resynced = resume, True


def _read_whole_gzip(stream: BinaryIO, name: str, stem: str, done: int, max_bytes: int,
                     is_arc: bool) -> Iterator[RawDocument | InputError]:
    """The records after the first ``done`` of an archive gzipped as a whole (readable, not seekable)."""
    from warcio.archiveiterator import ArchiveIterator

    stream.seek(0)
    n = 0
    try:
        for record in ArchiveIterator(gzip.GzipFile(fileobj=stream, mode="rb"), arc2warc=True,
                                      ensure_http_headers=False):
            n += 1
            if n > done:
                item = _record_document(record, f"{name}:{n}", stem, n, max_bytes, is_arc)
                if item is not None:
                    yield item
    except Exception as exc:
        yield InputError(f"{name}:{n + 1}", f"broken record (whole-file gzip, cannot resume): {_describe(exc)}")


def _describe(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if isinstance(exc, zlib.error) or "decompress" in text.lower():
        return f"corrupt gzip member ({text[:120]})"
    if "Invalid WARC record" in text or "Unknown archive format" in text:
        return "not a valid WARC/ARC record (corrupt gzip member or bad header)"
    if isinstance(exc, (AttributeError, TypeError, EOFError)):
        return "truncated or malformed record header"
    return f"{type(exc).__name__}: {text[:160]}"


# -- inputs ------------------------------------------------------------------------------------

def _expand(name: str) -> list[Path] | InputError:
    """Files for a folder or glob (sorted, hidden skipped, only known suffixes in folders)."""
    path = Path(name)
    if path.is_dir():
        found = []
        for root, dirs, files in os.walk(path, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for f in sorted(files):
                if not f.startswith(".") and _suffix(f) in FOLDER_SUFFIXES:
                    found.append(Path(root) / f)
        return sorted(found)
    matches = sorted(glob.glob(name, recursive=True))
    if not matches:
        return InputError(name, "no file matches this pattern")
    out: list[Path] = []
    for m in matches:
        if Path(m).name.startswith("."):
            continue
        expanded = _expand(m) if Path(m).is_dir() else [Path(m)]
        if isinstance(expanded, list):
            out.extend(expanded)
    return out


def _read_file(path: Path, name: str, *, fmt: str, max_bytes: int,
               fetcher: Fetcher | None) -> Iterator[RawDocument | InputError]:
    suffix = _suffix(name)
    if suffix in ARCHIVE_SUFFIXES:
        try:
            with path.open("rb") as fh:
                yield from read_archive(fh, name, max_bytes=max_bytes)
        except OSError as exc:
            yield InputError(name, f"cannot read: {exc.strerror or exc}")
        return
    plain = suffix.removesuffix(".gz") in TEXT_SUFFIXES or fmt != "auto"
    if not plain and path.is_file():
        try:
            with _open_maybe_gzip(path) as fh:
                head = fh.read(4096)
            if suffix.removesuffix(".gz") in FEED_SUFFIXES or _looks_like_feed(head):
                data = _read_capped(path, max_bytes)
                if data is None:
                    yield InputError(name, f"file is over the size limit of {max_bytes:,} bytes")
                else:
                    yield from read_feed(data, name, fetcher=fetcher)
                return
        except (OSError, EOFError, zlib.error) as exc:
            yield InputError(name, f"cannot read: {exc}")
            return
    yield from read_inputs([name], fmt=fmt, max_bytes=max_bytes)


def _read_url(url: str, fetcher: Fetcher, *, max_bytes: int, fetch_links: bool) -> Iterator[RawDocument | InputError]:
    try:
        result = fetcher.get(url)
    except FetchError as exc:
        yield InputError(url, str(exc))
        return
    media, body = result.content_type, result.body
    path = urlsplit(result.url).path.lower()
    if media in ("application/warc", "application/x-warc") or path.endswith(ARCHIVE_SUFFIXES):
        yield from read_archive(io.BytesIO(body), url, max_bytes=max_bytes)
        return
    if (any(t in media for t in ("rss", "atom", "xml")) and "html" not in media) or _looks_like_feed(body[:4096]):
        yield from read_feed(body, url, fetcher=fetcher if fetch_links else None)
        return
    if media and not (media.startswith("text/") or "html" in media or "json" in media):
        yield InputError(url, f"unsupported content type {media!r}")
        return
    if "html" in media or _HTML_SNIFF.match(body[:1024]):
        fmt = "html"
    elif any(t in media for t in ("ndjson", "jsonl", "jsonlines")) or path.endswith((".jsonl", ".ndjson")):
        fmt = "jsonl"
    else:
        fmt = "auto"  # JSON, JSON Lines or text, told apart by content as for files
    is_json = fmt == "jsonl" or (fmt == "auto" and body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"["))
    for doc in read_document_bytes(_transcode(body, result.charset), url, fmt):
        if isinstance(doc, RawDocument):
            if not is_json:
                doc.id = result.url  # one page: its URL is its identity (JSON documents keep their own ids)
                doc.source_name = url
            doc.url = doc.url or result.url
        yield doc


def iter_documents(
    inputs: Iterable[str], *, allow_private: bool = False, rate_per_host: float = 1.0, timeout: float = 20,
    max_bytes: int = DEFAULT_MAX_BYTES, fetch_links: bool = True, fmt: str = "auto",
    fetcher: Fetcher | None = None,
) -> Iterator[RawDocument | InputError]:
    """Raw documents (or errors naming the input and the reason) from files, folders, globs, feeds,
    WARC/ARC archives and http(s) URLs; see the module docstring for every rule and limit.

    ``fetch_links`` lets a feed's link-only items be fetched; ``fmt`` forces the format of plain
    files as in :func:`peristiwa.inputs.read_inputs`; ``fetcher`` shares one :class:`Fetcher`
    (robots.txt cache, per-host rate) between calls, overriding the network options.
    """
    fetcher = fetcher or Fetcher(allow_private=allow_private, rate_per_host=rate_per_host, timeout=timeout,
                                 max_bytes=max_bytes)
    link_fetcher = fetcher if fetch_links else None
    for name in inputs:
        name = str(name)
        try:
            yield from _read_input(name, fetcher, link_fetcher, fmt=fmt, max_bytes=max_bytes, fetch_links=fetch_links)
        except Exception as exc:  # a reader's bug must not cost the rest of the batch
            yield InputError(name, f"unexpected error, input abandoned: {type(exc).__name__}: {exc}")


def _read_input(name: str, fetcher: Fetcher, link_fetcher: Fetcher | None, *, fmt: str, max_bytes: int,
                fetch_links: bool) -> Iterator[RawDocument | InputError]:
    if name == "-":
        yield from read_inputs(["-"], fmt=fmt, max_bytes=max_bytes)
        return
    if _is_url(name):
        yield from _read_url(name, fetcher, max_bytes=max_bytes, fetch_links=fetch_links)
        return
    path = Path(name)
    if path.is_dir() or (not path.exists() and _GLOB_CHARS.search(name)):
        expanded = _expand(name)
        if isinstance(expanded, InputError):
            yield expanded
            return
        for file in expanded:
            yield from _read_file(file, str(file), fmt=fmt, max_bytes=max_bytes, fetcher=link_fetcher)
        return
    yield from _read_file(path, name, fmt=fmt, max_bytes=max_bytes, fetcher=link_fetcher)
