#!/usr/bin/env python
"""Benchmark of the store: ingest speed from JSON Lines, and query latency on a large event table.

Two figures for ingest, on one core (the process is pinned where the OS allows), into a new SQLite file:

* "extract+store": ``ingest()`` of raw JSON Lines (id, url, outlet, title, published, text): the whole
  pipeline, dedup signature and database writes, as ``peristiwa ingest corpus.jsonl`` does;
* "store only": ``ingest(extracted=True)`` of the same articles already extracted (the JSON Lines that
  ``peristiwa extract`` writes): parsing, dedup signature and database writes.

Each is given per wall-clock second and per CPU second of the benchmark process: on a shared machine the
second is the steadier figure (for PostgreSQL it leaves out the server's own work).

With ``--workers N`` (N > 1), also "extract+store with N workers": ``ingest(workers=N)``, the costly stages in
N worker processes and the writes in this one, in articles per wall-clock second over all the CPUs this
process may use (the pinning is lifted for it), and its speed-up over the single process's wall-clock figure.

Then where the CPU time of an article goes (``cpu_ms_per_article``): extraction, turning it into rows
(``prepare``) and writing them (``write``), measured one after the other on the same articles.

Then query latency: a database of ``--events`` synthetic coded events (default 120,000) in
``--events / 5`` articles, bulk-loaded through the store's tables (FTS index included), and the typical
filters of ``Store.query_events`` and ``Store.search_articles`` timed: median and 95th percentile of
``--repeat`` runs after one warm-up run.

Beside the ingest figures, ``reference_ms``: the CPU time of a fixed workload of plain Python, measured before and
after them (bench_extract.reference_ms says what it tells of a run on a shared machine, and what it does not).

The corpus is generated, not downloaded (see bench_extract.py). PostgreSQL is measured too with
``--pg postgresql://…`` (a database that the benchmark may fill; use a scratch one).

Each ingest figure is the median of ``--ingest-runs`` runs (default 3), each into a new database, with the
best run's CPU figure beside it (see ``_runs``), after a warm-up that loads the store's modules and the
pipeline's data files (a one-off cost of about a second).

    python bench/bench_store.py [--articles 1000] [--events 120000] [--repeat 20] [--ingest-runs 3] [--pg URL]
                                [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import generate_corpus, load_samples, pin_one_core, reference_ms

from peristiwa import RawDocument, _compiled, dedup, extract
from peristiwa.store import Store, happenings, ingest
from peristiwa.store.batch import add_search_terms
from peristiwa.store.schema import articles, events

COUNTRIES = ["IDN"] * 8 + ["MYS", "SGP", "CHN", "USA", "AUS", "KOR", "JPN", "RUS", "UKR", "PSE", "ISR", "IRN",
                           "PRK", "PHL", "THA", "VNM", "IND", "SAU", "IGO:UN", "IGO:ASEAN"]
TYPES = ["CONSULT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
         "MOBILIZE", "COERCE", "ASSAULT", "AGREE", "SUPPORT", "CONCEDE", "RETREAT"]
MODALITIES = ["asserted"] * 7 + ["alleged", "alleged", "denied", "planned"]
OUTLETS = ["Kompas.com", "detikNews", "Tempo.co", "ANTARA", "CNN Indonesia", "Republika", "Tribunnews.com",
           "Liputan6.com", "Okezone", "Suara.com", "JPNN.com", "merdeka.com", "Kontan", "Bisnis.com", "iNews"]
NAMES = ["Sugiono", "Prabowo Subianto", "Sri Mulyani", "Listyo Sigit Prabowo", "Anwar Ibrahim", "Xi Jinping",
         "Cho Hyun", "Antonio Guterres", "Kementerian Luar Negeri", "TNI", "Polri", "KPK", "DPR", "Bakamla",
         "Pemerintah Malaysia", "Coast Guard China", "Hamas", "Israel", "Rusia", "Ukraina"]


def write_jsonl(path: Path, rows) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def _timed_ingest(url: str, path: Path, n: int, **options) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds of this process, near-duplicates) for one ingest into a new database."""
    with Store.open(url) as store:
        ingest(iter([]), store)  # warm-up: migrations done, store modules loaded
        warm_up = extract(RawDocument(id="warm-up", text=load_samples()[0]["text"]), time_limit=None)  # data files
        dedup.signature(warm_up.text)  # and the near-duplicate machinery
        wall, cpu = time.perf_counter(), time.process_time()
        summary = ingest([path], store, **options)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        assert summary.stored == n, summary.to_dict()
        return wall, cpu, summary.duplicates


