"""Dev-set quality with the project's referee (../shared/eval/score.py); skipped where the folder is absent."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = [pytest.mark.eval, pytest.mark.slow]


@pytest.fixture(scope="module")
def dev_scores(eval_dir, tmp_path_factory):
    pred = tmp_path_factory.mktemp("eval") / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        subprocess.run([sys.executable, "-m", "peristiwa.cli", "extract", "--jsonl",
                        str(eval_dir / "dev" / "articles.jsonl")], stdout=out, check=True)
    proc = subprocess.run([sys.executable, str(eval_dir / "score.py"), "--gold", str(eval_dir / "dev" / "gold.jsonl"),
                           "--pred", str(pred), "--json"], capture_output=True, check=True, text=True)
    return json.loads(proc.stdout)


def test_every_dev_article_is_predicted(dev_scores):
    assert dev_scores["articles_predicted"] == dev_scores["articles"]


def test_amounts_f1(dev_scores):
    assert dev_scores["amounts"]["f1"] >= 0.85
