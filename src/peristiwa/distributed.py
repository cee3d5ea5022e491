"""Extraction past one machine: shards of a corpus processed in parallel, locally or on a Dask cluster.

A **shard** is one input as :func:`peristiwa.ingest.iter_documents` reads it (a JSON Lines file, a
WARC file, a folder, a glob, a feed URL …) or a list of them. :func:`process_shard` runs the whole
pipeline over one shard and writes

* ``<output>``: JSON Lines, one article record (``Article.to_dict()``) per line, in input order;
* ``<output minus .jsonl>.errors.jsonl``: one ``{"source": …, "reason": …}`` per input that gave
  no article (unreadable, not an article, over a limit);

both written to a temporary name and renamed when complete, so a killed or retried task never
leaves half a file under the final name. :func:`run` processes many shards:

* ``scheduler=None``: a local process pool of ``workers`` processes (default: the CPU count;
  ``workers=1`` runs in this process);
* ``scheduler="local"``: a Dask ``LocalCluster`` of ``workers`` single-threaded worker processes;
* ``scheduler="tcp://host:8786"``: an existing Dask cluster (``dask-scheduler`` + ``dask-worker``,
  dask-jobqueue on Slurm, Kubernetes …): see ``docs/distributed.md``. The workers must have the
  same version of peristiwa installed and must see the input and output paths (a shared file
  system), since shards travel as paths, not as data.

Each shard's result (:class:`ShardResult`) says how many articles and errors it produced, how long
it took and on which host and process; :func:`run` also writes them to ``manifest.json`` in the
output folder, and :func:`merge` concatenates the shard outputs, in shard order, into one file.
Dask tasks are retried up to ``retries`` times (a lost worker), and a shard whose task still fails
is reported in its result (``failed``) instead of stopping the run.

Limits: the per-article time limit (``time_limit``) uses SIGALRM, which only the main thread of
a process can receive: it applies in the process pool and in-process, but not inside Dask worker
threads, where an article is never interrupted. Output records are identical whichever way a shard
is run (the pipeline is deterministic); only their order across shards depends on the scheduler
until :func:`merge` puts them back in shard order.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from peristiwa.inputs import DEFAULT_MAX_BYTES
from peristiwa.pipeline import DEFAULT_STAGES, DEFAULT_TIME_LIMIT, extract_many
from peristiwa.serialize import article_json

Shard = str | os.PathLike | Sequence[str | os.PathLike]


@dataclass(slots=True)
class ShardResult:
    """What one shard gave: where its records and errors went, how many, how long, where."""

    input: list[str]
    output: str
    errors_path: str
    articles: int = 0
    errors: int = 0
    seconds: float = 0.0
    worker: str = ""
    failed: str | None = None  # the exception, when the shard's task itself failed


def errors_path_for(output_path: str | os.PathLike) -> str:
    path = os.fspath(output_path)
    return (path[: -len(".jsonl")] if path.endswith(".jsonl") else path) + ".errors.jsonl"


_TABLES: dict[tuple[str, ...], Any] = {}


def _stage_table(actors: Sequence[str]):
    """The stage table with the user's actor dictionaries, built once per process."""
    if not actors:
        return None
    key = tuple(str(a) for a in actors)
    if key not in _TABLES:
        from peristiwa.pipeline import stages_with_actors

        _TABLES[key] = stages_with_actors(key)
    return _TABLES[key]


def _inputs(shard: Shard) -> list[str]:
    if isinstance(shard, str | os.PathLike):
        return [os.fspath(shard)]
    return [os.fspath(s) for s in shard]


def process_shard(
    input_path: Shard, output_path: str | os.PathLike, *, stages: Iterable[str] = DEFAULT_STAGES,
    time_limit: float | None = DEFAULT_TIME_LIMIT, actors: Sequence[str] = (), tokens: bool = False,
    allow_private: bool = False, rate_per_host: float = 1.0, timeout: float = 20,
    max_bytes: int = DEFAULT_MAX_BYTES, fetch_links: bool = True,
) -> ShardResult:
    """Run the pipeline over one shard; write its article records and its errors (see the module docstring)."""
    from peristiwa.ingest import iter_documents

    start = time.perf_counter()
    inputs = _inputs(input_path)
    output = Path(output_path)
    output.parent.mkdir(parents=True, exist_ok=True)
    errors_path = Path(errors_path_for(output))
    result = ShardResult(input=inputs, output=str(output), errors_path=str(errors_path),
                         worker=f"{socket.gethostname()}:{os.getpid()}")
    docs = iter_documents(inputs, allow_private=allow_private, rate_per_host=rate_per_host, timeout=timeout,
                          max_bytes=max_bytes, fetch_links=fetch_links)
    tmp_out = output.with_name(output.name + f".tmp-{os.getpid()}")
    tmp_err = errors_path.with_name(errors_path.name + f".tmp-{os.getpid()}")
    try:
        with tmp_out.open("w", encoding="utf-8") as out, tmp_err.open("w", encoding="utf-8") as err:
            for item in extract_many(docs, stages, time_limit, _stage_table(actors)):
                if isinstance(item, tuple):
                    err.write(json.dumps({"source": item[0], "reason": item[1]}, ensure_ascii=False) + "\n")
                    result.errors += 1
                else:
                    out.write(article_json(item, tokens=tokens) + "\n")
                    result.articles += 1
        os.replace(tmp_out, output)
        os.replace(tmp_err, errors_path)
    finally:
        for tmp in (tmp_out, tmp_err):
            if tmp.exists():
                tmp.unlink()
    result.seconds = round(time.perf_counter() - start, 3)
    return result


