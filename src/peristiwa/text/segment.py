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
# A sentence may end here: terminal punctuation, closing quotes/brackets, white space. "[.!?]+" is
# spelled out per character so that every alternative opens with a literal: the regex engine then
# jumps from one candidate character to the next instead of trying the pattern at every position.
_BOUNDARY = re.compile(r"(?:\.[.!?]*|![.!?]*|\?[.!?]*|…)[\"”’'»)\]]*(?=\s+[\"“‘'«(\[]?[A-Z0-9À-Þ])")
_DOTTED = re.compile(r"(?:[A-Za-z]{1,3}\.)+[A-Za-z]{1,3}")
_WORD_SHAPE = re.compile(r"\w+(?:['’-]\w+)*")


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


@cache
def _fast_token_pattern() -> tuple[re.Pattern[str], tuple[str | None, ...]]:
    """``_TOKEN`` plus the listed abbreviations, for text without "@"; and the token kind by group number.

    It finds the tokens of the reference loop (``_tokenize_with_emails``), one regex match per token:

    * an e-mail address needs an "@". Without one its alternative is left out, and so is the one case
      the loop mends afterwards: an address that starts at the full stop of a listed abbreviation;
    * a listed abbreviation ("Jl.", "dll.") is an alternative of its own: its word and full stop;
    * the word alternative is split in two. A word not followed by a full stop, the most common
      token, comes before the abbreviations, which never match there (each ends its first word with
      a full stop); a word before a full stop comes after them;
    * URLs, "Rp" and numbers still come before words, as in ``_TOKEN``; punctuation begins with a
      character no other alternative begins with, so its place does not matter.

    Each alternative opens with its own first character, so that the regex engine rejects most of
    them by one character test, and ends with an empty group that names its kind (``m.lastindex``).
    Every alternative opens with a character that is no white space: a look-ahead for one, put first,
    turns a space away at one test instead of one per alternative (the scan ~25% cheaper, measured).
    """
    never, may = _abbreviations()
    # Only a stem shaped like a word can be a whole word token ("S.H." and "s/d." never are).
    stems = sorted({a[:-1] for a in never | may if a.endswith(".") and _WORD_SHAPE.fullmatch(a[:-1])},
                   key=len, reverse=True)
    stem_chars = "".join(sorted({c for stem in stems for c in stem})) or "."
    listed = "|".join(re.escape(stem) for stem in stems) or "(?!)"
    alternatives = [
        r'https?://[^\s<>"”]+[^\s<>"”.,;:!?)\]](?P<url>)',
        r'www\.[^\s<>"”]+[^\s<>"”.,;:!?)\]](?P<www>)',
        r"Rp(?=\d)(?P<currency>)",
        r"\d\d*(?:[.,]\d+)*(?:-an\b)?(?P<number>)",
        r"\w\w*+(?:['’-]\w++)*+(?!\.)(?P<word>)",
        r"[^\w\s](?P<punct>)",
        r"[A-Za-z][A-Za-z]{0,2}\.(?:[A-Za-z]{1,3}\.)+(?![A-Za-z])(?P<abbrev>)",
        # A short run of the stems' characters and a full stop, tested first: most positions are
        # then spared the long alternation.
        rf"(?=[{re.escape(stem_chars)}]{{1,{max(map(len, stems), default=1)}}}+\.)(?:{listed})\.(?P<listed>)",
        r"\w+(?:['’-]\w+)*(?P<wordstop>)",
    ]
    kind = {"url": "url", "www": "url", "currency": "word", "number": "number", "word": "word",
            "punct": "punct", "abbrev": "abbrev", "listed": "abbrev", "wordstop": "word"}
    pattern = re.compile(r"(?=\S)(?:" + "|".join(alternatives) + ")")
    by_number = {number: kind[name] for name, number in pattern.groupindex.items()}
    return pattern, tuple(by_number.get(number) for number in range(pattern.groups + 1))


_new_token = object.__new__

# Characters that are no word character and no white space, and often stick to the front or the back of a
# word ("“Kami", "keras,”", "(AS)"): each is a punctuation token of its own wherever it stands (see
# ``_TOKEN``: no other alternative can begin with one). Which ones are listed changes no token, only how
# many chunks ``tokenize`` reads without the regex.
_STICKY_PUNCTUATION = "\"'“”‘’«»()[]{}<>,.;:!?…-–—/%&*+=#|~^`$€£¥§°•·"
# A word that a URL alternative can open with: a chunk around one is always left to the regex.
_URL_OPENINGS = frozenset({"http", "https", "www"})


