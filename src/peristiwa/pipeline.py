"""The extraction pipeline: a raw document in, an annotated :class:`Article` out.

The first stage builds the article from the raw document (HTML to text,
boilerplate to metadata); every later stage is a function ``Article ->
Article`` that adds annotations with offsets into ``Article.text``. Stages
are listed by name in :data:`STAGES`, so a caller can run a subset
(``extract(doc, stages=["segment"])``) and later parts of the system can
register theirs.

A stage that fails on one article records a :class:`Problem` on it and the
pipeline goes on with the next stage: one odd sentence must not cost the
article, and one odd article must not cost the batch.
"""

from __future__ import annotations

import gc
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import partial

from peristiwa.actors import load_gazetteer, make_entity_stage, recognize_entities
from peristiwa.attribution import attribute
from peristiwa.events import extract_events, make_event_stage
from peristiwa.model import Article, Problem, RawDocument
from peristiwa.text.amounts import extract_amounts
from peristiwa.text.boilerplate import clean_text
from peristiwa.text.dates import extract_dates, parse_published
from peristiwa.text.html import NoArticleError, extract_html
from peristiwa.text.langid import INDONESIAN_RULES_FOR, identify_language
from peristiwa.text.segment import segment

Stage = Callable[[Article], Article]

# Per-article time limit in seconds for the whole pipeline (HTML parsing included).
DEFAULT_TIME_LIMIT = 30.0


def _indonesian_only(stage: Stage) -> Stage:
    def run(article: Article) -> Article:
        if article.language in INDONESIAN_RULES_FOR:
            return stage(article)
        return article

    run.__name__ = stage.__name__
    run.__doc__ = stage.__doc__
    return run


STAGES: dict[str, Stage] = {
    "language": identify_language,
    "segment": segment,
    "dates": _indonesian_only(extract_dates),
    "amounts": _indonesian_only(extract_amounts),
    "entities": _indonesian_only(recognize_entities),
    "quotes": _indonesian_only(attribute),
    "events": _indonesian_only(extract_events),
}
DEFAULT_STAGES: tuple[str, ...] = tuple(STAGES)


def stages_with_actors(actor_files: Iterable[str]) -> dict[str, Stage]:
    """The stage table with the user's actor dictionaries merged into the default one (``--actors``).

    Raises :class:`peristiwa.langdata.DataFileError` naming the file and entry when a dictionary is malformed.
    """
    gazetteer = load_gazetteer(list(actor_files))
    table = dict(STAGES)
    table["entities"] = _indonesian_only(make_entity_stage(gazetteer))
    table["events"] = _indonesian_only(make_event_stage(gazetteer))
    return table


class DocumentError(ValueError):
    """The document cannot become an article (for example an HTML page with no article)."""


class DocumentTimeout(DocumentError):
    pass


def build_article(raw: RawDocument) -> Article:
    """Stage zero: RawDocument -> Article with clean text and metadata."""
    article = Article(
        id=raw.id,
        url=raw.url,
        outlet=raw.outlet,
        title=raw.title,
        published=raw.published,
        language=raw.language,
        source_format=raw.format,
        source_name=raw.source_name,
    )
    text = raw.text
    if raw.format == "html":
        try:
            page = extract_html(raw.text, url=raw.url)
        except NoArticleError as exc:
            raise DocumentError(str(exc)) from exc
        text = page.text
        article.title = article.title or page.title
        article.url = article.url or page.url
        article.published = article.published or page.date
        article.outlet = article.outlet or page.sitename
        if page.author:
            article.authors.extend(a.strip() for a in page.author.split(";") if a.strip())
    clean_text(text, article)
    published = parse_published(article.published)
    article.published_date = published.isoformat() if published else None
    if article.published and not published:
        article.problems.append(Problem("metadata", f"publication date {article.published!r} not understood"))
    return article


def run_stages(article: Article, stages: Iterable[str] = DEFAULT_STAGES,
               table: dict[str, Stage] | None = None) -> Article:
    table = table or STAGES
    for name in stages:
        stage = table[name]
        try:
            article = stage(article)
        except DocumentTimeout:
            raise
        except Exception as exc:
            article.problems.append(Problem(name, f"{type(exc).__name__}: {exc}"))
    if not _data_frozen:  # the first document has loaded the language data (ingest calls this, not extract)
        _freeze_loaded_data()
    return article


def _raise_timeout(seconds: float, signum: int, frame: object) -> None:
    raise DocumentTimeout(f"processing took longer than the limit of {seconds:g} s")


@contextmanager
def _time_limit(seconds: float | None):
    """Interrupt the block after ``seconds`` (POSIX, main thread only; elsewhere no limit applies)."""
    usable = seconds and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    # A partial, not a function defined here: compiled, this generator's locals live in the closure such a
    # function would hold, a cycle left for the garbage collector at every document.
    previous = signal.signal(signal.SIGALRM, partial(_raise_timeout, seconds))
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extract(
    raw: RawDocument, stages: Iterable[str] = DEFAULT_STAGES, time_limit: float | None = DEFAULT_TIME_LIMIT,
    table: dict[str, Stage] | None = None,
) -> Article:
    """Run the pipeline on one document; raises :class:`DocumentError` if it yields no article.

    ``table`` replaces the stage functions by name (see :func:`stages_with_actors`).
    """
    table = table or STAGES
    unknown = [s for s in stages if s not in table]
    if unknown:
        raise ValueError(f"unknown stage(s) {unknown}; known: {list(table)}")
    with _time_limit(time_limit):
        article = run_stages(build_article(raw), stages, table)
    return article


_data_frozen = False


def _freeze_loaded_data() -> None:
    """Take the language data, loaded by the first document, out of the garbage collector's full passes.

    The dictionary, the patterns and the lexicons (some 70,000 objects) live as long as the process, and
    CPython's full collection, which comes every few hundred articles, walks every tracked object: that
    was about a twentieth of the pipeline's time. ``gc.freeze()`` moves the objects alive now to a
    generation that the collector never walks. What the caller holds now goes with them; it is still
    freed as usual when no longer referenced, and only a reference cycle among those objects would
    no longer be broken.
    """
    global _data_frozen
    _data_frozen = True
    gc.freeze()


def extract_text(text: str, *, id: str = "text", published: str | None = None, **meta) -> Article:
    """Convenience: the pipeline on a plain string."""
    return extract(RawDocument(id=id, text=text, published=published, **meta))


def reader_failure(item: object) -> tuple[str, str]:
    """``(source, reason)`` of an item a reader gave instead of a document (its ``InputError``)."""
    return getattr(item, "source", "?"), getattr(item, "reason", str(item))


def extract_many(
    docs: Iterable[RawDocument | object], stages: Iterable[str] = DEFAULT_STAGES,
    time_limit: float | None = DEFAULT_TIME_LIMIT, table: dict[str, Stage] | None = None,
) -> Iterator[Article | tuple[str, str]]:
    """Articles for the raw documents; a failure comes out as ``(source, reason)`` and the batch goes on.

    Items that are not RawDocuments (the readers' ``InputError``) pass through as ``(source, reason)``.
    """
    stages = tuple(stages)
    for doc in docs:
        if not isinstance(doc, RawDocument):
            yield reader_failure(doc)
            continue
        try:
            yield extract(doc, stages, time_limit, table)
        except DocumentError as exc:
            yield (doc.source_name or doc.id, str(exc))
