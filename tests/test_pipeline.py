"""The pipeline's contract: any input gives a valid record whose offsets stay inside the body."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peristiwa import RawDocument, extract, extract_many, extract_text
from peristiwa.pipeline import STAGES, DocumentError


def _all_spans(article):
    yield from article.paragraphs
    yield from article.sentences
    yield from article.tokens
    yield from article.amounts
    yield from article.dates
    for amount in article.amounts:
        yield from amount.repeats


def assert_offsets_valid(article):
    n = len(article.text)
    for span in _all_spans(article):
        assert 0 <= span.start <= span.end <= n, span
        if hasattr(span, "text") and span.text:
            assert article.text[span.start : span.end] == span.text
    for sentence in article.sentences:
        para = article.paragraphs[sentence.paragraph]
        assert para.start <= sentence.start <= sentence.end <= para.end


# Indonesian news-ish alphabet: letters, digits, separators, quotes, brackets, dashes, line breaks.
PIECES = [*"aeiounkgmrstbdl AEIKMJSP0123456789.,:;-–—()[]/“”\"'‘’%$\n\t", "Rp ", " juta", " persen", "Senin ",
          " (23/10)", "Baca Juga: ", "Editor: ", " kemarin", "satu ", "ribu ", "ADVERTISEMENT\n", "(ant)",
          "JAKARTA, KOMPAS.com - ", "lebih dari ", " orang", "10-15 ", "tiga setengah juta "]
NEWSY = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), NEWSY))
def test_any_string_gives_a_valid_record(text):
    article = extract_text(text, published="2024-10-23")
    assert isinstance(article.text, str)
    assert_offsets_valid(article)
    record = article.to_dict(tokens=True)
    assert record["id"] == "text"
    assert not [p for p in article.problems if p.stage != "language"], article.problems


def test_sample_articles_have_valid_offsets(sample_articles):
    for raw in sample_articles:
        article = extract(RawDocument(**{k: raw[k] for k in ("id", "text", "url", "outlet", "title", "published")}))
        assert_offsets_valid(article)
        assert article.language == "id"
        assert article.sentences and article.amounts


def test_stages_can_be_chosen_by_name():
    article = extract(RawDocument(id="x", text="Sebanyak 20 orang ditangkap kemarin."), stages=["segment"])
    assert article.sentences and not article.amounts and not article.dates
    with pytest.raises(ValueError, match="unknown stage"):
        extract(RawDocument(id="x", text="teks"), stages=["tidak-ada"])
    assert list(STAGES) == ["language", "segment", "dates", "amounts", "entities", "quotes", "events"]


def test_a_failing_stage_is_recorded_and_the_rest_runs(monkeypatch):
    def broken(article):
        raise RuntimeError("rusak")

    monkeypatch.setitem(STAGES, "dates", broken)
    article = extract_text("Sebanyak 20 orang ditangkap kemarin.", published="2024-10-23")
    assert [(p.stage, p.message) for p in article.problems] == [("dates", "RuntimeError: rusak")]
    assert article.amounts[0].value == 20


def test_html_without_article_is_a_document_error():
    with pytest.raises(DocumentError, match="no article text"):
        extract(RawDocument(id="kosong", text="<html><body><nav>Menu</nav></body></html>", format="html"))


def test_extract_many_goes_on_after_a_failure():
    docs = [
        RawDocument(id="kosong", text="<html><body></body></html>", format="html"),
        RawDocument(id="baik", text="Polisi menahan tiga orang."),
    ]
    results = list(extract_many(docs))
    assert results[0][0] == "kosong" and results[0][1].startswith("no article text found in the HTML page")
    assert results[1].id == "baik" and results[1].amounts[0].value == 3


def test_non_indonesian_text_is_reported_not_misprocessed(samples_dir):
    english = (samples_dir / "other" / "english-news.txt").read_text(encoding="utf-8")
    article = extract_text(english, published="2025-01-10")
    assert article.language == "en"
    assert article.amounts == [] and article.dates == []
    assert any(p.stage == "language" and "'en'" in p.message for p in article.problems)


def test_unparseable_publication_date_is_a_problem_not_a_failure():
    article = extract_text("Presiden tiba kemarin.", published="minggu depan entah kapan")
    assert article.published_date is None
    assert article.dates[0].resolved is False
    assert any(p.stage == "metadata" for p in article.problems)


@pytest.mark.parametrize("first_document", ["extract", "run_stages"], ids=["extract", "stages (as ingest runs them)"])
def test_loaded_language_data_leave_the_garbage_collectors_view_once(monkeypatch, first_document):
    """After the first document the dictionary and patterns are frozen out of full collections (gc.freeze),
    once: later documents do not freeze again. Ingest runs the stages without ``extract``: it freezes too."""
    import gc

    from peristiwa import pipeline

    calls = []
    monkeypatch.setattr(pipeline, "_data_frozen", False)
    monkeypatch.setattr(gc, "freeze", lambda: calls.append(1))
    raw = RawDocument(id="pertama", text="Presiden Joko Widodo tiba di Jakarta.", language="id")
    if first_document == "extract":
        pipeline.extract(raw)
    else:
        pipeline.run_stages(pipeline.build_article(raw))
    extract_text("Menteri Luar Negeri Rusia Sergei Lavrov tiba di Pyongyang.", language="id")
    assert calls == [1]


def test_an_article_leaves_no_reference_cycles_behind(sample_articles):
    """Everything the pipeline allocates for an article, and the rows it is stored as, is freed by reference
    counting once done with: no cycles for the garbage collector to find. Ingest relies on it to collect only
    between batches (store.ingest.INGEST_GC_THRESHOLD), holding no more than a batch's garbage meanwhile."""
    import gc

    from peristiwa import pipeline
    from peristiwa.store.batch import prepare

    docs = [RawDocument(id=str(a["id"]), text=a["text"], title=a.get("title"), published=a.get("published"))
            for a in sample_articles]
    prepare(pipeline.extract(docs[0]))  # the language data loaded, and frozen
    gc.collect()
    was_on = gc.isenabled()
    gc.disable()
    try:
        for doc in docs:
            prepare(pipeline.extract(doc))
        unreachable = gc.collect()
    finally:
        if was_on:
            gc.enable()
    assert unreachable == 0
