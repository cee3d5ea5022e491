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

The MinHash implementation is datasketch's. Note that datasketch pulls in
numpy and scipy (about 110 MB installed, scipy being most of it); it is an
optional dependency (extra ``db``), imported only when signatures are made.
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
# Written into the store when it is created: signatures made with other settings are not comparable.
PARAMETERS = f"minhash-{SCHEME}-perm{NUM_PERM}-seed{SEED}-words{SHINGLE_WORDS}-t{THRESHOLD}"

_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    """The lower-cased words of ``text`` (letters and digits; punctuation and quotation marks dropped)."""
    return _WORD.findall(text.lower())


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """Every run of ``size`` consecutive words, as UTF-8; a text shorter than that is one shingle."""
    ws = words(text)
    if not ws:
        return set()
    if len(ws) <= size:
        return {" ".join(ws).encode()}
    return {" ".join(ws[i : i + size]).encode() for i in range(len(ws) - size + 1)}


def signature(text: str) -> MinHash | None:
    """The MinHash of the text's shingles; None for a text with no words."""
    from datasketch import MinHash

    grams = shingles(text)
    if not grams:
        return None
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_permutations())
    m.update_batch(grams)
    return m


@cache
def _permutations() -> Any:
    """The hash permutations, which MinHash would otherwise draw again for every signature."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def to_bytes(m: MinHash) -> bytes:
    """A signature as bytes (little-endian uint32 values), for storage."""
    return m.hashvalues.astype("<u4").tobytes()


def from_bytes(data: bytes) -> MinHash:
    import numpy as np
    from datasketch import MinHash

    return MinHash(seed=SEED, scheme=SCHEME, hashvalues=np.frombuffer(data, dtype="<u4").astype(np.uint32),
                   permutations=_permutations())


def similarity(a: MinHash, b: MinHash) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets."""
    return float(a.jaccard(b))


@cache
def bands() -> tuple[int, int]:
    """(bands, rows per band) that datasketch's LSH chooses for :data:`THRESHOLD` and :data:`NUM_PERM`."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def band_keys(m: MinHash) -> list[tuple[int, int]]:
    """``(band, key)`` pairs: articles sharing one are candidates. Keys are signed 64-bit integers."""
    b, r = bands()
    values = m.hashvalues.astype("<u4")
    out = []
    for band in range(b):
        digest = hashlib.blake2b(values[band * r : (band + 1) * r].tobytes(), digest_size=8).digest()
        out.append((band, int.from_bytes(digest, "little", signed=True)))
    return out


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
