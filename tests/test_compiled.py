"""The compiled build of the pipeline's hot modules (setup.py, peristiwa._compiled).

A compiled module is used only when it was built from the source as it is now, and it reads news exactly as the
Python one does.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from peristiwa import _compiled

SRC = Path(_compiled.__file__).resolve().parent


@pytest.mark.parametrize("name", _compiled.COMPILED)
def test_each_compiled_name_is_a_module_of_the_package(name):
    """The one list setup.py builds from names real source files (a misspelt name would silently stay Python)."""
    assert SRC.joinpath(*name.split(".")[1:]).with_suffix(".py").is_file()


def _slots(source: Path, class_name: str) -> set[str]:
    """The names in ``__slots__`` of class ``class_name`` of a module's source, read without importing it."""
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            for statement in node.body:
                if isinstance(statement, ast.Assign) and any(
                        isinstance(target, ast.Name) and target.id == "__slots__" for target in statement.targets):
                    return set(ast.literal_eval(statement.value))
    return set()


def _declared(pxd: Path) -> dict[str, set[str]]:
    """Class -> the attributes a .pxd declares for it (``cdef public <type> a, b``)."""
    declared: dict[str, set[str]] = {}
    for line in pxd.read_text(encoding="utf-8").splitlines():
        if opened := re.match(r"cdef class (\w+):", line):
            attributes = declared[opened.group(1)] = set()
        elif fields := re.match(r"\s+cdef public \w+ (.+)", line):
            attributes.update(name.strip() for name in fields.group(1).split(","))
    return declared


@pytest.mark.parametrize("pxd", sorted(SRC.rglob("*.pxd")), ids=lambda path: path.stem)
def test_a_class_declared_for_the_compiler_has_every_attribute_of_its_python_class(pxd):
    """A .pxd makes a class an extension type, which has no ``__dict__``: an attribute that the Python class
    gains (in its ``__slots__``) and the declaration lacks would fail in the compiled module alone."""
    declared = _declared(pxd)
    assert declared, f"{pxd.name} declares no class"
    assert f"peristiwa.{pxd.relative_to(SRC).with_suffix('').as_posix().replace('/', '.')}" in _compiled.COMPILED
    for class_name, attributes in declared.items():
        assert attributes == _slots(pxd.with_suffix(".py"), class_name), class_name


def test_a_declarations_file_counts_in_the_digest_of_its_module(tmp_path):
    """A build is checked against the module and its .pxd: an edited declaration makes the build stale too."""
    module = tmp_path / "speech.py"
    module.write_text('VERSION = "as built"\n')
    alone = _compiled.source_digest(module)
    assert alone == hashlib.sha256(module.read_bytes()).hexdigest()  # a module without one: its bytes only
    declarations = tmp_path / "speech.pxd"
    declarations.write_text("cdef class Sentence:\n    cdef public object lower\n")
    declared = _compiled.source_digest(module)
    declarations.write_text("cdef class Sentence:\n    cdef public list lower\n")
    assert len({alone, declared, _compiled.source_digest(module)}) == 3
    assert _compiled.source_digest(tmp_path / "missing.py") is None


