#!/usr/bin/env python
"""Benchmark of sharded extraction on Dask: the speed-up from one worker to two.

The corpus is bench_extract.py's generated corpus (sample paragraphs recombined, numbers changed),
written as JSON Lines shards. For each worker count a fresh LocalCluster of single-threaded worker
processes is started, every worker is warmed up (data files loaded) before the clock starts, and
the whole set of shards is run through peristiwa.distributed.run against the cluster's scheduler
address, exactly as on a remote cluster. The merged outputs of the runs are compared (sorted by id).

    python bench/bench_distributed.py [--articles 600] [--shards 12] [--workers 1 2] [--json results.json]

The speed-up cannot exceed the number of free cores; on a 2-core machine the scheduler, the client
and the operating system share the two cores with the workers, so 2.0 is the ceiling.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import generate_corpus

from peristiwa.distributed import merge, run, warm_up


def write_shards(folder: Path, articles: int, shards: int, seed: int) -> list[str]:
    docs = generate_corpus(articles, seed)
    paths = []
    for i in range(shards):
        path = folder / f"shard-input-{i:03d}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for doc in docs[i::shards]:
                fh.write(json.dumps({"id": doc.id, "text": doc.text, "published": doc.published}) + "\n")
        paths.append(str(path))
    return paths


def timed_run(shards: list[str], out: Path, workers: int) -> dict:
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        client.run(warm_up)
        start = time.perf_counter()
        results = run(shards, out, scheduler=cluster.scheduler_address)
        elapsed = time.perf_counter() - start
    articles = sum(r.articles for r in results)
    merge(results, out / "merged.jsonl")
    return {"workers": workers, "seconds": round(elapsed, 3), "articles": articles,
            "articles_per_second": round(articles / elapsed, 1),
            "failed_shards": sum(1 for r in results if r.failed),
            "worker_processes_used": len({r.worker for r in results})}


def sorted_records(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return sorted((json.loads(line) for line in fh), key=lambda r: r["id"])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=600)
    ap.add_argument("--shards", type=int, default=12)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="peristiwa-bench-") as tmp:
        tmp_path = Path(tmp)
        shards = write_shards(tmp_path, args.articles, args.shards, args.seed)
        runs = [timed_run(shards, tmp_path / f"out-{n}", n) for n in args.workers]
        reference = sorted_records(tmp_path / f"out-{args.workers[0]}" / "merged.jsonl")
        identical = all(sorted_records(tmp_path / f"out-{n}" / "merged.jsonl") == reference for n in args.workers[1:])
    base = runs[0]["seconds"]
    results = {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "articles": args.articles,
        "shards": args.shards,
        "runs": runs,
        "speedup": {str(r["workers"]): round(base / r["seconds"], 2) for r in runs},
        "outputs_identical": identical,
    }
    print(json.dumps(results, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