def warm_up() -> str:
    """Load the pipeline's data in this process (run it on every worker before timing anything)."""
    from peristiwa import extract_text

    extract_text("JAKARTA, KOMPAS.com - Presiden bertemu Perdana Menteri Malaysia di Istana Merdeka, Senin.",
                 published="2025-11-03")
    return f"{socket.gethostname()}:{os.getpid()}"


def shard_outputs(shards: Sequence[Shard], out_dir: str | os.PathLike) -> list[str]:
    """The output path of each shard: ``shard-00000.jsonl``, ``shard-00001.jsonl`` … in ``out_dir``."""
    return [str(Path(out_dir) / f"shard-{i:05d}.jsonl") for i in range(len(shards))]


def _run_dask(client, shards, outputs, options, retries: int) -> list[ShardResult]:
    from dask.distributed import as_completed

    stamp = f"{os.getpid()}-{time.time_ns()}"
    futures = {client.submit(process_shard, shard, out, key=f"peristiwa-shard-{i}-{stamp}", pure=False,
                             retries=retries, **options): i
               for i, (shard, out) in enumerate(zip(shards, outputs, strict=True))}
    results: list[ShardResult | None] = [None] * len(shards)
    for future in as_completed(futures):
        i = futures[future]
        try:
            results[i] = future.result()
        except Exception as exc:
            results[i] = ShardResult(input=_inputs(shards[i]), output=outputs[i],
                                     errors_path=errors_path_for(outputs[i]), failed=f"{type(exc).__name__}: {exc}")
    return [r for r in results if r is not None]


def run(
    shards: Sequence[Shard], out_dir: str | os.PathLike, *, scheduler: str | None = None, workers: int | None = None,
    retries: int = 2, **options: Any,
) -> list[ShardResult]:
    """Process every shard into ``out_dir`` and return their results in shard order.

    ``options`` are :func:`process_shard`'s (``stages``, ``time_limit``, ``actors``, network limits …).
    """
    shards = list(shards)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    outputs = shard_outputs(shards, out)
    workers = workers or os.cpu_count() or 1
    started = time.perf_counter()
    if scheduler is None:
        if workers == 1:
            results = [process_shard(s, o, **options) for s, o in zip(shards, outputs, strict=True)]
        else:
            with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
                futures = [pool.submit(process_shard, s, o, **options) for s, o in zip(shards, outputs, strict=True)]
                results = []
                for shard, output, future in zip(shards, outputs, futures, strict=True):
                    try:
                        results.append(future.result())
                    except Exception as exc:
                        results.append(ShardResult(input=_inputs(shard), output=output,
                                                   errors_path=errors_path_for(output),
                                                   failed=f"{type(exc).__name__}: {exc}"))
    else:
        from dask.distributed import Client, LocalCluster

        if scheduler == "local":
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                              dashboard_address=None) as cluster, Client(cluster) as client:
                results = _run_dask(client, shards, outputs, options, retries)
        else:
            with Client(scheduler) as client:
                results = _run_dask(client, shards, outputs, options, retries)
    manifest = {"scheduler": scheduler or ("in-process" if workers == 1 else "process-pool"), "workers": workers,
                "seconds": round(time.perf_counter() - started, 3), "shards": [asdict(r) for r in results]}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
    return results


def merge(results: Iterable[ShardResult], path: str | os.PathLike, *, errors: str | os.PathLike | None = None) -> int:
    """Concatenate the shards' records (and, if ``errors`` is given, their errors) in shard order."""
    n = 0
    results = list(results)
    with open(path, "wb") as out:
        for r in results:
            if r.failed or not os.path.exists(r.output):
                continue
            with open(r.output, "rb") as fh:
                for line in fh:
                    out.write(line)
                    n += 1
    if errors is not None:
        with open(errors, "wb") as out:
            for r in results:
                if os.path.exists(r.errors_path):
                    with open(r.errors_path, "rb") as fh:
                        out.writelines(fh)
    return n


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m peristiwa.distributed``: process shards on a pool or a Dask cluster."""
    ap = argparse.ArgumentParser(prog="python -m peristiwa.distributed", description=main.__doc__)
    ap.add_argument("shards", nargs="+", help="one shard per argument: a file, folder, glob, WARC or URL")
    ap.add_argument("--out", required=True, help="output folder (shard-NNNNN.jsonl, errors, manifest.json)")
    ap.add_argument("--scheduler", help="'local' for a LocalCluster, or a Dask scheduler address tcp://host:8786")
    ap.add_argument("--workers", type=int, help="processes (pool or LocalCluster); default: CPU count")
    ap.add_argument("--merge", metavar="FILE", help="also concatenate all records into FILE")
    ap.add_argument("--actors", action="append", default=[], help="extra actor dictionary (repeatable)")
    ap.add_argument("--allow-private", action="store_true", help="let URLs resolve to private addresses")
    args = ap.parse_args(argv)
    results = run(args.shards, args.out, scheduler=args.scheduler, workers=args.workers, actors=args.actors,
                  allow_private=args.allow_private)
    for r in results:
        status = f"FAILED {r.failed}" if r.failed else f"{r.articles} articles, {r.errors} errors, {r.seconds} s"
        print(f"{r.output}: {status} ({r.worker})", file=sys.stderr)
    if args.merge:
        merge(results, args.merge)
    return min(100, sum(1 for r in results if r.failed))


if __name__ == "__main__":
    sys.exit(main())