def _runs(runs: int, fresh_url, path: Path, n: int, **options) -> tuple[float, float, float, int]:
    """The median wall seconds, the median and the least CPU seconds of ``runs`` ingests, each into a new
    database (``fresh_url()``), and the near-duplicates found.

    The least CPU time is reported beside the median because on a shared machine other processes only ever
    slow a run down (caches and memory bandwidth are shared even when a core is not): of the same code, runs
    back to back here ranged over ±20%. The least is the figure closest to the code's own cost, as
    ``timeit`` takes the least of its repeats; the median is what a run on a busy machine may give."""
    timings = [_timed_ingest(fresh_url(), path, n, **options) for _ in range(runs)]
    return (statistics.median(t[0] for t in timings), statistics.median(t[1] for t in timings),
            min(t[1] for t in timings), timings[0][2])


def bench_ingest(fresh_url, corpus: Path, n: int, runs: int = 1) -> dict[str, float]:
    wall, cpu, least, _ = _runs(runs, fresh_url, corpus, n)
    return {"extract_store_articles_per_second": round(n / wall, 1),
            "extract_store_articles_per_cpu_second": round(n / cpu, 1),
            "extract_store_articles_per_cpu_second_best_run": round(n / least, 1)}


def bench_workers(fresh_url, corpus: Path, n: int, workers: int, single_wall_rate: float,
                  runs: int = 1) -> dict[str, float]:
    """Ingest with ``workers`` worker processes, on every CPU this process may use (then pinned again)."""
    pinned = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    if pinned is not None:
        os.sched_setaffinity(0, ALLOWED_CPUS)
    try:
        wall, _, _, _ = _runs(runs, fresh_url, corpus, n, workers=workers)
    finally:
        if pinned is not None:
            os.sched_setaffinity(0, pinned)
    return {"workers": workers, "cpus": len(ALLOWED_CPUS) if pinned is not None else None,
            "extract_store_with_workers_articles_per_second": round(n / wall, 1),
            "speed_up_over_one_process": round(n / wall / single_wall_rate, 2)}


# The CPUs the benchmark may use, read before it pins itself to one.
ALLOWED_CPUS = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else set()


def bench_store_only(fresh_url, records: Path, n: int, runs: int = 1) -> dict[str, float]:
    wall, cpu, least, duplicates = _runs(runs, fresh_url, records, n, extracted=True)
    return {"store_only_articles_per_second": round(n / wall, 1),
            "store_only_articles_per_cpu_second": round(n / cpu, 1),
            "store_only_articles_per_cpu_second_best_run": round(n / least, 1), "near_duplicates_found": duplicates}


def bench_parts(fresh_url, docs: list[RawDocument], batch: int = 200) -> dict[str, float]:
    """Where an article's ingest goes, in CPU milliseconds per article: the pipeline (``extract``), turning the
    article into rows (``prepare``: record JSON, content hash, MinHash) and writing them (``add_articles``:
    the database's own work, full-text index and commit included, and the garbage collection that ingest
    makes after each batch), batch by batch as ingest does (so that no more articles are held at once than
    there). The three add up to a little less than an ingest: reading the input and the run's bookkeeping
    are left out."""
    import gc

    from peristiwa.store.batch import prepare
    from peristiwa.store.ingest import collections_between_batches

    cpu = time.process_time
    spent = {"extract": 0.0, "prepare": 0.0, "write": 0.0}
    # with the garbage collector as ingest runs it: off while a batch is made, a collection after its write
    with Store.open(fresh_url()) as store, collections_between_batches():
        ingest(iter([]), store)
        for start in range(0, len(docs), batch):
            t0 = cpu()
            extracted = [extract(d, time_limit=None) for d in docs[start : start + batch]]
            for article in extracted:
                article.url = f"https://bench.example.id/{article.id}"
            t1 = cpu()
            prepared = [prepare(article) for article in extracted]
            t2 = cpu()
            with store.writer() as conn:
                store.add_articles(prepared, conn=conn, count=False)
            del extracted, prepared
            gc.collect(1)
            t3 = cpu()
            spent["extract"] += t1 - t0
            spent["prepare"] += t2 - t1
            spent["write"] += t3 - t2
    return {part: round(1000 * seconds / len(docs), 3) for part, seconds in spent.items()}


