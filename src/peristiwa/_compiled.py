"""Which of the package's modules run compiled, and the import hook that keeps a stale build from being used.

setup.py compiles the modules in ``COMPILED`` with Cython (its docstring says why) and writes ``_compiled.json``:
each compiled module's name and the SHA-256 of the source it was built from (``source_digest``: the ``.py``, and
the ``.pxd`` of declarations beside it when there is one). Python's import system prefers an
extension module to a ``.py`` of the same name in the same folder, so after an edit the old build would run
instead of the new code. The finder installed here (before any of those modules is imported: see
peristiwa/__init__.py) stops that: a module whose source no longer matches the manifest, or any module when
``PERISTIWA_PURE_PYTHON`` is set, is imported from its ``.py``. Everything else is left to the normal import
system, which picks the extension module.

This module imports nothing from the package: setup.py reads ``COMPILED`` from it before the package exists.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

# The modules the pipeline spends its time in, from `peristiwa extract` to the rows written into SQLite.
# Not peristiwa.actors.recognizers: its optional back ends test their imports in ways compiled code treats
# differently (a module set to None in sys.modules), and it costs nothing at run time.
COMPILED: tuple[str, ...] = (
    "peristiwa.model",
    "peristiwa.langdata",
    "peristiwa.pipeline",
    "peristiwa.dedup",
    "peristiwa.text.boilerplate",
    "peristiwa.text.langid",
    "peristiwa.text.segment",
    "peristiwa.text.amounts",
    "peristiwa.text.dates",
    "peristiwa.actors.gazetteer",
    "peristiwa.actors.recognize",
    "peristiwa.actors.resolve",
    "peristiwa.attribution.chains",
    "peristiwa.attribution.mentions",
    "peristiwa.attribution.quotes",
    "peristiwa.events.lexicon",
    "peristiwa.events.coder",
    "peristiwa.events.group",
    "peristiwa.store.batch",
)
MANIFEST = "_compiled.json"
PURE_PYTHON_VARIABLE = "PERISTIWA_PURE_PYTHON"


def source_digest(source: Path) -> str | None:
    """The SHA-256 of a module's source ``source`` (its ``.py``), None if it cannot be read. A ``.pxd`` beside it
    (declarations only the compiler reads: events/coder.pxd says what for) is part of what the build was made
    from, so its bytes count too: an edited declaration makes the build stale as an edited module does."""
    try:
        digest = hashlib.sha256(source.read_bytes())
        declarations = source.with_suffix(".pxd")
        if declarations.exists():
            digest.update(b"\0" + declarations.read_bytes())
        return digest.hexdigest()
    except OSError:
        return None


class FreshBuildsOnly(importlib.abc.MetaPathFinder):
    """For a package's modules: the compiled build when the manifest says it was made from the source as it is now,
    else the ``.py``.

    ``package`` is the top-level package's name and ``root`` its folder. Decisions are made once per module and
    kept in ``status``, which ``compiled_status`` reports."""

    def __init__(self, package: str, root: Path, pure_python: bool = False):
        self.package, self.root, self.pure_python = package, root, pure_python
        try:
            self.built: dict[str, str] = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.built = {}
        self.status: dict[str, str] = {}

    def _source(self, fullname: str) -> Path:
        return self.root.joinpath(*fullname.split(".")[1:]).with_suffix(".py")

    def decide(self, fullname: str) -> str:
        """How ``fullname`` is imported: "compiled", or why not ("not built", "source changed since the build",
        "pure Python requested"). Kept in ``status``."""
        if fullname not in self.status:
            if not self._built_file(fullname):
                self.status[fullname] = "not built"
            elif self.pure_python:
                self.status[fullname] = "pure Python requested"
            elif fullname not in self.built or source_digest(self._source(fullname)) != self.built[fullname]:
                # an extension module with no record of its source counts as built from another one
                self.status[fullname] = "source changed since the build"
            else:
                self.status[fullname] = "compiled"
        return self.status[fullname]

    def _built_file(self, fullname: str) -> Path | None:
        folder, stem = self._source(fullname).parent, fullname.rpartition(".")[2]
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            if (folder / (stem + suffix)).exists():
                return folder / (stem + suffix)
        return None

    def find_spec(self, fullname: str, path: Sequence[str] | None, target: object = None):
        if not fullname.startswith(self.package + "."):
            return None
        if self.decide(fullname) in ("compiled", "not built"):
            return None  # the normal finders: they pick the extension module when there is one
        source = self._source(fullname)
        if not source.exists():
            return None
        return importlib.util.spec_from_file_location(
            fullname, source, loader=importlib.machinery.SourceFileLoader(fullname, str(source)))


def install(package: str, root: Path, pure_python: bool | None = None) -> FreshBuildsOnly:
    """Put a FreshBuildsOnly finder for ``package`` first on ``sys.meta_path`` (once) and return it."""
    for finder in sys.meta_path:
        if isinstance(finder, FreshBuildsOnly) and finder.package == package:
            return finder
    if pure_python is None:
        pure_python = bool(os.environ.get(PURE_PYTHON_VARIABLE))
    finder = FreshBuildsOnly(package, root, pure_python)
    sys.meta_path.insert(0, finder)
    return finder


def compiled_status(names: Iterable[str] = COMPILED) -> dict[str, str]:
    """Module name -> how it runs (or will, when imported): "compiled", or why it runs as Python ("not built",
    "source changed since the build", "pure Python requested"). Imports nothing."""
    finder = install("peristiwa", Path(__file__).resolve().parent)  # the one peristiwa/__init__.py installed
    return {name: finder.decide(name) for name in names}


def summary(names: Sequence[str] = COMPILED) -> str:
    """One line for --version and the benchmarks: "19 of 19 modules compiled" and why the others are not."""
    status = compiled_status(names)
    compiled = sum(value == "compiled" for value in status.values())
    reasons = sorted({value for value in status.values() if value != "compiled"})
    return f"{compiled} of {len(status)} modules compiled" + (f"; the others: {', '.join(reasons)}" if reasons else "")


# Profile-guided optimisation (GCC), what setup.py's ``build_ext --pgo`` (and so ``make build``) does. Cython's C is
# the interpreter's work spelt out: type checks, reference counts and error exits around every operation, branches
# whose likely side the compiler can only guess. Built once with counters, run on a workload, and built again with
# what the counters saw, the hot paths are laid out straight and the cold ones moved aside: the pipeline takes
# 4-8% less CPU time on texts the workload never saw (README.md, Benchmarks). Debian builds CPython this way.
PROFILE_GENERATE: tuple[str, ...] = ("-fprofile-generate",)
# -fprofile-correction: counters of a run are not exact where a signal (the stage time limit) interrupts an update.
# -Wno-missing-profile: a module the workload never imports is compiled as it would be without a profile.
PROFILE_USE: tuple[str, ...] = ("-fprofile-use", "-fprofile-correction", "-Wno-missing-profile")


def profile_guided(build: Callable[[tuple[str, ...]], None], train: Callable[[], None], objects: Path) -> bool:
    """Build with profile guidance: ``build(flags)`` compiles and links every extension with ``flags`` added,
    ``train()`` runs a workload on what was just built, ``objects`` is the folder the compiler leaves its object
    files in (GCC writes each one's profile, ``.gcda``, beside it).

    Instrumented build, training run, final build with the profiles; True when the final build had them. When
    training fails or leaves no profile, the final build is a plain one (False) and a warning says why: a
    profile-guided build is faster, never required. Profiles are deleted before and after: one left from an older
    source would not match its code (GCC refuses it)."""
    for stale in objects.rglob("*.gcda"):
        stale.unlink()
    build(PROFILE_GENERATE)
    try:
        train()
    except Exception as error:  # a failed workload (CalledProcessError), a missing one (OSError): build anyway
        print(f"profile-guided build: the training run failed ({error}); building without a profile",
              file=sys.stderr)
        profiles = []
    else:
        profiles = list(objects.rglob("*.gcda"))
        if not profiles:
            print("profile-guided build: the training run left no profile; building without one", file=sys.stderr)
    build(PROFILE_USE if profiles else ())
    for profile in profiles:
        profile.unlink()
    return bool(profiles)
