"""The REST API over the sample articles: every endpoint, its filters, paging and CSV.

Expected numbers are not written down: each is counted from the stored article records themselves
(``sample_records``), so a test fails when the API disagrees with what the pipeline extracted.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date

import pytest

from peristiwa.web import queries
from peristiwa.web.params import EVENT_CSV
from tests.web.conftest import TOKEN

# -- counting the records ----------------------------------------------------------------------------------------


def _day(record: dict, event: dict) -> str | None:
    """The day the store files an event under: its own date when it has a full one, else the article's."""
    value = event.get("date") or ""
    if len(value) >= 10:
        try:
            return date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            pass
    return record.get("published_date")


def _key(side: dict | None) -> str | None:
    if not side:
        return None
    entity = side.get("entity_id")
    return entity if entity and not entity.startswith("local-") else ("~" + side["name"].lower())


def all_events(records: list[dict]) -> list[tuple[dict, dict]]:
    return [(r, e) for r in records for e in r.get("events") or []]


def _names(e: dict) -> list[str]:
    return [(s or {}).get("name") or "" for s in (e.get("source"), e.get("target"))]


def _codes(e: dict) -> list[str | None]:
    return [(s or {}).get("code") for s in (e.get("source"), e.get("target"))]


# (query, predicate on (record, event)): what each filter must keep, and nothing else.
EVENT_FILTERS: list[tuple[str, Callable[[dict, dict], bool]]] = [
    ("type=CONSULT", lambda r, e: e["type"] == "CONSULT"),
    ("type=CONSULT&type=PROTEST", lambda r, e: e["type"] in ("CONSULT", "PROTEST")),
    ("modality=alleged", lambda r, e: e["modality"] == "alleged"),
    ("modality=planned&modality=denied", lambda r, e: e["modality"] in ("planned", "denied")),
    ("mode=demo", lambda r, e: e.get("mode") == "demo"),
    ("country=KOR", lambda r, e: "KOR" in _codes(e)),
    ("actor=sugiono", lambda r, e: any("sugiono" in n.lower() for n in _names(e))
     or any((s or {}).get("entity_id") == "sugiono" for s in (e.get("source"), e.get("target")))),
    ("date_from=2026-01-01", lambda r, e: (_day(r, e) or "") >= "2026-01-01"),
    ("date_from=2025-11-01&date_to=2025-11-30", lambda r, e: "2025-11-01" <= (_day(r, e) or "") <= "2025-11-30"),
    ("text=Natuna", lambda r, e: "natuna" in (r["text"] + " " + (r.get("title") or "")).lower()),
    ("source=sugiono", lambda r, e: _key(e.get("source")) == "sugiono"),
    ("target=cho-hyun", lambda r, e: _key(e.get("target")) == "cho-hyun"),
    ("source_country=IDN&target_country=KOR", lambda r, e: _codes(e) == ["IDN", "KOR"]),
    ("place=Seoul", lambda r, e: e.get("place") == "Seoul"),
    ("type=CONSULT&country=KOR&modality=asserted",
     lambda r, e: e["type"] == "CONSULT" and "KOR" in _codes(e) and e["modality"] == "asserted"),
    ("min_sources=1", lambda r, e: True),
]


# -- overview and articles ---------------------------------------------------------------------------------------


def test_overview_counts_what_was_stored(client, sample_records):
    body = client.get("/api/overview").json()
    assert body["articles"] == len(sample_records)
    assert body["events"] == len(all_events(sample_records))
    assert body["quotes"] == sum(len(r["quotes"]) for r in sample_records)
    assert sum(t["events"] for t in body["types"]) == body["events"]


def test_articles_are_listed_newest_first_with_their_counts(client, sample_records):
    body = client.get("/api/articles", params={"limit": 100}).json()
    assert body["total"] == len(sample_records) == len(body["items"])
    days = [a["published_date"] for a in body["items"]]
    assert days == sorted(days, reverse=True)
    by_doc = {r["id"]: r for r in sample_records}
    for item in body["items"]:
        record = by_doc[item["doc_id"]]
        assert (item["events"], item["quotes"], item["entities"]) == (
            len(record["events"]), len(record["quotes"]), len(record["entities"]))


