"""Build step: the pipeline's hot modules compiled to C extensions with Cython, the package otherwise pure Python.

Everything else about the package is declared in pyproject.toml; this file only adds ``ext_modules``.

Why: the pipeline is plain Python, and most of its time goes to the interpreter's own work (looking up names,
calling functions, looping) spread over a thousand small functions. Cython compiles the same ``.py`` files,
unchanged and untyped, to C that does that work directly: a tenth fewer instructions per article from JSON
Lines into SQLite, and extraction about 5% faster in wall-clock time (README.md, Benchmarks, has the figures).
The modules stay valid Python; the compiled ones are a faster copy, never a different program
(tests/test_compiled.py runs both and compares the records). ``build_ext --pgo`` (what ``make build`` and the
Makefile's install run) makes the build profile-guided, another 4-8% (``BuildWithManifest`` below).

Three modules go one step further: events/coder.py, actors/recognize.py and text/amounts.py open with the
directive ``# cython: annotation_typing=True``, and a ``.pxd`` beside each declares the one class whose
attributes its rules read most (the sentence they work on) as an extension type. A function given
``s: _Sentence`` then reads ``s.lower`` as a field of a C struct, not through Python's attribute look-up, some
fifty instructions each: 4.2% fewer instructions per article in extraction (callgrind, 100 articles,
README.md, Benchmarks). The price: in those modules a hint is a checked type, and a call whose argument contradicts its
hint (``None`` for ``code: str``) raises TypeError in the compiled module where Python would go on. So their
hints must be true (``str | None`` where None comes); the tests, and the same records from both builds on the
samples (tests/test_compiled.py), check it. (A ``float`` hint becomes a C double: the one there is given float
constants only.)

Which modules: those the pipeline spends its time in (``COMPILED`` in src/peristiwa/_compiled.py, the one list).
Not the optional back ends, the command line, the store's query side or the web app: they wait on I/O or on a
database, and compiling them would add build time and gain nothing.

It never blocks an install:

* ``PERISTIWA_PURE_PYTHON=1`` at install time builds nothing (and at run time ignores what was built);
* without Cython or a C compiler each extension is skipped with a warning (``optional=True``);
* a compiled module whose source has changed since it was built is not used: ``peristiwa._compiled`` records
  each source's SHA-256 at build time (``_compiled.json``; its ``.pxd``, if any, counts as part of it) and imports
  the ``.py`` when it differs, so an edit to a module takes effect at once in an editable install, at the old
  speed until ``make build``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import ClassVar

from setuptools import setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "src" / "peristiwa"))
from _compiled import COMPILED, MANIFEST, profile_guided, source_digest  # noqa: E402  (the list lives in the package, read without importing it)

sys.path.pop(0)


def _sources() -> dict[str, Path]:
    return {name: HERE / "src" / Path(*name.split(".")).with_suffix(".py") for name in COMPILED}


class BuildWithManifest(build_ext):
    """build_ext, in parallel, that also writes the manifest of the sources each extension was built from.

    ``--pgo``: profile-guided (``peristiwa._compiled.profile_guided`` says why): an instrumented build, a run of
    bench/pgo_training.py on it (the sample articles through the pipeline into a SQLite store), and the final
    build with the profiles. About twice the plain build's time; with a compiler other than GCC, a plain build."""

    user_options: ClassVar = [*build_ext.user_options,
                              ("pgo", None, "profile-guided build (GCC): build, train, build again")]
    boolean_options: ClassVar = [*build_ext.boolean_options, "pgo"]

    def initialize_options(self) -> None:
        super().initialize_options()
        self.pgo = False

    def finalize_options(self) -> None:
        super().finalize_options()
        if self.parallel is None:
            self.parallel = os.cpu_count() or 1

    def run(self) -> None:
        if self.pgo and self.extensions and _compiler_is_gcc():
            self._flags = {ext.name: (list(ext.extra_compile_args), list(ext.extra_link_args))
                           for ext in self.extensions}
            self._compiler_name = self.compiler  # (run() replaces it by the compiler object it makes)
            profile_guided(self._build_with, self._train, Path(self.build_temp).resolve())
        else:
            if self.pgo:
                print("peristiwa: --pgo needs GCC; building without a profile", file=sys.stderr)
            super().run()
            self._write_manifest()

    def _build_with(self, flags: tuple[str, ...]) -> None:
        """Every extension compiled and linked again, with ``flags`` added to its own, and the manifest written
        (so that the training run imports the modules just built)."""
        for ext in self.extensions:
            compile_args, link_args = self._flags[ext.name]
            ext.extra_compile_args, ext.extra_link_args = [*compile_args, *flags], [*link_args, *flags]
        self.force = True  # the objects of the last build are newer than their C, but were built with other flags
        self.compiler = self._compiler_name
        super().run()
        self._write_manifest()

    def _train(self) -> None:
        env = {key: value for key, value in os.environ.items() if key != "PERISTIWA_PURE_PYTHON"}
        env["PYTHONPATH"] = os.pathsep.join([str(HERE / "src"), *filter(None, [env.get("PYTHONPATH")])])
        subprocess.run([sys.executable, str(HERE / "bench" / "pgo_training.py")], cwd=HERE, env=env, check=True)

    def _write_manifest(self) -> None:
        built, sources = {}, _sources()
        for ext in self.extensions:
            target, generated, source = Path(self.get_ext_fullpath(ext.name)), HERE / ext.sources[0], sources[ext.name]
            # Recorded only when the extension was built from the C generated from the source as it is now (and
            # from its declarations, the .pxd beside it if any); an optional extension that failed to build, or an
            # old one left behind, is then not used (its .py is).
            inputs = [path for path in (source, source.with_suffix(".pxd")) if path.exists()]
            if target.exists() and target.stat().st_mtime >= generated.stat().st_mtime \
                    >= max(path.stat().st_mtime for path in inputs):
                built[ext.name] = source_digest(source)
        package_dir = Path(self.get_ext_fullpath("peristiwa._probe")).parent
        package_dir.mkdir(parents=True, exist_ok=True)
        (package_dir / MANIFEST).write_text(json.dumps(built, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def _compiler_is_gcc() -> bool:
    """Whether the C compiler Python builds extensions with is GCC (whose profile flags --pgo uses)."""
    compiler = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()
    try:
        version = subprocess.run([*compiler, "--version"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return False
    return "Free Software Foundation" in version  # (GCC's banner; clang's names no foundation)


def _extensions() -> list:
    if os.environ.get("PERISTIWA_PURE_PYTHON"):
        return []
    try:
        from Cython.Build import cythonize
    except ImportError:
        print("peristiwa: Cython is not installed; the package stays pure Python", file=sys.stderr)
        return []
    from setuptools import Extension

    # -O1: as fast here as -O2 (callgrind counts the same instructions per article either way; side by side, the
    # two were within noise of each other) for half the compile time (events/coder.c alone is 240,000 lines of C).
    # -g0: without debugging symbols, which would make the extension modules three times the size.
    flags = [] if sys.platform == "win32" else ["-O1", "-g0"]
    extensions = [Extension(name, [str(path.relative_to(HERE))], optional=True, extra_compile_args=flags)
                  for name, path in _sources().items()]
    # Untyped compilation: annotation_typing off, so that a hint such as `x: float` stays a hint and the
    # compiled module accepts exactly what the Python one does (but in the three modules that turn it on for
    # themselves: see the docstring). binding=True keeps functions introspectable (inspect.signature,
    # functools.wraps) like Python's.
    return cythonize(extensions, quiet=True, nthreads=os.cpu_count() or 1,
                     compiler_directives={"language_level": 3, "annotation_typing": False, "binding": True})


setup(ext_modules=_extensions(), cmdclass={"build_ext": BuildWithManifest})
