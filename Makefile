# Two commands do all set-up on a fresh machine (see README):
#   make demo   - the main job on the embedded default
#   make test   - the whole test suite (what .ci/run calls)
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[all]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/peristiwa demo

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

test: $(STAMP) lint
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python bench/bench_extract.py

# Dev-set scores with the referee (needs ../shared/eval).
eval: $(STAMP)
	$(BIN)/peristiwa extract --jsonl ../shared/eval/dev/articles.jsonl > /tmp/peristiwa-dev-pred.jsonl
	$(BIN)/python ../shared/eval/score.py --gold ../shared/eval/dev/gold.jsonl --pred /tmp/peristiwa-dev-pred.jsonl

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache
