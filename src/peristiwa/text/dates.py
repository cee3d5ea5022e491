"""Dates in Indonesian news, resolved against the publication date.

dateparser alone gets Indonesian news dates wrong in ways that matter (month
and day swapped, "ke" read as a date, "pekan lalu" and "Senin lalu" missed,
counted words one unit off), so the rules are ours and the vocabulary is
data (``data/id/dates.yaml``). Forms, in the order they are preferred when
two overlap (longer wins first):

* absolute: "26 Oktober 2023", "Senin, 23 Oktober 2023", "26/10/2023",
  "2023-10-26", "Oktober 2023" (month), "tahun 2023" (year);
* partial, year taken from the publication date: "26 Oktober", "Senin
  (23/10)", "pada Oktober". The year chosen puts the date nearest the
  publication date; "26 Oktober lalu" forces the past;
* relative: "kemarin", "tadi malam", "pekan lalu", "bulan depan", "tahun
  lalu", "dua hari lalu", "3 pekan mendatang", "sepekan lalu";
* weekdays: "Selasa lalu" (the last Tuesday before publication), "Kamis
  depan", and a bare "pada Kamis": the nearest Thursday on or before the
  publication date, or after it when the sentence speaks of the future
  ("akan", "dijadwalkan", "rencananya" earlier in the sentence).

Without a publication date relative and partial dates keep their text and
offset (``resolved`` false, ``value`` null). Granularity is day, week (ISO
week "2023-W43"), month or year.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from functools import cache

from peristiwa.langdata import alternation, load_yaml
from peristiwa.model import Article, DateMention
from peristiwa.text.normalize import lower_text
from peristiwa.text.numbers import parse_digits, parse_number_words

# "lalu" followed by a verb is the conjunction "then" ("ditahan tiga hari lalu dibebaskan").
_VERB_AFTER = re.compile(r"\s+(?:di|me|ber|ter)[a-z]{3,}\b")


class _SentenceStarts:
    """Where sentences start in a text, for rules that must not look past the sentence they are in.

    A sentence starts after terminal punctuation followed by white space and a capital, or after a line
    break; full stops inside numbers ("300.000") or after abbreviations ("Jl.") do not end one.
    """

    # "[.!?] after no capital, closing quotes, white space, an opening word" or "a run of line breaks".
    # Both open with one character of [.!?\n], consumed first and then told apart by the lookbehinds,
    # so that the regex engine jumps from one such character to the next.
    _BOUNDARY = re.compile(
        r"[.!?\n](?:(?<![A-Z][a-z].)(?<![A-Z].)(?<!\n)[\"”’)]*\s+(?=[\"“(A-Z0-9])|(?<=\n)\n*)")

    def __init__(self) -> None:
        self._cache: tuple[str, list[int]] | None = None

    def findall_starts(self, text: str) -> list[int]:
        if self._cache is None or self._cache[0] is not text:
            self._cache = (text, [0] + [m.end() for m in self._BOUNDARY.finditer(text)])
        return self._cache[1]

    def start_of(self, text: str, offset: int) -> int:
        """Where the sentence holding ``offset`` starts (the starts are in increasing order)."""
        starts = self.findall_starts(text)
        return starts[bisect_right(starts, offset) - 1]


_SENTENCE_START = _SentenceStarts()
_FUTURE_CUES = re.compile(r"\b(?:akan|bakal|dijadwalkan|rencananya|berencana|direncanakan|mendatang)\b", re.I)


@dataclass(frozen=True, slots=True)
class _Vocab:
    months: dict[str, int]
    full_months: frozenset[str]
    weekdays: dict[str, int]
    relative: dict[str, dict]
    units: dict[str, dict[str, int]]
    directions: dict[str, int]
    one_unit: dict[str, str]
    weekday_directions: dict[str, int]
    past_markers: frozenset[str]
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    # For each pattern, strings one of which must occur in the lower-cased text for it to match at all:
    # a cheap test that spares most patterns on most texts.
    anchors: dict[str, tuple[str, ...]]
    # Where a match can begin, found in one pass over the lower-cased text (``_opening_finder``), and
    # the patterns (by index) that can begin with each word, with "(" or with digits (``_DigitOpenings``).
    opening: re.Pattern[str]
    kinds_at: dict[str, tuple[int, ...]]
    after_digits: _DigitOpenings


def _alt(words, *, ignore_case: bool = True) -> str:
    """Any of ``words``, the longest first, for a pattern compiled with ``re.I`` unless ``ignore_case`` is
    false. Written as a tree of shared beginnings (``langdata.alternation``, which matches and prefers
    what the flat list of the words sorted longest first does): the engine goes through it in a few
    steps where the flat list costs one per word, at every place a pattern is tried."""
    return alternation(words, ignore_case=ignore_case)


# Words that open some patterns, kept here because ``_vocab`` also lists them as where those patterns begin.
_NUMBER_WORDS = ("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
                 "sebelas", "belas", "puluh", "beberapa")
_MONTH_LEADS = ("pada", "bulan", "sejak", "hingga", "sampai", "akhir", "awal", "pertengahan")
_YEAR_LEADS = ("tahun", "pada", "sejak", "hingga", "sampai", "awal", "akhir", "pertengahan", "medio")
# Where a pattern can begin with a digit, what the text must hold there for it to match: each a regex of
# a run of digits and the one character, no digit, after it. Most numbers in news are amounts ("1.500.000",
# "2,5 juta", "2023"), and most of their digit runs fit none of these: no pattern is tried there.
_YEAR_DASH = r"\d{4}-"  # iso: "2023-10-26"
# slash and day_month: "26/10", "26 Oktober", "18-19", "18–19", "18 hingga", "18 sampai", "18 s.d.", "18 dan"
# (their first letter, as a range word may follow the digits without a space).
_DAY_NUMBER = r"\d{1,2}[\s/\-–hsd]"
_COUNT_NUMBER = r"\d{1,3}\s"  # counted: "3 hari lalu"
_DIGIT_OPENERS = (_YEAR_DASH, _DAY_NUMBER, _COUNT_NUMBER)


class _DigitOpenings:
    """The patterns that can begin at a run of digits, by the length of the run and the character after it.

    As each regex of ``_DIGIT_OPENERS`` reads a run of digits (any run of that length alike) and one
    character that is no digit, whether it matches at a place depends on those two only: the answer for
    each such pair is worked out once, on a run of zeros.
    """

    def __init__(self, direct: dict[str, set[int]]):
        self._openers = [(re.compile(o), direct[o]) for o in _DIGIT_OPENERS if o in direct]
        self._known: dict[tuple[int, str], tuple[int, ...]] = {}

    def kinds(self, run: str) -> tuple[int, ...]:
        """The pattern indices for ``run``, the digits and the character after them."""
        key = (len(run), run[-1])
        known = self._known.get(key)
        if known is None:
            sample = "0" * (len(run) - 1) + run[-1]
            known = tuple(sorted(set().union(*(kinds for o, kinds in self._openers if o.fullmatch(sample)))))
            self._known[key] = known
        return known


def _opening_finder(patterns, openers: dict[str, list[str]]
                    ) -> tuple[re.Pattern[str], dict[str, tuple[int, ...]], _DigitOpenings]:
    """One regex for every place where a pattern can begin, and the patterns that can begin there.

    ``openers`` lists for each pattern the words it can begin with, "(" where it can begin with a bracket
    and the regexes of ``_DIGIT_OPENERS`` for how it can begin with a digit. Every pattern opens with
    ``\\b`` or "(", so a word or a digit can only begin one after a character that is neither a letter
    (a-z) nor a digit. The regex matches such a character, in the lower-cased text with a space put
    before it, when a word of ``openers`` (``group(1)``, the longest there) or the digits of a digit
    opener (``group(2)``, with the character after them) follow it, or when it is "(". The dict gives,
    for each word and for "(", the indices of the patterns that can begin there; a word that begins a
    longer one ("agust", "agustus") passes its patterns on to it. ``_DigitOpenings`` gives them for digits.
    """
    priority = {kind: i for i, (kind, _) in enumerate(patterns)}
    direct: dict[str, set[int]] = {}
    for kind, firsts in openers.items():
        for first in firsts:
            direct.setdefault(first, set()).add(priority[kind])
    words = [w for w in direct if w not in _DIGIT_OPENERS and w != "("]
    kinds_at = {"(": tuple(sorted(direct["("]))} if "(" in direct else {}
    for word in words:
        kinds_at[word] = tuple(sorted(set().union(*(direct[w] for w in words if word.startswith(w)))))
    digits = "|".join(o for o in _DIGIT_OPENERS if o in direct)
    # Opening with a character class lets the regex engine skip the letters and digits (most of the
    # text) in one tight loop. Only that one character is consumed: the next place is tried too.
    # The class leaves out the ASCII digits only, not every Unicode digit ("\d"): an ASCII class is
    # one bitmap test per character where "\d" costs a Unicode table lookup, and the scan reads every
    # character of the text. The places it adds, after a digit of another script, are tried in vain:
    # every pattern opens with "\b" or "(", and a digit and a letter or digit after it make no "\b".
    # Every digit opener begins with "\d", tested first on its own: the engine rejects a word after a
    # space, the most common place tried, at that one test instead of entering each digit opener's repeat.
    regex = re.compile(rf"[^a-z0-9](?:(?=({alternation(words)}))|(?=\d)(?=({digits}))|(?<=\())")
    return regex, kinds_at, _DigitOpenings(direct)


@cache
def _vocab() -> _Vocab:
    d = load_yaml("id/dates.yaml")
    months = {k.lower(): v for k, v in d["months"].items()}
    full = frozenset(k for k in months if len(k) > 4 or k in ("mei", "juni", "juli"))
    weekdays = {k.lower(): v for k, v in d["weekdays"].items()}
    mon = _alt(months)
    mon_full = _alt(full)
    unit = _alt(d["units"])
    direction = _alt(d["directions"])
    past = _alt(d["past_markers"])
    number = r"\d{1,3}|" + _alt(_NUMBER_WORDS)
    cap = lambda alt: "(?:" + alt + ")"  # noqa: E731
    wd_cap = r"(?-i:" + _alt((w.capitalize() for w in weekdays), ignore_case=False) + ")"
    patterns = (
        ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
        ("slash", re.compile(
            rf"(?:\b(?P<wd>{wd_cap})\s*,?\s*\(\s*|\(\s*|\b)(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{4}}|\d{{2}}))?"
            rf"(?(wd)\s*\)|(?:\s*\))?)(?![/\d])", re.I)),
        ("day_month", re.compile(
            rf"\b(?:(?P<wd>{wd_cap})(?:\s+(?:pagi|siang|sore|malam|dini hari))?\s*,?\s*(?:\(\s*)?)?"
            rf"(?:tanggal\s+|tgl\.?\s+)?(?:(?P<d0>\d{{1,2}})\s*(?:-|–|hingga|sampai|s\.d\.?|dan)\s*)?"
            rf"(?P<d>\d{{1,2}})\s+(?P<mon>{cap(mon)})\.?"
            rf"(?:\s+(?P<y>\d{{4}}))?(?(wd)(?:\s*\))?)(?:\s+(?P<past>{cap(past)}))?\b", re.I)),
        ("month_year", re.compile(rf"\b(?:bulan\s+)?(?P<mon>{cap(mon_full)})\s+(?P<y>\d{{4}})\b", re.I)),
        ("month", re.compile(
            rf"\b(?:(?:{'|'.join(_MONTH_LEADS)})\s+)(?P<mon>{cap(mon_full)})\b"
            rf"(?:\s+(?P<past>{cap(past)}))?", re.I)),
        ("year", re.compile(
            rf"\b(?:{'|'.join(_YEAR_LEADS)})\s+(?P<y>(?:19|20)\d{{2}})\b(?![.,]\d)",
            re.I)),
        ("counted", re.compile(
            rf"\b(?P<n>(?:{number})(?:\s+(?:{number}))*)\s+(?P<unit>{cap(unit)})\s+(?P<dir>{cap(direction)})\b",
            re.I)),
        ("one_unit", re.compile(rf"\b(?P<word>{_alt(d['one_unit_words'])})\s+(?P<dir>{cap(direction)})\b", re.I)),
        ("relative", re.compile(rf"\b(?P<phrase>{_alt(d['relative'])})\b", re.I)),
        ("weekday", re.compile(
            rf"\b(?P<wd>{wd_cap})\b(?:\s+(?:pagi|siang|sore|malam|dini hari)\b)?"
            rf"(?:\s+(?P<dir>{_alt(d['weekday_directions'], ignore_case=False)})\b)?")),
    )
    # What each pattern above can begin with, lower-cased: keep this in step with the patterns.
    openers = {
        "iso": [_YEAR_DASH],
        "slash": [_DAY_NUMBER, "(", *weekdays],
        "day_month": [_DAY_NUMBER, "tanggal", "tgl", *weekdays],
        "month_year": ["bulan", *full],
        "month": list(_MONTH_LEADS),
        "year": list(_YEAR_LEADS),
        "counted": [_COUNT_NUMBER, *_NUMBER_WORDS],
        "one_unit": [w.lower() for w in d["one_unit_words"]],
        "relative": [k.lower().split()[0] for k in d["relative"]],
        "weekday": list(weekdays),
    }
    opening, kinds_at, after_digits = _opening_finder(patterns, openers)
    return _Vocab(
        months=months,
        full_months=full,
        weekdays=weekdays,
        relative={k.lower(): v for k, v in d["relative"].items()},
        units=d["units"],
        directions={k.lower(): v for k, v in d["directions"].items()},
        one_unit=d["one_unit_words"],
        weekday_directions=d["weekday_directions"],
        past_markers=frozenset(d["past_markers"]),
        patterns=patterns,
        anchors={
            "iso": ("-",),
            "slash": ("/",),
            "day_month": tuple(months),
            "month_year": tuple(full),
            "month": tuple(full),
            "year": ("19", "20"),
            "counted": tuple(k.lower() for k in d["directions"]),
            "one_unit": tuple(d["one_unit_words"]),
            "relative": tuple({k.lower().split()[0] for k in d["relative"]}),
            "weekday": tuple(weekdays),
        },
        opening=opening,
        kinds_at=kinds_at,
        after_digits=after_digits,
    )


def parse_published(value: str | None) -> date | None:
    """The date part of a publication timestamp: ISO 8601, RFC 2822, or Indonesian ("Kamis, 2 November 2023")."""
    if not value or not isinstance(value, str):
        return None
    s = value.strip()
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return parse_published_iso_prefix(s) or parsedate_to_datetime(s).date()
    except (TypeError, ValueError, IndexError):
        pass
    found = find_dates(s, None)
    for mention in found:
        if mention.kind == "absolute" and mention.granularity == "day" and mention.value:
            return date.fromisoformat(mention.value)
    return None


def parse_published_iso_prefix(s: str) -> date | None:
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", s)
    return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _add_months(d: date, months: int) -> date:
    month_index = d.year * 12 + d.month - 1 + months
    y, m = divmod(month_index, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _format(d: date, granularity: str) -> str:
    if granularity == "year":
        return f"{d.year:04d}"
    if granularity == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if granularity == "week":
        iso = d.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    return d.isoformat()


def _nearest_year(month: int, day: int, anchor: date, past_only: bool) -> date | None:
    options = [c for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (c := _safe_date(y, month, min(day, 31)))]
    if past_only:
        options = [c for c in options if c <= anchor]
    if not options:
        return None
    return min(options, key=lambda c: abs((c - anchor).days))


def _count(text: str) -> int | None:
    text = text.strip()
    digits = parse_digits(text)
    if digits is not None:
        return int(digits)
    parsed = parse_number_words(text.split())
    if parsed and parsed[1] == len(text.split()):
        return int(parsed[0])
    return None


def _offset_date(anchor: date, offset: dict[str, int]) -> date:
    d = anchor + timedelta(days=offset.get("days", 0), weeks=offset.get("weeks", 0))
    months = offset.get("months", 0) + 12 * offset.get("years", 0)
    return _add_months(d, months) if months else d


def _fold(word: str) -> str:
    """A matched word as the vocabulary's keys are written: lower case. The patterns match without case, so
    "KEMARİN" matches "kemarin", but Python lower-cases the Turkish dotted capital İ to two characters (i and a
    combining dot), which no key has."""
    return word.lower().replace("i\u0307", "i")


def _build(kind: str, m: re.Match[str], text: str, anchor: date | None, v: _Vocab) -> DateMention | None:
    g = m.groupdict()
    mention = DateMention(m.start(), m.end(), text=m.group(0))
    if kind in ("iso", "slash", "day_month"):
        day = int(g["d"])
        month = int(g["m"]) if kind != "day_month" else v.months[_fold(g["mon"]).rstrip(".")]
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return None
        if kind == "slash" and not g.get("y") and not g.get("wd") and "(" not in m.group(0):
            return None  # a bare "3/4" is more often a ratio or a score than a date
        if g.get("y"):
            year = int(g["y"])
            year += 2000 if year < 100 else 0
            d = _safe_date(year, month, day)
            if d is None:
                return None
            mention.value, mention.kind, mention.resolved = d.isoformat(), "absolute", True
        else:
            mention.kind = "partial"
            mention.offset = {"month": month, "day": day}
            d = _nearest_year(month, day, anchor, past_only=bool(g.get("past"))) if anchor else None
            if d:
                mention.value, mention.resolved = d.isoformat(), True
        first_day = int(g["d0"]) if g.get("d0") else None
        if first_day is not None:
            if not first_day < day:
                return None
            mention.offset = dict(mention.offset or {}, first_day=first_day)
            if mention.value:
                mention.until = mention.value
                mention.value = date.fromisoformat(mention.value).replace(day=first_day).isoformat()
        return mention
    if kind in ("month_year", "month"):
        month = v.months[_fold(g["mon"])]
        mention.granularity = "month"
        if g.get("y"):
            mention.value, mention.kind, mention.resolved = f"{int(g['y']):04d}-{month:02d}", "absolute", True
        else:
            mention.kind = "partial"
            mention.offset = {"month": month}
            if anchor:
                d = _nearest_year(month, 1, anchor.replace(day=1), past_only=bool(g.get("past")))
                if d:
                    mention.value, mention.resolved = _format(d, "month"), True
        return mention
    if kind == "year":
        mention.granularity = "year"
        mention.value, mention.kind, mention.resolved = g["y"], "absolute", True
        return mention
    mention.kind = "relative"
    if kind in ("counted", "one_unit"):
        if kind == "counted":
            n = _count(g["n"])
            unit = _fold(g["unit"])
        else:
            n, unit = 1, v.one_unit[_fold(g["word"])]
        if n is None:
            return None  # "beberapa hari lalu": a relative date with no number
        if _fold(g["dir"]) == "lalu" and _VERB_AFTER.match(text, m.end()):
            return None  # "ditahan tiga hari lalu dibebaskan": "lalu" is "then", not "ago"
        sign = v.directions[" ".join(_fold(g["dir"]).split())]
        (unit_name, step), = v.units[unit].items()
        offset = {unit_name: sign * n * step}
        mention.granularity = {"days": "day", "weeks": "week", "months": "month", "years": "year"}[unit_name]
    elif kind == "relative":
        entry = dict(v.relative[" ".join(_fold(g["phrase"]).split())])
        mention.granularity = entry.pop("granularity")
        offset = entry
    else:  # weekday
        weekday = v.weekdays[_fold(g["wd"])]
        direction = v.weekday_directions.get(_fold(g.get("dir") or ""), 0)
        if direction == 0:
            sentence_start = _SENTENCE_START.start_of(text, m.start())
            if _FUTURE_CUES.search(text, sentence_start, m.start()):
                direction = 2  # future, the publication day itself allowed
        mention.offset = {"weekday": weekday, "direction": direction}
        if anchor:
            delta = (weekday - anchor.weekday()) % 7
            if direction > 0:
                d = anchor + timedelta(days=delta if (delta or direction == 2) else 7)
            else:
                back = (anchor.weekday() - weekday) % 7
                d = anchor - timedelta(days=back if (back or direction == 0) else 7)
            mention.value, mention.resolved = d.isoformat(), True
        return mention
    mention.offset = offset
    if anchor:
        mention.value, mention.resolved = _format(_offset_date(anchor, offset), mention.granularity), True
    return mention


# Characters that a case-insensitive regex matches to an ASCII letter although their lower case is not
# that letter ("ſ" to "s", the Kelvin sign to "k", "İ" and "ı" to "i"): with one of them in the text the
# lower-cased text no longer shows every place a pattern can match. Each is looked for with ``in``: a
# string search for one character is a memchr-like loop, and none at all when the text is stored one
# byte a character (these are not), where a regex class costs a test per character.
_CASE_FOLD_TRAPS = "\u0130\u0131\u017f\u212a"


def _pattern_matches(text: str, v: _Vocab) -> list[tuple[int, str, re.Match[str]]]:
    """(priority, kind, match) for every match of every pattern, as ``pattern.finditer(text)`` gives them.

    A pattern is skipped, as it always was, when none of its anchors occurs in the lower-cased text.

    Running each pattern over the whole text costs ten scans. Instead one scan of the lower-cased text
    finds every place where a match can begin (a digit, a "(" or a pattern's first word, see
    ``_opening_finder``), and only there are the patterns that can begin so tried, with ``match``. This
    gives the same matches as ``finditer``, which tries every position from the end of its last match
    on and takes the first that matches: the positions left out are ones where no match can begin.
    """
    low = lower_text(text)
    found: list[tuple[int, str, re.Match[str]]] = []
    if any(trap in text for trap in _CASE_FOLD_TRAPS):
        for priority, (kind, pattern) in enumerate(v.patterns):
            if any(anchor in low for anchor in v.anchors[kind]):
                found.extend((priority, kind, m) for m in pattern.finditer(text))
        return found
    patterns = v.patterns
    kinds_at = v.kinds_at
    bracket, after_digits = kinds_at["("], v.after_digits
    resume = [0] * len(patterns)  # for each pattern, where its finditer would go on: the end of its last match

    def try_at(position: int, priorities: tuple[int, ...]) -> None:
        for priority in priorities:
            if position >= resume[priority]:
                m = patterns[priority][1].match(text, position)
                if m:
                    found.append((priority, patterns[priority][0], m))
                    resume[priority] = m.end()

    # The space put first shifts every offset by one: the character matched at ``at`` in ``padded`` is
    # at ``at - 1`` in the text, and what follows it is at ``at``.
    padded = lower_text(text, space_before=True)
    for opening in v.opening.finditer(padded):
        at = opening.start()
        if padded[at] == "(":
            try_at(at - 1, bracket)
        word, number = opening.group(1, 2)
        if word:
            try_at(at, kinds_at[word])
        elif number:
            try_at(at, after_digits.kinds(number))
    # The anchors are tested last, and only for the patterns that matched: most texts are spared the test.
    # A pattern's anchor nearly always shows in its match, a few characters to search before the whole text.
    # Lower-casing goes character by character, but for the capital sigma (σ or ς by what follows it), and
    # the anchors hold no sigma: one in the lower-cased match is in the lower-cased text too.
    first_match: dict[str, re.Match[str]] = {}
    for _, kind, m in found:
        first_match.setdefault(kind, m)
    anchored = {kind: any(anchor in m.group().lower() for anchor in v.anchors[kind])
                or any(anchor in low for anchor in v.anchors[kind]) for kind, m in first_match.items()}
    return [item for item in found if anchored[item[1]]]


def find_dates(text: str, anchor: date | None) -> list[DateMention]:
    """Every date mention in ``text``, non-overlapping, in text order."""
    v = _vocab()
    candidates = [(m.start(), m.end(), priority, kind, m) for priority, kind, m in _pattern_matches(text, v)]
    # Longer spans first, then the more specific pattern; keep what does not overlap.
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    for start, end, _, kind, m in candidates:
        if any(start < e and s < end for s, e in taken):
            continue
        mention = _build(kind, m, text, anchor, v)
        if mention is not None:
            taken.append((start, end))
            out.append(mention)
    out.sort(key=lambda d: d.start)
    return out


def extract_dates(article: Article) -> Article:
    """Stage: fill ``article.dates``, resolving against ``article.published_date``."""
    anchor = date.fromisoformat(article.published_date) if article.published_date else None
    dates = find_dates(article.text, anchor)
    for mention in dates:
        mention.sentence = article.sentence_index(mention.start)
    article.dates = dates
    return article
