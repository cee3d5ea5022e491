"""End to end in headless Chromium (Debian's, driven by Playwright) against ``peristiwa serve`` on loopback.

Each page is checked as a person would use it, with a screenshot in test-artifacts/; every test also
checks that the page made no request to another host, raised no dialog and logged no error (a script
or style refused by the Content-Security-Policy is logged as an error, so this proves the bundles work
under ``script-src 'self'``). Skipped only when Chromium is missing or cannot start.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from tests.web.conftest import HOSTILE, TOKEN

pytestmark = pytest.mark.browser
CHROMIUM = os.environ.get("PERISTIWA_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def browser() -> Iterator:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as p:
        try:
            launched = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        except Exception as exc:  # the binary is there but cannot start here
            pytest.skip(f"Chromium at {CHROMIUM} does not start: {exc}")
        yield launched
        launched.close()


@dataclass
class Watch:
    """What a page did besides drawing itself."""

    base: str
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        foreign = [u for u in self.requests if not u.startswith((self.base, "data:", "about:"))]
        assert not foreign, f"requests to other hosts: {foreign}"
        assert not self.dialogs, f"dialogs: {self.dialogs}"
        assert not self.errors, f"console errors: {self.errors}"


@pytest.fixture
def page(browser, live_server, artifacts, request):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    tab = context.new_page()
    watch = Watch(live_server)
    tab.on("request", lambda r: watch.requests.append(r.url))
    tab.on("console", lambda m: watch.errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: watch.errors.append(str(e)))

    def on_dialog(dialog):
        watch.dialogs.append(dialog.message)
        dialog.dismiss()

    tab.on("dialog", on_dialog)
    tab.watch = watch
    tab.base = live_server
    yield tab
    tab.screenshot(path=str(artifacts / f"{request.node.name}.png"), full_page=True)
    context.close()


def test_search_finds_articles_events_and_actors(page):
    page.goto(page.base + "/")
    page.fill("form.big-search input[name=q]", "Sugiono")
    page.click("form.big-search button")
    page.wait_for_url(re.compile(r"/search\?q=Sugiono"))
    assert page.locator("#results-articles ol.results li a.title").count() >= 1
    assert page.locator("#results-actors a", has_text="Sugiono").count() >= 1
    assert page.locator("#results-events tr.event-row").count() >= 1
    page.watch.assert_clean()


def test_an_article_shows_a_highlighted_speaker_and_event(page):
    page.goto(page.base + "/search?q=Sugiono+Seoul")
    page.locator("#results-articles a.title").first.click()
    page.wait_for_url(re.compile(r"/articles/\d+$"))
    speaker = page.locator("#article-body .hl-speaker").first
    assert speaker.is_visible()
    assert "speaker of quote" in speaker.get_attribute("title")
    evidence = page.locator("#article-body .hl-event.hl-trigger").first
    assert evidence.is_visible()
    card = page.locator("#event-1")
    assert card.is_visible() and card.locator(".explanation li").count() >= 1
    assert page.locator("#quotes .chain").first.inner_text().startswith("Source chain:")
    page.watch.assert_clean()


def test_the_event_table_filters_and_exports(page):
    page.goto(page.base + "/events")
    page.select_option("#filters select[name=type]", "CONSULT")
    page.select_option("#filters select[name=modality]", "asserted")
    page.click("#filters button[type=submit]")
    page.wait_for_url(re.compile(r"type=CONSULT"))
    rows = page.locator("tr.event-row")
    api = httpx.get(page.base + "/api/events", params={"type": "CONSULT", "modality": "asserted"}).json()
    assert rows.count() == api["total"] > 0
    assert set(page.locator("tr.event-row .etype").all_inner_texts()) == {"CONSULT"}
    export = page.locator("#export-csv").get_attribute("href")
    csv_text = httpx.get(page.base + export).text
    assert csv_text.count("\n") == api["total"] + 1 and "CONSULT" in csv_text
    page.watch.assert_clean()


def test_the_network_is_drawn_and_a_node_opens_the_actor(page, artifacts):
    page.goto(page.base + "/network")
    page.wait_for_selector("#network[data-ready=true]", timeout=20_000)
    graph = httpx.get(page.base + "/api/network").json()
    box = page.locator("#network")
    assert int(box.get_attribute("data-nodes")) == len(graph["nodes"]) > 0
    assert int(box.get_attribute("data-edges")) == len(graph["edges"])
    assert page.locator("#network canvas").count() >= 1
    page.screenshot(path=str(artifacts / "network-drawn.png"))
    page.evaluate("window.peristiwaNetwork.getElementById('sugiono').emit('tap')")
    page.wait_for_url(re.compile(r"/actors/sugiono$"))
    assert "Menteri Luar Negeri" in page.locator("#roles").inner_text()
    page.watch.assert_clean()


def test_the_map_draws_the_world_and_event_places(page, artifacts):
    page.goto(page.base + "/map")
    page.wait_for_selector("svg#map[data-ready=true]", timeout=20_000)
    places = httpx.get(page.base + "/api/places").json()["places"]
    assert page.locator("svg#map path.country").count() >= 170
    assert page.locator("svg#map circle.place").count() == len(places) > 0
    seoul = page.locator("svg#map circle.place[data-place=Seoul]")
    cx, cy = float(seoul.get_attribute("cx")), float(seoul.get_attribute("cy"))
    assert (cx, cy) == (pytest.approx((126.978 + 180) / 360 * 960, abs=0.1), pytest.approx((90 - 37.5665) / 180 * 480,
                                                                                          abs=0.1))
    page.screenshot(path=str(artifacts / "map-drawn.png"))
    seoul.click()
    page.wait_for_url(re.compile(r"/events\?place=Seoul"))
    assert page.locator("tr.event-row").count() == next(p["events"] for p in places if p["place"] == "Seoul")
    page.watch.assert_clean()


def test_the_timeline_draws_bars(page):
    page.goto(page.base + "/timeline?interval=month")
    assert page.locator("#by-modality rect.bar").count() > 0
    assert page.locator("#by-type rect.bar").count() > 0
    page.watch.assert_clean()


def test_hostile_article_text_never_runs(page):
    found = httpx.get(page.base + "/api/articles", params={"q": "xss"}).json()["items"]
    (article,) = [a for a in found if a["doc_id"] == HOSTILE["id"]]
    for path in (f"/articles/{article['id']}", "/articles", "/search?q=xss", "/events", "/"):
        page.goto(page.base + path)
        injected = page.evaluate("""() => ({
            scripts: [...document.scripts].filter(s => !s.src).length,
            images: document.querySelectorAll('img, iframe, object, embed').length,
            handlers: [...document.querySelectorAll('*')].filter(
                el => [...el.attributes].some(a => a.name.startsWith('on'))).length,
            jsLinks: [...document.querySelectorAll('a[href]')].filter(
                a => a.getAttribute('href').trim().toLowerCase().startsWith('javascript:')).length,
        })""")
        assert injected == {"scripts": 0, "images": 0, "handlers": 0, "jsLinks": 0}, path
    page.goto(page.base + f"/articles/{article['id']}")
    body = page.locator("#article-body").inner_text()
    assert "<script>alert('xss')</script>" in body  # shown to the reader, as text
    assert HOSTILE["title"] in page.locator("h1").inner_text()
    # And the policy itself: a script injected inline at run time is refused by the browser.
    page.evaluate("""() => { const s = document.createElement('script');
                             s.textContent = 'window.__ran = true'; document.body.appendChild(s); }""")
    assert page.evaluate("window.__ran === undefined")
    assert not page.watch.dialogs
    page.watch.errors = [e for e in page.watch.errors if "Content Security Policy" not in e]  # the refusal above
    page.watch.assert_clean()


def test_the_ingest_form_stores_an_article(page):
    page.goto(page.base + "/ingest")
    page.fill("input[name=token]", TOKEN)
    page.fill("input[name=title]", "Uji ingest dari peramban")
    page.fill("textarea[name=text]", "JAKARTA, ANTARA - Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia "
                                     "Anwar Ibrahim di Istana Merdeka, Jakarta, Senin (2/3/2026).")
    page.click("#ingest-form button[type=submit]")
    link = page.locator("#ingest-result a").first
    link.wait_for(timeout=30_000)
    assert link.inner_text().startswith("stored: Uji ingest dari peramban")
    link.click()
    page.wait_for_url(re.compile(r"/articles/\d+$"))
    assert "Anwar Ibrahim" in page.locator("#article-body").inner_text()
    page.watch.assert_clean()
