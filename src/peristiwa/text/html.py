"""HTML pages to text and metadata, through trafilatura.

trafilatura is the best-kept main-text extractor for news pages; it also
returns title, author, publication date and site name from the page's
metadata. Its text still carries the outlet's in-body furniture ("Baca
Juga", credits, dateline), which the cleaning stage removes like any other
raw text. Tables and comments are left out; links are not needed.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class HtmlExtract:
    text: str
    title: str | None
    author: str | None
    date: str | None
    sitename: str | None
    url: str | None
    description: str | None


# A page whose main text has fewer words than this holds no article: trafilatura falls back to
# navigation or footer text on empty pages ("Menu"), and no news story is this short.
MIN_ARTICLE_WORDS = 15


class NoArticleError(ValueError):
    """The page holds no article text."""


def extract_html(html: str, url: str | None = None) -> HtmlExtract:
    # Imported with the first page, not with the package: it takes a fifth of a second, which a run on
    # plain text (and every command that reads no HTML) need not pay.
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=False,
        deduplicate=False,
    )
    if doc is None or len((doc.text or "").split()) < MIN_ARTICLE_WORDS:
        raise NoArticleError(f"no article text found in the HTML page (fewer than {MIN_ARTICLE_WORDS} words)")
    return HtmlExtract(
        text=doc.text,
        title=doc.title,
        author=doc.author,
        date=doc.date,
        sitename=doc.sitename,
        url=doc.url or url,
        description=doc.description,
    )
