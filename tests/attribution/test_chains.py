"""Source chains and indirect speech (``peristiwa.attribution.chains``).

The rules: per sentence, the chain runs from the article's outlet (its metadata, else its dateline) through
every outlet cited in the sentence after a citation marker ("Mengutip", "Melansir", "Dilansir dari", "Seperti
dikutip dari" …) to the origin: the subject of a speech verb ("X mengatakan …") or the name after "menurut".
A citation opening a paragraph covers the rest of that paragraph. "X mengatakan (bahwa) …" and "Menurut X, …"
are also quotes of kind "indirect" (``direct=False``) spoken by X, their text the clause said. Every event
carries the chain of its sentence; a direct quote's chain ends with its speaker.

Every case runs the whole pipeline; names are from the actor dictionary, sentences invented.
"""

from __future__ import annotations

import pytest

from peristiwa.attribution.chains import sentence_chains
from peristiwa.model import Article, Entity, Quote

KEMLU = "Kementerian Luar Negeri Rusia"
CLAIM = "Jepang telah mengirim senjata ke Ukraina"


@pytest.fixture
def read(extract):
    """``read(text, outlet="Tempo") -> Article``."""

    def run(text: str, outlet: str | None = "Tempo") -> Article:
        meta = {"outlet": outlet} if outlet else {}
        return extract(text, language="id", **meta)

    return run


def _entity(article: Article, part: str) -> Entity:
    found = [e for e in article.entities if part in e.name]
    assert len(found) == 1, [(e.type, e.name) for e in article.entities]
    return found[0]


def _indirect(article: Article) -> list[Quote]:
    return [q for q in article.quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    "marker",
    ["Mengutip Reuters,", "Melansir Reuters,", "Dilansir dari Reuters,", "Seperti dikutip dari Reuters,"],
    ids=["mengutip", "melansir", "dilansir-dari", "seperti-dikutip-dari"],
)
def test_outlet_citation_then_speaker(read, marker):
    """"Mengutip Reuters, Kementerian Luar Negeri Rusia mengatakan …": outlet, Reuters, the ministry."""
    article = read(f"{marker} {KEMLU} mengatakan bahwa {CLAIM}.")
    assert sentence_chains(article) == [["Tempo", "Reuters", KEMLU]]


def test_the_dateline_outlet_heads_the_chain(read):
    """With no outlet in the metadata, the dateline's outlet reports."""
    article = read(f"JAKARTA, KOMPAS.com - Mengutip Reuters, {KEMLU} mengatakan bahwa {CLAIM}.", outlet=None)
    assert sentence_chains(article) == [["KOMPAS.com", "Reuters", KEMLU]]


def test_a_sentence_with_no_source_has_the_outlet_only(read):
    assert sentence_chains(read("Jepang mengirim bantuan ke Ukraina.")) == [["Tempo"]]


def test_a_paragraph_opening_citation_covers_the_paragraph(read):
    """The citation opens paragraph 1: the next sentence of that paragraph is Reuters' too, not the next
    paragraph."""
    article = read(f"Mengutip Reuters, {KEMLU} mengatakan {CLAIM}. Jepang juga mengirim bantuan ke Ukraina.\n\n"
                   "Korea Utara mengirim amunisi ke Rusia.")
    assert [s.paragraph for s in article.sentences] == [0, 0, 1]
    assert sentence_chains(article) == [["Tempo", "Reuters", KEMLU], ["Tempo", "Reuters"], ["Tempo"]]


def test_a_citation_inside_a_paragraph_covers_its_sentence_only(read):
    """A citation that does not open its paragraph says nothing about the sentences after it."""
    article = read(f"Jepang mengirim bantuan ke Ukraina. Mengutip Reuters, {KEMLU} mengatakan {CLAIM}. "
                   "Korea Utara juga mengirim amunisi ke Rusia.")
    assert sentence_chains(article) == [["Tempo"], ["Tempo", "Reuters", KEMLU], ["Tempo"]]


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        pytest.param(f"Menurut {KEMLU}, {CLAIM}.", KEMLU, id="menurut-organisation"),
        pytest.param(f"Menurut Sergei Lavrov, {CLAIM}.", "Lavrov", id="menurut-person"),
    ],
)
def test_menurut_names_the_origin(read, text, origin):
    """"Menurut X, …": X is where the claim comes from."""
    article = read(text)
    expected = _entity(article, origin).name
    assert sentence_chains(article) == [["Tempo", expected]]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(f"{KEMLU} mengatakan bahwa {CLAIM}.", KEMLU, id="mengatakan-bahwa"),
        pytest.param(f"Sergei Lavrov mengatakan bahwa {CLAIM}.", "Lavrov", id="person-mengatakan-bahwa"),
        pytest.param(f"Menurut {KEMLU}, {CLAIM}.", KEMLU, id="menurut"),
        pytest.param(f"Mengutip Reuters, {KEMLU} mengatakan bahwa {CLAIM}.", KEMLU, id="after-a-citation"),
        pytest.param(f"Kuasa hukum Hartono Lim, Sri Wahyuni, mengatakan bahwa {CLAIM}.", "Sri Wahyuni",
                     id="counsel-after-the-clients-name"),
    ],
)
def test_indirect_speech_is_a_quote(read, text, speaker):
    """Indirect speech becomes a Quote (kind "indirect", not direct) of its speaker, its text the clause said."""
    article = read(text)
    who = _entity(article, speaker)
    (quote,) = _indirect(article)
    assert (quote.direct, quote.kind) == (False, "indirect")
    assert (quote.speaker, quote.speaker_id) == (who.name, who.id)
    assert quote.text == CLAIM
    assert article.text[quote.start : quote.end] == quote.text
    assert quote.sentence == 0