@pytest.fixture(scope="module")
def built_package(tmp_path_factory) -> Path:
    """A two-module package ``tinypkg`` compiled with Cython here, with its manifest, as setup.py leaves it."""
    pytest.importorskip("Cython", reason="Cython is not installed (it is a build requirement of the package)")
    if not shutil.which("cc") and not shutil.which("gcc"):
        pytest.skip("no C compiler on this machine")
    root = tmp_path_factory.mktemp("compiled")
    package = root / "tinypkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "speech.py").write_text('VERSION = "as built"\n\ndef verb():\n    return "mengatakan"\n')
    (root / "setup.py").write_text(textwrap.dedent("""
        from Cython.Build import cythonize
        from setuptools import setup
        setup(ext_modules=cythonize(["tinypkg/speech.py"], quiet=True,
                                    compiler_directives={"language_level": 3}))
    """))
    proc = subprocess.run([sys.executable, "setup.py", "-q", "build_ext", "--inplace"], cwd=root,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    digest = hashlib.sha256((package / "speech.py").read_bytes()).hexdigest()
    (package / _compiled.MANIFEST).write_text(json.dumps({"tinypkg.speech": digest}))
    return root


def _import_speech(root: Path, pure_python: bool = False) -> dict:
    """Import tinypkg.speech in a new interpreter with the finder installed; where it came from and what it says."""
    script = textwrap.dedent(f"""
        import json, sys
        from pathlib import Path
        sys.path.insert(0, {str(root)!r})
        from peristiwa import _compiled
        finder = _compiled.install("tinypkg", Path({str(root / "tinypkg")!r}), pure_python={pure_python})
        import tinypkg.speech as speech
        print(json.dumps({{"file": speech.__file__, "version": speech.VERSION,
                           "status": finder.status["tinypkg.speech"]}}))
    """)
    env = {key: value for key, value in os.environ.items() if key != _compiled.PURE_PYTHON_VARIABLE}
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.mark.slow
def test_a_fresh_build_is_imported(built_package):
    found = _import_speech(built_package)
    assert found["status"] == "compiled"
    assert found["file"].endswith(".so") or found["file"].endswith(".pyd")
    assert found["version"] == "as built"


@pytest.mark.slow
def test_pure_python_on_request_imports_the_source(built_package):
    found = _import_speech(built_package, pure_python=True)
    assert (found["status"], Path(found["file"]).name) == ("pure Python requested", "speech.py")


@pytest.mark.slow
def test_an_edited_module_runs_as_edited_not_as_built(built_package, tmp_path):
    """The trap the finder exists for: Python prefers the extension module, which still holds the old code."""
    edited = tmp_path / "edited"
    shutil.copytree(built_package, edited)
    speech = edited / "tinypkg" / "speech.py"
    speech.write_text(speech.read_text().replace("as built", "edited since"))
    found = _import_speech(edited)
    assert (found["status"], Path(found["file"]).name, found["version"]) == (
        "source changed since the build", "speech.py", "edited since")


_PGO_SETUP = """
import json, subprocess, sys
from pathlib import Path
from Cython.Build import cythonize
from setuptools import setup
from setuptools.command.build_ext import build_ext
from peristiwa._compiled import profile_guided

HERE = Path(__file__).resolve().parent
seen = {"builds": [], "profiles_after_training": []}

class PGO(build_ext):
    def run(self):
        objects, compiler = Path(self.build_temp).resolve(), self.compiler
        def build(flags):
            seen["builds"].append(list(flags))
            for ext in self.extensions:
                ext.extra_compile_args, ext.extra_link_args = list(flags), list(flags)
            self.force, self.compiler = True, compiler
            build_ext.run(self)
        def train():
            subprocess.run([sys.executable, "-c", TRAINING], cwd=HERE, check=True)
            seen["profiles_after_training"] = sorted(p.name for p in objects.rglob("*.gcda"))
        seen["guided"] = profile_guided(build, train, objects)
        seen["profiles_left"] = sorted(p.name for p in objects.rglob("*.gcda"))
        (HERE / "seen.json").write_text(json.dumps(seen))

setup(ext_modules=cythonize(["tinypkg/speech.py"], quiet=True, compiler_directives={"language_level": 3}),
      cmdclass={"build_ext": PGO})
"""


@pytest.mark.slow
@pytest.mark.parametrize("training, guided", [
    pytest.param("import tinypkg.speech as s; [s.verb() for _ in range(1000)]", True, id="trained"),
    pytest.param("raise SystemExit('the workload failed')", False, id="training-failed"),
])
def test_a_profile_guided_build_trains_on_the_instrumented_build_then_builds_with_its_profile(
        tmp_path, training, guided):
    """``setup.py build_ext --pgo``'s steps on a real compiler: built with counters, the workload run on that
    build leaves a profile beside each object, the final build reads it, and no profile is left for a later
    build to trip on. A failed workload costs the profile, never the build."""
    pytest.importorskip("Cython", reason="Cython is not installed (it is a build requirement of the package)")
    if not shutil.which("gcc"):
        pytest.skip("no GCC on this machine (profile-guided builds use its flags)")
    package = tmp_path / "tinypkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "speech.py").write_text('def verb():\n    return "mengatakan"\n')
    (tmp_path / "setup.py").write_text(_PGO_SETUP.replace("TRAINING", repr(training)))
    proc = subprocess.run([sys.executable, "setup.py", "-q", "build_ext", "--inplace"], cwd=tmp_path,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    seen = json.loads((tmp_path / "seen.json").read_text())
    assert seen["guided"] is guided
    assert seen["builds"][0] == list(_compiled.PROFILE_GENERATE)
    assert seen["builds"][1] == (list(_compiled.PROFILE_USE) if guided else [])
    assert seen["profiles_after_training"] == (["speech.gcda"] if guided else [])
    assert seen["profiles_left"] == []
    check = subprocess.run([sys.executable, "-c", "import tinypkg.speech as s; print(s.__file__, s.verb())"],
                           cwd=tmp_path, capture_output=True, text=True, check=True)
    module, said = check.stdout.split()
    assert (Path(module).suffix, said) == (".so", "mengatakan")


def test_without_a_manifest_nothing_counts_as_compiled(tmp_path):
    finder = _compiled.FreshBuildsOnly("peristiwa", tmp_path)
    assert finder.find_spec("peristiwa.events.coder", None) is None  # left to the normal finders
    assert finder.decide("peristiwa.events.coder") == "not built"


def _records(env_extra: dict[str, str], articles: Path) -> list[dict]:
    env = {key: value for key, value in os.environ.items() if key != _compiled.PURE_PYTHON_VARIABLE} | env_extra
    proc = subprocess.run([sys.executable, "-m", "peristiwa.cli", "extract", "--jsonl", str(articles)],
                          capture_output=True, text=True, env=env, check=True)
    return [json.loads(line) for line in proc.stdout.splitlines()]


@pytest.mark.slow
def test_compiled_and_pure_python_read_the_samples_alike(samples_dir):
    """Every field of every sample article's record is the same from the compiled build and from the source."""
    if "compiled" not in _compiled.compiled_status().values():
        pytest.skip("no compiled build is installed (PERISTIWA_PURE_PYTHON set, or built without Cython)")
    compiled = _records({}, samples_dir / "articles.jsonl")
    pure = _records({_compiled.PURE_PYTHON_VARIABLE: "1"}, samples_dir / "articles.jsonl")
    assert len(compiled) == len(pure) > 5
    for one, other in zip(compiled, pure, strict=True):
        assert one == other, one["id"]
