# Two commands do all set-up on a fresh machine (see README):
#   make demo   - the main job on the embedded default
#   make test   - the whole test suite (what .ci/run calls)
VENV ?= .venv
# The distribution's Python 3 when it is 3.11 or later and can make a virtual environment (Debian's python3-venv):
# Debian builds it with profile-guided and link-time optimisation, and the pipeline runs about a tenth faster on
# it than on a Python built from source without them (pyenv's default; README.md, Benchmarks, has the figures). Any
# other Python >= 3.11 works: `make test PYTHON=python3.12`.
PYTHON ?= $(shell /usr/bin/python3 -c 'import sys, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
                  && echo /usr/bin/python3 || echo python3)
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HF_STAMP := $(VENV)/.installed-hf

.PHONY: demo test lint bench eval clean build

# The install compiles the pipeline's hot modules with Cython (setup.py says why), profile-guided: built with
# counters, run on the sample articles, built again (peristiwa._compiled.profile_guided; about eight minutes on two
# cores, once). The package itself is installed as Python (nothing compiled by pip, whose isolated build could not
# run the training), then compiled in place, as `make build` does. PERISTIWA_PURE_PYTHON=1 skips the compiling:
# the package is the same, slower. PGO= (empty) compiles it without the profile, in half the time.
PGO ?= --pgo
# What compiling in place needs in the virtual environment, as pyproject.toml's build-system asks for it (a
# venv's own setuptools may be too old to read pyproject.toml: the licence as an SPDX string needs 77).
BUILD_TOOLS := 'setuptools>=77' 'cython>=3.0'
$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	PERISTIWA_PURE_PYTHON=1 $(BIN)/python -m pip install --quiet -e '.[all]' $(BUILD_TOOLS)
	if [ -z "$$PERISTIWA_PURE_PYTHON" ]; then $(BIN)/python setup.py --quiet build_ext --inplace $(PGO); fi
	touch $(STAMP)

# The tests also cover the optional Hugging Face recogniser on a tiny model they build, so the test set-up adds
# the "hf" extra. torch is pinned to the CPU build that lies on these machines' disk (pip takes it from there;
# an unpinned torch would download a CUDA build of several GB). The extra's packages are installed on their own
# rather than by reinstalling the package, which would compile it a second time: keep them in step with
# pyproject.toml's "hf".
$(HF_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet 'torch==2.13.0' 'transformers>=4.46'
	touch $(HF_STAMP)

# After editing a compiled module, it runs as Python (the build is older than its source: peristiwa._compiled)
# until this rebuilds the compiled modules in place; `peristiwa --version` says how many are compiled.
build: $(STAMP)
	$(BIN)/python -m pip install --quiet $(BUILD_TOOLS)
	$(BIN)/python setup.py --quiet build_ext --inplace $(PGO)

demo: $(STAMP)
	$(BIN)/peristiwa demo

lint: $(STAMP)
	$(BIN)/ruff check src tests bench setup.py

# The browser tests drive Debian's chromium: .ci/chromium installs it when missing (never fails the run).
# The store tests run on SQLite and on PostgreSQL: .ci/postgres installs PostgreSQL from Debian when it is
# missing (as root or with password-less sudo), starts it, makes a test role and database and prints the URL.
# Without root it warns and prints nothing, and the PostgreSQL tests are skipped. PERISTIWA_TEST_PG, when
# already set, is used as it is.
test: $(HF_STAMP) lint
	bash .ci/chromium
	url="$$(bash .ci/postgres)" && PERISTIWA_TEST_PG="$$url" $(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_store.py

# Dev-set scores with the referee (needs ../shared/eval).
eval: $(STAMP)
	$(BIN)/peristiwa extract --jsonl ../shared/eval/dev/articles.jsonl > /tmp/peristiwa-dev-pred.jsonl
	$(BIN)/python ../shared/eval/score.py --gold ../shared/eval/dev/gold.jsonl --pred /tmp/peristiwa-dev-pred.jsonl

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache src/peristiwa/_compiled.json
	find src/peristiwa \( -name '*.c' -o -name '*.so' \) -delete
