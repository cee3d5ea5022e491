"""Source chains and indirect speech: who reports whom.

"Mengutip The Telegraph, Badan Intelijen Nasional (NIS) mengatakan, Korea
Utara telah mengirim …" is the outlet reporting The Telegraph reporting the
NIS. Per sentence, from the outlet to the origin:

1. the article's outlet;
2. every outlet cited in the sentence, in order, after a citation marker of
   kind ``outlet`` in ``data/id/speech.yaml`` ("mengutip", "melansir",
   "dilansir dari", "seperti dikutip dari", "sebagaimana dilaporkan" …); a
   citation opening a paragraph covers the whole paragraph;
3. the origin: the subject of a speech verb ("X mengatakan …", "X membantah
   …"), or the name after "menurut" ("menurut X, …").

Indirect speech ("X mengatakan (bahwa) …", "menurut X, …") becomes a
:class:`Quote` with ``direct=False`` and kind "indirect", its text the clause
said, so that statements are searchable with their speakers like quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from peristiwa.attribution.mentions import MentionIndex
from peristiwa.langdata import alternation, load_yaml
from peristiwa.model import Article, Quote
from peristiwa.text.normalize import lower_text


@dataclass(frozen=True, slots=True)
class _Markers:
    outlet: re.Pattern[str]
    menurut: re.Pattern[str]
    speech: re.Pattern[str]
    # Words any of which a sentence must contain for the pattern to match: checked first, it spares the
    # large alternations on most sentences.
    outlet_words: frozenset[str]
    speech_words: frozenset[str]


@cache
def _markers() -> _Markers:
    d = load_yaml("id/speech.yaml")
    outlet_cues = sorted((m["cue"] for m in d["source_markers"] if m["kind"] == "outlet"), key=len, reverse=True)
    verbs = sorted(d["after_speaker"], key=len, reverse=True)
    return _Markers(
        outlet=re.compile(r"\b(?:" + alternation(outlet_cues, ignore_case=True) + r")\b\s*", re.I),
        menurut=re.compile(r"\b[Mm]enurut\s+", re.I),
        speech=re.compile(r"\b(?:" + alternation(verbs, ignore_case=True) + r")(?:nya)?\b\s*,?\s*(?:bahwa\s+)?",
                          re.I),
        outlet_words=frozenset(c.split()[0].lower() for c in outlet_cues),
        speech_words=frozenset(v.lower() for v in verbs) | frozenset(f"{v.lower()}nya" for v in verbs),
    )


@cache
def speech_verb_words() -> frozenset[str]:
    """The words that can be a speech verb of ``quotes.speech().speech_verb``: the reporting verbs (and
    "berkata"), with and without "-nya"."""
    return _markers().speech_words | {"berkata", "berkatanya"}


@cache
def _cue_words() -> frozenset[str]:
    """Every word that a "does the sentence contain …" check of this package asks about."""
    return speech_verb_words() | _markers().outlet_words | {"menurut"}


@cache
def _cue_finder() -> re.Pattern[str]:
    """The cue words, ending a word (``(?!\\w)``); whether they also begin one is checked on each match.

    A pattern that opens with the words lets the regex engine skip to the letters they begin with, more
    than twice as fast as one that opens with ``(?<!\\w)``. A match that does not begin a word lies inside
    one word, where no whole cue word can begin: dropping it leaves the matches ``(?<!\\w)`` would give.
    """
    return re.compile(r"(?:" + alternation(_cue_words()) + r")(?!\w)")


_CUES_CACHE: dict[int, tuple[str, list[frozenset[str]]]] = {}
_NO_CUES: frozenset[str] = frozenset()


def sentence_cues(article: Article) -> list[frozenset[str]]:
    """For each sentence, which of the cue words (speech verbs, citation markers, "menurut") it contains.

    A sentence's words are the runs of word characters of its lower-cased text; intersected with a set of
    cue words, the set given here answers as the set of all its words would. Computed once per text.
    """
    cached = _CUES_CACHE.get(id(article))
    if cached is not None and cached[0] is article.text:
        return cached[1]
    if len(_CUES_CACHE) > 64:
        _CUES_CACHE.clear()
    cues = _find_cues(article)
    _CUES_CACHE[id(article)] = (article.text, cues)
    return cues


_TWO_WORD_CHARACTERS = re.compile(r"\w\w")


def _boundary_in_a_word(text: str, offsets: list[int]) -> bool:
    """Whether one of ``offsets`` falls between two word characters (as ``\\w`` defines them).

    The two characters around each offset, joined by "|" (no word character), make one string for one
    regex search.
    """
    return bool(_TWO_WORD_CHARACTERS.search("|".join([text[k - 1 : k + 1] for k in offsets if 0 < k < len(text)])))


def _find_cues(article: Article) -> list[frozenset[str]]:
    lowered = lower_text(article.text)
    sentences = article.sentences
    starts = [s.start for s in sentences]
    if len(lowered) != len(article.text) or _boundary_in_a_word(lowered, [*starts, *(s.end for s in sentences)]):
        # Offsets shifted by lower-casing, or a sentence boundary inside a word (whose part in the sentence
        # is a word of its own there): read every sentence's words, the long way.
        cue_words = _cue_words()
        return [frozenset(_WORD.findall(lowered, s.start, s.end)) & cue_words for s in sentences]
    # One scan of the whole text: with no boundary inside a word, a cue word is in the sentence that holds it.
    found: dict[int, set[str]] = {}
    for m in _cue_finder().finditer(lowered):
        start = m.start()
        if start and (lowered[start - 1].isalnum() or lowered[start - 1] == "_"):
            continue  # inside a word (``\\w`` is what ``isalnum`` accepts, and "_")
        k = bisect_right(starts, start) - 1
        if k >= 0 and m.end() <= sentences[k].end:
            found.setdefault(k, set()).add(m.group())
    return [frozenset(found[k]) if k in found else _NO_CUES for k in range(len(sentences))]


_WORD = re.compile(r"\w+")
_NOT_A_CLAUSE = frozenset(["di", "pada", "kepada", "dalam", "saat", "ketika", "usai", "seusai", "setelah", "sebelum",
                           "kemarin", "melalui", "lewat", "dengan", "dari", "ke"])


def sentence_chains(article: Article) -> list[list[str]]:
    """For every sentence, the chain of sources from the outlet to the origin of what it says."""
    return [list(dict.fromkeys([*reports, *([origin] if origin else [])]))
            for reports, origin in sentence_sources(article)]


def sentence_sources(article: Article, mentions: MentionIndex | None = None) -> list[tuple[list[str], str | None]]:
    """For every sentence: (the outlet and the outlets it cites, the origin named in the sentence or None)."""
    marks = _markers()
    mentions = mentions if mentions is not None else MentionIndex(article.entities)
    outlet = article.outlet or (article.dateline.outlet if article.dateline else None)
    chains: list[tuple[list[str], str | None]] = []
    paragraph_citations: dict[int, list[str]] = {}
    words_of = sentence_cues(article)
    for index, sentence in enumerate(article.sentences):
        words = words_of[index]
        if not words:
            # No citation marker, "menurut" or speech verb: the paragraph's citations, and no origin.
            chains.append((_reports(outlet, paragraph_citations.get(sentence.paragraph)), None))
            continue
        text = article.text[sentence.start : sentence.end]
        cited = []
        after_citation = sentence.start
        for m in marks.outlet.finditer(text) if words & marks.outlet_words else ():
            found = mentions.at(sentence.start + m.end())
            end = None
            if found is not None:
                cited.append(found[2].name)
                end = found[1]
            else:
                name = re.match(r"[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,4}", text[m.end() :])
                if name:
                    cited.append(name.group(0))
                    end = sentence.start + m.end() + name.end()
            if end is not None and m.start() < 3:  # only a citation opening the sentence comes before its speaker
                after_citation = max(after_citation, end)
        if cited and sentence.start == article.paragraphs[sentence.paragraph].start:
            paragraph_citations[sentence.paragraph] = cited
        elif not cited:
            cited = list(paragraph_citations.get(sentence.paragraph, []))
        origin = None
        m = marks.menurut.search(text) if "menurut" in words else None
        if m:
            found = mentions.at(sentence.start + m.end())
            origin = found[2].name if found else None
        if origin is None and words & marks.speech_words:
            verb = marks.speech.search(text, after_citation - sentence.start)
            if verb:
                found = mentions.speaker_in(after_citation, sentence.start + verb.start())
                origin = found[2].name if found else None
        chains.append((_reports(outlet, cited), origin))
    return chains


def _reports(outlet: str | None, cited: list[str] | None) -> list[str]:
    """The outlet and the outlets it cites, those named. Most sentences cite none: the outlet alone is made
    without the comprehension (a function call of its own in this Python)."""
    if not cited:
        return [outlet] if outlet else []
    return [x for x in (outlet, *cited) if x]


@cache
def _relation_words() -> frozenset[str]:
    return frozenset(load_yaml("id/speech.yaml")["relation_words"])


def past_the_client(text: str, clause_start: int, people: list) -> tuple:
    """The first of ``people`` (located mentions of a clause, in order), or the one set off after it when the first is
    named in a title of kin or counsel (``relation_words``, id/speech.yaml): "Sementara itu, kuasa hukum Rusdi, Ahmad
    Fauzi, membantah …" is the lawyer's say."""
    first = people[0]
    if len(people) < 2 or text[first[1] : people[1][0]].strip() != ",":
        return first
    title = text[clause_start : first[0]].replace(",", " ").split()
    if title:  # (the clause's first word is capitalised whatever it is: "Pengacara Hartono, …")
        title[0] = title[0].lower()
    relations = _relation_words()
    return people[1] if " ".join(title[-2:]) in relations or " ".join(title[-1:]) in relations else first


