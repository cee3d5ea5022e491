"""Reading raw documents from files, standard input and JSON Lines.

Every input becomes a :class:`RawDocument`, or an :class:`InputError` that
names the input and the reason; a reader never raises for one bad document,
so a batch goes on past it. Limits are explicit and documented here:

* a file (or standard input) over ``max_bytes`` (default 20 MiB) is refused
  unread; a JSON Lines file is streamed, and each of its lines may hold up to
  ``max_bytes`` too;
* a decoded article text over :data:`MAX_TEXT_CHARS` (1,000,000 characters,
  some 150,000 words: ten times the longest feature story) is refused.

Encodings: UTF-8 with or without BOM, UTF-16 with BOM, the charset an HTML
page declares, then Windows-1252 (which covers Latin-1's printable range);
bytes that none of them decodes cleanly are refused as undecodable. Text with
NUL bytes or many control characters is refused as binary.
"""

from __future__ import annotations

import codecs
import gzip
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from peristiwa.model import RawDocument
from peristiwa.serialize import loads

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MAX_TEXT_CHARS = 1_000_000
FORMATS = ("auto", "text", "html", "json", "jsonl")

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.I)
_HTML_SNIFF = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[\s>])", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(slots=True)
class InputError:
    """A document that could not be read: ``source`` names it, ``reason`` says why."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


class DecodeError(ValueError):
    pass


def decode_bytes(data: bytes, *, html: bool = False) -> str:
    """Bytes to text, by the rules in the module docstring; raises :class:`DecodeError`."""
    if not data.strip():
        raise DecodeError("empty input")
    if data.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8"]
        if html:
            m = _META_CHARSET.search(data[:4096])
            if m:
                candidates.append(m.group(1).decode("ascii", "ignore").lower())
        candidates.append("cp1252")
    if b"\x00" in data and candidates[0] != "utf-16":
        raise DecodeError("binary data (NUL bytes), not text")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        controls = len(_CONTROL.findall(text[:20000]))
        if controls > max(3, len(text[:20000]) // 100):
            raise DecodeError("binary data (control characters), not text")
        return text
    raise DecodeError("undecodable bytes: not UTF-8, not the declared charset, not Windows-1252")


def _looks_like_html(text: str) -> bool:
    return bool(_HTML_SNIFF.match(text[:1000]))


def _format_for(name: str, text: str) -> str:
    lower = name.lower().removesuffix(".gz")
    if lower.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if lower.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if lower.endswith(".json"):
        return "json"
    if lower.endswith((".txt", ".text")):
        return "text"
    stripped = text.lstrip()
    if stripped.startswith("{"):
        return "jsonl" if "\n{" in stripped else "json"
    return "html" if _looks_like_html(text) else "text"


def _document_from_mapping(obj: object, source: str, fallback_id: str) -> RawDocument | InputError:
    if not isinstance(obj, dict):
        return InputError(source, "a JSON document must be an object with a 'text' or 'html' field")
    body = obj.get("text")
    fmt = "text"
    if not (isinstance(body, str) and body.strip()) and isinstance(obj.get("html"), str):
        body, fmt = obj["html"], "html"
    if not isinstance(body, str) or not body.strip():
        return InputError(source, "no 'text' (or 'html') field with content")
    if len(body) > MAX_TEXT_CHARS:
        return InputError(source, f"text of {len(body):,} characters is over the limit of {MAX_TEXT_CHARS:,}")

    def opt(key: str) -> str | None:
        value = obj.get(key)
        return str(value) if value is not None and value != "" else None

    return RawDocument(
        id=opt("id") or fallback_id,
        text=body,
        format=fmt,
        url=opt("url"),
        outlet=opt("outlet"),
        title=opt("title"),
        published=opt("published") or opt("date"),
        language=opt("language"),
        source_name=source,
    )


def read_jsonl_stream(stream: Iterable[bytes], name: str, max_bytes: int) -> Iterator[RawDocument | InputError]:
    for lineno, line in enumerate(stream, 1):
        source = f"{name}:{lineno}"
        if len(line) > max_bytes:
            yield InputError(source, f"line of {len(line):,} bytes is over the limit of {max_bytes:,}")
            continue
        if not line.strip():
            continue
        try:
            obj = loads(line.decode("utf-8-sig"))
        except UnicodeDecodeError:
            yield InputError(source, "line is not valid UTF-8")
            continue
        except json.JSONDecodeError as exc:
            yield InputError(source, f"malformed JSON: {exc.msg} at column {exc.colno}")
            continue
        yield _document_from_mapping(obj, source, fallback_id=f"{Path(name).stem}-{lineno}")


def _read_limited(fh: BinaryIO, max_bytes: int) -> bytes | None:
    data = fh.read(max_bytes + 1)
    return None if len(data) > max_bytes else data


def _open(path: Path) -> BinaryIO:
    if path.suffix == ".gz":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def read_document_bytes(data: bytes, name: str, fmt: str = "auto") -> Iterator[RawDocument | InputError]:
    """Documents from one input's bytes (a text, an HTML page, a JSON object or JSON Lines)."""
    if fmt == "jsonl":
        yield from read_jsonl_stream(data.splitlines(keepends=True), name, DEFAULT_MAX_BYTES)
        return
    try:
        text = decode_bytes(data, html=fmt in ("html", "auto"))
    except DecodeError as exc:
        yield InputError(name, str(exc))
        return
    if fmt == "auto":
        fmt = _format_for(name, text)
    if fmt == "jsonl":
        yield from read_jsonl_stream(text.encode("utf-8").splitlines(keepends=True), name, DEFAULT_MAX_BYTES)
        return
    if fmt == "json":
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield InputError(name, f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
            return
        items = obj if isinstance(obj, list) else [obj]
        for n, item in enumerate(items, 1):
            source = name if len(items) == 1 else f"{name}[{n}]"
            fallback = Path(name).stem + ("" if len(items) == 1 else f"-{n}")
            yield _document_from_mapping(item, source, fallback_id=fallback)
        return
    if len(text) > MAX_TEXT_CHARS:
        yield InputError(name, f"text of {len(text):,} characters is over the limit of {MAX_TEXT_CHARS:,}")
        return
    stem = Path(name).name
    for suffix in (".gz", ".html", ".htm", ".txt", ".text", ".xhtml"):
        stem = stem.removesuffix(suffix)
    doc_id = "stdin" if name == "<stdin>" else (stem or name)
    yield RawDocument(id=doc_id, text=text, format=fmt, source_name=name)


def read_inputs(
    names: Iterable[str], *, fmt: str = "auto", max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None
) -> Iterator[RawDocument | InputError]:
    """Documents from files and ``-`` (standard input); errors are yielded, never raised."""
    for name in names:
        if name == "-":
            fh = stdin or sys.stdin.buffer
            if fmt == "jsonl":
                yield from read_jsonl_stream(fh, "<stdin>", max_bytes)
                continue
            data = _read_limited(fh, max_bytes)
            if data is None:
                yield InputError("<stdin>", f"input is over the size limit of {max_bytes:,} bytes")
                continue
            yield from read_document_bytes(data, "<stdin>", fmt)
            continue
        path = Path(name)
        if path.is_dir():
            yield InputError(name, "is a directory (give the files inside it)")
            continue
        try:
            bare_name = path.name.lower().removesuffix(".gz")
            is_jsonl = fmt == "jsonl" or (fmt == "auto" and bare_name.endswith((".jsonl", ".ndjson")))
            with _open(path) as fh:
                if is_jsonl:
                    yield from read_jsonl_stream(fh, name, max_bytes)
                    continue
                data = _read_limited(fh, max_bytes)
        except FileNotFoundError:
            yield InputError(name, "no such file")
            continue
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            yield InputError(name, f"cannot read: {exc}")
            continue
        if data is None:
            yield InputError(name, f"file is over the size limit of {max_bytes:,} bytes")
            continue
        yield from read_document_bytes(data, name, fmt)
