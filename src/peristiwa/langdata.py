"""Loading the language knowledge kept as data files under ``peristiwa/data/``.

The machinery lives in code; what Indonesian news says and how (number words,
month names, boilerplate lines, abbreviations, later actors and predicates)
lives in plain YAML, TSV and text files that an analyst can edit without
touching code. ``data/README.md`` describes each file. Files are read once per
process and cached.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

DATA_PACKAGE = "peristiwa.data"


class DataFileError(ValueError):
    """A data file is missing or malformed; the message names the file."""


def data_path(relative: str) -> Path:
    """The file ``relative`` (e.g. ``"id/numbers.yaml"``) inside the data folder."""
    root = resources.files(DATA_PACKAGE)
    path = Path(str(root.joinpath(relative)))
    if not path.exists():
        raise DataFileError(f"data file not found: {path}")
    return path


_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _DataLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe YAML where only ``true``/``false`` are booleans.

    YAML 1.1 reads ``y``, ``n``, ``yes``, ``no``, ``on``, ``off`` as booleans;
    in word lists those are words (the name particle "y", the abbreviation
    "no"), and an analyst editing a list should not have to know to quote them.
    """


_DataLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
_DataLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def read_yaml_file(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_DataLoader)
    except yaml.YAMLError as exc:
        raise DataFileError(f"{path}: not valid YAML: {exc}") from exc


@cache
def load_yaml(relative: str) -> Any:
    return read_yaml_file(data_path(relative))


@cache
def load_lines(relative: str) -> tuple[str, ...]:
    """Non-empty lines of a text file, ``#`` comment lines skipped."""
    lines = data_path(relative).read_text(encoding="utf-8").splitlines()
    return tuple(ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#"))


def alternation(words: Iterable[str], *, ignore_case: bool = False) -> str:
    """A regular expression matching any of ``words``, for a pattern that tries the longest word first.

    It matches what ``"|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))`` matches and
    prefers what that prefers, but is written as a tree of shared beginnings
    (``me(?:n(?:gatakan|yatakan)|...)``): the regex engine tries each word in turn at every position of
    the text, so with a hundred reporting verbs a flat list costs a hundred tries per character where
    the tree costs a few. ``ignore_case`` says the pattern is compiled with ``re.I``: words differing
    only in case then share their branches, so that the longest still wins.
    """
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            if ignore_case and len(char.lower()) == 1:
                char = char.lower()  # as the engine folds a letter of an re.I pattern
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _branches(tree)


def _branches(node: dict[str, dict]) -> str:
    # Longer words first: every way on from a letter before stopping at it. No words: "" (like an empty join).
    ways = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if "" in node:
        if not ways:
            return ""
        ways.append("")
    return ways[0] if len(ways) == 1 else "(?:" + "|".join(ways) + ")"
