"""Fixtures for the ingestion tests: Indonesian pages written for these tests, and a local web server.

The server listens on 127.0.0.1 only, on a port the OS picks, and stops at the end of the session;
no test touches any other address.
"""

from __future__ import annotations

import contextlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

# Short news stories written for these tests (fictional events), each long enough to be an article.
STORIES = {
    "banjir": (
        "Banjir Rendam Ratusan Rumah di Bekasi",
        "BEKASI, KOMPAS.example - Banjir setinggi satu meter merendam sedikitnya 350 rumah di Kecamatan "
        "Rawalumbu, Kota Bekasi, Jawa Barat, pada Selasa (4/11/2025) dini hari.\n\n"
        "Kepala Badan Penanggulangan Bencana Daerah (BPBD) Kota Bekasi mengatakan air mulai naik sejak "
        "pukul 02.00 WIB setelah hujan deras mengguyur wilayah itu selama enam jam.\n\n"
        "Sebanyak 120 warga mengungsi ke masjid dan balai warga terdekat. Petugas membagikan makanan siap "
        "saji dan selimut kepada para pengungsi.",
    ),
    "demo": (
        "Mahasiswa Berunjuk Rasa di Depan Gedung DPRD Jawa Tengah",
        "SEMARANG, ANTARA.example - Ratusan mahasiswa dari berbagai kampus menggelar unjuk rasa di depan "
        "Gedung DPRD Jawa Tengah, Semarang, pada Senin (3/11/2025).\n\n"
        "Mereka menolak rencana kenaikan biaya kuliah yang dinilai memberatkan keluarga berpenghasilan "
        "rendah. Aksi berlangsung tertib dan dijaga sekitar 200 personel polisi.\n\n"
        "Perwakilan mahasiswa kemudian diterima oleh anggota dewan untuk beraudiensi selama satu jam.",
    ),
    "menlu": (
        "Menlu Bertemu Mitranya dari Malaysia di Jakarta",
        "JAKARTA, DETIK.example - Menteri Luar Negeri Indonesia bertemu Menteri Luar Negeri Malaysia di "
        "Jakarta pada Rabu (5/11/2025) untuk membahas perlindungan pekerja migran.\n\n"
        "Kedua menteri sepakat mempercepat perundingan nota kesepahaman yang baru, kata juru bicara "
        "Kementerian Luar Negeri dalam keterangan tertulis.\n\n"
        "Pertemuan itu berlangsung sekitar dua jam dan ditutup dengan makan siang bersama.",
    ),
}


def page_html(key: str, *, published: str | None = "2025-11-04T08:20:00+07:00", author: str | None = None) -> str:
    """A news page for one of the stories, with navigation and footer around the article."""
    title, body = STORIES[key]
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    if author:
        meta += f'<meta name="author" content="{author}">'
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (f"<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>{title}</title>{meta}</head>"
            "<body><nav><a href='/'>Beranda</a> <a href='/nasional'>Nasional</a></nav>"
            f"<article><h1>{title}</h1>{paras}</article><footer>Hak Cipta 2025</footer></body></html>")


class Site:
    """A web server on 127.0.0.1 (port chosen by the OS) serving ``routes``.

    ``routes`` maps a path to ``(status, content type, body)`` (for 301/302 the body is the Location);
    ``slow`` maps a path to seconds to wait before answering; paths in ``no_length`` are sent without
    Content-Length. ``log`` records (path, User-Agent, time) of every request.
    """

    def __init__(self, routes: dict[str, tuple[int, str, bytes]]):
        self.routes = routes
        self.slow: dict[str, float] = {}
        self.no_length: set[str] = set()
        self.log: list[tuple[str, str | None, float]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def do_GET(self):
                site.log.append((self.path, self.headers.get("User-Agent"), time.monotonic()))
                if self.path in site.slow:
                    time.sleep(site.slow[self.path])
                status, ctype, body = site.routes.get(self.path, (404, "text/plain", b"tidak ada"))
                self.send_response(status)
                if status in (301, 302):
                    self.send_header("Location", body.decode())
                    body = b""
                self.send_header("Content-Type", ctype)
                if self.path not in site.no_length:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()
        host, port = self.server.server_address[:2]
        self.base = f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def requests(self, path: str) -> list[tuple[str, str | None, float]]:
        return [entry for entry in self.log if entry[0] == path]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def serve():
    """``serve(routes) -> Site``: start a local web server for this test; all are stopped after it."""
    sites: list[Site] = []

    def start(routes: dict[str, tuple[int, str, bytes]]) -> Site:
        sites.append(Site(routes))
        return sites[-1]

    yield start
    for site in sites:
        site.close()
