"""Language identification with a model that ships in its package.

CLD2 (``pycld2``, Apache-2.0, its tables compiled into the wheel) tells
Indonesian from Malay, which matters here: the two share most of their
vocabulary, langdetect has no Malay, and fastText's language model would be a
run-time download. The decision is made once per article on the whole body
(plus title), never per sentence: short Indonesian sentences are often scored
as Malay. CLD2 reads the opening thousand characters of that (``_DETECT_SAMPLE``).

Indonesian-specific stages run for ``id``, and also for ``und`` (too little
text to tell: a headline-only item is still most likely Indonesian in an
Indonesian corpus). For any other language the article is kept, its
``language`` says what it is, and a problem is recorded instead of running
Indonesian rules over, say, English text.
"""

from __future__ import annotations

import re
from functools import cache

import pycld2

from peristiwa.langdata import load_lines, load_yaml
from peristiwa.model import Article, Problem

INDONESIAN_RULES_FOR = frozenset({"id", "und"})
# CLD2's codes that differ from ISO 639-1 or that we fold.
_CODE_FIX = {"un": "und", "jw": "jv", "iw": "he", "zh-Hant": "zh"}
_LETTERS = re.compile(r"[^\W\d_]")
_MIN_LETTERS = 40
# Below this many letters CLD2 often scores an Indonesian text as Malay: the two share most words,
# and the words that tell them apart (kerajaan, baharu, beliau berkata …) may not occur at all.
_MIN_LETTERS_FOR_MALAY = 400
# Letters are counted among the first characters only, and the count is only compared with the two
# thresholds above. In ASCII the letters of ``_LETTERS`` are a-z and A-Z, which bytes.translate
# counts fastest; once the ASCII letters alone reach the higher threshold, the rest need no count.
_SAMPLE = 2000
# A text whose words are at least this share Indonesian function words (id/function_words.txt), and at least
# ``_MIN_FUNCTION_WORDS`` of them, is Indonesian even when CLD2 says another language that is not Malay: in a
# short text, English names ("Center for Strategic and International Studies (CSIS) menilai …") outweigh the
# Indonesian words for CLD2. Indonesian news prose runs at a quarter to a third of such words; English text
# that cites Indonesian names has next to none (the list leaves out words English uses). A one-sentence text
# may have too few to tell: it keeps CLD2's answer.
_FUNCTION_WORD_SHARE = 0.1
_MIN_FUNCTION_WORDS = 2
_WORD = re.compile(r"[^\W\d_]+")
_ASCII_NON_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())


def _letters(text: str) -> int:
    """How many letters the first ``_SAMPLE`` characters hold (from ``_MIN_LETTERS_FOR_MALAY`` on, at least)."""
    head = text[:_SAMPLE]
    ascii_letters = len(head.encode("ascii", "ignore").translate(None, _ASCII_NON_LETTERS))
    if ascii_letters >= _MIN_LETTERS_FOR_MALAY or head.isascii():
        return ascii_letters
    return len(_LETTERS.findall(head))


# CLD2 reads the first characters only, up to the last word that ends within them: its cost grows with
# the text (some 30 µs per thousand characters), and a news article's language shows in its opening
# lines. The limit: the language and confidence are those of the opening; an article that changes
# language after it (a long quote in English at the end) is scored by its opening, and the confidence
# (CLD2's share of the text in that language) is the share in the opening. On the project's checks (the
# dev articles and 1,500 generated ones) every answer is the one the whole text gives; cut at 600
# characters, five of them would differ.
_DETECT_SAMPLE = 1000


def _opening(text: str) -> str:
    """``text`` up to ``_DETECT_SAMPLE`` characters, with no word cut in two."""
    if len(text) <= _DETECT_SAMPLE:
        return text
    head = text[:_DETECT_SAMPLE]
    if text[_DETECT_SAMPLE].isspace():
        return head
    words = head.rsplit(maxsplit=1)
    return words[0] if len(words) > 1 else head


@cache
def function_words() -> frozenset[str]:
    """The Indonesian function words of id/function_words.txt (the event coder reads them too)."""
    return frozenset(load_lines("id/function_words.txt"))


def _mostly_indonesian_function_words(text: str) -> bool:
    """At least ``_FUNCTION_WORD_SHARE`` of the words of ``text`` (and ``_MIN_FUNCTION_WORDS``) are Indonesian
    function words."""
    words = _WORD.findall(text.lower())
    hits = sum(map(function_words().__contains__, words))
    return hits >= _MIN_FUNCTION_WORDS and hits >= _FUNCTION_WORD_SHARE * len(words)


@cache
def _telling_words() -> tuple[frozenset[str], frozenset[str], int]:
    data = load_yaml("id/indonesian_or_malay.yaml")
    return frozenset(data["indonesian"]), frozenset(data["malay"]), int(data["min_indonesian"])


def _indonesian_by_its_words(text: str) -> bool:
    """More words of ``text`` are Indonesian than Malay, of those that tell the two apart, and enough of them."""
    indonesian, malay, least = _telling_words()
    words = _WORD.findall(text.lower())
    said_so = sum(map(indonesian.__contains__, words))
    return said_so >= least and said_so > sum(map(malay.__contains__, words))


def identify(text: str) -> tuple[str, float]:
    """(ISO 639-1 code or "und", confidence 0..1), read from the opening of ``text`` (see ``_DETECT_SAMPLE``)."""
    letters = _letters(text)
    if letters < _MIN_LETTERS:
        return "und", 0.0
    whole, text = text, _opening(text)
    try:
        reliable, _, details = pycld2.detect(text, bestEffort=True)
    except pycld2.error:
        # CLD2 rejects some invalid UTF-8 surrogates; clean them and try once more.
        cleaned = text.encode("utf-8", "ignore").decode("utf-8", "ignore")
        try:
            reliable, _, details = pycld2.detect(cleaned, bestEffort=True)
        except pycld2.error:
            return "und", 0.0
    _name, code, percent, _score = details[0]
    code = _CODE_FIX.get(code, code)
    # Indonesian whatever CLD2 says: a text mostly of Indonesian function words that CLD2 gives to another language
    # than Malay (misled by English names), and an Indonesian article about Malaysia that CLD2 gives to Malay,
    # misled by the Malaysian names (id/indonesian_or_malay.yaml). The confidence is CLD2's share of Indonesian in
    # the text, or one half (the words say so, CLD2 does not).
    if (code not in ("id", "ms") and _mostly_indonesian_function_words(text)) or (
            code == "ms" and _indonesian_by_its_words(whole)):
        indonesian = next((p for _n, c, p, _s in details if c == "id"), 0)
        return "id", round(max(indonesian / 100.0, 0.5), 3)
    if code == "ms" and letters < _MIN_LETTERS_FOR_MALAY:
        return "und", 0.0
    confidence = percent / 100.0 * (1.0 if reliable else 0.5)
    return code, round(confidence, 3)


def identify_language(article: Article) -> Article:
    """Stage: set ``article.language`` unless the caller fixed it."""
    if article.language is None:
        sample = f"{article.title or ''}\n{article.text}"
        article.language, article.language_confidence = identify(sample)
    if article.language not in INDONESIAN_RULES_FOR:
        article.problems.append(Problem(
            "language",
            f"text is in language {article.language!r}, not Indonesian: Indonesian rules (dates, amounts) not applied",
        ))
    return article
