"""The event subcommands of the ``peristiwa`` command line.

* ``peristiwa explain FILE`` prints every event with its sentence, the lexicon entry (rule id) that fired,
  the actors' resolution and the modality;
* ``peristiwa extract --output plover FILE`` prints one PLOVER JSON object per event (not per article);
* ``peristiwa group FILE.jsonl --json`` reads the output of ``extract`` and prints one JSON group per line.
"""

from __future__ import annotations

import json

import pytest

from peristiwa.cli import main

ALLEGED = "Korea Utara diduga mengirim amunisi ke Rusia pada Senin."
MEETING = "Prabowo Subianto bertemu Vladimir Putin di Moskow."


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch):
    """Rich wraps at the terminal width; a wide one keeps rule ids on one line."""
    monkeypatch.setenv("COLUMNS", "250")


def _lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def _file(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_explain_prints_the_rule_and_the_modality(tmp_path, capsys):
    path = _file(tmp_path, "amunisi.txt", ALLEGED)
    assert main(["explain", "--language", "id", "--published", "2024-10-23", str(path)]) == 0
    out = capsys.readouterr().out
    assert "AID PRK → RUS" in out
    assert "'kirim-senjata'" in out
    assert "alleged" in out
    assert "diduga" in out


def test_extract_plover_prints_one_object_per_event(tmp_path, capsys):
    path = _file(tmp_path, "temu.txt", MEETING + " Rusia menyerang Ukraina.")
    assert main(["extract", "--output", "plover", "--language", "id", "--published", "2024-10-23", str(path)]) == 0
    records = _lines(capsys.readouterr().out)
    assert sorted((r["event"], r["source"][0]["code"], r["target"][0]["code"]) for r in records) == [
        ("ASSAULT", "RUS", "UKR"), ("CONSULT", "IDN", "RUS"), ("CONSULT", "RUS", "IDN")]
    assert all(r["id"].startswith("temu-E") and "(EVT:" in r["textInfo"]["markup"] for r in records)


def test_group_json_over_extracted_articles(tmp_path, capsys):
    rows = [{"id": "a1", "url": None, "outlet": "Tempo", "title": "T", "published": "2024-10-23",
             "text": "Korea Utara diduga mengirim amunisi ke Rusia."},
            {"id": "a2", "url": None, "outlet": "Antara", "title": "T", "published": "2024-10-23",
             "text": "Korea Utara mengirim amunisi ke Rusia."}]
    source = _file(tmp_path, "in.jsonl", "\n".join(json.dumps(r) for r in rows))
    assert main(["extract", "--jsonl", "--language", "id", str(source)]) == 0
    extracted = _file(tmp_path, "out.jsonl", capsys.readouterr().out)
    assert main(["group", str(extracted), "--json"]) == 0
    groups = _lines(capsys.readouterr().out)
    (aid,) = [g for g in groups if (g["type"], g["source"], g["target"]) == ("AID", "PRK", "RUS")]
    assert (aid["num_articles"], aid["num_sources"]) == (2, 2)
    assert aid["modality"] == {"alleged": 1, "asserted": 1}
