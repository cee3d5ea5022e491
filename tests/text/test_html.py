"""HTML pages: main text and metadata through trafilatura, then the same cleaning as text."""

from __future__ import annotations

import pytest

from peristiwa.inputs import read_inputs
from peristiwa.pipeline import extract


def _article(path):
    (doc,) = list(read_inputs([str(path)]))
    return extract(doc)


@pytest.mark.parametrize("name", ["berita-gempa.html", "berita-ekonomi.html"])
def test_sample_pages(samples_dir, name):
    article = _article(samples_dir / "html" / name)
    assert article.source_format == "html"
    assert article.title and article.published_date and article.language == "id"
    assert len(article.sentences) >= 5
    # Navigation, sidebars, ads and the footer stay out of the body.
    for furniture in ("Terpopuler", "©", "Hak Cipta", "ADVERTISEMENT"):
        assert furniture not in article.text


def test_cp1252_page_keeps_its_typography(samples_dir):
    raw = (samples_dir / "html" / "berita-ekonomi.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    article = _article(samples_dir / "html" / "berita-ekonomi.html")
    assert "“" in article.text or "”" in article.text
    assert "\ufffd" not in article.text


def test_metadata_from_the_page(tmp_path):
    page = """<!DOCTYPE html><html lang="id"><head><title>Banjir Rendam Ratusan Rumah</title>
    <meta property="og:title" content="Banjir Rendam Ratusan Rumah di Bekasi">
    <meta name="author" content="Rudi Hartono">
    <meta property="article:published_time" content="2025-02-14T08:30:00+07:00"></head>
    <body><nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a></nav>
    <article><h1>Banjir Rendam Ratusan Rumah di Bekasi</h1>
    <p>BEKASI, KOMPAS.com - Banjir merendam sedikitnya 350 rumah di Kecamatan Bekasi Timur sejak Kamis dini hari.
    Air mulai naik setelah hujan deras mengguyur kawasan itu selama lebih dari enam jam.</p>
    <p>Badan Penanggulangan Bencana Daerah mencatat 1.200 warga mengungsi ke masjid dan balai warga terdekat.
    Petugas mendirikan dapur umum dan membagikan makanan kepada pengungsi.</p>
    <p>Baca juga: Hujan Deras, Sejumlah Ruas Jalan di Bekasi Tergenang</p>
    <p>Wali kota meminta warga di bantaran kali tetap waspada karena hujan diperkirakan turun hingga pekan depan.</p>
    </article><footer>Hak Cipta 2025</footer></body></html>"""
    path = tmp_path / "banjir.html"
    path.write_text(page, encoding="utf-8")
    article = _article(path)
    assert article.title.startswith("Banjir Rendam Ratusan Rumah")
    assert article.authors == ["Rudi Hartono"]
    assert article.published_date == "2025-02-14"
    assert article.dateline.place == "Bekasi"
    assert [(a.value, a.object) for a in article.amounts][:2] == [(350, "rumah"), (6, "jam")]
    assert "Baca juga" not in article.text


def test_page_without_article_is_reported(tmp_path):
    path = tmp_path / "kosong.html"
    path.write_text("<html><head><title>Kosong</title></head><body><nav>Menu</nav></body></html>", encoding="utf-8")
    (doc,) = list(read_inputs([str(path)]))
    from peristiwa.pipeline import DocumentError

    with pytest.raises(DocumentError):
        extract(doc)