@pytest.mark.parametrize("limit", [1, 5, 7])
def test_article_pages_cover_every_article_once(client, sample_records, limit):
    seen, offset = [], 0
    while True:
        body = client.get("/api/articles", params={"limit": limit, "offset": offset}).json()
        seen += [a["id"] for a in body["items"]]
        if body["links"]["next"] is None:
            break
        assert body["links"]["next"].endswith(f"offset={offset + limit}")
        offset += limit
    assert sorted(seen) == sorted(set(seen)) and len(seen) == len(sample_records)


@pytest.mark.parametrize(("q", "word"), [("Natuna", "natuna"), ("menteri", "menteri"), ("kementerian", "kementerian")])
def test_article_search_finds_exactly_the_articles_holding_the_words(client, sample_records, q, word):
    body = client.get("/api/articles", params={"q": q}).json()
    expected = {r["id"] for r in sample_records if word in (r["text"] + " " + (r.get("title") or "")).lower()}
    assert expected, "precondition: some sample article holds the word"
    assert {a["doc_id"] for a in body["items"]} == expected
    assert body["total"] == len(expected)


def test_articles_filter_by_outlet(client, sample_records):
    outlet = sample_records[0]["outlet"]
    body = client.get("/api/articles", params={"outlet": outlet.lower()}).json()
    assert body["total"] >= 1 and all(outlet.lower() in a["outlet"].lower() for a in body["items"])


def test_articles_as_csv(client, sample_records):
    r = client.get("/api/articles", params={"format": "csv", "limit": 100})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == len(sample_records)
    assert {row["doc_id"] for row in rows} == {rec["id"] for rec in sample_records}


def test_one_article_is_its_stored_record_with_every_annotation(client, sample_records):
    listed = client.get("/api/articles", params={"q": "Sugiono Seoul"}).json()["items"][0]
    body = client.get(f"/api/articles/{listed['id']}").json()
    record = next(r for r in sample_records if r["id"] == listed["doc_id"])
    assert body["record"] == record
    for key in ("entities", "quotes", "amounts", "dates", "events"):
        assert body["record"][key], f"the sample has {key}"
    assert all(e["explanation"] for e in body["record"]["events"])
    assert len(body["event_ids"]) == len(record["events"])


@pytest.mark.parametrize(("path", "status"), [("/api/articles/999999", 404), ("/api/articles/0", 422),
                                              ("/api/articles/abc", 422), ("/api/events/999999", 404),
                                              ("/api/actors/no-such-actor", 404)])
def test_missing_or_malformed_ids(client, path, status):
    assert client.get(path).status_code == status


# -- events ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("query", "keep"), EVENT_FILTERS, ids=[q for q, _ in EVENT_FILTERS])
def test_event_filters_keep_exactly_the_matching_events(client, sample_records, query, keep):
    expected = [e for r, e in all_events(sample_records) if keep(r, e)]
    assert expected, f"precondition: the samples have events for {query}"
    body = client.get(f"/api/events?{query}&limit=1000").json()
    assert body["total"] == len(expected) == len(body["items"])
    assert sorted((i["type"], i["trigger"] or "") for i in body["items"]) == sorted(
        (e["type"], (e.get("trigger") or {}).get("text") or "") for e in expected)


def test_min_sources_keeps_happenings_reported_by_that_many_outlets(client):
    everything = client.get("/api/events", params={"limit": 1000}).json()
    for n in (1, 2, 3):
        body = client.get("/api/events", params={"min_sources": n, "limit": 1000}).json()
        assert body["total"] == sum(1 for e in everything["items"] if e["num_sources"] >= n)
        assert all(e["num_sources"] >= n for e in body["items"])


def test_events_come_newest_first_and_pages_do_not_overlap(client, sample_records):
    total = len(all_events(sample_records))
    ids, days = [], []
    for offset in range(0, total, 7):
        body = client.get("/api/events", params={"limit": 7, "offset": offset}).json()
        ids += [e["id"] for e in body["items"]]
        days += [e["day"] for e in body["items"]]
    assert len(ids) == len(set(ids)) == total
    assert days == sorted(days, reverse=True)
    oldest = client.get("/api/events", params={"order": "date_asc", "limit": 1}).json()["items"][0]
    assert oldest["day"] == min(days)


