"""Sharded extraction: one shard, a process pool, and a real two-worker Dask cluster give the same records.

The corpus is made by ``bench/bench_extract.py``'s generator (sample paragraphs recombined, numbers
changed), written as JSON Lines shards.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from peristiwa.distributed import errors_path_for, merge, process_shard, run

REPO = Path(__file__).resolve().parents[1]
SHARDS, PER_SHARD = 4, 6


def _generate_corpus(n: int, seed: int):
    spec = importlib.util.spec_from_file_location("bench_extract", REPO / "bench" / "bench_extract.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate_corpus(n, seed)


@pytest.fixture(scope="module")
def shards(tmp_path_factory) -> list[str]:
    """Four JSON Lines shards of generated articles; the last one also holds a malformed line."""
    folder = tmp_path_factory.mktemp("korpus")
    docs = _generate_corpus(SHARDS * PER_SHARD, seed=11)
    paths = []
    for i in range(SHARDS):
        path = folder / f"bagian-{i}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for doc in docs[i * PER_SHARD:(i + 1) * PER_SHARD]:
                fh.write(json.dumps({"id": doc.id, "text": doc.text, "published": doc.published}) + "\n")
            if i == SHARDS - 1:
                fh.write('{"id": "rusak", "text": \n')
        paths.append(str(path))
    return paths


def read_records(path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@pytest.fixture(scope="module")
def single_process(shards, tmp_path_factory) -> list[dict]:
    """The reference: every shard run in this process, merged, sorted by id."""
    out = tmp_path_factory.mktemp("satu")
    results = run(shards, out, workers=1)
    merge(results, out / "semua.jsonl")
    return sorted(read_records(out / "semua.jsonl"), key=lambda r: r["id"])


def test_a_shard_writes_records_and_errors(shards, tmp_path):
    result = process_shard(shards[-1], tmp_path / "keluar" / "bagian.jsonl")
    assert (result.articles, result.errors, result.failed) == (PER_SHARD, 1, None)
    records = read_records(result.output)
    assert [r["id"] for r in records] == [f"gen-{i}" for i in range((SHARDS - 1) * PER_SHARD, SHARDS * PER_SHARD)]
    assert all(r["sentences"] and r["schema_version"] == "1.0" for r in records)
    (error,) = read_records(errors_path_for(result.output))
    assert error["source"] == f"{shards[-1]}:{PER_SHARD + 1}"
    assert error["reason"].startswith("malformed JSON")
    assert sorted(p.name for p in (tmp_path / "keluar").iterdir()) == ["bagian.errors.jsonl", "bagian.jsonl"]


def test_a_shard_that_reads_nothing_still_gives_its_files(tmp_path):
    result = process_shard(tmp_path / "tidak-ada.jsonl", tmp_path / "kosong.jsonl")
    assert (result.articles, result.errors) == (0, 1)
    assert Path(result.output).read_text() == ""
    assert read_records(result.errors_path)[0]["reason"] == "no such file"


def test_the_manifest_lists_every_shard(shards, single_process, tmp_path):
    results = run(shards[:2], tmp_path, workers=1)
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["scheduler"] == "in-process"
    assert [s["articles"] for s in manifest["shards"]] == [r.articles for r in results] == [PER_SHARD] * 2
    assert len(single_process) == SHARDS * PER_SHARD


@pytest.mark.slow
def test_a_process_pool_gives_the_same_records(shards, single_process, tmp_path):
    results = run(shards, tmp_path, workers=2)
    assert [r.failed for r in results] == [None] * SHARDS
    merge(results, tmp_path / "semua.jsonl", errors=tmp_path / "galat.jsonl")
    assert sorted(read_records(tmp_path / "semua.jsonl"), key=lambda r: r["id"]) == single_process
    assert len(read_records(tmp_path / "galat.jsonl")) == 1


@pytest.mark.slow
def test_a_dask_cluster_of_two_workers_gives_the_same_records(shards, single_process, tmp_path):
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        results = run(shards, tmp_path, scheduler=cluster.scheduler_address)  # as for a remote cluster
    assert [r.failed for r in results] == [None] * SHARDS
    assert [r.articles for r in results] == [PER_SHARD] * SHARDS
    assert len({r.worker for r in results}) == 2  # both workers took shards
    merge(results, tmp_path / "semua.jsonl")
    merged = read_records(tmp_path / "semua.jsonl")
    assert [r["id"] for r in merged] == [f"gen-{i}" for i in range(SHARDS * PER_SHARD)]  # shard order restored
    assert sorted(merged, key=lambda r: r["id"]) == single_process
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["scheduler"] == cluster.scheduler_address


@pytest.mark.slow
def test_scheduler_local_starts_and_stops_its_own_cluster(shards, single_process, tmp_path):
    results = run(shards, tmp_path, scheduler="local", workers=2)
    merge(results, tmp_path / "semua.jsonl")
    assert sorted(read_records(tmp_path / "semua.jsonl"), key=lambda r: r["id"]) == single_process
