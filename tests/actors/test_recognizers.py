"""Pluggable recognisers: the registry, merging with the rules, and the optional Hugging Face backend.

The backend is tested on a tiny BERT token classifier that the tests build in a temporary folder: a
WordPiece vocabulary of a few words, one layer of width 16, and weights set by hand so that every token's
label is fixed by its vocabulary entry (the encoder's own weights are zero, so a token's output is its
normalised embedding, and the embedding of a word points at the label it should get). Nothing is
downloaded; those tests are skipped when transformers or torch is not installed. The registry, the merging
and the error for the missing extra are tested without them.

All names of people and organisations here are invented.
"""

from __future__ import annotations

import dataclasses
import os
import socket
import subprocess
import sys

import pytest

from peristiwa.actors import make_entity_stage, recognize_entities
from peristiwa.actors import recognizers as rec_mod
from peristiwa.actors.gazetteer import default_gazetteer
from peristiwa.actors.recognize import Candidate, find_candidates, find_title_candidates
from peristiwa.actors.recognizers import (
    HuggingFaceRecognizer,
    MissingExtraError,
    Recognizer,
    RulesRecognizer,
    get_recognizer,
    known_recognizers,
    merge_candidates,
)
from peristiwa.actors.resolve import build_entities, dateline_place
from peristiwa.model import Article, RawDocument
from peristiwa.pipeline import extract

TEXT = ("Warga desa melaporkan bahwa Sutarmi datang ke Rusia kemarin. "
        "Bupati Lestari Ningrum menemui Gapoktan di balai desa.")


def _segmented(text: str = TEXT) -> Article:
    """The article as the entity stage receives it (language, sentences and tokens)."""
    return extract(RawDocument(id="t", text=text, language="id", published="2024-10-23"),
                   stages=["language", "segment"])


def _entities(article: Article) -> list[tuple[str, str, str]]:
    return sorted((e.type, e.name, e.source) for e in article.entities)


# --- the registry ---------------------------------------------------------------------------------

def test_rules_recognizer_by_name():
    recognizer = get_recognizer("rules")
    assert isinstance(recognizer, RulesRecognizer)
    assert isinstance(recognizer, Recognizer)
    assert recognizer.name == "rules"


def test_unknown_recognizer_lists_the_known_ones():
    with pytest.raises(ValueError, match="unknown recogniser 'spacy:id_core'") as info:
        get_recognizer("spacy:id_core")
    message = str(info.value)
    assert "rules" in message and "hf:<path" in message
    assert known_recognizers()[0] == "rules"


def test_hf_needs_a_local_directory(tmp_path):
    """A hub model id is not a directory: refused before anything is imported or fetched."""
    with pytest.raises(ValueError, match="needs the model's directory"):
        get_recognizer("hf:")
    with pytest.raises(ValueError, match="never downloads"):
        get_recognizer("hf:indobenchmark/indobert-base-p1")
    with pytest.raises(ValueError, match="never downloads"):
        get_recognizer(f"hf:{tmp_path / 'absent'}")


def test_a_recognizer_can_be_registered(monkeypatch):
    class Nothing:
        name = "nothing"

        def candidates(self, article):
            return []

    monkeypatch.setitem(rec_mod._REGISTRY, "nothing", (lambda arg, **opts: Nothing(), "nothing"))
    assert isinstance(get_recognizer("nothing"), Nothing)
    assert "nothing" in known_recognizers()


def test_missing_extra_names_the_install_command(monkeypatch, tmp_path):
    """Without transformers the backend says which extra to install (the import is made to fail here)."""
    monkeypatch.setitem(sys.modules, "transformers", None)
    with pytest.raises(MissingExtraError) as info:
        get_recognizer(f"hf:{tmp_path}")
    assert "pip install 'peristiwa[hf]'" in str(info.value)
    assert "transformers" in str(info.value)
    assert isinstance(info.value, ImportError)


def test_importing_the_package_does_not_import_the_backend():
    """transformers and torch are imported only when a Hugging Face recogniser is built."""
    code = "import sys, peristiwa.pipeline; print('transformers' in sys.modules, 'torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


# --- the default stage is unchanged ---------------------------------------------------------------

def _rules_only(article: Article) -> list:
    """What the entity stage computed before recognisers were pluggable: rules, title, build_entities, and the
    place of the dateline."""
    gaz = default_gazetteer()
    title = find_title_candidates(article.title, gaz) if article.title else []
    entities = build_entities(article, find_candidates(article, gaz), gaz, title)
    place = dateline_place(dataclasses.replace(article, entities=entities), gaz)
    return [*entities, place] if place is not None else entities


def test_default_pipeline_is_unchanged(sample_articles):
    gaz = default_gazetteer()
    for record in [*sample_articles, {"id": "t", "text": TEXT, "language": "id"}]:
        raw = RawDocument(id=record["id"], text=record["text"], title=record.get("title"),
                          outlet=record.get("outlet"), published=record.get("published") or "2024-10-23",
                          language=record.get("language"))
        article = extract(raw)
        expected = [dataclasses.asdict(e) for e in _rules_only(article)]
        assert [dataclasses.asdict(e) for e in article.entities] == expected, record["id"]
        for stage in (make_entity_stage(gaz), make_entity_stage(gaz, extra=[]), recognize_entities):
            assert [dataclasses.asdict(e) for e in stage(article).entities] == expected, record["id"]