def test_each_event_row_carries_its_article_and_evidence(client, sample_records):
    by_doc = {r["id"]: r for r in sample_records}
    for e in client.get("/api/events", params={"limit": 1000}).json()["items"]:
        record = by_doc[e["article"]["doc_id"]]
        coded = record["events"][e["event_no"] - 1]
        assert e["sentence"] == record["text"][coded["start"]:coded["end"]]
        assert (e["type"], e["modality"], e["place"]) == (coded["type"], coded["modality"], coded.get("place"))
        assert e["num_reports"] >= 1 and e["num_sources"] >= 1


def test_events_as_csv_hold_the_same_rows_as_json(client):
    as_json = client.get("/api/events", params={"country": "IDN", "limit": 1000}).json()
    r = client.get("/api/events", params={"country": "IDN", "limit": 1000, "format": "csv"})
    assert r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    reader = csv.DictReader(io.StringIO(r.text))
    assert reader.fieldnames == EVENT_CSV
    rows = list(reader)
    assert [int(row["id"]) for row in rows] == [e["id"] for e in as_json["items"]]
    assert [row["source_key"] for row in rows] == [(e["source"] or {}).get("key") or "" for e in as_json["items"]]


def test_csv_cells_cannot_run_as_spreadsheet_formulas():
    from peristiwa.web.params import _cell

    assert [_cell(v) for v in ("=HYPERLINK(\"x\")", "+1", "@SUM(A1)", "plain", -5.0, True)] == [
        "'=HYPERLINK(\"x\")", "'+1", "'@SUM(A1)", "plain", -5.0, "true"]


def test_one_event_has_its_explanation_and_source_chain(client):
    first = client.get("/api/events", params={"source": "sugiono", "limit": 1}).json()["items"][0]
    body = client.get(f"/api/events/{first['id']}").json()
    assert body["record"]["explanation"] and body["record"]["source_chain"]
    assert body["source"]["key"] == "sugiono"


@pytest.mark.parametrize("query", ["date_from=2025-13-01", "date_to=yesterday", "modality=rumoured",
                                   "min_sources=-1", "limit=0", "limit=10001", "offset=-3", "order=random",
                                   "article=x"])
def test_malformed_event_parameters_are_refused_with_422(client, query):
    assert client.get(f"/api/events?{query}").status_code == 422


def test_empty_form_fields_mean_no_filter(client, sample_records):
    body = client.get("/api/events?actor=&type=&mode=&modality=&date_from=&date_to=&min_sources=&text=").json()
    assert body["total"] == len(all_events(sample_records))


# -- actors ------------------------------------------------------------------------------------------------------


def test_actors_are_listed_with_their_counts(client, sample_records):
    body = client.get("/api/actors", params={"limit": 1000}).json()
    by_key = {a["key"]: a for a in body["items"]}
    events = all_events(sample_records)
    for key in ("sugiono", "cho-hyun", "country-usa"):
        assert by_key[key]["as_source"] == sum(1 for _, e in events if _key(e.get("source")) == key)
        assert by_key[key]["as_target"] == sum(1 for _, e in events if _key(e.get("target")) == key)
    totals = [a["total"] for a in body["items"]]
    assert totals == sorted(totals, reverse=True)


def test_actor_search_and_csv(client):
    body = client.get("/api/actors", params={"q": "sugi"}).json()
    assert [a["key"] for a in body["items"]] == ["sugiono"]
    rows = list(csv.DictReader(io.StringIO(client.get("/api/actors", params={"q": "sugi", "format": "csv"}).text)))
    assert rows[0]["key"] == "sugiono" and int(rows[0]["total"]) == body["items"][0]["total"]


