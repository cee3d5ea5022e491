"""Near-duplicate articles: MinHash LSH over word shingles of the cleaned body.

Indonesian outlets syndicate each other's stories all day ("Artikel ini telah
tayang di Kompas.com"), and agencies' copy runs in a dozen papers with a new
dateline, a new credit line and a word changed here and there. Counting each
copy as a separate report would inflate every event count, so copies are
found and linked to one *cluster* (the store keeps them all, and its query
layer counts a cluster once).

How it works:

* The text compared is :attr:`Article.text`, the cleaned body: the cleaner
  has already cut the dateline ("JAKARTA, KOMPAS.com -"), credit lines
  ("Editor: …"), "Baca Juga" links, the syndication note and agency codes, so
  two copies differ only where an editor touched the story.
* It is lower-cased and split into words; every run of :data:`SHINGLE_WORDS`
  consecutive words is one shingle. The Jaccard similarity of two articles'
  shingle sets is estimated by a MinHash signature of :data:`NUM_PERM` values.
* Signatures are cut into LSH bands (as datasketch's ``MinHashLSH`` does for
  :data:`THRESHOLD`); articles sharing a band are candidates, and a candidate
  whose estimated similarity reaches :data:`THRESHOLD` is a near-duplicate.
  :func:`band_keys` turns the bands into 64-bit keys so that a database can
  keep the index (the store's ``minhash_bands`` table); :class:`NearDuplicateIndex`
  is the same thing in memory, for a batch of records without a database.

Each shingle's 32-bit hash is made from its words' hashes (:func:`shingle_hashes`): every distinct word
is hashed once (BLAKE2b, 64 bits, remembered for the next articles) and the hashes of four consecutive
words are mixed with numpy for all shingles at once. Hashing each shingle's bytes with SHA-1, as
datasketch does by default, cost twice as much, a twentieth of an article's ingest. The signatures are
datasketch's MinHash (scheme ``affine32``) of those shingle hashes, computed with numpy in one pass
(:func:`hash_values`): bit for bit what ``datasketch.MinHash.update_batch`` gives for them (a test
checks), without importing datasketch, which loads scipy (about a second) for its LSH parameter search.
The LSH band layout is fixed (:data:`BANDS` x :data:`ROWS`, what datasketch's ``MinHashLSH`` chooses for
:data:`THRESHOLD`): the keys stored in a database must not change under it. :data:`PARAMETERS` names all
of this and is written into a store; a store made with other parameters has its signatures made again
from its texts when it is opened (``Store.upgrade``). datasketch (extra ``db``, with numpy and scipy,
about 110 MB) is still what :func:`signature` returns and what :class:`NearDuplicateIndex` runs on.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datasketch import MinHash

NUM_PERM = 128
SHINGLE_WORDS = 4
# Estimated Jaccard similarity of the shingle sets at which two articles are copies of one story.
# A copy with a new dateline and credit and a few words changed scores 0.7-0.95; two outlets' own
# stories about the same event, sharing names and even a quote, stay under 0.3.
THRESHOLD = 0.5
SEED = 1
SCHEME = "affine32"
# How a shingle is hashed (see shingle_hashes): 64-bit BLAKE2b word hashes mixed four at a time.
SHINGLE_HASH = "wordmix64"
# Written into the store when it is created: signatures made with other settings are not comparable.
PARAMETERS = f"minhash-{SCHEME}-perm{NUM_PERM}-seed{SEED}-words{SHINGLE_WORDS}-{SHINGLE_HASH}-t{THRESHOLD}"

_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    """The lower-cased words of ``text`` (letters and digits; punctuation and quotation marks dropped)."""
    return _WORD.findall(text.lower())


# The LSH bands: datasketch's MinHashLSH chooses 25 bands of 5 rows for THRESHOLD 0.5 and 128 permutations
# (a test checks). Fixed here because stored band keys depend on them.
BANDS = 25
ROWS = 5
# The MurmurHash3 32-bit finalizer that the affine32 scheme mixes every shingle hash with first.
_FMIX32 = (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16)

if TYPE_CHECKING:
    import numpy as np

    HashValues = np.ndarray  # NUM_PERM uint32 values


def hash_values(text: str, text_words: list[str] | None = None) -> HashValues | None:
    """The MinHash values of the text's shingles (uint32, :data:`NUM_PERM` of them); None for a text with no
    words. The same numbers as ``signature(text).hashvalues``, computed with numpy for all shingles at once.
    ``text_words``: ``words(text)`` when the caller has it already (the store keeps them for its search)."""
    import numpy as np

    hashed = shingle_hashes(text, text_words)
    if hashed is None:
        return None
    # the affine32 scheme mixes every shingle hash with the MurmurHash3 32-bit finalizer first
    shift1, multiply1, shift2, multiply2, shift3 = _FMIX32
    hashed ^= hashed >> np.uint32(shift1)
    hashed *= np.uint32(multiply1)
    hashed ^= hashed >> np.uint32(shift2)
    hashed *= np.uint32(multiply2)
    hashed ^= hashed >> np.uint32(shift3)
    a, b = _permutations()
    # every permutation (a * h + b modulo 2**32) of every shingle hash, and the least per permutation (in
    # place: one array of shingles x permutations, not three)
    permuted = np.multiply.outer(hashed, a)
    permuted += b
    return permuted.min(axis=0)


# Word -> its 64-bit hash (as the eight little-endian bytes of word_hash), for the words seen so far. News
# repeats its vocabulary, so nearly every word of an article is found here; emptied when it reaches
# _MAX_WORD_HASHES words (about 15 MB). Bytes rather than ints: an article's hashes are then one bytes join
# read by numpy in place, not a list of Python ints that numpy converts one by one.
_word_hashes: dict[str, bytes] = {}
_MAX_WORD_HASHES = 100_000
# Odd 64-bit multipliers: the golden-ratio constant (the mixing step) and SplitMix64's two (the finalizer).
_MIX, _FINAL1, _FINAL2 = 0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9, 0x94D049BB133111EB


def word_hash(word: str) -> int:
    """A word's 64-bit hash: the first eight bytes of its BLAKE2b digest, little-endian."""
    return int.from_bytes(_word_digest(word), "little")


