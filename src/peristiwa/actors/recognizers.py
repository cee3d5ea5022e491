"""Pluggable recognisers: where the entity stage's mentions come from.

A recogniser is anything with a ``name`` and a ``candidates(article)`` method
returning :class:`~peristiwa.actors.recognize.Candidate` mentions with offsets
into ``article.text`` (see :class:`Recognizer`). Two ship with the package and
are chosen by name with :func:`get_recognizer`:

* ``"rules"``: :class:`RulesRecognizer`, the default, the dictionary and the
  rules of ``recognize.py`` (it also reads the headline);
* ``"hf:/path/to/model"``: :class:`HuggingFaceRecognizer`, a token-classification
  model (BERT, IndoBERT, XLM-R …) that the user has in a local directory. It
  needs the optional packages ``transformers`` and ``torch`` (``pip install
  'peristiwa[hf]'``), which are imported only when such a recogniser is built.
  It never downloads anything: the path must be a directory on disk, loading
  passes ``local_files_only=True`` and the Hugging Face hub is switched to
  offline mode (``HF_HUB_OFFLINE=1`` unless the environment says otherwise);
  code shipped with a model is never run (``trust_remote_code=False``).

How a model's output becomes mentions
-------------------------------------
The model reads the article sentence by sentence (a sentence longer than the
model's input is read in overlapping windows). A word takes the label of its
first sub-word token; consecutive words with the same entity type join as the
``B-``/``I-`` prefixes say (``E-``/``S-``/``L-``/``U-`` are read too, a label
without prefix continues the word before it). Label types are mapped to the
stage's types by :data:`DEFAULT_LABEL_MAP` (``PER``/``PERSON`` → PERSON,
``ORG``/``ORGANISATION`` → ORG, ``LOC``/``GPE``/``PLACE`` → LOCATION, including
the IndoNLU NER-grit and NERP labels); a ``label_map`` given by the user is
merged on top (a type mapped to ``None`` is ignored), types mapped nowhere
(``MISC``, ``DATE`` …) are ignored. A person's title caught inside the span
("Presiden Joko Widodo") becomes the mention's title, as with the rules. The
mention's evidence is ``"model:<name>"``.

A span whose folded text is a dictionary alias is that dictionary actor
(:func:`link_to_dictionary`): "Rusia" tagged LOC by the model is the COUNTRY
Russia, exactly as if the rules had found it.

Merging with the rules
----------------------
``make_entity_stage(gazetteer, extra=[...])`` runs the rules first and then
adds each extra recogniser's mentions with :func:`merge_candidates`: **the
rules win every overlap**, except a weak one-word guess of the rules (a lone
capitalised word kept only in case the article names someone so elsewhere),
which an overlapping model mention replaces. The rules carry what a generic
model does not (the dictionary's actors and codes, titles and the country
named with them, abbreviations defined in brackets), so a model adds the names
the rules missed and does not undo what they read; a model mention is always
checked against the dictionary, so whatever it finds that the dictionary knows
still gets its code. Without extra recognisers the stage is exactly the rules.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from peristiwa.actors.gazetteer import ENTITY_TYPES, Gazetteer, default_gazetteer, match_key
from peristiwa.actors.recognize import (
    Candidate,
    _prefer,
    _Sentence,
    _title_length,
    cues,
    find_candidates,
    find_title_candidates,
)
from peristiwa.model import Article, Token
from peristiwa.text.segment import tokenize

__all__ = [
    "DEFAULT_LABEL_MAP",
    "HuggingFaceRecognizer",
    "MissingExtraError",
    "Recognizer",
    "RulesRecognizer",
    "get_recognizer",
    "known_recognizers",
    "link_to_dictionary",
    "merge_candidates",
    "register_recognizer",
]

INSTALL_HINT = "pip install 'peristiwa[hf]'"

# Entity types of common NER label sets -> the entity stage's types. Upper case; the B-/I- prefix is removed first.
DEFAULT_LABEL_MAP: dict[str, str | None] = {
    # CoNLL, OntoNotes, WikiANN, most multilingual models
    "PER": "PERSON",
    "PERSON": "PERSON",
    "ORG": "ORG",
    "LOC": "LOCATION",
    "GPE": "LOCATION",
    "LOCATION": "LOCATION",
    # IndoNLU NER-grit (PERSON, PLACE, ORGANISATION) and NERP (PPL, PLC)
    "PLACE": "LOCATION",
    "ORGANISATION": "ORG",
    "ORGANIZATION": "ORG",
    "PPL": "PERSON",
    "PLC": "LOCATION",
    "COUNTRY": "COUNTRY",
}

_PREFIXED = re.compile(r"^([BIESLU])[-_](.+)$")
# Characters trimmed from the ends of a model span (white space, brackets, quotes, commas).
_TRIM = " \t\n\r\u00a0,;:\"“”‘'’()[]«»"


class MissingExtraError(ImportError):
    """An optional backend's packages are not installed; the message names the extra to install."""


