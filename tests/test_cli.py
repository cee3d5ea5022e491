"""The command line: a thin layer over the library, JSON Lines out, failures counted in the exit status."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from peristiwa.cli import main

STORY = ("JAKARTA, KOMPAS.com - Polisi menangkap 12 orang dalam unjuk rasa di depan Gedung DPR, Senin (9/2/2026).\n"
         "Baca Juga: Mahasiswa Kembali Turun ke Jalan\n"
         "Kapolda mengatakan sekitar 1.500 personel dikerahkan untuk mengamankan aksi. (ant)\n"
         "Editor: Siti Rahma\n")


@pytest.fixture
def story_file(tmp_path):
    path = tmp_path / "demo-dpr.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def _records(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_extract_a_text_file(story_file, capsys):
    assert main(["extract", str(story_file)]) == 0
    (record,) = _records(capsys.readouterr().out)
    assert record["id"] == "demo-dpr"
    assert record["dateline"] == {"text": "JAKARTA, KOMPAS.com -", "place": "Jakarta", "outlet": "KOMPAS.com"}
    assert record["editors"] == ["Siti Rahma"]
    assert [r["title"] for r in record["related"]] == ["Mahasiswa Kembali Turun ke Jalan"]
    assert [(a["value"], a["object"]) for a in record["amounts"]] == [(12, "orang"), (1500, "personel")]
    assert record["dates"][0]["value"] == "2026-02-09"
    assert "tokens" not in record


def test_jsonl_input_keeps_ids(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    rows = [{"id": "satu", "url": None, "outlet": "X", "title": "T", "published": "2024-01-02", "text": STORY},
            {"id": "dua", "url": None, "outlet": "X", "title": "T", "published": None, "text": "Dua orang tewas."}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert main(["extract", "--jsonl", str(path)]) == 0
    assert [r["id"] for r in _records(capsys.readouterr().out)] == ["satu", "dua"]


def test_exit_status_counts_failures_and_the_batch_goes_on(tmp_path, story_file, capsys):
    empty = tmp_path / "kosong.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "biner.txt"
    binary.write_bytes(b"\x00\x01\x02\x03")
    status = main(["extract", str(empty), str(story_file), str(binary), str(tmp_path / "hilang.txt")])
    captured = capsys.readouterr()
    assert status == 3
    assert [r["id"] for r in _records(captured.out)] == ["demo-dpr"]
    err = captured.err.splitlines()
    assert err == [
        f"peristiwa: {empty}: empty input",
        f"peristiwa: {binary}: binary data (NUL bytes), not text",
        f"peristiwa: {tmp_path / 'hilang.txt'}: no such file",
    ]


def test_options_language_published_stages_tokens(story_file, capsys):
    args = ["extract", str(story_file), "--language", "id", "--published", "2026-02-10", "--stages",
            "language,segment", "--tokens"]
    assert main(args) == 0
    (record,) = _records(capsys.readouterr().out)
    assert record["language"] == "id" and record["published"] == "2026-02-10"
    assert record["amounts"] == [] and record["tokens"]


def test_unknown_stage_is_an_error(story_file):
    with pytest.raises(SystemExit, match="unknown stage"):
        main(["extract", str(story_file), "--stages", "segment,tebak"])


def test_show_highlights_the_article(story_file, capsys):
    assert main(["show", str(story_file)]) == 0
    out = capsys.readouterr().out
    assert "Polisi menangkap 12 orang" in out and "Amounts" in out and "1,500" in out


def test_demo_stores_the_samples_and_summarises_them(tmp_path, capsys):
    """The main job: the sample articles go into the database (once, however often it runs) and are summarised."""
    db = f"sqlite:///{tmp_path / 'demo.db'}"
    assert main(["demo", "--json", "--db", db]) == 0
    first = json.loads(capsys.readouterr().out)
    rows = first["articles"]
    assert len(rows) >= 8
    assert all(r["language"] == "id" and r["sentences"] > 0 and r["problems"] == 0 for r in rows)
    assert first["stored"]["articles"] == len(rows) and first["stored"]["events"] > 20
    assert set(first["events_by_type"]) >= {"CONSULT", "ACCUSE", "AID"}
    assert main(["demo", "--json", "--db", db]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["stored"]["articles"] == len(rows)  # idempotent: nothing stored twice


def test_console_script_and_stdin(story_file):
    """The installed entry point reads standard input with '-'."""
    proc = subprocess.run([sys.executable, "-m", "peristiwa.cli", "extract", "-"], input=STORY.encode(),
                          capture_output=True, check=False)
    assert proc.returncode == 0, proc.stderr
    (record,) = _records(proc.stdout.decode())
    assert record["id"] == "stdin"


@pytest.mark.slow
def test_extract_with_worker_processes_writes_what_one_process_writes(samples_dir, capsys):
    assert main(["extract", "--jsonl", str(samples_dir / "articles.jsonl")]) == 0
    one = capsys.readouterr().out
    assert main(["extract", "--workers", "2", "--jsonl", str(samples_dir / "articles.jsonl")]) == 0
    assert capsys.readouterr().out == one and len(_records(one)) == 12