def indirect_speech(article: Article, direct: list[Quote], mentions: MentionIndex | None = None) -> list[Quote]:
    """"X mengatakan (bahwa) …" and "menurut X, …" in sentences with no direct quote."""
    marks = _markers()
    mentions = mentions if mentions is not None else MentionIndex(article.entities)
    quoted = {q.sentence for q in direct}
    words_of = sentence_cues(article)
    out = []
    sentences = article.sentences
    for index in [k for k, words in enumerate(words_of) if words]:  # most sentences have no cue word
        if index in quoted or not (words_of[index] & marks.speech_words or "menurut" in words_of[index]):
            continue
        sentence = sentences[index]
        text = article.text[sentence.start : sentence.end]
        speaker = None
        content_start = None
        # The search needs "menurut" among the sentence's words (the pattern holds no letter that case folding
        # matches to another one, so its cue says whether it can match).
        m = marks.menurut.search(text) if "menurut" in words_of[index] else None
        if m:
            found = mentions.at(sentence.start + m.end())
            comma = text.find(",", m.end())
            if found and comma > 0:
                speaker, content_start = found[2], sentence.start + comma + 1
        if speaker is None:
            citation = marks.outlet.match(text)
            lo = sentence.start
            if citation:  # "Mengutip The Telegraph, NIS mengatakan …": the speaker comes after the citation
                comma = text.find(",", citation.end())
                lo = sentence.start + comma + 1 if comma > 0 else lo
            verb = marks.speech.search(text, lo - sentence.start)
            if verb and verb.start() < 160:
                found = mentions.speaker_in(lo, sentence.start + verb.start())
                if found and found[2].type == "PERSON":
                    found = past_the_client(article.text, lo, [x for x in mentions.within(
                        found[0], sentence.start + verb.start()) if x[2].type == "PERSON"])
                if found:
                    speaker, content_start = found[2], sentence.start + verb.end()
        if speaker is None or content_start is None:
            continue
        content = article.text[content_start : sentence.end].strip().rstrip(".")
        # A clause is said, not an adverbial ("mengatakan di Seoul pada Selasa:" before a quote), and a
        # sentence ending in a colon introduces a direct quote that the quotes stage already has.
        if len(content.split()) < 3 or content.split()[0].lower() in _NOT_A_CLAUSE or content.endswith(":"):
            continue
        start = content_start + (len(article.text[content_start : sentence.end]) -
                                 len(article.text[content_start : sentence.end].lstrip()))
        out.append(Quote(start, start + len(content), text=content, speaker=speaker.name, speaker_id=speaker.id,
                         direct=False, kind="indirect", sentence=index))
    return out