def _word_digest(word: str) -> bytes:
    return hashlib.blake2b(word.encode(), digest_size=8).digest()


def shingle_hashes(text: str, text_words: list[str] | None = None) -> Any:
    """The 32-bit hash of each run of :data:`SHINGLE_WORDS` consecutive words of the text (of all its words
    when it has fewer), as a uint32 array in text order (a run that comes twice is there twice, which
    changes no minimum); None for a text with no words.

    A run's hash: its word hashes w1..w4 folded as ``((w1 * M ^ w2) * M ^ w3) * M ^ w4`` modulo 2**64, then
    SplitMix64's finalizer, whose top 32 bits are kept. The fold is order-sensitive, so "a b c d" and
    "b a c d" differ, as the shingles do. ``text_words``: ``words(text)``, when the caller has it."""
    import numpy as np

    ws = words(text) if text_words is None else text_words
    if not ws:
        return None
    known = _word_hashes
    try:
        joined = b"".join(map(known.get, ws))
    except TypeError:  # a word not seen before: join refuses the None that get gives for it
        if len(known) >= _MAX_WORD_HASHES:
            known.clear()
        joined = b"".join([known.get(word) or known.setdefault(word, _word_digest(word)) for word in ws])
    w = np.frombuffer(joined, dtype="<u8")
    size = min(SHINGLE_WORDS, len(w))
    runs = len(w) - size + 1
    mixed = w[:runs].copy()
    mix = np.uint64(_MIX)
    for k in range(1, size):
        mixed *= mix
        mixed ^= w[k : k + runs]
    mixed ^= mixed >> np.uint64(30)
    mixed *= np.uint64(_FINAL1)
    mixed ^= mixed >> np.uint64(27)
    mixed *= np.uint64(_FINAL2)
    mixed ^= mixed >> np.uint64(31)
    return (mixed >> np.uint64(32)).astype(np.uint32)


