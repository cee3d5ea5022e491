"""Reading Indonesian numbers: digits with Indonesian separators and number words.

No PyPI package does this right (kata2angka reads "tiga setengah juta" as
500003), so the grammar is ours:

* digits: the dot groups thousands and the comma marks decimals ("1.000.000",
  "1,5", "1.250,75"). Translated copy sometimes follows English habits, so a
  comma followed by exactly three digits in groups ("1,000,000") is read as
  thousands, and a dot followed by other than three digits ("7.5") as a
  decimal point;
* words: units (satu … sembilan), "belas" (teens), "puluh", "ratus", the
  "se-" words (sepuluh, sebelas, seratus, seribu, sejuta), and the group
  closers ribu, juta, miliar/milyar, triliun, each multiplying everything said
  since the previous closer: "dua juta lima ratus ribu" = 2,500,000;
* "setengah" after a number adds a half ("tiga setengah juta" = 3,500,000),
  and "dua pertiga" is two thirds.

The vocabulary is data: ``data/id/numbers.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from peristiwa.langdata import load_yaml

_ID_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
_EN_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_DECIMAL_COMMA = re.compile(r"^\d+,\d+$")
_DECIMAL_DOT = re.compile(r"^\d+\.\d+$")


@dataclass(frozen=True, slots=True)
class NumberWords:
    units: dict[str, int]
    words: dict[str, float]
    small: dict[str, int]
    large: dict[str, float]
    digit_multipliers: dict[str, float]
    fractions: dict[str, float]
    denominators: dict[str, int]
    not_after: frozenset[str]

    def is_number_word(self, word: str) -> bool:
        w = word.lower()
        return w in self.units or w in self.words or w in self.fractions


@cache
def vocabulary() -> NumberWords:
    data = load_yaml("id/numbers.yaml")
    return NumberWords(
        units=dict(data["units"]),
        words={k: float(v) for k, v in data["words"].items()},
        small=dict(data["small_multipliers"]),
        large={k: float(v) for k, v in data["large_multipliers"].items()},
        digit_multipliers={k: float(v) for k, v in data["digit_multipliers"].items()},
        fractions={k: float(v) for k, v in data["fractions"].items()},
        denominators=dict(data["fraction_denominators"]),
        not_after=frozenset(data["not_numbers_after"]),
    )


def parse_digits(text: str) -> float | None:
    """Value of a digit string written the Indonesian way; None if it is not one."""
    s = text.strip()
    if s.endswith("-an"):
        s = s[:-3]
    if not s or not s[0].isdigit():
        return None
    try:
        if s.isdigit():
            return float(s)
        if _ID_THOUSANDS.match(s):
            whole, _, frac = s.partition(",")
            return float(whole.replace(".", "") + ("." + frac if frac else ""))
        if _EN_THOUSANDS.match(s):
            return float(s.replace(",", ""))
        if _DECIMAL_COMMA.match(s):
            return float(s.replace(",", "."))
        if _DECIMAL_DOT.match(s):
            return float(s)
    except ValueError:
        return None
    return None


def parse_number_words(words: list[str]) -> tuple[float, int] | None:
    """Read the longest number phrase at the start of ``words``.

    Returns ``(value, number of words used)`` or None when the first word is
    not a number word. Stops at the first word that cannot continue the phrase
    ("dua tiga" stops after "dua").
    """
    vocab = vocabulary()
    total = 0.0  # closed groups (ribu, juta, …)
    group = 0.0  # the group below the next closer
    last: float | None = None  # a unit waiting for its multiplier
    used = 0
    largest_closed = float("inf")
    for i, raw in enumerate(words):
        w = raw.lower()
        if w in vocab.units:
            if last is not None:
                break
            last = float(vocab.units[w])
        elif w in vocab.words:
            value = vocab.words[w]
            if last is not None:
                break
            if value >= 1000:
                if value >= largest_closed:
                    break
                total += group + value
                group = 0.0
                largest_closed = value
            else:
                group += value
        elif w in vocab.small and last is not None:
            if w == "belas":
                group += last + 10
            else:
                group += last * vocab.small[w]
            last = None
        elif w in vocab.large and (last is not None or group):
            mult = vocab.large[w]
            if mult >= largest_closed:
                break
            total += (group + (last or 0.0)) * mult
            group, last = 0.0, None
            largest_closed = mult
        elif w in vocab.fractions:
            frac = vocab.fractions[w]
            if i == 0:
                last = frac
            elif last is not None and last == int(last):
                last += frac
            elif last is None and group and w in ("setengah", "separuh"):
                group += frac
            else:
                break
        elif w in vocab.denominators and last is not None and i == 1:
            return last / vocab.denominators[w], 2
        else:
            break
        used = i + 1
    if used == 0:
        return None
    return total + group + (last or 0.0), used
