"""The store's commands: ``peristiwa ingest``, ``peristiwa query`` and ``peristiwa export``."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from rich.console import Console

from peristiwa.cli import main
from peristiwa.store import Store
from peristiwa.store.ingest import IngestSummary
from peristiwa.store.output import IngestProgress


@pytest.fixture
def samples_jsonl(samples_dir) -> str:
    return str(samples_dir / "articles.jsonl")


@pytest.fixture
def filled(store_url, samples_jsonl, capsys) -> str:
    """A database holding the shipped samples, ingested with the command; its URL."""
    assert main(["ingest", "--db", store_url, samples_jsonl]) == 0
    capsys.readouterr()
    return store_url


def _count(label: str, out: str) -> int:
    return int(re.search(rf"^\s*{label}\s+(\d+)", out, re.M).group(1))


def test_ingest_prints_a_run_summary(store_url, samples_jsonl, capsys):
    assert main(["ingest", "--db", store_url, samples_jsonl]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ingest run 1 finished in ")
    assert "documents/s" in out
    assert (_count("stored", out), _count("already stored", out), _count("failed", out)) == (12, 0, 0)


def test_ingest_again_skips_what_is_stored(filled, samples_jsonl, capsys):
    assert main(["ingest", "--db", filled, samples_jsonl]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ingest run 2 finished")
    assert (_count("stored", out), _count("already stored", out)) == (0, 12)


def test_ingest_lists_failures_with_reasons_and_counts_them_in_the_exit_status(store_url, samples_jsonl, tmp_path,
                                                                                capsys):
    empty = tmp_path / "kosong.txt"
    empty.write_bytes(b"")
    status = main(["ingest", "--db", store_url, samples_jsonl, str(empty), str(tmp_path / "hilang.txt")])
    out = capsys.readouterr().out
    assert status == 2
    assert (_count("stored", out), _count("failed", out)) == (12, 2)
    assert f"    {empty}: empty input" in out
    assert f"    {tmp_path / 'hilang.txt'}: no such file" in out


def test_ingest_extracted_records(store_url, tmp_path, story_records, capsys):
    path = tmp_path / "hasil.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in story_records.values()),
                    encoding="utf-8")
    assert main(["ingest", "--db", store_url, "--extracted", str(path)]) == 0
    out = capsys.readouterr().out
    assert _count("stored", out) == 3
    assert "near-duplicates among them, linked to their story: 1" in out


def test_the_progress_bar_shows_the_rate(tmp_path):
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=160)
    with IngestProgress(total=10, console=console) as progress:
        summary = IngestSummary(run_id=1, seen=4, stored=3, skipped=1)
        progress(summary)
    shown = screen.getvalue()
    assert "4 docs" in shown and "/s" in shown and "stored 3" in shown and "already stored 1" in shown


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_query_formats(filled, capsys, fmt):
    assert main(["query", "--db", filled, "--country", "KOR", "--format", fmt]) == 0
    out = capsys.readouterr().out
    with Store.open(filled) as store:
        expected = store.query_events(country="KOR")
    assert expected  # precondition
    if fmt == "json":
        assert json.loads(out) == expected
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert [(r["type"], r["source_code"], r["target_code"], r["date"]) for r in rows] == [
            (e["type"], e["source"]["code"], e["target"]["code"], e["date"]) for e in expected]
    else:
        assert f"{len(expected)} event(s)" in out and "KONTAN" in out


@pytest.mark.parametrize(("args", "expected"), [
    (["--type", "CONSULT", "--actor", "Sugiono"], {"CONSULT"}),
    (["--modality", "alleged"], {"alleged"}),
    (["--from", "2026-01-01", "--to", "2026-01-31"], {"2026-01"}),
])
def test_query_filters(filled, capsys, args, expected):
    assert main(["query", "--db", filled, "--format", "json", *args]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows
    seen = {r["type"] for r in rows} | {r["example"]["modality"] for r in rows} | {r["date"][:7] for r in rows}
    assert expected <= seen


def test_query_articles_by_full_text(filled, capsys):
    assert main(["query", "--db", filled, "--articles", "--text", "menteri luar negeri", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert "sample-diplomasi-korsel" in {r["doc_id"] for r in rows}


@pytest.mark.parametrize(("args", "message"), [
    (["--from", "kemarin"], "not an ISO date"),
    (["--articles"], "--articles needs --text"),
])
def test_query_mistakes_are_explained(filled, args, message):
    with pytest.raises(SystemExit, match=message):
        main(["query", "--db", filled, *args])


def test_query_needs_an_existing_database(tmp_path):
    with pytest.raises(SystemExit, match="no database"):
        main(["query", "--db", f"sqlite:///{tmp_path / 'tidak-ada.db'}"])
    assert not (tmp_path / "tidak-ada.db").exists()


def test_the_database_defaults_to_peristiwa_db_or_PERISTIWA_DB(tmp_path, monkeypatch, samples_jsonl, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PERISTIWA_DB", raising=False)
    assert main(["ingest", samples_jsonl]) == 0
    assert (tmp_path / "peristiwa.db").exists()
    monkeypatch.setenv("PERISTIWA_DB", f"sqlite:///{tmp_path / 'lain.db'}")
    assert main(["ingest", samples_jsonl]) == 0
    assert (tmp_path / "lain.db").exists()
    assert "into sqlite:///" + str(tmp_path / "lain.db") in capsys.readouterr().out


@pytest.mark.parametrize(("fmt", "to"), [("jsonl", "OUT"), ("csv", "--output"), ("plover", "-o")])
def test_export_writes_every_stored_event(filled, tmp_path, capsys, fmt, to):
    out = tmp_path / f"events.{fmt}"
    assert main(["export", "--db", filled, "--format", fmt, *([str(out)] if to == "OUT" else [to, str(out)])]) == 0
    with Store.open(filled) as store:
        n = store.counts()["events"]
    assert f"exported {n} event(s)" in capsys.readouterr().err
    text = out.read_text(encoding="utf-8")
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert len(rows) == n and all(r["sentence_text"] for r in rows)
    else:
        rows = [json.loads(line) for line in text.splitlines()]
        assert len(rows) == n
    if fmt == "plover":
        first = rows[0]
        assert re.fullmatch(r"sample-[\w-]+-E\d{3}", first["id"])
        assert "(EVT: " in first["textInfo"]["markup"] and first["peristiwa"]["article_id"]
    if fmt == "jsonl":
        assert all(r["sentence_text"] and r["type"] and r["article_id"] for r in rows)


def test_export_filters(filled, capsys):
    assert main(["export", "--db", filled, "--format", "jsonl", "--country", "KOR", "--type", "CONSULT"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows
    assert all(r["type"] == "CONSULT" and "KOR" in ((r["source"] or {}).get("code"), (r["target"] or {}).get("code"))
               for r in rows)


def test_exported_records_ingest_into_another_database_unchanged(filled, tmp_path, capsys):
    records = tmp_path / "records.jsonl"
    assert main(["export", "--db", filled, "--format", "records", "-o", str(records)]) == 0
    copy = f"sqlite:///{tmp_path / 'salinan.db'}"
    assert main(["ingest", "--db", copy, "--extracted", str(records)]) == 0
    with Store.open(filled) as original, Store.open(copy) as copied:
        assert list(copied.iter_records()) == list(original.iter_records())
        assert copied.counts()["events"] == original.counts()["events"]


@pytest.mark.slow
def test_ingest_with_worker_processes(store_url, samples_jsonl, capsys):
    assert main(["ingest", "--db", store_url, "--workers", "2", "--no-progress", samples_jsonl]) == 0
    assert _count("stored", capsys.readouterr().out) == 12


def test_ingest_refuses_fewer_than_one_worker(store_url, samples_jsonl, capsys):
    with pytest.raises(SystemExit):
        main(["ingest", "--db", store_url, "--workers", "0", samples_jsonl])
    assert "must be 1 or more" in capsys.readouterr().err
