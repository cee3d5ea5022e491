"""Cleaning stage: from a raw news text to the article body plus metadata.

Indonesian outlets wrap the story in furniture that must not reach the NLP
stages, yet much of it is metadata worth keeping. The heuristics, in the order
they run (the patterns themselves are data, in ``data/id/boilerplate.yaml``):

1. Characters are normalised (``normalize.py``) and the text is read line by
   line: in scraped news one line is one paragraph.
2. Whole lines are classified: "Baca Juga: …" and its siblings become
   :class:`RelatedLink` metadata; "Editor: …", "Penulis: …", "Reporter: …",
   "Pewarta: …" fill ``editors``/``authors``; "Artikel ini telah tayang di …"
   records the syndication source; advertisement banners, page markers,
   photo credits and social-media prompts are dropped. Each removal is kept in
   ``Article.boilerplate`` with its kind, so nothing disappears silently.
   A first line that repeats the headline (HTML extraction does this) goes too.
3. The dateline opening the first paragraph is parsed into place and outlet
   marker ("JAKARTA, KOMPAS.com -", "KONTAN.CO.ID - SEOUL.", "Jakarta
   (ANTARA) -") and cut from the body.
4. Inline photo credits in brackets are cut, and so is the agency code that
   closes the last paragraph ("(ant)", "(flo/jpnn)", "[ps/ii]").
5. The remaining paragraphs are joined with blank lines; that string is
   ``Article.text``, and the paragraph spans index into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from peristiwa.langdata import alternation, load_yaml
from peristiwa.model import Article, Boilerplate, Dateline, Paragraph, RelatedLink
from peristiwa.text.normalize import normalize_text

_DASH = r"(?:-{1,3}|–|—)"
_URL = re.compile(r"https?://\S+")
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|co|id|net|org|tv|news|info|web\.id|my\.id)$", re.I)
_PLACE = re.compile(r"^[A-Z][\w'’.]*(?:\s+(?:[A-Z][\w'’.]*|DC|D\.C\.|de|di|al|el))*$")
_PLACE_WITH_AGENCY = re.compile(r"^(?P<place>.+?)\s*\((?P<agency>[^()]{2,30})\)$")
_DATE_PART = re.compile(r"^(?:\w+,?\s+)?\d{1,2}\s+\w+\s+\d{4}$|^\d{1,2}/\d{1,2}(?:/\d{2,4})?$")
# KONTAN style: "KONTAN.CO.ID - TOKYO. Bank sentral …": an upper-case place closed by a full stop.
_UPPER_PLACE_AFTER = re.compile(r"^(?P<place>[A-Z][A-Z'’ .-]{1,40}?[A-Z])\.\s+(?=\S)")
# The dash must be followed by the first word of a sentence: a capital, a digit or a quotation mark
# ("Presiden Joko Widodo - yang baru tiba …" is an aside, not a dateline).
_DATELINE_HEAD = re.compile(rf"^(?P<head>[^\n]{{2,70}}?)\s*{_DASH}\s+(?=[A-Z0-9\"“‘'(])")
_INLINE_PHOTO = re.compile(
    r"[\(\[]\s*(?:foto|photo|ilustrasi|gambar|sumber foto|dok\.?|dokumentasi)\s*:[^()\[\]]{0,150}[\)\]]", re.I
)
# "(Tribunnews.com/Yuda Pratama)": the outlet's domain and the writer, in brackets, as a line of its own.
_OUTLET_CREDIT = re.compile(r"^\(\s*[\w-]+(?:\.[\w-]+)*\.(?:com|id|net|org|co)\s*/"
                            r"\s*(?P<names>[A-Z][^()/]{2,60}?)\s*\)$")
# "Laporan Wartawan Tribunnews.com, Reza Fauzi", "Laporan Reporter Tribun Jateng, Budi Santoso": the byline that
# opens Tribun's articles, the outlet and then the writer, with no colon.
_REPORT_CREDIT = re.compile(r"^Laporan\s+(?:Wartawan|Reporter|Koresponden|Kontributor|Jurnalis)\s+[^,:]{2,40},"
                            r"\s*(?P<names>[A-Z][^,:()]{2,60})$")
# "Dinda Larasati berkontribusi dalam penulisan artikel ini": Tempo's closing line naming who else wrote the story
# (no colon either); the names are the article's authors, not people of the story.
_CONTRIBUTOR_CREDIT = re.compile(r"^(?P<names>[A-Z][^.:;!?\"“”()]{2,120}?)\s+(?:turut\s+|juga\s+)?(?:ber)?kontribusi\s+"
                                 r"(?:dalam|untuk|pada|di)\s+(?:penulisan|pembuatan|penyusunan|peliputan)\s+"
                                 r"(?:artikel|berita|tulisan|laporan)\s+(?:ini|tersebut)\.?$")
_CREDIT_SPLIT = re.compile(r"\s*[|•]\s*|\s+/\s+(?=\w[\w ]{0,20}:)")
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|/|\bdan\b)\s*")


@dataclass(frozen=True, slots=True)
class _Rules:
    related: re.Pattern[str]
    credit: re.Pattern[str]
    credit_fields: dict[str, str]
    credit_labels: re.Pattern[str]
    drops: tuple[tuple[str, re.Pattern[str]], ...]
    syndication: tuple[re.Pattern[str], ...]
    outlets: frozenset[str]
    code_any: re.Pattern[str]
    code_after_stop: re.Pattern[str]
    code_line: re.Pattern[str]
    caption: re.Pattern[str]
    caption_needs: str


@cache
def _rules() -> _Rules:
    data = load_yaml("id/boilerplate.yaml")
    # The labels as trees of shared beginnings (``alternation``, the longest label first as before): each
    # line of every article is tried against both lists, which a flat list costs a step per label.
    related = re.compile(
        r"^(?P<label>" + alternation(data["related_labels"], ignore_case=True)
        + r")\b\s*[:：\-–—»>]*\s*(?P<rest>.*)$", re.I
    )
    label = alternation(data["credit_labels"], ignore_case=True)
    # "Editor: A", and joint labels such as "Redaktur & Reporter : A".
    credit = re.compile(rf"^(?P<label>(?:{label}))(?:\s*(?:&|dan|/|,)\s*(?:{label}))*\s*[:：]\s*(?P<names>.+)$", re.I)
    drops = tuple(
        (kind, re.compile(r"(?:" + "|".join(patterns) + r")", re.I))
        for kind, patterns in data["drop_lines"].items()
    )
    syndication = tuple(re.compile(p, re.I) for p in data["syndication"])
    code = data["agency_code"]
    # Lower-case codes may close a paragraph anywhere; mixed/upper-case ones only after a full stop.
    code_any = re.compile(r"\s*[\(\[]\s*" + r"(?:[a-z0-9*]{1,8})(?:\s*[/,;]\s*[a-z0-9*]{1,8}){0,4}" + r"\s*[\)\]]\s*$")
    code_after_stop = re.compile(r"(?<=[.!?\"”’])\s*[\(\[]\s*(?:" + code + r")\s*[\)\]]\s*$")
    code_line = re.compile(r"^[\(\[]\s*(?:" + code + r")\s*[\)\]]$")
    return _Rules(
        related=related,
        credit=credit,
        credit_fields={k.lower(): v for k, v in data["credit_labels"].items()},
        credit_labels=re.compile(rf"\b(?:{label})\b", re.I),
        drops=drops,
        syndication=syndication,
        outlets=frozenset(o.lower() for o in data["dateline_outlets"]),
        code_any=code_any,
        code_after_stop=code_after_stop,
        code_line=code_line,
        caption=re.compile(data["caption_credit"], re.I),
        caption_needs=data["caption_credit_needs"],
    )


def _split_names(names: str) -> list[str]:
    out = []
    for part in _NAME_SPLIT.split(names):
        part = part.strip(" .:-–—")
        if part and len(part) <= 60:
            out.append(part)
    return out


def _credit_line(line: str, rules: _Rules) -> list[tuple[str, list[str]]] | None:
    """``[(field, names)]`` when the whole line is made of credits ("Reporter: A | Editor: B")."""
    if line.startswith("(") and line.endswith(")") and "/" in line and (m := _OUTLET_CREDIT.match(line)):
        return [("authors", _split_names(m.group("names")))]  # "(Tribunnews.com/Yuda Pratama)"
    if line.startswith("Laporan ") and (m := _REPORT_CREDIT.match(line)):
        return [("authors", _split_names(m.group("names")))]
    if "kontribusi" in line and (m := _CONTRIBUTOR_CREDIT.match(line)):
        return [("authors", _split_names(m.group("names")))]
    if len(line) > 160 or (":" not in line and "：" not in line):
        return None  # too long, or no colon for the credit pattern
    if line.startswith("(") and line.endswith(")"):
        line = line[1:-1].strip()  # "(Editor: Fajar Nugraha)": a credit in brackets is a credit
    found = []
    for piece in _CREDIT_SPLIT.split(line) if "|" in line or "•" in line or " / " in line else (line,):
        m = rules.credit.match(piece)
        if not m:
            return None
        names = m.group("names")
        # A credit names people: a long clause after the colon is prose, not a credit.
        if len(names.split()) > 12 or names.rstrip().endswith(("?", "!")):
            return None
        labels = m.group(0)[: m.start("names")]
        # The label regex is case-insensitive but lower() can disagree with it ("EDİTOR"
        # lowers to a dotted i): an unknown spelling is skipped, never a crash.
        fields = (rules.credit_fields.get(lab.lower()) for lab in rules.credit_labels.findall(labels))
        for field_name in dict.fromkeys(f for f in fields if f):
            found.append((field_name, _split_names(names)))
    return found or None


def _classify_part(part: str, rules: _Rules) -> tuple[str, str | None, str | None]:
    """One comma-separated piece of a dateline head: ("outlet"|"place"|"date"|"", place, outlet)."""
    if _DOMAIN.match(part) or part.lower() in rules.outlets:
        return "outlet", None, part
    m = _PLACE_WITH_AGENCY.match(part) if "(" in part else None
    if m and (m.group("agency").lower() in rules.outlets or _DOMAIN.match(m.group("agency"))):
        place = m.group("place").strip(" ,")
        if _PLACE.match(place) or _DATE_PART.match(place):
            return "place", place if _PLACE.match(place) else None, m.group("agency")
        if "," in place:
            return "place", place.split(",")[0].strip(), m.group("agency")
    if _DATE_PART.match(part):
        return "date", None, None
    if _PLACE.match(part) and len(part.split()) <= 4:
        return "place", part, None
    return "", None, None


def parse_dateline(paragraph: str) -> tuple[Dateline | None, str]:
    """Split the dateline off the first paragraph; returns (dateline, rest of the paragraph)."""
    rules = _rules()
    m = _DATELINE_HEAD.match(paragraph)
    place = outlet = None
    consumed = 0
    if m:
        head = m.group("head").strip()
        parts = [p.strip() for p in head.split(",") if p.strip()]
        kinds = [_classify_part(p, rules) for p in parts]
        if parts and len(parts) <= 3 and all(k for k, _, _ in kinds):
            for _, p, o in kinds:
                place = place or p
                outlet = outlet or o
            # A lone place with a dash ("Jakarta - …") is a dateline only if short.
            if outlet or (place and len(place.split()) <= 3 and len(parts) == 1):
                consumed = m.end()
    rest = paragraph[consumed:]
    if consumed and place is None:
        m2 = _UPPER_PLACE_AFTER.match(rest)
        if m2 and len(m2.group("place").split()) <= 4:
            place = m2.group("place").strip()
            consumed += m2.end()
            rest = paragraph[consumed:]
    if not consumed:
        return None, paragraph
    dateline = Dateline(text=paragraph[:consumed].strip(), place=_title_place(place), outlet=outlet)
    return dateline, rest.lstrip()


def _title_place(place: str | None) -> str | None:
    """"JAKARTA" → "Jakarta"; mixed case is kept as written."""
    if place and place.isupper() and len(place) > 3:
        return " ".join(w if len(w) <= 2 else w.capitalize() for w in place.split())
    return place


def _classify_line(line: str, article: Article, rules: _Rules) -> bool:
    """Record a boilerplate line on the article; True if the line leaves the body."""
    m = rules.related.match(line)
    if m and (m.group("rest") or len(line) < 40):
        rest = m.group("rest").strip()
        url_match = _URL.search(rest)
        url = url_match.group(0) if url_match else None
        title = _URL.sub("", rest).strip(" -–—:|") if rest else ""
        if title or url:
            article.related.append(RelatedLink(title=title, url=url, label=m.group("label").strip()))
        article.boilerplate.append(Boilerplate("related", line))
        return True
    credits = _credit_line(line, rules)
    if credits:
        for field_name, names in credits:
            getattr(article, field_name).extend(n for n in names if n not in getattr(article, field_name))
        article.boilerplate.append(Boilerplate("credit", line))
        return True
    for pattern in rules.syndication:
        sm = pattern.fullmatch(line)
        if sm:
            article.syndicated_from = sm.group("outlet").strip(" .\"“”")
            article.boilerplate.append(Boilerplate("syndication", line))
            return True
    if len(line) <= 200:
        for kind, pattern in rules.drops:
            if pattern.fullmatch(line):
                article.boilerplate.append(Boilerplate(kind, line))
                return True
        if line.startswith(("(", "[")) and rules.code_line.match(line):
            article.boilerplate.append(Boilerplate("agency_code", line))
            return True
        # The search tries every place of the line: a line without the character a caption needs is spared it.
        if rules.caption_needs in line and rules.caption.search(line):
            article.boilerplate.append(Boilerplate("photo_credit", line))
            return True
    return False


def _strip_inline(line: str, article: Article) -> str:
    """``line`` (a line of ``normalize_text``: single spaces, none at the ends) without inline photo credits."""
    if ("(" not in line and "[" not in line) or ":" not in line:
        return line  # a credit opens with a bracket and names its source after a colon

    def cut(m: re.Match[str]) -> str:
        article.boilerplate.append(Boilerplate("photo_credit", m.group(0)))
        return " "

    # Cutting leaves the spaces on both sides of the credit: fold them. A line with nothing cut
    # is single-spaced already (folding would not change it).
    line, cuts = _INLINE_PHOTO.subn(cut, line)
    return " ".join(line.split()) if cuts else line


def _strip_agency_code(line: str, article: Article, rules: _Rules) -> str:
    if "(" not in line and "[" not in line:
        return line  # both code patterns need a bracket
    for pattern in (rules.code_after_stop, rules.code_any):
        m = pattern.search(line)
        if m:
            article.boilerplate.append(Boilerplate("agency_code", m.group(0).strip()))
            return line[: m.start()].rstrip()
    return line


def _same_words(a: str, b: str) -> bool:
    return re.sub(r"\W+", " ", a).strip().lower() == re.sub(r"\W+", " ", b).strip().lower()


def clean_text(raw: str, article: Article) -> Article:
    """Set ``article.text`` and ``article.paragraphs`` from ``raw``, and fill metadata from its furniture."""
    rules = _rules()
    lines = [ln for ln in normalize_text(raw).split("\n") if ln]
    body: list[str] = []
    for line in lines:
        if not _classify_line(line, article, rules):
            line = _strip_inline(line, article)
            if line:
                body.append(line)
    # HTML extraction and some feeds repeat the headline as the first line.
    if body and article.title and _same_words(body[0], article.title):
        article.boilerplate.append(Boilerplate("title", body.pop(0)))
    if body:
        dateline, rest = parse_dateline(body[0])
        if dateline:
            article.dateline = dateline
            article.boilerplate.append(Boilerplate("dateline", dateline.text))
            if rest:
                body[0] = rest
            else:
                body.pop(0)
    if body:
        last = _strip_agency_code(body[-1], article, rules)
        if last:
            body[-1] = last
        else:
            body.pop()
    paragraphs = []
    offset = 0
    for line in body:
        paragraphs.append(Paragraph(offset, offset + len(line)))
        offset += len(line) + 2
    article.text = "\n\n".join(body)
    article.paragraphs = paragraphs
    return article
