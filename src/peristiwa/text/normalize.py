"""Character-level normalisation applied before anything else reads the text.

Scraped Indonesian news carries non-breaking spaces (between "Rp" and the
number, inside datelines), zero-width characters from CMS editors, soft
hyphens, Windows line ends and stray control characters. All of them are
folded here so that every later pattern sees plain spaces and ``\\n`` line
breaks. Quotation marks are *not* folded: the attribution stage needs to tell
“ from ".
"""

from __future__ import annotations

import re
import unicodedata

# Spaces of every width become a plain space (U+00A0 no-break, U+2000-U+200A, U+202F, U+205F, U+3000).
_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Characters with no visible meaning: zero-width space/joiners, BOM, soft hyphen, word joiner,
# and C0/C1 control characters other than the line feed.
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_RUNS_OF_SPACES = re.compile(r" {2,}")


def normalize_text(raw: str) -> str:
    """NFC, ``\\n`` line ends, plain single spaces, no invisible characters, lines stripped.

    So a line of the result holds no white space but single plain spaces between words.
    """
    text = unicodedata.normalize("NFC", raw)
    # Every character the next three substitutions replace is unprintable (control, format and
    # separator characters), so in a text where only the line feeds are, they would change nothing.
    printable = text.replace("\n", " ").isprintable()
    if not printable:
        text = _LINE_BREAKS.sub("\n", text)
        text = _INVISIBLE.sub("", text)
        text = _SPACES.sub(" ", text)
    if "  " in text:
        text = _RUNS_OF_SPACES.sub(" ", text)
    if printable and " \n" not in text and "\n " not in text and text[:1] != " " and text[-1:] != " ":
        return text  # its only white space, spaces and line feeds, leaves no line to strip
    return "\n".join([line.strip() for line in text.split("\n")])


# The last text lower-cased: (text, its lower case, that with a space put before it). The dates, amounts
# and attribution stages of one article all read its text lower-cased. Replaced whole, never changed in
# place, so that a thread reading it while another replaces it still gets one text's values.
_last_lowered: tuple[str | None, str, str] = (None, "", " ")


def lower_text(text: str, *, space_before: bool = False) -> str:
    """``text.lower()``, or ``" " + text.lower()`` with ``space_before``, worked out once for the same text
    (a string never changes, so the same object has the same lower case)."""
    global _last_lowered
    last = _last_lowered
    if last[0] is not text:
        lowered = text.lower()
        last = _last_lowered = (text, lowered, " " + lowered)
    return last[2] if space_before else last[1]
