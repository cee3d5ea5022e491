"""Tokens and sentences that survive Indonesian news.

Tokens come from one regular expression, tried left to right:

* URLs and e-mail addresses stay whole;
* dotted abbreviations ("a.n.", "S.H.", "U.S.") and the listed ones in
  ``data/id/abbreviations.txt`` ("dll.", "Jl.", "Dr.") keep their full stop;
* numbers keep Indonesian separators: "1.000.000", "1,5", "2,75", "1990-an";
  "Rp" glued to a number ("Rp450") is split from it;
* words keep inner hyphens and apostrophes, so "Jong-un", "COVID-19",
  "AS-Korsel", "ke-3", "Jum'at" and reduplications ("negara-negara") are one
  token (spaCy's blank Indonesian tokenizer splits all of these);
* anything else is one punctuation or symbol character.

Sentences never cross a paragraph. Inside one, a boundary is a run of ``.``,
``!``, ``?`` or ``…`` plus any closing quotes or brackets, followed by white
space and a word that can open a sentence (a capital, a digit, an opening
quote or bracket). It is *not* a boundary after a listed abbreviation or a
single capital initial ("H. Ahmad"), unless the abbreviation is marked as one
that can close a sentence ("dll. *"), in which case a capital after it opens
a new one. An opening quotation mark therefore starts the next sentence
instead of hanging on the previous one, and a quotation that runs over
several sentences is split at its inner full stops like any other text
(quote spans are the attribution stage's business, not the segmenter's).
"""

from __future__ import annotations

import re
from functools import cache

from peristiwa.langdata import load_lines
from peristiwa.model import Article, Sentence, Token

_TOKEN = re.compile(
    r"""
    (?P<url>https?://[^\s<>"”]+[^\s<>"”.,;:!?)\]]|www\.[^\s<>"”]+[^\s<>"”.,;:!?)\]])
  | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<abbrev>(?:[A-Za-z]{1,3}\.){2,}(?![A-Za-z]))
  | (?P<currency>Rp(?=\d))
  | (?P<number>\d+(?:[.,]\d+)*(?:-an\b)?)
  | (?P<word>\w+(?:['’-]\w+)*)
  | (?P<punct>[^\w\s])
    """,
    re.VERBOSE,
)
# A sentence may end here: terminal punctuation, closing quotes/brackets, white space.
_BOUNDARY = re.compile(r"(?:[.!?]+|…)[\"”’'»)\]]*(?=\s+[\"“‘'«(\[]?[A-Z0-9À-Þ])")
_WORD_BEFORE = re.compile(r"(\S+)$")


@cache
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """(abbreviations that never close a sentence, abbreviations that may)."""
    never, may = set(), set()
    for line in load_lines("id/abbreviations.txt"):
        if line.endswith(" *"):
            may.add(line[:-2].strip())
        else:
            never.add(line)
    return frozenset(never), frozenset(may)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    never, may = _abbreviations()
    end = len(text) if end is None else end
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text, start, end):
        kind = m.lastgroup or "punct"
        if kind == "currency":
            kind = "word"  # "Rp450": the symbol glued to the number is a word token of its own
        s, e = m.span()
        if kind == "word" and e < end and text[e] == ".":
            candidate = text[s : e + 1]
            if candidate in never or candidate in may:
                tokens.append(Token(s, e + 1, "abbrev"))
                continue
        tokens.append(Token(s, e, kind))
    # A full stop that the word pattern left behind after an abbreviation was consumed above;
    # the finditer position does not know, so drop punctuation tokens that fall inside one.
    out: list[Token] = []
    last_end = -1
    for tok in tokens:
        if tok.start < last_end:
            continue
        out.append(tok)
        last_end = tok.end
    return out


def _is_boundary(text: str, para_start: int, stop_start: int) -> bool:
    """Decide whether the terminal punctuation starting at ``stop_start`` closes a sentence."""
    if text[stop_start] != ".":
        return True
    never, may = _abbreviations()
    m = _WORD_BEFORE.search(text, para_start, stop_start)
    if not m:
        return True
    word = m.group(1).lstrip("\"“‘'«([")
    with_stop = word + "."
    if with_stop in never:
        return False
    if len(word) == 1 and word.isupper():
        return False  # an initial: "H. Ahmad", "Kim J. Un"
    if re.fullmatch(r"(?:[A-Za-z]{1,3}\.)+[A-Za-z]{1,3}", word):
        return with_stop in may  # dotted abbreviation "S.H" + "." ends only if listed as sentence-final
    return True


def split_sentences(text: str, para_start: int, para_end: int) -> list[tuple[int, int]]:
    spans = []
    begin = para_start
    for m in _BOUNDARY.finditer(text, para_start, para_end):
        if _is_boundary(text, para_start, m.start()):
            spans.append((begin, m.end()))
            begin = m.end()
            while begin < para_end and text[begin].isspace():
                begin += 1
    if begin < para_end:
        spans.append((begin, para_end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def segment(article: Article) -> Article:
    """Stage: fill ``article.sentences`` and ``article.tokens`` (paragraph by paragraph)."""
    text = article.text
    sentences: list[Sentence] = []
    for index, para in enumerate(article.paragraphs):
        for s, e in split_sentences(text, para.start, para.end):
            sentences.append(Sentence(s, e, index))
    article.sentences = sentences
    article.tokens = tokenize(text)
    return article
