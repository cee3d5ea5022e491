#!/usr/bin/env python
"""The workload a profile-guided build trains on (``setup.py build_ext --pgo``; peristiwa._compiled says why).

What it runs is what the compiled modules are for: the package's own sample articles (JSON Lines, HTML pages, a
Malay and an English text) through the whole pipeline, then a corpus made of their paragraphs (see
bench_extract.py), with syndicated copies among it, ingested into a new SQLite store. The compiler only learns
from it which branches are hot; the texts never enter the package. It takes a few seconds on the instrumented
build; the figures the build is judged by are measured on other texts (README.md, Benchmarks).

    python bench/pgo_training.py [--articles 200]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import generate_corpus, generate_html, load_samples

from peristiwa import RawDocument, extract
from peristiwa.inputs import read_document_bytes


def sample_documents() -> list[RawDocument]:
    """The package's sample articles, as the pipeline receives them: text, HTML and other languages."""
    samples = resources.files("peristiwa.samples")
    docs = [RawDocument(id=s["id"], text=s["text"], published=s.get("published")) for s in load_samples()]
    for folder in ("html", "other"):
        for path in sorted(samples.joinpath(folder).iterdir(), key=lambda p: p.name):
            if path.name.endswith((".html", ".txt")):  # read as a file is (its encoding told from its bytes)
                docs.extend(d for d in read_document_bytes(path.read_bytes(), path.name) if isinstance(d, RawDocument))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=200, help="articles of the generated corpus ingested")
    args = ap.parse_args()
    for doc in sample_documents():
        extract(doc, time_limit=None)
    corpus = generate_corpus(args.articles, seed=2)
    copies = [RawDocument(id=f"{d.id}-copy", text=d.text.replace("\n\n", "\n\nDikutip dari kantor berita. ", 1),
                          published=d.published) for d in corpus[: args.articles // 10]]
    documents = [*corpus, *copies, *generate_html(corpus[:20])]
    try:
        from peristiwa.store import Store, ingest
    except ImportError:  # without the store's extra: the pipeline alone
        for doc in documents:
            extract(doc, time_limit=None)
        return
    with tempfile.TemporaryDirectory() as folder, Store.open(f"sqlite:///{folder}/training.db") as store:
        ingest(iter(documents), store)


if __name__ == "__main__":
    main()