def signature(text: str) -> MinHash | None:
    """The MinHash of the text's shingles (a datasketch MinHash); None for a text with no words."""
    values = hash_values(text)
    return None if values is None else _minhash(values)


@cache
def _permutations() -> Any:
    """The affine permutations (a, b) as datasketch's MinHash draws them for :data:`SEED` (a test checks):
    odd multipliers ``a`` and offsets ``b``, uint32."""
    import numpy as np

    generator = np.random.RandomState(SEED)
    a = generator.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return np.array([a, b])


def _minhash(values: HashValues) -> MinHash:
    from datasketch import MinHash

    return MinHash(seed=SEED, scheme=SCHEME, hashvalues=values, permutations=_permutations())


def _values(m: MinHash | HashValues) -> HashValues:
    return getattr(m, "hashvalues", m)


def to_bytes(m: MinHash | HashValues) -> bytes:
    """A signature as bytes (little-endian uint32 values), for storage."""
    return _values(m).astype("<u4").tobytes()


def values_from_bytes(data: bytes) -> HashValues:
    """The hash values of a stored signature."""
    import numpy as np

    return np.frombuffer(data, dtype="<u4").astype(np.uint32)


def from_bytes(data: bytes) -> MinHash:
    return _minhash(values_from_bytes(data))


def similarity(a: MinHash | HashValues, b: MinHash | HashValues) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets (as datasketch's ``MinHash.jaccard``)."""
    import numpy as np

    x, y = _values(a), _values(b)
    return float(np.count_nonzero(x == y)) / float(len(x))


def bands() -> tuple[int, int]:
    """(bands, rows per band) of the LSH index."""
    return BANDS, ROWS


def band_keys(m: MinHash | HashValues) -> list[tuple[int, int]]:
    """``(band, key)`` pairs: articles sharing one are candidates. Keys are signed 64-bit integers."""
    data = to_bytes(m)
    width = 4 * ROWS
    blake2b = hashlib.blake2b
    return [(band, int.from_bytes(blake2b(data[band * width : (band + 1) * width], digest_size=8).digest(),
                                  "little", signed=True))
            for band in range(BANDS)]


@dataclass
class NearDuplicateIndex:
    """Near-duplicate clusters for a batch of texts, in memory (the store keeps its own index in SQL).

    >>> index = NearDuplicateIndex()
    >>> index.add("a", "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh")
    >>> index.add("b", "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas")
    'a'
    """

    threshold: float = THRESHOLD
    _lsh: Any = field(init=False, repr=False)
    _signatures: dict[str, MinHash] = field(default_factory=dict, init=False, repr=False)
    # article key -> the key of the first article of its story
    clusters: dict[str, str] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=self.threshold, num_perm=NUM_PERM)

    def add(self, key: str, text: str) -> str | None:
        """Index ``text``; returns the key of the article it copies (the first of its story), or None."""
        m = signature(text)
        if m is None:
            return None
        best, best_score = None, self.threshold
        for other in self._lsh.query(m):
            score = similarity(m, self._signatures[other])
            if score >= best_score:
                best, best_score = other, score
        self._lsh.insert(key, m)
        self._signatures[key] = m
        if best is None:
            return None
        root = self.clusters.get(best, best)
        self.clusters[best] = root
        self.clusters[key] = root
        return root


def find_clusters(records: Iterable[dict[str, Any]]) -> list[list[str]]:
    """Groups of record ids (``Article.to_dict()`` records) that are copies of one story; singletons left out."""
    index = NearDuplicateIndex()
    for record in records:
        index.add(str(record["id"]), record.get("text") or "")
    groups: dict[str, list[str]] = {}
    for key, root in index.clusters.items():
        groups.setdefault(root, [])
        if key not in groups[root]:
            groups[root].append(key)
    return [sorted(g, key=lambda k: (k != root, k)) for root, g in groups.items()]
