"""Events in PLOVER's JSON layout (``peristiwa.export.plover.plover_events``).

The rules: one record per event with PLOVER's fields — ``id`` ("<article id>-E001" …), ``date``, ``source``
and ``target`` as lists of ``{actorText, code}``, ``event``, ``mode`` ("" when none), ``eventText`` (the
trigger), ``text`` (the sentence), ``textInfo.markup`` (the sentence with "(EVT: …)" around the trigger and
the source and target after it), ``language``, ``publication``, ``coder``, ``version``, ``dateCoded`` — and
peristiwa's own provenance under ``peristiwa``.
"""

from __future__ import annotations

from datetime import date

import pytest

from peristiwa import __version__
from peristiwa.export.plover import PLOVER_VERSION, plover_events

TEXT = "Jepang mengirim 1.000 ton bantuan ke Indonesia di Jakarta pada Senin."


@pytest.fixture
def record(extract):
    def run(text: str = TEXT) -> dict:
        return extract(text, id="a1", outlet="Tempo", language="id").to_dict()

    return run


def test_one_record_per_event(record):
    rec = record("Prabowo Subianto bertemu Vladimir Putin di Moskow. Rusia menyerang Ukraina.")
    out = plover_events(rec, coded_on=date(2024, 10, 25))
    assert len(out) == len(rec["events"]) == 3
    assert [r["id"] for r in out] == ["a1-E001", "a1-E002", "a1-E003"]
    assert [r["event"] for r in out] == [e["type"] for e in rec["events"]]


def test_plover_fields(record):
    rec = record()
    (out,) = plover_events(rec, coded_on=date(2024, 10, 25))
    event = rec["events"][0]
    assert out["id"] == "a1-E001"
    assert out["date"] == "2024-10-21"
    assert out["event"] == "AID"
    assert out["mode"] == "humanitarian"
    assert [(a["actorText"], a["code"]) for a in out["source"]] == [("Jepang", "JPN")]
    assert [(a["actorText"], a["code"]) for a in out["target"]] == [("Indonesia", "IDN")]
    assert out["eventText"] == "mengirim" == event["trigger"]["text"]
    assert out["text"] == TEXT
    assert out["language"] == "id"
    assert out["publication"] == "Tempo"
    assert out["coder"] == f"peristiwa {__version__}"
    assert out["version"] == PLOVER_VERSION
    assert out["dateCoded"] == "2024-10-25"


def test_markup_marks_the_trigger_source_and_target(record):
    (out,) = plover_events(record())
    markup = out["textInfo"]["markup"]
    assert "Jepang (EVT: mengirim) 1.000 ton" in markup
    assert markup.endswith("[SRC: Jepang; TAR: Indonesia]")


def test_peristiwa_extension_keeps_the_provenance(record):
    (out,) = plover_events(record())
    ext = out["peristiwa"]
    assert (ext["article_id"], ext["cameo"], ext["goldstein"], ext["quad"]) == ("a1", "073", 7.4, 2)
    assert (ext["rule"], ext["modality"], ext["place"]) == ("kirim-bantuan", "asserted", "Jakarta")
    assert ext["quantity"]["value"] == 1000.0
    assert ext["source_chain"] == ["Tempo"]
    assert ext["mentions"] == 1
    assert any("kirim-bantuan" in line for line in ext["explanation"])


def test_no_target_is_an_empty_list_and_no_mode_is_empty(record):
    """A targetless protest has ``target == []``; an entry without mode gives ``mode == ""``."""
    rec = record("Buruh Indonesia menggelar aksi mogok nasional di Jakarta. Rusia menyerang Ukraina.")
    # (the strike is coded twice, with no target and as addressed to the strikers' own state: the first is read)
    by_rule = {}
    for r in plover_events(rec):
        by_rule.setdefault(r["peristiwa"]["rule"], r)
    assert by_rule["mogok-nasional"]["target"] == []
    assert by_rule["mogok-nasional"]["mode"] == "general"
    assert by_rule["serang"]["mode"] == ""
    assert "mogok nasional)" in by_rule["mogok-nasional"]["textInfo"]["markup"]
