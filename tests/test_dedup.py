"""Near-duplicates: a syndicated copy with a new dateline and credit is the same story; another outlet's
own report of the same happening is not."""

from __future__ import annotations

import pytest

from peristiwa import dedup
from tests.store.stories import OWN_REPORT, STORY, SYNDICATED_COPY

TEXTS = {"story": STORY, "copy": SYNDICATED_COPY, "own": OWN_REPORT}


@pytest.fixture(scope="module")
def bodies() -> dict[str, str]:
    """The cleaned bodies, as the store compares them (dateline, credits and syndication note cut)."""
    from peristiwa import extract_text

    return {name: extract_text(text, published="2026-02-09", id=name).text for name, text in TEXTS.items()}


@pytest.mark.parametrize(("text", "expected"), [
    ("Menlu RETNO bertemu, di Jakarta!", ["menlu", "retno", "bertemu", "di", "jakarta"]),
    ("“Kami menolak,” kata Ketua KPU.", ["kami", "menolak", "kata", "ketua", "kpu"]),
    ("Rp 1,5 triliun untuk 14 nelayan", ["rp", "1", "5", "triliun", "untuk", "14", "nelayan"]),
    ("", []),
])
def test_words_are_lower_cased_without_punctuation(text, expected):
    assert dedup.words(text) == expected


def test_a_shingle_hash_is_made_of_its_four_words_only():
    """Each run of four words has one hash, the same wherever the run stands; case and punctuation between
    the words do not count."""
    both = dedup.shingle_hashes("satu dua tiga empat lima")
    assert list(both) == [*dedup.shingle_hashes("satu dua tiga empat"), *dedup.shingle_hashes("dua tiga empat lima")]
    assert list(dedup.shingle_hashes("Satu, DUA tiga — empat!")) == list(dedup.shingle_hashes("satu dua tiga empat"))
    assert dedup.shingle_hashes("dua satu tiga empat")[0] != dedup.shingle_hashes("satu dua tiga empat")[0]


@pytest.mark.parametrize(("text", "runs"), [("satu dua", 1), ("satu dua tiga empat lima enam", 3), ("... !!", None)])
def test_a_text_shorter_than_a_shingle_is_one_and_a_text_without_words_none(text, runs):
    hashes = dedup.shingle_hashes(text)
    assert (None if hashes is None else len(hashes)) == runs


def test_word_hashes_are_remembered_up_to_a_limit(monkeypatch):
    monkeypatch.setattr(dedup, "_word_hashes", {})
    monkeypatch.setattr(dedup, "_MAX_WORD_HASHES", 5)
    first = dedup.shingle_hashes("satu dua tiga empat lima")
    assert {w: int.from_bytes(h, "little") for w, h in dedup._word_hashes.items()} == {
        w: dedup.word_hash(w) for w in ["satu", "dua", "tiga", "empat", "lima"]}
    dedup.shingle_hashes("enam tujuh delapan")  # the limit is reached: forgotten, then these remembered
    assert set(dedup._word_hashes) == {"enam", "tujuh", "delapan"}
    assert list(dedup.shingle_hashes("satu dua tiga empat lima")) == list(first)


def test_the_cleaner_has_cut_what_copies_differ_in(bodies):
    """What makes the copy look different on the page is gone before comparison."""
    for marker in ("KOMPAS.com", "TRIBUNNEWS.COM", "Artikel ini telah tayang", "Editor:", "Penulis:", "(ant)"):
        assert marker not in bodies["story"] and marker not in bodies["copy"]
    assert bodies["story"] != bodies["copy"]  # two words were changed by the copying desk


@pytest.mark.parametrize(("a", "b", "same_story"), [
    ("story", "copy", True),
    ("story", "own", False),
    ("copy", "own", False),
])
def test_similarity_separates_copies_from_other_reports(bodies, a, b, same_story):
    score = dedup.similarity(dedup.signature(bodies[a]), dedup.signature(bodies[b]))
    assert (score >= dedup.THRESHOLD) is same_story
    # and by a wide margin either way, so the threshold is not a knife edge
    assert score > 0.8 if same_story else score < 0.2


def test_signatures_survive_storage_as_bytes(bodies):
    m = dedup.signature(bodies["story"])
    data = dedup.to_bytes(m)
    assert len(data) == 4 * dedup.NUM_PERM
    restored = dedup.from_bytes(data)
    assert dedup.similarity(m, restored) == 1.0
    assert dedup.band_keys(restored) == dedup.band_keys(m)


def test_copies_share_a_band_and_other_reports_share_none(bodies):
    keys = {name: set(dedup.band_keys(dedup.signature(body))) for name, body in bodies.items()}
    bands, _rows = dedup.bands()
    assert all(len(k) == bands for k in keys.values())
    assert keys["story"] & keys["copy"]
    assert not keys["story"] & keys["own"]


def test_text_without_words_has_no_signature():
    assert dedup.signature(" — … ") is None


def test_in_memory_index_links_a_copy_to_the_first_of_its_story(bodies):
    index = dedup.NearDuplicateIndex()
    assert index.add("story", bodies["story"]) is None
    assert index.add("own", bodies["own"]) is None
    assert index.add("copy", bodies["copy"]) == "story"
    assert index.add("copy-of-copy", bodies["copy"] + " Demikian laporan itu.") == "story"
    assert index.clusters == {"story": "story", "copy": "story", "copy-of-copy": "story"}


def test_find_clusters_over_records(bodies):
    records = [{"id": name, "text": body} for name, body in bodies.items()]
    assert dedup.find_clusters(records) == [["story", "copy"]]


def test_signatures_are_datasketchs_bit_for_bit(bodies):
    """hash_values is datasketch's MinHash (affine32) of the shingle hashes, computed in one numpy pass: the
    very same numbers."""
    import numpy as np
    from datasketch import MinHash, MinHashLSH

    reference = MinHash(num_perm=dedup.NUM_PERM, seed=dedup.SEED, scheme=dedup.SCHEME)
    assert np.array_equal(dedup._permutations(), reference.permutations)
    for text in [*bodies.values(), "satu dua", "Rp 1,5 triliun untuk 14 nelayan di Natuna, kata Menteri."]:
        expected = MinHash(num_perm=dedup.NUM_PERM, seed=dedup.SEED, scheme=dedup.SCHEME, hashfunc=int)
        expected.update_batch(dedup.shingle_hashes(text).tolist())
        values = dedup.hash_values(text)
        assert values.dtype == np.uint32 and np.array_equal(values, expected.hashvalues)
        assert np.array_equal(dedup.signature(text).hashvalues, expected.hashvalues)
    lsh = MinHashLSH(threshold=dedup.THRESHOLD, num_perm=dedup.NUM_PERM)
    assert dedup.bands() == (lsh.b, lsh.r)


def test_band_keys_and_similarity_take_plain_hash_values_too(bodies):
    m = dedup.signature(bodies["story"])
    values = dedup.hash_values(bodies["story"])
    assert dedup.band_keys(values) == dedup.band_keys(m)
    assert dedup.to_bytes(values) == dedup.to_bytes(m)
    other = dedup.signature(bodies["copy"])
    assert dedup.similarity(values, dedup.values_from_bytes(dedup.to_bytes(other))) == dedup.similarity(m, other)