def test_a_dictionary_actor_has_roles_with_dates_events_and_quotes(client, sample_records):
    body = client.get("/api/actors/sugiono").json()
    assert body["dictionary"]["type"] == "PERSON"
    role = next(r for r in body["dictionary"]["roles"] if r["title"] == "Menteri Luar Negeri")
    assert role["country"] == "IDN" and role["start"] == "2024-10-21"
    assert body["as_source"]["total"] == len(body["as_source"]["items"]) > 0
    assert all(e["source"]["key"] == "sugiono" for e in body["as_source"]["items"])
    assert all(e["target"]["key"] == "sugiono" for e in body["as_target"]["items"])
    expected_quotes = sum(1 for r in sample_records for q in r["quotes"] if q.get("speaker_id") == "sugiono")
    assert body["counts"]["as_speaker"] == len(body["quotes"]) == expected_quotes
    assert all(q["source_chain"][-1] == "Sugiono" for q in body["quotes"])


def test_a_country_actor_lists_its_dictionary_aliases(client):
    body = client.get("/api/actors/country-kor").json()
    assert "Korsel" in body["dictionary"]["aliases"]


def test_an_actor_known_only_by_name(client):
    body = client.get("/api/actors/~arief wicaksana").json()
    assert body["dictionary"] is None
    assert body["name"] == "Arief Wicaksana"
    assert body["counts"]["as_source"] + body["counts"]["as_speaker"] > 0


# -- time series, network, places, search --------------------------------------------------------------------------


@pytest.mark.parametrize("by", ["type", "modality", "mode", "quad"])
@pytest.mark.parametrize("interval", ["day", "week", "month"])
def test_time_series_count_every_dated_event_once(client, sample_records, by, interval):
    body = client.get("/api/timeseries", params={"by": by, "interval": interval}).json()
    dated = [(r, e) for r, e in all_events(sample_records) if _day(r, e)]
    assert body["total"] == len(dated) == sum(s["total"] for s in body["series"])
    for s in body["series"]:
        assert sum(s["counts"]) == s["total"] and len(s["counts"]) == len(body["buckets"])
    starts = [date.fromisoformat(b) for b in body["buckets"]]
    assert starts == sorted(starts)
    if interval == "month":
        assert all(d.day == 1 for d in starts)
    if interval == "week":
        assert all(d.weekday() == 0 for d in starts)
    if by == "modality":
        expected = {}
        for _r, e in dated:
            expected[e["modality"]] = expected.get(e["modality"], 0) + 1
        assert {s["key"]: s["total"] for s in body["series"]} == expected


def test_time_series_follow_the_filters_and_give_csv(client, sample_records):
    body = client.get("/api/timeseries", params={"by": "modality", "type": "CONSULT"}).json()
    assert body["total"] == sum(1 for _, e in all_events(sample_records) if e["type"] == "CONSULT")
    rows = list(csv.DictReader(io.StringIO(client.get(
        "/api/timeseries", params={"by": "modality", "type": "CONSULT", "format": "csv"}).text)))
    assert sum(int(r["count"]) for r in rows) == body["total"]


def test_network_edges_are_weighted_by_events_between_the_actors(client, sample_records):
    body = client.get("/api/network", params={"limit": 2000}).json()
    edges = {(e["source"], e["target"]): e["weight"] for e in body["edges"]}
    expected = sum(1 for _, e in all_events(sample_records)
                   if _key(e.get("source")) == "sugiono" and _key(e.get("target")) == "cho-hyun")
    assert edges[("sugiono", "cho-hyun")] == expected > 0
    assert sum(edges.values()) == sum(1 for _, e in all_events(sample_records) if e.get("source") and e.get("target"))
    nodes = {n["id"] for n in body["nodes"]}
    assert all(s in nodes and t in nodes for s, t in edges)


def test_network_by_country_and_limit_and_csv(client, sample_records):
    body = client.get("/api/network", params={"by": "country"}).json()
    edges = {(e["source"], e["target"]): e["weight"] for e in body["edges"]}
    assert edges[("IDN", "KOR")] == sum(1 for _, e in all_events(sample_records) if _codes(e) == ["IDN", "KOR"])
    assert len(client.get("/api/network", params={"limit": 3}).json()["edges"]) == 3
    rows = list(csv.DictReader(io.StringIO(client.get("/api/network", params={"format": "csv", "limit": 3}).text)))
    assert [r["source"] for r in rows] == [e["source"] for e in client.get("/api/network?limit=3").json()["edges"]]