# --- merging and dictionary links, with a hand-made recogniser -----------------------------------

class _Fixed:
    """A recogniser that finds the given words (each one mention of the given type)."""

    name = "fixed"

    def __init__(self, words: dict[str, str]):
        self.words = words

    def candidates(self, article: Article) -> list[Candidate]:
        out = []
        for word, kind in self.words.items():
            start = article.text.index(word)
            out.append(Candidate(start, start + len(word), kind, article.sentence_index(start) or 0,
                                 evidence="model:fixed"))
        return out


def test_extra_recognizer_adds_what_the_rules_missed():
    article = _segmented()
    before = _entities(make_entity_stage(default_gazetteer())(_segmented()))
    assert ("PERSON", "Sutarmi", "model:fixed") not in before
    # "Rusia" found as a place is the country; "Lestari Ningrum" as an ORG loses to the rules' person.
    extra = _Fixed({"Sutarmi": "PERSON", "Rusia": "LOCATION", "Lestari Ningrum": "ORG", "Gapoktan": "ORG"})
    after = _entities(make_entity_stage(default_gazetteer(), extra=[extra])(article))
    assert after == sorted([*before, ("PERSON", "Sutarmi", "model:fixed"), ("ORG", "Gapoktan", "model:fixed")])
    russia = next(e for e in article.entities if e.type == "COUNTRY")
    assert (russia.id, russia.code, [m.text for m in russia.mentions]) == ("country-rus", "RUS", ["Rusia"])


def test_merge_keeps_rules_replaces_weak_guesses_and_repoints_abbreviations():
    rules = [
        Candidate(0, 5, "ORG", 0, evidence="organisation word"),          # 0
        Candidate(7, 10, "ORG", 0, evidence="abbreviation", acronym_of=0),  # 1: abbreviates 0
        Candidate(20, 27, "PERSON", 0, evidence="single name", single=True),  # 2: a weak guess
        Candidate(40, 45, "LOCATION", 1),                                 # 3
    ]
    model = [
        Candidate(2, 6, "PERSON", 0, evidence="model:m"),    # overlaps 0: dropped
        Candidate(12, 16, "ORG", 0, evidence="model:m"),     # new, between 1 and 2
        Candidate(20, 27, "PERSON", 0, evidence="model:m"),  # replaces the weak guess 2
    ]
    merged = merge_candidates(rules, [model])
    assert [(c.start, c.evidence) for c in merged] == [
        (0, "organisation word"), (7, "abbreviation"), (12, "model:m"), (20, "model:m"), (40, "dictionary")]
    assert merged[1].acronym_of == 0
    assert merge_candidates(rules[:0], [[]]) == []


# --- the Hugging Face backend on a tiny model built here --------------------------------------------

# Word pieces and the label each one gets; every other entry is "O". "Sutarmi" is two pieces, "sutar" and
# "##mi": the word takes its first piece's label.
VOCAB_LABELS = {
    "sutar": "B-PER", "##mi": "O", "bupati": "B-PER", "lestari": "I-PER", "ningrum": "I-PER",
    "gapoktan": "B-ORG", "rusia": "B-LOC",
}
VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", ".", ",", *VOCAB_LABELS,
         *"warga desa melaporkan bahwa datang ke kemarin menemui di balai".split()]
SCHEMES = {
    # CoNLL-style labels and the IndoNLU NER-grit ones, in the same places.
    "conll": {0: "O", 1: "B-PER", 2: "I-PER", 3: "B-ORG", 4: "B-LOC"},
    "grit": {0: "O", 1: "B-PERSON", 2: "I-PERSON", 3: "B-ORGANISATION", 4: "B-PLACE"},
}
_CONLL_ID = {label: i for i, label in SCHEMES["conll"].items()}


def _build_tiny_model(folder, id2label: dict[int, str]) -> None:
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    vocab_dir = folder.parent / f"{folder.name}-vocab"
    vocab_dir.mkdir()
    (vocab_dir / "vocab.txt").write_text("\n".join(VOCAB) + "\n", encoding="utf-8")
    tokenizer = transformers.BertTokenizerFast.from_pretrained(str(vocab_dir), local_files_only=True)
    config = transformers.BertConfig(
        vocab_size=len(VOCAB), hidden_size=16, num_hidden_layers=1, num_attention_heads=2, intermediate_size=32,
        max_position_embeddings=64, num_labels=len(id2label), id2label=id2label,
        label2id={v: k for k, v in id2label.items()})
    model = transformers.BertForTokenClassification(config)
    with torch.no_grad():
        # Zero weights everywhere but the layer norms: each layer passes its input on, normalised.
        for name, param in model.named_parameters():
            if name.endswith("LayerNorm.weight"):
                param.fill_(1.0)
            else:
                param.zero_()
        # A word's embedding points at its label; the classifier reads those dimensions as the labels.
        embeddings = model.bert.embeddings.word_embeddings.weight
        for index, piece in enumerate(VOCAB):
            embeddings[index, _CONLL_ID[VOCAB_LABELS.get(piece, "O")]] = 1.0
        model.classifier.weight[:, : len(id2label)] = torch.eye(len(id2label))
    model.save_pretrained(str(folder))
    tokenizer.save_pretrained(str(folder))


