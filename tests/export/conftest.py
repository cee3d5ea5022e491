"""An article record written by hand for the export tests, so every exported value is known.

It has the shape of ``Article.to_dict()`` (a test validates it against the JSON Schema); offsets are
computed from the text, never typed in.
"""

from __future__ import annotations

import pytest

TEXT = (
    "JAKARTA, KOMPAS.example - Menteri Luar Negeri Sugiono bertemu Sekretaris Jenderal PBB di New York "
    "pada Senin (3/11/2025).\n\n"
    "Pemerintah Rumania mengirim 1.500 ton beras ke Indonesia pekan lalu, kata Sugiono. "
    "“Kami berterima kasih; bantuan ini tiba tepat waktu,” ujarnya."
)


def _span(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    i = TEXT.index(needle, start)
    return i, i + len(needle)


def _mention(needle: str, sentence: int, start: int = 0) -> dict:
    a, b = _span(TEXT, needle, start)
    return {"start": a, "end": b, "text": needle, "sentence": sentence, "field": "text"}


def _actor(code, name, entity_id, type_, sector, resolved_by="dictionary") -> dict:
    return {"code": code, "name": name, "entity_id": entity_id, "type": type_, "sector": sector,
            "resolved_by": resolved_by}


def make_record() -> dict:
    s0 = (0, TEXT.index("\n\n"))
    s1 = (s0[1] + 2, TEXT.index("Sugiono. ") + len("Sugiono."))
    s2 = (s1[1] + 1, len(TEXT))
    sentences = [{"start": a, "end": b, "paragraph": p, "text": TEXT[a:b], "source_chain": chain}
                 for (a, b), p, chain in ((s0, 0, []), (s1, 1, ["Sugiono"]), (s2, 1, ["Sugiono"]))]
    second_sugiono = TEXT.index("Sugiono", TEXT.index("Sugiono") + 1)
    quote = _span(TEXT, "“Kami berterima kasih; bantuan ini tiba tepat waktu,”")
    entities = [
        {"id": "sugiono", "type": "PERSON", "name": "Sugiono", "aliases": [], "code": "IDN", "country": "IDN",
         "sector": "GOV", "lat": None, "lon": None, "source": "dictionary", "titles": ["Menteri Luar Negeri"],
         "acts_for": None,
         "mentions": [_mention("Sugiono", 0), {**_mention("Sugiono", 1, second_sugiono)}]},
        {"id": "pbb", "type": "ORG", "name": "Perserikatan Bangsa-Bangsa", "aliases": ["PBB"], "code": "IGO:UN",
         "country": "IGO:UN", "sector": "IGO", "lat": None, "lon": None, "source": "dictionary", "titles": [],
         "acts_for": None, "mentions": [_mention("PBB", 0)]},
        {"id": "place-new-york", "type": "LOCATION", "name": "New York", "aliases": ["NYC"], "code": "USA",
         "country": "USA", "sector": None, "lat": 40.7128, "lon": -74.006, "source": "dictionary", "titles": [],
         "acts_for": None, "mentions": [_mention("New York", 0)]},
        {"id": "country-rou", "type": "COUNTRY", "name": "Rumania", "aliases": ["Romania"], "code": "ROU",
         "country": "ROU", "sector": "GOV", "lat": 44.4268, "lon": 26.1025, "source": "dictionary", "titles": [],
         "acts_for": None, "mentions": [_mention("Rumania", 1)]},
        {"id": "country-idn", "type": "COUNTRY", "name": "Indonesia", "aliases": [], "code": "IDN",
         "country": "IDN", "sector": "GOV", "lat": -6.1754, "lon": 106.8272, "source": "dictionary",
         "titles": [], "acts_for": None, "mentions": [_mention("Indonesia", 1)]},
        {"id": "local-location-0", "type": "LOCATION", "name": "Kampung Tanpa Peta", "aliases": [], "code": None,
         "country": None, "sector": None, "lat": None, "lon": None, "source": "preposition", "titles": [],
         "acts_for": None, "mentions": []},
    ]
    meet_trigger = _mention("bertemu", 0)
    send_trigger = _mention("mengirim", 1)
    events = [
        {"start": s0[0], "end": s0[1], "type": "CONSULT", "mode": None, "cameo": "040", "goldstein": 1.0,
         "quad": 1, "source": _actor("IDN", "Sugiono", "sugiono", "PERSON", "GOV"),
         "target": _actor("IGO:UN", "Perserikatan Bangsa-Bangsa", "pbb", "ORG", "IGO"),
         "modality": "asserted", "modality_cue": None, "negated": False, "conditional": False,
         "date": "2025-11-03", "place": "New York", "quantity": None, "source_chain": [],
         "trigger": meet_trigger, "sentence": 0, "rule": "temu", "voice": "active", "confidence": 0.65,
         "explanation": [], "mentions": [_mention("Sugiono", 1, second_sugiono)]},
        {"start": s1[0], "end": s1[1], "type": "AID", "mode": "economic", "cameo": "0711", "goldstein": 7.4,
         "quad": 2, "source": _actor("ROU", "Rumania", "country-rou", "COUNTRY", "GOV", "country"),
         "target": _actor("IDN", "Indonesia", "country-idn", "COUNTRY", "GOV", "country"),
         "modality": "alleged", "modality_cue": "reported: kata", "negated": False, "conditional": False,
         "date": "2025-10", "place": None,
         "quantity": {"value": 1500.0, "object": "beras", "unit": "t", "text": "1.500 ton beras"},
         "source_chain": ["KOMPAS.example", "Sugiono"], "trigger": send_trigger, "sentence": 1, "rule": "kirim",
         "voice": "active", "confidence": 0.6, "explanation": [], "mentions": []},
    ]
    amount = _span(TEXT, "1.500 ton beras")
    date = _span(TEXT, "Senin (3/11/2025)")
    return {
        "schema_version": "1.0", "id": "uji-ekspor-1", "text": TEXT,
        "url": "https://kompas.example/read/2025/11/04/uji-ekspor", "outlet": "KOMPAS.example",
        "title": "Menlu Bertemu Sekjen PBB; Rumania Kirim Beras", "published": "2025-11-04T08:20:00+07:00",
        "published_date": "2025-11-04",
        "dateline": {"text": "JAKARTA, KOMPAS.example -", "place": "Jakarta", "outlet": "KOMPAS.example"},
        "authors": ["Rina Wulandari", "Bagus Santoso"], "editors": [], "related": [], "syndicated_from": None,
        "language": "id", "language_confidence": 0.99, "source_format": "text", "source_name": "uji.jsonl:1",
        "paragraphs": [{"start": s0[0], "end": s0[1]}, {"start": s1[0], "end": s2[1]}],
        "sentences": sentences,
        "amounts": [{"start": amount[0], "end": amount[1], "text": "1.500 ton beras", "value": 1500.0,
                     "range": None, "object": "beras", "unit": "t", "kind": "measure", "qualifier": "exact",
                     "sentence": 1, "repeats": []}],
        "dates": [{"start": date[0], "end": date[1], "text": "Senin (3/11/2025)", "value": "2025-11-03",
                   "until": None, "granularity": "day", "kind": "absolute", "resolved": True, "offset": None,
                   "sentence": 0},
                  {"start": TEXT.index("pekan lalu"), "end": TEXT.index("pekan lalu") + 10, "text": "pekan lalu",
                   "value": "2025-W44", "until": None, "granularity": "week", "kind": "relative", "resolved": True,
                   "offset": {"weeks": -1}, "sentence": 1}],
        "entities": entities,
        "quotes": [{"start": quote[0], "end": quote[1], "text": TEXT[quote[0]:quote[1]], "speaker": "Sugiono",
                    "speaker_id": "sugiono", "speaker_description": None, "direct": True, "kind": "quote",
                    "source_chain": [], "sentence": 2}],
        "events": events, "boilerplate": [], "problems": [],
    }


@pytest.fixture
def record() -> dict:
    """The hand-written article record (a fresh copy per test)."""
    return make_record()


@pytest.fixture(scope="session")
def sample_records(sample_articles) -> list[dict]:
    """The shipped sample articles through the whole pipeline, as records."""
    import json

    from peristiwa.inputs import read_jsonl_stream
    from peristiwa.pipeline import extract_many

    lines = [json.dumps(a).encode() + b"\n" for a in sample_articles]
    return [a.to_dict() for a in extract_many(read_jsonl_stream(lines, "samples", 1 << 20))
            if not isinstance(a, tuple)]