def test_no_indirect_quote_without_speech(read):
    assert _indirect(read("Jepang mengirim bantuan ke Ukraina pada Senin.")) == []


def test_an_event_carries_its_sentences_chain(read):
    """Every event's source chain is the chain of the sentence it was coded from."""
    article = read(f"Mengutip Reuters, {KEMLU} mengatakan {CLAIM}. Jepang juga mengirim bantuan ke Polandia.\n\n"
                   "Menurut Jepang, Korea Utara telah mengirim amunisi ke Rusia. Rusia menyerang Ukraina.")
    chains = sentence_chains(article)
    assert {e.sentence for e in article.events} == {0, 1, 2, 3}
    for event in article.events:
        assert event.source_chain == chains[event.sentence], (event.type, event.sentence)
    by_sentence = {e.sentence: e.source_chain for e in article.events}
    assert by_sentence[0] == ["Tempo", "Reuters", KEMLU]
    assert by_sentence[2] == ["Tempo", "Jepang"]
    assert by_sentence[3] == ["Tempo"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"“{CLAIM},” kata Sergei Lavrov.", id="speaker-after"),
        pytest.param(f"Sergei Lavrov menegaskan, “{CLAIM}.”", id="speaker-before"),
        pytest.param(f"Mengutip Reuters, Sergei Lavrov menegaskan, “{CLAIM}.”", id="after-a-citation"),
    ],
)
def test_a_direct_quotes_chain_ends_with_its_speaker(read, text):
    article = read(text)
    lavrov = _entity(article, "Lavrov")
    (quote,) = [q for q in article.quotes if q.direct]
    assert quote.speaker_id == lavrov.id
    assert quote.source_chain[0] == "Tempo"
    assert quote.source_chain[-1] == lavrov.name


def test_the_speaker_with_a_title_is_the_person(read):
    """"Menteri Luar Negeri Rusia Sergei Lavrov mengatakan …": the origin and the indirect speaker are Lavrov."""
    article = read(f"Menteri Luar Negeri Rusia Sergei Lavrov mengatakan {CLAIM}.")
    lavrov = _entity(article, "Lavrov")
    assert sentence_chains(article) == [["Tempo", lavrov.name]]
    (quote,) = _indirect(article)
    assert quote.speaker_id == lavrov.id


def test_a_trailing_citation_keeps_the_origin(read):
    """"Kementerian … mengatakan bahwa …, seperti dilaporkan Reuters": outlet, Reuters, the ministry."""
    article = read(f"{KEMLU} mengatakan bahwa {CLAIM}, seperti dilaporkan Reuters.")
    assert sentence_chains(article) == [["Tempo", "Reuters", KEMLU]]


def test_an_event_inside_a_direct_quote_is_attributed_to_the_speaker(read):
    """Lavrov says Japan sent weapons: the AID event's chain ends with Lavrov, like the quote's."""
    article = read(f"“{CLAIM},” kata Sergei Lavrov.")
    lavrov = _entity(article, "Lavrov")
    (event,) = [e for e in article.events if e.type == "AID"]
    assert event.source_chain == ["Tempo", lavrov.name]


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("Budi mengatakan harga naik. Menurut Ani, itu benar. Mengutip Reuters, harga turun.", None),
        # A sentence boundary inside a word: each part is a word of its own sentence.
        ("Budi berkatamengatakan itu. Ani diam.", [(0, 12), (12, 27), (28, 37)]),
        # Lower-casing "İ" makes two characters: the offsets into the lower-cased text shift.
        ("İstanbul, Budi mengatakan itu. Menurut Ani, benar.", None),
    ],
    ids=["plain", "boundary-inside-a-word", "lower-case-grows"],
)
def test_sentence_cues_are_the_cue_words_among_each_sentences_words(text, bounds):
    import re

    from peristiwa.attribution.chains import _cue_words, sentence_cues
    from peristiwa.model import Paragraph, Sentence
    from peristiwa.text.segment import segment

    article = Article(id="t", text=text, paragraphs=[Paragraph(0, len(text))])
    if bounds is None:
        segment(article)
    else:
        article.sentences = [Sentence(a, b) for a, b in bounds]
    lowered = text.lower()
    expected = [frozenset(re.findall(r"\w+", lowered[s.start : s.end])) & _cue_words() for s in article.sentences]
    assert sentence_cues(article) == expected
    assert any(expected)
