"""The ingest endpoint's work: a request body to raw documents, the pipeline, the store.

Nothing a request sends is used as a file path: a plain body, a JSON body and an uploaded file are bytes
in memory (the body is already capped by the app's size limit), read with
:func:`peristiwa.inputs.read_document_bytes`, which only looks at an upload's name to tell its format.
A URL is fetched with :class:`peristiwa.ingest.sources.Fetcher`: http(s) only, robots.txt obeyed, size and
time limits, and no loopback or private addresses unless the app allows them.

Accepted bodies:

* ``text/plain`` or ``text/html``: one article (metadata from the query: id, title, url, outlet, published);
* ``application/json``: an object ``{"text" | "html": …, "id", "title", "url", "outlet", "published"}``,
  a list of them, or ``{"fetch": "https://…"}`` to fetch a page (or feed) and ingest it;
* ``multipart/form-data``: a ``file`` field (text, HTML, JSON or JSON Lines), or a ``text`` field, or a
  ``fetch`` field with a URL; other fields are metadata as above.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from python_multipart.multipart import MultipartParser, parse_options_header

from peristiwa.inputs import InputError, read_document_bytes
from peristiwa.model import RawDocument
from peristiwa.pipeline import DocumentError, extract
from peristiwa.store import Store

MAX_DOCUMENTS = 50  # per request
META_FIELDS = ("id", "title", "url", "outlet", "published", "language")
_URL = re.compile(r"^https?://[^\s/?#]+", re.I)
_SAFE_NAME = re.compile(r"[^\w.\-]+")


class IngestRequestError(ValueError):
    """The request cannot be read as documents (the message says why); answered with 400 or 415."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


@dataclass
class Parsed:
    """What a request asks to ingest: documents and read errors, or a URL to fetch."""

    items: list[RawDocument | InputError] = field(default_factory=list)
    fetch: str | None = None


def _meta(doc: RawDocument, meta: dict[str, str]) -> RawDocument:
    for key in META_FIELDS:
        value = (meta.get(key) or "").strip()
        if value:
            setattr(doc, key, value[:2000])
    return doc


def _upload_name(filename: str | None) -> str:
    """An upload's name reduced to a safe base name: only its suffix matters (it tells the format)."""
    base = (filename or "upload").replace("\\", "/").rsplit("/", 1)[-1]
    return _SAFE_NAME.sub("_", base)[:120] or "upload"


def _from_bytes(data: bytes, name: str, fmt: str, meta: dict[str, str]) -> list[RawDocument | InputError]:
    docs = list(read_document_bytes(data, name, fmt))
    for doc in docs:
        if isinstance(doc, RawDocument):
            _meta(doc, meta)
            doc.source_name = name
    return docs


def _check_url(url: str) -> str:
    url = url.strip()
    if not _URL.match(url):
        raise IngestRequestError("'fetch' must be an http:// or https:// URL")
    return url


def parse_form(body: bytes, content_type: str) -> dict[str, tuple[str | None, bytes]]:
    """multipart/form-data, parsed in memory: field name -> (file name or None, bytes)."""
    _, options = parse_options_header(content_type)
    boundary = options.get(b"boundary")
    if not boundary:
        raise IngestRequestError("multipart body without a boundary")
    parts: dict[str, tuple[str | None, bytes]] = {}
    state: dict[str, Any] = {"headers": {}, "field": b"", "value": b"", "data": []}

    def on_part_begin() -> None:
        state.update(headers={}, data=[])

    def on_header_field(data: bytes, start: int, end: int) -> None:
        state["field"] += data[start:end]

    def on_header_value(data: bytes, start: int, end: int) -> None:
        state["value"] += data[start:end]

    def on_header_end() -> None:
        state["headers"][state["field"].lower()] = state["value"]
        state.update(field=b"", value=b"")

    def on_part_data(data: bytes, start: int, end: int) -> None:
        state["data"].append(data[start:end])

    def on_part_end() -> None:
        _, disposition = parse_options_header(state["headers"].get(b"content-disposition", b""))
        name = disposition.get(b"name", b"").decode("utf-8", "replace")
        filename = disposition.get(b"filename")
        if name and len(parts) < 20:
            parts[name] = (filename.decode("utf-8", "replace") if filename is not None else None,
                           b"".join(state["data"]))

    parser = MultipartParser(boundary, {
        "on_part_begin": on_part_begin, "on_header_field": on_header_field, "on_header_value": on_header_value,
        "on_header_end": on_header_end, "on_part_data": on_part_data, "on_part_end": on_part_end})
    try:
        parser.write(body)
        parser.finalize()
    except Exception as exc:  # python-multipart raises its own errors for malformed bodies
        raise IngestRequestError(f"malformed multipart body: {exc}") from exc
    return parts