@pytest.fixture(scope="module")
def tiny_models(tmp_path_factory):
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    root = tmp_path_factory.mktemp("models")
    paths = {}
    for scheme, id2label in SCHEMES.items():
        paths[scheme] = root / f"tiny-ner-{scheme}"
        _build_tiny_model(paths[scheme], id2label)
    return paths


def _summary(article: Article, candidates: list[Candidate]) -> list[tuple]:
    return [(article.text[c.start : c.end], c.type, c.actor.id if c.actor else None, c.sentence, c.title)
            for c in candidates]


EXPECTED = [
    ("Sutarmi", "PERSON", None, 0, None),
    ("Rusia", "COUNTRY", "country-rus", 0, None),
    ("Lestari Ningrum", "PERSON", None, 1, "Bupati"),
    ("Gapoktan", "ORG", None, 1, None),
]


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_model_mentions(tiny_models, scheme):
    """Offsets point at the words, sub-words join their word, the title leaves the name, Rusia is the country."""
    recognizer = get_recognizer(f"hf:{tiny_models[scheme]}")
    assert isinstance(recognizer, HuggingFaceRecognizer) and isinstance(recognizer, Recognizer)
    assert recognizer.name == f"tiny-ner-{scheme}"
    article = _segmented()
    found = recognizer.candidates(article)
    assert _summary(article, found) == EXPECTED
    assert {c.evidence for c in found} == {f"model:tiny-ner-{scheme}"}
    assert found[1].extra["model_type"] == "LOCATION"
    assert all(0.5 < c.extra["score"] <= 1.0 for c in found)


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_model_entities_join_the_rules(tiny_models, scheme):
    gaz = default_gazetteer()
    rules = make_entity_stage(gaz)(_segmented())
    article = make_entity_stage(gaz, extra=[f"hf:{tiny_models[scheme]}"])(_segmented())
    model = f"model:tiny-ner-{scheme}"
    assert _entities(article) == sorted([*_entities(rules), ("PERSON", "Sutarmi", model), ("ORG", "Gapoktan", model)])
    for entity in article.entities:
        assert all(article.text[m.start : m.end] == m.text for m in entity.mentions)
    russia = next(e for e in article.entities if e.type == "COUNTRY")
    assert (russia.id, russia.code, russia.source, len(russia.mentions)) == ("country-rus", "RUS", "dictionary", 1)
    person = next(e for e in article.entities if e.name == "Lestari Ningrum")
    assert (person.source, person.titles) == ("title", ["Bupati"])  # the rules' mention, not the model's


# At 5 and 14 tokens a window boundary falls inside "Sutarmi" (between "sutar" and "##mi").
@pytest.mark.parametrize("max_length", [5, 7, 9, 14])
def test_long_sentences_are_read_in_windows(tiny_models, max_length):
    text = "Warga desa " * 12 + "melaporkan bahwa Sutarmi datang ke Rusia kemarin, warga desa warga desa."
    article = _segmented(text)
    recognizer = HuggingFaceRecognizer(tiny_models["conll"], max_length=max_length)
    assert recognizer.max_length == max_length
    assert _summary(article, recognizer.candidates(article)) == [
        ("Sutarmi", "PERSON", None, 0, None), ("Rusia", "COUNTRY", "country-rus", 0, None)]


def test_label_map_and_score_threshold(tiny_models):
    article = _segmented()
    no_places = get_recognizer(f"hf:{tiny_models['conll']}", label_map={"LOC": None}, batch_size=1)
    assert [t for t, *_ in _summary(article, no_places.candidates(article))] == [
        "Sutarmi", "Lestari Ningrum", "Gapoktan"]
    people_as_orgs = get_recognizer(f"hf:{tiny_models['grit']}", label_map={"person": "org"})
    assert {c.type for c in people_as_orgs.candidates(article) if c.actor is None} == {"ORG"}
    assert get_recognizer(f"hf:{tiny_models['conll']}", min_score=0.999).candidates(article) == []
    with pytest.raises(ValueError, match="label_map"):
        get_recognizer(f"hf:{tiny_models['conll']}", label_map={"MISC": "THING"})


def test_loading_never_touches_the_network(tiny_models, monkeypatch):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)

    def refuse(*args, **kwargs):
        raise AssertionError("the recogniser tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    recognizer = get_recognizer(f"hf:{tiny_models['conll']}")
    assert _summary(_segmented(), recognizer.candidates(_segmented()))[0][0] == "Sutarmi"
    assert os.environ["HF_HUB_OFFLINE"] == "1"


def test_a_folder_without_a_model_is_refused(tmp_path):
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    with pytest.raises(ValueError, match="cannot load a token-classification model"):
        get_recognizer(f"hf:{tmp_path}")