@cache
def _listed_stems() -> frozenset[str]:
    """The listed abbreviations without their full stop, those that are whole word tokens ("Jl", "dll")."""
    never, may = _abbreviations()
    return frozenset(a[:-1] for a in never | may if a.endswith(".") and _WORD_SHAPE.fullmatch(a[:-1]))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]``, with offsets into ``text``.

    Text without "@" is read chunk by chunk, a chunk being what lies between two spaces or line breaks:
    no token holds white space, and no alternative of the pattern looks past it. Most chunks are a word
    of letters, or a word or a number with punctuation stuck to it ("“Kami", "2023),"). Those are cut
    up here by string methods, as ``_fast_token_pattern`` cuts them (a test compares the two on chunks
    of every shape), and only the other chunks go to the regex: a regex match costs some 2,700
    instructions however simple the pattern, most of what a token cost, and ``str.isalpha`` a tenth.
    """
    return _tokens_and_lists(text, start, len(text) if end is None else end)[0]


def _tokens_and_lists(text: str, start: int, end: int) -> tuple[list[Token], _TokenLists | None]:
    """``tokenize``, and the lists of the tokens' words, starts and kinds (see ``token_words``) made with them,
    or None when they were not (a text with "@", which the reference tokenizer reads).

    The stages read those lists over and over, and each list made afterwards from the tokens read one field
    of each token through Python's attribute look-up: together some 4% of the pipeline's instructions. Here
    the values are at hand as each token is made, and three appends cost a fraction of that."""
    if text.find("@", start, end) >= 0:
        return _tokenize_with_emails(text, start, end), None
    listed = _listed_stems()
    # Tokens are made by far the most of any object: each is set up here, field by field, without the
    # call of the dataclass's __init__ (which only sets the same three fields).
    tokens: list[Token] = []
    words: list[str] = []
    starts: list[int] = []
    kinds: list[str] = []
    append, add_word, add_start, add_kind = tokens.append, words.append, starts.append, kinds.append
    made = (tokens, words, starts, kinds)
    at = start  # where the chunk starts
    # A line break becomes a space, one character for one so that every offset stays: a chunk ends at either.
    for chunk in text[start:end].replace("\n", " ").split(" "):
        size = len(chunk)
        # A word of letters, all of it: the word alternative stops at white space only (the URL and "Rp"
        # alternatives before it need a character that is no letter).
        if chunk.isalpha():
            token = _new_token(Token)
            token.start, token.end, token.kind = at, at + size, "word"
            append(token)
            add_word(chunk)
            add_start(at)
            add_kind("word")
            at += size + 1
            continue
        core = chunk.strip(_STICKY_PUNCTUATION)
        if core.isalpha() and core not in _URL_OPENINGS:
            kind = "word"
        elif core.isdecimal():  # what "\d" accepts: the number alternative takes the digits and stops
            kind = "number"
        elif core:
            _regex_tokens(text, at, at + size, made)
            at += size + 1
            continue
        elif size:
            kind = "punct"  # punctuation only
        else:  # nothing between two spaces
            at += 1
            continue
        chunk_end = at + size
        if kind != "punct":
            core_start = chunk_end - len(chunk.lstrip(_STICKY_PUNCTUATION))
            if core_start > at:
                _punctuation_tokens(text, at, core_start, made)
            core_end = core_start + len(core)
            # A listed abbreviation takes its full stop ("Jl.", "dll."), as the pattern's "listed" alternative.
            if kind == "word" and core_end < chunk_end and text[core_end] == "." and core in listed:
                core_end += 1
                kind = "abbrev"
            token = _new_token(Token)
            token.start, token.end, token.kind = core_start, core_end, kind
            append(token)
            add_word(text[core_start:core_end])
            add_start(core_start)
            add_kind(kind)
            at = core_end
        if chunk_end > at:
            _punctuation_tokens(text, at, chunk_end, made)
        at = chunk_end + 1
    return tokens, _TokenLists(text, tokens, words, starts, kinds)


# What ``_tokens_and_lists`` makes: the tokens and, in step with them, their words, starts and kinds.
_Made = tuple[list[Token], list[str], list[int], list[str]]


def _punctuation_tokens(text: str, start: int, end: int, made: _Made) -> None:
    """A punctuation token for each character from ``start`` to ``end``, added to ``made``."""
    tokens, words, starts, kinds = made
    for at in range(start, end):
        token = _new_token(Token)
        token.start, token.end, token.kind = at, at + 1, "punct"
        tokens.append(token)
        words.append(text[at])
        starts.append(at)
        kinds.append("punct")


def _regex_tokens(text: str, start: int, end: int, made: _Made) -> None:
    """The tokens of ``text[start:end]`` (with no "@") by ``_fast_token_pattern``, one match per token, added to
    ``made``."""
    pattern, kind_of = _fast_token_pattern()
    tokens, words, starts, kinds = made
    for m in pattern.finditer(text, start, end):
        at, kind = m.start(), kind_of[m.lastindex]
        token = _new_token(Token)
        token.start, token.end, token.kind = at, m.end(), kind
        tokens.append(token)
        words.append(m.group())
        starts.append(at)
        kinds.append(kind)


def _tokenize_with_emails(text: str, start: int, end: int) -> list[Token]:
    """The reference tokenizer: ``_TOKEN`` and the abbreviation list, tried token by token."""
    never, may = _abbreviations()
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


class _TokenLists:
    """Lists read of one tokens list by several stages (the amounts and entities stages of one article),
    each worked out once, when first asked for, unless the tokenizer made it with the tokens."""

    __slots__ = ("kinds", "size", "starts", "text", "tokens", "words")

    def __init__(self, text: str, tokens: list[Token], words: list[str] | None = None,
                 starts: list[int] | None = None, kinds: list[str] | None = None):
        self.text = text
        self.tokens = tokens
        self.size = len(tokens)
        self.words = words
        self.starts = starts
        self.kinds = kinds


_last_lists: _TokenLists | None = None


def _lists_of(text: str, tokens: list[Token]) -> _TokenLists:
    """The lists of the last tokens list asked about, when ``tokens`` is that list (with the same length,
    of the same text); else new ones. A stage's tokens list is made once by ``segment`` and not changed."""
    global _last_lists
    last = _last_lists
    if last is None or last.tokens is not tokens or last.size != len(tokens) or last.text is not text:
        last = _last_lists = _TokenLists(text, tokens)
    return last


