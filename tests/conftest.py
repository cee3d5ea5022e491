"""Fixtures shared by the whole suite, defined once."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from peristiwa import extract_text
from peristiwa.model import Article

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
