#!/usr/bin/env python
"""Benchmark of the web API: p50/p95 latency of the event list, the time series and the article search over HTTP.

A SQLite database of ``--events`` synthetic coded events (default 120,000, in ``--events / 5`` articles)
is bulk-loaded through the store's tables (``bench_store.fill_events``); with ``--pg URL`` a PostgreSQL
database too (a scratch one: the benchmark empties it and fills it the same way), measured after SQLite
(``--pg-only`` skips SQLite). The app is served by uvicorn
(one worker) on 127.0.0.1, its process pinned to one core; a load generator in this process (pinned to
another core where there is one) sends a bounded number of requests per endpoint with ``httpx`` at
``--concurrency`` requests in flight, after a warm-up, and reports the 50th and 95th percentiles of the
response times it saw (connection set-up included only for the first request of each connection). The
goal is p95 < 100 ms at concurrency 1; at higher concurrency the figures include queueing on the one core.

Loopback only; every loop is bounded in count and the server is stopped at the end.

    python bench/bench_web.py [--events 120000] [--requests 200] [--concurrency 1 4] [--pg URL [--pg-only]]
                              [--sqlite FILE] [--reuse] [--only WORD …] [--json out.json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_store import _reset_pg, fill_events

from peristiwa.store import Store

ENDPOINTS = {
    "events: first page": "/api/events",
    "events: country IDN, one month": "/api/events?country=IDN&date_from=2025-03-01&date_to=2025-03-31",
    "events: PROTEST asserted": "/api/events?type=PROTEST&modality=asserted",
    "events: actor 'Sugiono'": "/api/events?actor=Sugiono",
    "events: page 21 (offset 1000)": "/api/events?offset=1000",
    "events: min 2 sources, one quarter": "/api/events?min_sources=2&date_from=2025-01-01&date_to=2025-03-31",
    "timeseries: type by month": "/api/timeseries?by=type&interval=month",
    "timeseries: modality by week": "/api/timeseries?by=modality&interval=week",
    "timeseries: type by day, one half-year": "/api/timeseries?by=type&interval=day&date_from=2025-01-01"
                                              "&date_to=2025-06-30",
    "timeseries: modality by month, country CHN": "/api/timeseries?by=modality&interval=month&country=CHN",
    "articles: newest first": "/api/articles",
    "articles: search 'menteri luar negeri'": "/api/articles?q=menteri+luar+negeri",
    "articles: search 'jakarta', page 11 (offset 500)": "/api/articles?q=jakarta&offset=500",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cores() -> tuple[set[int] | None, set[int] | None]:
    """The server's core and the load generator's (another one where the machine has two)."""
    if not hasattr(os, "sched_getaffinity"):
        return None, None
    available = sorted(os.sched_getaffinity(0))
    return {available[0]}, {available[-1]} if len(available) > 1 else {available[0]}


def start_server(url: str, port: int, cpu: set[int] | None) -> subprocess.Popen:
    code = ("import uvicorn; from peristiwa.web import create_app; "
            f"uvicorn.run(create_app({url!r}), host='127.0.0.1', port={port}, log_level='warning', access_log=False)")
    proc = subprocess.Popen([sys.executable, "-c", code],
                            preexec_fn=(lambda: os.sched_setaffinity(0, cpu)) if cpu else None)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/overview", timeout=5).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("the server did not start")


async def measure(base: str, path: str, requests: int, concurrency: int) -> dict[str, float]:
    """Send ``requests`` GETs of ``path`` with ``concurrency`` in flight; latency percentiles in ms."""
    times: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        for _ in range(3):  # warm-up: connections, caches
            (await client.get(path)).raise_for_status()
        queue = iter(range(requests))

        async def worker() -> None:
            nonlocal errors
            for _ in queue:
                t0 = time.perf_counter()
                r = await client.get(path)
                times.append(1000 * (time.perf_counter() - t0))
                errors += r.status_code != 200

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = time.perf_counter() - t0
    times.sort()
    return {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1),
            "max_ms": round(times[-1], 1), "requests_per_second": round(requests / wall, 1), "errors": errors}


def bench_backend(url: str, args: argparse.Namespace, endpoints: dict[str, str], server_cpu: set[int] | None) -> dict:
    """Fill the database at ``url``, serve it, and measure every endpoint at every concurrency."""
    results: dict = {"latency": {}}
    filled = None
    if args.reuse:
        with Store.open(url) as store:
            filled = store.counts()
    if filled and filled["events"]:
        results["database"] = {"articles": filled["articles"], "events": filled["events"], "reused": True}
    else:
        if url.startswith("postgresql"):
            _reset_pg(url)
        t0 = time.perf_counter()
        with Store.open(url) as store:
            results["database"] = fill_events(store, args.events, args.seed, analyze=args.analyze)
        results["database"]["analyze"] = args.analyze or url.startswith("postgresql")
        results["database"]["load_seconds"] = round(time.perf_counter() - t0, 1)
    print(f"database: {results['database']}", flush=True)
    port = free_port()
    server = start_server(url, port, server_cpu)
    try:
        base = f"http://127.0.0.1:{port}"
        for concurrency in args.concurrency:
            figures = results["latency"][f"concurrency {concurrency}"] = {}
            print(f"\nconcurrency {concurrency}: {'endpoint':<50} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} "
                  f"{'req/s':>7}", flush=True)
            for name, path in endpoints.items():
                row = asyncio.run(measure(base, path, args.requests, concurrency))
                figures[name] = row
                flag = "" if row["p95_ms"] < 100 or concurrency > 1 else "  (over the 100 ms goal)"
                print(f"{'':15}{name:<50} {row['p50_ms']:>8} {row['p95_ms']:>8} {row['max_ms']:>8} "
                      f"{row['requests_per_second']:>7}{flag}", flush=True)
                if row["errors"]:
                    print(f"{'':15}  {row['errors']} non-200 responses", flush=True)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    return results


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=120_000, help="synthetic events in the database (default 120,000)")
    ap.add_argument("--requests", type=int, default=200, help="requests per endpoint and concurrency (default 200)")
    ap.add_argument("--concurrency", type=int, nargs="+", default=[1, 4], help="requests in flight (default 1 4)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--analyze", action="store_true",
                    help="run ANALYZE on the scratch database: measure with SQLite's planner statistics, which a "
                         "store made by `peristiwa ingest` does not have")
    ap.add_argument("--pg", metavar="URL", help="also measure this PostgreSQL database (a scratch one: it is emptied)")
    ap.add_argument("--pg-only", action="store_true", help="with --pg: measure PostgreSQL alone")
    ap.add_argument("--sqlite", metavar="FILE", help="the SQLite database file (default: a temporary one)")
    ap.add_argument("--reuse", action="store_true",
                    help="measure a database that already holds events as it is (--sqlite FILE, --pg URL), "
                         "instead of emptying and filling it: for comparing versions of the code on the same data")
    ap.add_argument("--only", nargs="+", metavar="WORD", help="only the endpoints whose name holds one of these words")
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = ap.parse_args(argv)
    if args.events < 1 or args.requests < 1 or min(args.concurrency) < 1 or args.requests > 100_000:
        ap.error("--events, --requests and --concurrency must be positive (and --requests at most 100,000)")
    if args.pg_only and not args.pg:
        ap.error("--pg-only needs --pg URL")

    server_cpu, client_cpu = cores()
    results: dict = {"python": platform.python_version(), "machine": platform.machine(),
                     "server_cpu": sorted(server_cpu) if server_cpu else "not pinned",
                     "load_generator_cpu": sorted(client_cpu) if client_cpu else "not pinned",
                     "events": args.events, "requests_per_endpoint": args.requests}
    if client_cpu:
        os.sched_setaffinity(0, client_cpu)
    endpoints = {name: path for name, path in ENDPOINTS.items()
                 if not args.only or any(word.lower() in name.lower() for word in args.only)}
    with tempfile.TemporaryDirectory(prefix="peristiwa-bench-web-") as tmp:
        sqlite_file = Path(args.sqlite) if args.sqlite else Path(tmp) / "events.db"
        targets = {} if args.pg_only else {"sqlite": f"sqlite:///{sqlite_file}"}
        if args.pg:
            targets["postgresql"] = args.pg
        for backend, url in targets.items():
            print(f"\n{backend}", flush=True)
            results[backend] = bench_backend(url, args, endpoints, server_cpu)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