def parse_request(body: bytes, content_type: str, query: dict[str, str]) -> Parsed:
    """The documents (or the URL) a request body holds; raises :class:`IngestRequestError`."""
    media = content_type.split(";")[0].strip().lower()
    if media == "multipart/form-data":
        form = parse_form(body, content_type)
        meta = {k: v.decode("utf-8", "replace") for k, (fn, v) in form.items() if fn is None and k in META_FIELDS}
        meta = {**query, **meta}
        if "file" in form and form["file"][1].strip():
            filename, data = form["file"]
            return Parsed(_from_bytes(data, _upload_name(filename), "auto", meta))
        if "text" in form and form["text"][1].strip():
            return Parsed(_from_bytes(form["text"][1], meta.get("id") or "text", "text", meta))
        if "fetch" in form and form["fetch"][1].strip():
            return Parsed(fetch=_check_url(form["fetch"][1].decode("utf-8", "replace")))
        raise IngestRequestError("the form needs a 'file', a 'text' or a 'fetch' field")
    if not body.strip():
        raise IngestRequestError("empty body")
    if media in ("application/json", "application/x-ndjson", "application/jsonl"):
        if media == "application/json":
            try:
                obj = json.loads(body)
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise IngestRequestError(f"malformed JSON: {exc}") from exc
            if isinstance(obj, dict) and "fetch" in obj and not (obj.get("text") or obj.get("html")):
                if not isinstance(obj["fetch"], str):
                    raise IngestRequestError("'fetch' must be an http:// or https:// URL")
                return Parsed(fetch=_check_url(obj["fetch"]))
            if not isinstance(obj, dict | list):
                raise IngestRequestError("a JSON body must be an object or a list of objects")
        name = query.get("id") or "request"
        return Parsed(_from_bytes(body, name + (".json" if media == "application/json" else ".jsonl"),
                                  "json" if media == "application/json" else "jsonl", {}))
    if media in ("text/plain", "text/html", ""):
        fmt = "html" if media == "text/html" else "text"
        return Parsed(_from_bytes(body, query.get("id") or "text", fmt, query))
    raise IngestRequestError(f"unsupported content type {media!r}: send text/plain, text/html, application/json "
                             "or multipart/form-data", status=415)


def fetch_documents(url: str, *, allow_private: bool, max_bytes: int) -> list[RawDocument | InputError]:
    """The documents at ``url`` (a page, or a feed's items), fetched with every limit of the Fetcher."""
    from peristiwa.ingest.sources import Fetcher, iter_documents

    fetcher = Fetcher(allow_private=allow_private, max_bytes=max_bytes, timeout=20)
    out: list[RawDocument | InputError] = []
    for doc in iter_documents([_check_url(url)], fetcher=fetcher, fetch_links=False, max_bytes=max_bytes):
        out.append(doc)
        if len(out) >= MAX_DOCUMENTS:
            break
    return out


def store_documents(store: Store, items: list[RawDocument | InputError], label: str) -> dict[str, Any]:
    """Run the pipeline on each document and store it, as one ingest run; what happened to each."""
    if len(items) > MAX_DOCUMENTS:
        raise IngestRequestError(f"at most {MAX_DOCUMENTS} documents per request, got {len(items)}", status=413)
    run_id = store.start_run([label])
    results = []
    status = "failed"
    try:
        for item in items:
            if isinstance(item, InputError):
                store.add_error(run_id, item.source, item.reason)
                results.append({"source": item.source, "status": "failed", "reason": item.reason})
                continue
            source = item.source_name or item.id
            try:
                article = extract(item, time_limit=None)
            except DocumentError as exc:
                store.add_error(run_id, source, str(exc))
                results.append({"source": source, "status": "failed", "reason": str(exc)})
                continue
            added = store.add_article(article, run_id=run_id)
            results.append({"source": source, "status": added.status, "article_id": added.article_id,
                            "doc_id": article.id, "title": article.title, "events": len(article.events),
                            "quotes": len(article.quotes), "entities": len(article.entities),
                            "duplicate_of": added.duplicate_of, "href": f"/articles/{added.article_id}"})
        status = "finished"
    finally:
        store.finish_run(run_id, status)
    return {"run_id": run_id, "results": results}
