"""Direct quotes and their speakers.

Quotation marks first (:func:`find_quote_spans`), per paragraph, with a small
stack so that nested quotes stay inside the quote that holds them:

* “…”, ‘…’ and «…» open and close unambiguously; a ’ with no ‘ open is an
  apostrophe;
* a straight " or ' opens when it follows a space or a bracket and touches a
  word, and closes when it touches a word and is followed by a space,
  punctuation or the end; ' inside a word (Jum'at, O'Hagan) is never a mark;
* a quote left open at the end of a paragraph runs into the next paragraphs
  when one of the next three closes it before any opens a quote of its own
  (else it is closed where its paragraph ends, the convention for
  multi-paragraph quotes);
* marks left out or stray: a quote left open before an attribution that ends
  its paragraph ("… dari pesisir, kata Yoo.") closes before it; a closing mark
  right after the end of an utterance in a paragraph that opened nothing
  ("Kami menolak,” kata Yoo.") closes a quote from the paragraph's start; a
  quote closed inside a single mark that never closes stands alone.

Speakers (:func:`attribute_quotes`), in the order tried:

1. after the quote: “…,” *kata Yoo*. / “…,” *ujarnya*. / "…", *Pelosi berkata*; a quote left open at
   its paragraph's end with none, followed by a quote opening the next paragraph, takes that quote's
   speaker (“… ¶ “…,” kata Yoo: the attribution of a multi-paragraph quote ends it);
2. before it: *Lavrov mengatakan*, “…” / *Kata Yoo*, “…” / …, *kata Yoo*, namun “…” / a speech verb
   earlier in the same sentence, for a quoted phrase inside indirect speech
   ("Moualem mengatakan bahwa “perang melawan teror hampir selesai”");
   a "-nya" after the quote ("…, “…,” katanya") is the subject who speaks earlier
   in the same sentence when one is named there ("Trump mengatakan bahwa …");
3. at the end of the sentence, for a quoted phrase inside it: "Rapat itu bisa
   “ditunda sepekan lagi” karena …, kata Yoo." / "…, Gedung Putih mengatakan pada Minggu.";
4. a quote standing alone continues the previous quote's speaker when that
   quote is in the same or the previous paragraph.

A speaker phrase becomes an entity of the article when it contains one (the
last person in it: the name ends a title); a pronoun (ia, dia, beliau, -nya)
is the last person quoted or named before the quote, or the body quoted last;
a description ending in a demonstrative ("kata politikus Partai Golkar itu")
is read as a pronoun; a bare title ("kata Presiden", "ujar Menteri BUMN", or
another form of it: "kata Kepala Negara") is the person written after it
before the quote; a description followed by a name
("kata terdakwa kasus itu, Suparman,") is that name; a description with no name
("kata seorang pejabat yang enggan disebut namanya") leaves the speaker empty
and keeps the description.

Quoted phrases of fewer than :data:`MIN_QUOTE_WORDS` words that nobody is
said to have spoken (a term in scare quotes: “dukungan penuh”) are kept as
``direct=False`` with kind "term".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from itertools import islice

from peristiwa.actors.resolve import one_edit_apart
from peristiwa.attribution.chains import past_the_client, sentence_cues, speech_verb_words
from peristiwa.attribution.mentions import MentionIndex
from peristiwa.langdata import alternation, load_yaml
from peristiwa.model import Article, Entity, Quote

MIN_QUOTE_WORDS = 4
_TERMINAL = re.compile("[\n.!?“”\"]")
_OPEN_CONTEXT = set(" \t\n([{—–-/:")
_CLOSE_CONTEXT = set(" \t\n.,;:!?)]}—–-/\"'”’»")
_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class QuoteSpan:
    start: int  # the opening mark (the paragraph start when the opening mark was left out)
    end: int  # just after the closing mark (or the end of the paragraph for an unclosed quote)
    inner_start: int
    inner_end: int
    closed: bool


def _can_open(text: str, i: int, para_start: int) -> bool:
    prev = text[i - 1] if i > para_start else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev in _OPEN_CONTEXT or i == para_start or prev in "“‘\"'") and not nxt.isspace()


def _can_close(text: str, i: int, para_end: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < para_end else " "
    return not prev.isspace() and (nxt in _CLOSE_CONTEXT or i + 1 >= para_end)


_MARKS = re.compile("[“”\"‘’'«»]")


def find_quote_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    carry: tuple[str, int] | None = None  # an opening mark left open by the previous paragraph
    for n, (p_start, p_end) in enumerate(paragraphs):
        stack: list[tuple[str, int]] = [carry] if carry else []
        carry = None
        nested: list[tuple[QuoteSpan, tuple[tuple[str, int], ...]]] = []  # closed inside another mark
        opened_any = bool(stack)
        for m in _MARKS.finditer(text, p_start, p_end):
            i, ch = m.start(), m.group(0)
            if not opened_any and not stack and ch in "”\"" and text[i - 1 : i] in ",.!?" \
                    and _can_close(text, i, p_end):
                # A closing mark with no opening one in its paragraph, right after the end of an utterance
                # ("Kami tidak akan mundur,” kata Yoo."): the opening mark was left out; the quote is the
                # paragraph up to it.
                spans.append(QuoteSpan(p_start, i + 1, p_start, i, closed=True))
                opened_any = True
                continue
            if ch in "“«‘" or (ch in "\"'" and _can_open(text, i, p_start)):
                opened_any = True
            # A curly mark written the wrong way round ("… kita,“ kata X") is read by its context.
            if ch == "“" and stack and stack[-1][0] == "d" and _can_close(text, i, p_end) \
                    and not _can_open(text, i, p_start):
                ch = "”"
            elif ch == "”" and not any(k == "d" for k, _ in stack) and _can_open(text, i, p_start) \
                    and not _can_close(text, i, p_end):
                ch = "“"
            if ch in "“«":
                stack.append(("d" if ch == "“" else "g", i))
            elif ch in "”»":
                kind = "d" if ch == "”" else "g"
                if any(k == kind for k, _ in stack):
                    while stack and stack[-1][0] != kind:
                        stack.pop()
                    _close(stack, i, spans, nested)
            elif ch == "‘":
                stack.append(("s", i))
            elif ch == "’":
                if stack and stack[-1][0] == "s" and _can_close(text, i, p_end):
                    _close(stack, i, spans, nested)
            elif ch == '"':
                if stack and stack[-1][0] == "d" and _can_close(text, i, p_end):
                    _close(stack, i, spans, nested)
                elif _can_open(text, i, p_start):
                    stack.append(("d", i))
                elif any(k == "d" for k, _ in stack) and _can_close(text, i, p_end):
                    while stack and stack[-1][0] != "d":
                        stack.pop()
                    _close(stack, i, spans, nested)
            elif ch == "'":
                if stack and stack[-1][0] == "s" and _can_close(text, i, p_end):
                    _close(stack, i, spans, nested)
                elif _can_open(text, i, p_start) and text[i + 1 : i + 2].isalpha():
                    stack.append(("s", i))
        # Single quotes left open were apostrophes or stray marks: a quote closed inside them stands alone
        # ("‘“Inilah yang kami khawatirkan,” kata Wade."); a double quote left open runs on. (Most paragraphs
        # have nothing nested and nothing left open: the comprehensions are skipped there.)
        if nested:
            strays = {s for s in stack if s[0] == "s"}
            spans.extend(span for span, around in nested if all(o in strays for o in around))
        if stack:
            stack = [s for s in stack if s[0] != "s"]
        if stack:
            kind, opened = stack[0]
            cut = _attribution_ending(text, opened, p_end) if kind == "d" else None
            if cut is not None:
                # “… tidak ada informasi, kata Yoo.: the closing mark left out before the attribution.
                spans.append(QuoteSpan(opened, cut, opened + 1, cut, closed=True))
            elif _closed_later(text, paragraphs, n, kind):
                carry = (kind, opened)
            else:
                spans.append(QuoteSpan(opened, p_end, opened + 1, p_end, closed=False))
    spans.sort(key=lambda q: q.start)
    return spans


def _closed_later(text: str, paragraphs: list[tuple[int, int]], n: int, kind: str, reach: int = 3) -> bool:
    """Whether a quote left open in paragraph ``n`` runs on: one of the next ``reach`` paragraphs closes it
    (its first mark of the kind closes) before any of them opens a quote of its own."""
    closers = "”\"" if kind == "d" else "»"
    for p_start, p_end in paragraphs[n + 1 : n + 1 + reach]:
        if text[p_start] in "“\"«":
            return False
        first = next((m for m in _MARKS.finditer(text, p_start, p_end) if m.group(0) in "“”\"«»"), None)
        if first is not None:
            i = first.start()
            return first.group(0) in closers and not (first.group(0) == '"' and _can_open(text, i, p_start))
    return False


def _close(stack: list[tuple[str, int]], i: int, spans: list[QuoteSpan],
           nested: list[tuple[QuoteSpan, tuple[tuple[str, int], ...]]]) -> None:
    _, opened = stack.pop()
    span = QuoteSpan(opened, i + 1, opened + 1, i, closed=True)
    if stack:  # only the outermost quote becomes a quote of its own, once its paragraph shows it is one
        nested.append((span, tuple(stack)))
    else:
        spans.append(span)


def _attribution_ending(text: str, opened: int, para_end: int) -> int | None:
    """Where a quote left open should have closed: just after the comma of an attribution that ends its
    paragraph ("… dari Donggala, kata Yoo."), or None."""
    m = speech().closing_kata.search(text, opened + 1, para_end)
    if m and (m.group("speaker").strip() or m.group("verb").lower().endswith("nya")):
        return m.start() + 1
    return None


@dataclass(frozen=True, slots=True)
class _Speech:
    after_quote: re.Pattern[str]
    after_quote_name_first: re.Pattern[str]
    kata_before: re.Pattern[str]
    speech_verb: re.Pattern[str]
    pronouns: frozenset[str]
    stop_words: frozenset[str]
    demonstratives: frozenset[str]
    indefinites: frozenset[str]
    place_prepositions: frozenset[str]
    titles: frozenset[str]  # person titles and their other forms ("Wakil Presiden", "Kepala Negara")
    title_synonyms: dict[str, list[str]]  # "Kepala Negara" → ["Presiden"]
    name_heads: frozenset[str]  # words that open the name of a place or a body, not of a person
    calendar_words: frozenset[str]  # names of days and months ("kata Yoo, Senin (12/9).")
    # An attribution that ends the sentence after a quoted phrase inside it: "…, kata Yoo." / "…, Yoo mengatakan."
    closing_kata: re.Pattern[str]
    closing_name_first: re.Pattern[str]
    relation_words: frozenset[str]  # "kakak", "kuasa hukum": "kata kakak AH, Siti" is Siti
    anonymous: tuple[str, ...]  # "yang enggan disebutkan namanya": the speaker is described, not named


# A full stop after a lone capital, before a capitalised word: an initial's ("M. Fanshurullah"), case-sensitive.
_INITIAL_STOP = r"(?-i:(?<![A-Za-z][A-Z])(?<=[A-Z])\.(?= [A-Z]))"


@cache
def speech() -> _Speech:
    d = load_yaml("id/speech.yaml")
    entities = load_yaml("id/entities.yaml")
    dates = load_yaml("id/dates.yaml")
    after_q = alternation(d["after_quote"], ignore_case=True)
    after_s = alternation(d["after_speaker"])
    after_s_any_case = alternation(d["after_speaker"], ignore_case=True)
    return _Speech(
        # (A full stop right after a lone capital is an initial, inside the name: "kata Ketua KPPU M. Fanshurullah".)
        after_quote=re.compile(rf"^[\s,]*(?P<verb>{after_q})\b[ \t]*"
                               rf"(?P<speaker>(?:[^\n.!?;“”\"]|{_INITIAL_STOP}){{0,160}})", re.I),
        after_quote_name_first=re.compile(
            rf"^[\s,]*(?P<speaker>(?:[A-Z][^\n.!?;,“”\"]{{0,80}}?|[Dd]ia|[Ii]a|[Bb]eliau))"
            rf"(?:,[^\n.!?;“”\"]{{0,120}},)?\s+(?:{after_s}|berkata|menambahkan)(?:nya)?\b"),
        # "Kata Yoo, “…”", and "…, kata Sanders, namun “…”" (a conjunction may open the quoted clause).
        kata_before=re.compile(r"(?:^|[\s(])(?:[Kk]ata|[Uu]jar|[Mm]enurut)\s+(?P<speaker>[^\n.!?,“”\"]{1,80}),"
                               r"\s*(?:(?:namun|tetapi|tapi|dan|sebab|karena)\s+)?$"),
        speech_verb=re.compile(rf"\b(?:{after_s_any_case}|berkata)(?:nya)?\b", re.I),
        pronouns=frozenset(p for p in d["pronouns"] if not p.startswith("-")),
        stop_words=frozenset(d["speaker_stop_words"]),
        demonstratives=frozenset(d["demonstratives"]),
        indefinites=frozenset(d["indefinites"]),
        place_prepositions=frozenset(d["place_prepositions"]),
        titles=frozenset([*entities["person_titles"], *entities["regional_titles"], *d["title_synonyms"]]),
        title_synonyms=d["title_synonyms"],
        name_heads=frozenset(w.lower() for w in [*entities["location_heads"], *entities["org_heads"]]),
        calendar_words=frozenset([*dates["weekdays"], *dates["months"]]),
        closing_kata=re.compile(rf",\s*(?P<verb>{after_q})\b[ \t]*(?P<speaker>[^\n.!?;,“”\"]{{0,80}})"
                                rf"(?:,[^\n.!?;“”\"]{{0,80}})?[.!?]?\s*$", re.I),
        closing_name_first=re.compile(rf",\s*(?P<speaker>[A-Z][^\n.!?;,“”\"]{{0,80}}?)\s+(?P<verb>{after_s}|berkata)"
                                      rf"(?:nya)?\b[^\n.!?;“”\"]{{0,80}}[.!?]?\s*$"),
        relation_words=frozenset(d["relation_words"]),
        anonymous=tuple(d["anonymous_markers"]),
    )


def _trim_speaker(phrase: str, sp: _Speech) -> str:
    """The speaker part of the words after a speech verb: up to a stop word, a comma or a bracket (an
    acronym in brackets is part of it: "pengamat dari Universitas Gadjah Mada (UGM) Arya Budi")."""
    words = []
    first = phrase.split()[0] if phrase.split() else ""
    if first[:1].islower() and first.lower() not in sp.pronouns:
        # A description, not a name: keep it whole up to the punctuation ("seorang pejabat yang enggan
        # disebutkan namanya").
        return _BRACKET_OR_COMMA.split(phrase)[0].strip()
    raws = phrase.split()
    for n, raw in enumerate(raws):
        word = raw.strip()
        bare = word.strip(",()").lower()
        acronym = _ACRONYM_IN_BRACKETS.fullmatch(word) is not None
        # (A posting inside a title is part of it, when a capitalised name follows: "kata Konsul Jenderal RI di Hong
        # Kong Dewi Kartikasari".)
        # (The place and a name of two words at least after it, not a place alone: "ucap Kepala Negara di Istana
        # Merdeka" is said at the palace.)
        posting = bare in ("di", "untuk") and len(words) >= 2 and all(w[:1].isupper() for w in words) \
            and n + 3 < len(raws) and all(r[:1].isupper() for r in raws[n + 1 : n + 4])
        # (A stop word in capitals inside a title is part of it: "kata Menteri Dalam Negeri Tito Karnavian".)
        if ((bare in sp.stop_words and not posting and not (word[:1].isupper() and words[-1][:1].isupper()))
                or (word.startswith("(") and not acronym)) and words:
            break  # "kata Rusdi (48), nelayan …": the age and the apposition are not the name
        words.append(word.rstrip(","))
        if word.endswith(",") or (word.endswith(")") and not acronym):
            break
    return " ".join(words).strip(" ,")


_ACRONYM_IN_BRACKETS = re.compile(r"\([A-Z][\w&.-]*\)")
_BRACKET_OR_COMMA = re.compile(r"[,;]|\((?![A-Z][\w&.-]*\))")


@dataclass(slots=True)
class _Speaker:
    entity: Entity | None
    text: str | None  # the phrase as written
    pronoun: bool = False
    description: str | None = None


def _resolve_phrase(article: Article, a: int, b: int, index: MentionIndex, sp: _Speech,
                    quote_start: int | None = None) -> _Speaker | None:
    """Who a speaker phrase in ``[a, b)`` names; ``quote_start`` is where the quote it attributes opens (names
    inside the quote are not the speaker's titles)."""
    phrase = article.text[a:b].strip()
    if not phrase:
        return None
    first = phrase.split()[0].lower().strip(",")
    if first in sp.pronouns:
        return _Speaker(None, phrase.split()[0], pronoun=True)
    lowered = phrase.lower()
    if any(marker in lowered for marker in sp.anonymous):
        return _Speaker(None, None, description=phrase)  # "seorang pejabat AS yang enggan disebutkan namanya"
    found = index.within(a, b)
    people = [x for x in found if x[2].type == "PERSON"]
    if _points_back(phrase, bool(people), sp):
        if not people and _unnamed_before(article, phrase, a, sp):
            # "kata pejabat tersebut" after "seorang pejabat USTR yang enggan disebut namanya menyatakan …": the one
            # pointed back at was never named.
            return _Speaker(None, None, description=phrase)
        if not people and (body := _body_named_before(article, phrase.split()[0], a, sp)) is not None:
            # "kata kedutaan itu dalam sebuah pernyataan" after "Kedutaan Besar Rusia di London menolak …": the body
            # named before by the head of its name.
            return _Speaker(body, body.name)
        return _Speaker(None, phrase, pronoun=True)
    if people:
        # The name ends a speaker phrase ("Kadiv Humas Polri Irjen Dedi Prasetyo"): a title read as a name of
        # its own comes before it.
        chosen = people[-1]
        return _Speaker(chosen[2], article.text[chosen[0] : chosen[1]])
    title = _title_of(phrase, sp)
    if title is not None:
        # "kata Presiden", "ujar Menteri BUMN": the person named before with that role.
        roles = [phrase, *(other + phrase[len(title) :] for other in sp.title_synonyms.get(title, ()))]
        titled = next(filter(None, (_titled_person(article, min(a, quote_start if quote_start is not None else a),
                                                   role, index) for role in roles)), None)
        if titled is not None:
            return _Speaker(titled, titled.name)
    if found:
        return _Speaker(found[0][2], article.text[found[0][0] : found[0][1]])
    if phrase[0].isupper() and len(phrase.split()) <= 4:
        misspelt = _misspelt_person(article, phrase.split()[-1])
        return _Speaker(misspelt, misspelt.name) if misspelt else _Speaker(None, phrase)
    named_before = _body_named_before(article, phrase, a, sp)
    if named_before is not None:
        return _Speaker(named_before, named_before.name)
    return _Speaker(None, None, description=phrase)


def _body_named_before(article: Article, phrase: str, a: int, sp: _Speech) -> Entity | None:
    """A body named again by the head of its name alone, in lower case ("tulis kedutaan" after "Kedutaan Besar
    Australia di Jakarta"): the last organisation named before with that head. (With a demonstrative, "kata
    kementerian itu", the phrase points back as a description does: _points_back.)"""
    words = [w.strip(",.") for w in phrase.lower().split()]
    if len(words) != 1 or words[0] not in sp.name_heads:
        return None
    best, best_at = None, -1
    for e in article.entities:
        if e.type != "ORG" or e.name.split()[0].lower() != words[0]:
            continue
        at = max((m.start for m in e.mentions if m.field == "text" and m.start < a), default=-1)
        if at > best_at:
            best, best_at = e, at
    return best


def _unnamed_before(article: Article, phrase: str, a: int, sp: _Speech) -> bool:
    """The noun a pointing description opens with ("pejabat tersebut") was last used, in the three sentences before
    ``a``, in a sentence that keeps its speaker's name back (``anonymous_markers``)."""
    head = phrase.split()[0].lower().strip(",")
    # (The speaker's own sentence too, past the phrase: "… kata pejabat itu, yang berbicara dengan syarat anonim".)
    own = next((sent for sent in article.sentences if sent.start <= a < sent.end), None)
    if own is not None and any(marker in article.text[a : own.end].lower() for marker in sp.anonymous):
        return True
    earlier = [sent for sent in article.sentences if sent.end <= a][-3:]
    for sent in reversed(earlier):
        text = article.text[sent.start : sent.end].lower()
        if re.search(rf"\b{re.escape(head)}\b", text):
            # (Or introduced with no name: "Seorang pejabat Pentagon mengatakan …".)
            return any(marker in text for marker in sp.anonymous) or (re.search(
                rf"\b(?:{'|'.join(map(re.escape, sp.indefinites))})\s+{re.escape(head)}\b", text) is not None \
                and not any(e.type == "PERSON" and any(sent.start <= m.start < sent.end for m in e.mentions)
                            for e in article.entities))
    return False


def _points_back(phrase: str, names_a_person: bool, sp: _Speech) -> bool:
    """Whether a speaker phrase is a description of someone named before: it ends with a demonstrative
    ("politikus Partai Golkar itu", "pria yang akrab disapa Zulhas tersebut", "mantan gubernur ini saat
    ditemui"). A description in lower case may hold a name of someone else ("cucu Bung Karno itu"); one
    in capitals that names a person is that person ("Menteri Yoo tersebut")."""
    words = [w.strip(",.").lower() for w in phrase.split()]
    if len(words) < 2 or words[0] in sp.indefinites:
        return False
    for k, word in enumerate(words[1:], 1):
        if word in sp.demonstratives:
            rest = words[k + 1 :]
            if rest and rest[0] not in sp.stop_words:
                continue
            if sp.place_prepositions.intersection(words[1:k]):
                return False  # "pedagang di pasar itu": the market is the one meant before
            return phrase[0].islower() or not names_a_person
    return False


def _title_of(phrase: str, sp: _Speech) -> str | None:
    """The longest person title that opens a speaker phrase ("Menteri BUMN" → "Menteri"), if any: the phrase
    itself or what comes before one of its spaces.

    Looked up by the phrase's openings, a few, instead of testing every title (some 300) against the phrase.
    """
    titles = sp.titles
    if phrase in titles:
        return phrase
    at = len(phrase)
    while (at := phrase.rfind(" ", 0, at)) >= 0:
        if phrase[:at] in titles:
            return phrase[:at]
    return None


def _titled_person(article: Article, pos: int, role: str, index: MentionIndex) -> Entity | None:
    """The latest person before ``pos`` written after ``role``, give or take a rank or a place in between
    ("Menteri BUMN Erick Thohir", "Kapolri Jenderal Listyo Sigit Prabowo", "Presiden Joko Widodo")."""
    before = re.compile(rf"(?i:{re.escape(role)})(?P<between>(?:\s+[A-Z][\w.'-]*){{0,3}})\s*$")
    candidates = []
    for start, _, entity in reversed(index.within(0, pos)):
        if entity.type != "PERSON":
            continue
        m = before.search(article.text, max(0, start - len(role) - 40), start)
        if m:
            candidates.append((bool(m.group("between")), entity))  # right after the role comes first
            if not m.group("between"):
                break
    return min(candidates, key=lambda c: c[0])[1] if candidates else None


def _speaker_after(article: Article, q: QuoteSpan, para_end: int, index: MentionIndex, sp: _Speech) -> _Speaker | None:
    tail = article.text[q.end : para_end]
    m = sp.after_quote.match(tail)
    if m:
        verb = m.group("verb").lower()
        if verb.endswith("nya") and verb not in ("menurutnya",):
            return _Speaker(None, verb, pronoun=True)
        phrase = _trim_speaker(m.group("speaker"), sp)
        if phrase:
            a = q.end + m.start("speaker")
            speaker = _resolve_phrase(article, a, a + len(phrase), index, sp, q.start)
            if speaker is not None and speaker.pronoun and speaker.text == phrase \
                    and _APPOSED_NAME.match(article.text, a + len(phrase)) \
                    and (named := _apposition(article, a + len(phrase), index, sp, any_name=False)) is not None:
                # "kata juru bicara itu, Kolonel Rajesh Kalia": the description pointing back is named after the comma.
                return named
            if speaker is not None and not speaker.pronoun and _of_a_relation(phrase, sp):
                # "kata kakak AH, Siti": the relative set after the comma speaks, not the person named in the role
                named = _apposition(article, a + len(phrase), index, sp, any_name=True)
                if named is not None:
                    return named
            if speaker is not None and not speaker.pronoun and (speaker.entity is None
                                                                or speaker.entity.type != "PERSON"):
                # "kata Juru Bicara Kemlu, Teuku Faizasyah" / "kata anggota DPR dari Fraksi PKS, Mardani":
                # the role or description, then the person.
                named = _apposition(article, a + len(phrase), index, sp, any_name=speaker.description is not None) \
                    or _person_after_the_office(article, a + len(phrase), index)
                return named or speaker
            return speaker
        return None
    m = sp.after_quote_name_first.match(tail)
    if m:
        a = q.end + m.start("speaker")
        return _resolve_phrase(article, a, q.end + m.end("speaker"), index, sp, q.start)
    return None


def _of_a_relation(phrase: str, sp: _Speech) -> bool:
    """The speaker phrase opens with a word for someone's kin or counsel, in lower case ("kakak AH")."""
    words = phrase.split()
    return bool(words) and words[0].islower() and (words[0] in sp.relation_words
                                                   or " ".join(words[:2]) in sp.relation_words)


_APPOSED_NAME = re.compile(r",\s*(?:drg?\.?\s+)?(?P<name>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})\s*(?=[,.(]|$)")


def _apposition(article: Article, pos: int, index: MentionIndex, sp: _Speech, any_name: bool) -> _Speaker | None:
    """The person set after a role or a description: "kata Juru Bicara Kemlu, Teuku Faizasyah", "kata terdakwa
    kasus itu, Suparman, di …". After a description (``any_name``), a name no entity holds counts too, as
    written ("ujar dokter yang menanganinya, dr Andi Wijaya.")."""
    m = _APPOSED_NAME.match(article.text, pos)
    if not m:
        return _person_further_on(article, pos, index)
    found = index.within(m.start("name"), m.end("name"))
    if found:
        return _Speaker(found[-1][2], article.text[found[-1][0] : found[-1][1]]) \
            if found[-1][2].type == "PERSON" else _person_further_on(article, pos, index)
    first = m.group("name").split()[0].lower()
    if not any_name or first in sp.name_heads or first in sp.calendar_words:
        return None  # "warga Desa Sukamaju, Kecamatan Cibinong": a place; "kata Yoo, Senin (12/9)": a day
    name = m.group("name")
    # (The full stop that ends the sentence is no part of the name; an initial's is: "Rudi S.")
    return _Speaker(None, name[:-1] if name.endswith(".") and not re.search(r"\b[A-Z]\.$", name) else name)


# Words that carry a title on to the body it is held in ("Direktur Penyidikan pada Jampidsus …").
_OFFICE_CONNECTORS = frozenset(["pada", "untuk", "dan", "bidang", "dari"])
# Where the words after a speaker's title stop being that title: a place, a time, a manner.
_AFTER_THE_NAME = frozenset(["di", "saat", "ketika", "dalam", "usai", "seusai", "kepada", "melalui", "pada"])


def _person_after_the_office(article: Article, pos: int, index: MentionIndex) -> _Speaker | None:
    """The person named at the end of a title that runs on over the body it is held in: "kata Direktur Penyidikan
    pada Jaksa Agung Muda Bidang Tindak Pidana Khusus (Jampidsus) Kejagung Abdul Qohar di Gedung Kejagung" (the
    speaker phrase stopped at "pada"). Only capitalised words, acronyms in brackets and the connectors of an office
    may stand between."""
    text = article.text
    words = list(re.finditer(r"\S+", text[pos : pos + 240]))
    if not words or words[0].group().lower() not in _OFFICE_CONNECTORS:
        return None
    end = words[0].end()
    for n, w in enumerate(words[1:16], start=1):
        word = w.group()
        bare = word.strip(",.()")
        if word[0] in ",.;" or (bare.lower() in _AFTER_THE_NAME and n > 1) or not bare:
            break
        if not (bare[0].isupper() or bare.lower() in _OFFICE_CONNECTORS):
            break
        end = w.start() + len(word.rstrip(",."))
        if word.endswith((",", ".")):
            break
    people = [x for x in index.within(pos, pos + end) if x[2].type == "PERSON"]
    return _Speaker(people[-1][2], text[people[-1][0] : people[-1][1]]) if people else None


# Where a title is held, after it ("Konsul RI di Darwin", "Duta Besar RI di Kuala Lumpur"): "di" and a capitalised name
# of up to four words, closed by a comma.
_POST_OF_A_TITLE = re.compile(r"\s+di\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}(?=,)")


def _person_further_on(article: Article, pos: int, index: MentionIndex) -> _Speaker | None:
    """A person named in one of the next two stretches set off by commas, when the description runs on past the
    first: "kata juru bicara Kementerian Investasi, Perdagangan dan Industri (MITI) Malaysia, Nurul Huda Kamal, di
    …", "kata Perdana Menteri … Qatar, Sheikh Mohammed bin Abdulrahman Al Thani, dalam …" (an honorific before
    the name)."""
    text = article.text
    post = _POST_OF_A_TITLE.match(text, pos)
    if post is not None:
        pos = post.end()  # "kata Konsul RI di Darwin, Adi Wibowo, …": the post the title is held at, then the name
    if not text[pos : pos + 2].lstrip().startswith(","):
        return None
    end = next((k for k in range(pos, min(len(text), pos + 200)) if text[k] in ".!?\n“”\""), min(len(text), pos + 200))
    stretches = text[pos:end].split(",")[1:3]
    at = pos + 1
    for stretch in stretches:
        people = [x for x in index.within(at, at + len(stretch)) if x[2].type == "PERSON"]
        if people:
            return _Speaker(people[0][2], text[people[0][0] : people[0][1]])
        at += len(stretch) + 1
    return None


def _speaker_ending_the_sentence(article: Article, q: QuoteSpan, sentence_end: int, index: MentionIndex,
                                 sp: _Speech) -> _Speaker | None:
    """A quoted phrase inside a sentence whose attribution ends it: "Pertemuan itu bisa “ditunda sepekan lagi”
    karena …, kata Yoo." / "…, Gedung Putih mengatakan pada Minggu." (no other quote in between)."""
    tail = article.text[q.end : sentence_end]
    if "," not in tail or any(mark in tail for mark in "“”\"«»"):
        return None
    m = sp.closing_kata.search(tail)
    if m:
        if m.group("verb").lower().endswith("nya"):
            return _Speaker(None, m.group("verb"), pronoun=True)
        phrase = _trim_speaker(m.group("speaker"), sp)
        a = q.end + m.start("speaker")
        return _resolve_phrase(article, a, a + len(phrase), index, sp, q.start) if phrase else None
    m = sp.closing_name_first.search(tail)
    if m:
        return _nearest_actor_phrase(article, q.end + m.start("speaker"), q.end + m.start("verb"), index, sp)
    return None


def _speech_before(article: Article, sent_start: int, start: int, sp: _Speech) -> bool:
    """A speech verb stands in the sentence before ``start`` (where a quotation opens)."""
    return sp.speech_verb.search(article.text, sent_start, start) is not None


def _speaker_before(article: Article, q: QuoteSpan, sent_start: int, index: MentionIndex,
                    sp: _Speech) -> _Speaker | None:
    head = article.text[sent_start : q.start]
    low = head.lower()
    m = sp.kata_before.search(head) if ("kata" in low or "ujar" in low or "menurut" in low) else None
    if m:
        a = sent_start + m.start("speaker")
        return _resolve_phrase(article, a, sent_start + m.end("speaker"), index, sp)
    label = _NAME_AND_COLON.match(head)
    if label is not None:
        # "Sarmuji: “Tidak ada munaslub. …”": a name and a colon before the quotation, as a transcript writes it.
        return _resolve_phrase(article, sent_start + label.start("speaker"), sent_start + label.end("speaker"), index,
                               sp)
    opening = _SOURCE_OPENING.match(head)
    if opening is not None:
        # "Menurutnya, pertemuan tingkat tinggi hanya mungkin jika “…”", "Menurut Peskov, … “…”": the source the
        # sentence opens with says the quoted words inside it.
        if opening.group("speaker") is None:
            return _Speaker(None, "-nya", pronoun=True)
        a = sent_start + opening.start("speaker")
        return _resolve_phrase(article, a, sent_start + opening.end("speaker"), index, sp)
    verbs = list(sp.speech_verb.finditer(head))
    if not verbs:
        return None
    # "Lavrov mengatakan, “…”": the speech verb that introduces the quote (at most a short phrase between them);
    # else a quoted phrase inside indirect speech ("Moualem mengatakan bahwa “…”"): the last speech verb.
    introducing = next((v for v in verbs if len(head) - v.end() <= 80 and not _TERMINAL.search(head, v.end())),
                       None)
    verb = introducing or verbs[-1]
    return _nearest_actor_phrase(article, sent_start, sent_start + verb.start(), index, sp)


def _nearest_actor_phrase(article: Article, a: int, b: int, index: MentionIndex, sp: _Speech) -> _Speaker | None:
    """The subject of a speech verb, in ``[a, b)`` before it.

    A pronoun or a bare title right before the verb ("dia mengatakan", "Menteri … menambahkan") refers back;
    otherwise the first person named in the clause (the subject comes first, after a title of a few words:
    "Direktur olahraga UNS Bambang Wiryanto mengucapkan"), else a body or country that opens the clause or stands
    right before the verb.
    """
    words = article.text[a:b].replace(",", " ").split()
    if words and (words[-1].lower() in sp.pronouns or words[0].lower() in sp.pronouns):
        return _Speaker(None, words[-1], pronoun=True)
    found = index.within(a, b)
    people = [x for x in found if x[2].type == "PERSON"]
    if people and (counsel := past_the_client(article.text, a, people)) is not people[0]:
        return _Speaker(counsel[2], article.text[counsel[0] : counsel[1]])
    if people and len(article.text[a : people[0][0]].split()) <= 4:
        return _Speaker(people[0][2], article.text[people[0][0] : people[0][1]])
    if people and not _VERB_LIKE.search(article.text, a, people[0][0]):
        # (however long the title before the name, with no verb between: "Panglima militer sekaligus Ketua Dewan
        # Kedaulatan Sudan Abdel Fattah al-Burhan bersumpah akan “…”"; not "Menteri justru mengulas dua pertemuan
        # antara Prabowo Subianto dan … dan menambahkan:", where Prabowo is an object)
        return _Speaker(people[0][2], article.text[people[0][0] : people[0][1]])
    if len(words) > 1 and words[0] in _bare_titles() and not words[1][:1].isupper():
        return _Speaker(None, words[0], pronoun=True)  # "Menteri justru menekankan …": the minister named before
    if people:
        return _Speaker(people[0][2], article.text[people[0][0] : people[0][1]])
    pick = next((x for x in found if _is_subject(article.text, a, b, x)), None)
    if pick is not None:
        return _Speaker(pick[2], article.text[pick[0] : pick[1]])
    if words and words[0] in _bare_titles():
        return _Speaker(None, words[0], pronoun=True)
    misspelt = _misspelt_person(article, words[-1]) if words and words[-1][:1].isupper() else None
    return _Speaker(misspelt, misspelt.name) if misspelt else None


# The head of a sentence that is only a name and a colon before a quotation: "Sarmuji: “…”", "Menlu Sugiono: “…”".
_NAME_AND_COLON = re.compile(r"\s*(?P<speaker>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})\s*:\s*$")
# A sentence that opens with its source: "Menurutnya, …", "Menurut Peskov, …", "Katanya, …".
_SOURCE_OPENING = re.compile(r"\s*(?:[Mm]enurut|[Kk]ata)(?:nya|\s+(?P<speaker>[^\n.!?,“”\"]{1,60})),")


# A word shaped like a verb of the clause (meN-, ber-, di- and more than five letters, lower case).
_VERB_LIKE = re.compile(r"\b(?:me|ber|di)[a-z]{4,}\b")


def _misspelt_person(article: Article, word: str) -> Entity | None:
    """The one person of the article a capitalised word names with a letter wrong, missing or extra ("Water
    mengatakan" for Maxine Waters): a typo for a name the article spells right elsewhere."""
    word = word.strip(",.()")
    if len(word) < 4 or not word[:1].isupper():
        return None
    matches = {e.id: e for e in article.entities if e.type == "PERSON"
               for part in (n for name in (e.name, *e.aliases) for n in name.split())
               if len(part) >= 4 and part[0] == word[0] and one_edit_apart(part, word)}
    return next(iter(matches.values())) if len(matches) == 1 else None


def _is_subject(text: str, a: int, b: int, mention: tuple[int, int, Entity]) -> bool:
    """Whether a body or country named in ``[a, b)`` before a speech verb at ``b`` is its subject: it opens the
    clause ("Kemlu, dalam pernyataannya, mengatakan"; "Dalam pernyataannya, Kemlu mengatakan") or stands before
    the verb with no comma between ("Kemlu juga mengatakan"). Not a name deep in the clause before a comma:
    "… menekan harga pangan, mengatakan" is said by the clause's subject."""
    start, end, _ = mention
    before = text[a:start].strip()
    if not before or (before.endswith(",") and len(before.split()) <= 6):
        return True
    between = text[end:b]
    return "," not in between and len(between.split()) <= 3


@cache
def _bare_titles() -> frozenset[str]:
    return frozenset(t for t in load_yaml("id/entities.yaml")["person_titles"] if " " not in t)


def _speech_subjects(article: Article, index: MentionIndex, sp: _Speech) -> list[tuple[int, Entity]]:
    """(position, person) for every sentence whose subject speaks: "Pelosi berkata …", "Junqueras mengumumkan …"."""
    verbs = speech_verb_words()
    out = []
    sentences = article.sentences
    for k, words in enumerate(sentence_cues(article)):
        if not words:
            continue  # most sentences have no cue word
        sentence = sentences[k]
        if not words & verbs:
            continue
        # The first verb of speech with someone before it: not a fronted one ("Menanggapi hal tersebut, Freddy
        # menegaskan …" is Freddy's).
        for m in sp.speech_verb.finditer(article.text, sentence.start, sentence.end):
            before = article.text[sentence.start : m.start()].replace(",", " ").split()
            if before and before[-1].lower() in sp.pronouns:
                break  # "…, dia mengatakan": the subject is someone named earlier
            people = [x for x in index.within(sentence.start, m.start()) if x[2].type == "PERSON"]
            if people:
                first = past_the_client(article.text, sentence.start, people)
                out.append((first[0], first[2]))
                break
            if before:
                break  # a verb of speech with words but no person before it: the subject is no one named
    return out


def _speaker_right_after(article: Article, q: QuoteSpan, index: MentionIndex, sp: _Speech,
                         sentence_end: int) -> _Speaker | None:
    """“…,” Sutopo Purwo Nugroho, juru bicara …, mengatakan: a name right after the quote, a speech verb later."""
    found = index.within(q.end, min(q.end + 120, sentence_end))
    if not found or found[0][0] - q.end > 3 or found[0][2].type not in ("PERSON", "ORG"):
        return None
    if sp.speech_verb.search(article.text, found[0][1], sentence_end):
        return _Speaker(found[0][2], article.text[found[0][0] : found[0][1]])
    return None


def attribute_quotes(article: Article, mentions: MentionIndex | None = None) -> list[Quote]:
    sp = speech()
    index = mentions if mentions is not None else MentionIndex(article.entities)
    paragraphs = [(p.start, p.end) for p in article.paragraphs]
    para_ends = [p.end for p in article.paragraphs]
    sentences = article.sentences
    subjects = _speech_subjects(article, index, sp)
    quotes: list[Quote] = []
    previous: tuple[Quote, int] | None = None  # last attributed quote and its paragraph
    # Quotes left open at a paragraph's end with no attribution of their own, and that paragraph: the
    # attribution of a multi-paragraph quote comes after its last paragraph.
    left_open: list[tuple[int, int]] = []
    for q in find_quote_spans(article.text, paragraphs):
        para = bisect_left(para_ends, q.start)
        end_para = bisect_left(para_ends, max(q.start, q.end - 1))
        para_end = para_ends[end_para] if end_para < len(para_ends) else len(article.text)
        sentence = article.sentence_index(q.start)
        sent_start = sentences[sentence].start if sentence is not None else q.start
        end_sentence = article.sentence_index(max(q.start, q.end - 1))
        sent_end = sentences[end_sentence].end if end_sentence is not None else para_end
        # “… lari.” Sutopo mengatakan.: the tail of a quotation that is a sentence of its own is the next one. (Not of
        # one that ends a sentence it did not open: in 'Juru bicara UE Anitta Hipper menyebut klaim itu "tidak
        # berdasar". UE juga mendesak …' the speaker is named before it.)
        if end_sentence is not None and end_sentence + 1 < len(sentences) and q.end >= sent_end - 1 \
                and (q.start <= sent_start + 1 or not _speech_before(article, sent_start, q.start, sp)):
            sent_end = sentences[end_sentence + 1].end
        inner = article.text[q.inner_start : q.inner_end].strip()
        # Up to MIN_QUOTE_WORDS: a count at least that large is all the rules below ask about.
        n_words = sum(1 for _ in islice(_WORD.finditer(inner), MIN_QUOTE_WORDS))
        if not n_words:
            continue
        speaker_after = (_speaker_after(article, q, para_end, index, sp)
                         or _speaker_right_after(article, q, index, sp, min(sent_end, para_end)))
        speaker = (speaker_after or _speaker_before(article, q, sent_start, index, sp)
                   or _speaker_ending_the_sentence(article, q, min(sent_end, para_end), index, sp))
        if speaker_after is not None and speaker_after.pronoun and q.start > sent_start + 1:
            # "Trump mengatakan bahwa …, “…,” katanya": the "-nya" is the subject who speaks earlier in the
            # same sentence, when one is named there.
            before = _speaker_before(article, q, sent_start, index, sp)
            if before is not None and before.entity is not None and not before.pronoun:
                speaker = before
        kind = "quote"
        if speaker is None and n_words >= MIN_QUOTE_WORDS and q.start <= sent_start + 1:
            if previous is not None and para - previous[1] <= 1:
                prev = previous[0]
                speaker = _Speaker(_entity_of(article, prev.speaker_id), prev.speaker)
                kind = "continued"
            else:
                # A quote paragraph after one whose subject speaks: "Jaksa Agung Jeff Sessions … ¶ “…”".
                before = [e for pos, e in subjects if para > 0 and paragraphs[para - 1][0] <= pos < q.start]
                if before:
                    speaker = _Speaker(before[-1], before[-1].name)
                    kind = "continued"
        if speaker is not None and speaker.pronoun:
            # A pronoun subject refers to someone named before its own sentence ("Ditanya soal Rosenstein,
            # dia mengatakan" is not Rosenstein).
            entity = _referent(article, min(q.start, sent_start), subjects, quotes, index, paragraphs, para)
            speaker = _Speaker(entity, entity.name if entity else None, pronoun=True,
                               description=None if entity else speaker.text)
        direct = True
        # A short quoted phrase is a term in scare quotes, unless it is a whole utterance: it opens the
        # sentence and a speech verb follows it ("“Kini semakin menegangkan,” katanya.").
        whole_utterance = q.start <= sent_start + 1 and speaker_after is not None
        if n_words < MIN_QUOTE_WORDS and not (n_words == MIN_QUOTE_WORDS - 1 and whole_utterance):
            kind, direct = "term", False
        quote = Quote(
            q.start, q.end, text=inner,
            speaker=(speaker.entity.name if speaker and speaker.entity else speaker.text if speaker else None),
            speaker_id=speaker.entity.id if speaker and speaker.entity else None,
            speaker_description=speaker.description if speaker else None,
            direct=direct, sentence=sentence, kind=kind,
        )
        quotes.append(quote)
        if direct and (quote.speaker or quote.speaker_description):
            previous = (quote, end_para)
        if direct and not q.closed and (speaker is None or kind == "continued"):
            left_open.append((len(quotes) - 1, end_para))
    _speaker_of_the_run(quotes, left_open, para_ends, paragraphs)
    _share_within_sentence(quotes)
    return quotes


def _speaker_of_the_run(quotes: list[Quote], left_open: list[tuple[int, int]], para_ends: list[int],
                        paragraphs: list[tuple[int, int]]) -> None:
    """“… ¶ “… ¶ “…,” kata Yoo: a quote left open at its paragraph's end, followed by a quote opening the next
    paragraph, is the same speaker's, named at the end of the run (last paragraph first)."""
    taken: set[int] = set()
    for k, end_para in reversed(left_open):
        if k + 1 >= len(quotes):
            continue
        nxt = quotes[k + 1]
        para = bisect_left(para_ends, nxt.start)
        opens_next = para == end_para + 1 and nxt.start - paragraphs[para][0] <= 1
        if opens_next and nxt.direct and (nxt.kind == "quote" or k + 1 in taken) and \
                (nxt.speaker or nxt.speaker_description):
            q = quotes[k]
            q.speaker, q.speaker_id, q.speaker_description = nxt.speaker, nxt.speaker_id, nxt.speaker_description
            q.kind = "continued"
            taken.add(k)


def _share_within_sentence(quotes: list[Quote]) -> None:
    """Several quoted phrases in one sentence with one attribution ("… “A” dan “B,” katanya"): one speaker."""
    by_sentence: dict[int, list[Quote]] = {}
    for q in quotes:
        if q.sentence is not None:
            by_sentence.setdefault(q.sentence, []).append(q)
    for group in by_sentence.values():
        named = [q for q in group if q.speaker]
        if named and len(named) < len(group):
            for q in group:
                if not q.speaker and not q.speaker_description:
                    q.speaker, q.speaker_id = named[-1].speaker, named[-1].speaker_id


def _referent(article: Article, pos: int, subjects: list[tuple[int, Entity]], quotes: list[Quote],
              index: MentionIndex, paragraphs: list[tuple[int, int]], para: int) -> Entity | None:
    """Who a pronoun speaker is: the latest person who spoke (a speech verb's subject or a quote's speaker, who
    may be a body) in this or the two paragraphs before, else the first person named in the last sentence that
    names one: its subject, whom a "-nya" continues, rather than whom the subject met or named ("Menlu Sugiono
    bertemu Menlu Malaysia Mohamad Hasan … “…,” tegasnya" is Sugiono's)."""
    window_start = paragraphs[max(0, para - 2)][0] if paragraphs else 0
    speakers = [(p, e) for p, e in subjects if window_start <= p < pos]
    for quote in quotes:
        if quote.speaker_id and window_start <= quote.start < pos and quote.direct:
            entity = next((e for _, _, e in index.items if e.id == quote.speaker_id), None)
            # A body quoted last is the "-nya" of the next quote too ("…,” kata Palang Merah. ¶ “…,” katanya.).
            if entity is not None and entity.type in ("PERSON", "ORG"):
                speakers.append((quote.start, entity))
    if speakers:
        latest_at, latest = max(speakers, key=lambda x: x[0])
        # (Unless the paragraph has named someone else since, as the subject of a sentence of its own: "… Danon
        # menuding dewan … Sementara itu, Wakil Tetap China Fu Cong menyayangkan veto tersebut. “…,” katanya." is Fu
        # Cong's, as is "Menurut Agus, TNI telah menyiapkan … “…,” katanya.")
        since = _subject_named_since(article, pos, index, paragraphs[para][0] if paragraphs else 0, latest_at)
        return since if since is not None else latest
    last = index.last_located_before(pos)
    if last is None:
        return None
    k = article.sentence_index(last[0])
    first = index.first_in(article.sentences[k].start, last[0], ("PERSON",)) if k is not None else None
    if first is None or (not _A_WORD_BETWEEN.search(article.text, first[1], last[0])
                         and article.text.startswith(",", last[1])):
        # (The last set off by commas right after the first is an apposition, the one the sentence is about:
        # "Sekretaris pers Trump, Sarah Sanders, tampil …"; not "Menurut Wisnu, Arifin diduga …".)
        return last[2]
    return first[2]


def _subject_named_since(article: Article, pos: int, index: MentionIndex, para_start: int,
                         after: int) -> Entity | None:
    """The person first named in the nearest sentence of the paragraph before ``pos`` that names one, when that
    sentence comes after offset ``after`` (the latest speaker's) and no verb stands before the person (a title, a
    time phrase or "Menurut" may): the sentence's subject."""
    k = article.sentence_index(pos)
    if k is None:
        return None
    for n in range(k - 1, -1, -1):
        sentence = article.sentences[n]
        if sentence.end <= max(para_start, after):
            return None
        first = index.first_in(sentence.start, sentence.end, ("PERSON",))
        if first is None:
            continue
        # (Case kept: a title, "Menteri", "Direktur", starts like a verb only in lower case.)
        opening = article.text[sentence.start : first[0]].replace("menurut", "")
        # (The subject: nothing but its title, a "Menurut", a time phrase or "Sementara itu," before it; not someone
        # acted on, "Polisi menangkap Budi".)
        if _A_VERB_BEFORE.search(opening):
            return None
        return first[2]
    return None


# An active or passive verb before the first person named in a sentence: that person is no subject.
_A_VERB_BEFORE = re.compile(r"\b(?:me[a-z]{3,}|di[a-z]{4,}|ber[a-z]{3,})\b")


# A word in lower case, a verb or a preposition that makes the last person named an object or adjunct.
_A_WORD_BETWEEN = re.compile(r"\b[a-z]{2,}\b")


def _entity_of(article: Article, entity_id: str | None) -> Entity | None:
    if entity_id is None:
        return None
    return next((e for e in article.entities if e.id == entity_id), None)
