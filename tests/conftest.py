"""Fixtures shared by the whole suite, defined once."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import pytest

from peristiwa import extract_text
from peristiwa.model import Article
from peristiwa.pipeline import DEFAULT_STAGES, STAGES

REPO = Path(__file__).resolve().parents[1]
EVAL_DIR = REPO.parent / "shared" / "eval"
SAMPLES = Path(str(resources.files("peristiwa.samples")))


@pytest.fixture(scope="session")
def sample_articles() -> list[dict]:
    """The sample articles that ship with the package (original texts written for this project)."""
    with (SAMPLES / "articles.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    """../shared/eval, or a clean skip where it is absent."""
    if not (EVAL_DIR / "dev" / "articles.jsonl").exists():
        pytest.skip("../shared/eval is not present on this machine")
    return EVAL_DIR


@pytest.fixture
def extract():
    """``extract(text, published=...) -> Article``: the full pipeline on a string."""

    def run(text: str, published: str | None = "2024-10-23", **meta) -> Article:
        return extract_text(text, published=published, **meta)

    return run


@pytest.fixture
def read(extract):
    """``read(text, **meta) -> Article``: the full pipeline on an Indonesian text that must read cleanly."""

    def run(text: str, **meta) -> Article:
        meta.setdefault("language", "id")
        article = extract(text, **meta)
        assert article.problems == []
        return article

    return run


class Misbehaving(NamedTuple):
    """The default stages and one more that misbehaves on an article holding ``word`` (``stages`` and ``table``
    as ``extract`` and ``ingest`` take them)."""

    stages: tuple[str, ...]
    table: dict
    word: str


def _misbehaving(name: str, word: str, act: Callable[[], None]) -> Misbehaving:
    def stage(article: Article) -> Article:
        if word in article.text:
            act()
        return article

    return Misbehaving((*DEFAULT_STAGES, name), {**STAGES, name: stage}, word)


@pytest.fixture(scope="session")
def killing_stage() -> Misbehaving:
    """A stage that ends its process outright (a worker killed, as by the OOM killer) on the word "PEKERJA-MATI"."""
    return _misbehaving("mati", "PEKERJA-MATI", lambda: os._exit(1))


@pytest.fixture(scope="session")
def slow_stage() -> Misbehaving:
    """A stage that takes 30 seconds on the word "LAMBAT-SEKALI" (longer than any time limit a test sets)."""
    return _misbehaving("lambat", "LAMBAT-SEKALI", lambda: time.sleep(30))
