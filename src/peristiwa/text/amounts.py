# cython: annotation_typing=True
# (Compiled with its type hints read as types: see amounts.pxd, the one class this lets the compiled module read
# as a C struct, and setup.py for why. Python ignores both this line and that file.)
"""Amounts: numbers the article states about a countable or measurable thing.

An amount is read around a number core, on the token stream:

    [qualifier] [currency symbol] NUMBER [multiplier] [range] [unit | currency | % | classifier] OBJECT

* the core is digits ("1.000", "1,5") or number words ("satu juta",
  "tiga setengah juta"), see ``numbers.py``; a digit core may take a
  multiplier word ("1,5 juta", "Rp 5 M");
* a range joins two cores: "10-15 orang", "10 hingga 15 orang";
* before it: a qualifier ("sekitar", "lebih dari", "sedikitnya", …) and a
  currency symbol ("Rp", "US$", "€"); after it: "lebih" or "-an";
* the object is the counted thing as the article words it: the currency
  word for money ("rupiah", "dolar"), "persen" for percentages, the unit for
  measures ("km", "meter kubik"), the magnitude word for earthquakes, else
  the noun after the number (after a classifier such as "buah" or "unit").

A number is *not* an amount when it names something instead of counting it:
a date or a time (the dates stage has those spans), an age ("berusia 45
tahun"), an article or rank ("Pasal 2", "nomor 5", "ke-3"), a year ("pada
2023"), or when no object follows it. Durations ("dua bulan") are amounts of
kind ``duration``. All word lists are data: ``data/id/amounts.yaml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from peristiwa.langdata import alternation, load_yaml
from peristiwa.model import Amount, Article, Mention, Token
from peristiwa.text.normalize import lower_text
from peristiwa.text.numbers import parse_digits, parse_number_words, vocabulary
from peristiwa.text.segment import indices_of, token_kinds, token_starts, token_words, tokenize

# Verbs (meN-, di-, ber-, ter- forms) rarely are the counted thing: in "3 ditangkap" nothing is counted.
# Nouns that happen to start like a verb ("diplomat", "tersangka", "medali") are listed in the data.
# per- is left out: after a number it is nearly always a noun ("perjanjian", "perusahaan", "persen").
_VERB_LIKE = re.compile(r"^(?:me(?:ng|ny|m|n)?|di|ber|ter)[a-z]{3,}$")
# A bare four-digit number after these words is a year ("pada 2023", "sejak 2019").
_YEAR_PREPS = frozenset("pada sejak hingga sampai tahun awal akhir pertengahan medio di dari periode era sepanjang "
                        "selama".split())


@dataclass(frozen=True, slots=True)
class _Lexicon:
    prefixes: dict[str, dict]
    prefix_re: re.Pattern[str]
    currency_words: dict[str, str]
    # Phrase lists below are grouped with ``_by_word`` by the word a phrase must meet.
    currency_qualifiers: dict[str | None, tuple[tuple[str, ...], ...]]
    qualified_codes: dict[tuple[str, ...], str]  # ("australia",) → "AUD": the dollar a qualifier makes
    percent: frozenset[str]
    units: dict[str | None, tuple[tuple[tuple[str, ...], str], ...]]
    magnitude_before: frozenset[str]
    magnitude_after: dict[str | None, tuple[tuple[str, ...], ...]]
    durations: frozenset[str]
    qualifiers_before: dict[str | None, tuple[tuple[tuple[str, ...], str], ...]]  # by their last word
    qualifiers_after: dict[str, str]
    range_joiners: frozenset[str]
    antara_joiners: frozenset[str]
    age_units: frozenset[str]
    idioms: dict[str | None, tuple[tuple[str, ...], ...]]
    classifiers: frozenset[str]
    inherit_words: frozenset[str]
    compound_objects: dict[str | None, tuple[tuple[str, ...], ...]]
    calendar_words: frozenset[str]
    not_objects: frozenset[str]
    nouns_like_verbs: frozenset[str]
    identifier_before: frozenset[str]
    # The words ``NumberWords.is_number_word`` accepts, where a number in words can begin ("tiga",
    # "sejuta"), and a regex that finds them in lower-cased text (see ``_openings``).
    number_words: frozenset[str]
    number_word_finder: re.Pattern[str]


def _by_word(items: Sequence, phrase_of, word_index: int) -> dict[str | None, tuple]:
    """``items`` grouped by the word at ``word_index`` of their phrase, each group in the order of ``items``.

    A phrase can only match where its text has that word, so a lookup by the word tries only the
    phrases that can match, in the order the full list would try them. An empty phrase matches
    anywhere: it joins every group, and alone makes up the group for any other word (key None).
    """
    empty = tuple(item for item in items if not phrase_of(item))
    groups: dict[str | None, tuple] = {None: empty}
    for item in items:
        phrase = phrase_of(item)
        if phrase:
            word = phrase[word_index]
            groups[word] = tuple(x for x in items if not phrase_of(x) or phrase_of(x)[word_index] == word)
    return groups


@cache
def _lexicon() -> _Lexicon:
    d = load_yaml("id/amounts.yaml")
    vocab = vocabulary()
    number_words = frozenset(vocab.units) | frozenset(vocab.words) | frozenset(vocab.fractions)
    prefixes = d["currency_prefixes"]
    prefix_re = re.compile(
        r"(?:^|(?<=[\s(]))(?P<sym>" + "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
        + r")\s*$"
    )

    def phrases(items) -> tuple[tuple[str, ...], ...]:
        return tuple(sorted((tuple(x.lower().split()) for x in items), key=len, reverse=True))

    return _Lexicon(
        prefixes=prefixes,
        prefix_re=prefix_re,
        currency_words={k.lower(): v for k, v in d["currency_words"].items()},
        currency_qualifiers=_by_word(phrases(list(d["currency_qualifiers"])), lambda p: p, 0),
        qualified_codes={tuple(k.lower().split()): v for k, v in d["currency_qualifiers"].items()},
        percent=frozenset(w.lower() for w in d["percent_words"]),
        units=_by_word(tuple(sorted(((tuple(k.lower().split()), v) for k, v in d["units"].items()),
                                    key=lambda x: len(x[0]), reverse=True)), lambda x: x[0], 0),
        magnitude_before=frozenset(w.lower() for w in d["magnitude_before"]),
        magnitude_after=_by_word(phrases(d["magnitude_after"]), lambda p: p, 0),
        durations=frozenset(d["duration_words"]),
        qualifiers_before=_by_word(
            tuple(sorted(((tuple(k.lower().split()), v) for k, v in d["qualifiers_before"].items()),
                         key=lambda x: len(x[0]), reverse=True)), lambda x: x[0], -1),
        qualifiers_after={k.lower(): v for k, v in d["qualifiers_after"].items()},
        range_joiners=frozenset(w.lower() for w in d["range_joiners"]),
        antara_joiners=frozenset(w.lower() for w in d["range_joiners_after_antara"]),
        age_units=frozenset(d["age_units"]),
        idioms=_by_word(phrases(load_yaml("id/numbers.yaml")["idioms"]), lambda p: p, 0),
        classifiers=frozenset(d["classifiers"]),
        inherit_words=frozenset(d["inherit_object_words"]),
        compound_objects=_by_word([tuple(c.lower().split()) for c in d["compound_objects"]], lambda p: p, 0),
        # Month and weekday names after a number make it a date ("18-19 November"), never an object.
        calendar_words=frozenset(k.lower() for k in (*load_yaml("id/dates.yaml")["months"],
                                                     *load_yaml("id/dates.yaml")["weekdays"])),
        # A qualifier word ("senilai", "sebanyak") is never the counted thing either.
        not_objects=frozenset(w.lower() for w in d["not_objects"])
        | frozenset(w for phrase in d["qualifiers_before"] for w in phrase.lower().split()),
        identifier_before=frozenset(w.lower() for w in d["identifier_before"]),
        nouns_like_verbs=frozenset(d["nouns_like_verbs"]),
        number_words=number_words,
        # A character that is no letter a-z, then (not consumed) the longest number word after it.
        number_word_finder=re.compile(rf"[^a-z](?=({alternation(number_words)}))"),
    )


class _Stream:
    """The tokens of one sentence with their lower-cased text."""

    __slots__ = ("lower", "size", "text", "tokens", "words")

    def __init__(self, text: str, tokens: list[Token], words: list[str] | None = None):
        """``words``: the text of each of ``tokens``, when the caller has it."""
        self.text = text
        self.tokens = tokens
        self.size = len(tokens)  # read far more often than the list changes (never): no __len__ call each time
        self.words = words = words if words is not None else [text[t.start : t.end] for t in tokens]
        self.lower = list(map(str.lower, words))

    def __len__(self) -> int:
        return self.size

    def match_phrase(self, i: int, phrase: tuple[str, ...]) -> bool:
        return tuple(self.lower[i : i + len(phrase)]) == phrase

    def adjacent(self, i: int) -> bool:
        """Token ``i`` touches token ``i - 1`` (no white space between)."""
        return i > 0 and self.tokens[i].start == self.tokens[i - 1].end


def _read_core(s: _Stream, i: int) -> tuple[float, int, bool] | None:
    """A number at token ``i``: (value, index after it, written in digits)."""
    vocab = vocabulary()
    tok = s.tokens[i]
    if tok.kind == "number":
        value = parse_digits(s.words[i])
        if value is None:
            return None
        j = i + 1
        if j < s.size and (s.words[j] in vocab.digit_multipliers or s.lower[j] in vocab.large):
            mult = vocab.digit_multipliers.get(s.words[j]) or vocab.large.get(s.lower[j])
            # "3 setengah juta" is rare but "1,5 juta" is everywhere.
            value *= mult
            j += 1
            while j < s.size and s.lower[j] in vocab.large and vocab.large[s.lower[j]] >= 1000:
                value *= vocab.large[s.lower[j]]
                j += 1
        return value, j, True
    if tok.kind == "word" and vocab.is_number_word(s.lower[i]):
        if i > 0 and s.lower[i - 1] in vocab.not_after:
            return None
        if i > 0 and s.words[i][:1].isupper() and i + 1 < s.size and s.words[i + 1][:1].isupper() \
                and s.tokens[i - 1].kind == "word" and s.words[i - 1][:1].isalpha():
            return None  # "kebijakan Satu Cina", "Konsensus Lima Poin": a number word inside a name
        idioms = _lexicon().idioms
        if any(s.match_phrase(i, idiom) for idiom in idioms.get(s.lower[i], idioms[None])):
            return None
        end = i
        while end < s.size and s.tokens[end].kind == "word" and end - i < 12:
            end += 1
        parsed = parse_number_words(s.lower[i:end])
        if not parsed:
            return None
        value, used = parsed
        return value, i + used, False
    return None


def _qualifier_before(s: _Stream, i: int) -> tuple[str, int]:
    by_last = _lexicon().qualifiers_before
    for phrase, kind in by_last.get(s.lower[i - 1], by_last[None]) if i > 0 else by_last[None]:
        start = i - len(phrase)
        if start >= 0 and s.match_phrase(start, phrase):
            return kind, start
    return "exact", i


def _object_after(s: _Stream, j: int) -> tuple[str | None, str | None, str, int]:
    """(object, unit, kind, index after) for the words after the number."""
    lex = _lexicon()
    if j >= s.size:
        return None, None, "count", j
    if s.lower[j] in lex.percent:
        return "persen", "percent", "percent", j + 1
    for phrase in lex.magnitude_after.get(s.lower[j], lex.magnitude_after[None]):
        if s.match_phrase(j, phrase):
            return " ".join(s.words[j : j + len(phrase)]), "magnitude", "magnitude", j + len(phrase)
    if s.lower[j] in lex.currency_words:
        end = j + 1
        code = lex.currency_words[s.lower[j]]
        by_first = lex.currency_qualifiers
        for phrase in by_first.get(s.lower[end], by_first[None]) if end < s.size else by_first[None]:
            if s.match_phrase(end, phrase):
                end += len(phrase)
                if code == "USD":  # "dolar Australia" is AUD, "dolar AS" USD
                    code = lex.qualified_codes.get(phrase, code)
                break
        return s.lower[j], code, "currency", end
    for phrase, unit in lex.units.get(s.lower[j], lex.units[None]):
        if s.match_phrase(j, phrase):
            # "mil" is also the start of "miliar"-like words only as its own token, so the match is exact.
            return " ".join(s.words[j : j + len(phrase)]), unit, "measure", j + len(phrase)
    word = s.lower[j]
    if word == "dari" and j + 2 < s.size and s.lower[j - 1] not in ("satu", "1") \
            and (s.tokens[j + 1].kind != "word" or s.lower[j + 1] in lex.number_words) \
            and s.tokens[j + 2].kind == "word" and s.lower[j + 2] not in lex.not_objects \
            and not _is_verb(s.lower[j + 2]):
        # "menetapkan lima dari 11 orang yang ditangkap sebagai tersangka": a part counts what the whole does (but
        # "satu dari sembilan pemimpin" singles one out)
        return s.words[j + 2], None, "count", j
    among = j + 2 if word == "di" and j + 1 < s.size and s.lower[j + 1] == "antaranya" else \
        j + 1 if word == "diantaranya" else None
    if among is not None and among < s.size and s.tokens[among].kind == "word" \
            and s.lower[among] not in lex.not_objects and not _is_verb(s.lower[among]):
        # "32 warga sipil, 11 di antaranya anak-anak": the part counts what is named after "di antaranya" (one of it:
        # the plural's base word)
        return _singular(s.words[among]), None, "count", j
    if s.tokens[j].kind != "word" or word in lex.not_objects or word in lex.calendar_words:
        return None, None, "count", j
    if word in lex.classifiers:
        nxt = j + 1
        if nxt < s.size and s.tokens[nxt].kind == "word" and s.lower[nxt] not in lex.not_objects \
                and not _is_verb(s.lower[nxt]):
            return s.words[nxt], None, "count", nxt + 1
        return s.words[j], None, "count", j + 1
    if _is_verb(word):
        return None, None, "count", j
    for phrase in lex.compound_objects.get(word, ()):
        if s.match_phrase(j, phrase):  # "18 anak buah kapal": one noun of several words
            return " ".join(s.words[j : j + len(phrase)]), None, "count", j + len(phrase)
    base = _singular(word)
    kind = "duration" if base in lex.durations else "count"
    if len(word) > 6 and word.endswith("nya") and word not in lex.inherit_words:
        # "22 awaknya", "12 warganya": whose they are is no part of what is counted
        return s.words[j][:-3], None, kind, j + 1
    return s.words[j], None, kind, j + 1


def _singular(word: str) -> str:
    """The base word of a reduplicated plural ("anak-anak" → "anak"), else the word."""
    head, dash, tail = word.partition("-")
    return head if dash and head.lower() == tail.lower() else word


def _is_verb(word: str) -> bool:
    return bool(_VERB_LIKE.match(word)) and word not in _lexicon().nouns_like_verbs


def _is_identifier(s: _Stream, i: int, j: int) -> bool:
    """The number at ``i`` (its core ending before ``j``) names or ranks something instead of counting it."""
    if i == 0:
        return False
    prev, prev_tok = s.lower[i - 1], s.tokens[i - 1]
    lex = _lexicon()
    # A currency symbol ("Rp 5", "Rp450", "US$ 1") or a magnitude word ("M 5,8") makes it a quantity.
    if s.words[i - 1] in lex.prefixes or s.lower[i - 1] in lex.magnitude_before or (
            i > 1 and s.words[i - 2] + s.words[i - 1] in lex.prefixes):
        return False
    if prev in _lexicon().identifier_before:
        # "level 4,75 persen", "tingkat 5 persen": a unit after the number makes it a quantity again.
        return _object_after(s, j)[2] not in ("percent", "currency", "measure")
    if s.adjacent(i) and (prev_tok.kind == "word" or s.words[i - 1] in ":/"):
        return True  # "G20", "F-16", "09:30", "24/7"
    if s.words[i - 1] == ")" and j < s.size and s.words[j][:1].isupper() and s.tokens[j].kind == "word":
        return True  # "Detasemen Khusus (Densus) 88 Antiteror": a number inside a name, after its abbreviation
    # After a capitalised word inside the sentence: "Nord Stream 2", "Perang Dunia 2", "Boeing 737".
    word = s.words[i - 1]
    return (i - 1 > 0 and prev_tok.kind == "word" and word[:1].isupper()
            and prev not in _lexicon().not_objects and s.lower[i - 2] not in ("(", "“", '"'))


# Nouns for the members of a force, which make "berkekuatan N …" a count, not a magnitude.
_TROOPS = frozenset(["personel", "prajurit", "tentara", "pasukan", "anggota", "orang", "polisi", "serdadu"])


def _is_age(s: _Stream, i: int, j: int) -> bool:
    """ "Olivera, 79 tahun, …" or "Budi (45)": an age in apposition."""
    if i == 0 or s.words[i - 1] not in (",", "("):
        return False
    if j < s.size and s.lower[j] in _lexicon().age_units:
        return j + 1 >= s.size or s.words[j + 1] in (",", ")", ".", ";")
    return s.words[i - 1] == "(" and j < s.size and s.words[j] == ")"


def _sentence_amounts(s: _Stream, taken: list[tuple[int, int]], openings: list[int]) -> list[Amount]:
    """The amounts of one sentence; ``openings`` are the tokens where a number can begin, in order.

    Reading goes on from a number's end, or from the next token when there is no amount at it; a token
    where no number begins has none, so only ``openings`` are read.
    """
    lex = _lexicon()
    text = s.text
    found: list[Amount] = []
    i = 0
    for opening in openings:
        if opening < i:
            continue
        i = opening
        core = _read_core(s, i)
        if core is None or any(a <= s.tokens[i].start < b for a, b in taken):
            i += 1
            continue
        value, j, digits = core
        prev = s.lower[i - 1] if i > 0 else ""
        raw = s.words[i]
        is_year = digits and raw.isdigit() and len(raw) == 4 and 1900 <= value <= 2100 and prev in _YEAR_PREPS
        if _is_identifier(s, i, j) or _is_age(s, i, j) or is_year:
            i = j
            continue
        values = [value]
        # "dan" joins a range only after "antara" ("antara 10 dan 15").
        joiner = s.lower[j] if j + 1 < s.size else None
        if joiner in lex.range_joiners or (prev == "antara" and joiner in lex.antara_joiners):
            second = _read_core(s, j + 1)
            if second and second[0] > value and second[2] == digits:
                values.append(second[0])
                j = second[1]
        qualifier_after = None
        if j < s.size and s.lower[j] in lex.qualifiers_after and s.lower[j] != "-an":
            qualifier_after = lex.qualifiers_after[s.lower[j]]
            j += 1
        if raw.endswith("-an"):
            qualifier_after = "approx"
        before_text = text[max(0, s.tokens[i].start - 8) : s.tokens[i].start]
        prefix = lex.prefix_re.search(before_text)
        first = i
        if prefix:
            info = lex.prefixes[prefix.group("sym")]
            obj, unit, kind = info["object"], info["code"], "currency"
            span_start = s.tokens[i].start - (len(before_text) - prefix.start("sym"))
            stop = j
            # "US$ 5 juta dolar" does appear: take the currency word along.
            if j < s.size and s.lower[j] in lex.currency_words:
                stop = j + 1
        elif (prev in lex.magnitude_before or prev in ("bermagnitudo", "berkekuatan")) and not (
                prev in ("kekuatan", "berkekuatan") and j < s.size
                and (s.lower[j] in _TROOPS or s.lower[j] in lex.nouns_like_verbs)):
            # ("pasukan gabungan berkekuatan 5.000 personel": the strength of a force is a count of its members.)
            obj = {"bermagnitudo": "magnitudo", "berkekuatan": "kekuatan"}.get(prev, s.words[i - 1])
            unit, kind, stop = "magnitude", "magnitude", j
            first = i - 1
            span_start = s.tokens[first].start
        else:
            obj, unit, kind, stop = _object_after(s, j)
            span_start = s.tokens[i].start
            earlier = found[-1] if found else None
            if obj is not None and obj.lower() in lex.inherit_words and earlier is not None:
                obj, unit, kind = earlier.object, earlier.unit, earlier.kind
            if obj is None:
                # Ellipsis: "1.127 pembelotan tahun lalu, dibandingkan dengan 2.706 pada 2011".
                year_like = raw.isdigit() and len(raw) == 4 and 1900 <= value <= 2100
                if earlier is None or not digits or year_like or earlier.kind in ("duration", "magnitude"):
                    i = j
                    continue
                obj, unit, kind, stop = earlier.object, earlier.unit, earlier.kind, j
        qualifier, q_index = _qualifier_before(s, first)
        if q_index < first:
            span_start = min(span_start, s.tokens[q_index].start)
        if len(values) > 1:
            qualifier = "range"
        elif qualifier_after:
            qualifier = qualifier_after
        if stop < s.size and s.lower[stop] in lex.qualifiers_after and s.lower[stop] != "-an":
            qualifier = lex.qualifiers_after[s.lower[stop]]
        span_end = s.tokens[stop - 1].end
        for v in values:
            found.append(Amount(
                start=span_start, end=span_end, text=text[span_start:span_end], value=v,
                range=list(values) if len(values) > 1 else None,
                object=obj, unit=unit, kind=kind, qualifier=qualifier,
            ))
        i = stop
    return found


def _merge_repeats(amounts: list[Amount]) -> list[Amount]:
    """One amount per stated quantity of a thing; later statements become its ``repeats``."""
    first: dict[tuple, Amount] = {}
    out = []
    for amount in amounts:
        key = (amount.value, (amount.object or "").lower(), amount.unit, tuple(amount.range or ()))
        seen = first.get(key)
        if seen is None or seen.start == amount.start:
            first.setdefault(key, amount)
            out.append(amount)
        else:
            seen.repeats.append(Mention(amount.start, amount.end, amount.text, amount.sentence))
    return out


def _openings(text: str, tokens: list[Token], token_starts: list[int]) -> list[int]:
    """The indices of the tokens where a number can begin, in order (where ``_read_core`` reads one).

    Those are the number tokens and the word tokens that are number words ("tiga"). The words are
    looked for in the lower-cased text, which keeps every offset unless a character grows ("İ"), and
    checked against the tokens: a word token never follows a letter (the token before it would have
    taken it in) and a number word is all letters, so the longest number word after a character that
    is no letter is the whole token when the token is one. ``is_number_word`` lower-cases too.
    """
    lex = _lexicon()
    openings = indices_of(token_kinds(text, tokens), "number")
    low = lower_text(text)
    if len(low) != len(text):
        return sorted(openings + [i for i, t in enumerate(tokens)
                                  if t.kind == "word" and text[t.start : t.end].lower() in lex.number_words])
    count = len(openings)
    for m in lex.number_word_finder.finditer(lower_text(text, space_before=True)):  # the space shifts offsets by one
        start, word = m.start(), m.group(1)
        i = bisect_left(token_starts, start)
        if i < len(tokens) and tokens[i].start == start and tokens[i].end == start + len(word) \
                and tokens[i].kind == "word":
            openings.append(i)
    return sorted(openings) if len(openings) > count else openings


def extract_amounts(article: Article) -> Article:
    """Stage: fill ``article.amounts`` sentence by sentence, skipping the spans of dates."""
    taken = [(d.start, d.end) for d in article.dates]
    text = article.text
    tokens = article.tokens or tokenize(text)
    starts = token_starts(text, tokens)
    openings = _openings(text, tokens, starts)
    opening_starts = [starts[i] for i in openings]
    amounts: list[Amount] = []
    words = token_words(text, tokens)  # read again by the entities stage
    for index, sentence in enumerate(article.sentences):
        # A sentence's tokens are those that start inside it; without a number among them, no amount.
        lo = bisect_left(opening_starts, sentence.start)
        if lo == len(opening_starts) or opening_starts[lo] >= sentence.end:
            continue
        hi = bisect_left(opening_starts, sentence.end, lo)
        first = bisect_left(starts, sentence.start)
        last = bisect_left(starts, sentence.end, first)
        local = [(a, b) for a, b in taken if a < sentence.end and sentence.start < b]
        s = _Stream(text, tokens[first:last], words[first:last])
        for amount in _sentence_amounts(s, local, [k - first for k in openings[lo:hi]]):
            amount.sentence = index
            amounts.append(amount)
    article.amounts = _merge_repeats(amounts)
    return article
