"""Reading raw inputs: every bad input gets one clear error naming it, and the batch goes on."""

from __future__ import annotations

import gzip
import io
import json

import pytest

from peristiwa.inputs import MAX_TEXT_CHARS, DecodeError, InputError, decode_bytes, read_inputs
from peristiwa.model import RawDocument

GOOD_TEXT = "Jakarta (ANTARA) - Pemerintah menyalurkan bantuan kepada 1.200 keluarga korban banjir.\n"


def _read(paths, **kw):
    return list(read_inputs([str(p) for p in paths], **kw))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Menteri “bertemu” mitranya di Jakarta.".encode(), "Menteri “bertemu” mitranya di Jakarta."),
        (b"\xef\xbb\xbf" + b"Presiden tiba.", "Presiden tiba."),
        ("Presiden tiba.".encode("utf-16"), "Presiden tiba."),
        ("Kafe “Élan” dibuka — kata pemiliknya.".encode("cp1252"), "Kafe “Élan” dibuka — kata pemiliknya."),
        ("Café dibuka di Menteng.".encode("latin-1"), "Café dibuka di Menteng."),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "cp1252", "latin1"],
)
def test_encodings_are_detected(data, expected):
    assert decode_bytes(data) == expected


def test_html_declared_charset_is_used():
    page = '<html><head><meta charset="iso-8859-15"></head><body><p>Harga €5</p></body></html>'
    assert "€" in decode_bytes(page.encode("iso-8859-15"), html=True)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty input"),
        (b"   \n\t ", "empty input"),
        (b"\x00\x01\x02PK\x03\x04binary", "binary data"),
        (bytes(range(1, 9)) * 20, "binary data"),
        (b"\x81\x8d\x8f\x90\x9d" * 4, "undecodable bytes"),
    ],
    ids=["empty", "whitespace", "nul-bytes", "control-chars", "undecodable"],
)
def test_bad_bytes_are_refused_with_a_reason(data, reason):
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(data)


def test_a_batch_goes_on_past_bad_files(tmp_path):
    good = tmp_path / "baik.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    empty = tmp_path / "kosong.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "gambar.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    missing = tmp_path / "tidak-ada.txt"
    results = _read([empty, good, binary, missing, tmp_path])
    errors = [r for r in results if isinstance(r, InputError)]
    docs = [r for r in results if isinstance(r, RawDocument)]
    assert [d.id for d in docs] == ["baik"]
    assert [(e.source, e.reason.split(" (")[0].split(":")[0]) for e in errors] == [
        (str(empty), "empty input"),
        (str(binary), "binary data"),
        (str(missing), "no such file"),
        (str(tmp_path), "is a directory"),
    ]


def test_size_limit_is_explicit(tmp_path):
    big = tmp_path / "besar.txt"
    big.write_text("Presiden tiba di Jakarta. " * 100, encoding="utf-8")
    (error,) = _read([big], max_bytes=1000)
    assert isinstance(error, InputError)
    assert "over the size limit of 1,000 bytes" in error.reason


def test_text_length_limit(tmp_path):
    long_doc = {"id": "panjang", "text": "a" * (MAX_TEXT_CHARS + 1)}
    path = tmp_path / "panjang.json"
    path.write_text(json.dumps(long_doc), encoding="utf-8")
    (error,) = _read([path])
    assert "over the limit of 1,000,000" in error.reason


def test_jsonl_keeps_ids_and_reports_malformed_lines(tmp_path):
    path = tmp_path / "berita.jsonl"
    lines = [
        json.dumps({"id": "a1", "url": "https://contoh.id/a1", "outlet": "Contoh", "title": "Judul",
                    "published": "2024-05-02", "text": GOOD_TEXT}),
        '{"id": "rusak", "text": "tanpa penutup',
        json.dumps({"id": "kosong", "text": ""}),
        json.dumps(["bukan", "objek"]),
        "",
        json.dumps({"id": "a2", "text": "Polisi menangkap dua tersangka."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = _read([path])
    assert [r.id for r in results if isinstance(r, RawDocument)] == ["a1", "a2"]
    first = results[0]
    assert (first.url, first.outlet, first.title, first.published) == (
        "https://contoh.id/a1", "Contoh", "Judul", "2024-05-02")
    errors = {e.source: e.reason for e in results if isinstance(e, InputError)}
    assert set(errors) == {f"{path}:2", f"{path}:3", f"{path}:4"}
    assert errors[f"{path}:2"].startswith("malformed JSON")
    assert "no 'text'" in errors[f"{path}:3"]
    assert "must be an object" in errors[f"{path}:4"]


def test_gzip_and_broken_gzip(tmp_path):
    good = tmp_path / "berita.txt.gz"
    good.write_bytes(gzip.compress(GOOD_TEXT.encode()))
    broken = tmp_path / "rusak.txt.gz"
    broken.write_bytes(gzip.compress(GOOD_TEXT.encode())[:20])
    results = _read([good, broken])
    assert isinstance(results[0], RawDocument) and results[0].id == "berita"
    assert isinstance(results[1], InputError) and results[1].source == str(broken)


@pytest.mark.parametrize(
    ("name", "content", "fmt"),
    [
        ("a.html", "<html><body><p>Isi</p></body></html>", "html"),
        ("a.txt", "Isi berita.", "text"),
        ("tanpa-ekstensi", "<!DOCTYPE html><html><body><p>Isi</p></body></html>", "html"),
        ("tanpa-ekstensi-2", "Isi berita biasa.", "text"),
    ],
)
def test_format_detection(tmp_path, name, content, fmt):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    (doc,) = _read([path])
    assert doc.format == fmt


def test_stdin(tmp_path):
    (doc,) = list(read_inputs(["-"], stdin=io.BytesIO(GOOD_TEXT.encode())))
    assert (doc.id, doc.text) == ("stdin", GOOD_TEXT)