@runtime_checkable
class Recognizer(Protocol):
    """Finds mentions in an article.

    ``candidates`` returns mentions with offsets into ``article.text`` and the index of their sentence. A
    recogniser may also define ``title_candidates(article)``, mentions in the headline with offsets into
    ``article.title``; only the rules do.
    """

    name: str

    def candidates(self, article: Article) -> list[Candidate]: ...


class RulesRecognizer:
    """The default recogniser: the dictionary and the rules of ``recognize.py``."""

    name = "rules"

    def __init__(self, gazetteer: Gazetteer | None = None):
        self.gazetteer = gazetteer if gazetteer is not None else default_gazetteer()

    def candidates(self, article: Article) -> list[Candidate]:
        return find_candidates(article, self.gazetteer)

    def title_candidates(self, article: Article) -> list[Candidate]:
        return find_title_candidates(article.title, self.gazetteer, article.text) if article.title else []

    def __repr__(self) -> str:
        return "RulesRecognizer()"


# --- the registry -------------------------------------------------------------------------------

_REGISTRY: dict[str, tuple[Callable[..., Recognizer], str]] = {}


def register_recognizer(kind: str, factory: Callable[..., Recognizer], usage: str | None = None) -> None:
    """Make ``get_recognizer(f"{kind}:<argument>")`` (or ``get_recognizer(kind)``) call
    ``factory(argument, **options)``; ``usage`` is how the name is shown in error messages."""
    _REGISTRY[kind] = (factory, usage or kind)


def known_recognizers() -> list[str]:
    """The names :func:`get_recognizer` understands, as shown to users."""
    return [usage for _, usage in _REGISTRY.values()]


def get_recognizer(spec: str, *, gazetteer: Gazetteer | None = None, **options: Any) -> Recognizer:
    """A recogniser by name: ``"rules"`` or ``"hf:/path/to/model"`` (options go to its constructor).

    Raises ``ValueError`` for an unknown name (listing the known ones) and :class:`MissingExtraError` when
    the backend's packages are not installed.
    """
    kind, _, argument = str(spec).partition(":")
    entry = _REGISTRY.get(kind.strip().lower())
    if entry is None:
        raise ValueError(f"unknown recogniser {spec!r}; known: {', '.join(known_recognizers())}")
    factory, _ = entry
    return factory(argument, gazetteer=gazetteer, **options)


def _rules_factory(argument: str, *, gazetteer: Gazetteer | None = None, **options: Any) -> Recognizer:
    if argument or options:
        raise ValueError(f"the rules recogniser takes no argument or option (got {argument or options!r})")
    return RulesRecognizer(gazetteer)


def _hf_factory(argument: str, *, gazetteer: Gazetteer | None = None, **options: Any) -> Recognizer:
    if not argument.strip():
        raise ValueError("the Hugging Face recogniser needs the model's directory: 'hf:/path/to/model'")
    return HuggingFaceRecognizer(argument.strip(), gazetteer=gazetteer, **options)


register_recognizer("rules", _rules_factory)
register_recognizer("hf", _hf_factory, "hf:<path to a local token-classification model directory>")


# --- dictionary and merging ------------------------------------------------------------------------

def _letters(text: str) -> str:
    return re.sub(r"[^A-Za-z]", "", text)