def test_places_have_coordinates_from_the_articles_entities(client, sample_records):
    body = client.get("/api/places").json()
    seoul = next(p for p in body["places"] if p["place"] == "Seoul")
    assert (seoul["lat"], seoul["lon"], seoul["country"]) == (pytest.approx(37.5665), pytest.approx(126.978), "KOR")
    assert seoul["events"] == sum(1 for _, e in all_events(sample_records) if e.get("place") == "Seoul")
    assert all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in body["places"])
    filtered = client.get("/api/places", params={"country": "PSE"}).json()
    assert {p["place"] for p in filtered["places"]} <= {p["place"] for p in body["places"]}
    assert "Seoul" not in {p["place"] for p in filtered["places"]}


@pytest.mark.parametrize(("q", "article", "actor"), [("Sugiono", True, "sugiono"), ("Natuna", True, None),
                                                     ("Bakamla", True, "bakamla")])
def test_search_spans_articles_events_and_actors(client, q, article, actor):
    body = client.get("/api/search", params={"q": q}).json()
    assert (body["articles"]["total"] > 0) == article
    assert body["events"]["total"] == len(body["events"]["items"]) or body["events"]["total"] > 20
    if actor:
        assert actor in [a["key"] for a in body["actors"]["items"]]


def test_search_without_words_finds_nothing(client):
    body = client.get("/api/search", params={"q": "  "}).json()
    assert body["articles"]["total"] == body["events"]["total"] == body["actors"]["total"] == 0


def test_openapi_describes_every_endpoint(client):
    schema = client.get("/openapi.json").json()
    assert {"/api/articles", "/api/articles/{article_id}", "/api/events", "/api/events/{event_id}", "/api/actors",
            "/api/actors/{key}", "/api/timeseries", "/api/network", "/api/places", "/api/search",
            "/api/ingest"} <= set(schema["paths"])
    assert "multipart/form-data" in schema["paths"]["/api/ingest"]["post"]["requestBody"]["content"]


def test_a_capped_article_count_is_a_lower_bound_and_the_pages_stay_right(client, sample_records, monkeypatch):
    """On PostgreSQL a search counts its matches only up to a cap (``total_exact`` false: ``total`` is a lower
    bound, past the page); either way the pages walked by their next links give every match once, in the
    order of the uncapped list. SQLite counts them all."""
    q, limit = "menteri", 2
    expected = {r["id"] for r in sample_records if q in (r["text"] + " " + (r.get("title") or "")).lower()}
    assert len(expected) > 3, "precondition: more matches than the cap and a page"
    whole = client.get("/api/articles", params={"q": q, "limit": 100}).json()
    assert whole["total_exact"] and whole["total"] == len(expected)
    monkeypatch.setattr(queries, "ARTICLE_COUNT_CAP", 1)
    seen, offset, exact = [], 0, []
    while True:
        body = client.get("/api/articles", params={"q": q, "limit": limit, "offset": offset}).json()
        seen += [a["id"] for a in body["items"]]
        exact.append(body["total_exact"])
        assert body["total"] <= len(expected)
        assert body["total"] == len(expected) if body["total_exact"] else body["total"] > offset + limit
        if body["links"]["next"] is None:
            break
        offset += limit
    assert seen == [a["id"] for a in whole["items"]]
    assert exact[-1] and (all(exact) if client.app.state.settings.store.dialect == "sqlite" else not exact[0])


def test_an_article_search_total_follows_new_articles(fresh_client):
    """Counts of a search are remembered per newest article id (SQLite): a new article makes the next count
    again, and a page of it shows the new article."""
    auth = {"Authorization": f"Bearer {TOKEN}"}
    texts = ["Menteri Luar Negeri Sugiono bertemu mitranya di Jakarta pada Senin untuk membahas kerja sama.",
             "Sugiono menerima kunjungan duta besar Malaysia di Jakarta pada Selasa untuk membahas perbatasan."]
    counts = []
    for n, text in enumerate(texts):
        assert fresh_client.post("/api/ingest", json={"id": f"a{n}", "text": text}, headers=auth).status_code == 201
        for _ in range(2):
            body = fresh_client.get("/api/articles", params={"q": "sugiono"}).json()
            counts.append((body["total"], len(body["items"]), body["total_exact"]))
    assert counts == [(1, 1, True), (1, 1, True), (2, 2, True), (2, 2, True)]
