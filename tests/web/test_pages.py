"""The server-rendered pages: what each shows, and its JSON twin (the same URL with ?format=json)."""

from __future__ import annotations

import re
from urllib.parse import unquote

import pytest

# page -> the API endpoint whose data its JSON twin carries (None: the twin is the page's own data)
TWINS = [
    ("/search?q=Sugiono", "/api/search?q=Sugiono"),
    ("/articles?q=menteri", "/api/articles?q=menteri"),
    ("/events?type=CONSULT", "/api/events?type=CONSULT"),
    ("/actors?q=sugi", "/api/actors?q=sugi"),
    ("/actors/sugiono", "/api/actors/sugiono"),
    ("/map", "/api/places"),
    ("/", "/api/overview"),
]


def _article_id(client, q: str) -> int:
    return client.get("/api/articles", params={"q": q}).json()["items"][0]["id"]


@pytest.mark.parametrize(("page", "api"), TWINS)
def test_each_page_has_a_json_twin_with_the_api_data(client, page, api):
    twin = client.get(page + ("&" if "?" in page else "?") + "format=json")
    assert twin.headers["content-type"].startswith("application/json")
    data = twin.json()
    expected = client.get(api).json()
    for key in ("items", "total", "places", "articles", "events", "key"):
        if key in expected:
            assert data[key] == expected[key]
    html = client.get(page).text
    assert 'id="json-twin"' in html


@pytest.mark.parametrize("page", ["/timeline", "/network", "/articles/1", "/ingest"])
def test_every_other_page_answers_json_too(client, page):
    assert client.get(page, params={"format": "json"}).headers["content-type"].startswith("application/json")


def test_the_article_view_highlights_speakers_and_event_evidence(client, sample_records):
    article_id = _article_id(client, "Sugiono Seoul")
    html = client.get(f"/articles/{article_id}").text
    record = client.get(f"/api/articles/{article_id}").json()["record"]
    assert re.search(r'<span class="[^"]*hl-speaker[^"]*" title="Sugiono \(PERSON, IDN\), speaker of quote', html)
    assert re.search(r'<span class="[^"]*hl-event[^"]*hl-trigger[^"]*"', html)
    assert 'class="hl-quote' in html and "hl-amount" in html and "hl-date" in html
    for n, event in enumerate(record["events"], 1):
        assert f'id="event-{n}"' in html
        for line in event["explanation"]:
            assert line.replace("'", "&#39;").replace('"', "&#34;").replace(">", "&gt;") in html
    assert "Who says so:" in html and "Source chain:" in html


def test_the_event_table_links_each_row_to_its_evidence(client):
    html = client.get("/events", params={"country": "KOR"}).text
    total = client.get("/api/events", params={"country": "KOR"}).json()["total"]
    assert html.count('class="event-row"') == total
    links = re.findall(r'href="/articles/(\d+)#event-(\d+)"', html)
    assert len(links) == total
    assert 'id="export-csv" href="/api/events?country=KOR&amp;format=csv' in html


def test_the_event_table_keeps_its_filters_in_the_form_and_the_pager(client):
    html = client.get("/events", params={"modality": "asserted", "limit": 5}).text
    assert '<option value="asserted" selected>' in html
    assert re.search(r'rel="next" href="/events\?modality=asserted&amp;limit=5&amp;offset=5"', html)


def test_the_timeline_is_drawn_as_svg_on_the_server(client):
    html = client.get("/timeline", params={"interval": "month"}).text
    by_modality = client.get("/api/timeseries", params={"by": "modality"}).json()
    bars = re.findall(r'<rect class="bar"[^>]*data-key="(\w+)"[^>]*data-count="(\d+)"', html)
    counted = {}
    for key, n in bars:
        counted[key] = counted.get(key, 0) + int(n)
    assert {k: v for k, v in counted.items() if k in ("asserted", "alleged", "denied", "planned")} == {
        s["key"]: s["total"] for s in by_modality["series"]}
    assert "<script" not in html


def test_the_network_page_loads_the_bundled_script_and_lists_edges(client):
    html = client.get("/network").text
    assert '<script src="/static/vendor/cytoscape-3.34.4.min.js"></script>' in html
    edges = client.get("/api/network").json()["edges"]
    assert html.count('<tr><td>') >= len(edges)
    assert re.search(r'href="/events\?source=sugiono&amp;target=cho-hyun"', html)


def test_the_map_page_lists_places_and_points_at_the_bundled_world(client):
    html = client.get("/map").text
    assert 'data-world="/static/vendor/world-atlas-2.0.2-countries-110m.json"' in html
    assert client.get("/static/vendor/world-atlas-2.0.2-countries-110m.json").json()["type"] == "Topology"
    assert ">Seoul</a>" in html


def test_the_actor_page_shows_roles_events_and_quotes(client):
    html = client.get("/actors/sugiono").text
    assert "Menteri Luar Negeri" in html and "2024-10-21" in html
    assert 'id="as-source"' in html and 'id="actor-quotes"' in html
    assert "<blockquote>" in html


def test_actor_links_round_trip_through_the_url(client):
    html = client.get("/actors").text
    for href in re.findall(r'href="(/actors/[^"]+)"', html)[:20]:
        assert client.get(unquote(href.replace("&amp;", "&"))).status_code == 200, href


def test_static_vendor_files_are_bundled_and_documented(client):
    from peristiwa.web.app import package_path

    vendor = package_path("static/vendor")
    readme = (vendor / "README.md").read_text()
    files = [p.name for p in vendor.iterdir() if p.is_file() and p.name != "README.md"]
    assert files
    for name in files:
        assert re.search(r"\d+\.\d+\.\d+", name), f"{name} has no version in its name"
        assert f"`{name}`" in readme
        assert client.get(f"/static/vendor/{name}").status_code == 200


def test_no_page_refers_to_another_host(client):
    for page in ["/", "/events", "/timeline", "/network", "/map", "/actors/sugiono", "/articles/1", "/ingest"]:
        html = client.get(page).text
        assert not re.search(r'(src|href)="(https?:)?//', html.replace('href="https://', "")), page