def fill_events(store: Store, n_events: int, seed: int, *, analyze: bool = False) -> dict[str, int]:
    """Bulk-load synthetic articles and events through the Core tables: about five events an article, over two
    years, told as happenings that one to eight outlets report (so source counts mean something), with one
    article in ten a syndicated copy of an earlier one.

    Planner statistics: PostgreSQL gets ANALYZE, as its autovacuum would soon give it. SQLite gets it only
    with ``analyze``: nothing in peristiwa runs ANALYZE, so a store made by ``peristiwa ingest`` has no
    statistics, and that is what is measured by default."""
    rng = random.Random(seed)
    words = " ".join(s["text"] for s in load_samples()).split()
    n_articles = max(1, n_events // 5)
    n_days = 730
    start = date(2024, 1, 1)
    now = datetime.now(UTC)
    article_rows: list[dict] = []
    by_day: dict[date, list[dict]] = {}
    for i in range(1, n_articles + 1):
        day = start + timedelta(days=rng.randrange(n_days))
        outlet = rng.choice(OUTLETS)
        pos = rng.randrange(len(words) - 120)
        text = " ".join(words[pos : pos + rng.randint(60, 120)])
        copy_of = rng.randrange(1, i) if i > 10 and rng.random() < 0.1 else None
        origin = article_rows[copy_of - 1]["origin"] if copy_of else outlet.lower()
        row = {
            "id": i, "content_hash": f"{i:064x}", "doc_id": f"syn-{i}", "url": f"https://bench.example.id/{i}",
            "outlet": outlet, "title": f"Berita sintetis {i}", "published": day.isoformat(), "published_date": day,
            "language": "id", "text": text, "record": {"id": f"syn-{i}"}, "cluster_id": None, "story_id": copy_of,
            "origin": origin, "run_id": None, "added": now,
        }
        article_rows.append(row)
        by_day.setdefault(day, []).append(row)
    days = sorted(by_day)
    seqs: dict[int, int] = {}
    event_rows: list[dict] = []
    while len(event_rows) < n_events:
        day = rng.choice(days)
        src, tgt = rng.choice(COUNTRIES), rng.choice(COUNTRIES)
        sname, tname, etype = rng.choice(NAMES), rng.choice(NAMES), rng.choice(TYPES)
        reporters = by_day[day] + by_day.get(day + timedelta(days=1), [])
        for a in rng.sample(reporters, min(len(reporters), 1 + min(7, int(rng.expovariate(0.7))))):
            seq = seqs[a["id"]] = seqs.get(a["id"], -1) + 1
            event_rows.append({
                "article_id": a["id"], "seq": seq, "type": etype, "mode": None, "cameo": "000",
                "goldstein": rng.uniform(-10, 10), "quad": rng.randint(1, 4), "source_actor": src, "source_code": src,
                "source_name": sname, "source_entity": None, "target_actor": tgt, "target_code": tgt,
                "target_name": tname, "target_entity": None, "modality": rng.choice(MODALITIES), "negated": False,
                "conditional": False, "date": day.isoformat(), "day": day, "place": None, "start": 0, "end": 60,
                "trigger": None, "rule": "bench", "confidence": 0.5, "repeats": rng.choice([0, 0, 1, 2]),
                "story_id": a["story_id"] or a["id"], "origin": a["origin"], "record": {"type": "bench"},
            })
    event_rows = event_rows[:n_events]
    with store.writer() as conn:
        for i in range(0, len(article_rows), 2000):
            conn.execute(articles.insert(), article_rows[i : i + 2000])
        if store.dialect == "sqlite":  # the stored words, which the store's writer adds (search on SQLite)
            add_search_terms(conn, {w for row in article_rows for w in dedup.words(f"{row['title']} {row['text']}")})
        for i in range(0, len(event_rows), 5000):
            conn.execute(events.insert(), event_rows[i : i + 5000])
        happenings.refresh_all(conn)  # the stored source counts, which the store's writer keeps per article
    if store.dialect == "sqlite" and analyze:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    elif store.dialect == "postgresql":
        with store.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
    return {"articles": n_articles, "events": len(event_rows)}


QUERIES = {
    "country IDN, one month": lambda s: s.query_events(country="IDN", date_from="2025-03-01", date_to="2025-03-31"),
    "actor 'Sugiono'": lambda s: s.query_events(actor="Sugiono"),
    "type PROTEST asserted, one quarter": lambda s: s.query_events(type="PROTEST", modality="asserted",
                                                                   date_from="2025-01-01", date_to="2025-03-31"),
    "country CHN, min 3 sources": lambda s: s.query_events(country="CHN", min_sources=3),
    "type ASSAULT, most reported first": lambda s: s.query_events(type="ASSAULT", order="sources"),
    "one week, most reported first": lambda s: s.query_events(date_from="2025-06-01", date_to="2025-06-07",
                                                              order="sources"),
    "text 'Kementerian' + country MYS": lambda s: s.query_events(text="Kementerian", country="MYS"),
    "no filter, first page": lambda s: s.query_events(),
    "no filter, most reported first (whole table)": lambda s: s.query_events(order="sources"),
    "search_articles 'menteri luar negeri'": lambda s: s.search_articles("menteri luar negeri"),
}


def bench_queries(store: Store, repeat: int) -> dict[str, dict[str, float]]:
    out = {}
    for name, run in QUERIES.items():
        rows = run(store)  # warm-up (and a check that it returns something)
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            run(store)
            times.append(1000 * (time.perf_counter() - t0))
        times.sort()
        out[name] = {"median_ms": round(statistics.median(times), 1),
                     "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 1), "rows": len(rows)}
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000, help="articles for the ingest figures")
    ap.add_argument("--events", type=int, default=120_000, help="synthetic events for the query figures")
    ap.add_argument("--repeat", type=int, default=20, help="runs of each query")
    ap.add_argument("--ingest-runs", type=int, default=3, help="runs of each ingest figure (the median is given)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--pg", metavar="URL", help="also measure this PostgreSQL database (it gets filled)")
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    ap.add_argument("--cpu", type=int, help="pin to this CPU (default: the first one allowed)")
    ap.add_argument("--workers", type=int, default=1,
                    help="also measure ingest with this many worker processes (over all allowed CPUs)")
    ap.add_argument("--skip-ingest", action="store_true", help="only the query figures")
    ap.add_argument("--skip-queries", action="store_true", help="only the ingest figures")
    args = ap.parse_args(argv)

    if args.cpu is not None:
        os.sched_setaffinity(0, {args.cpu})
        pinning = f"pinned to CPU {args.cpu}"
    else:
        pinning = pin_one_core()
    results: dict = {"python": platform.python_version(), "compiled": _compiled.summary(),
                     "python_executable": os.path.realpath(sys.executable),
                     "machine": platform.machine(), "cpu": pinning,
                     "sqlalchemy": sa.__version__, "dedup": dedup.PARAMETERS}
    print(json.dumps({key: results[key] for key in ("python", "compiled", "cpu")}), flush=True)
    with tempfile.TemporaryDirectory(prefix="peristiwa-bench-") as tmp:
        folder = Path(tmp)
        docs = generate_corpus(args.articles, args.seed)
        corpus = folder / "corpus.jsonl"
        write_jsonl(corpus, ({"id": d.id, "text": d.text, "published": d.published, "outlet": "Bench",
                              "url": f"https://bench.example.id/{d.id}"} for d in docs))
        records = folder / "records.jsonl"
        write_jsonl(records, (extract(d, time_limit=None).to_dict() | {"url": f"https://bench.example.id/{d.id}"}
                              for d in docs))
        targets = {"sqlite": lambda name: f"sqlite:///{folder / name}.db"}
        if args.pg:
            targets["postgresql"] = lambda name: args.pg
        for backend, url_for in targets.items():
            figures: dict = {"ingest_articles": args.articles}
            if not args.skip_ingest:
                figures["ingest_runs"] = args.ingest_runs
                reference_before = reference_ms()
                figures |= bench_ingest(fresh(backend, url_for, "extract"), corpus, args.articles, args.ingest_runs)
                if args.workers > 1:
                    figures |= bench_workers(fresh(backend, url_for, "workers"), corpus, args.articles, args.workers,
                                             figures["extract_store_articles_per_second"], args.ingest_runs)
                figures |= bench_store_only(fresh(backend, url_for, "store"), records, args.articles,
                                            args.ingest_runs)
                figures["cpu_ms_per_article"] = bench_parts(fresh(backend, url_for, "parts"), docs)
                # the machine's speed of the moment, before and after the ingest figures (bench_extract.reference_ms)
                figures["reference_ms"] = {"before": reference_before, "after": reference_ms()}
            if args.skip_queries:
                results[backend] = figures
                print(json.dumps({backend: figures}, indent=2), flush=True)
                continue
            if backend == "postgresql":
                _reset_pg(args.pg)
            with Store.open(url_for("events")) as store:
                t0 = time.perf_counter()
                figures["query_database"] = fill_events(store, args.events, args.seed)
                figures["query_database"]["load_seconds"] = round(time.perf_counter() - t0, 1)
                figures["query_latency"] = bench_queries(store, args.repeat)
            results[backend] = figures
            print(json.dumps({backend: figures}, indent=2), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


def fresh(backend: str, url_for, name: str):
    """A function giving the URL of a new, empty database at every call."""
    count = iter(range(1_000_000))

    def new_url() -> str:
        if backend == "postgresql":
            _reset_pg(url_for(name))
            return url_for(name)
        return url_for(f"{name}-{next(count)}")

    return new_url


def _reset_pg(url: str) -> None:
    """Empty the scratch PostgreSQL database: drop every table the store made."""
    from peristiwa.store.store import normalise_url

    engine = sa.create_engine(normalise_url(url))
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()


if __name__ == "__main__":
    sys.exit(main())