def token_words(text: str, tokens: list[Token]) -> list[str]:
    """``text[t.start : t.end]`` for every token, worked out once for the same list of tokens of ``text``.
    The list returned is shared: read it, do not change it."""
    lists = _lists_of(text, tokens)
    if lists.words is None:
        lists.words = [text[t.start : t.end] for t in tokens]
    return lists.words


def token_starts(text: str, tokens: list[Token]) -> list[int]:
    """The start of every token (for ``bisect``), worked out once like ``token_words``; shared, read only."""
    lists = _lists_of(text, tokens)
    if lists.starts is None:
        lists.starts = [t.start for t in tokens]
    return lists.starts


def token_kinds(text: str, tokens: list[Token]) -> list[str]:
    """The kind of every token, worked out once like ``token_words``; shared, read only. Both the amounts
    and the entities stages read it, by C functions (``indices_of``, ``map``) instead of each its own
    Python loop over the tokens."""
    lists = _lists_of(text, tokens)
    if lists.kinds is None:
        lists.kinds = [t.kind for t in tokens]
    return lists.kinds


def indices_of(items: list[str], wanted: str) -> list[int]:
    """The indices at which ``items`` holds ``wanted``, in order: each found by ``list.index``, which scans
    in C, instead of a Python test of every item (``wanted`` is rare in the lists this is asked of)."""
    out = []
    at = -1
    try:
        while True:
            at = items.index(wanted, at + 1)
            out.append(at)
    except ValueError:
        return out


def _word_before(text: str, para_start: int, stop_start: int) -> str | None:
    r"""The run of non-space characters that ends at ``stop_start`` (not reaching before ``para_start``).

    What ``re.search(r"(\S+)$", …)`` between the two offsets finds, without trying every position of
    the paragraph: "$" also matches before a final line break.
    """
    head = text[para_start:stop_start]
    if head.endswith("\n"):
        head = head[:-1]
    if not head or head[-1].isspace():
        return None
    return head.rsplit(None, 1)[-1]


def _is_boundary(text: str, para_start: int, stop_start: int) -> bool:
    """Decide whether the terminal punctuation starting at ``stop_start`` closes a sentence."""
    if text[stop_start] != ".":
        return True
    never, may = _abbreviations()
    before = _word_before(text, para_start, stop_start)
    if before is None:
        return True
    word = before.lstrip("\"“‘'«([")
    with_stop = word + "."
    if with_stop in never:
        return False
    if len(word) == 1 and word.isupper():
        return False  # an initial: "H. Ahmad", "Kim J. Un"
    if "." in word and _DOTTED.fullmatch(word):
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
    # A span that ends at a boundary holds its punctuation, and one that starts after a boundary starts
    # past the white space, on a character that is not: only a first span can be blank (and only the first
    # starts at the paragraph's start).
    if spans and spans[0][0] == para_start and not text[para_start : spans[0][1]].strip():
        del spans[0]
    return spans


def segment(article: Article) -> Article:
    """Stage: fill ``article.sentences`` and ``article.tokens`` (paragraph by paragraph)."""
    text = article.text
    article.sentences = [Sentence(s, e, index) for index, para in enumerate(article.paragraphs)
                         for s, e in split_sentences(text, para.start, para.end)]
    global _last_lists
    article.tokens, lists = _tokens_and_lists(text, 0, len(text))
    if lists is not None:  # what token_words and the like give for these tokens, from now on
        _last_lists = lists
    return article