def link_to_dictionary(article: Article, candidates: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """Give each candidate without an actor the dictionary actor its folded text names ("Rusia" → Russia).

    As in the rules, the dictionary decides the type, an all-capitals alias (AS, PBB) needs the same
    capitals, and any other alias must start with a capital (or a digit). Returns ``candidates``.
    """
    for cand in candidates:
        if cand.actor is not None:
            continue
        surface = article.text[cand.start : cand.end]
        if not surface or not (surface[0].isupper() or surface[0].isdigit()):
            continue
        for form in _prefer(gaz.lookup(match_key(surface))):
            if form.exact_case and _letters(surface) != _letters(form.text):
                continue
            cand.extra.setdefault("model_type", cand.type)
            cand.actor, cand.form, cand.type = form.actor, form, form.actor.type
            break
    return candidates


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def merge_candidates(primary: list[Candidate], others: Iterable[list[Candidate]]) -> list[Candidate]:
    """``primary`` (the rules' mentions) with the mentions of other recognisers that do not overlap them.

    A primary mention wins every overlap unless it is a weak one-word guess (``single``), which the other
    mention replaces; each later list yields in the same way to everything merged before it. The primary
    mentions keep their order, the others go in by position, and abbreviations (``acronym_of``, an index
    into the list) are re-pointed at their long form's new place.
    """
    merged = list(primary)
    # What each candidate of a list abbreviates, as an object, before indices shift.
    targets: dict[int, Candidate] = {}
    stands_for: dict[int, Candidate] = {}  # a dropped or replaced candidate -> the one kept in its place

    def remember(cands: list[Candidate]) -> None:
        for cand in cands:
            if cand.acronym_of is not None and 0 <= cand.acronym_of < len(cands):
                targets[id(cand)] = cands[cand.acronym_of]

    remember(merged)
    for found in others:
        found = list(found)
        remember(found)
        for cand in found:
            clash = [c for c in merged if _overlaps(c, cand)]
            strong = [c for c in clash if not c.single]
            if strong:
                stands_for[id(cand)] = strong[0]
                continue
            for c in clash:
                stands_for[id(c)] = cand
            merged = [c for c in merged if not any(c is x for x in clash)]
            at = 0
            for n, c in enumerate(merged):
                if c.start <= cand.start:
                    at = n + 1
            merged.insert(at, cand)
    position = {id(c): n for n, c in enumerate(merged)}
    for cand in merged:
        target = targets.get(id(cand))
        if target is None:
            continue
        seen: set[int] = set()
        while id(target) not in position and id(target) in stands_for and id(target) not in seen:
            seen.add(id(target))
            target = stands_for[id(target)]
        cand.acronym_of = position.get(id(target))
    return merged


# --- the Hugging Face backend --------------------------------------------------------------------

def _import_backend() -> tuple[Any, Any]:
    """``(torch, transformers)``, imported now, with the hub offline; a clear error when they are missing."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import torch
        import transformers
    except ImportError as exc:
        missing = getattr(exc, "name", None) or str(exc)
        raise MissingExtraError(
            f"the Hugging Face recogniser needs the optional packages transformers and torch "
            f"({missing} is not installed); install them with: {INSTALL_HINT}"
        ) from exc
    return torch, transformers


def _parse_label(label: str, label_map: Mapping[str, str | None]) -> tuple[str, str | None]:
    """(prefix, entity type or None) for a model label: "B-PER" -> ("B", "PERSON"), "O" -> ("O", None)."""
    raw = str(label).strip()
    if raw.upper() in ("O", "OUTSIDE", ""):
        return "O", None
    if raw in label_map or raw.upper() in label_map:  # the user mapped a whole label ("LABEL_3": "ORG")
        kind = label_map.get(raw, label_map.get(raw.upper()))
        return ("I", kind) if kind else ("O", None)
    m = _PREFIXED.match(raw)
    prefix, name = (m.group(1).upper(), m.group(2)) if m else ("I", raw)
    kind = label_map.get(name.upper())
    return (prefix, kind) if kind else ("O", None)


class HuggingFaceRecognizer:
    """A token-classification model in a local directory, read sentence by sentence.

    ``model_path`` is a directory written by ``save_pretrained`` (``config.json``, the weights and a fast
    tokenizer's ``tokenizer.json``). ``device`` is a torch device ("cpu", "cuda", "cuda:1", "mps");
    ``batch_size`` counts sentences per forward pass; ``label_map`` adds to or overrides
    :data:`DEFAULT_LABEL_MAP`; ``min_score`` drops mentions whose mean word probability is lower;
    ``max_length`` caps the model's window (default: what the model and tokenizer allow, at most 512 tokens);
    ``gazetteer`` is the dictionary spans are linked to (the default one unless given); ``name`` names the
    model in the mentions' evidence (default: the directory's name).
    """

    def __init__(self, model_path: str | os.PathLike, device: str = "cpu", batch_size: int = 16,
                 label_map: Mapping[str, str | None] | None = None, *, min_score: float = 0.0,
                 max_length: int | None = None, gazetteer: Gazetteer | None = None, name: str | None = None):
        path = Path(model_path).expanduser()
        if not path.is_dir():
            raise ValueError(f"{model_path}: not a directory; the Hugging Face recogniser reads a model saved on "
                             "disk (save_pretrained) and never downloads one")
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        merged_map = dict(DEFAULT_LABEL_MAP)
        for key, value in (label_map or {}).items():
            if value is not None and str(value).upper() not in ENTITY_TYPES:
                raise ValueError(f"label_map: {key!r} -> {value!r}; the types are {', '.join(ENTITY_TYPES)} "
                                 "(or None to ignore the label)")
            merged_map[str(key).upper()] = str(value).upper() if value is not None else None
            merged_map[str(key)] = merged_map[str(key).upper()]
        self.path = path
        self.name = name or path.resolve().name
        self.device = device
        self.batch_size = batch_size
        self.min_score = min_score
        self.gazetteer = gazetteer
        self.label_map = merged_map

        torch, transformers = _import_backend()
        self._torch = torch
        try:
            self.tokenizer = transformers.AutoTokenizer.from_pretrained(
                str(path), local_files_only=True, trust_remote_code=False)
            self.model = transformers.AutoModelForTokenClassification.from_pretrained(
                str(path), local_files_only=True, trust_remote_code=False)
        except (OSError, ValueError, KeyError) as exc:
            raise ValueError(f"{model_path}: cannot load a token-classification model and tokenizer from this "
                             f"directory: {exc}") from exc
        if not getattr(self.tokenizer, "is_fast", False):
            raise ValueError(f"{model_path}: the tokenizer is not a fast one (no tokenizer.json), so it cannot "
                             "give character offsets; save the model's fast tokenizer with it")
        self.model.to(torch.device(device))
        self.model.eval()
        id2label = dict(getattr(self.model.config, "id2label", None) or {})
        self.labels = {int(i): _parse_label(lab, self.label_map) for i, lab in id2label.items()}
        limits = [512, getattr(self.tokenizer, "model_max_length", None),
                  getattr(self.model.config, "max_position_embeddings", None), max_length]
        self.max_length = min(int(x) for x in limits if isinstance(x, int | float) and x > 0)
        # Room for the special tokens ([CLS], [SEP]) is the tokenizer's business; windows overlap by a quarter.
        self.stride = max(0, min(self.max_length // 4, self.max_length - 8))
        self._inputs = set(getattr(self.tokenizer, "model_input_names", ()) or ("input_ids", "attention_mask"))

    def __repr__(self) -> str:
        return f"HuggingFaceRecognizer({str(self.path)!r}, device={self.device!r})"

    # -- reading ----------------------------------------------------------------------------------

    def candidates(self, article: Article) -> list[Candidate]:
        text = article.text
        sentences = [(n, s.start, text[s.start : s.end]) for n, s in enumerate(article.sentences)
                     if text[s.start : s.end].strip()]
        found: list[Candidate] = []
        for at in range(0, len(sentences), self.batch_size):
            found.extend(self._read(sentences[at : at + self.batch_size]))
        found = self._finish(article, found)
        return link_to_dictionary(article, found, self.gazetteer or default_gazetteer())

    def _read(self, batch: list[tuple[int, int, str]]) -> list[Candidate]:
        torch = self._torch
        enc = self.tokenizer([t for _, _, t in batch], return_offsets_mapping=True, truncation=True,
                             max_length=self.max_length, stride=self.stride, return_overflowing_tokens=True,
                             padding=True, return_tensors="pt")
        offsets = enc["offset_mapping"].tolist()
        sample_of = enc["overflow_to_sample_mapping"].tolist() if "overflow_to_sample_mapping" in enc \
            else list(range(len(batch)))
        device = torch.device(self.device)
        inputs = {k: v.to(device) for k, v in enc.items() if k in self._inputs}
        with torch.inference_mode():
            logits = self.model(**inputs).logits
        best_p, best = logits.float().softmax(-1).max(-1)
        best_p, best = best_p.tolist(), best.tolist()
        # Per sentence and word: the word's extent and the label of its first sub-word token, taken from the
        # window where that token has the most context on both sides.
        words: list[dict[int, dict]] = [{} for _ in batch]
        for w, sample in enumerate(sample_of):
            ids = enc.word_ids(w)
            positions = [k for k, wid in enumerate(ids) if wid is not None and offsets[w][k][1] > offsets[w][k][0]]
            if not positions:
                continue
            first, last = positions[0], positions[-1]
            for k in positions:
                start, end = offsets[w][k]
                word = words[sample].setdefault(ids[k], {"start": start, "end": end, "first": None})
                word["start"], word["end"] = min(word["start"], start), max(word["end"], end)
                context = min(k - first, last - k)
                current = word["first"]
                if current is None or start < current[0] or (start == current[0] and context > current[1]):
                    word["first"] = (start, context, best[w][k], best_p[w][k])
        out: list[Candidate] = []
        for (index, offset, _), sentence_words in zip(batch, words, strict=True):
            out.extend(self._spans(index, offset, [sentence_words[k] for k in sorted(sentence_words)]))
        return out

    def _spans(self, sentence: int, offset: int, words: list[dict]) -> list[Candidate]:
        """Words labelled B-/I-/E-/S- … to mentions (offsets into the article)."""
        out: list[Candidate] = []
        current: dict | None = None

        def close() -> None:
            nonlocal current
            if current is not None:
                score = sum(current["scores"]) / len(current["scores"])
                if score >= self.min_score:
                    out.append(Candidate(offset + current["start"], offset + current["end"], current["type"],
                                         sentence, evidence=f"model:{self.name}",
                                         extra={"score": round(score, 4)}))
            current = None

        for word in words:
            if word["first"] is None:
                continue
            _, _, label_id, prob = word["first"]
            prefix, kind = self.labels.get(label_id, ("O", None))
            if kind is None:
                close()
                continue
            if current is None or prefix in ("B", "S", "U") or current["type"] != kind:
                close()
                current = {"start": word["start"], "end": word["end"], "type": kind, "scores": []}
            current["end"] = word["end"]
            current["scores"].append(prob)
            if prefix in ("E", "L", "S", "U"):
                close()
        close()
        return out

    def _finish(self, article: Article, found: list[Candidate]) -> list[Candidate]:
        """Trim quotes and brackets off the spans and move a person's title out of the name."""
        text = article.text
        tokens: list[Token] | None = None
        starts: list[int] = []
        out = []
        for cand in found:
            while cand.start < cand.end and text[cand.start] in _TRIM:
                cand.start += 1
            while cand.end > cand.start and text[cand.end - 1] in _TRIM:
                cand.end -= 1
            if cand.end <= cand.start:
                continue
            if cand.type == "PERSON":
                if tokens is None:
                    tokens = article.tokens or tokenize(text)
                    starts = [t.start for t in tokens]
                a = bisect_left(starts, cand.start)
                b = bisect_left(starts, cand.end, a)
                span = [t for t in tokens[a:b] if t.end <= cand.end]
                n = _title_length(_Sentence(text, span, cand.sentence, shared_lists=False), 0, cues()) if span else 0
                if n >= len(span) > 0:
                    continue  # a title alone ("Presiden") names nobody in particular
                if n:
                    cand.title = text[span[0].start : span[n - 1].end]
                    cand.start = span[n].start
            out.append(cand)
        return out
